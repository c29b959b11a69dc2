"""A shared record as the team sees it: its fields with references as global ids instead of local ids."""

from __future__ import annotations

from sqlite_utils import Database

from db.team import outbox

# Columns that point at another shared record, by table they point into.
REFERENCES = {"company_id": "companies", "contact_person_id": "contact_persons", "need_id": "needs",
              "candidate_id": "candidates", "entry_id": "shortlist_entries"}
LOCAL_ONLY = {"id"}


def read(db: Database, table: str, record_id: int, fields: list[str] | None = None) -> dict | None:
    """The record's fields (all when `fields` is None) with references as gids; None when it is gone."""
    cur = db.execute(f"SELECT * FROM {table} WHERE id = ?", [record_id])
    row = cur.fetchone()
    if row is None:
        return None
    data = {c[0]: v for c, v in zip(cur.description, row) if c[0] not in LOCAL_ONLY}
    if fields is not None:
        data = {k: v for k, v in data.items() if k in fields or k == "updated_at"}
    for col, target in REFERENCES.items():
        if col in data and data[col] is not None:
            data[col] = outbox.gid(db, target, data[col], create=True)
    return data


def columns(db: Database, table: str) -> set[str]:
    return {c[0] for c in db.execute(f"SELECT * FROM {table} LIMIT 0").description}


def local(db: Database, table: str, data: dict) -> dict:
    """`data` from the server as local column values: gids back to local ids, unknown columns left out."""
    known = columns(db, table) - LOCAL_ONLY
    out = {}
    for key, value in data.items():
        if key not in known:
            continue
        if key in REFERENCES and value is not None:
            row = db.execute("SELECT record_id FROM team_ids WHERE tbl = ? AND gid = ?",
                             [REFERENCES[key], value]).fetchone()
            value = row[0] if row else None
        out[key] = value
    return out

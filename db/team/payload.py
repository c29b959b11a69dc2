"""A shared record as the team sees it: its fields with references as global ids instead of local ids."""

from __future__ import annotations

from sqlite_utils import Database

from db.team import outbox

# Columns that point at another shared record, by table they point into.
REFERENCES = {"company_id": "companies", "contact_person_id": "contact_persons", "need_id": "needs",
              "candidate_id": "candidates", "entry_id": "shortlist_entries"}
LOCAL_ONLY = {"id"}
# A record's link rows travel inside it as one field "@<link table>" (the list as a whole).
LINKS = {"companies": (("company_measures", "company_id"),),
         "needs": (("need_skills", "need_id"), ("need_measures", "need_id"), ("need_demands", "need_id")),
         "candidates": (("candidate_occupations", "candidate_id"), ("candidate_skills", "candidate_id"),
                        ("candidate_restrictions", "candidate_id"))}
# Vocabulary ids differ from laptop to laptop: they travel as the concept's ESCO address or Jobbro key.
VOCAB = {"occupation_id": "occupations", "skill_id": "skills"}


def _cached(cache: dict | None, key: tuple, look):
    """`look()`, remembered in `cache` (one sync's look-ups of vocabulary and columns) when given."""
    if cache is None:
        return look()
    if key not in cache:
        cache[key] = look()
    return cache[key]


def _vocab_ref(db: Database, table: str, local_id: int | None, cache: dict | None = None) -> str | None:
    if local_id is None:
        return None
    return _cached(cache, ("ref", table, local_id), lambda: _look_ref(db, table, local_id))


def _look_ref(db: Database, table: str, local_id: int) -> str | None:
    """Our own entries travel by key, which every Jobbro version knows; an ESCO concept of an import by
    its address. (By address first, a laptop on an older Jobbro, whose reference file did not yet link
    one of our entries to its concept, could not place it: migration 0012 linked fifteen.)"""
    row = db.execute(f"SELECT uri, key FROM {table} WHERE id = ?", [local_id]).fetchone()
    if row is None:
        return None
    return f"key:{row[1]}" if row[1] else row[0]


def _vocab_id(db: Database, table: str, ref: str | None, cache: dict | None = None) -> int | None:
    if not ref:
        return None
    return _cached(cache, ("id", table, ref), lambda: _look_id(db, table, ref))


def _look_id(db: Database, table: str, ref: str) -> int | None:
    if ref.startswith("key:"):
        row = db.execute(f"SELECT id FROM {table} WHERE key = ?", [ref[4:]]).fetchone()
    else:
        row = db.execute(f"SELECT id FROM {table} WHERE uri = ?", [ref]).fetchone()
    return row[0] if row else None


def _link_rows(db: Database, link: str, owner_col: str, owner_id: int, cache: dict | None = None) -> list[dict]:
    cur = db.execute(f"SELECT * FROM {link} WHERE {owner_col} = ?", [owner_id])
    rows = []
    for row in cur.fetchall():
        item = {c[0]: v for c, v in zip(cur.description, row) if c[0] not in ("id", owner_col)}
        for col, vocab in VOCAB.items():
            if col in item:
                item[col] = _vocab_ref(db, vocab, item[col], cache)
        rows.append(item)
    return sorted(rows, key=repr)


def read(db: Database, table: str, record_id: int, fields: list[str] | None = None,
         cache: dict | None = None) -> dict | None:
    """The record's fields (all when `fields` is None) with references as gids; None when it is gone.
    `cache` (a dict kept for one batch) remembers vocabulary look-ups."""
    cur = db.execute(f"SELECT * FROM {table} WHERE id = ?", [record_id])
    row = cur.fetchone()
    if row is None:
        return None
    data = {c[0]: v for c, v in zip(cur.description, row) if c[0] not in LOCAL_ONLY}
    # links go along with a new record and with an edit that changed more than the record's columns
    with_links = fields is None or any(f not in data for f in fields)
    if fields is not None:
        data = {k: v for k, v in data.items() if k in fields or k == "updated_at"}
    for col, target in REFERENCES.items():
        if col in data and data[col] is not None:
            data[col] = outbox.gid(db, target, data[col], create=True)
    for col, vocab in VOCAB.items():
        if col in data:
            data[col] = _vocab_ref(db, vocab, data[col], cache)
    for link, owner_col in LINKS.get(table, ()) if with_links else ():
        data[f"@{link}"] = _link_rows(db, link, owner_col, record_id, cache)
    return data


def columns(db: Database, table: str, cache: dict | None = None) -> set[str]:
    return _cached(cache, ("columns", table),
                   lambda: {c[0] for c in db.execute(f"SELECT * FROM {table} LIMIT 0").description})


def local(db: Database, table: str, data: dict, cache: dict | None = None) -> dict:
    """`data` from the server as local column values: gids back to local ids, unknown columns left out.
    `cache` (a dict kept for one pull) remembers vocabulary and column look-ups."""
    known = columns(db, table, cache) - LOCAL_ONLY
    out = {}
    for key, value in data.items():
        if key not in known:
            continue
        if key in REFERENCES and value is not None:
            # a record deleted here keeps its gid in team_ids: a reference to it is empty, as its local
            # delete left it (ON DELETE SET NULL); a child whose owner is gone is skipped by the pull
            row = db.execute(f"SELECT t.record_id FROM team_ids t JOIN {REFERENCES[key]} r ON r.id = t.record_id "
                             "WHERE t.tbl = ? AND t.gid = ?", [REFERENCES[key], value]).fetchone()
            value = row[0] if row else None
        elif key in VOCAB:
            value = _vocab_id(db, VOCAB[key], value, cache)
        out[key] = value
    return out


def orphaned(db: Database, table: str, data: dict, values: dict, cache: dict | None = None) -> bool:
    """True when `data` names an owner (a reference whose local delete cascades, as a contact person's
    company) that is gone here: the owner's tombstone wins and the record goes with it, as locally."""
    cascading = _cached(cache, ("cascade", table), lambda: {
        row[3] for row in db.execute(f"PRAGMA foreign_key_list({table})") if row[6] == "CASCADE"})
    return any(data.get(col) is not None and values.get(col) is None for col in cascading if col in REFERENCES)


def local_links(db: Database, table: str, data: dict, cache: dict | None = None) -> dict[str, list[dict]]:
    """The link lists in `data`, with vocabulary back to local ids (an unknown concept keeps its text
    when the row has a free text, else is left out)."""
    out = {}
    for link, _owner in LINKS.get(table, ()):
        if f"@{link}" not in data:
            continue
        rows = []
        for item in data[f"@{link}"] or []:
            item = dict(item)
            for col, vocab in VOCAB.items():
                if col in item:
                    item[col] = _vocab_id(db, vocab, item[col], cache)
                    if item[col] is None and not item.get("free_text"):
                        item = None
                        break
            if item is not None:
                rows.append(item)
        out[link] = rows
    return out

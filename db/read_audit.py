"""Who looked at whom: read entries (view, export, PDF) of candidates and contact persons beside the change
audit, never with values."""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

from db import records

KINDS = ("view", "export", "pdf")
PERSON_TABLES = ("candidates", "contact_persons")  # records about a person: reading them is logged


def record(db: Database, *, who: str, kind: str, table: str, ids: Iterable[int]) -> int:
    """Write one read entry per record id (in one transaction); returns how many were written."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, got {kind!r}")
    stamp = records.now()
    rows = [(stamp, who or "?", kind, table, int(i)) for i in dict.fromkeys(ids) if i is not None]
    if not rows:
        return 0
    with records.transaction(db):
        db.conn.executemany(
            "INSERT INTO read_audit(at, who, kind, table_name, record_id) VALUES (?, ?, ?, ?, ?)", rows)
    return len(rows)


def history(db: Database, table: str, record_id: int) -> list[dict]:
    """The record's changes (audit) and reads (read_audit), newest first, as
    {at, who, source: 'change'|'read', action: create/update/delete/erase/view/export/pdf, fields}."""
    cur = db.execute(
        "SELECT at, who, 'change' AS source, action, fields, id FROM audit WHERE table_name = ? AND record_id = ? "
        "UNION ALL SELECT at, who, 'read', kind, '', id FROM read_audit WHERE table_name = ? AND record_id = ? "
        "ORDER BY at DESC, source, id DESC", [table, record_id, table, record_id])
    return [{"at": at, "who": who, "source": source, "action": action,
             "fields": [f for f in (fields or "").split(",") if f]} for at, who, source, action, fields, _ in cur]

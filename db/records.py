"""Shared write path: timestamps, audit rows and link lists for every aggregate module."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database

from db.changes import ChangeLog
from db.errors import NotFound
from db.team import outbox

_LOG_ATTR = "_jobbro_change_log"  # the ChangeLog of the transaction open on a Database, if any


@contextmanager
def transaction(db: Database) -> Iterator[ChangeLog]:
    """One write transaction, taken with BEGIN IMMEDIATE so that a second window or process waits
    for the busy timeout instead of failing on a stale snapshot; inside it, atomic() as usual.

    Yields the ChangeLog that collects what the transaction writes (every audited row is noted);
    a nested transaction yields the outer one's log, so the outermost write returns everything.
    """
    outer = getattr(db, _LOG_ATTR, None)
    if db.conn.in_transaction:
        with db.atomic():
            yield outer if outer is not None else ChangeLog()
        return
    log = ChangeLog()
    setattr(db, _LOG_ATTR, log)
    try:
        db.execute("BEGIN IMMEDIATE")
        try:
            with db.atomic():
                yield log
        except BaseException:
            if db.conn.in_transaction:
                db.execute("ROLLBACK")
            raise
        else:
            db.execute("COMMIT")
    finally:
        setattr(db, _LOG_ATTR, None)


def change_log(db: Database) -> ChangeLog | None:
    """The log of the write transaction open on `db` (None outside one)."""
    return getattr(db, _LOG_ATTR, None)


def now() -> str:
    return dt.datetime.now().replace(microsecond=0).isoformat()


_DANISH_ORDER = str.maketrans({"æ": "{", "ø": "|", "å": "}", "ä": "{", "ö": "|", "ü": "y"})


def sort_key(text: str | None) -> str:
    """A key that sorts with plain binary collation in Danish order (æ, ø, å after z; aa as å)."""
    text = (text or "").casefold().replace("aa", "å")
    text = text.translate(_DANISH_ORDER)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def audit(db: Database, *, who: str, action: str, table: str, record_id: int | None, fields=()) -> None:
    """Record who did what to which record; field names only, never personal values. The open
    transaction's ChangeLog notes the record as changed; a store in a team also notes it in its outbox."""
    fields = tuple(fields)
    log = change_log(db)
    if log is not None:
        log.note_table(table, record_id)
    stamp = now()
    db.execute(
        "INSERT INTO audit(at, who, action, table_name, record_id, fields) VALUES (?, ?, ?, ?, ?, ?)",
        [stamp, who or "?", action, table, record_id, ",".join(sorted(fields))])
    outbox.note(db, who=who, action=action, table=table, record_id=record_id, fields=fields, at=stamp)


def get(db: Database, table: str, record_id: int) -> dict:
    if isinstance(record_id, int) and not -2**63 <= record_id < 2**63:
        raise NotFound(f"{table} {str(record_id)[:40]}")  # an id SQLite cannot hold names no record
    row = db.execute(f"SELECT * FROM {table} WHERE id = ?", [record_id]).fetchone()
    if row is None:
        raise NotFound(f"{table} {record_id}")
    cols = [c[0] for c in db.execute(f"SELECT * FROM {table} LIMIT 0").description]
    return dict(zip(cols, row))


def insert(db: Database, table: str, values: dict, *, who: str) -> int:
    stamp = now()
    row = {**values, "created_at": stamp, "updated_at": stamp}
    cols = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    cursor = db.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(row.values()))
    record_id = cursor.lastrowid
    audit(db, who=who, action="create", table=table, record_id=record_id, fields=values.keys())
    return record_id


def update(db: Database, table: str, record_id: int, values: dict, *, who: str,
           extra_changed: tuple[str, ...] = ()) -> list[str]:
    """Write the values that differ from what is stored; return the names of the changed fields."""
    old = get(db, table, record_id)
    changed = [k for k, v in values.items() if old.get(k) != v] + list(extra_changed)
    writable = {k: values[k] for k in changed if k in values}
    if writable or extra_changed:
        writable["updated_at"] = now()
        sets = ", ".join(f"{k} = ?" for k in writable)
        db.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*writable.values(), record_id])
        audit(db, who=who, action="update", table=table, record_id=record_id, fields=changed)
    return changed


def delete(db: Database, table: str, record_id: int, *, who: str) -> None:
    get(db, table, record_id)
    db.execute(f"DELETE FROM {table} WHERE id = ?", [record_id])
    audit(db, who=who, action="delete", table=table, record_id=record_id)


def replace_links(db: Database, table: str, owner_col: str, owner_id: int,
                  rows: list[dict]) -> bool:
    """Replace the link rows of one owner; return True when the set changed."""
    cur = db.execute(f"SELECT * FROM {table} WHERE {owner_col} = ?", [owner_id])
    cols = [c[0] for c in cur.description]
    keep = [c for c in cols if c not in ("id", owner_col)]
    # Counters, not sorted lists: a row holds an id or None beside free text, which do not sort.
    old = Counter(tuple(dict(zip(cols, r)).get(c) for c in keep) for r in cur.fetchall())
    new = Counter(tuple(r.get(c) for c in keep) for r in rows)
    if old == new:
        return False
    db.execute(f"DELETE FROM {table} WHERE {owner_col} = ?", [owner_id])
    for row in rows:
        full = {owner_col: owner_id, **row}
        db.execute(f"INSERT INTO {table} ({', '.join(full)}) VALUES ({', '.join('?' for _ in full)})",
                   list(full.values()))
    return True


def links(db: Database, table: str, owner_col: str, owner_id: int, cols: list[str]) -> list[dict]:
    cur = db.execute(f"SELECT {', '.join(cols)} FROM {table} WHERE {owner_col} = ? ORDER BY rowid",
                     [owner_id])
    return [dict(zip(cols, r)) for r in cur.fetchall()]

"""Writing a checked plan in one transaction, in bulk: all rows go in, or on any error or cancel none."""

from __future__ import annotations

from collections import defaultdict
from contextlib import nullcontext

from sqlite_utils import Database

from db import records, search
from db.changes import TABLE_KINDS
from db.errors import QT_TRANSLATE_NOOP
from db.importing.kinds import RULES
from db.importing.plan import Cancel, Plan, Progress, data_version
from db.importing.planning import build
from db.importing.reading import ImportFailure

# Above this many written rows the full-text triggers are dropped and the index rebuilt once at the
# end; below it, keeping the triggers is cheaper than re-indexing the whole store.
BULK_ROWS = 2000
CHUNK = 1000  # rows per executemany round, between progress reports and cancel checks


class Rejected(ImportFailure):
    """The plan has errors; nothing was written."""

    def __init__(self, plan: Plan):
        super().__init__(QT_TRANSLATE_NOOP("Import", "The file was not imported: it has {count} error(s)."),
                         count=sum(1 for r in plan.rows if r.action == "error") + len(plan.errors))
        self.plan = plan


class StoreChanged(ImportFailure):
    """The store changed after the preview in a way that changes the plan."""

    def __init__(self):
        super().__init__(QT_TRANSLATE_NOOP("Import", "Someone changed the store after the file was checked. "
                                      "Check the file again before importing."))


def apply(db: Database, plan: Plan, *, who: str, progress: Progress | None = None,
          cancel: Cancel | None = None) -> Plan:
    """Write `plan`; returns the plan written (re-made when the store changed since it was made)."""
    if not plan.ok:
        raise Rejected(plan)
    with records.transaction(db) as log:
        if data_version(db) != plan.version:
            fresh = build(db, plan.table, plan.mapping, who=who, cancel=cancel)
            if not fresh.ok or fresh.counts() != plan.counts():
                raise StoreChanged()
            plan = fresh
        counts = plan.counts()
        bulk = counts["create"] + counts["update"] > BULK_ROWS
        with search.suspended(db) if bulk else nullcontext():
            _write(db, plan, who, progress, cancel)
        if cancel:
            cancel()  # a cancel up to the commit still leaves the store as it was
        # A bulk write: the views and the match index reload the kind instead of following row ids.
        log.note_all(TABLE_KINDS.get(RULES[plan.kind].table, RULES[plan.kind].table))
    plan.changes = log.changes()
    return plan


def _write(db: Database, plan: Plan, who: str, progress: Progress | None, cancel: Cancel | None) -> None:
    rule = RULES[plan.kind]
    stamp = records.now()
    work = [r for r in plan.rows if r.action in ("create", "update")]
    next_id = db.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {rule.table}").fetchone()[0]
    for start in range(0, len(work), CHUNK):
        if cancel:
            cancel()
        if progress:
            progress(start, len(work))
        chunk = work[start:start + CHUNK]
        for row in chunk:
            if row.action == "create":
                # We hold the write lock, so the ids SQLite would hand out next are ours to give.
                row.record_id = next_id
                next_id += 1
        _insert(db, rule.table, [r for r in chunk if r.action == "create"], stamp)
        _update(db, rule.table, [r for r in chunk if r.action == "update"], stamp)
        _links(db, rule.owner, chunk)
        _audit(db, rule.table, chunk, who, stamp)
    after = getattr(rule, "after_write", None)
    if after is not None:  # what a save in the app also makes (a placement's follow-ups)
        after(db, work, who)
    if progress:
        progress(len(work), len(work))


def _insert(db: Database, table: str, rows: list, stamp: str) -> None:
    groups: dict[tuple, list] = defaultdict(list)
    for row in rows:
        groups[tuple(row.values)].append([row.record_id, *row.values.values(), stamp, stamp])
    for cols, params in groups.items():
        names = ", ".join(("id", *cols, "created_at", "updated_at"))
        marks = ", ".join("?" for _ in range(len(cols) + 3))
        db.conn.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", params)


def _update(db: Database, table: str, rows: list, stamp: str) -> None:
    groups: dict[tuple, list] = defaultdict(list)
    for row in rows:
        groups[tuple(row.values)].append([*row.values.values(), stamp, row.record_id])
    for cols, params in groups.items():
        sets = ", ".join(f"{c} = ?" for c in (*cols, "updated_at"))
        db.conn.executemany(f"UPDATE {table} SET {sets} WHERE id = ?", params)


def _links(db: Database, owner: str, rows: list) -> None:
    deletes: dict[str, list] = defaultdict(list)
    inserts: dict[tuple, list] = defaultdict(list)
    for row in rows:
        for table, links in (row.links or {}).items():
            if row.action == "update":
                deletes[table].append([row.record_id])
            for link in links:
                inserts[(table, tuple(link))].append([row.record_id, *link.values()])
    for table, params in deletes.items():
        db.conn.executemany(f"DELETE FROM {table} WHERE {owner} = ?", params)
    for (table, cols), params in inserts.items():
        names = ", ".join((owner, *cols))
        db.conn.executemany(f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' for _ in params[0])})",
                            params)


def _audit(db: Database, table: str, rows: list, who: str, stamp: str) -> None:
    """The same audit rows records.insert and records.update write: field names, never values."""
    params = []
    for row in rows:
        fields = row.values.keys() if row.action == "create" else row.changed
        params.append([stamp, who or "?", row.action, table, row.record_id, ",".join(sorted(fields))])
    db.conn.executemany(
        "INSERT INTO audit(at, who, action, table_name, record_id, fields) VALUES (?, ?, ?, ?, ?, ?)", params)

"""Pull: every record the server changed after the last sequence number this laptop saw, applied
locally in one SQLite transaction through the normal change records (the returned Changes updates the
open views and the match index as after a local save). Fields this laptop changed and has not sent yet
stay as they are here: the next push lets the server decide. Tombstones remove the record.
"""

from __future__ import annotations

import json
import sqlite3

import psycopg
from sqlite_utils import Database

from db import records
from db.changes import TEAM, Changes
from db.team import outbox, payload
from db.team.server import SCHEMA


def fetch(conn: psycopg.Connection, after: int, client: str = "") -> tuple[list[tuple], list[tuple], int]:
    """(records changed after `after`, open conflicts, the highest seq among them) as the server has
    them now, in one snapshot.

    A record whose every field was last set by `client` itself (this laptop's own pushes, accepted as
    sent) is left out: the laptop holds exactly those values already (a later local edit waits in its
    outbox and would be kept anyway), so the first sync of a full store does not receive its own
    records back. A field of the record that another laptop set, or one of this laptop's values that
    lost a conflict, carries another client's version, and the record comes. Tombstones always come."""
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        rows = conn.execute(f"SELECT gid::text, tbl, data, deleted, seq FROM {SCHEMA}.records WHERE seq > %s "
                            "AND (deleted OR EXISTS (SELECT 1 FROM jsonb_each(versions) v "
                            "WHERE v.value->>1 IS DISTINCT FROM %s)) ORDER BY seq", (after, client)).fetchall()
        top = conn.execute(f"SELECT max(seq) FROM {SCHEMA}.records WHERE seq > %s", (after,)).fetchone()[0]
        conflicts = conn.execute(f"SELECT id, tbl, gid::text, field, kept, lost, kept_by, lost_by, at::text "
                                 f"FROM {SCHEMA}.conflicts WHERE NOT resolved ORDER BY id").fetchall()
    return rows, conflicts, top or after


def apply(db: Database, rows: list[tuple], conflicts: list[tuple], top: int = 0) -> Changes:
    """Write the pulled records and conflicts locally in one transaction, and remember `top` (the
    highest seq seen, also of records left out) as the last seq; returns what changed."""
    order = {table: i for i, table in enumerate(outbox.SHARED)}
    cache: dict = {}  # vocabulary and column look-ups, the same for the whole pull
    with records.transaction(db) as log:
        setattr(db, outbox.APPLYING, True)
        # A new record's link rows go in before the record (see _insert): the check that they point at
        # an existing owner waits until commit.
        db.execute("PRAGMA defer_foreign_keys = ON")
        try:
            last = max(top, db.execute("SELECT last_seq FROM team_membership WHERE id = 1").fetchone()[0])
            # parents before children, so a reference finds its record; deletions last (children cascade)
            for gid, tbl, data, deleted, seq in sorted(rows, key=lambda r: (r[3], order.get(r[1], 99), r[4])):
                _apply_guarded(db, tbl, gid, data, deleted, cache)
                last = max(last, seq)
            db.execute("UPDATE team_membership SET last_seq = ?, last_sync = ? WHERE id = 1", [last, records.now()])
            for cid, tbl, gid, field, kept, lost, kept_by, lost_by, at in conflicts:
                db.execute("INSERT OR IGNORE INTO team_conflicts (server_id, tbl, gid, field, kept, lost, kept_by, "
                           "lost_by, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           [cid, tbl, gid, field, json.dumps(kept), json.dumps(lost), kept_by, lost_by, at])
            # a conflict a colleague resolved ("Brug denne værdi") is no longer open on the server: close it here
            closed = db.execute("UPDATE team_conflicts SET resolved = 1 WHERE NOT resolved AND server_id IS NOT NULL "
                                "AND server_id NOT IN (SELECT value FROM json_each(?))",
                                [json.dumps([c[0] for c in conflicts])]).rowcount
            if conflicts or closed:
                log.flag(TEAM)
        finally:
            setattr(db, outbox.APPLYING, False)
    return log.changes()


def _apply_guarded(db: Database, tbl: str, gid: str, data: dict, deleted: bool, cache: dict) -> None:
    """Apply one record; one that this store refuses (a CVR number or external id another record here
    holds) becomes a local conflict instead of stopping every later sync."""
    db.execute("SAVEPOINT team_record")
    try:
        _apply_one(db, tbl, gid, data, deleted, cache)
    except sqlite3.IntegrityError:
        db.execute("ROLLBACK TO team_record")
        db.execute("INSERT INTO team_conflicts (tbl, gid, field, kept, lost, kept_by, lost_by, at) "
                   "VALUES (?, ?, '*', 'null', ?, '', 'team', ?)", [tbl, gid, json.dumps(data), records.now()])
    db.execute("RELEASE team_record")


def _apply_one(db: Database, tbl: str, gid: str, data: dict, deleted: bool, cache: dict) -> None:
    row = db.execute("SELECT record_id FROM team_ids WHERE tbl = ? AND gid = ?", [tbl, gid]).fetchone()
    record_id = row[0] if row else None
    if record_id is not None and db.execute(f"SELECT 1 FROM {tbl} WHERE id = ?", [record_id]).fetchone() is None:
        record_id = None  # gone here already (a cascade)
    if deleted:
        if record_id is not None and tbl == "candidates":
            from db import erasure  # late: erasure is only needed for a tombstoned person

            erasure.erase_candidate(db, record_id, who="team", clear_files=False)
        elif record_id is not None:
            records.delete(db, tbl, record_id, who="team")
        db.execute("DELETE FROM team_outbox WHERE gid = ?", [gid])  # a tombstone wins over unsent edits
        db.execute("DELETE FROM team_conflicts WHERE gid = ?", [gid])
        return
    values = payload.local(db, tbl, data, cache)
    if payload.orphaned(db, tbl, data, values, cache):
        if record_id is not None:  # cannot be (its owner's delete cascaded), but never leave a dangling row
            records.delete(db, tbl, record_id, who="team")
        return  # its company (or need) was deleted: the tombstone wins, as the cascade did locally
    links = payload.local_links(db, tbl, data, cache)
    if record_id is None:
        _insert(db, tbl, gid, values, links)
        return
    unsent = set()
    for (fields,) in db.execute("SELECT fields FROM team_outbox WHERE gid = ?", [gid]).fetchall():
        unsent.update(fields.split(","))
    if "*" in unsent:
        return
    current = records.get(db, tbl, record_id)
    changed = {k: v for k, v in values.items() if k not in unsent and current.get(k) != v}
    linked = [link for link in _replace_links(db, tbl, record_id, links) if link not in unsent]
    if linked and not changed:
        records.audit(db, who="team", action="update", table=tbl, record_id=record_id, fields=linked)
    if changed:
        db.execute(f"UPDATE {tbl} SET {', '.join(f'{k} = ?' for k in changed)} WHERE id = ?",
                   [*changed.values(), record_id])
        records.audit(db, who="team", action="update", table=tbl, record_id=record_id, fields=changed)


def _insert(db: Database, tbl: str, gid: str, values: dict, links: dict[str, list[dict]]) -> None:
    """A record new here. Its link rows are written first and the record after them, under the id
    SQLite would give it (the highest + 1; the shared tables have no AUTOINCREMENT): the search index
    triggers then index the record once with all its skills, instead of once per link row (a
    candidate's skills and occupations, ten times faster on a first full sync)."""
    record_id = db.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {tbl}").fetchone()[0]
    owners = dict(payload.LINKS.get(tbl, ()))
    for link, rows in links.items():  # a new id has no link rows yet: insert, nothing to compare
        for row in rows:
            full = {owners[link]: record_id, **row}
            db.execute(f"INSERT INTO {link} ({', '.join(full)}) VALUES ({', '.join('?' for _ in full)})",
                       list(full.values()))
    row = {"id": record_id, **values}
    db.execute(f"INSERT INTO {tbl} ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})", list(row.values()))
    db.execute("INSERT OR REPLACE INTO team_ids (tbl, record_id, gid) VALUES (?, ?, ?)", [tbl, record_id, gid])
    records.audit(db, who="team", action="create", table=tbl, record_id=record_id, fields=values)


def _replace_links(db: Database, tbl: str, record_id: int, links: dict[str, list[dict]]) -> list[str]:
    owners = dict(payload.LINKS.get(tbl, ()))
    return [link for link, rows in links.items() if records.replace_links(db, link, owners[link], record_id, rows)]

"""Push: the outbox goes to the server, applied there in one transaction with a version check per field.

Each field's version is the sequence number of the change that last set it and the client that made it.
A pushed field whose server version is newer than what the laptop had seen (its `base`) and came from
another laptop is a same-field conflict: the server's value stands, the pushed one goes to `conflicts`.
Append-only records never conflict. A tombstone (delete, erase) is final: later edits are dropped.
A change is recognised by (client, outbox id), so a push repeated after a kill applies nothing twice;
the outbox rows go only after the server committed.
"""

from __future__ import annotations

import psycopg
from psycopg.types.json import Jsonb
from sqlite_utils import Database

from db.team import outbox, payload
from db.team.server import SCHEMA

BATCH = 2000


def pending(db: Database, limit: int = BATCH) -> tuple[list[dict], int]:
    """The next outbox rows with the values they send (read now, from the record as it is), and the
    last outbox id read (0 when the outbox is empty). An edit of a record deleted since sends nothing."""
    cur = db.execute("SELECT id, tbl, gid, op, fields, who, at, base FROM team_outbox ORDER BY id LIMIT ?", [limit])
    changes = []
    last = 0
    for oid, tbl, gid, op, fields, who, at, base in cur.fetchall():
        last = oid
        data: dict = {}
        if op in ("insert", "update"):
            row = db.execute("SELECT record_id FROM team_ids WHERE tbl = ? AND gid = ?", [tbl, gid]).fetchone()
            record = payload.read(db, tbl, row[0], None if fields in ("*", "") or op == "insert"
                                  else fields.split(",")) if row else None
            if record is None:
                continue  # deleted since: its delete row follows
            data = record
        changes.append({"oid": oid, "tbl": tbl, "gid": gid, "op": op, "data": data, "who": who, "at": at,
                        "base": base})
    return changes, last


def apply(conn: psycopg.Connection, client: str, changes: list[dict]) -> int:
    """Apply one batch on the server in one transaction; returns how many were new."""
    applied = 0
    with conn.transaction():
        for change in changes:
            seen = conn.execute(f"SELECT 1 FROM {SCHEMA}.log WHERE client = %s AND client_change = %s",
                                (client, change["oid"])).fetchone()
            if seen:
                continue
            applied += _apply_one(conn, client, change)
    return applied


def _apply_one(conn: psycopg.Connection, client: str, change: dict) -> int:
    gid, tbl, op = change["gid"], change["tbl"], change["op"]
    row = conn.execute(f"SELECT data, versions, deleted FROM {SCHEMA}.records WHERE gid = %s FOR UPDATE",
                       (gid,)).fetchone()
    if row is not None and row[2]:
        return 0  # a tombstone: nobody brings the record back
    data, versions = (row[0], row[1]) if row else ({}, {})
    accepted: dict = {}
    for field, value in change["data"].items():
        version = versions.get(field)
        clash = (version is not None and version[0] > change["base"] and version[1] != client
                 and data.get(field) != value and tbl not in outbox.APPEND_ONLY and field != "updated_at")
        if clash:
            conn.execute(f"INSERT INTO {SCHEMA}.conflicts (gid, tbl, field, kept, lost, kept_by, lost_by) "
                         "VALUES (%s, %s, %s, %s, %s, %s, %s)",
                         (gid, tbl, field, Jsonb(data.get(field)), Jsonb(value), version[2] if len(version) > 2
                          else "", change["who"]))
        else:
            accepted[field] = value
    seq = conn.execute(f"INSERT INTO {SCHEMA}.log (client, client_change, gid, tbl, op, fields, who) "
                       "VALUES (%s, %s, %s, %s, %s, %s, %s) RETURNING seq",
                       (client, change["oid"], gid, tbl, op, Jsonb(sorted(accepted)), change["who"])).fetchone()[0]
    if op in ("delete", "erase"):
        conn.execute(f"DELETE FROM {SCHEMA}.conflicts WHERE gid = %s", (gid,))  # they may hold its values
        conn.execute(f"INSERT INTO {SCHEMA}.records (gid, tbl, data, versions, deleted, seq) "
                     "VALUES (%s, %s, '{}', '{}', true, %s) ON CONFLICT (gid) DO UPDATE SET data = '{}', "
                     "versions = '{}', deleted = true, seq = EXCLUDED.seq", (gid, tbl, seq))
        return 1
    data.update(accepted)
    versions.update({field: [seq, client, change["who"]] for field in accepted})
    conn.execute(f"INSERT INTO {SCHEMA}.records (gid, tbl, data, versions, deleted, seq) "
                 "VALUES (%s, %s, %s, %s, false, %s) ON CONFLICT (gid) DO UPDATE SET data = EXCLUDED.data, "
                 "versions = EXCLUDED.versions, seq = EXCLUDED.seq",
                 (gid, tbl, Jsonb(data), Jsonb(versions), seq))
    return 1


def done(db: Database, last: int) -> None:
    """Remove the pushed rows up to `last` from the outbox (after the server committed)."""
    if last:
        db.execute("BEGIN IMMEDIATE")
        db.execute("DELETE FROM team_outbox WHERE id <= ?", [last])
        db.execute("COMMIT")

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
    cache: dict = {}  # vocabulary look-ups, the same for the whole batch
    for oid, tbl, gid, op, fields, who, at, base in cur.fetchall():
        last = oid
        data: dict = {}
        if op in ("insert", "update"):
            row = db.execute("SELECT record_id FROM team_ids WHERE tbl = ? AND gid = ?", [tbl, gid]).fetchone()
            record = payload.read(db, tbl, row[0], None if fields in ("*", "") or op == "insert"
                                  else fields.split(","), cache) if row else None
            if record is None:
                continue  # deleted since: its delete row follows
            data = record
        changes.append({"oid": oid, "tbl": tbl, "gid": gid, "op": op, "data": data, "who": who, "at": at,
                        "base": base})
    return changes, last


def apply(conn: psycopg.Connection, client: str, changes: list[dict]) -> int:
    """Apply one batch on the server in one transaction; returns how many were new.

    A few statements per batch, not per change: the records the batch touches are read and locked at
    once, each change is decided here in order (as if applied one by one), and the log rows, conflicts
    and new record states are written with executemany (psycopg's pipeline: no round trip per row).
    Pushes are serialised by an advisory lock so that sequence numbers become visible in order: a
    pull that saw seq N can never later miss a change with a smaller seq still being committed."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(hashtext('jobbro.push'))")
        oids = [change["oid"] for change in changes]
        seen = {r[0] for r in conn.execute(f"SELECT client_change FROM {SCHEMA}.log WHERE client = %s "
                                           "AND client_change = ANY(%s)", (client, oids))}
        fresh = [change for change in changes if change["oid"] not in seen]
        if not fresh:
            return 0
        gids = sorted({change["gid"] for change in fresh})
        state = {gid: [data, versions, deleted, None] for gid, data, versions, deleted in conn.execute(
            f"SELECT gid::text, data, versions, deleted FROM {SCHEMA}.records WHERE gid = ANY(%s::uuid[]) "
            "ORDER BY gid FOR UPDATE", (gids,))}
        seqs = iter(r[0] for r in conn.execute(
            f"SELECT nextval(pg_get_serial_sequence('{SCHEMA}.log', 'seq')) FROM generate_series(1, %s) "
            "ORDER BY 1", (len(fresh),)))
        logged, conflicts, tombstoned = [], [], set()
        for change in fresh:
            row = _apply_one(state, client, change, seqs, conflicts)
            if row is not None:
                logged.append(row)
                if change["op"] in ("delete", "erase"):
                    tombstoned.add(change["gid"])
        _write(conn, state, logged, [c for c in conflicts if c[0] not in tombstoned], tombstoned)
    return len(logged)


def _apply_one(state: dict, client: str, change: dict, seqs, conflicts: list) -> tuple | None:
    """Decide one change against the record's state (updated in place); returns its log row, None when
    the record is a tombstone (nobody brings it back). Same-field clashes are appended to `conflicts`."""
    gid, tbl, op = change["gid"], change["tbl"], change["op"]
    record = state.setdefault(gid, [{}, {}, False, None])
    data, versions, deleted = record[0], record[1], record[2]
    if deleted:
        return None
    accepted: dict = {}
    for field, value in change["data"].items():
        version = versions.get(field)
        clash = (version is not None and version[0] > change["base"] and version[1] != client
                 and data.get(field) != value and tbl not in outbox.APPEND_ONLY and field != "updated_at")
        if clash:
            conflicts.append((gid, tbl, field, Jsonb(data.get(field)), Jsonb(value),
                              version[2] if len(version) > 2 else "", change["who"]))
        else:
            accepted[field] = value
    seq = next(seqs)
    row = (seq, client, change["oid"], gid, tbl, op, Jsonb(sorted(accepted)), change["who"])
    if op in ("delete", "erase"):
        state[gid] = [{}, {}, True, (tbl, seq)]
        return row
    data.update(accepted)
    versions.update({field: [seq, client, change["who"]] for field in accepted})
    record[3] = (tbl, seq)
    return row


def _write(conn: psycopg.Connection, state: dict, logged: list, conflicts: list, tombstoned: set) -> None:
    conn.cursor().executemany(
        f"INSERT INTO {SCHEMA}.log (seq, client, client_change, gid, tbl, op, fields, who) "
        "VALUES (%s, %s, %s, %s, %s, %s, %s, %s)", logged)
    if tombstoned:  # a deleted record's conflicts may hold its values
        conn.execute(f"DELETE FROM {SCHEMA}.conflicts WHERE gid = ANY(%s::uuid[])", (sorted(tombstoned),))
    if conflicts:
        conn.cursor().executemany(
            f"INSERT INTO {SCHEMA}.conflicts (gid, tbl, field, kept, lost, kept_by, lost_by) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s)", conflicts)
    conn.cursor().executemany(
        f"INSERT INTO {SCHEMA}.records (gid, tbl, data, versions, deleted, seq) VALUES (%s, %s, %s, %s, %s, %s) "
        "ON CONFLICT (gid) DO UPDATE SET data = EXCLUDED.data, versions = EXCLUDED.versions, "
        "deleted = EXCLUDED.deleted, seq = EXCLUDED.seq",
        [(gid, written[0], Jsonb(data), Jsonb(versions), deleted, written[1])
         for gid, (data, versions, deleted, written) in state.items() if written is not None])


def done(db: Database, last: int) -> None:
    """Remove the pushed rows up to `last` from the outbox (after the server committed)."""
    if last:
        db.execute("BEGIN IMMEDIATE")
        db.execute("DELETE FROM team_outbox WHERE id <= ?", [last])
        db.execute("COMMIT")

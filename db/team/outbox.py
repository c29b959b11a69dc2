"""The outbox: every write of a store that joined a team notes its change in the same SQLite transaction.

`records.audit` (which every insert, update, delete and erasure passes) calls `note`. A store that never
joined has no `team_membership` row: `note` returns after one cached look-up and writes nothing. Values
are not copied here: the push reads the record as it is then, so a kill never loses a change (the row
commits with the write) and never sends half of one (the row and the write roll back together).
Global ids live in `team_ids` beside the local integer ids, so a deleted record still has its gid.
"""

from __future__ import annotations

import sqlite3
import uuid

from sqlite_utils import Database

# The records the team shares (docs/TEAM.md); append-only ones never conflict.
SHARED = ("companies", "contact_persons", "contacts", "needs", "candidates", "shortlist_entries",
          "shortlist_events", "shortlist_follow_ups", "placement_follow_ups")
APPEND_ONLY = frozenset({"contacts", "shortlist_events"})

TABLES = [
    """CREATE TABLE team_membership (
        id INTEGER PRIMARY KEY CHECK (id = 1), client_id TEXT NOT NULL, server TEXT NOT NULL,
        joined_at TEXT NOT NULL, last_seq INTEGER NOT NULL DEFAULT 0, last_sync TEXT)""",
    """CREATE TABLE team_ids (
        tbl TEXT NOT NULL, record_id INTEGER NOT NULL, gid TEXT NOT NULL UNIQUE,
        PRIMARY KEY (tbl, record_id))""",
    # AUTOINCREMENT: an id is never reused, since (client, id) names a change on the server.
    """CREATE TABLE team_outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT, tbl TEXT NOT NULL, gid TEXT NOT NULL,
        op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete', 'erase')),
        fields TEXT NOT NULL DEFAULT '', who TEXT NOT NULL, at TEXT NOT NULL,
        base INTEGER NOT NULL DEFAULT 0)""",
    """CREATE TABLE team_conflicts (
        id INTEGER PRIMARY KEY, server_id INTEGER UNIQUE, tbl TEXT NOT NULL, gid TEXT NOT NULL,
        field TEXT NOT NULL, kept TEXT, lost TEXT, kept_by TEXT, lost_by TEXT, at TEXT NOT NULL,
        resolved INTEGER NOT NULL DEFAULT 0)""",
]

APPLYING = "_jobbro_team_applying"  # set while a pull writes: those writes are not sent back
_ATTR = "_jobbro_team_client"  # the client id of a joined store, "" when not joined (cached per connection)
_OPS = {"create": "insert", "update": "update", "delete": "delete", "erase": "erase"}


def client_id(db: Database) -> str:
    """This store's client id in its team, "" when it never joined (one query per connection)."""
    cached = getattr(db, _ATTR, None)
    if cached is None:
        try:
            row = db.execute("SELECT client_id FROM team_membership WHERE id = 1").fetchone()
        except sqlite3.OperationalError:  # before migration 0007 (a migration writing audit rows)
            return ""
        cached = row[0] if row else ""
        setattr(db, _ATTR, cached)
    return cached


def gid(db: Database, table: str, record_id: int, *, create: bool = False) -> str | None:
    row = db.execute("SELECT gid FROM team_ids WHERE tbl = ? AND record_id = ?", [table, record_id]).fetchone()
    if row:
        return row[0]
    if not create:
        return None
    new = str(uuid.uuid4())
    db.execute("INSERT INTO team_ids (tbl, record_id, gid) VALUES (?, ?, ?)", [table, record_id, new])
    return new


def note(db: Database, *, who: str, action: str, table: str, record_id: int | None, fields, at: str) -> None:
    """Called by records.audit inside the write's transaction."""
    if table not in SHARED or record_id is None or action not in _OPS or not client_id(db):
        return
    if getattr(db, APPLYING, False):
        return  # a change pulled from the team: the server has it already
    if action == "create":
        # A new record: SQLite gives a deleted record's local id (the highest) to the next one, and the
        # deleted record's mapping stays behind; the new record must not inherit its gid (or its tombstone).
        db.execute("DELETE FROM team_ids WHERE tbl = ? AND record_id = ?", [table, record_id])
    global_id = gid(db, table, record_id, create=action in ("create", "update"))
    if global_id is None:
        return  # a record never shared, deleted before it got a gid: nothing the team knows
    db.execute("INSERT INTO team_outbox (tbl, gid, op, fields, who, at, base) "
               "VALUES (?, ?, ?, ?, ?, ?, (SELECT last_seq FROM team_membership WHERE id = 1))",
               [table, global_id, _OPS[action], ",".join(sorted(fields)), who or "?", at])


def join(db: Database, *, server: str, client: str, at: str) -> int:
    """Mark the store as joined and queue every shared record it holds (sent on the first sync).
    Runs inside the caller's transaction; returns how many records were queued."""
    db.execute("INSERT INTO team_membership (id, client_id, server, joined_at) VALUES (1, ?, ?, ?)",
               [client, server, at])
    setattr(db, _ATTR, client)
    queued = 0
    for table in SHARED:
        ids = [r[0] for r in db.execute(f"SELECT id FROM {table} ORDER BY id")]
        for record_id in ids:
            global_id = gid(db, table, record_id, create=True)
            db.execute("INSERT INTO team_outbox (tbl, gid, op, fields, who, at) VALUES (?, ?, 'insert', '*', '', ?)",
                       [table, global_id, at])
        queued += len(ids)
    return queued


def forget_membership_cache(db: Database) -> None:
    setattr(db, _ATTR, None)


def waiting(db: Database) -> int:
    """Changes noted but not yet sent (the status bar's "waiting")."""
    try:
        return db.execute("SELECT count(*) FROM team_outbox").fetchone()[0]
    except sqlite3.OperationalError:
        return 0

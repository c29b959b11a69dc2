"""One synchronisation of a joined store with its team server: push the outbox, then pull.

Push comes first so that the server decides every same-field conflict against what this laptop had
seen; a push that fails leaves the outbox as it was, and nothing is pulled.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

import psycopg
from sqlite_utils import Database

from db import records
from db.changes import Changes
from db.team import outbox, pull, push, server
from db.team.errors import TeamError


@dataclass(frozen=True)
class SyncResult:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    waiting: int = 0
    changes: Changes = field(default_factory=Changes)


def membership(db: Database) -> tuple[str, str, int] | None:
    """(client id, server, last seq) of a joined store, None when it never joined."""
    row = db.execute("SELECT client_id, server, last_seq FROM team_membership WHERE id = 1").fetchone()
    return tuple(row) if row else None


def last_sync(db: Database) -> str | None:
    """When the store last synchronised (records.now() text); None when it never did or never joined."""
    row = db.execute("SELECT last_sync FROM team_membership WHERE id = 1").fetchone()
    return row[0] if row else None


def join(db: Database, url: str, *, name: str = "") -> int:
    """Join the store to the team at `url` (checked first); returns the records queued for the first push."""
    if membership(db) is not None:
        return 0
    client = str(uuid.uuid4())
    with server.connect(url) as conn:
        server.check(conn)
        conn.execute(f"INSERT INTO {server.SCHEMA}.clients (id, name) VALUES (%s, %s)", (client, name))
        conn.commit()
    with records.transaction(db):
        return outbox.join(db, server=url, client=client, at=records.now())


def sync(db: Database, url: str | None = None) -> SyncResult:
    """Push and pull once. TeamError when the server is unreachable, refuses the login or is newer."""
    joined = membership(db)
    if joined is None:
        raise TeamError("not_joined")
    client, stored_url, _ = joined
    try:
        with server.connect(url or stored_url) as conn:
            server.check(conn)
            pushed = 0
            while True:
                batch, last_read = push.pending(db)
                if not last_read:
                    break
                pushed += push.apply(conn, client, batch)
                push.done(db, last_read)
            _send_resolved(db, conn)
            last = membership(db)[2]
            rows, conflicts, top = pull.fetch(conn, last, client)
    except psycopg.OperationalError:
        raise TeamError("unreachable") from None
    changes = pull.apply(db, rows, conflicts, top)
    return SyncResult(pushed, len(rows), len(conflicts), outbox.waiting(db), changes)


def _send_resolved(db: Database, conn) -> None:
    """Conflicts closed here ("Brug denne værdi") are closed on the server, so no laptop lists them again."""
    resolved = [r[0] for r in db.execute("SELECT server_id FROM team_conflicts WHERE resolved AND server_id IS NOT NULL")]
    if resolved:
        conn.execute(f"UPDATE {server.SCHEMA}.conflicts SET resolved = true WHERE id = ANY(%s)", (resolved,))
        conn.commit()

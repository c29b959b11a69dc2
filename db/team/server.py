"""The team server's connection and schema: Jobbro creates and upgrades its own schema `jobbro`.

`schema_version` holds the highest step applied; a server from a newer Jobbro is refused (never
downgraded), a server without the schema is reported as not set up. Passwords come only from libpq
(PGPASSWORD, .pgpass, service file); off localhost `sslmode=verify-full` is the default.
"""

from __future__ import annotations

import psycopg
from psycopg import conninfo as pg_conninfo

from db.team.errors import TeamError

SCHEMA = "jobbro"
LOCAL_HOSTS = {"", "localhost", "127.0.0.1", "::1"}
CONNECT_TIMEOUT = 10  # seconds; an unreachable server must not hang a sync

# One step per schema version; a step is applied once, in order, each in the same transaction as its
# version row. Append new steps at the end, never edit an applied one.
STEPS: tuple[str, ...] = (
    # 1: current state, the ordered log, conflicts, the laptops that joined.
    f"""
    CREATE TABLE {SCHEMA}.records (
        gid uuid PRIMARY KEY,
        tbl text NOT NULL,
        data jsonb NOT NULL DEFAULT '{{}}',
        versions jsonb NOT NULL DEFAULT '{{}}',
        deleted boolean NOT NULL DEFAULT false,
        seq bigint NOT NULL
    );
    CREATE INDEX records_seq ON {SCHEMA}.records (seq);
    CREATE TABLE {SCHEMA}.log (
        seq bigserial PRIMARY KEY,
        client uuid NOT NULL,
        client_change bigint NOT NULL,
        gid uuid NOT NULL,
        tbl text NOT NULL,
        op text NOT NULL CHECK (op IN ('insert', 'update', 'delete', 'erase')),
        fields jsonb NOT NULL DEFAULT '{{}}',
        who text NOT NULL DEFAULT '',
        at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (client, client_change)
    );
    CREATE TABLE {SCHEMA}.conflicts (
        id bigserial PRIMARY KEY,
        gid uuid NOT NULL,
        tbl text NOT NULL,
        field text NOT NULL,
        kept jsonb,
        lost jsonb,
        kept_by text NOT NULL DEFAULT '',
        lost_by text NOT NULL DEFAULT '',
        at timestamptz NOT NULL DEFAULT now(),
        resolved boolean NOT NULL DEFAULT false
    );
    CREATE TABLE {SCHEMA}.clients (
        id uuid PRIMARY KEY,
        name text NOT NULL DEFAULT '',
        joined timestamptz NOT NULL DEFAULT now()
    );
    """,
)
VERSION = len(STEPS)


def conninfo(url: str) -> str:
    """The libpq connection string Jobbro uses for `url`: no password in it, verify-full off localhost."""
    params = pg_conninfo.conninfo_to_dict(url)
    if params.get("password"):
        raise TeamError("password_in_url")
    hosts = str(params.get("host") or "").split(",")
    local = all(host in LOCAL_HOSTS or host.startswith("/") for host in hosts)
    if not local and "sslmode" not in params:
        params["sslmode"] = "verify-full"
    params.setdefault("connect_timeout", str(CONNECT_TIMEOUT))
    params.setdefault("application_name", "jobbro")
    return pg_conninfo.make_conninfo(**params)


def connect(url: str) -> psycopg.Connection:
    """An open connection to the team server; a login or network failure becomes a TeamError."""
    try:
        return psycopg.connect(conninfo(url), autocommit=False)
    except psycopg.OperationalError as exc:
        raise _failure(exc) from None


def _failure(exc: psycopg.OperationalError) -> TeamError:
    text = str(exc).lower()
    if "password" in text or "authentication" in text:
        return TeamError("login")
    return TeamError("unreachable")


def server_version(conn: psycopg.Connection) -> int:
    """The schema version on the server; 0 when Jobbro's schema is not there yet."""
    row = conn.execute("SELECT to_regclass(%s)", (f"{SCHEMA}.schema_version",)).fetchone()
    if row is None or row[0] is None:
        return 0
    row = conn.execute(f"SELECT max(version) FROM {SCHEMA}.schema_version").fetchone()
    return int(row[0] or 0)


def check(conn: psycopg.Connection) -> int:
    """Refuse a server without the schema or from a newer Jobbro; returns the version."""
    version = server_version(conn)
    conn.rollback()
    if version == 0:
        raise TeamError("not_initialised")
    if version > VERSION:
        raise TeamError("newer", version=version, known=VERSION)
    return version


def init(url: str) -> tuple[int, int]:
    """Create or upgrade the team schema (`jobbro team init`); returns (version before, version after).

    Two laptops running this at once are serialised by an advisory lock; each step commits with its
    version row, so a kill leaves the server at a whole step."""
    with connect(url) as conn:
        conn.execute("SELECT pg_advisory_xact_lock(hashtext('jobbro.schema'))")
        conn.execute(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
        conn.execute(f"CREATE TABLE IF NOT EXISTS {SCHEMA}.schema_version "
                     "(version integer PRIMARY KEY, applied timestamptz NOT NULL DEFAULT now())")
        before = server_version(conn)
        if before > VERSION:
            conn.rollback()
            raise TeamError("newer", version=before, known=VERSION)
        for version in range(before + 1, VERSION + 1):
            conn.execute(STEPS[version - 1])
            conn.execute(f"INSERT INTO {SCHEMA}.schema_version (version) VALUES (%s)", (version,))
        conn.commit()
        return before, VERSION

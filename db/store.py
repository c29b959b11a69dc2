"""Opening a Jobbro store: connection settings, identity checks and migrations."""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from db import cipher
from db.errors import StoreError
from db.schema import APPLICATION_ID, MIGRATIONS

BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True)
class StoreFile:
    """A store file and the passphrase that opens it (None for a plain store): what a worker thread,
    a dialog or a command is handed instead of a bare path. The passphrase stays out of repr()."""

    path: Path
    passphrase: str | None = field(default=None, repr=False)

    def __post_init__(self):
        object.__setattr__(self, "path", Path(self.path))

    def __fspath__(self) -> str:
        return str(self.path)

    def __str__(self) -> str:
        return str(self.path)

    def open(self, *, create: bool = True) -> Database:
        return open_store(self.path, create=create, passphrase=self.passphrase)


def _key_for(path: Path, passphrase: str | None, exists: bool) -> str | None:
    """The key to open `path` with: None for a plain file (a passphrase given for one is ignored; the
    caller warns), the passphrase for an encrypted or a new encrypted file."""
    if passphrase is not None and not passphrase.strip():
        raise StoreError("empty_passphrase", str(path))
    if not exists:
        return passphrase
    kind = cipher.file_kind(path)
    if kind == "foreign":
        raise StoreError("foreign", str(path))
    if kind == "plain":
        return None
    if passphrase is None:
        raise StoreError("needs_passphrase", str(path))
    return passphrase


def _connect(path: Path, key: str | None = None):
    # isolation_level=None: sqlite-utils' atomic() issues BEGIN/COMMIT itself.
    if key is not None:
        conn = cipher.connect(path, key, timeout=BUSY_TIMEOUT_MS / 1000)
    else:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")  # deleted data is zeroed, not left in free pages (erasure)
    return conn


def _check_identity(conn: sqlite3.Connection, path: Path) -> bool:
    """Return True when the file is a Jobbro store, False when it is empty; raise otherwise."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except cipher.DATABASE_ERRORS as exc:
        if "locked" in str(exc):
            raise StoreError("locked", str(path), str(exc)) from exc
        if "malformed" in str(exc):  # an SQLite file whose schema pages are damaged
            raise StoreError("damaged", str(path), str(exc)) from exc
        raise StoreError("foreign", str(path), str(exc)) from exc
    if app_id == APPLICATION_ID:
        return True
    if app_id == 0 and tables == 0:
        return False
    raise StoreError("foreign", str(path))


def _check_version(db: Database, path: Path) -> None:
    known = {m.name for m in MIGRATIONS._migrations}
    applied = {m.name for m in MIGRATIONS.applied(db)}
    unknown = applied - known
    if unknown:
        raise StoreError("newer", str(path), ", ".join(sorted(unknown)))


# The store's type as the rest of the app names it: ui/ never imports sqlite-utils itself.
Store = Database


def close_store(db: Store) -> None:
    """Close the store's connection (the last one to close checkpoints the WAL)."""
    db.conn.close()


def open_store(path: str | os.PathLike, *, create: bool = True, passphrase: str | None = None) -> Database:
    """Open (and if needed create and migrate) the store at `path` (a path or a StoreFile).

    An encrypted file needs its `passphrase`; a new file is encrypted when one is given; a plain file
    opens plain whatever is given. Raises StoreError for a read-only, locked, newer or foreign file,
    a missing or wrong passphrase; in that case the file is left exactly as it was.
    """
    if isinstance(path, StoreFile) and passphrase is None:
        passphrase = path.passphrase
    path = Path(path)
    cipher.finish_pending(path)
    exists = path.exists() and path.stat().st_size > 0
    if not exists and not create:
        raise StoreError("empty" if path.is_file() else "missing", str(path))
    if exists:
        if path.is_dir():
            raise StoreError("foreign", str(path))
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise StoreError("readonly", str(path))
        if cipher.file_kind(path) != "encrypted":  # an encrypted file's header is not readable
            _check_header(path)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = _connect(path, _key_for(path, passphrase, exists))
    try:
        is_ours = _check_identity(conn, path)
        db = Database(conn)
        if is_ours:
            _check_version(db, path)
            _quick_check(conn, path)
        _set_wal(conn, path)
        _migrate(conn, db, path)
    except cipher.OPERATIONAL_ERRORS as exc:
        conn.close()
        if "locked" in str(exc) or "busy" in str(exc):
            raise StoreError("locked", str(path), str(exc)) from exc
        if "readonly" in str(exc):
            raise StoreError("readonly", str(path), str(exc)) from exc
        raise
    except cipher.DATABASE_ERRORS as exc:
        conn.close()
        raise StoreError("damaged", str(path), str(exc)) from exc
    except BaseException:
        conn.close()
        raise
    return db


_MAGIC = b"SQLite format 3\x00"


def _check_header(path: Path) -> None:
    """Refuse a file that is not an SQLite database, or one cut short (an interrupted copy)."""
    size = path.stat().st_size
    with open(path, "rb") as fh:
        head = fh.read(100)
    if head[:16] != _MAGIC:
        raise StoreError("truncated" if len(head) < 16 and _MAGIC.startswith(head) else "foreign", str(path))
    if len(head) < 100:
        raise StoreError("truncated", str(path))
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    # SQLite trusts the page count in the header only when this stamp matches the change counter.
    trusted = head[24:28] == head[92:96]
    if trusted and pages and size < pages * page_size:
        raise StoreError("truncated", str(path))


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    """A cheap check for a damaged store: the schema, and the first and last rows of every table.

    Reading them walks each table's b-tree from its root to both ends, so a damaged root or edge page,
    a damaged schema or a file whose pages were overwritten at those places fails here rather than in
    the middle of a command. It costs a few pages per table (see docs/ROBUSTNESS.md for the measure on
    the 100k store); PRAGMA quick_check would read every page of the file. Damage deeper inside a big
    table is met later and reported the same way (db.errors.store_failure)."""
    try:
        tables = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0").fetchall()
        for (name,) in tables:
            quoted = '"' + name.replace('"', '""') + '"'
            try:
                for order in ("ASC", "DESC"):
                    conn.execute(f"SELECT * FROM {quoted} ORDER BY rowid {order} LIMIT 1").fetchall()
            except cipher.OPERATIONAL_ERRORS as exc:
                if "no such column" not in str(exc):
                    raise
                conn.execute(f"SELECT * FROM {quoted} LIMIT 1").fetchall()  # a WITHOUT ROWID table
    except cipher.OPERATIONAL_ERRORS as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise
        raise StoreError("damaged", str(path), str(exc)) from exc
    except cipher.DATABASE_ERRORS as exc:
        raise StoreError("damaged", str(path), str(exc)) from exc


def _migrate(conn: sqlite3.Connection, db: Database, path: Path) -> None:
    """Create or upgrade the store under a write lock, so a second process opening the same new file at
    the same moment waits (busy timeout) and then finds the work done instead of racing through it."""
    if not _pending(db):
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Look again now that the lock is ours: another process may have created the store meanwhile.
        if _check_identity(conn, path):
            _check_version(db, path)
        else:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        MIGRATIONS.apply(db)
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _pending(db: Database) -> bool:
    if not db["_sqlite_migrations"].exists():
        return True
    return bool(MIGRATIONS.pending(db))


def _set_wal(conn: sqlite3.Connection, path: Path) -> None:
    """Switch to WAL. Two processes opening one new file at the same moment can meet inside SQLite's
    journal-mode switch, where it answers "locked" at once without waiting for the busy timeout; so
    try again with a short pause until the busy timeout has passed, as the busy handler would."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    pause = 0.01
    while True:
        try:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        except cipher.OPERATIONAL_ERRORS as exc:
            if ("locked" not in str(exc) and "busy" not in str(exc)) or time.monotonic() > deadline:
                raise
            mode = None
        if mode is not None and mode.lower() == "wal":
            return
        if time.monotonic() > deadline:
            raise StoreError("locked", str(path), f"journal_mode={mode}")
        time.sleep(pause)
        pause = min(pause * 2, 0.2)


def open_memory() -> Database:
    """A migrated in-memory store, for quick experiments (tests use real files)."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db = Database(conn)
    MIGRATIONS.apply(db)
    return db


def schema_version(db: Database) -> list[str]:
    """Names of the migrations applied to this store, oldest first."""
    return [m.name for m in MIGRATIONS.applied(db)]

"""Opening a Jobbro store: connection settings, identity checks and migrations."""

from __future__ import annotations

import os
import sqlite3
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
        raise StoreError("missing", str(path))
    if exists:
        if path.is_dir():
            raise StoreError("foreign", str(path))
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise StoreError("readonly", str(path))
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = _connect(path, _key_for(path, passphrase, exists))
    try:
        is_ours = _check_identity(conn, path)
        db = Database(conn)
        if is_ours:
            _check_version(db, path)
        _set_wal(conn, path)
        if not is_ours:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        MIGRATIONS.apply(db)
    except cipher.OPERATIONAL_ERRORS as exc:
        conn.close()
        if "locked" in str(exc) or "busy" in str(exc):
            raise StoreError("locked", str(path), str(exc)) from exc
        if "readonly" in str(exc):
            raise StoreError("readonly", str(path), str(exc)) from exc
        raise
    except BaseException:
        conn.close()
        raise
    return db


def _set_wal(conn: sqlite3.Connection, path: Path) -> None:
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode.lower() != "wal":
        raise StoreError("locked", str(path), f"journal_mode={mode}")


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

"""Backups of a store: written with SQLite's online backup API (encrypted with the store's own key),
checked after writing, kept with rotation (7 daily, 4 weekly), and restored so that a kill at any moment
leaves either the old store or the restored one, whole.

Backup file names carry the kind and the time, never anything about a person:
`jobbro-auto-20261206-051800.sqlite`, `jobbro-manual-…`, `jobbro-before-restore-…`.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlite_utils import Database

from db import cipher
from db.errors import StoreError
from db.schema import APPLICATION_ID, MIGRATIONS

KINDS = ("auto", "manual", "before-restore")
NAME = re.compile(r"^jobbro-(auto|manual|before-restore)-(\d{8}-\d{6})\.sqlite$")
PART_SUFFIX = ".part"
RESTORING_SUFFIX = ".restoring"
DAILY, WEEKLY = 7, 4
SUMMARY_TABLES = ("companies", "contact_persons", "needs", "candidates", "contacts")


@dataclass(frozen=True)
class Backup:
    path: Path
    kind: str
    taken: datetime


def backup_name(kind: str, when: datetime) -> str:
    assert kind in KINDS
    return f"jobbro-{kind}-{when:%Y%m%d-%H%M%S}.sqlite"


def list_backups(folder: str | os.PathLike) -> list[Backup]:
    """The backups in `folder`, newest first (files of other names are left alone)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = NAME.match(path.name)
        if match and path.is_file():
            found.append(Backup(path, match.group(1), datetime.strptime(match.group(2), "%Y%m%d-%H%M%S")))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def _fail(exc: BaseException, folder: Path) -> StoreError:
    """A failed write as a StoreError naming the folder: full disk, or a folder that cannot be written."""
    text = str(exc).lower()
    # SQLite says "database or disk is full" for ENOSPC and "disk I/O error" when a write fails otherwise
    # (a quota, a file size limit, a failing disk): all of them mean the backup did not fit or stick.
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT) or "full" in text \
            or "disk i/o" in text:
        return StoreError("disk_full", str(folder))
    return StoreError("backup_folder", str(folder), type(exc).__name__)


def write_backup(db: Database, out: str | os.PathLike, passphrase: str | None = None,
                 on_step: Callable[[str], None] | None = None) -> dict[str, int]:
    """Copy the open store `db` to `out` (encrypted with `passphrase` when the store is), check the copy,
    then give it its name; returns the row counts. A failed or stopped backup leaves no file at `out`."""
    out = Path(out)
    step = on_step or (lambda _name: None)
    part = Path(str(out) + PART_SUFFIX)
    conn = db.conn
    encrypted = not isinstance(conn, sqlite3.Connection)
    if encrypted and not passphrase:
        raise StoreError("needs_passphrase", str(out))
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        if not os.access(out.parent, os.W_OK):
            raise PermissionError(errno.EACCES, "not writable")
        cipher.remove_with_sidecars(part)
        target = cipher.connect(part, passphrase) if encrypted else sqlite3.connect(str(part), isolation_level=None)
    except StoreError:
        raise
    except (OSError, *cipher.DATABASE_ERRORS) as exc:
        raise _fail(exc, out.parent) from None
    try:
        own = not conn.in_transaction
        if own:
            conn.execute("BEGIN")  # one snapshot for the counts and the copy
        try:
            expected = cipher.table_counts(conn)
            conn.backup(target)
        finally:
            if own:
                conn.execute("COMMIT")
        target.close()
        step("written")
        check = cipher.connect_any(part, passphrase)
        try:
            cipher.check_copy(check, expected, part)
            if check.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                raise StoreError("damaged", str(part), "application_id")
        finally:
            check.close()
        step("checked")
        cipher.fsync_file(part)
        os.replace(part, out)
        cipher.fsync_dir(out.parent)
    except BaseException as exc:
        target.close()
        cipher.remove_with_sidecars(part)
        if isinstance(exc, (OSError, *cipher.DATABASE_ERRORS)):
            raise _fail(exc, out.parent) from None
        raise
    step("named")
    return expected


def to_remove(backups: list[Backup], daily: int = DAILY, weekly: int = WEEKLY) -> list[Backup]:
    """Automatic backups that rotation drops: kept are the newest of each of the last `daily` days that
    have one and the newest of each of the last `weekly` ISO weeks. Other kinds are never dropped."""
    autos = sorted((b for b in backups if b.kind == "auto"), key=lambda b: b.taken, reverse=True)
    per_day: dict = {}
    per_week: dict = {}
    for b in autos:
        per_day.setdefault(b.taken.date(), b)
        per_week.setdefault(b.taken.isocalendar()[:2], b)
    keep = set(list(per_day.values())[:daily]) | set(list(per_week.values())[:weekly])
    return [b for b in autos if b not in keep]


def rotate(folder: str | os.PathLike, daily: int = DAILY, weekly: int = WEEKLY) -> list[Path]:
    removed = []
    for b in to_remove(list_backups(folder), daily, weekly):
        try:
            b.path.unlink()
            removed.append(b.path)
        except FileNotFoundError:
            pass  # removed meanwhile by another Jobbro
    return removed


def is_due(folder: str | os.PathLike, now: datetime | None = None) -> bool:
    """True when the folder has no automatic backup from the last 24 hours."""
    now = now or datetime.now()
    autos = [b for b in list_backups(folder) if b.kind == "auto"]
    return not autos or now - autos[0].taken >= timedelta(days=1)


def automatic_backup(db: Database, folder: str | os.PathLike, passphrase: str | None = None,
                     now: datetime | None = None, daily: int = DAILY, weekly: int = WEEKLY) -> Path:
    """An automatic backup into `folder`, then rotation; returns the new backup's path."""
    now = now or datetime.now()
    out = _free_name(Path(folder), "auto", now)
    write_backup(db, out, passphrase)
    rotate(folder, daily, weekly)
    return out


def _free_name(folder: Path, kind: str, when: datetime) -> Path:
    out = folder / backup_name(kind, when)
    while out.exists():  # two backups in one second: the later one a second on
        when += timedelta(seconds=1)
        out = folder / backup_name(kind, when)
    return out


@dataclass(frozen=True)
class Inspection:
    counts: dict[str, int]      # rows per table
    encrypted: bool

    def summary(self) -> dict[str, int]:
        return {t: self.counts.get(t, 0) for t in SUMMARY_TABLES}


def inspect(path: str | os.PathLike, passphrase: str | None = None) -> Inspection:
    """Check a backup (or any store file) without changing it: ours, whole, and not from a newer Jobbro.

    Raises StoreError: foreign (not a Jobbro file), damaged (truncated or corrupt), newer, or
    needs_passphrase / wrong_passphrase for an encrypted file."""
    path = Path(path)
    kind = cipher.file_kind(path)
    if kind == "missing":
        raise StoreError("missing", str(path))
    if kind == "plain":
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    else:
        conn = cipher.connect_any(path, passphrase)
    try:
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        except cipher.DATABASE_ERRORS as exc:
            raise StoreError("damaged", str(path), str(exc)) from None
        if app_id != APPLICATION_ID:
            raise StoreError("foreign", str(path))
        counts = cipher.check_copy(conn, None, path)
        applied = {r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")} \
            if "_sqlite_migrations" in counts else set()
        unknown = applied - {m.name for m in MIGRATIONS._migrations}
        if unknown:
            raise StoreError("newer", str(path), ", ".join(sorted(unknown)))
    finally:
        conn.close()
    return Inspection(counts, kind == "encrypted")


def peek(path: str | os.PathLike, passphrase: str | None = None) -> dict[str, int]:
    """Records per kind in a backup, for a list to choose from (quick: no integrity check; restore checks).

    Raises StoreError like inspect()."""
    path = Path(path)
    conn = cipher.connect_any(path, passphrase if cipher.file_kind(path) == "encrypted" else None)
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise StoreError("foreign", str(path))
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in SUMMARY_TABLES}
    except cipher.DATABASE_ERRORS as exc:
        raise StoreError("damaged", str(path), str(exc)) from None
    finally:
        conn.close()


def restore(store: str | os.PathLike, source: str | os.PathLike, *, passphrase: str | None,
            keep_folder: str | os.PathLike, source_passphrase: str | None = None,
            now: datetime | None = None, on_step: Callable[[str], None] | None = None,
            timeout: float = 5.0) -> Path | None:
    """Put the backup `source` in place of the store at `store`; returns where the store's previous
    content was kept (a `before-restore` backup in `keep_folder`).

    The backup is checked first (inspect); it keeps its own encryption and passphrase (`source_passphrase`,
    by default the store's). Steps reported to `on_step`: "checked", "kept", "copied", "swapped". Until
    "swapped" the store is the old file; from then on it is the restored one. No other connection may be
    open on the store.
    """
    store, source = Path(store), Path(source)
    step = on_step or (lambda _name: None)
    key = source_passphrase if source_passphrase is not None else passphrase
    inspection = inspect(source, key if cipher.file_kind(source) == "encrypted" else None)
    step("checked")
    kept = _keep_current(store, passphrase, Path(keep_folder), now or datetime.now())
    step("kept")
    part = Path(str(store) + RESTORING_SUFFIX)
    try:
        cipher.remove_with_sidecars(part)
        shutil.copyfile(source, part)
        cipher.fsync_file(part)
        check = cipher.connect_any(part, key if inspection.encrypted else None)
        try:
            cipher.check_copy(check, inspection.counts, part)
        finally:
            check.close()
    except BaseException as exc:
        cipher.remove_with_sidecars(part)
        if isinstance(exc, (OSError, *cipher.DATABASE_ERRORS)):
            raise StoreError("write_failed", str(store), type(exc).__name__) from None
        raise
    step("copied")
    if store.exists():
        alone = cipher.connect_any(store, passphrase, timeout)
        try:
            cipher.take_alone(alone, store)  # refuses while the app or a command has the store open
        finally:
            alone.close()
    os.replace(part, store)
    cipher.fsync_dir(store.parent)
    for suffix in ("-wal", "-shm", "-journal"):  # the old file's, empty after take_alone
        side = Path(str(store) + suffix)
        if side.exists():
            side.unlink()
    step("swapped")
    return kept


def _keep_current(store: Path, passphrase: str | None, folder: Path, now: datetime) -> Path | None:
    """A backup of the store as it is, before it is replaced; None when there is no store."""
    if cipher.file_kind(store) == "missing":
        return None
    from db.store import open_store

    out = _free_name(folder, "before-restore", now)
    try:
        db = open_store(store, create=False, passphrase=passphrase)
    except StoreError as exc:
        if exc.kind not in ("damaged", "foreign", "newer"):
            raise
        # A store that cannot be opened is kept byte for byte, so nothing is lost by restoring over it.
        try:
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(store, Path(str(out) + PART_SUFFIX))
            os.replace(Path(str(out) + PART_SUFFIX), out)
        except OSError as err:
            cipher.remove_with_sidecars(Path(str(out) + PART_SUFFIX))
            raise _fail(err, folder) from None
        return out
    try:
        write_backup(db, out, passphrase)
    finally:
        db.close()
    return out

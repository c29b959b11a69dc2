"""Encrypted stores: SQLCipher connections, telling plain from encrypted files, passphrase rules, and
rewriting a store under a new key (encrypting a plain store, changing a passphrase) so that a kill at any
moment leaves either the old file or the new one, whole.

The passphrase is only ever passed to SQLCipher: it never goes into a log line, an exception, a file
name or a setting. Plain stores keep using the standard library's sqlite3.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import sqlcipher3

from db.errors import QT_TRANSLATE_NOOP, StoreError

SQLITE_HEADER = b"SQLite format 3\x00"
KDF_ITERATIONS = 256_000  # SQLCipher 4's default: PBKDF2-HMAC-SHA512, a 32-byte key from the file's 16-byte salt
CACHE_KIB = 64 * 1024     # decrypted pages kept per connection, so a search does not decrypt the same pages again
MIN_PASSPHRASE = 8
ENCRYPTING_SUFFIX = ".encrypting"   # the new file, beside the store, until it is swapped in
OLD_PLAIN_SUFFIX = ".plain-old"     # a second name of the plain original, until it is overwritten

# Errors of either driver: sqlcipher3's classes do not derive from sqlite3's.
DATABASE_ERRORS = (sqlite3.DatabaseError, sqlcipher3.DatabaseError)
OPERATIONAL_ERRORS = (sqlite3.OperationalError, sqlcipher3.OperationalError)

STRENGTH = {
    "weak": QT_TRANSLATE_NOOP("Passphrase", "Weak: use more words or characters"),
    "fair": QT_TRANSLATE_NOOP("Passphrase", "Fair: a few more characters make it strong"),
    "strong": QT_TRANSLATE_NOOP("Passphrase", "Strong"),
}
PROBLEMS = {
    "empty": QT_TRANSLATE_NOOP("Passphrase", "The passphrase is empty."),
    "short": QT_TRANSLATE_NOOP("Passphrase", "The passphrase must have at least {n} characters."),
    "mismatch": QT_TRANSLATE_NOOP("Passphrase", "The two passphrases are not the same."),
}


def file_kind(path: str | os.PathLike) -> str:
    """"missing" (absent or empty), "plain" (an SQLite file), "encrypted" (it may be SQLCipher's) or "foreign".

    An SQLCipher file starts with 16 random bytes and is a whole number of pages long; a text file, a
    PDF or a truncated copy is not, so those are told apart without a passphrase.
    """
    path = Path(path)
    if not path.exists() or (path.is_file() and path.stat().st_size == 0):
        return "missing"
    if not path.is_file():
        return "foreign"
    size = path.stat().st_size
    with open(path, "rb") as fh:
        head = fh.read(16)
    if head == SQLITE_HEADER:
        return "plain"
    if size < 1024 or size % 512 or all(32 <= b < 127 or b in (9, 10, 13) for b in head):
        return "foreign"
    return "encrypted"


def passphrase_problem(passphrase: str | None, repeated: str | None = None) -> tuple[str, dict] | None:
    """Why a passphrase cannot be used for a new key (a PROBLEMS key and its parameters), or None."""
    if passphrase is None or not passphrase.strip():
        return "empty", {}
    if len(passphrase) < MIN_PASSPHRASE:
        return "short", {"n": MIN_PASSPHRASE}
    if repeated is not None and repeated != passphrase:
        return "mismatch", {}
    return None


def strength(passphrase: str) -> str:
    """A rough hint ("weak", "fair", "strong") from length and kinds of characters; not a guarantee."""
    kinds = sum((any(c.islower() for c in passphrase), any(c.isupper() for c in passphrase),
                 any(c.isdigit() for c in passphrase), any(not c.isalnum() for c in passphrase)))
    score = len(passphrase) + 3 * kinds + (6 if passphrase.count(" ") >= 2 else 0)
    if len(passphrase) < MIN_PASSPHRASE or score < 16:
        return "weak"
    return "fair" if score < 24 else "strong"


def _quoted(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


# Keys derived from a passphrase and a file's salt in this process: a worker thread's connection, a backup
# or a reopening then skips the deliberately slow derivation. Only keys that opened a file are kept.
_derived: dict[tuple[str, bytes], bytes] = {}


def _key_statement(path, passphrase: str) -> tuple[str, tuple[str, bytes] | None, bytes | None]:
    """PRAGMA key for `path`: the raw key (derived here once, as SQLCipher would) for an existing
    encrypted file, the passphrase itself for a new file (SQLCipher then picks the salt)."""
    if file_kind(path) != "encrypted":
        return f"PRAGMA key = {_quoted(passphrase)}", None, None
    with open(path, "rb") as fh:
        salt = fh.read(16)
    known = (passphrase, salt)
    key = _derived.get(known) or hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, 32)
    return f"PRAGMA key = \"x'{key.hex()}{salt.hex()}'\"", known, key


def connect(path: str | os.PathLike, passphrase: str, timeout: float = 5.0):
    """An SQLCipher connection keyed with `passphrase`; StoreError("wrong_passphrase") when it does not
    open the file. Nothing is written to the file before the key is known to be right."""
    if not passphrase or not passphrase.strip():
        raise StoreError("empty_passphrase", str(path))
    statement, known, key = _key_statement(path, passphrase)
    conn = sqlcipher3.connect(str(path), timeout=timeout, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # SQLCipher logs failed page checks on stderr
        conn.execute(statement)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if known is not None:
            _derived[known] = key
        conn.execute("PRAGMA temp_store = MEMORY")  # sorts and temporary tables never touch the disk
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    except sqlcipher3.DatabaseError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            conn.close()
            raise StoreError("locked", str(path), str(exc)) from None
        first_page_fails = _first_page_fails(conn)
        conn.close()
        if first_page_fails:
            raise StoreError("wrong_passphrase", str(path)) from None
        raise StoreError("damaged", str(path), str(exc)) from None
    return conn


def _first_page_fails(conn) -> bool:
    """True when the key does not decrypt page 1 (a wrong passphrase); False when page 1 is fine and
    the trouble is further on (a truncated or damaged file)."""
    try:
        row = conn.execute("PRAGMA cipher_integrity_check").fetchone()
    except sqlcipher3.DatabaseError:
        return True
    return row is not None and str(row[0]).endswith(" page 1")


def connect_any(path: str | os.PathLike, passphrase: str | None, timeout: float = 5.0):
    """A connection to a plain file (sqlite3) or an encrypted one (SQLCipher), whichever the file is."""
    kind = file_kind(path)
    if kind == "foreign":
        raise StoreError("foreign", str(path))
    if kind == "encrypted":
        if passphrase is None:
            raise StoreError("needs_passphrase", str(path))
        return connect(path, passphrase, timeout)
    return sqlite3.connect(str(path), timeout=timeout, isolation_level=None)


def table_counts(conn) -> dict[str, int]:
    """Rows per table (FTS shadow tables included): what a copy must hold to be the same store."""
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def check_copy(conn, expected: dict[str, int] | None, path: Path) -> dict[str, int]:
    """Integrity check and row counts of a copy; StoreError("damaged") when either is wrong."""
    try:
        result = conn.execute("PRAGMA integrity_check").fetchall()
        counts = table_counts(conn)
    except DATABASE_ERRORS as exc:
        raise StoreError("damaged", str(path), str(exc)) from None
    if result != [("ok",)]:
        raise StoreError("damaged", str(path), "integrity_check")
    if expected is not None and counts != expected:
        raise StoreError("damaged", str(path), "row counts differ")
    return counts


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # Windows cannot open a folder; its renames are durable enough
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a folder; the rename itself is atomic
    finally:
        os.close(fd)


def remove_with_sidecars(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        side = Path(str(path) + suffix)
        if side.exists():
            side.unlink()


def overwrite_and_remove(path: Path) -> None:
    """Overwrite a file with zeros, flush it, then remove it (and its -wal/-shm).

    On an SSD or a copy-on-write file system the old blocks may survive elsewhere on the disk;
    docs/ENCRYPTION.md says so and recommends full-disk encryption as well.
    """
    for suffix in ("-wal", "-shm", ""):
        side = Path(str(path) + suffix)
        if not side.exists():
            continue
        size = side.stat().st_size
        with open(side, "r+b") as fh:
            block = b"\0" * (1 << 20)
            left = size
            while left > 0:
                fh.write(block[:min(left, len(block))])
                left -= len(block)
            fh.flush()
            os.fsync(fh.fileno())
        side.unlink()


def finish_pending(path: str | os.PathLike) -> None:
    """Overwrite a plain original left behind by an encryption that was stopped after the swap (the
    store is already the encrypted file), or drop its second name when it was stopped before."""
    path = Path(path)
    old = Path(str(path) + OLD_PLAIN_SUFFIX)
    try:
        if not old.exists() or not path.exists():
            return
        if os.path.samefile(old, path):  # stopped before the swap: the second name of the store itself
            old.unlink()
        elif file_kind(path) == "encrypted":
            overwrite_and_remove(old)
    except FileNotFoundError:
        pass  # another process finished it first


def rewrite(path: str | os.PathLike, old_passphrase: str | None, new_passphrase: str,
            on_step: Callable[[str], None] | None = None, timeout: float = 5.0) -> dict[str, int]:
    """Write the store at `path` anew under `new_passphrase` and swap it in; returns the row counts.

    `old_passphrase` None means the store is plain (encrypting it); otherwise it is its current key
    (changing the passphrase). Steps, each reported to `on_step`: "exported" (the new file is written
    beside the store), "checked" (integrity and row counts match), "swapped" (the new file has the
    store's name), "removed" (the plain original is overwritten and gone). Until "swapped" the store
    is the old file; from then on it is the new one. No other connection may be open on the store.
    """
    path = Path(path)
    step = on_step or (lambda _name: None)
    problem = passphrase_problem(new_passphrase)
    if problem:
        raise StoreError("empty_passphrase" if problem[0] == "empty" else "short_passphrase", str(path))
    finish_pending(path)
    new = Path(str(path) + ENCRYPTING_SUFFIX)
    plain = old_passphrase is None
    kind = file_kind(path)
    if kind == "missing":
        raise StoreError("missing", str(path))
    if plain and kind != "plain":
        raise StoreError("already_encrypted" if kind == "encrypted" else "foreign", str(path))
    if not plain and kind != "encrypted":
        raise StoreError("not_encrypted" if kind == "plain" else "foreign", str(path))
    source = sqlcipher3.connect(str(path), timeout=timeout, isolation_level=None) if plain \
        else connect(path, old_passphrase, timeout)
    try:
        source.execute("PRAGMA cipher_log_level = NONE")
        take_alone(source, path)
        remove_with_sidecars(new)  # a half-written copy of a rewrite that was stopped
        expected = table_counts(source)
        app_id = source.execute("PRAGMA application_id").fetchone()[0]
        user_version = source.execute("PRAGMA user_version").fetchone()[0]
        source.execute(f"ATTACH DATABASE {_quoted(str(new))} AS fresh KEY {_quoted(new_passphrase)}")
        source.execute("SELECT sqlcipher_export('fresh')")
        source.execute(f"PRAGMA fresh.application_id = {int(app_id)}")
        source.execute(f"PRAGMA fresh.user_version = {int(user_version)}")
        source.execute("DETACH DATABASE fresh")
    except BaseException as exc:
        source.close()
        remove_with_sidecars(new)
        if isinstance(exc, (OSError, *DATABASE_ERRORS)):
            raise StoreError("write_failed", str(path), type(exc).__name__) from None
        raise
    source.close()
    fsync_file(new)
    step("exported")
    check = connect(new, new_passphrase)
    try:
        check_copy(check, expected, new)
        check.execute("PRAGMA journal_mode = WAL")
    except BaseException:
        check.close()
        remove_with_sidecars(new)
        raise
    check.close()
    step("checked")
    old = Path(str(path) + OLD_PLAIN_SUFFIX)
    if plain:
        _second_name(path, old)
    os.replace(new, path)
    fsync_dir(path.parent)
    for suffix in ("-wal", "-shm"):  # the old file's, empty after the checkpoint; never the new one's
        side = Path(str(path) + suffix)
        if side.exists():
            side.unlink()
    step("swapped")
    if plain:
        overwrite_and_remove(old)
        step("removed")
    return expected


def take_alone(conn, path: Path) -> None:
    """Make `conn` the only connection to the store until it closes, with everything in the main file.

    Leaving WAL mode succeeds only when no other connection has the file open, so a store open in the
    app (or another command) is refused instead of being swapped away under it.
    """
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
    except DATABASE_ERRORS as exc:
        raise StoreError("locked", str(path), "open elsewhere") from exc
    if mode.lower() != "delete":
        raise StoreError("locked", str(path), "open elsewhere")


def _second_name(path: Path, old: Path) -> None:
    """Keep the plain original reachable under a second name, so it can be overwritten after the swap."""
    if old.exists():
        old.unlink()
    try:
        os.link(path, old)
    except OSError:  # a file system without hard links: a copy, overwritten and removed the same way
        import shutil

        shutil.copyfile(path, old)

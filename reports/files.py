"""Writing files safely: whole or not at all (a temporary file beside the target, then an atomic rename),
and file names that are valid on Windows, macOS and Linux. The one place for both (after Picard's
picard/util/filenaming.py)."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
MAX_STEM = 150


def safe_file_name(stem: str, fallback: str = "jobbro") -> str:
    """A file name stem without path separators or reserved characters ("Lager A/S" is not a folder)."""
    text = _UNSAFE.sub("-", stem)
    text = re.sub(r"\s+", " ", text).strip(" .")
    return text[:MAX_STEM].rstrip(" .") or fallback


def _new_file_mode(target: Path) -> int:
    """The mode the target has, or an ordinary new file's (mkstemp makes owner-only files)."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def _naming_target(exc: OSError, target: Path) -> OSError:
    """The same kind of error, but naming the file the user chose rather than the temporary one."""
    if exc.errno is None:
        return exc
    strerror = exc.strerror or str(exc)
    if not isinstance(exc, PermissionError):
        strerror = f"{strerror} ({target})"
    return type(exc)(exc.errno, strerror, str(target))


def write_atomically(path: str | os.PathLike, write: Callable[[Path], T]) -> T:
    """Call `write(temporary_path)`, then move the file into place at `path`; returns what `write` returned.

    The file at `path` is either the old one or the complete new one, never a torn mix; on any failure
    (or a cancel raised inside `write`) the temporary file is removed. OSErrors name `path`.
    """
    target = Path(path)
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent or ".")
    except OSError as exc:
        raise _naming_target(exc, target) from exc
    os.close(fd)
    try:
        result = write(Path(temp))
        with open(temp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(temp, _new_file_mode(target))
        os.replace(temp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError):
            raise _naming_target(exc, target) from exc
        raise
    return result


def write_bytes_atomically(path: str | os.PathLike, data: bytes) -> None:
    write_atomically(path, lambda temp: temp.write_bytes(data))

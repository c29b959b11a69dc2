"""Errors the store raises; their messages are English source texts the UI translates."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark a string for pyside6-lupdate without importing Qt; the UI translates it later."""
    return text


@dataclass(frozen=True)
class FieldError:
    """One problem with one field: `message` is an English source text in context "Validation"."""

    field: str
    message: str
    params: dict = field(default_factory=dict)


class ValidationError(Exception):
    """A write was refused because one or more fields are invalid; nothing was written."""

    def __init__(self, errors: list[FieldError]):
        self.errors = list(errors)
        super().__init__("; ".join(f"{e.field}: {e.message.format(**e.params)}" for e in self.errors))


class StoreError(Exception):
    """The store file cannot be used. `kind` is one of the KINDS keys."""

    KINDS = {
        "readonly": QT_TRANSLATE_NOOP(
            "StoreError", "The store file {path} is read-only. Jobbro needs to write to it."),
        "locked": QT_TRANSLATE_NOOP(
            "StoreError", "The store file {path} is locked by another program. Try again in a moment."),
        "newer": QT_TRANSLATE_NOOP(
            "StoreError", "The store file {path} was made by a newer version of Jobbro. Update Jobbro to open it."),
        "foreign": QT_TRANSLATE_NOOP(
            "StoreError", "The file {path} is not a Jobbro store."),
        "missing": QT_TRANSLATE_NOOP(
            "StoreError", "The store file {path} does not exist."),
        # Encryption (db/cipher.py); the passphrase itself is never part of a message.
        "wrong_passphrase": QT_TRANSLATE_NOOP(
            "StoreError", "The passphrase does not open {path}. Nothing was changed."),
        "needs_passphrase": QT_TRANSLATE_NOOP(
            "StoreError", "The store file {path} is encrypted and needs its passphrase."),
        "empty_passphrase": QT_TRANSLATE_NOOP(
            "StoreError", "The passphrase for {path} is empty."),
        "short_passphrase": QT_TRANSLATE_NOOP(
            "StoreError", "The new passphrase for {path} is too short."),
        "already_encrypted": QT_TRANSLATE_NOOP(
            "StoreError", "The store file {path} is already encrypted."),
        "not_encrypted": QT_TRANSLATE_NOOP(
            "StoreError", "The store file {path} is not encrypted, so it has no passphrase."),
        "disk_full": QT_TRANSLATE_NOOP(
            "StoreError", "The backup could not be written to {path}: the disk is full or failing. Nothing was changed."),
        "backup_folder": QT_TRANSLATE_NOOP(
            "StoreError", "The backup folder {path} cannot be written to. Choose another folder in Settings."),
        "write_failed": QT_TRANSLATE_NOOP(
            "StoreError", "Jobbro could not write the new file beside {path}; the disk may be full. The store is unchanged."),
        "empty": QT_TRANSLATE_NOOP(
            "StoreError", "The store file {path} is an empty file (0 bytes): it holds no Jobbro data."),
        "truncated": QT_TRANSLATE_NOOP(
            "StoreError", "The store file {path} is incomplete: part of the file is missing (an interrupted "
                          "copy?). Jobbro does not open it. Restore the store from a backup."),
        "damaged": QT_TRANSLATE_NOOP(
            "StoreError", "The store file {path} is damaged. Jobbro does not open it, so that nothing more is lost. "
                          "Restore the store from a backup, and keep the damaged file for IT."),
        # The same sentence the GUI shows for a write that waited in vain (ui/errors.py).
        "busy": QT_TRANSLATE_NOOP(
            "StoreError", "The store is busy in another window or program. Try again in a moment."),
    }

    def __init__(self, kind: str, path: str, detail: str = ""):
        self.kind = kind
        self.path = path
        self.detail = detail
        super().__init__(self.KINDS[kind].format(path=path) + (f" ({detail})" if detail else ""))


class NotFound(LookupError):
    """A record asked for by id does not exist (it may have been deleted meanwhile)."""


def store_failure(exc: BaseException, path: str) -> StoreError | None:
    """The StoreError an SQLite error on an open store amounts to (busy, damaged, read-only), or None.

    Callers that cannot know every SQL error a long command may meet (the command line, the GUI's
    last-resort handler) turn them into the same sentences the store's own checks use."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return None
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return StoreError("busy", path)
    if "malformed" in text or "not a database" in text or "corrupt" in text or "disk i/o" in text:
        return StoreError("damaged", path)
    if "readonly" in text or "read-only" in text:
        return StoreError("readonly", path)
    return None

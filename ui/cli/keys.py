"""Passphrases on the command line: from JOBBRO_PASSPHRASE or a terminal prompt, never from an argument.

Every command opens its store through `open_store` here, so each works on plain and encrypted stores.
"""

from __future__ import annotations

import getpass
import os
import sys


from db.store import Store
from db import cipher
from db.errors import StoreError
from db.store import StoreFile
from ui.i18n import translate

ENV = "JOBBRO_PASSPHRASE"
ENV_NEW = "JOBBRO_NEW_PASSPHRASE"
ENV_BACKUP = "JOBBRO_BACKUP_PASSPHRASE"
_warned: set[str] = set()


class PassphraseProblem(Exception):
    """A passphrase that cannot be used; the message is translated and names no secret."""


def from_env(name: str) -> str | None:
    value = os.environ.get(name)
    if value is not None and not value.strip():
        raise PassphraseProblem(translate("cli", "{name} is set but empty.").format(name=name))
    return value


def _prompt(text: str) -> str | None:
    if not sys.stdin.isatty():
        return None
    value = getpass.getpass(text)
    if not value.strip():
        raise PassphraseProblem(translate("Passphrase", cipher.PROBLEMS["empty"]))
    return value


def current_passphrase(path, env: str = ENV) -> str:
    """The passphrase of an encrypted file: the environment variable `env`, else a prompt."""
    value = from_env(env) or _prompt(translate("cli", "Passphrase for {path}: ").format(path=path))
    if value is None:
        raise PassphraseProblem(translate("cli", "{path} is encrypted: set {name} or run the command in a "
                                          "terminal to be asked for the passphrase.").format(path=path, name=env))
    return value


def new_passphrase(env: str) -> str:
    """A new passphrase: the environment variable `env`, else asked twice on the terminal; checked."""
    value = from_env(env)
    repeated = value
    if value is None:
        value = _prompt(translate("cli", "New passphrase (at least {n} characters): ").format(n=cipher.MIN_PASSPHRASE))
        if value is None:
            raise PassphraseProblem(translate("cli", "Set {name} or run the command in a terminal to be asked "
                                              "for the new passphrase.").format(name=env))
        repeated = getpass.getpass(translate("cli", "The same passphrase again: "))
    problem = cipher.passphrase_problem(value, repeated)
    if problem:
        raise PassphraseProblem(translate("Passphrase", cipher.PROBLEMS[problem[0]]).format(**problem[1]))
    return value


def store_file(path, *, create: bool = True) -> StoreFile:
    """The StoreFile for `path` with the passphrase it needs (none for a plain file)."""
    kind = cipher.file_kind(path)
    if kind == "encrypted":
        return StoreFile(path, current_passphrase(path))
    if kind == "plain":
        if os.environ.get(ENV) and str(path) not in _warned:
            _warned.add(str(path))
            print(translate("cli", "Note: {path} is not encrypted, so {name} is not used. "
                            "`jobbro encrypt --db FILE` encrypts it.").format(path=path, name=ENV), file=sys.stderr)
        return StoreFile(path)
    if kind == "missing" and create:
        passphrase = from_env(ENV)  # a new store is encrypted when a passphrase is set
        if passphrase is not None:
            problem = cipher.passphrase_problem(passphrase)
            if problem:
                raise PassphraseProblem(translate("Passphrase", cipher.PROBLEMS[problem[0]]).format(**problem[1]))
        return StoreFile(path, passphrase)
    return StoreFile(path)


def open_store(path, *, create: bool = True) -> Store:
    """db.store.open_store for commands: asks for the passphrase an encrypted store needs.

    Raises StoreError as db.store.open_store does; a passphrase problem becomes StoreError too."""
    try:
        return store_file(path, create=create).open(create=create)
    except PassphraseProblem as exc:
        error = StoreError("needs_passphrase", str(path))
        error.hint = str(exc)  # translated advice, shown after the message by ui.messages.store_error
        raise error from None


def open_named(args, dest: str, *, create: bool = False) -> tuple[Store | None, int]:
    """The store a command names with its own `--db` (`dest`) or the one before the command, opened;
    or None and the exit code, the reason said on stderr (no file named, or it cannot be opened)."""
    from ui.cli import fail  # the package imports its commands, which import this module
    from ui.messages import store_error

    path = getattr(args, dest, None) or getattr(args, "db", None)
    if not path:
        return None, fail(translate("cli", "Name the store file with --db FILE."))
    try:
        return open_store(path, create=create), 0
    except StoreError as exc:
        return None, fail(store_error(exc))

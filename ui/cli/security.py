"""`jobbro encrypt`, `jobbro passphrase`, `jobbro backup` and `jobbro restore`: the store's protection
from the command line. Passphrases come from the environment or a terminal prompt (ui/cli/keys.py)."""

from __future__ import annotations

import argparse
import os
from datetime import datetime
from pathlib import Path

from db import backup, cipher
from db.errors import StoreError
from db.store import StoreFile
from ui import settings
from ui.cli import fail
from ui.cli.keys import (ENV, ENV_BACKUP, ENV_NEW, PassphraseProblem, current_passphrase, from_env, new_passphrase,
                         store_file)
from ui.i18n import translate
from ui.messages import store_error

NAMES = ("encrypt", "passphrase", "backup", "restore")


def register(subparsers) -> None:
    db_help = translate("cli", "the store file")
    p = subparsers.add_parser(
        "encrypt", help=translate("cli", "encrypt a plain store with a passphrase"),
        description=translate("cli", "Encrypt a plain store: the encrypted copy is written beside it, checked, and "
                              "swapped in; then the plain original is overwritten and removed. The passphrase "
                              "comes from {env} or is asked for twice.").format(env=ENV))
    p.add_argument("--db", dest="sec_db", metavar="FILE", help=db_help)
    p.set_defaults(func=run_encrypt)
    p = subparsers.add_parser(
        "passphrase", help=translate("cli", "change the passphrase of an encrypted store"),
        description=translate("cli", "Change the passphrase: the current one from {env} or a prompt, the new one from "
                              "{new} or a prompt.").format(env=ENV, new=ENV_NEW))
    p.add_argument("--db", dest="sec_db", metavar="FILE", help=db_help)
    p.set_defaults(func=run_passphrase)
    p = subparsers.add_parser(
        "backup", help=translate("cli", "write a checked backup of the store"),
        description=translate("cli", "Write a backup with SQLite's online backup API (encrypted like the store), "
                              "check it, and give it its name."))
    p.add_argument("--db", dest="sec_db", metavar="FILE", help=db_help)
    p.add_argument("--out", required=True, metavar="FILE",
                   help=translate("cli", "the backup file, or a folder to put a dated backup in"))
    p.set_defaults(func=run_backup)
    p = subparsers.add_parser(
        "restore", help=translate("cli", "put a backup in place of the store"),
        description=translate("cli", "Check a backup and put it in place of the store; the store as it was is "
                              "kept as a backup of its own first. A backup made with another passphrase "
                              "reads it from {env}.").format(env=ENV_BACKUP))
    p.add_argument("--db", dest="sec_db", metavar="FILE", help=db_help)
    p.add_argument("--from", dest="source", required=True, metavar="BACKUP", help=translate("cli", "the backup file"))
    p.add_argument("--keep", metavar="FOLDER",
                   help=translate("cli", "where to keep the store as it was (default: the backup folder of the settings)"))
    p.set_defaults(func=run_restore)


def _path(args) -> Path | None:
    path = args.sec_db or getattr(args, "db", None)
    return Path(path) if path else None


def _guarded(work):
    """Run `work` and turn its expected failures into a message and exit code 2."""
    try:
        return work()
    except StoreError as exc:
        return fail(store_error(exc))
    except PassphraseProblem as exc:
        return fail(str(exc))


def run_encrypt(args: argparse.Namespace) -> int:
    path = _path(args)
    if path is None:
        return fail(translate("cli", "Name the store file with --db FILE."))

    def work() -> int:
        kind = cipher.file_kind(path)
        if kind != "plain":
            raise StoreError({"encrypted": "already_encrypted", "missing": "missing"}.get(kind, "foreign"), str(path))
        StoreFile(path).open(create=False).close()  # a Jobbro store, migrated, not newer
        counts = cipher.rewrite(path, None, new_passphrase(ENV))
        print(translate("cli", "Encrypted {path}: {tables} tables checked, the same rows in each. The plain original "
                        "was overwritten and removed. A forgotten passphrase cannot be recovered.").format(
            path=path, tables=len(counts)))
        return 0

    return _guarded(work)


def run_passphrase(args: argparse.Namespace) -> int:
    path = _path(args)
    if path is None:
        return fail(translate("cli", "Name the store file with --db FILE."))

    def work() -> int:
        kind = cipher.file_kind(path)
        if kind != "encrypted":
            raise StoreError({"plain": "not_encrypted", "missing": "missing"}.get(kind, "foreign"), str(path))
        old = current_passphrase(path)
        cipher.connect(path, old).close()  # a wrong current passphrase is told before a new one is asked for
        cipher.rewrite(path, old, new_passphrase(ENV_NEW))
        print(translate("cli", "The passphrase of {path} is changed. Backups made before keep the old one.").format(path=path))
        return 0

    return _guarded(work)


def run_backup(args: argparse.Namespace) -> int:
    path = _path(args)
    if path is None:
        return fail(translate("cli", "Name the store file with --db FILE."))
    out = Path(args.out)
    if out.is_dir() or args.out.endswith(("/", os.sep)):
        out = out / backup.backup_name("manual", datetime.now())

    def work() -> int:
        store = store_file(path, create=False)
        db = store.open(create=False)
        try:
            counts = backup.write_backup(db, out, store.passphrase)
        finally:
            db.close()
        print(translate("cli", "Backup written and checked: {out} ({candidates} candidates, {companies} companies).").format(
            out=out, candidates=counts.get("candidates", 0), companies=counts.get("companies", 0)))
        return 0

    return _guarded(work)


def run_restore(args: argparse.Namespace) -> int:
    path = _path(args)
    if path is None:
        return fail(translate("cli", "Name the store file with --db FILE."))
    source = Path(args.source)
    keep = Path(args.keep) if args.keep else Path(settings.get("backup_folder"))

    def work() -> int:
        if source.resolve() == path.resolve():
            raise StoreError("foreign", str(source))
        passphrase = current_passphrase(path) if cipher.file_kind(path) == "encrypted" else None
        source_passphrase = None
        if cipher.file_kind(source) == "encrypted":
            source_passphrase = from_env(ENV_BACKUP) or passphrase or current_passphrase(source, ENV_BACKUP)
        kept = backup.restore(path, source, passphrase=passphrase, source_passphrase=source_passphrase, keep_folder=keep)
        summary = backup.inspect(path, source_passphrase).summary()
        print(translate("cli", "Restored {path} from {source} ({candidates} candidates, {companies} companies).").format(
            path=path, source=source, candidates=summary["candidates"], companies=summary["companies"]))
        if kept:
            print(translate("cli", "The store as it was is kept in {kept}.").format(kept=kept))
        return 0

    return _guarded(work)

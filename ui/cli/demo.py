"""`jobbro demo`: fill a store with fictitious demo data from the command line."""

from __future__ import annotations

import argparse
import sys
import time

from db.store import close_store
from db import demo
from db.errors import StoreError
from ui.cli import fail, file_name
from ui.cli.keys import open_store
from ui.i18n import translate
from ui.messages import store_error


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "demo", help=translate("cli", "fill a store with fictitious demo data"),
        description=translate("cli", "Fill a new store with fictitious Danish companies, needs, candidates and "
                              "contacts."))
    # Its own dest, so that `jobbro --db FILE demo` and `jobbro demo --db FILE` both work.
    parser.add_argument("--db", dest="demo_db", type=file_name, metavar="FILE",
                        help=translate("cli", "the store file to fill"))
    for name, default in demo.DEFAULT_COUNTS.items():
        parser.add_argument(f"--{name}", type=_count, default=default, metavar="N",
                            help=translate("cli", "how many to create (default {n})").format(n=default))
    parser.add_argument("--seed", type=int, default=1,
                        help=translate("cli", "random seed; the same seed gives the same data"))
    parser.add_argument("--consultant", action="append", metavar="NAME",
                        help=translate("cli", "a consultant name to use (repeat for several; the first gets follow-ups)"))
    parser.add_argument("--force", action="store_true",
                        help=translate("cli", "add demo data even when the store already has records"))
    parser.set_defaults(func=run)


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(translate("cli", "must be 0 or more"))
    return value


def run(args: argparse.Namespace) -> int:
    path = args.demo_db or getattr(args, "db", None)
    if not path:
        return fail(translate("cli", "Name the store file with --db FILE."))
    try:
        db = open_store(path)
    except StoreError as exc:
        return fail(store_error(exc))
    try:
        if not args.force and not demo.is_empty(db):
            return fail(translate("cli", "The store {path} already has records; demo data is only added to an empty "
                                  "store. Use --force to add it anyway.").format(path=path))
        print(translate("cli", "Creating demo data in {path} ...").format(path=path), flush=True)
        started = time.monotonic()
        counts = demo.create(db, companies=args.companies, candidates=args.candidates, needs=args.needs,
                             contacts=args.contacts, seed=args.seed, consultants=args.consultant,
                             progress=_printer())
        seconds = time.monotonic() - started
    finally:
        close_store(db)
    print(translate("cli", "Created {companies} companies with {persons} contact persons, {needs} needs, "
                    "{candidates} candidates and {contacts} contacts ({follow_ups} with a follow-up) "
                    "in {seconds:.1f} seconds.").format(
        companies=counts.get("companies", 0), persons=counts.get("contact_persons", 0),
        needs=counts.get("needs", 0), candidates=counts.get("candidates", 0), contacts=counts.get("contacts", 0),
        follow_ups=counts.get("follow_ups", 0), seconds=seconds))
    return 0


def _printer():
    """Print progress in steps of ten percent: readable in a terminal and in a log file alike."""
    last = [-1]

    def report(done: int, total: int) -> None:
        step = done * 10 // total if total else 10
        if step != last[0]:
            last[0] = step
            print(translate("cli", "{percent} % done").format(percent=step * 10), file=sys.stderr, flush=True)

    return report

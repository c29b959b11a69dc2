"""`jobbro import KIND FILE` and `jobbro export KIND --out FILE`: lists in and out from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from db import exporting, importing, read_audit
from db.importing import columns
from ui.cli.keys import open_named
from reports import export
from ui import settings
from ui.services import import_report
from ui.cli import fail, file_name
from ui.i18n import translate

# The subcommands this module adds (ui.cli tells the GUI from a command by these names).
NAMES = ("import", "export")
REJECTED = 2


def register(subparsers) -> None:
    kinds = ", ".join(importing.KINDS)
    parser = subparsers.add_parser(
        "import", help=translate("cli", "import companies, contact persons, candidates, needs or logged contacts"),
        description=translate("cli", "Import a CSV or Excel (.xlsx) file. Every row is checked first; the file goes in "
                       "as a whole or not at all. Exit code 0: the file went in (or, with --dry-run, would); "
                       "2: it was rejected and the store is unchanged."))
    parser.add_argument("kind", choices=importing.KINDS, metavar="KIND",
                        help=translate("cli", "what the file holds: {kinds}").format(kinds=kinds))
    parser.add_argument("file", metavar="FILE", type=file_name, help=translate("cli", "the CSV or .xlsx file"))
    parser.add_argument("--db", dest="io_db", type=file_name, metavar="FILE", help=translate("cli", "the store file"))
    parser.add_argument("--dry-run", action="store_true", help=translate("cli", "check and report only; write nothing"))
    parser.add_argument("--mapping", type=file_name, metavar="FILE",
                        help=translate("cli", "a column mapping saved from the import dialog"))
    parser.set_defaults(func=run_import)
    parser = subparsers.add_parser(
        "export", help=translate("cli", "export a list to CSV or Excel (.xlsx)"),
        description=translate("cli", "Export all records of a kind in the columns the import reads."))
    parser.add_argument("kind", choices=importing.KINDS, metavar="KIND",
                        help=translate("cli", "what to export: {kinds}").format(kinds=kinds))
    parser.add_argument("--db", dest="io_db", type=file_name, metavar="FILE", help=translate("cli", "the store file"))
    parser.add_argument("--out", required=True, type=file_name, metavar="FILE",
                        help=translate("cli", "the file to write (.csv or .xlsx)"))
    parser.set_defaults(func=run_export)


def _open(args: argparse.Namespace):
    db, code = open_named(args, "io_db")  # only the app's first start and `demo` create a store
    if db is None:
        raise _Stop(code)
    return db


class _Stop(Exception):
    def __init__(self, code: int):
        self.code = code


def run_import(args: argparse.Namespace) -> int:
    try:
        saved = importing.load_mapping(args.mapping) if args.mapping else None
    except (OSError, ValueError) as exc:
        return fail(translate("cli", "The mapping file {path} cannot be used: {detail}").format(
            path=args.mapping, detail=getattr(exc, "strerror", None) or exc))
    problem = columns.saved_problem(saved, args.kind) if saved else None
    if problem:
        return fail(translate("cli", "The mapping file {path} cannot be used: {detail}").format(
            path=args.mapping, detail=translate("Import", problem[0]).format(**problem[1])))
    try:
        db = _open(args)
    except _Stop as stop:
        return stop.code
    try:
        return _import(db, args, saved)
    except KeyboardInterrupt:
        return fail(translate("cli", "Cancelled. Nothing was written."), 130)
    finally:
        db.close()


def _import(db, args: argparse.Namespace, saved: dict | None) -> int:
    who = settings.get("consultant_name") or "?"
    try:
        table = importing.read_table(args.file)
    except importing.ImportFailure as exc:
        return fail(translate("cli", "{file}: {problem}").format(
            file=args.file, problem=import_report.failure(exc)), REJECTED)
    mapping = importing.match(table.headers, args.kind, saved)
    plan = importing.build(db, table, mapping, who=who, progress=_printer(translate("cli", "Checking")))
    for line in import_report.lines(plan):
        print(line)
    print(import_report.summary(plan))
    if not plan.ok:
        print(translate("cli", "The file was rejected. Nothing was written."))
        return REJECTED
    if args.dry_run:
        print(translate("cli", "Dry run: nothing was written. The file can be imported as it is."))
        return 0
    try:
        plan = importing.apply(db, plan, who=who, progress=_printer(translate("cli", "Writing")))
    except importing.ImportFailure as exc:
        return fail(import_report.failure(exc), REJECTED)
    print(translate("cli", "The file went in: {summary}.").format(summary=import_report.summary(plan)))
    return 0


def run_export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.is_dir():
        return fail(translate("cli", "Cannot write to {path}: it is a folder. Name a file, e.g. {example}.").format(
            path=args.out, example=out / f"{args.kind}.xlsx"))
    if export.format_of(args.out) == "csv" and not args.out.lower().endswith(".csv"):
        return fail(translate("cli", "The output file must end in .csv or .xlsx."))
    if not out.parent.is_dir():
        return fail(translate("cli", "Cannot write to {path}: the folder {folder} does not exist.").format(
            path=args.out, folder=out.parent))
    try:
        db = _open(args)
    except _Stop as stop:
        return stop.code
    try:
        rows = exporting.rows(db, args.kind)
        count = export.write(args.out, exporting.headers(args.kind), rows, sheet=args.kind)
        if table := exporting.person_table(args.kind):  # exporting a person's record is a read of it (PRIVACY.md)
            read_audit.record(db, who=settings.get("consultant_name"), kind="export", table=table,
                              ids=exporting.all_ids(db, args.kind))
    except OSError as exc:
        return fail(translate("cli", "{path} could not be written: {detail}").format(
            path=args.out, detail=exc.strerror or exc))
    finally:
        db.close()
    print(translate("cli", "Wrote {count} rows to {path}.").format(count=count, path=args.out))
    return 0


def _printer(phase: str):
    """Progress on stderr in steps of ten percent, and only for files big enough to need it."""
    last = [-1]

    def report(done: int, total: int) -> None:
        if total < 5000:
            return
        step = done * 10 // total
        if step != last[0]:
            last[0] = step
            print(translate("cli", "{phase}: {percent} %").format(phase=phase, percent=step * 10), file=sys.stderr,
                  flush=True)

    return report

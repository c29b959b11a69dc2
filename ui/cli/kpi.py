"""`jobbro kpi`: Overblik's figures for a period as a JSON, xlsx or PDF report."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from db import kpi as store_kpi
from db.errors import StoreError
from db.store import close_store
from matching.kpi import Period
from ui.cli import fail, file_name
from ui.cli.keys import open_store
from ui.i18n import translate
from ui.messages import store_error

FORMATS = ("json", "xlsx", "pdf")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "kpi", help=translate("cli", "write Overblik's key figures as a report"),
        description=translate("cli", "Overblik: samarbejdsgrad, job orders, contacts and hires for a period "
                                     "(default the last 12 months), as JSON, xlsx or a two-page PDF."))
    parser.add_argument("--db", dest="kpi_db", type=file_name, metavar="FILE", help=translate("cli", "the store file to read"))
    parser.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help=translate("cli", "first day of the period"))
    parser.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help=translate("cli", "last day of the period"))
    parser.add_argument("--consultant", metavar="NAME", help=translate("cli", "only this consultant's companies"))
    parser.add_argument("--municipality", metavar="CODE", help=translate("cli", "only companies in this municipality"))
    parser.add_argument("--industry", metavar="CODE", help=translate("cli", "only companies in this industry"))
    parser.add_argument("--municipality-total", type=int, metavar="N",
                        help=translate("cli", "the municipality's number of companies with employees"))
    parser.add_argument("--format", choices=FORMATS, default="json", help=translate("cli", "the report's format"))
    parser.add_argument("--out", type=file_name, metavar="FILE", required=True, help=translate("cli", "the file to write"))
    parser.set_defaults(func=run)


def period_of(start: str | None, end: str | None, today: dt.date | None = None) -> Period:
    """The period the options name; a missing end is today, a missing start 12 months before the end."""
    last = dt.date.fromisoformat(end) if end else (today or dt.date.today())
    first = dt.date.fromisoformat(start) if start else Period.last_12_months(last).start
    if first > last:
        raise ValueError("from after to")
    return Period(first, last)


def write(report: dict, fmt: str, out: Path, scope: str) -> None:
    from reports.kpi_pdf import write_pdf
    from reports.kpi_xlsx import write_xlsx

    if fmt == "json":
        public = {k: v for k, v in report.items() if k not in ("drill", "names")}
        out.write_text(json.dumps(public, ensure_ascii=False, indent=2), encoding="utf-8")
    elif fmt == "xlsx":
        write_xlsx(report, out)
    else:
        write_pdf(report, out, scope=scope)


def run(args: argparse.Namespace) -> int:
    path = args.kpi_db or getattr(args, "db", None)
    if not path:
        return fail(translate("cli", "Name the store file with --db FILE."))
    try:
        period = period_of(args.start, args.end)
    except ValueError:
        return fail(translate("cli", "The period must be two dates YYYY-MM-DD, the first not after the last."))
    try:
        db = open_store(path, create=False)
    except StoreError as exc:
        return fail(store_error(exc))
    try:
        filters = store_kpi.Filters(args.consultant, args.municipality, args.industry)
        report = store_kpi.report(db, period, filters, municipality_total=args.municipality_total)
    finally:
        close_store(db)
    scope = args.consultant or "Alle konsulenter"
    write(report, args.format, Path(args.out), scope)
    print(translate("cli", "Wrote {path}").format(path=args.out))
    return 0

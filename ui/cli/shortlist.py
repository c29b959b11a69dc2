"""`jobbro shortlist`: a need's shortlist as a PDF for the company (anonymous without consent) or for internal use."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from db.store import close_store
from db import matching_data
from db.errors import NotFound, StoreError
from ui.cli.keys import open_store
from reports.pdf_fonts import FontNotFoundError
from reports.shortlist_data import VARIANTS
from ui.cli import fail, file_name, positive, record_id
from ui.i18n import translate
from ui.services.match_service import weights_from_settings
from ui.messages import store_error
from ui.services.shortlist_doc import ReportSettings, build_doc, candidate_ids, report_labels, write_pdf


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "shortlist", help=translate("cli", "write a need's shortlist as a PDF"),
        description=translate("cli", "Write a need's shortlist as a PDF: its saved shortlist, or else the best "
                                     "candidates of the ranking. The company version shows candidates without "
                                     "consent anonymously; the internal version shows everything. Exit code 0: "
                                     "written; 1: the PDF could not be written; 2: bad input (unknown need, a "
                                     "store that cannot be opened, an output path that cannot be written)."))
    # Its own dest, so that `jobbro --db FILE shortlist` and `jobbro shortlist --db FILE` both work.
    parser.add_argument("--db", dest="shortlist_db", type=file_name, metavar="FILE",
                        help=translate("cli", "the store file to read"))
    parser.add_argument("--need", type=record_id, required=True, metavar="ID", help=translate("cli", "the need's id"))
    parser.add_argument("--out", type=file_name, metavar="FILE.pdf",
                        help=translate("cli", "the PDF file to write (default: shortlist-need-ID.pdf here, "
                                              "shortlist-need-ID-internal.pdf for the internal variant)"))
    parser.add_argument("--variant", choices=VARIANTS, default="company",
                        help=translate("cli", "company (the default; anonymous without consent) or internal"))
    parser.add_argument("--top", type=positive, default=10, metavar="N",
                        help=translate("cli", "without a saved shortlist: how many of the best candidates (default 10)"))
    parser.add_argument("--job-centre", metavar="NAME",
                        help=translate("cli", "the job centre's name in the header (default: from the settings)"))
    parser.add_argument("--logo", type=file_name, metavar="FILE",
                        help=translate("cli", "a logo image for the header (default: from the settings)"))
    parser.add_argument("--consultant", metavar="NAME",
                        help=translate("cli", "the consultant named in the footer (default: from the settings)"))
    parser.add_argument("--date", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                        help=translate("cli", "date the shortlist and rank as on this date (default today)"))
    parser.set_defaults(func=run)


def default_out(need_id: int, variant: str) -> str:
    """A file name without personal data that says "intern" for the internal variant, so it is not e-mailed
    to the company by mistake."""
    stem = translate("cli", "shortlist-need-{id}").format(id=need_id)
    if variant == "internal":
        stem += "-" + translate("cli", "internal")
    return stem + ".pdf"


def run(args: argparse.Namespace) -> int:
    path = args.shortlist_db or getattr(args, "db", None)
    if not path:
        return fail(translate("cli", "Name the store file with --db FILE."))
    out = Path(args.out or default_out(args.need, args.variant))
    problem = _unwritable(out)
    if problem:
        return fail(problem)
    try:
        db = open_store(path, create=False)
    except StoreError as exc:
        return fail(store_error(exc))
    labels = report_labels(getattr(args, "lang", None))
    report = ReportSettings.from_settings(job_centre_name=args.job_centre, logo_path=args.logo,
                                          consultant_name=args.consultant)
    try:
        # the weights chosen in the app's settings, so the PDF explains the scores the app shows
        matcher = matching_data.build_matcher(db, weights_from_settings())
        doc = build_doc(db, matcher, args.need, variant=args.variant, top=args.top, today=args.date,
                        report=report, labels=labels)
    except NotFound:
        return fail(translate("cli", "There is no need with id {id}.").format(id=args.need))
    finally:
        close_store(db)
    try:
        result = write_pdf(doc, out, labels)
    except FontNotFoundError:
        return fail(translate("cli", "Cannot make the PDF: no font with Danish letters was found. Install DejaVu "
                                     "Sans (fonts-dejavu-core) or set JOBBRO_FONT_DIR to a folder holding it."), 1)
    except OSError as exc:
        return fail(translate("cli", "Could not write {path}: {reason}").format(
            path=out, reason=exc.strerror or exc), 1)
    _record_reads(path, candidate_ids(doc))
    for warning in result.warnings:
        print(translate("cli", "Warning: {message}").format(message=warning.message), file=sys.stderr)
    # "Label: number" needs no plural forms (lupdate does not mark translate(..., n) calls as plural)
    print(translate("cli", "Wrote {path}. Pages: {pages}. Candidates on the list: {count}.").format(
        path=out, pages=result.pages, count=len(doc.entries)))
    return 0


def _record_reads(path: str, ids: list[int]) -> None:
    """The PDF holds these people: a read entry for each (the store was closed while the PDF was written)."""
    from db import read_audit
    from ui import settings

    try:
        db = open_store(path, create=False)
    except StoreError as exc:
        print(translate("cli", "Warning: {message}").format(message=store_error(exc)), file=sys.stderr)
        return
    try:
        read_audit.record(db, who=settings.get("consultant_name"), kind="pdf", table="candidates", ids=ids)
    finally:
        close_store(db)


def _unwritable(out: Path) -> str | None:
    """Why the PDF cannot be written at `out`, checked before the work starts; None when it can."""
    folder = out.parent if str(out.parent) else Path(".")
    if out.is_dir():
        return translate("cli", "Cannot write the PDF to {path}: it is a folder.").format(path=out)
    if not folder.is_dir():
        return translate("cli", "Cannot write the PDF to {path}: the folder {folder} does not exist.").format(
            path=out, folder=folder)
    if not os.access(folder, os.W_OK | os.X_OK) or (out.exists() and not os.access(out, os.W_OK)):
        return translate("cli", "Cannot write the PDF to {path}: permission denied.").format(path=out)
    return None

"""`jobbro followups`: the open follow-ups, listed or written to an .ics file for the consultant's calendar."""

from __future__ import annotations

import argparse

from db import followups
from db.store import close_store
from ui import labels
from ui.cli import file_name
from ui.cli.keys import open_named
from ui.i18n import translate
from ui.services import followup_calendar


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "followups", help=translate("cli", "list the open follow-ups or export them to a calendar (.ics)"),
        description=translate("cli", "The open follow-ups (overdue, today's and coming), from logged contacts, "
                                     "hires and placements. With --ics they are written as a calendar file: one "
                                     "all-day event per follow-up, which a second export updates instead of "
                                     "adding again. Events name the company and the task, never a candidate."))
    parser.add_argument("--db", dest="followups_db", metavar="FILE", type=file_name,
                        help=translate("cli", "the store file to read"))
    parser.add_argument("--ics", metavar="OUT.ics", type=file_name,
                        help=translate("cli", "write the follow-ups to this calendar file"))
    parser.add_argument("--consultant", metavar="NAME",
                        help=translate("cli", "only this consultant's follow-ups (default: everyone's)"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    db, code = open_named(args, "followups_db")
    if db is None:
        return code
    try:
        if args.ics:
            count = followup_calendar.export(db, args.ics, consultant=args.consultant)
            print(translate("cli", "Wrote {count} follow-up(s) to {file}.").format(count=count, file=args.ics))
            return 0
        for row in followups.due(db, consultant=args.consultant, until=followups.ALL_OPEN):
            task = followup_calendar.task_text(row)
            print(f"{labels.date(row['follow_up_date'])}  {row['company']}  {task}  ({row['consultant'] or ''})")
        return 0
    finally:
        close_store(db)

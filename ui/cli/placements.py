"""`jobbro placements check|list`: may this company take one more person in a measure, and who is placed where."""

from __future__ import annotations

import argparse
import datetime as dt
import json

from db.store import close_store
from db import candidates, companies, placements, reference, validation
from db.errors import NotFound
from ui.cli.keys import open_named
from matching import measure_rules as R
from ui.cli import fail
from ui.i18n import translate

EXIT_ALLOWED, EXIT_BAD_INPUT, EXIT_RULE = 0, 2, 3


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "placements", help=translate("cli", "check the measure rules for a placement, or list placements"),
        description=translate("cli", "Placements: persons in praktik, løntilskud, fleksjob, IGU … at a company."))
    sub = parser.add_subparsers(dest="placements_command", metavar="ACTION", required=True)
    check = sub.add_parser(
        "check", help=translate("cli", "may the company take one more person in the measure?"),
        description=translate("cli", "Check the ratio rule at the company's workplaces, the measure in force and, "
                                     "with a candidate, who may use the measure. Nothing is written. Exit code 0: "
                                     "allowed; 3: a rule stands in the way (each rule's reason is printed); 2: bad "
                                     "input (unknown company, measure or candidate, a store that cannot be opened)."))
    _common(check)
    check.add_argument("--company", required=True, metavar="CVR", help=translate("cli", "the company's CVR number"))
    check.add_argument("--measure", required=True, metavar="CODE",
                       help=translate("cli", "the measure's code (internship, wage_subsidy, fleksjob, igu …)"))
    check.add_argument("--candidate", metavar="ID", help=translate("cli", "the candidate's id or external id"))
    check.add_argument("--date", metavar="YYYY-MM-DD", help=translate("cli", "the start day (default today)"))
    check.set_defaults(func=run_check)
    listing = sub.add_parser("list", help=translate("cli", "list placements"),
                             description=translate("cli", "List placements, newest first."))
    _common(listing)
    listing.add_argument("--company", metavar="CVR", help=translate("cli", "only this company's placements"))
    listing.add_argument("--status", choices=placements.STATUSES, help=translate("cli", "only placements with this status"))
    listing.set_defaults(func=run_list)


def _common(parser) -> None:
    # Its own dest, so that `jobbro --db FILE placements …` and `jobbro placements … --db FILE` both work.
    parser.add_argument("--db", dest="placements_db", metavar="FILE", help=translate("cli", "the store file to read"))
    parser.add_argument("--json", action="store_true", help=translate("cli", "write JSON"))


def _open(args):
    return open_named(args, "placements_db")


def _company(db, cvr: str) -> int | None:
    try:
        return companies.find_by_cvr(db, cvr)
    except validation.FieldProblem:
        return None


def _candidate(db, ref: str) -> int | None:
    found = candidates.find_by_external_id(db, ref)
    if found is not None:
        return found
    if ref.strip().isdigit() and candidates.exists(db, int(ref)):
        return int(ref)
    return None


def _render(verdict: R.Verdict) -> str:
    return verdict.render(lambda text: translate("Rules", text))


def _state(state: str) -> str:
    return {R.ALLOWED: translate("cli", "allowed"), R.LATER: translate("cli", "later"),
            R.REFUSED: translate("cli", "refused"), R.UNKNOWN: translate("cli", "unknown")}[state]


def run_check(args: argparse.Namespace) -> int:
    db, code = _open(args)
    if db is None:
        return code
    try:
        return _check(db, args)
    finally:
        close_store(db)


def _check(db, args) -> int:
    try:
        day = dt.date.fromisoformat(validation.date(args.date)) if args.date else dt.date.today()
    except validation.FieldProblem:
        return fail(translate("cli", "\"{value}\" is not a valid date (write it as dd-mm-yyyy).").format(value=args.date))
    company_id = _company(db, args.company)
    if company_id is None:
        return fail(translate("cli", "There is no company with CVR number {cvr}.").format(cvr=args.company))
    measures = [code for code, _ in reference.choices(db, "measures", include_inactive=True)]
    if args.measure not in measures:
        known = ", ".join(measures)
        return fail(translate("cli", "Unknown measure {code}. Known measures: {known}.").format(
            code=args.measure, known=known))
    candidate_id = None
    if args.candidate:
        candidate_id = _candidate(db, args.candidate)
        if candidate_id is None:
            return fail(translate("cli", "There is no candidate with id {id}.").format(id=args.candidate))
    try:
        verdicts = placements.check(db, company_id=company_id, measure=args.measure, candidate_id=candidate_id,
                                    day=day)
    except NotFound:
        return fail(translate("cli", "There is no company with CVR number {cvr}.").format(cvr=args.company))
    blocked = placements.stands_in_the_way(verdicts)
    if args.json:
        print(json.dumps({"company": args.company, "measure": args.measure, "candidate": candidate_id,
                          "date": day.isoformat(), "allowed": not blocked,
                          "rules": [{"state": v.state, "reason": _render(v),
                                     "opens_on": v.opens_on.isoformat() if v.opens_on else None,
                                     "source": v.source} for v in verdicts]}, ensure_ascii=False, indent=2))
    else:
        print(translate("cli", "Allowed.") if not blocked else translate("cli", "A rule stands in the way."))
        for v in verdicts:
            print(f"  [{_state(v.state)}] {_render(v)}")
            if v.source:
                print("      " + translate("cli", "Source: {source}").format(source=v.source))
    return EXIT_RULE if blocked else EXIT_ALLOWED


def run_list(args: argparse.Namespace) -> int:
    db, code = _open(args)
    if db is None:
        return code
    try:
        company_id = None
        if args.company:
            company_id = _company(db, args.company)
            if company_id is None:
                return fail(translate("cli", "There is no company with CVR number {cvr}.").format(cvr=args.company))
        rows = placements.listing(db, company_id=company_id, status=args.status)
    finally:
        close_store(db)
    keys = ("id", "candidate_id", "candidate_name", "company_cvr", "company_name", "workplace_p_number",
            "measure_code", "start_date", "end_date", "hours_per_week", "status", "outcome", "need_id")
    if args.json:
        print(json.dumps([{k: r[k] for k in keys} for r in rows], ensure_ascii=False, indent=2))
        return 0
    from ui.dialogs.placement_dialog import status_labels

    status = status_labels()
    for r in rows:
        shown = {**r, "status": status.get(r["status"], r["status"])}
        print("\t".join(str(shown[k]) if shown[k] is not None else "" for k in
                        ("id", "start_date", "end_date", "measure_name", "status", "company_name", "candidate_name")))
    print(translate("cli", "Placements: {count}").format(count=len(rows)))
    return 0

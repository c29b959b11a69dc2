"""`jobbro erase`, `jobbro person-export` and `jobbro retention`: the data subject's rights on the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from db.store import close_store
from db import erasure, retention
from db.errors import NotFound
from ui.cli.keys import open_named
from reports.pdf_fonts import FontNotFoundError
from ui import settings
from ui.cli import fail
from ui.i18n import translate

NAMES = ("erase", "person-export", "retention")
KINDS = {"candidate": "candidates", "contact-person": "contact_persons"}


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "erase", help=translate("cli", "erase a candidate or a contact person permanently"),
        description=translate("cli", "Erase a person permanently (the right to be forgotten): the person leaves every "
                                     "table, the search index and the file; a shortlist keeps an anonymous row. "
                                     "Without --yes it asks on a terminal and refuses without one. Exit code 0: "
                                     "erased; 2: bad input or not confirmed (nothing changed)."))
    parser.add_argument("kind", choices=list(KINDS), help=translate("cli", "candidate or contact-person"))
    parser.add_argument("id", type=int, metavar="ID", help=translate("cli", "the person's id"))
    parser.add_argument("--db", dest="privacy_db", metavar="FILE", help=translate("cli", "the store file"))
    parser.add_argument("--yes", action="store_true", help=translate("cli", "erase without asking"))
    parser.set_defaults(func=run_erase)
    parser = subparsers.add_parser(
        "person-export", help=translate("cli", "everything about one candidate as JSON or PDF"),
        description=translate("cli", "Write everything Jobbro holds about one candidate (access and portability): "
                                     "JSON for a machine (FILE.json) or a readable PDF for the person (FILE.pdf). "
                                     "The export is recorded in the person's history. Exit code 0: written; 1: "
                                     "the file could not be written; 2: bad input."))
    parser.add_argument("--db", dest="privacy_db", metavar="FILE", help=translate("cli", "the store file"))
    parser.add_argument("--candidate", type=int, required=True, metavar="ID", help=translate("cli", "the candidate's id"))
    parser.add_argument("--out", required=True, metavar="FILE", help=translate("cli", "FILE.json or FILE.pdf"))
    parser.set_defaults(func=run_export)
    parser = subparsers.add_parser(
        "retention", help=translate("cli", "list (or erase) what the retention rules select"),
        description=translate("cli", "List the people the retention rules select for erasure, with the reason "
                                     "(the rules and their periods are set in the app's settings). With --erase "
                                     "they are erased after the same checks (asks on a terminal unless --yes)."))
    parser.add_argument("--db", dest="privacy_db", metavar="FILE", help=translate("cli", "the store file"))
    parser.add_argument("--json", action="store_true", help=translate("cli", "write the list as JSON"))
    parser.add_argument("--erase", action="store_true", help=translate("cli", "erase everything listed"))
    parser.add_argument("--yes", action="store_true", help=translate("cli", "erase without asking"))
    parser.set_defaults(func=run_retention)


class _Stop(Exception):
    def __init__(self, code: int):
        self.code = code


def _open(args: argparse.Namespace):
    db, code = open_named(args, "privacy_db")
    if db is None:
        raise _Stop(code)
    return db


def _confirmed(question: str, yes: bool) -> bool:
    """--yes, or "ja"/"yes" typed on a terminal; without a terminal the answer is no."""
    if yes:
        return True
    if not sys.stdin.isatty():
        print(translate("cli", "Not erased: confirm with --yes (there is no terminal to ask on)."), file=sys.stderr)
        return False
    answer = input(question + " " + translate("cli", "Type yes to confirm:") + " ").strip().casefold()
    return answer in {"yes", "y", "ja", "j", translate("cli", "yes").casefold()}


def _guarded(run):
    def wrapper(args: argparse.Namespace) -> int:
        try:
            return run(args)
        except _Stop as stop:
            return stop.code
    return wrapper


@_guarded
def run_erase(args: argparse.Namespace) -> int:
    db = _open(args)
    table = KINDS[args.kind]
    try:
        try:
            name = erasure.name_of(db, table, args.id)
        except NotFound:
            return fail(translate("cli", "There is no {kind} with id {id}; nothing was erased.").format(
                kind=args.kind, id=args.id))
        if not _confirmed(translate("cli", "Erase {name} ({kind} {id}) permanently, with every link, shortlist note, "
                                           "follow-up and history entry? This cannot be undone.").format(
                                               name=name, kind=args.kind, id=args.id), args.yes):
            return 2
        who = settings.get("consultant_name")
        eraser = erasure.erase_candidate if table == "candidates" else erasure.erase_contact_person
        try:
            done = eraser(db, args.id, who=who)
        except NotFound:
            return fail(translate("cli", "There is no {kind} with id {id}; nothing was erased.").format(
                kind=args.kind, id=args.id))
    finally:
        close_store(db)  # the last connection closing checkpoints whatever a reader held back
    print(translate("cli", "Erased {kind} {id}. Shortlist entries kept anonymously: {entries}.").format(
        kind=args.kind, id=args.id, entries=done.anonymised_entries))
    return 0


@_guarded
def run_export(args: argparse.Namespace) -> int:
    from ui.services.person_doc import export_person, format_of
    from ui.services.shortlist_doc import ReportSettings

    out = Path(args.out)
    if format_of(out) is None:
        return fail(translate("cli", "Name the output FILE.json or FILE.pdf (got {path}).").format(path=out))
    if out.is_dir() or not (out.parent if str(out.parent) else Path(".")).is_dir():
        return fail(translate("cli", "Cannot write {path}: the folder does not exist or it is a folder.").format(path=out))
    db = _open(args)
    try:
        pages = export_person(db, args.candidate, out, who=settings.get("consultant_name"),
                              job_centre_name=ReportSettings.from_settings().job_centre_name)
    except NotFound:
        return fail(translate("cli", "There is no candidate with id {id}.").format(id=args.candidate))
    except FontNotFoundError:
        return fail(translate("cli", "Cannot make the PDF: no font with Danish letters was found. Install DejaVu "
                                     "Sans (fonts-dejavu-core) or set JOBBRO_FONT_DIR to a folder holding it."), 1)
    except OSError as exc:
        return fail(translate("cli", "Could not write {path}: {reason}").format(path=out, reason=exc.strerror or exc), 1)
    finally:
        close_store(db)
    if pages:
        print(translate("cli", "Wrote {path}. Pages: {pages}.").format(path=out, pages=pages))
    else:
        print(translate("cli", "Wrote {path}.").format(path=out))
    return 0


def reason(proposal: retention.Proposal) -> str:
    from ui import labels

    return labels.retention_reason(proposal.rule, proposal.basis)


@_guarded
def run_retention(args: argparse.Namespace) -> int:
    db = _open(args)
    rules = settings.retention_rules()
    try:
        found = retention.proposals(db, rules)
        if args.json:
            print(json.dumps([{"table": p.table, "id": p.record_id, "name": p.name, "company": p.company,
                               "rule": p.rule, "basis": p.basis, "reason": reason(p)} for p in found],
                             ensure_ascii=False, indent=2))
        else:
            for p in found:
                kind = "candidate" if p.table == "candidates" else "contact-person"
                print(f"{kind}\t{p.record_id}\t{p.name}\t{reason(p)}")
            print(translate("cli", "Selected by the retention rules: {count}.").format(count=len(found)), file=sys.stderr)
        if not args.erase or not found:
            return 0
        if not _confirmed(translate("cli", "Erase the {count} listed records permanently?").format(
                count=len({p.key for p in found})), args.yes):
            return 2
        done = retention.erase(db, found, who=settings.get("consultant_name"), rules=rules)
    finally:
        close_store(db)
    print(translate("cli", "Erased: {count}.").format(count=len(done)), file=sys.stderr)
    return 0

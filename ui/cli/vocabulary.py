"""`jobbro occupations|skills|import-esco|import-postcodes`: search and fill the vocabulary from the command line."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from db.store import close_store
from db import vocabulary
from db.importing.esco import import_esco
from db.importing.files import ImportProblem
from db.importing.postcodes import import_postcodes
from ui.cli import fail, file_name, positive
from ui.cli.keys import open_named
from ui.i18n import translate

# Subcommand names this module adds (the launcher needs them to tell a command from the GUI).
NAMES = ("occupations", "skills", "import-esco", "import-postcodes")


def register(subparsers) -> None:
    for name, help_text in (("occupations", translate("cli", "find occupations by a job title")),
                            ("skills", translate("cli", "find skills, certificates and licences by a phrase"))):
        parser = subparsers.add_parser(name, help=help_text, description=help_text)
        _db_option(parser)
        parser.add_argument("query", nargs="?", help=translate("cli", "the text to search for"))
        parser.add_argument("--top", type=positive, default=10, metavar="K",
                            help=translate("cli", "how many results to show (default 10)"))
        parser.add_argument("--json", action="store_true", help=translate("cli", "write the results as JSON"))
        if name == "occupations":
            parser.add_argument("--groups", action="store_true",
                                help=translate("cli", "also answer with the ISCO-08 group a title names when no "
                                                      "occupation matches it better (JSON: an object with "
                                                      "\"results\" and \"group\")"))
        parser.add_argument("--batch", type=file_name, metavar="FILE",
                            help=translate("cli", "read one query a line from FILE (- for standard input) and "
                                                  "write one JSON line per query"))
        parser.set_defaults(func=run_search, vocabulary=name)
    esco = subparsers.add_parser(
        "import-esco", help=translate("cli", "import the ESCO classification from the official CSV files"),
        description=translate("cli", "Import ESCO occupations, skills, ISCO-08 groups and their relations from "
                                     "the official CSV download: zip files, folders or single CSV files, in any "
                                     "language. Importing again updates in place."))
    _db_option(esco)
    esco.add_argument("paths", nargs="+", type=file_name, metavar="PATH",
                      help=translate("cli", "ESCO zip files, folders or CSV files"))
    esco.add_argument("--unlinked", action="store_true",
                      help=translate("cli", "list our own occupations and skills that no imported ESCO concept matches"))
    esco.set_defaults(func=run_import, importer="esco")
    postcodes = subparsers.add_parser(
        "import-postcodes", help=translate("cli", "import a full Danish postcode file"),
        description=translate("cli", "Import postcodes with town, coordinate (lat/lon or DAWA's "
                                     "visueltcenter_x/_y) and municipality code from CSV files."))
    _db_option(postcodes)
    postcodes.add_argument("paths", nargs="+", type=file_name, metavar="PATH",
                        help=translate("cli", "postcode CSV files"))
    postcodes.set_defaults(func=run_import, importer="postcodes")


def _db_option(parser) -> None:
    # Its own dest, so that `jobbro --db FILE skills ...` and `jobbro skills --db FILE ...` both work.
    parser.add_argument("--db", dest="vocab_db", type=file_name, metavar="FILE",
                        help=translate("cli", "the store file to use"))


def _open(args, create: bool):
    return open_named(args, "vocab_db", create=create)


def run_search(args: argparse.Namespace) -> int:
    if not args.batch and not args.query:
        return fail(translate("cli", "Give a text to search for, or --batch FILE."))
    db, code = _open(args, create=False)
    if db is None:
        return code
    groups = None
    try:
        # occupations answer with ISCO-08 minor and unit groups too (a row of kind "group")
        index = vocabulary.answer_index(db) if args.vocabulary == "occupations" else vocabulary.skill_index(db)
        if args.vocabulary == "occupations":
            groups = vocabulary.isco_group_index(db)
    finally:
        close_store(db)
    if args.batch:
        return _batch(index, args.batch, args.top, args.vocabulary[:-1])
    found = index.search(args.query, args.top)
    hits = [vocabulary.hit_record(h, args.vocabulary[:-1]) for h in found]
    group = vocabulary.group_answer(groups, found, args.query) if groups is not None else None
    if args.json:
        data = {"results": hits, "group": vocabulary.group_record(group) if group else None} \
            if getattr(args, "groups", False) else hits
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if group and group.entry.isco not in {h["isco"] for h in hits if h["kind"] == "group"}:
        # a field wider than the groups listed as answers (a sub-major or major group)
        print(translate("cli", "ISCO-08 group: {code} {title}").format(code=group.entry.isco, title=group.entry.title))
    if not hits:
        print(translate("cli", "Nothing found for \"{query}\".").format(query=args.query))
    else:
        _print_table(hits)
    return 0


def _batch(index, path: str, top: int, kind: str) -> int:
    try:
        if path == "-":
            data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode("utf-8")
        else:
            data = Path(path).read_bytes()
    except OSError as exc:
        return fail(translate("cli", "Cannot read {path}: {reason}").format(path=path, reason=exc.strerror or exc))
    # Decoded as a whole before the first answer, so a bad byte stops the batch before it starts,
    # not half-way with half the answers written.
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return fail(translate("cli", "Line {line} of {path} is not UTF-8 text. Save the file as UTF-8 and try "
                                     "again.").format(line=data.count(b"\n", 0, exc.start) + 1, path=path))
    for line in text.splitlines():
        query = line.strip()
        if query:
            hits = [vocabulary.hit_record(h, kind) for h in index.search(query, top)]
            print(json.dumps({"query": query, "results": hits}, ensure_ascii=False), flush=False)
    sys.stdout.flush()
    return 0


def _print_table(hits: list[dict]) -> None:
    print(translate("cli", "score  ISCO  id      title"))
    for hit in hits:
        via = f"  ({hit['matched']})" if hit["matched"] not in (hit["title"], hit["isco"]) else ""
        if hit.get("kind") == "group":  # an ISCO-08 group: no id of its own, shown as the group
            title = translate("cli", "Group {code} · {title}").format(code=hit["isco"], title=hit["title"])
            print(f"{hit['score']:5.2f}  {hit['isco']:<4}  {'':<6}  {title}{via}")
        else:
            print(f"{hit['score']:5.2f}  {hit['isco'] or '    '}  {hit['id']:<6}  {hit['title']}{via}")


def run_import(args: argparse.Namespace) -> int:
    db, code = _open(args, create=False)  # only the app's first start and `demo` create a store
    if db is None:
        return code
    started = time.monotonic()
    try:
        if args.importer == "esco":
            counts = import_esco(db, args.paths, progress=_printer())
        else:
            counts = import_postcodes(db, args.paths)
    except ImportProblem as exc:
        return fail(translate("ImportProblem", exc.message).format(**exc.params))
    finally:
        close_store(db)
    seconds = time.monotonic() - started
    if args.importer == "esco":
        print(translate("cli", "Imported {occupations} occupations ({new_occupations} new), {skills} skills "
                               "({new_skills} new), {relations} occupation–skill relations and {groups} ISCO-08 "
                               "groups in {seconds:.1f} seconds.").format(
            occupations=counts.occupations_added + counts.occupations_updated, new_occupations=counts.occupations_added,
            skills=counts.skills_added + counts.skills_updated, new_skills=counts.skills_added,
            relations=counts.relations, groups=counts.isco_groups, seconds=seconds))
        print(translate("cli", "Linked with their ESCO concept: {occupations} of our occupations and {skills} of our "
                               "skills; not linked: {free_occupations} occupations and {free_skills} skills.").format(
            occupations=counts.own_occupations_linked, skills=counts.own_skills_linked,
            free_occupations=len(counts.unlinked_occupations), free_skills=len(counts.unlinked_skills)))
        if args.unlinked:
            for name in counts.unlinked_occupations:
                print(translate("cli", "occupation not linked: {name}").format(name=name))
            for name in counts.unlinked_skills:
                print(translate("cli", "skill not linked: {name}").format(name=name))
    else:
        print(translate("cli", "Imported {total} postcodes ({added} new, {missing} without a coordinate) in "
                               "{seconds:.1f} seconds.").format(
            total=counts.added + counts.updated, added=counts.added, missing=counts.without_coordinates,
            seconds=seconds))
    return 0


def _stages() -> dict[str, str]:
    return {"read": translate("cli", "Reading the files ..."), "isco": translate("cli", "Writing ISCO-08 groups ..."),
            "occupations": translate("cli", "Writing occupations ..."), "skills": translate("cli", "Writing skills ..."),
            "relations": translate("cli", "Writing occupation–skill relations ...")}


def _printer():
    """One line per stage on standard error: readable in a terminal and in a log file alike."""
    last = [None]
    stages = _stages()

    def report(done: int, total: int, stage: str) -> None:
        if stage != last[0] and stage in stages:
            last[0] = stage
            print(stages[stage], file=sys.stderr, flush=True)

    return report

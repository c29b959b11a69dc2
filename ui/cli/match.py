"""`jobbro match`: the best candidates for a need, the best needs for a candidate, or every open need."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from db.store import close_store
from db import matching_data
from db.errors import NotFound
from ui.cli.keys import open_named
from matching import batch, texts
from matching.engine import Matcher
from matching.model import Match, RankFilter, Ranking, format_param
from ui.cli import fail, file_name, positive, record_id
from ui.i18n import translate

FORMATS = ("text", "json", "jsonl")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "match", help=translate("cli", "rank candidates for a need, or needs for a candidate"),
        description=translate("cli", "Rank the best candidates for a need, the best open needs for a candidate, "
                                     "or every open need at once, with each score explained."))
    # Its own dest, so that `jobbro --db FILE match` and `jobbro match --db FILE` both work.
    parser.add_argument("--db", dest="match_db", type=file_name, metavar="FILE",
                        help=translate("cli", "the store file to read"))
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--need", type=record_id, metavar="ID", help=translate("cli", "rank candidates for this need"))
    which.add_argument("--candidate", type=record_id, metavar="ID", help=translate("cli", "rank open needs for this candidate"))
    which.add_argument("--needs", choices=["all"], help=translate("cli", "rank candidates for every open need"))
    which.add_argument("--candidates", choices=["all"],
                       help=translate("cli", "rank open needs for every active candidate"))
    parser.add_argument("--top", type=positive, default=10, metavar="K", help=translate("cli", "how many to show (default 10)"))
    parser.add_argument("--format", choices=FORMATS, default="text", help=translate("cli", "output format"))
    parser.add_argument("--json", action="store_const", const="json", dest="format",
                        help=translate("cli", "the same as --format json"))
    parser.add_argument("--excluded", action="store_true",
                        help=translate("cli", "also list who is excluded by a hard requirement, and why"))
    parser.add_argument("--date", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                        help=translate("cli", "rank as on this date (default today)"))
    parser.add_argument("--workers", type=positive, default=batch.default_workers(), metavar="N",
                        help=translate("cli", "processes for --needs all and --candidates all"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    db, code = open_named(args, "match_db")
    if db is None:
        return code
    try:
        matcher = matching_data.build_matcher(db)
        today = args.date or dt.date.today()
        filters = RankFilter(include_excluded=args.excluded, excluded_limit=max(args.top, 50))
        if args.needs or args.candidates:
            return _all(matcher, args, filters, today, "needs" if args.needs else "candidates")
        if args.need is not None:
            subject = matching_data.load_need(db, args.need, matcher.index.vocab)
            ranking = matcher.rank_candidates(subject, top=args.top, filters=filters, today=today)
        else:
            subject = matching_data.load_candidate(db, args.candidate)
            ranking = matcher.rank_needs(subject, top=args.top, filters=filters, today=today)
    except NotFound:
        if args.need is not None:
            return fail(translate("cli", "There is no need with id {id}.").format(id=args.need))
        return fail(translate("cli", "There is no candidate with id {id}.").format(id=args.candidate))
    finally:
        close_store(db)
    _print_one(matcher, subject, ranking, args.format, args.need is not None)
    return 0


# ---- rendering ----------------------------------------------------------------------------------

class Words(dict):
    """Every reason template and part label with its translation, looked up once (so forked workers
    need no Qt); an unknown text stays as it is."""

    def __call__(self, text: str) -> str:
        return self.get(text, text)


def reason_translator() -> Words:
    sources = [v for k, v in vars(texts).items() if k.isupper() and isinstance(v, str)]
    sources += list(texts.PART_LABELS.values())
    return Words({text: translate("Reasons", text) for text in sources})


def result(m: Match, words: Words) -> dict:
    out = {"need_id": m.need_id, "candidate_id": m.candidate_id, "score": round(m.score, 2),
           "parts": {name: {"value": round(p.value, 4), "weight": p.weight} for name, p in m.parts.items()},
           "reasons": [r.render(words) for r in m.reasons], "excluded": m.excluded}
    if m.excluded:
        out["exclusion"] = [r.render(words) for r in m.exclusions]
    return out


def query_result(key: str, subject_id: int, ranking: Ranking, words: Words) -> dict:
    return {key: subject_id, "considered": ranking.considered, "excluded_count": ranking.excluded_count,
            "results": [result(m, words) for m in ranking.matches + ranking.excluded]}


def _print_one(matcher: Matcher, subject, ranking: Ranking, fmt: str, is_need: bool) -> None:
    words = reason_translator()
    key = "need_id" if is_need else "candidate_id"
    if fmt == "json":
        print(json.dumps(query_result(key, subject.id, ranking, words), ensure_ascii=False, indent=2))
    elif fmt == "jsonl":
        print(json.dumps(query_result(key, subject.id, ranking, words), ensure_ascii=False))
    else:
        print("\n".join(_text(matcher, subject, ranking, words, is_need)))


def _all(matcher: Matcher, args, filters: RankFilter, today: dt.date, side: str) -> int:
    """Every open need's best candidates, or every active candidate's best open needs, on one index."""
    words = reason_translator()
    is_need = side == "needs"
    ids = sorted(matcher.index.need_row if is_need else matcher.index.cand_row)
    if args.format == "text":
        for subject_id, ranking in batch.rank_all(matcher, ids, _same, side=side, top=args.top, filters=filters,
                                                  today=today):
            subject = matcher.index.need(subject_id) if is_need else matcher.index.candidate(subject_id)
            print("\n".join(_text(matcher, subject, ranking, words, is_need)) + "\n")
        return 0
    key = "need_id" if is_need else "candidate_id"
    lines = ((i, json.dumps({key: i, **payload}, ensure_ascii=False))
             for i, payload in batch.rank_all(matcher, ids, _Payload(words), side=side, top=args.top,
                                              filters=filters, today=today, workers=args.workers))
    if args.format == "jsonl":
        for _, line in lines:
            sys.stdout.write(line + "\n")
    else:
        sys.stdout.write("[\n" + ",\n".join(line for _, line in lines) + "\n]\n")
    return 0


def _same(ranking: Ranking) -> Ranking:
    return ranking


class _Payload:
    """One ranking as plain data (what query_result writes but the subject's id); a class so forked
    workers can run it without Qt, and plain data so that only it crosses the process border."""

    def __init__(self, words: Words):
        self.words = words

    def __call__(self, ranking: Ranking) -> dict:
        return {"considered": ranking.considered, "excluded_count": ranking.excluded_count,
                "results": [result(m, self.words) for m in ranking.matches + ranking.excluded]}


def _text(matcher: Matcher, subject, ranking: Ranking, words: Words, is_need: bool) -> list[str]:
    if is_need:
        lines = [translate("cli", "Need {id}: {title} ({company})").format(
            id=subject.id, title=subject.title, company=subject.company_name)]
    else:
        lines = [translate("cli", "Candidate {id}: {name}").format(id=subject.id, name=subject.name)]
    lines.append(translate("cli", "{considered} considered, {excluded} excluded by a hard requirement").format(
        considered=ranking.considered, excluded=ranking.excluded_count))
    if not ranking.matches:
        lines.append(translate("cli", "Nothing matches."))
    for rank, m in enumerate(ranking.matches, 1):
        lines += _text_match(matcher, m, rank, words, is_need)
    if ranking.excluded:
        lines.append(translate("cli", "Excluded:"))
        for m in ranking.excluded:
            why = "; ".join(r.render(words) for r in m.exclusions)
            lines.append(f"  - {_other_side(matcher, m, is_need)}: {why}")
    return lines


def _text_match(matcher: Matcher, m: Match, rank: int, words: Words, is_need: bool) -> list[str]:
    head = translate("cli", "{rank}. {who}  score {score}").format(
        rank=rank, who=_other_side(matcher, m, is_need), score=format_param(round(m.score, 1)))
    parts = " · ".join(f"{words(texts.PART_LABELS[name])} {format_param(round(p.points, 1))}/"
                       f"{format_param(p.weight)}" for name, p in m.parts.items() if p.weight)
    return [head, f"     {parts}"] + [f"     - {r.render(words)}" for r in m.reasons]


def _other_side(matcher: Matcher, m: Match, is_need: bool) -> str:
    if is_need:
        c = matcher.index.candidate(m.candidate_id)
        name = c.name if c else ""
        return translate("cli", "{name} (candidate {id})").format(name=name, id=m.candidate_id)
    n = matcher.index.need(m.need_id)
    return translate("cli", "{title}, {company} (need {id})").format(
        title=n.title if n else "", company=n.company_name if n else "", id=m.need_id)

"""Ranking every open need (or every active candidate) at once: in this process, or split over forked
worker processes, all on the one index built before.

Workers are forked after the index is built, so they share it copy-on-write and nothing is pickled
but the results; `fn` turns one need's Ranking into something picklable (e.g. a JSON line) inside
the worker, so no Match (which explains itself lazily against the index) crosses a process border.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator

from matching.engine import Matcher
from matching.model import RankFilter, Ranking

CHUNK = 64  # needs per task: large enough to amortise the pipe, small enough to balance the workers

_worker_state: tuple | None = None  # (matcher, fn, top, filters, today, side) inherited by forked workers
SIDES = ("needs", "candidates")  # what is ranked for: candidates for each need, needs for each candidate


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def rank_needs(matcher: Matcher, need_ids: Iterable[int], fn: Callable[[Ranking], object], *, top: int = 10,
               filters: RankFilter | None = None, today: dt.date | None = None,
               workers: int = 1) -> Iterator[tuple[int, object]]:
    """(need id, fn(ranking of candidates)) for every need, in the order given."""
    return rank_all(matcher, need_ids, fn, side="needs", top=top, filters=filters, today=today, workers=workers)


def rank_candidates(matcher: Matcher, candidate_ids: Iterable[int], fn: Callable[[Ranking], object], *,
                    top: int = 10, filters: RankFilter | None = None, today: dt.date | None = None,
                    workers: int = 1) -> Iterator[tuple[int, object]]:
    """(candidate id, fn(ranking of open needs)) for every candidate, in the order given."""
    return rank_all(matcher, candidate_ids, fn, side="candidates", top=top, filters=filters, today=today,
                    workers=workers)


def _rank(matcher: Matcher, side: str, subject_id: int, top: int, filters, today) -> Ranking:
    if side == "needs":
        return matcher.rank_candidates(subject_id, top=top, filters=filters, today=today)
    return matcher.rank_needs(subject_id, top=top, filters=filters, today=today)


def rank_all(matcher: Matcher, ids: Iterable[int], fn: Callable[[Ranking], object], *, side: str, top: int = 10,
             filters: RankFilter | None = None, today: dt.date | None = None,
             workers: int = 1) -> Iterator[tuple[int, object]]:
    """(id, fn(ranking)) for every need (side "needs") or candidate (side "candidates"), in order."""
    global _worker_state
    if side not in SIDES:
        raise ValueError(side)
    ids = list(ids)
    today = today or dt.date.today()
    if workers <= 1 or len(ids) < 2 * CHUNK or "fork" not in multiprocessing.get_all_start_methods():
        for subject_id in ids:
            yield subject_id, fn(_rank(matcher, side, subject_id, top, filters, today))
        return
    matcher.index.ensure_totals()  # once, before forking, not once per worker
    matcher.index.commute_combos(today)
    _worker_state = (matcher, fn, top, filters, today, side)
    chunks = [ids[i:i + CHUNK] for i in range(0, len(ids), CHUNK)]
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for chunk_result in pool.imap(_rank_chunk, chunks):
                yield from chunk_result
    finally:
        _worker_state = None


def _rank_chunk(ids: list[int]) -> list[tuple[int, object]]:
    matcher, fn, top, filters, today, side = _worker_state
    return [(subject_id, fn(_rank(matcher, side, subject_id, top, filters, today))) for subject_id in ids]

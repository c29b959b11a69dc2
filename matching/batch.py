"""Ranking every open need at once: in this process, or split over forked worker processes.

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

_worker_state: tuple | None = None  # (matcher, fn, top, filters, today) inherited by forked workers


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def rank_needs(matcher: Matcher, need_ids: Iterable[int], fn: Callable[[Ranking], object], *, top: int = 10,
               filters: RankFilter | None = None, today: dt.date | None = None,
               workers: int = 1) -> Iterator[tuple[int, object]]:
    """(need id, fn(ranking)) for every need, in the order given."""
    global _worker_state
    need_ids = list(need_ids)
    today = today or dt.date.today()
    if workers <= 1 or len(need_ids) < 2 * CHUNK or "fork" not in multiprocessing.get_all_start_methods():
        for need_id in need_ids:
            yield need_id, fn(matcher.rank_candidates(need_id, top=top, filters=filters, today=today))
        return
    matcher.index.ensure_totals()  # once, before forking, not once per worker
    matcher.index.commute_combos(today)
    _worker_state = (matcher, fn, top, filters, today)
    chunks = [need_ids[i:i + CHUNK] for i in range(0, len(need_ids), CHUNK)]
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for chunk_result in pool.imap(_rank_chunk, chunks):
                yield from chunk_result
    finally:
        _worker_state = None


def _rank_chunk(need_ids: list[int]) -> list[tuple[int, object]]:
    matcher, fn, top, filters, today = _worker_state
    return [(need_id, fn(matcher.rank_candidates(need_id, top=top, filters=filters, today=today)))
            for need_id in need_ids]

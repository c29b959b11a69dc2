"""Matching speed and memory at job-centre scale: index build, one need over all candidates (against a
bare numpy inverted-index scorer in the same run), one candidate over all needs, and the batch.

    python bench/bench_matching_speed.py [--db FILE] [--candidates 100000] [--needs 20000]
        [--queries 400] [--top 20] [--batch-top 10] [--workers N] [--skip-batch]

Without --db a demo store is created with db.demo (and kept in the temp folder for the next run).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from db import matching_data
from db.store import open_store
from matching import batch
from matching.engine import Matcher
from matching.index import MatchIndex
from targets import Report

TODAY = dt.date(2026, 11, 23)


def machine() -> str:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "?"
    try:
        pages, size = os.sysconf("SC_PHYS_PAGES"), os.sysconf("SC_PAGE_SIZE")
        ram = f"{pages * size / 2 ** 30:.0f} GiB"
    except (ValueError, OSError, AttributeError):
        pass
    return (f"{dt.date.today().isoformat()}; nproc {os.cpu_count()}; CPU {cpu}; RAM {ram}; "
            f"Python {platform.python_version()}; numpy {np.__version__}")


def demo_store(args) -> Path:
    if args.db:
        return Path(args.db)
    path = Path(tempfile.gettempdir()) / f"jobbro_bench_{args.candidates}c_{args.needs}n.sqlite"
    if path.exists():
        return path
    from db import demo

    print(f"creating demo store {path} ({args.candidates} candidates, {args.needs} needs) ...", flush=True)
    started = time.perf_counter()
    db = open_store(path)
    demo.create(db, companies=max(50, args.needs // 4), candidates=args.candidates, needs=args.needs,
                contacts=1000, seed=7, today=TODAY)
    db.close()
    print(f"  created in {time.perf_counter() - started:.0f} s")
    return path


def timed(fn):
    started = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - started


def bare_rank(index: MatchIndex, need, top: int) -> np.ndarray:
    """The baseline: the need's skills' inverted lists, IDF-weighted counts, the top k by argpartition."""
    essential, desired, _ = index.need_skill_cols(need)
    cols = np.concatenate([essential, desired])
    rows, weights = index.cand_skills.gather(cols.tolist(), index.idf[cols])
    scores = np.bincount(rows, weights=weights, minlength=index.cands.size)
    best = np.argpartition(-scores, top)[:top]
    return best[np.argsort(-scores[best], kind="stable")]


def stats(seconds: list[float]) -> str:
    ms = sorted(s * 1000 for s in seconds)
    return f"median {statistics.median(ms):6.2f} ms  p95 {ms[int(0.95 * (len(ms) - 1))]:6.2f} ms"


def bench_load_build(path: Path, report: Report):
    # Read the file once first: the figures are for a store in the OS cache, as after the app opened it
    # (a cold read from this VM's disk adds a second or more, and varies run to run).
    with open(path, "rb") as fh:
        while fh.read(1 << 24):
            pass
    db = open_store(path)
    vocab, t_vocab = timed(lambda: matching_data.load_vocabulary(db))
    cands, t_cands = timed(lambda: matching_data.load_candidates(db))
    needs, t_needs = timed(lambda: matching_data.load_needs(db, vocab))
    matcher, t_build = timed(lambda: Matcher.build(vocab, cands, needs))
    _, t_weights = timed(matcher.index.ensure_totals)
    db.close()
    print(f"load: vocabulary {t_vocab:.2f} s, {len(cands)} active candidates {t_cands:.2f} s, "
          f"{len(needs)} open needs {t_needs:.2f} s")
    print(f"build index: {t_build + t_weights:.2f} s   (load + build {t_vocab + t_cands + t_needs + t_build + t_weights:.2f} s)")
    report.figure("build index", t_build + t_weights, "s")
    report.figure("load + build", t_vocab + t_cands + t_needs + t_build + t_weights, "s")
    return vocab, cands, needs, matcher


def bench_memory(vocab, cands, needs, matcher: Matcher, report: Report) -> None:
    gc.collect()
    tracemalloc.start()
    index = MatchIndex.build(vocab, cands, needs)
    index.ensure_totals()
    index.commute_combos(TODAY)
    retained, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"index memory: numpy arrays and lists {index.nbytes() / 2 ** 20:.0f} MiB; all allocations retained by the "
          f"build (tracemalloc) {retained / 2 ** 20:.0f} MiB, peak {peak / 2 ** 20:.0f} MiB "
          "(the loaded need/candidate objects are not counted: they exist before the index)")
    report.figure("index memory retained by the build", retained / 2 ** 20, "MiB")


def bench_rank_need(matcher: Matcher, queries: int, top: int, rng, report: Report) -> None:
    ids = rng.choice(sorted(matcher.index.need_row), size=min(queries, matcher.index.need_count), replace=False)
    index = matcher.index
    for need_id in ids[:20]:  # warm up caches (commute combinations of the day, weights)
        matcher.rank_candidates(int(need_id), top=top, today=TODAY)
        bare_rank(index, index.need(int(need_id)), top)
    t_bare, t_rank, t_reasons = [], [], []
    for need_id in ids.tolist():
        need = index.need(need_id)
        t_bare.append(timed(lambda need=need: bare_rank(index, need, top))[1])
        t_rank.append(timed(lambda need_id=need_id: matcher.rank_candidates(need_id, top=top, today=TODAY))[1])
        t_reasons.append(timed(lambda need_id=need_id: [[r.render() for r in m.reasons] for m in
                                                        matcher.rank_candidates(need_id, top=top, today=TODAY).matches])[1])
    ratio = statistics.median(t_rank) / statistics.median(t_bare)
    print(f"one need over {index.candidate_count} candidates, top {top}, {len(ids)} needs:")
    print(f"  bare numpy inverted-index scorer   {stats(t_bare)}")
    print(f"  Jobbro ranking (scores, parts)      {stats(t_rank)}   = {ratio:.2f} x bare")
    print(f"  Jobbro ranking + {top} explanations   {stats(t_reasons)}")
    report.figure("one need over all candidates, median", statistics.median(t_rank) * 1000, "ms")
    report.figure("Jobbro ranking / bare numpy scorer, median", ratio, "x")


def bench_rank_candidate(matcher: Matcher, queries: int, top: int, rng, report: Report) -> None:
    ids = rng.choice(sorted(matcher.index.cand_row), size=min(queries, matcher.index.candidate_count), replace=False)
    for cid in ids[:20]:
        matcher.rank_needs(int(cid), top=top, today=TODAY)
    t_rank = [timed(lambda cid=cid: matcher.rank_needs(cid, top=top, today=TODAY))[1] for cid in ids.tolist()]
    print(f"one candidate over {matcher.index.need_count} open needs, top {top}: {stats(t_rank)}")
    report.figure("one candidate over all open needs, median", statistics.median(t_rank) * 1000, "ms")


def as_json_line(ranking) -> str:
    return json.dumps([{"candidate_id": m.candidate_id, "score": round(m.score, 2),
                        "parts": {k: [round(p.value, 4), p.weight] for k, p in m.parts.items()},
                        "reasons": [r.render() for r in m.reasons]} for m in ranking.matches], ensure_ascii=False)


def bench_batch(matcher: Matcher, top: int, workers: int, report: Report) -> None:
    need_ids = sorted(matcher.index.need_row)
    for n in sorted({1, workers}):
        started = time.perf_counter()
        size = sum(len(line) for _, line in batch.rank_needs(matcher, need_ids, as_json_line, top=top, today=TODAY,
                                                             workers=n))
        elapsed = time.perf_counter() - started
        print(f"batch: all {len(need_ids)} open needs x {matcher.index.candidate_count} candidates, top {top} with "
              f"reasons as JSON ({size / 2 ** 20:.0f} MiB), {n} process{'es' if n > 1 else ''}: {elapsed:.1f} s")
        if n == workers:  # the target is for the batch as it runs by default (one process per core)
            report.figure("batch, all open needs x all candidates", elapsed, "s")
        else:
            report.figure("batch, all open needs x all candidates, one process", elapsed, "s")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", metavar="FILE")
    parser.add_argument("--candidates", type=int, default=100_000)
    parser.add_argument("--needs", type=int, default=20_000)
    parser.add_argument("--queries", type=int, default=400)
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--batch-top", type=int, default=10)
    parser.add_argument("--workers", type=int, default=batch.default_workers())
    parser.add_argument("--skip-batch", action="store_true")
    args = parser.parse_args(argv)
    report = Report.open(__file__)
    print(machine())
    path = demo_store(args)
    print(f"store: {path} ({path.stat().st_size / 2 ** 20:.0f} MiB)")
    vocab, cands, needs, matcher = bench_load_build(path, report)
    bench_memory(vocab, cands, needs, matcher, report)
    rng = np.random.default_rng(1)
    bench_rank_need(matcher, args.queries, args.top, rng, report)
    bench_rank_candidate(matcher, args.queries, args.top, rng, report)
    if not args.skip_batch:
        bench_batch(matcher, args.batch_top, args.workers, report)
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())

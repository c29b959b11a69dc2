"""The batch commands end to end, as a consultant runs them: `jobbro match --needs all` and `--candidates all`.

    .venv/bin/python bench/bench_match_batch.py --db STORE.sqlite [--top 10] [--workers N] [--skip-candidates]

Each command runs in this process (store opened, index built once, every ranking written as JSON lines to
a temporary file); prints the wall-clock and CPU seconds, lines and megabytes of each. Make the store with
`main.py demo --db FILE` (100,000 candidates by default).
"""

from __future__ import annotations

import argparse
import contextlib
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import main as jobbro  # noqa: E402 - after the path is set


def run(store: str, side: str, top: int, workers: int) -> dict:
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out:
        started, cpu = time.perf_counter(), _cpu()
        with contextlib.redirect_stdout(out):
            code = jobbro.main(["match", "--db", store, f"--{side}", "all", "--top", str(top), "--format", "jsonl",
                                "--workers", str(workers), "--date", "2026-11-23"])
        seconds, cpu = time.perf_counter() - started, _cpu() - cpu
        size = out.tell()
        out.seek(0)
        lines = sum(1 for _ in out)
    # CPU seconds too: on a shared machine the wall clock says more about the neighbours
    return {"side": side, "exit": code, "seconds": round(seconds, 1), "cpu_seconds": round(cpu, 1), "lines": lines,
            "mib": round(size / 2 ** 20)}


def _cpu() -> float:
    """CPU seconds of this process and of its ended children: with --workers N the ranking runs in
    forked workers, whose time process_time() alone would leave out (the pool has ended when it is read)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--top", type=int, default=10)
    from matching.batch import default_workers

    # the CLI's own default (one worker per core, at most 8), so the figure is what a consultant gets
    parser.add_argument("--workers", type=int, default=default_workers())
    parser.add_argument("--skip-candidates", action="store_true")
    args = parser.parse_args(argv)
    from targets import Report

    report = Report.open(__file__)
    for side in ("needs",) + (() if args.skip_candidates else ("candidates",)):
        result = run(args.db, side, args.top, args.workers)
        print(result, flush=True)
        report.figure(f"--{side} all, wall clock", result["seconds"], "s")
        report.figure(f"--{side} all, CPU", result["cpu_seconds"], "s")
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())

"""What the damage check at open costs: Jobbro's cheap check against SQLite's full quick_check.

    .venv/bin/python bench/bench_store_open.py STORE.sqlite

Prints the median of five runs of each on a copy of the store's connection (cold runs after the first
read the file from the page cache, as a second start of the app would).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from db import store


def timed(fn) -> float:
    runs = []
    for _ in range(5):
        started = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def main(path: str) -> int:
    from targets import Report

    report = Report.open(__file__)
    conn = store._connect(Path(path))
    size = Path(path).stat().st_size / 1024 / 1024
    tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
    cheap = timed(lambda: store._quick_check(conn, Path(path)))
    full = timed(lambda: conn.execute("PRAGMA quick_check").fetchall())
    opened = timed(lambda: store.open_store(path, create=False).close())
    print(f"{path}: {size:.0f} MB, {tables} tables")
    print(f"  Jobbro's check (schema + first/last row of every table): {cheap * 1000:.1f} ms")
    print(f"  PRAGMA quick_check (every page):                         {full * 1000:.0f} ms")
    print(f"  open_store as a whole:                                   {opened * 1000:.1f} ms")
    report.figure("damage check at open", cheap * 1000, "ms")
    report.figure("PRAGMA quick_check", full * 1000, "ms")
    report.figure("open_store as a whole", opened * 1000, "ms")
    conn.close()
    return report.finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

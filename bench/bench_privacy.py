"""Erasure, person export, retention listing and a read entry on a big demo store: prints the figures.

    .venv/bin/python bench/bench_privacy.py --db /tmp/big.sqlite [--candidates 100000]

Makes the demo store when the file does not exist (10k companies, N candidates, 20k needs, 200k
contacts at N = 100k), then times on a copy: writing one read entry (opening a record), the person
export of the candidate with the most shortlist entries (JSON and PDF), the retention listing, and
erasing five candidates (each: transaction, FTS5 merge, WAL checkpoint).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def timed(fn, repeat: int = 1) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--candidates", type=int, default=100_000)
    args = parser.parse_args()
    from targets import Report

    report = Report.open(__file__)
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication([])
    from ui import i18n

    i18n.install(app, "da")
    from db import demo, erasure, read_audit, retention
    from db.store import open_store
    from ui.services.person_doc import export_person

    source = Path(args.db)
    if not source.exists():
        scale = args.candidates / 100_000
        db = open_store(source)
        seconds, _ = timed(lambda: demo.create(db, companies=int(10_000 * scale), candidates=args.candidates,
                                               needs=int(20_000 * scale), contacts=int(200_000 * scale)))
        db.close()
        print(f"demo store made in {seconds:.1f} s")
    work = Path(tempfile.mkdtemp()) / "copy.sqlite"
    shutil.copy(source, work)
    db = open_store(work)
    count = db.execute("SELECT count(*) FROM candidates").fetchone()[0]
    print(f"store: {count:,} candidates, {source.stat().st_size / 1e6:.0f} MB")
    seconds, _ = timed(lambda: read_audit.record(db, who="bench", kind="view", table="candidates", ids=[1]), 50)
    print(f"one read entry (opening a record), median of 50: {seconds * 1000:.2f} ms")
    report.figure("read entry median", seconds * 1000, "ms")
    busiest = db.execute("SELECT candidate_id, count(*) FROM shortlist_entries WHERE candidate_id IS NOT NULL "
                         "GROUP BY candidate_id ORDER BY 2 DESC LIMIT 1").fetchone()
    out = work.parent
    seconds, _ = timed(lambda: export_person(db, busiest[0], out / "p.json", who="bench"))
    print(f"person export, JSON ({busiest[1]} shortlist entries): {seconds * 1000:.0f} ms")
    report.figure("person export JSON", seconds * 1000, "ms")
    seconds, pages = timed(lambda: export_person(db, busiest[0], out / "p.pdf", who="bench"))
    print(f"person export, PDF ({pages} pages): {seconds * 1000:.0f} ms")
    report.figure("person export PDF", seconds * 1000, "ms")
    seconds, found = timed(lambda: retention.proposals(db))
    print(f"retention listing ({len(found):,} selected): {seconds * 1000:.0f} ms")
    report.figure("retention listing", seconds * 1000, "ms")
    ids = [r[0] for r in db.execute("SELECT id FROM candidates ORDER BY id DESC LIMIT 5")]
    times = []
    for cid in ids:
        seconds, _ = timed(lambda cid=cid: erasure.erase_candidate(db, cid, who="bench"))
        times.append(seconds)
    print(f"erase one candidate (transaction, FTS5 merge, checkpoint), median of 5 / max: "
          f"{statistics.median(times):.2f} s / {max(times):.2f} s")
    report.figure("erase one candidate median", statistics.median(times), "s")
    db.close()
    shutil.rmtree(work.parent)
    return report.finish()


if __name__ == "__main__":
    raise SystemExit(main())

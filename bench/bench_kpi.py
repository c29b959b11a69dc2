"""Benchmark: Overblik on a big store — the view's refresh after a save (the change signal a save emits,
to the figures and charts painted again) and `jobbro kpi` writing each report format.

    python bench/bench_kpi.py [--db /tmp/jobbro-bench-100k.sqlite] [--runs 3]

The store is only read: the save is the change notice a saved contact sends (ctx.apply), so a shared
bench store is left as it was."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from anywhere
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from targets import Report

DEFAULT_DB = "/tmp/jobbro-bench-100k.sqlite"


def refresh_times(path: str, runs: int) -> tuple[list[float], int]:
    from PySide6.QtWidgets import QApplication

    from db.changes import CONTACTS, Changes
    from db.store import open_store
    from ui.context import AppContext
    from ui.views.overview import OverviewView

    app = QApplication.instance() or QApplication([])
    db = open_store(path, create=False)
    ctx = AppContext(db, path)
    view = OverviewView(ctx)
    view.resize(1400, 900)
    view.show()
    shown: list[float] = []
    original = view.show_report

    def painted(report):
        original(report)
        view.repaint()
        shown.append(time.perf_counter())
    view.show_report = painted
    view.worker.done.disconnect()
    view.worker.done.connect(painted)
    _wait(app, lambda: shown)  # the first count, at show
    last_contact = db.execute("SELECT max(id) FROM contacts").fetchone()[0] or 0
    times = []
    for _ in range(runs):
        before = len(shown)
        start = time.perf_counter()
        ctx.apply(Changes(records={CONTACTS: frozenset({last_contact})}))
        _wait(app, lambda before=before: len(shown) > before)
        times.append(shown[-1] - start)
    companies = view.report["companies"]["registered"]
    view.shutdown()
    db.close()
    return times, companies


def _wait(app, done, timeout: float = 120.0) -> None:
    end = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > end:
            raise TimeoutError("the view did not refresh")
        app.processEvents()
        time.sleep(0.001)


def report_times(path: str) -> dict[str, float]:
    import main

    out = {}
    with tempfile.TemporaryDirectory() as folder:
        for fmt in ("json", "xlsx", "pdf"):
            start = time.perf_counter()
            code = main.main(["kpi", "--db", path, "--format", fmt, "--out", str(Path(folder) / f"r.{fmt}")])
            out[fmt] = time.perf_counter() - start
            if code != 0:
                raise SystemExit(f"jobbro kpi --format {fmt} failed ({code})")
    return out


def main_(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=DEFAULT_DB)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    report = Report.open(__file__)
    times, companies = refresh_times(args.db, args.runs)
    print(f"  store: {args.db} ({companies} companies)")
    report.figure("refresh after a save, max", max(times) * 1000, "ms")
    for fmt, seconds in report_times(args.db).items():
        report.figure(f"jobbro kpi --format {fmt}", seconds, "s")
    return report.finish()


if __name__ == "__main__":
    sys.exit(main_())

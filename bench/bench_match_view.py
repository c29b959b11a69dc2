"""The Match view at job-centre scale: from a click to the ranked list painted, in the real window.

    python bench/bench_match_view.py [--db FILE] [--candidates 100000] [--needs 20000] [--clicks 100]

Without --db the demo store of bench_matching_speed.py is used (created there when missing). The window
runs offscreen at 1400x900. What is timed, each from the call to the end of a synchronous repaint of the
ranked list and the explanation:

* "Find candidates" on a need: the need view's signal -> Match view shown, need loaded from the store,
  ranked over all active candidates (top 50), rows and explanation painted;
* choosing another row in the ranked list: explanation built and painted;
* a candidate saved elsewhere: the index updated (put_candidate) and the shown ranking redone and painted.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_matching_speed import demo_store, machine
from targets import Report


def summary(report: Report, name: str, values: list[float]) -> None:
    if not values:
        print(f"{name:<58} not measured (no need with more than five ranked candidates)")
        return
    values = sorted(values)
    p95 = values[min(len(values) - 1, int(len(values) * 0.95))]
    print(f"{name:<58} median {statistics.median(values):7.1f} ms  p95 {p95:7.1f} ms  max {values[-1]:7.1f} ms"
          f"  (n={len(values)})")
    report.figure(f"{name}, median", statistics.median(values), "ms")
    report.figure(f"{name}, max", values[-1], "ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db")
    parser.add_argument("--candidates", type=int, default=100_000)
    parser.add_argument("--needs", type=int, default=20_000)
    parser.add_argument("--clicks", type=int, default=100)
    args = parser.parse_args()
    report = Report.open(__file__)
    path = demo_store(args)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench"])
    from db import changes
    from db.store import open_store
    from ui import i18n, settings
    from ui.context import AppContext
    from ui.mainwindow import MainWindow

    settings.put("language", "da")
    i18n.install(app, "da")
    db = open_store(path, create=False, passphrase=os.environ.get("JOBBRO_PASSPHRASE"))  # for an encrypted store
    window = MainWindow(AppContext(db, str(path)))
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    print(machine())
    print(f"store: {path} ({path.stat().st_size / 2 ** 20:.0f} MiB)")

    started = time.perf_counter()
    matcher = window.match_service.build_now()
    print(f"match index built on the GUI thread for this run: {time.perf_counter() - started:.2f} s "
          f"({len(matcher.index.cand_row)} candidates, {len(matcher.index.need_row)} open needs); "
          "the app builds it in a worker thread at start-up")

    view, needs_view = window.views["match"], window.views["needs"]
    rng = random.Random(3)
    need_ids = rng.sample(sorted(matcher.index.need_row), min(args.clicks, len(matcher.index.need_row)))

    def painted() -> None:
        view.table.viewport().repaint()
        view.explanation.viewport().repaint()
        app.processEvents()

    # warm-up: first paint of the view, fonts, translations
    needs_view.match_need.emit(need_ids[0])
    painted()

    clicks, rows, updates = [], [], []
    for need_id in need_ids:
        window.show_view_key("needs")
        app.processEvents()
        started = time.perf_counter()
        needs_view.match_need.emit(need_id)
        painted()
        clicks.append((time.perf_counter() - started) * 1000)
        if len(view.model.rows) > 5:
            started = time.perf_counter()
            view.table.selectRow(rng.randrange(1, min(20, len(view.model.rows))))
            painted()
            rows.append((time.perf_counter() - started) * 1000)
            candidate_id = view.model.rows[0].other_id
            started = time.perf_counter()
            # what a save in the candidate view announces
            window.ctx.apply(changes.of(changes.CANDIDATES, candidate_id))
            painted()
            updates.append((time.perf_counter() - started) * 1000)
    print(f"{len(need_ids)} needs, top {view.top.currentData()} shown, window 1400x900 offscreen:")
    summary(report, "click 'Find candidates' -> ranked list painted", clicks)
    summary(report, "select a row -> explanation painted", rows)
    summary(report, "candidate saved -> index updated, ranking repainted", updates)
    window.close()
    db.close()
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())

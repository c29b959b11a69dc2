"""Workbench scale: start to first painted window, search keystrokes, scrolling and memory at 100k candidates.

    python bench/bench_workbench.py [--db FILE]   (creates the 100k demo store when FILE does not exist)
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from targets import Report

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CHILD = """
import os, sys, time
t0 = float(os.environ["T0"])
sys.path.insert(0, os.environ["ROOT"])
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
app = QApplication(["jobbro"])
from ui import i18n
i18n.install(app, "da")
from db.store import open_store
from ui.context import AppContext
from ui.mainwindow import MainWindow
window = MainWindow(AppContext(open_store(os.environ["DB"]), os.environ["DB"]))
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"{time.time() - t0:.3f}", flush=True)
            os._exit(0)
        return False
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
app.exec()
"""



SEARCH_WORDS = ("hansen", "mette", "lager", "truck", "sosu", "kok", "pædagog", "rengøring")
# What consultants also type (issue #13): phone digits in groups for candidates; a CVR number's first
# digits, a town, a street and a contact person's name for companies.
NUMBER_WORDS = ("20 12 34", "3141")
COMPANY_WORDS = ("2000", "aarhus", "vestergade", "mette", "70 1")


def type_words(app, view, words=SEARCH_WORDS) -> list[float]:
    """Type each search word letter by letter into a record view; milliseconds per keystroke to painted rows."""
    times = []
    for word in words:
        for end in range(1, len(word) + 1):
            started = time.perf_counter()
            view.search.setText(word[:end])
            view.table.viewport().repaint()
            app.processEvents()
            times.append((time.perf_counter() - started) * 1000)
        view.search.clear()
    return times

def make_store(path: Path) -> None:
    from db import demo
    from db.store import open_store

    print(f"creating the 100k demo store in {path} …", flush=True)
    started = time.perf_counter()
    db = open_store(path)
    demo.create(db, companies=10_000, candidates=100_000, needs=20_000, contacts=200_000, seed=1)
    db.close()
    print(f"  created in {time.perf_counter() - started:.1f} s")


def startup(path: Path, runs: int = 5) -> list[float]:
    times = []
    for _ in range(runs):
        env = {**os.environ, "T0": repr(time.time()), "ROOT": str(ROOT), "DB": str(path)}
        out = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, check=True)
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return times


def in_process(path: Path) -> dict:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench"])
    from db.store import open_store
    from ui.context import AppContext
    from ui.mainwindow import MainWindow

    window = MainWindow(AppContext(open_store(path), str(path)))
    view = window.show_view_key("candidates")
    window.show()
    app.processEvents()
    keystrokes = type_words(app, view, SEARCH_WORDS + NUMBER_WORDS)
    view.search.clear()
    companies = window.show_view_key("companies")
    app.processEvents()
    keystrokes += type_words(app, companies, COMPANY_WORDS)
    window.show_view_key("candidates")
    app.processEvents()
    app.processEvents()
    scrolls = []
    bar = view.table.verticalScrollBar()
    rng = random.Random(1)
    for _ in range(200):
        started = time.perf_counter()
        bar.setValue(rng.randrange(bar.maximum()))
        view.table.viewport().repaint()
        app.processEvents()
        scrolls.append((time.perf_counter() - started) * 1000)
    return {"rows": view.model.rowCount(), "keystrokes": keystrokes, "scrolls": scrolls,
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def summary(report: Report, name: str, values: list[float], unit: str) -> None:
    ordered = sorted(values)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    print(f"{name:38s} median {statistics.median(values):8.1f} {unit}  p95 {p95:8.1f} {unit}  "
          f"max {max(values):8.1f} {unit}  (n={len(values)})")
    report.figure(f"{name}, median", statistics.median(values), unit)
    report.figure(f"{name}, max", max(values), unit)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/jobbro-bench-100k.sqlite")
    args = parser.parse_args()
    report = Report.open(__file__)
    path = Path(args.db)
    if not path.exists():
        make_store(path)
    summary(report, "start to first painted window", [t * 1000 for t in startup(path)], "ms")
    result = in_process(path)
    print(f"candidates listed: {result['rows']}")
    summary(report, "search keystroke to repainted table", result["keystrokes"], "ms")
    summary(report, "scroll jump to repainted table", result["scrolls"], "ms")
    print(f"{'peak resident memory (this process)':38s} {result['rss_mb']:.0f} MiB")
    report.figure("peak resident memory", result["rss_mb"], "MiB")  # ru_maxrss is in KiB
    return report.finish()


if __name__ == "__main__":
    status = main()
    sys.stdout.flush()
    os._exit(status)  # skip Qt teardown at interpreter exit: PySide6 can crash there, after the figures

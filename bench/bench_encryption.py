"""Plain against encrypted (SQLCipher) on the 100k demo store, in one run: start to first painted window,
a search keystroke, building the match index, a 100k-row import, a 20-candidate shortlist PDF.

    python bench/bench_encryption.py [--db FILE] [--rows N] [--only WORD]

--only WORD measures just the figures whose label holds WORD (e.g. `--only import`), so a single
figure can be re-run on a shared machine without the other four.

FILE is the plain 100k demo store (created when absent, as bench_workbench.py makes it); the encrypted
one is an encrypted copy of it beside it (made with `cipher.rewrite`, as `jobbro encrypt` does).
Target: encrypted within 1.3x of plain on each figure (docs/BENCHMARKS.md).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASS = "bench kode til krypteret demo"

CHILD = """
import os, sys, time
t0 = float(os.environ["T0"])
sys.path.insert(0, os.environ["ROOT"])
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
app = QApplication(["jobbro"])
from ui import i18n
i18n.install(app, "da")
from db.store import StoreFile
from ui.context import AppContext
from ui.mainwindow import MainWindow
store = StoreFile(os.environ["DB"], os.environ.get("BENCH_PASS") or None)
window = MainWindow(AppContext(store.open(create=False), os.environ["DB"], store=store))
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


def startup(path: Path, passphrase: str | None, runs: int) -> float:
    times = []
    for _ in range(runs):
        env = {**os.environ, "T0": repr(time.time()), "ROOT": str(ROOT), "DB": str(path), "BENCH_PASS": passphrase or ""}
        out = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, check=True)
        times.append(float(out.stdout.strip().splitlines()[-1]) * 1000)
    return statistics.median(times)


def keystrokes(path: Path, passphrase: str | None) -> float:
    from PySide6.QtWidgets import QApplication

    from db.store import StoreFile
    from ui.context import AppContext
    from ui.mainwindow import MainWindow

    app = QApplication.instance() or QApplication(["bench"])
    store = StoreFile(path, passphrase)
    db = store.open(create=False)
    window = MainWindow(AppContext(db, str(path), store=store))
    view = window.show_view_key("candidates")
    window.show()
    app.processEvents()
    from bench_workbench import type_words

    times = type_words(app, view)
    app.processEvents()
    window.hide()
    for v in window.views.values():
        if hasattr(v, "form"):
            v.form.dirty = False
    window.match_service.shutdown()
    db.close()
    return statistics.median(times)


def match_index(path: Path, passphrase: str | None, runs: int = 2) -> float:
    from db import matching_data
    from db.store import StoreFile

    db = StoreFile(path, passphrase).open(create=False)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        matching_data.build_matcher(db)
        times.append(time.perf_counter() - started)
    db.close()
    return min(times)


def shortlist_pdf(path: Path, passphrase: str | None, out: Path, runs: int = 7) -> float:
    """Store -> 20-candidate document -> PDF file, with the matcher built once, as in the app."""
    from db import matching_data
    from db.store import StoreFile
    from ui.services.shortlist_doc import ReportSettings, build_doc, write_pdf

    db = StoreFile(path, passphrase).open(create=False)
    matcher = matching_data.build_matcher(db)
    need_id = db.execute("SELECT id FROM needs WHERE status = 'open' ORDER BY id LIMIT 1").fetchone()[0]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        doc = build_doc(db, matcher, need_id, variant="company", top=20, report=ReportSettings("Jobcenter"))
        write_pdf(doc, out)
        times.append(time.perf_counter() - started)
    db.close()
    return statistics.median(times)


def import_rows(folder: Path, source: Path, passphrase: str | None) -> float:
    from db import importing
    from db.store import open_store

    target = folder / ("import-encrypted.sqlite" if passphrase else "import-plain.sqlite")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    db = open_store(target, passphrase=passphrase)
    started = time.perf_counter()
    plan = importing.run(db, source, "candidates", who="bench")
    seconds = time.perf_counter() - started
    assert plan.ok
    db.close()
    return seconds


def kdf_seconds(path: Path, runs: int = 3) -> float:
    """The deliberate cost of turning the passphrase into the key, paid once per process."""
    import hashlib

    from db import cipher

    with open(path, "rb") as fh:
        salt = fh.read(16)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        hashlib.pbkdf2_hmac("sha512", PASS.encode(), salt, cipher.KDF_ITERATIONS, 32)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def encrypted_copy(plain: Path) -> Path:
    from db import cipher

    target = plain.with_name(plain.stem + "-encrypted.sqlite")
    if cipher.file_kind(target) != "encrypted":
        print(f"making the encrypted copy {target} …", flush=True)
        shutil.copyfile(plain, target)
        started = time.perf_counter()
        cipher.rewrite(target, None, PASS)
        print(f"  encrypted in {time.perf_counter() - started:.1f} s (jobbro encrypt on the 100k store)")
    return target


def main() -> int:
    from bench_import import machine, vocabulary, write_csv
    from bench_workbench import make_store
    from targets import Report

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", default="/tmp/jobbro-bench-100k.sqlite")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", default="", help="measure only the figures whose label contains this word")
    args = parser.parse_args()
    report = Report.open(__file__)
    plain = Path(args.db)
    if not plain.exists():
        make_store(plain)
    encrypted = encrypted_copy(plain)
    folder = Path(tempfile.mkdtemp(prefix="jobbro-bench-enc-"))
    source = folder / "candidates.csv"
    from db.store import open_store

    db = open_store(plain, create=False)
    write_csv(source, args.rows, vocabulary(db))
    db.close()
    print(f"{time.strftime('%Y-%m-%d')}  {machine()}")
    print(f"store {plain.stat().st_size / 1e6:.0f} MB plain, {encrypted.stat().st_size / 1e6:.0f} MB encrypted")
    rows = []
    for label, unit, measure in (
        ("start to first painted window", "ms", lambda p, k: startup(p, k, args.runs)),
        ("search keystroke (median)", "ms", keystrokes),
        ("building the match index", "s", match_index),
        ("import of the candidate rows", "s", lambda p, k: import_rows(folder, source, k)),
        ("20-candidate shortlist PDF", "s", lambda p, k: shortlist_pdf(p, k, folder / "list.pdf")),
    ):
        if args.only.lower() not in label.lower():
            continue
        a = measure(plain, None)
        b = measure(encrypted, PASS)
        rows.append((label, unit, a, b))
        print(f"{label:38s} plain {a:9.2f} {unit}   encrypted {b:9.2f} {unit}   ratio {b / a:5.2f}", flush=True)
        report.figure(f"{label}, encrypted / plain", b / a, "x")
    if not rows:
        print(f"no figure's label contains {args.only!r}")
        return 2
    worst = max(b / a for _, _, a, b in rows)
    print(f"worst ratio {worst:.2f} (target 1.30)")
    print(f"of which key derivation once per start (PBKDF2-HMAC-SHA512, 256,000 iterations): {kdf_seconds(encrypted):.2f} s")
    shutil.rmtree(folder, ignore_errors=True)
    return report.finish()


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # skip Qt teardown at interpreter exit: PySide6 can crash there, after the figures

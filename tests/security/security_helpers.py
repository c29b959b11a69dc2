"""Shared helpers of the encryption and backup tests (a module of its own: every test folder has a conftest)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PASS = "rød hest 42 løber"
NAME = "Zacharias Quistgaard"  # a name that no demo word list holds, to look for in raw bytes


def fill(path: Path, passphrase: str | None = None) -> dict[str, int]:
    """A store with demo data and one known candidate; returns the row counts."""
    from db import candidates, cipher, demo
    from db.store import open_store

    db = open_store(path, passphrase=passphrase)
    demo.create(db, companies=15, candidates=40, needs=8, contacts=10, seed=3)
    candidates.add(db, who="test", name=NAME, phone="12345678", notes="Kan ikke løfte tungt")
    counts = cipher.table_counts(db.conn)
    db.close()
    return counts


def run_python(code: str, **env) -> subprocess.CompletedProcess:
    """Run `code` in a fresh Python with the worktree on the path (for kill -9 and stderr checks)."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=full_env, cwd=ROOT,
                          timeout=120)


def counts_of(path: Path, passphrase: str | None) -> dict[str, int]:
    from db import cipher
    from db.store import open_store

    db = open_store(path, create=False, passphrase=passphrase)
    try:
        return cipher.table_counts(db.conn)
    finally:
        db.close()


def holding_open(path, passphrase=None):
    """Another process (as the app would be) with the store open, until its stdin closes."""
    proc = subprocess.Popen([sys.executable, "-c", f"""
import sys
from db.store import open_store
db = open_store({str(path)!r}, passphrase={passphrase!r})
db.execute("SELECT count(*) FROM candidates").fetchone()
print("open", flush=True)
sys.stdin.read()
"""], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.stdout.readline().strip() == "open"
    return proc

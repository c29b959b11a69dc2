"""Every command against every kind of store file it cannot use: a clear message naming the problem,
a non-zero exit, no traceback, and the file left exactly as it was (a missing one not created)."""

from __future__ import annotations

import os
import sqlite3

import pytest

import main
from db import companies
from db.errors import StoreError
from db.store import open_store

EXPECTED = {  # the sentence of each state, by its English start
    "missing": StoreError.KINDS["missing"], "empty": StoreError.KINDS["empty"],
    "truncated": StoreError.KINDS["truncated"], "corrupt": StoreError.KINDS["damaged"],
    "foreign": StoreError.KINDS["foreign"], "newer": StoreError.KINDS["newer"],
    "locked": StoreError.KINDS["locked"], "readonly": StoreError.KINDS["readonly"],
}


def _commands(tmp_path, store: str) -> dict[str, list[str]]:
    data = tmp_path / "data.csv"
    data.write_text("CVR;Navn\n13748136;Firma\n", encoding="utf-8")
    return {
        "match": ["match", "--db", store, "--need", "1"],
        "occupations": ["occupations", "--db", store, "kok"],
        "skills": ["skills", "--db", store, "excel"],
        "import-esco": ["import-esco", "--db", store, str(data)],
        "import-postcodes": ["import-postcodes", "--db", store, str(data)],
        "import": ["import", "companies", str(data), "--db", store],
        "export": ["export", "companies", "--db", store, "--out", str(tmp_path / "out.csv")],
        "shortlist": ["shortlist", "--db", store, "--need", "1", "--out", str(tmp_path / "out.pdf")],
        "followups": ["followups", "--db", store, "--ics", str(tmp_path / "out.ics")],
        "kpi": ["kpi", "--db", store, "--format", "pdf", "--out", str(tmp_path / "kpi.pdf")],
        "demo": ["demo", "--db", store, "--companies", "1", "--candidates", "1", "--needs", "1", "--contacts", "1"],
    }


@pytest.fixture(scope="module")
def templates(tmp_path_factory) -> dict:
    """One file per state, made once (a store with records takes a while); each test copies its own."""
    folder = tmp_path_factory.mktemp("states")
    good = folder / "good.sqlite"
    db = open_store(good)
    for i in range(20):
        companies.add(db, who="t", name=f"Firma {i}", notes="x" * 400)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = good.read_bytes()
    page = int.from_bytes(data[16:18], "big")
    out = {"good": data, "empty": b"", "truncated": data[:len(data) // 2],
           "corrupt": data[:page] + bytes(b ^ 0x5A for b in data[page:])}
    newer = folder / "newer.sqlite"
    newer.write_bytes(data)
    db = open_store(newer)
    db.execute("INSERT INTO _sqlite_migrations(migration_set, name, applied_at) VALUES ('jobbro', '9999_x', 'x')")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    out["newer"] = newer.read_bytes()
    foreign = folder / "foreign.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notes(a)")
    conn.commit()
    conn.close()
    out["foreign"] = foreign.read_bytes()
    return out


def _make(state: str, path, templates: dict, monkeypatch):
    """Leave the store file at `path` in `state`; returns a clean-up function."""
    if state == "missing":
        return lambda: None
    path.write_bytes(templates.get(state, templates["good"]))
    if state == "readonly":
        # As root every file is writable, so read-only is simulated the way the store tests do.
        real_access = os.access
        monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
    elif state == "locked":
        monkeypatch.setattr("db.store.BUSY_TIMEOUT_MS", 50)
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")

        def release():
            holder.execute("ROLLBACK")
            holder.close()
        return release
    return lambda: None


COMMANDS = ["match", "occupations", "skills", "import-esco", "import-postcodes", "import", "export", "shortlist",
            "kpi", "demo"]


@pytest.mark.parametrize("state", list(EXPECTED))
@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_refuses_an_unusable_store(templates, tmp_path, monkeypatch, capsys, command, state):
    if command == "demo" and state in ("missing", "empty"):
        pytest.skip("demo is the one command that creates a store (it must, for a missing or empty file)")
    path = tmp_path / "store.sqlite"
    release = _make(state, path, templates, monkeypatch)
    before = path.read_bytes() if path.exists() else None
    try:
        code = main.main(["--lang", "en", *_commands(tmp_path, str(path))[command]])
    finally:
        release()
    err = capsys.readouterr().err
    assert code != 0
    assert "Traceback" not in err and "did not expect" not in err
    assert EXPECTED[state].format(path=path) in err
    assert (path.read_bytes() if path.exists() else None) == before

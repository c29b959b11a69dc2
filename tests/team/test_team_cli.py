"""`jobbro team init|join|conflicts` and `jobbro sync` on real stores and the throwaway server; a kill -9
between the server's commit and the laptop's, and in the middle of a pull, loses and doubles nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import main
from db import companies
from db.store import open_store

pytestmark = pytest.mark.usefixtures("qapp")
ROOT = Path(__file__).resolve().parents[2]
ME = "anne"


def run(capsys, *args) -> tuple[int, str, str]:
    code = main.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def _store(path: Path, *names: str) -> Path:
    db = open_store(path)
    for name in names:
        companies.add(db, who=ME, name=name)
    db.close()
    return path


def _names(path: Path) -> list[str]:
    db = open_store(path)
    try:
        return sorted(r[0] for r in db.execute("SELECT name FROM companies"))
    finally:
        db.close()


def test_init_join_sync_and_conflicts_from_the_command_line(team_url, tmp_path, capsys):
    a = _store(tmp_path / "a.sqlite", "Smedien ApS", "Bageriet I/S")
    b = _store(tmp_path / "b.sqlite")
    assert run(capsys, "team", "init", "--server", team_url)[0] == 0
    assert run(capsys, "team", "join", "--db", str(a), "--server", team_url)[0] == 0
    assert run(capsys, "team", "join", "--db", str(b), "--server", team_url)[0] == 0
    code, out, _ = run(capsys, "sync", "--db", str(a), "--json")
    assert code == 0 and json.loads(out)["pushed"] == 2
    code, out, _ = run(capsys, "sync", "--db", str(b), "--json")
    assert json.loads(out)["pulled"] == 2
    assert _names(b) == ["Bageriet I/S", "Smedien ApS"]
    code, out, _ = run(capsys, "team", "conflicts", "--db", str(b), "--json")
    assert code == 0 and json.loads(out) == []


def test_sync_of_a_store_outside_a_team_and_a_wrong_password_are_refused_with_a_sentence(
        team_url, tmp_path, capsys, monkeypatch):
    a = _store(tmp_path / "a.sqlite")
    code, _, err = run(capsys, "sync", "--db", str(a))
    assert code == 3 and "jobbro team join" in err
    monkeypatch.setenv("PGPASSWORD", "wrong")
    code, _, err = run(capsys, "team", "init", "--server", team_url)
    assert code == 3 and "PGPASSWORD" in err and "wrong" not in err


KILLED_SYNC = """
import os, sys
from db.store import open_store
from db.team import push, pull, sync
where = sys.argv[2]
def die(*args, **kwargs):
    os.kill(os.getpid(), 9)
if where == "push":
    push.done = die  # the server committed; the laptop dies before it empties its outbox
else:
    real = pull._apply_one
    count = [0]
    def half(*args):
        count[0] += 1
        if count[0] == 2:
            die()  # half of the pull written, not committed
        return real(*args)
    pull._apply_one = half
sync.sync(open_store(sys.argv[1]))
"""


@pytest.mark.parametrize("where", ["push", "pull"])
def test_a_kill_during_push_or_pull_loses_nothing_and_doubles_nothing(team_url, tmp_path, where):
    from db.team import server, sync

    server.init(team_url)
    a = _store(tmp_path / "a.sqlite", "Smedien ApS", "Bageriet I/S", "Kantinen ApS")
    b = _store(tmp_path / "b.sqlite")
    for path in (a, b):
        db = open_store(path)
        sync.join(db, team_url)
        db.close()
    killed = a if where == "push" else b
    if where == "pull":
        db = open_store(a)
        sync.sync(db)
        db.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", KILLED_SYNC, str(killed), where], env=env, cwd=ROOT)
    assert done.returncode == -9
    for path in (a, b, a, b):
        db = open_store(path)
        sync.sync(db)
        db.close()
    assert _names(a) == _names(b) == ["Bageriet I/S", "Kantinen ApS", "Smedien ApS"]
    import psycopg

    with psycopg.connect(team_url) as conn:
        assert conn.execute("SELECT count(*) FROM jobbro.records").fetchone()[0] == 3
        assert conn.execute("SELECT count(*) FROM jobbro.log WHERE op = 'insert'").fetchone()[0] == 3


def test_sync_against_a_server_from_a_newer_jobbro_is_refused_and_the_changes_wait(team_url, tmp_path, capsys):
    import psycopg

    from db.team import outbox, server

    a = _store(tmp_path / "a.sqlite", "Smedien ApS")
    run(capsys, "team", "init", "--server", team_url)
    run(capsys, "team", "join", "--db", str(a), "--server", team_url)
    with psycopg.connect(team_url) as conn:
        conn.execute("INSERT INTO jobbro.schema_version (version) VALUES (%s)", (server.VERSION + 1,))
    code, _, err = run(capsys, "sync", "--db", str(a))
    assert code == 3 and str(server.VERSION + 1) in err
    db = open_store(a)
    try:
        assert outbox.waiting(db) == 1
    finally:
        db.close()

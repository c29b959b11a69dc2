"""A throwaway PostgreSQL server for the team tests (tests/team/throwaway.py), one per session.

Without PostgreSQL's server binaries the team tests FAIL: the team register must be proven in CI too.
"""

from __future__ import annotations

import itertools
import os

import pytest

from tests.team.throwaway import PASSWORD, MissingServer, throwaway_server


@pytest.fixture(scope="session")
def pg_server():
    try:
        with throwaway_server() as server:
            yield server
    except MissingServer as exc:
        pytest.fail(str(exc))


_numbers = itertools.count(1)


@pytest.fixture
def team_url(pg_server, monkeypatch):
    """A fresh, empty database on the throwaway server for one test; the password through PGPASSWORD."""
    import psycopg

    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    if not pg_server.running():
        pg_server.start()
    name = f"team_{os.getpid()}_{next(_numbers)}"
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return pg_server.url(name)


@pytest.fixture
def team(team_url, tmp_path):
    """Two laptops' stores joined to a fresh team register."""
    from db.store import open_store
    from db.team import server, sync

    server.init(team_url)
    a = open_store(tmp_path / "a.sqlite")
    b = open_store(tmp_path / "b.sqlite")
    sync.join(a, team_url)
    sync.join(b, team_url)
    yield a, b
    a.close()
    b.close()

"""The team server's schema: created and upgraded by Jobbro, a newer server refused, logins through libpq."""

from __future__ import annotations

import psycopg
import pytest

from db.team import server
from db.team.errors import TeamError


def test_init_creates_the_schema_and_a_second_init_changes_nothing(team_url):
    assert server.init(team_url) == (0, server.VERSION)
    assert server.init(team_url) == (server.VERSION, server.VERSION)
    with server.connect(team_url) as conn:
        assert server.check(conn) == server.VERSION
        tables = {r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'jobbro'")}
    assert {"schema_version", "records", "log", "conflicts", "clients"} <= tables


def test_a_server_without_the_schema_is_reported_as_not_set_up(team_url):
    with server.connect(team_url) as conn, pytest.raises(TeamError) as caught:
        server.check(conn)
    assert caught.value.kind == "not_initialised"


def test_a_server_from_a_newer_jobbro_is_refused_and_left_as_it_is(team_url):
    server.init(team_url)
    with psycopg.connect(team_url) as conn:
        conn.execute("INSERT INTO jobbro.schema_version (version) VALUES (%s)", (server.VERSION + 1,))
    with pytest.raises(TeamError) as caught:
        server.init(team_url)
    assert caught.value.kind == "newer"
    assert str(server.VERSION + 1) in str(caught.value)
    with server.connect(team_url) as conn, pytest.raises(TeamError):
        server.check(conn)
    with psycopg.connect(team_url) as conn:
        assert conn.execute("SELECT max(version) FROM jobbro.schema_version").fetchone()[0] == server.VERSION + 1


def test_a_wrong_password_is_a_login_error_that_names_where_passwords_come_from(team_url, monkeypatch):
    monkeypatch.setenv("PGPASSWORD", "not-the-password")
    with pytest.raises(TeamError) as caught:
        server.connect(team_url)
    assert caught.value.kind == "login"
    assert "not-the-password" not in str(caught.value)


def test_a_server_that_is_gone_is_unreachable(pg_server, team_url):
    pg_server.stop()
    try:
        with pytest.raises(TeamError) as caught:
            server.connect(team_url)
        assert caught.value.kind == "unreachable"
    finally:
        pg_server.start()


def test_a_password_in_the_address_is_refused():
    with pytest.raises(TeamError) as caught:
        server.conninfo("host=db.example.dk dbname=jobbro password=hemmelig")
    assert caught.value.kind == "password_in_url"
    assert "hemmelig" not in str(caught.value)


@pytest.mark.parametrize(("url", "sslmode"), [
    ("host=db.example.dk dbname=jobbro", "verify-full"),
    ("postgresql://db.example.dk/jobbro", "verify-full"),
    ("host=db.example.dk dbname=jobbro sslmode=require", "require"),
    ("host=localhost dbname=jobbro", None),
    ("host=/run/postgresql dbname=jobbro", None),
])
def test_verify_full_is_the_default_off_localhost(url, sslmode):
    params = psycopg.conninfo.conninfo_to_dict(server.conninfo(url))
    assert params.get("sslmode") == sslmode

"""Opening store files: new, existing, upgraded, and the files Jobbro must refuse without touching them."""

import sqlite3

import pytest

from db import companies, search
from db.errors import StoreError
from db.schema import MIGRATIONS
from db.store import open_store, schema_version


def test_new_store_is_migrated_seeded_and_in_wal_mode(store_path):
    db = open_store(store_path)
    assert schema_version(db) == [m.name for m in MIGRATIONS._migrations]
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert db.execute("SELECT count(*) FROM measures").fetchone()[0] >= 8
    assert db.execute("SELECT count(*) FROM target_groups").fetchone()[0] >= 10
    db.close()


def test_reopening_keeps_data(store_path):
    db = open_store(store_path)
    companies.add(db, who="t", name="Bager Jensen")
    db.close()
    db = open_store(store_path)
    assert companies.names(db)[0][1] == "Bager Jensen"
    db.close()


def test_upgrade_from_previous_schema_version_keeps_and_indexes_data(store_path):
    conn = sqlite3.connect(store_path, isolation_level=None)
    from sqlite_utils import Database

    from db.schema import APPLICATION_ID

    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    old = Database(conn)
    MIGRATIONS.apply(old, stop_before="0002_search")
    now = "2026-01-01T00:00:00"
    old.execute("INSERT INTO companies(name, name_key, status, created_at, updated_at) "
                "VALUES ('Gammel Smedie ApS', 'gammel smedie aps', 'active', ?, ?)", [now, now])
    conn.close()
    db = open_store(store_path)
    assert "0002_search" in schema_version(db)
    assert search.matching_ids(db, "companies", "smedie") == [1]
    db.close()


def _unchanged(path, action):
    before = path.read_bytes()
    with pytest.raises(StoreError) as info:
        action()
    assert path.read_bytes() == before
    return info.value


def test_a_text_file_is_not_a_store(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("this is not a database")
    assert _unchanged(path, lambda: open_store(path)).kind == "foreign"


def test_another_programs_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE x(a)")
    conn.commit()
    conn.close()
    assert _unchanged(path, lambda: open_store(path)).kind == "foreign"


def test_a_store_from_a_newer_version_is_refused(store_path):
    db = open_store(store_path)
    db.execute("INSERT INTO _sqlite_migrations(migration_set, name, applied_at) VALUES ('jobbro', '9999_future', 'x')")
    db.close()
    assert _unchanged(store_path, lambda: open_store(store_path)).kind == "newer"


def test_a_read_only_store_is_refused(store_path):
    open_store(store_path).close()
    store_path.chmod(0o444)
    try:
        import os

        if os.access(store_path, os.W_OK):
            pytest.skip("running as a user who can write read-only files (root)")
        assert _unchanged(store_path, lambda: open_store(store_path)).kind == "readonly"
    finally:
        store_path.chmod(0o644)


def test_a_read_only_folder_is_refused(tmp_path, monkeypatch):
    import os

    path = tmp_path / "store.sqlite"
    open_store(path).close()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
    assert _unchanged(path, lambda: open_store(path)).kind == "readonly"


def test_a_locked_store_gives_a_clear_error(store_path, monkeypatch):
    open_store(store_path).close()
    monkeypatch.setattr("db.store.BUSY_TIMEOUT_MS", 100)
    holder = sqlite3.connect(store_path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError) as info:
            open_store(store_path)
        assert info.value.kind == "locked"
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_missing_store_without_create(tmp_path):
    with pytest.raises(StoreError) as info:
        open_store(tmp_path / "nope.sqlite", create=False)
    assert info.value.kind == "missing"
    assert not (tmp_path / "nope.sqlite").exists()


def test_second_connection_waits_instead_of_failing(store_path):
    import threading
    import time

    open_store(store_path).close()
    holding = threading.Event()

    def hold_write_lock():
        other = sqlite3.connect(store_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        holding.set()
        time.sleep(0.4)
        other.execute("COMMIT")
        other.close()

    thread = threading.Thread(target=hold_write_lock)
    thread.start()
    holding.wait()
    db = open_store(store_path)
    companies.add(db, who="t", name="Venter ApS")  # without the busy timeout: "database is locked"
    thread.join()
    assert companies.names(db)[0][1] == "Venter ApS"
    db.close()

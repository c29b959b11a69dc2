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


# ---- files that are not usable stores: each refused with its own message, the file untouched ----

def _filled_store(path):
    db = open_store(path)
    for i in range(30):
        companies.add(db, who="t", name=f"Firma {i} ApS", notes="x" * 500)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


def test_an_empty_file_is_reported_as_empty_and_not_made_a_store(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.write_bytes(b"")
    error = _unchanged(path, lambda: open_store(path, create=False))
    assert error.kind == "empty" and "empty file" in str(error)
    assert path.stat().st_size == 0


@pytest.mark.parametrize("keep", [5, 60, 4096 * 3])
def test_a_truncated_store_is_called_incomplete(store_path, keep):
    _filled_store(store_path)
    store_path.write_bytes(store_path.read_bytes()[:keep])
    assert _unchanged(store_path, lambda: open_store(store_path)).kind == "truncated"


def test_a_store_with_damaged_pages_is_refused_at_open_pointing_to_backups(store_path):
    _filled_store(store_path)
    data = bytearray(store_path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(page, len(data), 7):  # every page but the first (the header and schema)
        data[offset] = (data[offset] * 31 + 7) % 256
    store_path.write_bytes(bytes(data))
    error = _unchanged(store_path, lambda: open_store(store_path))
    assert error.kind == "damaged" and "backup" in str(error)


def test_a_damaged_table_root_is_found_by_the_quick_check(store_path):
    _filled_store(store_path)
    conn = sqlite3.connect(store_path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'companies'").fetchone()[0]
    conn.close()
    data = bytearray(store_path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    start = (root - 1) * page
    data[start:start + page] = bytes((i * 37 + 11) % 256 for i in range(page))
    store_path.write_bytes(bytes(data))
    assert _unchanged(store_path, lambda: open_store(store_path)).kind == "damaged"


def _open_when_told(path, go, results):
    go.wait()
    try:
        open_store(path).close()
        results.put("ok")
    except Exception as exc:  # noqa: BLE001 - the test reports whatever the race raised
        results.put(repr(exc))


def test_two_first_opens_at_the_same_moment_both_succeed(tmp_path):
    import multiprocessing

    context = multiprocessing.get_context("fork")
    for attempt in range(4):
        path = tmp_path / f"new{attempt}.sqlite"
        go, results = context.Event(), context.Queue()
        workers = [context.Process(target=_open_when_told, args=(path, go, results)) for _ in range(3)]
        for worker in workers:
            worker.start()
        go.set()
        outcomes = [results.get(timeout=60) for _ in workers]
        for worker in workers:
            worker.join()
        assert outcomes == ["ok"] * 3
        db = open_store(path)
        assert schema_version(db) == [m.name for m in MIGRATIONS._migrations]
        db.close()

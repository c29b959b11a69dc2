"""Backups: written with the online backup API, encrypted like the store, checked, rotated, restored;
a kill -9 or a full disk leaves no half backup and never a half store."""

from __future__ import annotations

import os
import signal
import sqlite3
from datetime import datetime, timedelta

import pytest
from security_helpers import NAME, PASS, counts_of, holding_open, run_python

from db import backup, cipher
from db.errors import StoreError
from db.store import StoreFile, open_store


def test_a_backup_of_an_encrypted_store_is_encrypted_checked_and_named_by_date(encrypted_store, tmp_path):
    path, counts = encrypted_store
    db = StoreFile(path, PASS).open(create=False)
    out = backup.automatic_backup(db, tmp_path / "bk", PASS, now=datetime(2026, 12, 6, 8, 30))
    db.close()
    assert out.name == "jobbro-auto-20261206-083000.sqlite"
    assert cipher.file_kind(out) == "encrypted" and NAME.encode() not in out.read_bytes()
    assert backup.inspect(out, PASS).counts == counts
    with pytest.raises(StoreError) as info:
        backup.inspect(out, None)
    assert info.value.kind == "needs_passphrase"
    assert os.listdir(tmp_path / "bk") == [out.name]


def test_a_backup_of_a_plain_store_is_plain(plain_store, tmp_path):
    path, counts = plain_store
    db = open_store(path)
    out = tmp_path / "copy.sqlite"
    assert backup.write_backup(db, out) == counts
    db.close()
    assert cipher.file_kind(out) == "plain"
    assert backup.inspect(out).counts == counts


def _backups(days: list[datetime]) -> list[backup.Backup]:
    return [backup.Backup(backup.backup_name("auto", d), "auto", d) for d in days]


def test_rotation_keeps_seven_days_and_four_weeks_and_never_other_kinds():
    start = datetime(2026, 12, 6, 17, 0)
    autos = _backups([start - timedelta(days=d, hours=h) for d in range(60) for h in (0, 5)])
    kept_by_hand = backup.Backup("jobbro-before-restore-20260101-100000.sqlite", "before-restore", datetime(2026, 1, 1))
    removed = backup.to_remove([*autos, kept_by_hand])
    kept = [b for b in autos if b not in removed]
    assert kept_by_hand not in removed
    days = sorted({b.taken.date() for b in kept}, reverse=True)
    assert days[:7] == [(start - timedelta(days=d)).date() for d in range(7)]
    assert len({b.taken.isocalendar()[:2] for b in kept}) == 4  # the last four weeks, some inside the 7 days
    assert len(kept) <= 11
    assert all(b.taken.hour == 17 for b in kept)  # the newest of each day


def test_rotation_in_a_folder_and_when_a_backup_is_due(encrypted_store, tmp_path):
    path, _ = encrypted_store
    folder = tmp_path / "bk"
    db = StoreFile(path, PASS).open(create=False)
    start = datetime(2026, 11, 1, 12, 0)
    assert backup.is_due(folder, start)
    for day in range(20):
        backup.automatic_backup(db, folder, PASS, now=start + timedelta(days=day))
    db.close()
    assert len(backup.list_backups(folder)) <= 11
    assert not backup.is_due(folder, start + timedelta(days=19, hours=23))
    assert backup.is_due(folder, start + timedelta(days=20, hours=1))


@pytest.mark.parametrize("step", ["written", "checked"])
def test_kill_9_during_a_backup_leaves_no_backup_and_the_store_whole(encrypted_store, tmp_path, step):
    path, counts = encrypted_store
    out = tmp_path / "bk" / "jobbro-manual-20261206-100000.sqlite"
    done = run_python(f"""
import os, signal
from db import backup
from db.store import StoreFile
db = StoreFile({str(path)!r}, {PASS!r}).open(create=False)
def at(name):
    if name == {step!r}:
        os.kill(os.getpid(), signal.SIGKILL)
backup.write_backup(db, {str(out)!r}, {PASS!r}, on_step=at)
""")
    assert done.returncode == -signal.SIGKILL
    assert not out.exists() and backup.list_backups(out.parent) == []
    assert counts_of(path, PASS) == counts
    db = StoreFile(path, PASS).open(create=False)
    backup.write_backup(db, out, PASS)  # the leftover part file is replaced by the next backup
    db.close()
    assert sorted(os.listdir(out.parent)) == [out.name]


def test_a_full_disk_during_a_backup_says_so_and_leaves_nothing(encrypted_store, tmp_path):
    path, _ = encrypted_store
    out = tmp_path / "bk" / "full.sqlite"
    done = run_python(f"""
import resource, signal, sys
from db import backup
from db.errors import StoreError
from db.store import StoreFile
db = StoreFile({str(path)!r}, {PASS!r}).open(create=False)
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (40000, resource.RLIM_INFINITY))  # files may not grow past 40 kB
try:
    backup.write_backup(db, {str(out)!r}, {PASS!r})
except StoreError as exc:
    print(exc.kind)
""")
    assert done.stdout.strip() == "disk_full", done.stderr
    assert list((tmp_path / "bk").iterdir()) == []


def test_a_backup_folder_that_cannot_be_written(encrypted_store, tmp_path):
    path, _ = encrypted_store
    blocker = tmp_path / "a file"
    blocker.write_text("x")
    db = StoreFile(path, PASS).open(create=False)
    with pytest.raises(StoreError) as info:
        backup.automatic_backup(db, blocker / "backups", PASS)
    assert info.value.kind == "backup_folder"
    if os.geteuid() != 0:  # root writes into read-only folders
        folder = tmp_path / "ro"
        folder.mkdir()
        folder.chmod(0o500)
        with pytest.raises(StoreError) as info:
            backup.automatic_backup(db, folder, PASS)
        assert info.value.kind == "backup_folder"
    db.close()


def _backup_of(path, passphrase, out):
    db = open_store(path, create=False, passphrase=passphrase)
    backup.write_backup(db, out, passphrase)
    db.close()
    return out


def test_restore_brings_the_backup_back_and_keeps_the_store_as_it_was(encrypted_store, tmp_path):
    path, counts = encrypted_store
    saved = _backup_of(path, PASS, tmp_path / "saved.sqlite")
    db = StoreFile(path, PASS).open(create=False)
    db.execute("DELETE FROM contacts")
    db.close()
    changed = counts_of(path, PASS)
    steps = []
    kept = backup.restore(path, saved, passphrase=PASS, keep_folder=tmp_path / "bk", on_step=steps.append)
    assert steps == ["checked", "kept", "copied", "swapped"]
    assert counts_of(path, PASS) == counts
    assert kept.name.startswith("jobbro-before-restore-") and backup.inspect(kept, PASS).counts == changed
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name)) == [path.name]


def _newer(path: str, tmp_path):
    newer = tmp_path / "newer.sqlite"
    _backup_of(path, None, newer)
    conn = sqlite3.connect(newer)
    conn.execute("INSERT INTO _sqlite_migrations(migration_set, name, applied_at) VALUES ('jobbro', '9999_future', 'x')")
    conn.commit()
    conn.close()
    return newer


@pytest.mark.parametrize("make, kind", [
    (lambda p, t: (t / "cut.sqlite").write_bytes(p.read_bytes()[:16384]) and t / "cut.sqlite", "damaged"),
    (lambda p, t: (t / "notes.txt").write_text("Kære kunde\n" * 300) and t / "notes.txt", "foreign"),
    (lambda p, t: _newer(p, t), "newer"),
])
def test_restore_refuses_a_truncated_foreign_or_newer_file_and_changes_nothing(plain_store, tmp_path, make, kind):
    path, counts = plain_store
    source = make(path, tmp_path)
    before = path.read_bytes()
    with pytest.raises(StoreError) as info:
        backup.restore(path, source, passphrase=None, keep_folder=tmp_path / "bk")
    assert info.value.kind == kind
    assert path.read_bytes() == before
    assert not (tmp_path / "bk").exists()


def test_a_foreign_sqlite_file_is_refused(plain_store, tmp_path):
    path, _ = plain_store
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError) as info:
        backup.restore(path, other, passphrase=None, keep_folder=tmp_path / "bk")
    assert info.value.kind == "foreign"


@pytest.mark.parametrize("step, restored", [("checked", False), ("kept", False), ("copied", False), ("swapped", True)])
def test_kill_9_during_a_restore_leaves_the_old_or_the_restored_store_whole(encrypted_store, tmp_path, step, restored):
    path, counts = encrypted_store
    saved = _backup_of(path, PASS, tmp_path / "saved.sqlite")
    db = StoreFile(path, PASS).open(create=False)
    db.execute("DELETE FROM contacts")
    db.close()
    changed = counts_of(path, PASS)
    done = run_python(f"""
import os, signal
from db import backup
def at(name):
    if name == {step!r}:
        os.kill(os.getpid(), signal.SIGKILL)
backup.restore({str(path)!r}, {str(saved)!r}, passphrase={PASS!r}, keep_folder={str(tmp_path / "bk")!r}, on_step=at)
""")
    assert done.returncode == -signal.SIGKILL
    assert counts_of(path, PASS) == (counts if restored else changed)
    # a second restore after the kill completes
    backup.restore(path, saved, passphrase=PASS, keep_folder=tmp_path / "bk")
    assert counts_of(path, PASS) == counts


def test_restore_refuses_while_the_store_is_open_elsewhere(encrypted_store, tmp_path):
    path, counts = encrypted_store
    saved = _backup_of(path, PASS, tmp_path / "saved.sqlite")
    other = holding_open(path, PASS)
    try:
        with pytest.raises(StoreError) as info:
            backup.restore(path, saved, passphrase=PASS, keep_folder=tmp_path / "bk", timeout=0.2)
        assert info.value.kind == "locked"
    finally:
        other.communicate("")
    assert counts_of(path, PASS) == counts

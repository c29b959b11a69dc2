"""Encrypted stores: telling files apart, passphrase errors that change nothing, and rewriting a store
under a new key so that a kill -9 at any step leaves either the old store or the new one, whole."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from security_helpers import NAME, PASS, ROOT, counts_of, fill, holding_open, run_python

from db import candidates, cipher, search
from db.errors import StoreError
from db.store import StoreFile, open_store


def test_a_new_store_with_a_passphrase_is_encrypted_and_holds_no_readable_name(encrypted_store):
    path, counts = encrypted_store
    raw = path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert NAME.encode() not in raw and b"12345678" not in raw
    assert cipher.file_kind(path) == "encrypted"
    with pytest.raises(sqlite3.DatabaseError):  # any SQLite tool sees noise
        sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone()
    assert counts_of(path, PASS) == counts


def test_an_encrypted_store_works_with_search_wal_and_writes(encrypted_store):
    path, _ = encrypted_store
    db = StoreFile(path, PASS).open(create=False)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    found = search.matching_ids(db, "candidates", "Quistgaard")
    assert len(found) == 1
    candidates.update(db, found[0], who="test", notes="Ny note")
    db.close()
    db = open_store(path, create=False, passphrase=PASS)
    assert candidates.get(db, found[0])["notes"] == "Ny note"
    db.close()


@pytest.mark.parametrize("passphrase, kind", [(None, "needs_passphrase"), ("forkert kode", "wrong_passphrase"),
                                              ("", "empty_passphrase"), ("   ", "empty_passphrase")])
def test_a_wrong_missing_or_blank_passphrase_changes_nothing(encrypted_store, passphrase, kind):
    path, _ = encrypted_store
    before = path.read_bytes()
    names = sorted(os.listdir(path.parent))
    with pytest.raises(StoreError) as info:
        open_store(path, create=False, passphrase=passphrase)
    assert info.value.kind == kind
    assert path.read_bytes() == before
    assert sorted(os.listdir(path.parent)) == names
    if passphrase:
        assert passphrase not in str(info.value)


def test_three_wrong_tries_then_the_right_one_still_opens(encrypted_store):
    path, counts = encrypted_store
    for attempt in ("a", "b", "c"):
        with pytest.raises(StoreError):
            StoreFile(path, attempt * 9).open(create=False)
    assert counts_of(path, PASS) == counts


def test_a_passphrase_for_a_plain_store_opens_it_plain(plain_store):
    path, counts = plain_store
    assert counts_of(path, "ikke brugt 123") == counts
    assert cipher.file_kind(path) == "plain"


def test_files_that_are_not_stores_are_told_apart_without_a_passphrase(tmp_path, encrypted_store):
    text = tmp_path / "notes.sqlite"
    text.write_text("navn;telefon\n" * 200)
    pdf_like = tmp_path / "short.sqlite"
    pdf_like.write_bytes(os.urandom(700))
    assert cipher.file_kind(text) == "foreign" and cipher.file_kind(pdf_like) == "foreign"
    with pytest.raises(StoreError) as info:
        open_store(text, passphrase=PASS)
    assert info.value.kind == "foreign"
    path, _ = encrypted_store
    cut = tmp_path / "cut.sqlite"
    cut.write_bytes(path.read_bytes()[:8192])
    with pytest.raises(StoreError) as info:
        open_store(cut, create=False, passphrase=PASS)
    assert info.value.kind == "damaged"
    with pytest.raises(StoreError) as info:
        open_store(cut, create=False, passphrase="en anden kode")
    assert info.value.kind == "wrong_passphrase"


def test_sqlcipher_writes_nothing_on_stderr_for_a_wrong_passphrase(encrypted_store):
    path, _ = encrypted_store
    done = run_python(f"""
from db.store import open_store
from db.errors import StoreError
for _ in range(3):
    try:
        open_store({str(path)!r}, create=False, passphrase="forkert kode")
    except StoreError as exc:
        print(exc.kind)
""")
    assert done.stdout.split() == ["wrong_passphrase"] * 3
    assert done.stderr == ""


def test_the_passphrase_stays_out_of_repr_and_messages(tmp_path):
    store = StoreFile(tmp_path / "x.sqlite", PASS)
    assert PASS not in repr(store) and PASS not in str(store)


def test_passphrase_rules_and_strength_hint():
    assert cipher.passphrase_problem("") == ("empty", {})
    assert cipher.passphrase_problem("   \t") == ("empty", {})
    assert cipher.passphrase_problem("kort") == ("short", {"n": cipher.MIN_PASSPHRASE})
    assert cipher.passphrase_problem("lang nok kode", "lang nok kod") == ("mismatch", {})
    assert cipher.passphrase_problem("lang nok kode", "lang nok kode") is None
    assert cipher.strength("abcdefgh") == "weak"
    assert cipher.strength("Hest-og-kat7") in ("fair", "strong")
    assert cipher.strength("rød hest løber over 7 broer") == "strong"


def test_encrypting_keeps_every_row_and_leaves_no_plain_copy(plain_store):
    path, counts = plain_store
    steps = []
    assert cipher.rewrite(path, None, PASS, on_step=steps.append) == counts
    assert steps == ["exported", "checked", "swapped", "removed"]
    assert cipher.file_kind(path) == "encrypted"
    assert sorted(os.listdir(path.parent)) == [path.name]
    assert NAME.encode() not in path.read_bytes()
    assert counts_of(path, PASS) == counts


def test_changing_the_passphrase(encrypted_store):
    path, counts = encrypted_store
    cipher.rewrite(path, PASS, "ny og bedre kode")
    with pytest.raises(StoreError):
        StoreFile(path, PASS).open(create=False)
    assert counts_of(path, "ny og bedre kode") == counts
    with pytest.raises(StoreError) as info:
        cipher.rewrite(path, "forkert kode", "endnu en kode")
    assert info.value.kind == "wrong_passphrase"


def test_a_store_open_elsewhere_is_not_rewritten(plain_store):
    path, counts = plain_store
    other = holding_open(path)
    with pytest.raises(StoreError) as info:
        cipher.rewrite(path, None, PASS, timeout=0.2)
    assert info.value.kind == "locked"
    other.communicate("")
    assert cipher.file_kind(path) == "plain"
    assert counts_of(path, None) == counts


def test_refusals_of_encrypt_and_passphrase_change(plain_store, encrypted_store):
    plain, _ = plain_store
    secret, _ = encrypted_store
    for source, old, kind in ((secret, None, "already_encrypted"), (plain, PASS, "not_encrypted")):
        with pytest.raises(StoreError) as info:
            cipher.rewrite(source, old, "ny og bedre kode")
        assert info.value.kind == kind
    with pytest.raises(StoreError) as info:
        cipher.rewrite(plain, None, "kort")
    assert info.value.kind == "short_passphrase"


def _whole(path, counts, new_passphrase):
    """The store is either the old plain one or the new encrypted one, with every row."""
    kind = cipher.file_kind(path)
    assert kind in ("plain", "encrypted")
    assert counts_of(path, new_passphrase if kind == "encrypted" else None) == counts
    return kind


@pytest.mark.parametrize("step, expected", [("exported", "plain"), ("checked", "plain"), ("swapped", "encrypted")])
def test_kill_9_at_each_step_of_encrypting(plain_store, step, expected):
    path, counts = plain_store
    done = run_python(f"""
import os, signal
from db import cipher
def at(name):
    if name == {step!r}:
        os.kill(os.getpid(), signal.SIGKILL)
cipher.rewrite({str(path)!r}, None, {PASS!r}, on_step=at)
""")
    assert done.returncode == -signal.SIGKILL
    assert _whole(path, counts, PASS) == expected
    # opening it tidied up: no second name of the plain original remains
    assert not (path.parent / (path.name + cipher.OLD_PLAIN_SUFFIX)).exists()
    if expected == "plain":  # and encrypting again works
        cipher.rewrite(path, None, PASS)
        assert _whole(path, counts, PASS) == "encrypted"
    assert sorted(os.listdir(path.parent)) == [path.name]


def test_kill_9_of_the_encrypt_command_at_any_moment(tmp_path):
    results = set()
    for delay in (0.3, 0.8, 1.3, 1.8, 2.5):
        path = tmp_path / f"s{delay}.sqlite"
        counts = fill(path)
        env = {**os.environ, "JOBBRO_PASSPHRASE": PASS, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
        proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "encrypt", "--db", str(path)], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)  # not a wait for a result: the point of the kill is deliberately arbitrary
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        results.add(_whole(path, counts, PASS))
        if cipher.file_kind(path) == "encrypted":
            assert NAME.encode() not in b"".join(p.read_bytes() for p in tmp_path.glob(f"s{delay}.sqlite*"))
    assert results  # each run ended whole; which side it ended on depends on the machine's speed


def test_a_full_disk_while_encrypting_leaves_the_plain_store_whole(plain_store):
    path, counts = plain_store
    done = run_python(f"""
import resource, signal
from db import cipher
from db.errors import StoreError
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (60000, resource.RLIM_INFINITY))  # new files may not grow past 60 kB
try:
    cipher.rewrite({str(path)!r}, None, {PASS!r})
except StoreError as exc:
    print(exc.kind)
""")
    assert done.stdout.strip() == "write_failed", done.stderr
    assert _whole(path, counts, PASS) == "plain"
    assert sorted(os.listdir(path.parent)) == [path.name]

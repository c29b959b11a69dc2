"""kill -9 during erasures: every person is afterwards either whole or erased, never half, and the store is sound."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from db import candidates, companies, contacts, needs, shortlists
from db.store import open_store

ROOT = Path(__file__).resolve().parents[2]
PEOPLE = 12
# Erases the candidates one after another, saying which one it starts; killed somewhere in between.
SCRIPT = """
import sys
from db import erasure
from db.store import open_store
db = open_store(sys.argv[1], create=False)
for cid in map(int, sys.argv[2:]):
    print(cid, flush=True)
    erasure.erase_candidate(db, cid, who="kill-test")
print("done", flush=True)
"""


@pytest.fixture
def crowded(store, store_path):
    company = companies.add(store, who="t", name="Firma").id
    need_ids = [needs.add(store, who="t", company_id=company, title=f"Job {i}").id for i in range(3)]
    people = []
    for i in range(PEOPLE):
        pid = candidates.add(store, who="t", name=f"Person {i}", notes="truck lager " * 40,
                             skills=["Truckcertifikat", "Lager"], occupations=["Lagerarbejder"]).id
        for need in need_ids:
            shortlists.add(store, need, pid, who="t", note=f"note {i}")
        contacts.add(store, who="t", company_id=company, at="2026-01-05T10:00", kind="phone",
                     summary=f"Ringede om person {i} og lager")  # redacted in the erasure's transaction
        people.append(pid)
    for i in range(400):  # a bigger index makes each erasure's merge take a while
        candidates.add(store, who="t", name=f"Fyld {i}", notes=f"ord{i} lager truck plukker")
    store.close()
    return store_path, people


def check(path, people) -> tuple[int, int]:
    db = open_store(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    whole = erased = 0
    for i, pid in enumerate(people):
        named = db.execute("SELECT count(*) FROM contacts WHERE summary = ?", [f"Ringede om person {i} og lager"])
        present = db.execute("SELECT count(*) FROM candidates WHERE id = ?", [pid]).fetchone()[0]
        skills = db.execute("SELECT count(*) FROM candidate_skills WHERE candidate_id = ?", [pid]).fetchone()[0]
        entries = db.execute("SELECT count(*) FROM shortlist_entries WHERE candidate_id = ?", [pid]).fetchone()[0]
        erase_rows = db.execute("SELECT count(*) FROM audit WHERE table_name = 'candidates' AND record_id = ? "
                                "AND action = 'erase'", [pid]).fetchone()[0]
        named = named.fetchone()[0]
        if present:
            assert (skills, entries, erase_rows, named) == (2, 3, 0, 1)
            whole += 1
        else:
            assert (skills, entries, erase_rows, named) == (0, 0, 1, 0)
            erased += 1
    assert db.execute("SELECT count(*) FROM shortlist_entries").fetchone()[0] == 3 * PEOPLE
    assert db.execute("SELECT count(*) FROM contacts WHERE summary = 'Ringede om [slettet] og lager'").fetchone()[0] \
        == erased
    assert db.execute("SELECT count(*) FROM shortlist_entries WHERE candidate_id IS NULL").fetchone()[0] == 3 * erased
    db.close()
    return whole, erased


@pytest.mark.parametrize("kill_after", [1, 4, 8])
def test_kill_during_erasures_leaves_each_person_whole_or_gone(crowded, kill_after):
    path, people = crowded
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT, str(path), *map(str, people)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, text=True)
    try:
        for _ in range(kill_after):
            line = proc.stdout.readline()
            assert line.strip() and line.strip() != "done"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    whole, erased = check(path, people)
    assert erased >= kill_after - 1 and whole + erased == PEOPLE

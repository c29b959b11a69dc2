"""Erasure on real store files: the person leaves every table, the index, the audit and the file's bytes."""

from __future__ import annotations

import datetime as dt

import pytest

from db import candidates, companies, erasure, needs, read_audit, search, shortlists
from db.errors import NotFound
from db.store import open_store

WHO = "Mette"
TODAY = dt.date.today()
# Words that occur nowhere but in this person's data (the raw-bytes check looks for each).
NAME = "Xerxesia Quorndottir"
PHONE = "29417365"
EMAIL = "xerxesia.q@eksempel.dk"
OLD_NOTE = "Zygomorphic trombonistik"
NOTE = "Vexillologisk kanotur"
SECRETS = [b"Xerxesia", b"Quorndottir", PHONE.encode(), b"xerxesia.q", b"Zygomorphic", b"trombonistik",
           b"Vexillologisk", b"kanotur"]


def raw_hits(path) -> list[bytes]:
    """Which secret words are still somewhere in the store file or its WAL, in any case."""
    data = b""
    for name in (path, path.with_name(path.name + "-wal")):
        if name.exists():
            data += name.read_bytes().lower()
    return [word for word in SECRETS if word.lower() in data]


@pytest.fixture
def person(store, store_path):
    company = companies.add(store, who=WHO, name="Vejle Lager A/S").id
    need = needs.add(store, who=WHO, company_id=company, title="Lagermedarbejder", positions=1).id
    others = [candidates.add(store, who=WHO, name=f"Anden Person {i}", notes="lager truck").id for i in range(30)]
    pid = candidates.add(store, who=WHO, name=NAME, phone=PHONE, email=EMAIL, notes=OLD_NOTE,
                         skills=["Truckcertifikat"], occupations=["Lagerarbejder"]).id
    candidates.update(store, pid, who=WHO, notes=NOTE)  # the old note lingers in the FTS segments
    shortlists.add(store, need, others[0], who=WHO)
    entry = shortlists.add(store, need, pid, who=WHO, note="Ringede til Xerxesia").id
    shortlists.set_status(store, entry, "sent", who=WHO)
    shortlists.set_status(store, entry, "hired", who=WHO, note="Xerxesia starter mandag")
    read_audit.record(store, who=WHO, kind="view", table="candidates", ids=[pid])
    return store, store_path, pid, need, entry


def test_before_erasure_the_words_are_in_the_file(person):
    db, path, pid, _, _ = person
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert set(raw_hits(path)) == set(SECRETS)


def test_a_plain_delete_leaves_the_name_and_the_old_note_in_the_index(person):
    # What the issue found: a delete with the triggers alone keeps the words in FTS5 segments.
    db, path, pid, _, _ = person
    db.execute("DELETE FROM shortlist_entries WHERE candidate_id = ?", [pid])
    candidates.delete(db, pid, who=WHO)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"Zygomorphic" in raw_hits(path)


def test_erasure_leaves_no_byte_of_the_person_in_store_or_wal(person):
    db, path, pid, _, _ = person
    done = erasure.erase_candidate(db, pid, who=WHO)
    assert done.wal_cleared and done.anonymised_entries == 1 and done.removed_follow_ups == 1
    assert raw_hits(path) == []
    assert not path.with_name(path.name + "-wal").exists() or path.with_name(path.name + "-wal").stat().st_size == 0
    db.close()
    assert raw_hits(path) == []


def test_erasure_keeps_an_anonymous_row_so_the_company_counts_stay_true(person):
    db, _, pid, need, entry = person
    erasure.erase_candidate(db, pid, who=WHO)
    rows = shortlists.entries(db, need)
    assert len(rows) == 2
    gone = next(r for r in rows if r["id"] == entry)
    assert (gone["candidate_id"], gone["candidate_name"], gone["note"], gone["status"]) == (None, None, None, "hired")
    assert shortlists.hired_count(db, need) == 1
    assert all(e["note"] is None for e in shortlists.events(db, entry))
    assert db.execute("SELECT count(*) FROM shortlist_follow_ups").fetchone()[0] == 0
    assert len(shortlists.history_for_company(db, db.execute("SELECT company_id FROM needs").fetchone()[0])) == 2


def test_erasure_removes_links_index_audit_and_reads_and_records_only_the_erasure(person):
    db, _, pid, _, _ = person
    erasure.erase_candidate(db, pid, who="Konsulent B")
    for table in ("candidate_skills", "candidate_occupations", "candidate_restrictions"):
        assert db.execute(f"SELECT count(*) FROM {table} WHERE candidate_id = ?", [pid]).fetchone()[0] == 0
    assert search.matching_ids(db, "candidates", "Xerxesia") == []
    assert search.matching_ids(db, "candidates", "Zygomorphic") == []
    assert db.execute("SELECT count(*) FROM read_audit WHERE record_id = ?", [pid]).fetchone()[0] == 0
    rows = db.execute("SELECT action, who, fields FROM audit WHERE table_name = 'candidates' AND record_id = ?",
                      [pid]).fetchall()
    assert rows == [("erase", "Konsulent B", "")]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    with pytest.raises(NotFound):
        candidates.get(db, pid)


def test_erasing_someone_who_does_not_exist_changes_nothing(person):
    db, _, _, _, _ = person
    before = db.execute("SELECT count(*) FROM audit").fetchone()[0]
    with pytest.raises(NotFound):
        erasure.erase_candidate(db, 999_999, who=WHO)
    with pytest.raises(NotFound):
        erasure.erase_contact_person(db, 999_999, who=WHO)
    assert db.execute("SELECT count(*) FROM audit").fetchone()[0] == before


def test_erasing_a_contact_person_keeps_the_logged_contact_without_the_person(store, store_path):
    from db import contacts

    company = companies.add(store, who=WHO, name="Vejle Lager A/S").id
    person = companies.add_person(store, company, who=WHO, name=NAME, phone=PHONE, email=EMAIL, notes=NOTE).id
    contact = contacts.add(store, who=WHO, company_id=company, at="2026-01-05T10:00", kind="phone",
                           contact_person_id=person, summary="Talte om lager").id
    done = erasure.erase_contact_person(store, person, who=WHO)
    assert done.wal_cleared
    assert store.execute("SELECT contact_person_id FROM contacts WHERE id = ?", [contact]).fetchone() == (None,)
    assert store.execute("SELECT count(*) FROM contact_persons").fetchone()[0] == 0
    assert store.execute("SELECT action FROM audit WHERE table_name = 'contact_persons'").fetchall() == [("erase",)]
    assert raw_hits(store_path) == []


def test_the_store_sets_secure_delete_itself(store):
    assert store.execute("PRAGMA secure_delete").fetchone()[0] == 1


def test_erasure_while_another_connection_reads_clears_the_wal_later(person):
    db, path, pid, _, _ = person
    reader = open_store(path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM candidates").fetchone()
    done = erasure.erase_candidate(db, pid, who=WHO)
    assert not done.wal_cleared
    reader.execute("COMMIT")
    reader.close()
    assert erasure.clear_wal(db)
    assert raw_hits(path) == []


def test_an_anonymous_entry_cannot_be_hired_but_can_be_closed(store):
    from db.errors import ValidationError

    company = companies.add(store, who=WHO, name="Firma").id
    need = needs.add(store, who=WHO, company_id=company, title="Lager").id
    pid = candidates.add(store, who=WHO, name="Væk").id
    entry = shortlists.add(store, need, pid, who=WHO).id
    shortlists.set_status(store, entry, "sent", who=WHO)
    erasure.erase_candidate(store, pid, who=WHO)
    with pytest.raises(ValidationError) as caught:
        shortlists.set_status(store, entry, "hired", who=WHO)
    assert "erased" in caught.value.errors[0].message
    shortlists.set_status(store, entry, "withdrawn", who=WHO)
    assert shortlists.entry(store, entry)["status"] == "withdrawn"

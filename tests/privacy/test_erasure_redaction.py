"""Erasing a person also blanks their name in logged contacts' texts and other contact persons' notes,
in the table, in the contacts' search index and in the store's bytes (file and WAL)."""

from __future__ import annotations

import pytest

from db import candidates, companies, contacts, erasure
from db.redaction import name_pattern, redact
from db.store import open_store

WHO = "Mette"


@pytest.mark.parametrize("name, text, expected", [
    ("Åse Ærø", "Talte med åse ærø om truck", "Talte med [slettet] om truck"),
    ("Åse Ærø", "ÅSE   ÆRØ ringer tilbage", "[slettet] ringer tilbage"),
    ("Anna Marie Hansen", "Anna Hansen og Anna Marie Hansen", "[slettet] og [slettet]"),
    ("Åse Ærø", "Åse alene og fru Ærø", "Åse alene og fru Ærø"),  # one word names no one for sure
    ("Åse Ærø", "Åse Ærøsen og xÅse Ærø", "Åse Ærøsen og xÅse Ærø"),  # whole words only
    ("Kim (K) Ho", "Kim Ho kom", "[slettet] kom"),  # regex characters in a name are plain text
])
def test_the_name_is_found_as_whole_words_in_any_case(name, text, expected):
    assert redact(text, name_pattern(name)) == expected


def test_a_one_word_name_redacts_nothing():
    assert name_pattern("Åse") is None and name_pattern("  ") is None


@pytest.fixture
def logged(store):
    company = companies.add(store, who=WHO, name="Vejle Lager A/S").id
    person = companies.add_person(store, company, who=WHO, name="Kim Kontaktsen").id
    other = companies.add_person(store, company, who=WHO, name="Bo Chef", notes="Chef for Kim Kontaktsen").id
    cand = candidates.add(store, who=WHO, name="Åse Qvistgård").id
    contact = contacts.add(store, who=WHO, company_id=company, at="2026-01-05T10:00", kind="phone",
                           contact_person_id=person, summary="Ringede om åse qvistgård og Kim Kontaktsen",
                           outcome="Åse Qvistgård til samtale", follow_up_date="2026-01-12", follow_up_task="Send CV for ÅSE QVISTGÅRD").id
    untouched = contacts.add(store, who=WHO, company_id=company, at="2026-01-06T10:00", kind="visit",
                             summary="Besøg om truckførere").id
    return {"company": company, "person": person, "other": other, "candidate": cand,
            "contact": contact, "untouched": untouched}


def test_erasing_a_candidate_blanks_the_name_in_contact_texts_index_and_bytes(store, store_path, logged):
    done = erasure.erase_candidate(store, logged["candidate"], who=WHO)
    assert done.redacted_texts == 1 and done.wal_cleared
    row = contacts.get(store, logged["contact"])
    assert row["summary"] == "Ringede om [slettet] og Kim Kontaktsen"
    assert row["outcome"] == "[slettet] til samtale" and row["follow_up_task"] == "Send CV for [slettet]"
    assert contacts.get(store, logged["untouched"])["summary"] == "Besøg om truckførere"
    assert store.execute("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'qvistgård'").fetchone()[0] == 0
    # the redaction is an audited update with field names only
    fields = store.execute("SELECT fields FROM audit WHERE table_name = 'contacts' AND record_id = ? "
                           "AND action = 'update'", [logged["contact"]]).fetchone()[0]
    assert set(fields.split(",")) == {"summary", "outcome", "follow_up_task"}
    store.close()
    raw = store_path.read_bytes() + _wal(store_path)  # "Ærø" is a shipped town: a name no table holds
    assert "Qvistgård".encode() not in raw and "qvistgård".encode() not in raw and "QVISTGÅRD".encode() not in raw
    assert b"Kontaktsen" in raw  # the contact person is not erased


def test_erasing_a_contact_person_blanks_the_name_in_contacts_and_other_persons_notes(store, store_path, logged):
    done = erasure.erase_contact_person(store, logged["person"], who=WHO)
    assert done.redacted_texts == 2
    assert contacts.get(store, logged["contact"])["summary"] == "Ringede om åse qvistgård og [slettet]"
    assert store.execute("SELECT notes FROM contact_persons WHERE id = ?", [logged["other"]]).fetchone()[0] \
        == "Chef for [slettet]"
    assert store.execute(
        "SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'kontaktsen'").fetchone()[0] == 0
    store.close()
    assert b"Kontaktsen" not in store_path.read_bytes() + _wal(store_path)


def test_a_refused_erasure_redacts_nothing(store, logged):
    with pytest.raises(Exception):  # noqa: B017 - NotFound, whatever its class name, and nothing written
        erasure.erase_candidate(store, 999_999, who=WHO)
    assert contacts.get(store, logged["contact"])["outcome"] == "Åse Qvistgård til samtale"


def _wal(path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return wal.read_bytes() if wal.exists() else b""


def test_reopened_store_holds_no_name(store_path, logged, store):
    erasure.erase_candidate(store, logged["candidate"], who=WHO)
    store.close()
    db = open_store(store_path)
    assert db.execute("SELECT count(*) FROM contacts WHERE summary LIKE '%qvistg%'").fetchone()[0] == 0
    db.close()

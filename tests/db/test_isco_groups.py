"""ISCO-08 groups as answers in the store: validation, what is stored and shown, and migration 0011."""

from __future__ import annotations

import sqlite3

import pytest
from sqlite_utils import Database

from db import candidates, companies, listing, needs, records, shortlists
from db.errors import ValidationError
from db.schema import APPLICATION_ID, MIGRATIONS
from db.store import open_store
from matching.isco_groups import group_ref
from tests.helpers import shipped_catalogue

WHO = "test"
DANISH = shipped_catalogue("da")["Validation"]


def errors(exc: ValidationError) -> dict[str, str]:
    return {e.field: DANISH[e.message].format(**e.params) for e in exc.errors}


@pytest.fixture
def company(store) -> int:
    return companies.add(store, who=WHO, name="Skolen ApS").id


def test_every_store_has_the_groups_with_danish_titles(store):
    assert store.execute("SELECT count(*) FROM isco_groups").fetchone()[0] == 619
    assert store.execute("SELECT title_da, title_en FROM isco_groups WHERE code = '834'").fetchone() == \
        ("Førere af mobile maskiner", "Mobile plant operators")


def test_a_need_for_a_group_keeps_the_code_and_the_label(store, company):
    need = needs.add(store, who=WHO, company_id=company, title="Lærer", isco_group="2341").id
    row = needs.get(store, need)
    assert (row["isco_group"], row["occupation_id"]) == ("2341", None)
    assert row["occupation_text"] == "ISCO-08 2341 Undervisning på grundskoleniveau (inkl. 10. klasse)"
    shown = listing.rows(store, needs.LISTING, [need])[need]["occupation"]
    assert shown == row["occupation_text"]  # listings show the group without knowing about groups
    # the ref as the occupation id says the same; an occupation then replaces the group
    needs.update(store, need, who=WHO, occupation_id=group_ref("234"))
    assert needs.get(store, need)["isco_group"] == "234"
    occupation = store.execute("SELECT id FROM occupations WHERE isco = '2341' ORDER BY id").fetchone()[0]
    needs.update(store, need, who=WHO, occupation_id=occupation, occupation_text=None)
    row = needs.get(store, need)
    assert (row["isco_group"], row["occupation_id"], row["occupation_text"]) == (None, occupation, None)


@pytest.mark.parametrize("values, field, message", [
    ({"isco_group": "9999"}, "occupation_id", "Ukendt ISCO-08-gruppe: 9999."),
    ({"isco_group": "23"}, "occupation_id", "Ukendt ISCO-08-gruppe: 23."),  # a sub-major group is too wide
    ({"isco_group": "2341", "occupation_id": 1}, "isco_group", "Vælg et erhverv eller en faggruppe, ikke begge."),
])
def test_a_group_that_cannot_be_an_answer_is_refused_in_danish(store, company, values, field, message):
    with pytest.raises(ValidationError) as caught:
        needs.add(store, who=WHO, company_id=company, title="Stilling", **values)
    assert errors(caught.value)[field].startswith(message)
    assert store.execute("SELECT count(*) FROM needs").fetchone()[0] == 0


def test_a_candidate_wishes_groups_beside_occupations_and_free_text(store):
    person = candidates.add(store, who=WHO, name="Ane", occupations=[group_ref("2341"), "Skolepasser", 1]).id
    wished = candidates.get(store, person)["occupations"]
    assert wished[0] == {"id": group_ref("2341"), "label": "Undervisning på grundskoleniveau (inkl. 10. klasse)",
                         "known": True, "group": "2341"}
    assert wished[1]["id"] is None and wished[1]["label"] == "Skolepasser" and not wished[1]["known"]
    assert wished[2]["id"] == 1
    shown = listing.rows(store, candidates.LISTING, [person])[person]["occupations"]
    assert shown.startswith("ISCO-08 2341 Undervisning på grundskoleniveau")
    with pytest.raises(ValidationError) as caught:
        candidates.update(store, person, who=WHO, occupations=[group_ref("9999")])
    assert errors(caught.value)["occupations"].startswith("Ukendt ISCO-08-gruppe: 9999.")


def test_the_schema_allows_a_group_only_alone(store, company):
    need = needs.add(store, who=WHO, company_id=company, title="Stilling", isco_group="834").id
    with pytest.raises(sqlite3.IntegrityError):
        store.execute("UPDATE needs SET occupation_id = (SELECT min(id) FROM occupations) WHERE id = ?", [need])
    with pytest.raises(sqlite3.IntegrityError):
        store.execute("UPDATE needs SET isco_group = '8' WHERE id = ?", [need])
    person = candidates.add(store, who=WHO, name="Bo").id
    with pytest.raises(sqlite3.IntegrityError):  # not a group of the store
        store.execute("INSERT INTO candidate_occupations(candidate_id, free_text, isco_group) VALUES (?, 'x', '9999')",
                      [person])


def test_migration_0011_keeps_every_reference_and_an_imported_group_title(store_path):
    conn = sqlite3.connect(str(store_path), isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    old = Database(conn)
    MIGRATIONS.apply(old, stop_before="0011_isco_groups")
    old.execute("DELETE FROM isco_groups")  # a store of before: groups only from an ESCO import
    stamp = records.now()
    old.execute("INSERT INTO isco_groups(code, level, parent_code, title_da, title_en, created_at, updated_at) "
                "VALUES ('834', 3, '83', 'Importeret titel', 'Imported', ?, ?)", [stamp, stamp])
    company = companies.add(old, who=WHO, name="Gammel ApS").id
    occupation = old.execute("SELECT min(id) FROM occupations").fetchone()[0]
    with_occ = needs.add(old, who=WHO, company_id=company, title="A", occupation_id=occupation).id
    with_text = needs.add(old, who=WHO, company_id=company, title="B", occupation_text="Dronepilot").id
    person = candidates.add(old, who=WHO, name="Ole", occupations=[occupation, "Dronepilot"]).id
    entry = shortlists.add(old, with_occ, person, who=WHO).id
    before = {t: old.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
              for t in ("needs", "candidate_occupations", "shortlist_entries", "candidates")}
    conn.close()

    db = open_store(store_path)
    for table, rows in before.items():
        after = db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
        extra = 1 if table in ("needs", "candidate_occupations") else 0  # the new isco_group column, NULL
        assert [r[:len(r) - extra] for r in after] == rows and all(r[-1] is None for r in after if extra)
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("SELECT count(*) FROM isco_groups").fetchone()[0] == 619
    assert db.execute("SELECT title_da FROM isco_groups WHERE code = '834'").fetchone() == ("Importeret titel",)
    assert "Leder, daginstitution" in db.execute("SELECT synonyms FROM isco_groups WHERE code = '1341'").fetchone()[0]
    assert needs.get(db, with_occ)["occupation_id"] == occupation
    assert needs.get(db, with_text)["occupation_text"] == "Dronepilot"
    assert shortlists.entries(db, with_occ)[0]["id"] == entry
    needs.update(db, with_text, who=WHO, isco_group="834")
    assert needs.get(db, with_text)["occupation_text"] == "ISCO-08 834 Importeret titel"
    db.close()

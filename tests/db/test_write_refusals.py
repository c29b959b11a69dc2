"""Writes the forms make that used to crash or store wrong data: each is now a ValidationError naming the
field, and nothing is written."""

from __future__ import annotations

import pytest

from db import candidates, companies, contacts, needs, records, shortlists, validation
from db.errors import NotFound, ValidationError

CVR = "13748136"


def _store_rows(db) -> list:
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite_%'")]
    return [db.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in sorted(tables)]


def refused(db, action) -> ValidationError:
    before = _store_rows(db)
    with pytest.raises(ValidationError) as info:
        action()
    assert _store_rows(db) == before
    return info.value


def test_a_cvr_number_already_registered_names_the_company(store):
    companies.add(store, who="t", cvr=CVR, name="Vejle Transport ApS")
    error = refused(store, lambda: companies.add(store, who="t", cvr=CVR, name="Anden ApS").id)
    assert error.errors[0].field == "cvr" and "Vejle Transport ApS" in str(error)
    other = companies.add(store, who="t", name="Tredje ApS").id
    error = refused(store, lambda: companies.update(store, other, who="t", cvr=CVR).fields)
    assert "Vejle Transport ApS" in str(error)


def test_a_case_system_id_in_use_names_the_other_candidate_by_id(store):
    first = candidates.add(store, who="t", name="Ane Andersen", external_id="SAG-1").id
    error = refused(store, lambda: candidates.add(store, who="t", name="Bo Berg", external_id="SAG-1").id)
    assert error.errors[0].field == "external_id" and f"no. {first}" in str(error)
    assert "Ane" not in str(error)  # a citizen's name never goes into an exception
    second = candidates.add(store, who="t", name="Bo Berg").id
    refused(store, lambda: candidates.update(store, second, who="t", external_id="SAG-1").fields)
    candidates.update(store, first, who="t", external_id="SAG-1", notes="same id, same record")


@pytest.mark.parametrize("kind", ["company", "candidate", "need", "person", "contact"])
def test_a_required_field_left_out_is_a_field_error(store, kind):
    company = companies.add(store, who="t", name="Firma ApS").id
    action = {"company": lambda: companies.add(store, who="t", cvr=CVR).id,
              "candidate": lambda: candidates.add(store, who="t", phone="12345678").id,
              "need": lambda: needs.add(store, who="t", company_id=company).id,
              "person": lambda: companies.add_person(store, company, who="t", role="HR").id,
              "contact": lambda: contacts.add(store, who="t", company_id=company, kind="visit").id}[kind]
    error = refused(store, action)
    assert [e.message for e in error.errors] == ["This field must be filled in."]


@pytest.mark.parametrize("text", ["Bager\x00Jensen", "Bager\x1bJensen", "Bager\x7fJensen", "Bager\x85Jensen"])
def test_control_characters_are_refused_everywhere(store, text):
    company = companies.add(store, who="t", name="Firma ApS").id
    error = refused(store, lambda: companies.add(store, who="t", name=text).id)
    assert "control character" in str(error)
    refused(store, lambda: companies.update(store, company, who="t", notes=text).fields)
    refused(store, lambda: candidates.add(store, who="t", name="Ane", skills=[text]).id)
    refused(store, lambda: contacts.add(store, who="t", company_id=company, kind="visit",
                                        at="2026-01-05 10:00", summary=text).id)


def test_tabs_and_line_breaks_are_text(store):
    company = companies.add(store, who="t", name="Firma ApS", notes="linje 1\nlinje 2\ttab").id
    assert companies.get(store, company)["notes"] == "linje 1\nlinje 2\ttab"


@pytest.mark.parametrize("field, limit", [("name", validation.SHORT_TEXT), ("notes", validation.LONG_TEXT)])
def test_field_length_limits(store, field, limit):
    values = {"name": "Firma ApS", field: "x" * limit}
    company = companies.add(store, who="t", **values).id
    assert len(companies.get(store, company)[field]) == limit
    error = refused(store, lambda: companies.add(store, who="t", **{**values, field: "x" * (limit + 1)}).id)
    assert f"at most {limit}" in str(error)


def test_a_shortlist_note_has_the_notes_limit(store):
    company = companies.add(store, who="t", name="Firma ApS").id
    need = needs.add(store, who="t", company_id=company, title="Lagermedarbejder").id
    candidate = candidates.add(store, who="t", name="Ane").id
    refused(store, lambda: shortlists.add(store, need, candidate, who="t", note="x" * (validation.LONG_TEXT + 1)).id)
    entry = shortlists.add(store, need, candidate, who="t", note="kort").id
    refused(store, lambda: shortlists.set_note(store, entry, "\x00", who="t"))


def test_ids_beyond_64_bits(store):
    huge = 99999999999999999999
    with pytest.raises(NotFound):
        companies.update(store, huge, who="t", name="x")
    with pytest.raises(NotFound):
        records.get(store, "candidates", -huge)
    error = refused(store, lambda: candidates.add(store, who="t", name="Ane", skills=[huge, 1]).id)
    assert error.errors[0].field == "skills"
    with pytest.raises(validation.FieldProblem, match="too large"):
        validation.record_id(str(huge))


def test_range_messages_name_the_bound_that_is_broken():
    with pytest.raises(validation.FieldProblem) as info:
        validation.integer("0", low=1)
    assert str(info.value) == "0 is too small: the smallest allowed is 1."
    with pytest.raises(validation.FieldProblem) as info:
        validation.integer("5", low=1, high=3)
    assert str(info.value) == "5 is outside the allowed range 1–3."


@pytest.mark.parametrize("text, cpr", [
    ("ring 010190-1234 i morgen", True), ("0101901234", True), ("cpr 311299-0000.", True),
    ("320190-1234", False), ("011390-1234", False), ("12345678", False), ("ordre 12345678901", False),
    ("tlf +45 0101901234", True), ("0101901234567", False), ("", False)])
def test_what_counts_as_a_cpr_number(text, cpr):
    assert validation.looks_like_cpr(text) is cpr


def test_cpr_fields_names_free_text_fields_only():
    values = {"notes": "CPR 010190-1234", "phone": "0101901234", "name": "Ane", "p_number": "0101901234"}
    assert validation.cpr_fields(values) == ["notes"]

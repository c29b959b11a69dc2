"""Every db write returns what it changed: ids per kind of record, wholesale kinds and flags."""

import pytest

from db import candidates, changes, companies, contacts, needs, reference, shortlists
from db.errors import ValidationError

WHO = "test"


def test_a_create_names_the_new_record_and_only_its_kind(store):
    db = store
    made = companies.add(db, who=WHO, name="Bager Ib")
    assert made.id is not None
    assert made.ids(changes.COMPANIES) == {made.id}
    assert not made.touches(changes.NEEDS, changes.CANDIDATES)
    assert not made.flags


def test_an_update_lists_the_changed_fields_and_an_unchanged_save_changes_nothing(store):
    db = store
    cid = companies.add(db, who=WHO, name="Bager Ib").id
    renamed = companies.update(db, cid, who=WHO, name="Bager Ib ApS")
    assert "name" in renamed.fields and "cvr" not in renamed.fields
    assert renamed.affects(changes.COMPANIES, cid)
    same = companies.update(db, cid, who=WHO, name="Bager Ib ApS")
    assert same.fields == () and same.empty


def test_deleting_a_company_names_what_went_with_it(store):
    db = store
    cid = companies.add(db, who=WHO, name="Bager Ib").id
    person = companies.add_person(db, cid, who=WHO, name="Ib").id
    need = needs.add(db, who=WHO, company_id=cid, title="Bager").id
    contact = contacts.add(db, who=WHO, company_id=cid, at="2026-12-01T10:00", kind="visit").id
    gone = companies.delete(db, cid, who=WHO)
    assert gone.ids(changes.COMPANIES) == {cid}
    assert gone.ids(changes.CONTACT_PERSONS) == {person}
    assert gone.ids(changes.NEEDS) == {need}
    assert gone.ids(changes.CONTACTS) == {contact}


def test_a_shortlist_step_names_the_need_whose_list_changed_and_what_a_hire_touched(store):
    db = store
    cid = companies.add(db, who=WHO, name="Bager Ib").id
    need = needs.add(db, who=WHO, company_id=cid, title="Bager").id
    person = candidates.add(db, who=WHO, name="Mia").id
    added = shortlists.add(db, need, person, who=WHO)
    assert added.ids(changes.SHORTLISTS) == {need}
    assert added.ids(changes.NEEDS) == {need}  # open -> shortlisted
    hired = shortlists.set_status(db, added.id, "hired", who=WHO)
    assert hired.ids(changes.CANDIDATES) == {person}  # now in job
    assert hired.touches(changes.FOLLOW_UPS)
    assert hired.ids(changes.NEEDS) == {need}  # filled


def test_reference_and_vocabulary_edits_raise_their_flags(store):
    db = store
    measure = reference.save_code(db, "measures", code="job_rotation", name="Jobrotation", who=WHO)
    assert measure.flagged(changes.REFERENCE) and not measure.flagged(changes.VOCABULARY)
    occupation = reference.save_occupation(db, title="Pølsemager", isco="7511", who=WHO)
    assert occupation.flagged(changes.VOCABULARY) and occupation.id is not None


def test_a_refused_write_reports_nothing_and_the_next_write_starts_clean(store):
    db = store
    with pytest.raises(ValidationError):
        companies.add(db, who=WHO, name="")
    made = candidates.add(db, who=WHO, name="Mia")
    assert made.ids(changes.CANDIDATES) == {made.id}
    assert not made.touches(changes.COMPANIES)


def test_changes_merge():
    both = changes.of(changes.NEEDS, 1) | changes.of(changes.NEEDS, 2) | changes.flag(changes.SETTINGS)
    assert both.ids(changes.NEEDS) == {1, 2} and both.flagged(changes.SETTINGS)
    assert changes.wholesale(changes.CANDIDATES).affects(changes.CANDIDATES, 99)

"""Generated input through every write function the forms call: only the store's own refusals escape,
a refusal writes nothing, and accepted text comes back as it was given (trimmed)."""

from __future__ import annotations

import datetime as dt

from generated_helpers import examples, ids, store_hash, texts, values
from hypothesis import given
from hypothesis import strategies as st

from db import candidates, companies, contacts, followups, needs, shortlists, validation
from db.errors import NotFound, ValidationError

REFUSALS = (ValidationError, NotFound)


def _record(fields, extra: dict | None = None):
    return st.dictionaries(st.sampled_from(fields), values, max_size=6).map(lambda d: {**d, **(extra or {})})


def attempt(db, action):
    """Run a write; a refusal must leave the store as it was. Returns the result, or None when refused."""
    before = store_hash(db)
    try:
        return action()
    except REFUSALS:
        assert store_hash(db) == before
        return None


def round_trips(stored: dict, given: dict) -> None:
    """Free text the store took is stored exactly as given, trimmed (empty text may be filled in: a town
    from the postcode)."""
    for name, value in given.items():
        if name in validation.FREE_TEXT and isinstance(value, str) and value.strip() and name in stored:
            assert stored[name] == value.strip(), name


@examples(250)
@given(values=_record(companies.FIELDS), measures=st.lists(texts, max_size=3))
def test_companies(module_store, values, measures):
    db = module_store
    new = attempt(db, lambda: companies.add(db, who="t", measures=measures, **values).id)
    if new is not None:
        round_trips(companies.get(db, new), values)
        assert attempt(db, lambda: companies.update(db, new, who="t", **values).fields) is not None
    target = db.ids["company"]
    if attempt(db, lambda: companies.update(db, target, who="t", **values).fields) is not None:
        round_trips(companies.get(db, target), values)


@examples(200)
@given(values=_record(companies.PERSON_FIELDS), company=ids)
def test_contact_persons(module_store, values, company):
    db = module_store
    new = attempt(db, lambda: companies.add_person(db, company, who="t", **values).id)
    if new is not None:
        stored = db.execute("SELECT * FROM contact_persons WHERE id = ?", [new]).fetchone()
        assert stored is not None
        attempt(db, lambda: companies.update_person(db, new, who="t", **values).fields)


SKILL_REFS = st.lists(st.one_of(ids, texts), max_size=4)


@examples(250)
@given(values=_record(candidates.FIELDS), skills=SKILL_REFS, occupations=SKILL_REFS,
       restrictions=st.lists(texts, max_size=2))
def test_candidates(module_store, values, skills, occupations, restrictions):
    db = module_store
    new = attempt(db, lambda: candidates.add(db, who="t", skills=skills, occupations=occupations,
                                             restrictions=restrictions, **values).id)
    if new is not None:
        round_trips(candidates.get(db, new), values)
    target = db.ids["candidate"]
    if attempt(db, lambda: candidates.update(db, target, who="t", skills=skills, **values).fields) is not None:
        round_trips(candidates.get(db, target), values)


@examples(250)
@given(values=_record([f for f in needs.FIELDS if f != "company_id"]), company=ids, essential=SKILL_REFS,
       measures=st.lists(texts, max_size=2))
def test_needs(module_store, values, company, essential, measures):
    db = module_store
    new = attempt(db, lambda: needs.add(db, who="t", company_id=company, essential=essential, measures=measures,
                                        **values).id)
    if new is not None:
        round_trips(needs.get(db, new), values)
    target = db.ids["need"]
    if attempt(db, lambda: needs.update(db, target, who="t", **values).fields) is not None:
        round_trips(needs.get(db, target), values)


@examples(200)
@given(values=_record([f for f in contacts.FIELDS if f != "company_id"]), company=ids)
def test_contacts(module_store, values, company):
    db = module_store
    new = attempt(db, lambda: contacts.add(db, who="t", company_id=company, **values).id)
    if new is not None:
        round_trips(contacts.get(db, new), values)
        attempt(db, lambda: contacts.update(db, new, who="t", **values).fields)
        attempt(db, lambda: followups.set_done(db, "contact", new, who="t"))


STATUSES = st.one_of(st.sampled_from(shortlists.STATUSES), texts)
DAYS = st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 1, 1)), texts)


@examples(200)
@given(need=ids, candidate=ids, note=st.one_of(st.none(), texts), score=values, on=DAYS, status=STATUSES,
       position=values, reason=st.one_of(st.none(), texts))
def test_shortlists(module_store, need, candidate, note, score, on, status, position, reason):
    db = module_store
    entry = attempt(db, lambda: shortlists.add(db, need, candidate, who="t", note=note, score=score, on=on).id)
    target = entry or next(iter(r[0] for r in db.execute("SELECT id FROM shortlist_entries LIMIT 1")), None)
    if target is None:
        target = attempt(db, lambda: shortlists.add(db, db.ids["need"], db.ids["candidate"], who="t").id)
    if entry is not None and isinstance(note, str) and note.strip():
        assert shortlists.entry(db, entry)["note"] == note.strip()
    attempt(db, lambda: shortlists.set_note(db, target, note, who="t"))
    attempt(db, lambda: shortlists.move(db, target, position, who="t"))
    attempt(db, lambda: shortlists.set_status(db, target, status, who="t", on=on, reason_code=reason, note=note))
    attempt(db, lambda: followups.set_done(db, "shortlist", target if isinstance(target, int) else 1, who="t"))

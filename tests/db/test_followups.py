"""Mine opfølgninger: contact follow-ups and hire follow-ups in one list, marked done with an audit row."""

from __future__ import annotations

import datetime as dt

import pytest

from db import candidates, companies, contacts, followups, needs, shortlists
from db.errors import NotFound

TODAY = dt.date.today()
ME, OTHER = "Testkonsulent", "Anden"


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


@pytest.fixture
def data(store):
    """Two hires by me (one long ago, so due; one recent, not due), one by someone else, and contacts."""
    company = companies.add(store, who=ME, name="Kantinen ApS").id
    need = needs.add(store, who=ME, company_id=company, title="Køkkenmedhjælper", positions=3).id
    people = [candidates.add(store, who=ME, name=n).id for n in ("Anna Holm", "Bo Berg", "Cem Kaya")]
    entries = [shortlists.add(store, need, p, who=ME, on=ago(200)).id for p in people]
    shortlists.set_status(store, entries[0], "hired", who=ME, on=ago(120))       # due 3 months later: overdue
    shortlists.set_status(store, entries[1], "hired", who=ME, on=ago(10))        # due in ~80 days
    shortlists.set_status(store, entries[2], "hired", who=OTHER, on=ago(100))    # someone else's
    contact_due = contacts.add(store, who=ME, company_id=company, at=f"{ago(20).isoformat()}T10:00", kind="phone",
                               summary="Talte om nye elever", follow_up_date=ago(5).isoformat(),
                               follow_up_task="Ring igen").id
    contacts.add(store, who=ME, company_id=company, at=f"{ago(3).isoformat()}T10:00", kind="visit",
                 follow_up_date=(TODAY + dt.timedelta(days=4)).isoformat(), follow_up_task="Senere")
    return store, company, need, people, entries, contact_due


def test_due_merges_contacts_and_hires_oldest_first(data):
    db, company, need, people, entries, contact_due = data
    rows = followups.due(db, consultant=ME)
    assert [(r["source"], r["id"]) for r in rows] == [("shortlist", 1), ("contact", contact_due)]
    hire, contact = rows
    assert set(followups.KEYS) <= set(hire) and set(followups.KEYS) <= set(contact)
    assert hire["follow_up_date"] == shortlists.add_months(ago(120), 3).isoformat()
    assert hire["follow_up_task"] == shortlists.FOLLOW_UP_TASK
    assert (hire["company_id"], hire["company"], hire["consultant"]) == (company, "Kantinen ApS", ME)
    assert (hire["candidate_id"], hire["need_id"]) == (people[0], need)
    assert hire["summary"] == "Anna Holm – Køkkenmedhjælper"
    assert (hire["candidate"], hire["need_title"], hire["hired_on"]) == ("Anna Holm", "Køkkenmedhjælper",
                                                                         ago(120).isoformat())
    assert (contact["summary"], contact["follow_up_task"]) == ("Talte om nye elever", "Ring igen")
    assert (contact["candidate_id"], contact["need_id"]) == (None, None)


def test_due_for_everyone_and_on_a_given_day(data):
    db, *_ = data
    everyone = followups.due(db, consultant=None)
    assert {r["consultant"] for r in everyone} == {ME, OTHER}
    assert len(everyone) == 3
    later = followups.due(db, consultant=ME, today=TODAY + dt.timedelta(days=200))
    assert [r["source"] for r in later].count("shortlist") == 2
    assert [r["source"] for r in later].count("contact") == 2
    dates = [r["follow_up_date"] for r in later]
    assert dates == sorted(dates)
    # The day a follow-up falls due it is listed; the day before it is not.
    due_day = dt.date.fromisoformat(followups.due(db, consultant=ME)[0]["follow_up_date"])
    assert followups.due(db, consultant=ME, today=due_day)[0]["source"] == "shortlist"
    assert all(r["source"] == "contact" for r in followups.due(db, consultant=ME,
                                                               today=due_day - dt.timedelta(days=1)))


def test_set_done_for_each_source_is_audited(data):
    db, _, _, _, _, contact_due = data
    hire = followups.due(db, consultant=ME)[0]
    followups.set_done(db, "shortlist", hire["id"], who=ME)
    followups.set_done(db, "contact", contact_due, who=ME)
    assert followups.due(db, consultant=ME) == []
    audit = db.execute("SELECT table_name, record_id, action, fields, who FROM audit ORDER BY id DESC LIMIT 2"
                       ).fetchall()
    assert audit == [("contacts", contact_due, "update", "done", ME),
                     ("shortlist_follow_ups", hire["id"], "update", "done", ME)]
    followups.set_done(db, "shortlist", hire["id"], who=ME, done=False)
    assert [r["id"] for r in followups.due(db, consultant=ME)] == [hire["id"]]


def test_set_done_refuses_unknown_ids_and_sources(data):
    db, *_ = data
    with pytest.raises(NotFound):
        followups.set_done(db, "shortlist", 999, who=ME)
    with pytest.raises(NotFound):
        followups.set_done(db, "contact", 999, who=ME)
    with pytest.raises(ValueError):
        followups.set_done(db, "calendar", 1, who=ME)


def test_contact_follow_ups_due_still_lists_only_contacts(data):
    db, _, _, _, _, contact_due = data
    assert [r["id"] for r in contacts.follow_ups_due(db, consultant=ME)] == [contact_due]


def test_due_until_a_later_day_adds_the_coming_ones_and_all_open_gives_every_one(data):
    db, *_ = data
    week = followups.due(db, consultant=ME, until=TODAY + dt.timedelta(days=7))
    assert [r["follow_up_task"] for r in week if r["source"] == "contact"] == ["Ring igen", "Senere"]
    everything = followups.due(db, consultant=ME, until=followups.ALL_OPEN)
    assert [r["source"] for r in everything].count("shortlist") == 2
    assert all(r["updated_at"] for r in everything)


def test_postpone_moves_a_hire_follow_up_audited_and_refuses_the_past(data):
    from db.errors import ValidationError

    db, *_ = data
    hire = followups.due(db, consultant=ME)[0]
    assert hire["source"] == "shortlist"
    changes = followups.postpone(db, "shortlist", hire["id"], TODAY + dt.timedelta(days=3), who=ME)
    assert changes.touches("follow_ups")
    assert all(r["id"] != hire["id"] or r["source"] != "shortlist" for r in followups.due(db, consultant=ME))
    moved = db.execute("SELECT due_date FROM shortlist_follow_ups WHERE id = ?", [hire["id"]]).fetchone()[0]
    assert moved == (TODAY + dt.timedelta(days=3)).isoformat()
    audit = db.execute("SELECT fields FROM audit WHERE table_name = 'shortlist_follow_ups' AND action = 'update' "
                       "ORDER BY id DESC").fetchone()
    assert audit[0] == "due_date"
    with pytest.raises(ValidationError) as refused:
        followups.postpone(db, "shortlist", hire["id"], ago(2), who=ME)
    assert refused.value.errors[0].params["value"] == "-".join(reversed(ago(2).isoformat().split("-")))
    with pytest.raises(NotFound):
        followups.postpone(db, "contact", 9999, TODAY, who=ME)

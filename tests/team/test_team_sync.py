"""Two laptops and a server: create, edit, delete and erase travel; the same field on both is a conflict."""

from __future__ import annotations

import pytest

from db import companies, contacts
from db.team import outbox, sync
from db.team.errors import TeamError

ME, YOU = "anne", "bo"


def _names(db):
    return sorted(r[0] for r in db.execute("SELECT name FROM companies"))


def test_a_company_made_on_one_laptop_reaches_the_other_with_its_edits_and_deletion(team):
    a, b = team
    company = companies.add(a, who=ME, name="Smedien ApS").id
    assert sync.sync(a).pushed == 1
    result = sync.sync(b)
    assert _names(b) == ["Smedien ApS"]
    assert result.changes.touches("companies")
    companies.update(a, company, who=ME, name="Smedien A/S")
    sync.sync(a)
    sync.sync(b)
    assert _names(b) == ["Smedien A/S"]
    other = b.execute("SELECT id FROM companies").fetchone()[0]
    companies.delete(b, other, who=YOU)
    sync.sync(b)
    sync.sync(a)
    assert _names(a) == []
    assert outbox.waiting(a) == outbox.waiting(b) == 0


def test_different_fields_merge_and_the_same_field_is_a_conflict_the_first_to_arrive_stands(team):
    a, b = team
    company = companies.add(a, who=ME, name="Smedien ApS", town="Vejle").id
    sync.sync(a)
    sync.sync(b)
    other = b.execute("SELECT id FROM companies").fetchone()[0]
    companies.update(a, company, who=ME, name="Smedien A/S", town="Kolding")
    companies.update(b, other, who=YOU, town="Fredericia", phone="70707070")
    sync.sync(a)
    result = sync.sync(b)
    sync.sync(a)
    assert result.conflicts == 1
    for db in (a, b):
        row = db.execute("SELECT name, town, phone FROM companies").fetchone()
        assert tuple(row) == ("Smedien A/S", "Kolding", "70707070")
    lost = b.execute("SELECT field, kept, lost, lost_by FROM team_conflicts").fetchall()
    assert [tuple(r) for r in lost] == [("town", '"Kolding"', '"Fredericia"', YOU)]


def test_an_offline_edit_cannot_bring_a_deleted_company_back(team):
    a, b = team
    company = companies.add(a, who=ME, name="Smedien ApS").id
    sync.sync(a)
    sync.sync(b)
    other = b.execute("SELECT id FROM companies").fetchone()[0]
    companies.delete(a, company, who=ME)
    sync.sync(a)
    companies.update(b, other, who=YOU, name="Smedien A/S")  # offline meanwhile
    sync.sync(b)
    sync.sync(a)
    assert _names(a) == _names(b) == []


def test_a_person_and_a_contact_added_offline_to_a_deleted_company_go_with_it_and_sync_goes_on(team):
    a, b = team
    company = companies.add(a, who=ME, name="Smedien ApS").id
    gone = companies.add_person(a, company, who=ME, name="Jens Smed").id
    sync.sync(a)
    sync.sync(b)
    other = b.execute("SELECT id FROM companies").fetchone()[0]
    kept = companies.add_person(b, other, who=YOU, name="Lone Smed").id
    companies.delete_person(a, gone, who=ME)
    sync.sync(a)
    sync.sync(b)  # a contact with a deleted person keeps its contact, without the person
    contacts.add(b, who=YOU, company_id=other, at="2026-12-01 10:00", kind="phone", contact_person_id=kept)
    sync.sync(b)
    companies.delete(a, company, who=ME)
    sync.sync(a)
    companies.add_person(b, other, who=YOU, name="Ny Smed")  # offline meanwhile: its company is gone
    contacts.add(b, who=YOU, company_id=other, at="2026-12-02 10:00", kind="visit")
    sync.sync(b)
    sync.sync(a)  # once stopped by a foreign key pointing at the deleted company
    for db in (a, b):
        assert [db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("companies", "contact_persons",
                                                                                 "contacts")] == [0, 0, 0]
    assert a.execute("SELECT count(*) FROM team_conflicts").fetchone()[0] == 0


def test_an_unreachable_server_keeps_the_changes_waiting(team, pg_server):
    a, b = team
    companies.add(a, who=ME, name="Smedien ApS")
    pg_server.stop()
    try:
        with pytest.raises(TeamError) as caught:
            sync.sync(a)
        assert caught.value.kind == "unreachable"
        assert outbox.waiting(a) == 1
    finally:
        pg_server.start()
    sync.sync(a)
    sync.sync(b)
    assert _names(b) == ["Smedien ApS"]


def test_a_companys_measures_travel_with_it_and_an_edit_of_them_too(team):
    a, b = team
    company = companies.add(a, who=ME, name="Smedien ApS", measures=["internship"]).id
    sync.sync(a)
    sync.sync(b)
    other = b.execute("SELECT id FROM companies").fetchone()[0]
    assert companies.get(b, other)["measures"] == ["internship"]
    companies.update(a, company, who=ME, measures=["internship", "wage_subsidy"])
    sync.sync(a)
    assert sync.sync(b).changes.affects("companies", other)
    assert sorted(companies.get(b, other)["measures"]) == ["internship", "wage_subsidy"]


def test_an_erased_person_is_gone_everywhere_and_an_offline_edit_cannot_bring_them_back(team):
    from db import candidates, erasure

    a, b = team
    person = candidates.add(a, who=ME, name="Ali Hansen", phone="20202020").id
    sync.sync(a)
    sync.sync(b)
    other = b.execute("SELECT id FROM candidates").fetchone()[0]
    erasure.erase_candidate(a, person, who=ME)
    sync.sync(a)
    candidates.update(b, other, who=YOU, phone="30303030")  # offline on a visit meanwhile
    sync.sync(b)
    sync.sync(a)
    for db in (a, b):
        assert db.execute("SELECT count(*) FROM candidates").fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM team_outbox").fetchone()[0] == 0


def test_a_server_that_disappears_mid_sync_loses_nothing(team, pg_server, monkeypatch):
    from db.team import pull

    a, b = team
    companies.add(a, who=ME, name="Smedien ApS")
    real = pull.fetch

    def gone(conn, after, *args):
        pg_server.stop("immediate")  # the push committed; the server dies before the pull
        return real(conn, after, *args)

    monkeypatch.setattr(pull, "fetch", gone)
    try:
        with pytest.raises(TeamError) as caught:
            sync.sync(a)
        assert caught.value.kind == "unreachable"
    finally:
        pg_server.start()
    monkeypatch.setattr(pull, "fetch", real)
    sync.sync(a)
    sync.sync(b)
    assert _names(a) == _names(b) == ["Smedien ApS"]
    assert outbox.waiting(a) == 0


def test_the_same_cvr_made_on_two_laptops_offline_becomes_a_conflict_and_sync_goes_on(team):
    a, b = team
    companies.add(a, who=ME, name="Smedien ApS", cvr="12345674")
    companies.add(b, who=YOU, name="Smedien", cvr="12345674")
    sync.sync(a)
    sync.sync(b)
    companies.add(a, who=ME, name="Bageriet I/S")
    sync.sync(a)
    sync.sync(b)
    assert _names(b) == ["Bageriet I/S", "Smedien"]
    assert b.execute("SELECT tbl, field FROM team_conflicts").fetchall() == [("companies", "*")]


def test_a_company_that_gets_the_local_id_of_a_deleted_one_still_reaches_the_team(team):
    a, b = team
    companies.add(a, who=ME, name="Smedien ApS")
    sync.sync(a)
    sync.sync(b)
    last = b.execute("SELECT max(id) FROM companies").fetchone()[0]
    companies.delete(b, last, who=YOU)
    companies.add(b, who=YOU, name="Bageriet I/S")  # the same local id as the deleted company
    sync.sync(b)
    sync.sync(a)
    assert _names(a) == _names(b) == ["Bageriet I/S"]


def test_a_laptop_does_not_receive_its_own_changes_back_but_does_receive_what_it_lost(team):
    a, b = team
    company = companies.add(a, who=ME, name="Smedien ApS", town="Vejle").id
    assert sync.sync(a).pulled == 0  # its own record, as sent
    assert sync.sync(b).pulled == 1
    other = b.execute("SELECT id FROM companies").fetchone()[0]
    companies.update(b, other, who=YOU, town="Kolding")
    sync.sync(b)
    companies.update(a, company, who=ME, town="Horsens")  # a had not seen Kolding: a conflict it loses
    assert sync.sync(a).pulled == 1
    assert _names(a) == ["Smedien ApS"]
    assert a.execute("SELECT town FROM companies").fetchone()[0] == "Kolding"

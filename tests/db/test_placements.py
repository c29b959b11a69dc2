"""Placements in a real store: validated writes with the ratio, eligibility and length rules, audit, follow-ups."""

from __future__ import annotations

import datetime as dt

import pytest

from db import candidates, companies, followups, needs, placements, workplaces
from db.errors import ValidationError

WHO = "Testkonsulent"
TODAY = dt.date.today()


def days(n: int) -> str:
    return (TODAY + dt.timedelta(days=n)).isoformat()


@pytest.fixture
def world(store):
    company = companies.add(store, who=WHO, name="Lager A/S", cvr="13748136").id
    place = workplaces.add(store, company, who=WHO, name="Lageret", p_number="1012345678", ordinary_fte=10,
                           fte_stated_on=TODAY.isoformat()).id
    people = [candidates.add(store, who=WHO, name=f"Person {i}", target_group_code="kontanthjaelp_aktivitetsparat",
                             unemployed_since=(TODAY - dt.timedelta(days=400)).isoformat()).id for i in range(4)]
    return store, company, place, people


def fields_of(exc: ValidationError) -> set[str]:
    return {e.field for e in exc.errors}


def messages_of(exc: ValidationError) -> str:
    return " ".join(e.message.format(**e.params) for e in exc.errors)


def count(db, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def praktik(db, company, person, start=0, end=27, **kw):
    return placements.add(db, who=WHO, candidate_id=person, company_id=company, measure_code="internship",
                          start_date=days(start), end_date=days(end), **kw).id


def test_add_with_audit_field_names_only_and_two_follow_ups(world):
    db, company, place, people = world
    pid = praktik(db, company, people[0], hours_per_week=20, mentor_name="Mette Mentor", mentor_hours=2)
    row = placements.get(db, pid)
    assert (row["status"], row["workplace_id"], row["measure_name"]) == ("planned", place, "Virksomhedspraktik")
    audit = db.execute("SELECT fields FROM audit WHERE table_name = 'placements' AND record_id = ?", [pid]).fetchone()
    assert "mentor_name" in audit[0] and "Mette" not in audit[0]
    kinds = dict(db.execute("SELECT kind, due_date FROM placement_follow_ups WHERE placement_id = ?", [pid]))
    assert kinds == {"midway": (TODAY + dt.timedelta(days=13)).isoformat(), "end": days(27)}
    due = followups.due(db, consultant=WHO, today=TODAY + dt.timedelta(days=30))
    tasks = [r["follow_up_task"] for r in due if r["source"] == "placement"]
    assert tasks == [placements.MIDWAY_TASK, placements.END_TASK]
    followups.set_done(db, "placement", due[0]["id"], who=WHO)
    assert len([r for r in followups.due(db, consultant=WHO, today=TODAY + dt.timedelta(days=30))
                if r["source"] == "placement"]) == 1


def test_ratio_ten_employees_allow_two_and_refuse_the_third(world):
    db, company, place, people = world
    praktik(db, company, people[0])
    praktik(db, company, people[1], start=5, end=20)
    before = count(db, "placements"), count(db, "audit")
    with pytest.raises(ValidationError) as err:
        praktik(db, company, people[2], start=10, end=15)
    assert "workplace_id" in fields_of(err.value)
    assert "(2 of 2)" in messages_of(err.value)
    assert (count(db, "placements"), count(db, "audit")) == before
    # after both have ended there is room again; with an exemption there is room now
    praktik(db, company, people[2], start=28, end=40)
    with pytest.raises(ValidationError):
        praktik(db, company, people[3], start=10, end=15, exemption=True)  # an exemption needs its note
    praktik(db, company, people[3], start=10, end=15, exemption=True, exemption_note="Dispensation fra jobcenterchef")


def test_bad_input_each_names_its_field_and_writes_nothing(world):
    db, company, place, people = world
    bare = companies.add(db, who=WHO, name="Uden arbejdssted ApS").id
    praktik(db, company, people[0])
    cases = [
        (dict(start_date=days(10), end_date=days(5)), "end_date"),
        (dict(candidate_id=people[0], start_date=days(3), end_date=days(9)), "start_date"),  # overlap
        (dict(company_id=bare), "workplace_id"),
        (dict(measure_code="ordinary"), "measure_code"),
        (dict(measure_code="nope"), "measure_code"),
        (dict(start_date="31-02-2027"), "start_date"),
        (dict(hours_per_week=-3), "hours_per_week"),
        (dict(end_date=days(200)), "end_date"),  # praktik over 13 weeks for this group
        (dict(status="interrupted"), "interruption_reason"),
    ]
    base = dict(who=WHO, candidate_id=people[1], company_id=company, measure_code="internship",
                start_date=days(30), end_date=days(40))
    before = count(db, "placements"), count(db, "audit"), count(db, "placement_follow_ups")
    for change, field in cases:
        with pytest.raises(ValidationError) as err:
            placements.add(db, **{**base, **change})
        assert field in fields_of(err.value), (change, err.value.errors)
    assert (count(db, "placements"), count(db, "audit"), count(db, "placement_follow_ups")) == before


@pytest.mark.parametrize("value", [0, -3, 1_000_000, "mange"])
def test_absurd_fte_is_refused(world, value):
    db, company, place, _ = world
    with pytest.raises(ValidationError) as err:
        workplaces.add(db, company, who=WHO, name="Nyt sted", ordinary_fte=value, fte_stated_on=TODAY.isoformat())
    assert fields_of(err.value) == {"ordinary_fte"}
    with pytest.raises(ValidationError):
        workplaces.update(db, place, who=WHO, ordinary_fte=value)
    assert workplaces.get(db, place)["ordinary_fte"] == 10


def test_workplace_lists_used_of_capacity(world):
    db, company, place, people = world
    praktik(db, company, people[0], start=0)
    [row] = workplaces.for_company(db, company)
    assert (row["used"], row["capacity"]) == (1, 2) and row["source"]


def test_a_measure_out_of_force_is_refused_even_with_an_exemption(world):
    db, company, place, people = world
    from db import measure_rules

    measure_rules.set_validity(db, "measures", "internship", who=WHO, valid_to=days(-1))
    with pytest.raises(ValidationError) as err:
        praktik(db, company, people[0], exemption=True, exemption_note="x")
    assert "not in force" in messages_of(err.value)


def test_wage_subsidy_waits_for_six_months_and_for_extra_employment(world):
    db, company, place, _ = world
    fresh = candidates.add(db, who=WHO, name="Ny ledig", target_group_code="dagpenge", education_level="vocational",
                           birth_date="1990-01-01", unemployed_since=(TODAY - dt.timedelta(days=30)).isoformat()).id
    base = dict(who=WHO, candidate_id=fresh, company_id=company, measure_code="wage_subsidy")
    with pytest.raises(ValidationError) as err:
        placements.add(db, **base, start_date=days(1), end_date=days(60))
    assert "Can be hired with Løntilskud from" in messages_of(err.value)
    opens = placements.check(db, company_id=company, measure="wage_subsidy", candidate_id=fresh)
    later = [v for v in opens if v.opens_on]
    start = later[0].opens_on.isoformat()
    pid = placements.add(db, **base, start_date=start, end_date=days(300)).id
    with pytest.raises(ValidationError) as err:
        placements.update(db, pid, who=WHO, status="active")
    assert fields_of(err.value) == {"extra_employment_confirmed_on"}
    placements.update(db, pid, who=WHO, status="active", extra_employment_confirmed_on=TODAY.isoformat())
    assert placements.get(db, pid)["status"] == "active"


def test_ending_records_outcome_and_closes_follow_ups(world):
    db, company, place, people = world
    need = needs.add(db, who=WHO, company_id=company, title="Lagermedarbejder").id
    pid = praktik(db, company, people[0], need_id=need)
    assert [r["id"] for r in placements.for_need(db, need)] == [pid]
    assert [r["id"] for r in placements.for_candidate(db, people[0])] == [pid]
    with pytest.raises(ValidationError):
        placements.update(db, pid, who=WHO, outcome="ordinary_job")  # not ended yet
    placements.update(db, pid, who=WHO, status="ended", outcome="ordinary_job")
    assert db.execute("SELECT count(*) FROM placement_follow_ups WHERE placement_id = ? AND done = 0",
                      [pid]).fetchone()[0] == 0
    placements.delete(db, pid, who=WHO)
    assert placements.for_company(db, company) == []


def test_candidate_rule_facts_are_validated(store):
    with pytest.raises(ValidationError) as err:
        candidates.add(store, who=WHO, name="X", birth_date="1-1-1", single_parent="måske", arrived_in_denmark="i går")
    assert fields_of(err.value) == {"birth_date", "single_parent", "arrived_in_denmark"}
    with pytest.raises(ValidationError) as err:
        candidates.add(store, who=WHO, name="X", birth_date="2090-01-01")
    assert fields_of(err.value) == {"birth_date"}
    cid = candidates.add(store, who=WHO, name="Y", birth_date="12-03-1980", single_parent="ja").id
    row = candidates.get(store, cid)
    assert (row["birth_date"], row["birth_year"], row["single_parent"]) == ("1980-03-12", 1980, 1)


def test_an_existing_store_migrates_to_placements_and_keeps_its_data(store_path):
    import sqlite3

    from sqlite_utils import Database

    from db.schema import APPLICATION_ID, MIGRATIONS
    from db.store import open_store, schema_version

    conn = sqlite3.connect(store_path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    old = Database(conn)
    MIGRATIONS.apply(old, stop_before="0005_placements")
    old.execute("UPDATE measures SET name = 'Praktik (egen tekst)' WHERE code = 'internship'")
    person = candidates.add(old, who=WHO, name="Ole Smed").id
    conn.close()
    db = open_store(store_path)
    assert "0005_placements" in schema_version(db)
    assert candidates.get(db, person)["birth_date"] is None
    assert db.execute("SELECT name, source IS NOT NULL FROM measures WHERE code = 'internship'").fetchone() == \
        ("Praktik (egen tekst)", 1)
    assert db.execute("SELECT count(*) FROM ratio_rules").fetchone()[0] == 1
    db.close()


def test_igu_needs_its_hours_and_the_person_in_its_group(world):
    db, company, place, _ = world
    person = candidates.add(db, who=WHO, name="Ny i Danmark", target_group_code="integration",
                            birth_date="1995-04-01", arrived_in_denmark="2021-06-01").id
    base = dict(who=WHO, candidate_id=person, company_id=company, measure_code="igu", start_date=days(1),
                end_date=days(700))
    with pytest.raises(ValidationError) as err:
        placements.add(db, **base, hours_per_week=20)
    assert fields_of(err.value) == {"hours_per_week"} and "at least 25 hours" in messages_of(err.value)
    placements.add(db, **base, hours_per_week=30)
    older = candidates.add(db, who=WHO, name="For gammel", target_group_code="integration",
                           birth_date="1970-04-01", arrived_in_denmark="2021-06-01").id
    with pytest.raises(ValidationError) as err:
        placements.add(db, **{**base, "candidate_id": older}, hours_per_week=30)
    assert "needs an age from 18 to under 50" in messages_of(err.value)

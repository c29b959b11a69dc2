"""The contacts counted by SQLite (db/kpi.tally_contacts, what the view and `jobbro kpi` use) give every
figure and drill-down list that counting the contact records one by one (matching/kpi.tally_contacts) gives,
on a store full of edge cases: contacts on the period's first and last day, the day before and after, a
bare date without a time, no consultant and an empty one, follow-ups due on the bounds, done and not done,
a company contacted only after the period, one never contacted, and every filter."""

from __future__ import annotations

import datetime as dt

import pytest

from db import companies, contacts, kpi, needs
from matching import kpi as counting
from matching.kpi import Period

WHO = "test"
PERIOD = Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
PERIODS = [PERIOD, Period(dt.date(2025, 3, 5), dt.date(2025, 3, 5)),  # one day
           Period(dt.date(2024, 12, 31), dt.date(2025, 1, 30)),
           Period(dt.date(2030, 1, 1), dt.date(2030, 6, 30))]  # in the future: nothing happens


def contact(db, company: int, at: str, kind: str = "phone", consultant: str | None = "Anne", **more) -> int:
    return contacts.add(db, who=WHO, company_id=company, at=at, kind=kind, consultant=consultant, **more).id


@pytest.fixture
def edgy(store):
    db = store
    municipality = db.execute("SELECT code FROM municipalities ORDER BY code LIMIT 1").fetchone()
    anne = companies.add(db, who=WHO, name="Anne ApS", consultant="Anne",
                         municipality_code=municipality[0] if municipality else None).id
    bo = companies.add(db, who=WHO, name="Bo A/S", consultant="Bo").id
    quiet = companies.add(db, who=WHO, name="Stille ApS", consultant="Bo").id  # open need, never contacted
    later = companies.add(db, who=WHO, name="Senere ApS", consultant="Anne").id  # contacted after the period only
    for company in (anne, bo, quiet, later):
        needs.add(db, who=WHO, company_id=company, title="Kok")
    db.execute("UPDATE companies SET created_at = '2024-01-01T09:00:00'")
    db.execute("UPDATE needs SET created_at = '2024-06-01T09:00:00'")  # open through the whole period
    db.conn.commit()
    contact(db, anne, "2024-12-31T23:59", "visit")  # the day before
    contact(db, anne, "2025-01-01T00:00", "visit", follow_up_date="2025-01-01", done=1)  # first day, due on it
    contact(db, anne, "2025-03-05", "email")  # a bare date
    contact(db, anne, "2025-03-05T12:00", "email", None, follow_up_date="2025-12-31")  # due on the last day
    contact(db, anne, "2025-03-06T08:00", "meeting", "", follow_up_date="2025-06-01")  # an empty consultant: overdue
    contact(db, bo, "2025-12-01T10:00", "phone", "Bo", follow_up_date="2026-01-02")  # due after the period
    contact(db, bo, "2025-12-31T23:59", "online", "Bo", follow_up_date="2024-12-31", done=1)  # last day, due before
    contact(db, bo, "2025-11-30T10:00", "phone", "Bo", follow_up_date="2025-12-15", done=1)
    contact(db, later, "2026-01-01T00:00", "visit", "Bo", follow_up_date="2025-02-01")  # after; due inside
    return db


def by_records(db, period: Period, filters: kpi.Filters) -> dict:
    return counting.count(kpi.read(db, filters), period)


@pytest.mark.parametrize("period", PERIODS, ids=["year", "one-day", "new-year", "future"])
@pytest.mark.parametrize("filters", [kpi.Filters(), kpi.Filters(consultant="Anne"), kpi.Filters(consultant="Bo"),
                                     kpi.Filters(consultant="Nobody")], ids=["all", "anne", "bo", "nobody"])
def test_sql_and_record_counting_agree(edgy, period, filters):
    expected = by_records(edgy, period, filters)
    got = kpi.report(edgy, period, filters)
    got.pop("names")
    for key in set(expected["drill"]) | set(got["drill"]):  # the same records (SQLite lists them by id)
        assert sorted(kpi.drill(edgy, key, got["drill"][key])[1]) == \
            sorted(kpi.drill(edgy, key, expected["drill"][key])[1]), key
    expected.pop("drill"), got.pop("drill")
    assert got == expected


def test_the_municipality_filter_agrees(edgy):
    code = edgy.execute("SELECT municipality_code FROM companies WHERE name = 'Anne ApS'").fetchone()[0]
    if code is None:
        pytest.skip("this store has no municipalities")
    filters = kpi.Filters(municipality=code)
    got, expected = kpi.report(edgy, PERIOD, filters), by_records(edgy, PERIOD, filters)
    assert got["contacts"] == expected["contacts"] and got["companies"] == expected["companies"]
    assert got["contacts"]["total"] == 4


def test_the_edge_cases_count_as_built(edgy):
    r = kpi.report(edgy, PERIOD)
    c = r["contacts"]
    assert c["total"] == 7 and c["by_consultant"] == {"": 2, "Anne": 2, "Bo": 3}
    assert c["by_kind"] == {"email": 2, "meeting": 1, "online": 1, "phone": 2, "visit": 1}
    assert c["by_month"]["2025-03"] == {"email": 2, "meeting": 1} and c["by_month"]["2025-12"] == {"online": 1,
                                                                                                      "phone": 1}
    # due in the period: 1 Jan (done), 31 Dec, 1 Jun (overdue), 15 Dec (done), 1 Feb (at the later company)
    assert (c["follow_ups_due"], c["follow_ups_done"], c["follow_ups_overdue"]) == (5, 2, 2)
    assert r["companies"]["contacted"] == 2
    # the quiet company was never contacted; the later one only after the period's end
    names = dict(edgy.execute("SELECT id, name FROM companies").fetchall())
    assert sorted(names[i] for i in r["drill"]["companies.open_need_no_contact_30_days"]) == [
        "Anne ApS", "Senere ApS", "Stille ApS"]  # Anne's last contact was 6 March
    kind, ids = kpi.drill(edgy, "contacts.total", r["drill"]["contacts.total"])
    assert kind == "contact-log" and len(ids) == 7

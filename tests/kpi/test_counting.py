"""Overblik's counting on records built by hand: every figure is known by construction."""

from __future__ import annotations

import datetime as dt

from matching.kpi import Company, Contact, Need, Period, Person, Placement, Records, Step, count

PERIOD = Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
YOUNG = Person("youth", birth_year=2000, unemployed_since="2024-01-01")  # 25 at a 2025 hire, unemployed > 12 m
OLDER = Person("dagpenge", birth_year=1970, unemployed_since="2025-03-01")


def records() -> Records:
    companies = [Company(1, "2020-01-01"), Company(2, "2020-01-01"), Company(3, "2020-01-01"),
                 Company(4, "2026-06-01")]  # 4 is registered after the period: not counted
    needs = [
        Need(10, 1, "2024-11-01", 1, "filled"),           # created before the period, hired in it
        Need(11, 1, "2025-02-01", 2, "shortlisted"),      # two positions, one filled: not filled
        Need(12, 2, "2025-03-10", 1, "filled", "wage_subsidy"),  # a measure hire
        Need(13, 3, "2025-11-01", 1, "open"),             # too young to count for share_filled, nothing sent
    ]
    steps = [
        Step(100, 10, "sent", "2024-12-01", YOUNG), Step(100, 10, "hired", "2025-01-15", YOUNG),
        Step(101, 11, "sent", "2025-02-11", OLDER), Step(101, 11, "hired", "2025-04-01", OLDER),
        Step(102, 12, "sent", "2025-03-20", OLDER), Step(102, 12, "hired", "2025-05-09", OLDER),
    ]
    placements = [Placement(200, 1, "internship", "2025-06-01", "2025-07-01", YOUNG),  # company 1's second coop
                  Placement(201, 3, "mentor", "2024-10-01", "2025-01-10", OLDER)]    # running into the period
    contacts = [Contact(300, 1, "2025-01-05T10:00:00", "visit", "Anne", "2025-02-01", True),
                Contact(301, 1, "2025-03-05T10:00:00", "phone", "Anne", "2025-04-01", False),
                Contact(302, 2, "2025-12-20T10:00:00", "phone", "Bo"),
                Contact(303, 3, "2024-05-01T10:00:00", "email", "Bo")]  # before the period
    return Records(companies, needs, steps, placements, contacts)


def test_every_figure_of_the_constructed_year():
    r = count(records(), PERIOD, municipality_total=30)
    assert r["period"] == {"from": "2025-01-01", "to": "2025-12-31"}
    assert r["companies"] == {"registered": 3, "cooperating": 3, "cooperating_measures": 3, "contacted": 2,
                              "open_need_no_contact_30_days": 2}
    assert r["drill"]["companies.open_need_no_contact_30_days"] == [1, 3]
    # company 1 (ordinary hire and a praktik: counted once), 2 (wage subsidy hire), 3 (mentor running into 2025)
    assert r["samarbejdsgrad"]["with_ordinary"] == 1.0
    assert r["samarbejdsgrad"]["without_ordinary"] == 1.0
    assert r["samarbejdsgrad"]["of_municipality_total"] == 0.1
    assert r["samarbejdsgrad"]["by_month"]["2025-01"] == round(2 / 3, 4)  # hire at 1, mentor at 3
    assert r["samarbejdsgrad"]["by_month"]["2025-02"] == 0.0
    n = r["needs"]
    assert (n["created"], n["positions"]) == (3, 4)
    assert n["share_candidates_sent"] == round(2 / 3, 4)
    assert n["counted_for_filled"] == 2 and n["share_filled"] == 0.5  # 11 (half filled) and 12 (filled)
    assert n["median_days_to_first_sent"] == 10.0  # 10 and 10 days
    assert n["median_days_to_filled"] == 60.0  # need 12: 10 March to 9 May
    c = r["contacts"]
    assert c["total"] == 3 and c["by_kind"] == {"phone": 2, "visit": 1}
    assert c["by_consultant"] == {"Anne": 2, "Bo": 1}
    assert c["by_month"]["2025-03"] == {"phone": 1} and c["by_month"]["2025-06"] == {}
    assert (c["follow_ups_due"], c["follow_ups_done"], c["follow_ups_overdue"]) == (2, 1, 1)
    assert r["hires"] == {"total": 3, "by_target_group": {"dagpenge": 2, "youth": 1}, "under_30": 1,
                          "long_term_unemployed": 1}
    assert r["placements"]["total"] == 1 and r["placements"]["running"] == 2
    assert r["placements"]["by_measure"] == {"internship": 1}


def test_an_empty_period_counts_nothing_and_divides_by_nothing():
    r = count(Records([], [], [], [], []), PERIOD)
    assert r["samarbejdsgrad"]["with_ordinary"] is None
    assert r["needs"]["share_filled"] is None and r["needs"]["median_days_to_filled"] is None
    assert r["contacts"]["total"] == 0 and r["hires"]["total"] == 0
    assert list(r["contacts"]["by_month"]) == [f"2025-{m:02d}" for m in range(1, 13)]


def test_a_period_in_the_future_has_companies_but_no_activity():
    r = count(records(), Period(dt.date(2030, 1, 1), dt.date(2030, 3, 31)))
    assert r["companies"]["registered"] == 4 and r["companies"]["cooperating"] == 0
    assert r["samarbejdsgrad"]["with_ordinary"] == 0.0
    assert r["needs"]["created"] == 0 and r["contacts"]["total"] == 0 and r["hires"]["total"] == 0


def test_last_12_months_ends_today():
    period = Period.last_12_months(dt.date(2026, 3, 15))
    assert (period.start, period.end) == (dt.date(2025, 3, 16), dt.date(2026, 3, 15))
    assert len(period.months()) == 13

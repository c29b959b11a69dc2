"""The measure rules on their edges, from the shipped reference files (no store, no Qt)."""

from __future__ import annotations

import datetime as dt

import pytest

from db.reference import read_csv
from matching import measure_rules as R

DAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def rules() -> R.Rules:
    groups = {r["code"]: frozenset(m for m in r["measures"].split("|") if m) for r in read_csv("target_groups.csv")}
    return R.from_rows(ratio=read_csv("ratio_rules.csv"), eligibility=read_csv("eligibility_rules.csv"),
                       internship=read_csv("internship_limits.csv"), igu=read_csv("igu_versions.csv"),
                       measures=read_csv("measures.csv"), target_groups=read_csv("target_groups.csv"),
                       target_group_measures=groups)


@pytest.mark.parametrize(("fte", "capacity"), [
    (0.5, 1), (1, 1), (4, 1), (5, 1), (6, 1), (9, 1), (9.9, 1), (10, 2), (15, 3), (20, 4), (49, 9), (50, 10),
    (51, 10), (59.9, 10), (60, 11), (70, 12), (1000, 105)])
def test_ratio_capacity_on_the_edges(rules, fte, capacity):
    assert rules.capacity(fte, DAY) == capacity


def test_ratio_has_no_rule_before_it_came_into_force(rules):
    assert rules.capacity(20, dt.date(2019, 12, 31)) is None


def test_ratio_check_says_used_of_capacity(rules):
    check = rules.ratio_check(10, 2, DAY)
    assert check.full
    verdict = check.verdict("internship")
    assert verdict.state == R.REFUSED
    assert verdict.render() == "The company has no more placements (2 of 2)"
    assert not rules.ratio_check(10, 1, DAY).full


def person(**kw) -> R.Person:
    kw.setdefault("target_group", "dagpenge")
    kw.setdefault("birth_date", dt.date(1990, 5, 1))
    kw.setdefault("education_level", "vocational")
    return R.Person(**kw)


def test_wage_subsidy_opens_six_months_after_unemployment(rules):
    p = person(unemployed_since=dt.date(2026, 9, 14))
    before = rules.verdict(p, "wage_subsidy", dt.date(2027, 3, 13))
    assert before.state == R.LATER and before.opens_on == dt.date(2027, 3, 14)
    assert before.render() == "Can be hired with Løntilskud from 14-03-2027"
    assert rules.verdict(p, "wage_subsidy", dt.date(2027, 3, 14)).allowed
    assert rules.verdict(p, "wage_subsidy", dt.date(2027, 3, 15)).allowed


def test_wage_subsidy_from_day_one_at_fifty_not_at_forty_nine(rules):
    since = DAY - dt.timedelta(days=10)
    at_49 = person(birth_date=dt.date(1977, 11, 24), unemployed_since=since)  # 50 tomorrow
    at_50 = person(birth_date=dt.date(1976, 11, 23), unemployed_since=since)  # 50 today
    assert rules.verdict(at_49, "wage_subsidy", DAY).state == R.LATER
    verdict = rules.verdict(at_50, "wage_subsidy", DAY)
    assert verdict.allowed and "aged 50" in verdict.render()


def test_wage_subsidy_from_day_one_for_single_parents_and_without_education(rules):
    since = DAY - dt.timedelta(days=1)
    assert rules.verdict(person(unemployed_since=since, single_parent=True), "wage_subsidy", DAY).allowed
    assert rules.verdict(person(unemployed_since=since, education_level="primary"), "wage_subsidy", DAY).allowed
    assert rules.verdict(person(unemployed_since=since, education_level="upper_secondary"),
                         "wage_subsidy", DAY).state == R.LATER


def test_wage_subsidy_without_an_unemployment_date_is_unknown_not_refused(rules):
    verdict = rules.verdict(person(), "wage_subsidy", DAY)
    assert verdict.state == R.UNKNOWN and verdict.usable


def test_target_group_decides_first(rules):
    verdict = rules.verdict(person(target_group="sygedagpenge"), "wage_subsidy", DAY)
    assert verdict.state == R.REFUSED
    assert "Sygedagpengemodtager" in verdict.render()


def test_fleksjob_only_when_visited(rules):
    assert rules.verdict(person(target_group="fleksjob"), "fleksjob", DAY).allowed  # the group is the visitation
    assert rules.verdict(person(target_group="revalidering"), "fleksjob", DAY).state == R.REFUSED
    groups = {**rules.target_group_measures, "revalidering": frozenset({"fleksjob"})}
    widened = R.Rules(rules.ratio, rules.eligibility, rules.internship, rules.igu, rules.measures,
                      rules.target_groups, groups)
    refused = widened.verdict(person(target_group="revalidering"), "fleksjob", DAY)
    assert refused.state == R.REFUSED and "visited to fleksjob" in refused.render()
    assert widened.verdict(person(target_group="revalidering", fleksjob_visited=True), "fleksjob", DAY).allowed


@pytest.mark.parametrize(("birth", "state"), [
    (dt.date(1977, 11, 24), R.ALLOWED),  # 49, fifty tomorrow
    (dt.date(1976, 11, 23), R.REFUSED),  # 50 today
    (dt.date(2008, 11, 23), R.ALLOWED),  # 18 today
    (dt.date(2008, 11, 24), R.REFUSED),  # 17, eighteen tomorrow
])
def test_igu_age_edges_in_the_2024_version(rules, birth, state):
    p = person(target_group="integration", birth_date=birth, arrived_on=dt.date(2020, 1, 1))
    assert rules.verdict(p, "igu", DAY).state == state


def test_igu_older_version_keeps_its_own_limits(rules):
    p = person(target_group="integration", birth_date=dt.date(1978, 1, 1), arrived_on=dt.date(2015, 1, 1))
    assert rules.verdict(p, "igu", dt.date(2023, 6, 1)).state == R.REFUSED  # 45 > 40 then, and 8 years is fine
    assert rules.verdict(p, "igu", dt.date(2024, 6, 1)).allowed  # 46 < 50 and 9 years < 20 now


def test_igu_residence_limit(rules):
    p = person(target_group="integration", arrived_on=dt.date(2006, 11, 23))
    verdict = rules.verdict(p, "igu", DAY)
    assert verdict.state == R.REFUSED and "20 years" in verdict.render()
    assert rules.verdict(person(target_group="integration", arrived_on=dt.date(2006, 11, 24)), "igu", DAY).allowed


def test_igu_with_only_a_birth_year_near_the_limit_is_unknown(rules):
    p = person(target_group="integration", birth_date=None, birth_year=1976, arrived_on=dt.date(2020, 1, 1))
    assert rules.verdict(p, "igu", DAY).state == R.UNKNOWN


def test_a_measure_out_of_force_is_refused():
    rules = R.from_rows(measures=[{"code": "jobrotation", "name": "Jobrotation", "valid_to": "2025-12-31"}])
    assert rules.verdict(R.Person(), "jobrotation", dt.date(2025, 12, 31)).allowed
    refused = rules.verdict(R.Person(), "jobrotation", dt.date(2026, 1, 1))
    assert refused.state == R.REFUSED and "not in force" in refused.render()


def test_internship_weeks_by_group_with_a_default(rules):
    assert rules.internship_weeks("dagpenge", DAY).weeks == 4
    assert rules.internship_weeks("kontanthjaelp_aktivitetsparat", DAY).weeks == 13
    assert rules.internship_weeks(None, DAY).weeks == 4
    assert rules.internship_weeks("dagpenge", DAY).dated.source


def test_usable_now_keeps_unknown_and_drops_refused_and_later(rules):
    p = person(unemployed_since=DAY - dt.timedelta(days=30))
    assert rules.usable_now(p, {"ordinary", "internship", "wage_subsidy", "igu"}, DAY) == {"ordinary", "internship"}


def test_the_fast_screen_agrees_with_the_rules_for_many_people_and_days(rules):
    """Screen shares one judgement between people alike in what the rules read; it must never differ."""
    import random

    rng = random.Random(7)
    groups = sorted(rules.target_group_measures)
    for day in (dt.date(2023, 6, 1), dt.date(2027, 2, 28), dt.date(2028, 8, 31)):
        screen = R.Screen(rules, day)
        for _ in range(1500):
            birth = dt.date(rng.randint(1955, 2012), rng.randint(1, 12), rng.randint(1, 28))
            p = R.Person(
                target_group=rng.choice(groups), birth_date=birth if rng.random() < 0.5 else None,
                birth_year=birth.year, education_level=rng.choice([None, "none", "primary", "vocational"]),
                unemployed_since=None if rng.random() < 0.1 else day - dt.timedelta(days=rng.randint(0, 400)),
                single_parent=rng.choice([None, True, False]), fleksjob_visited=rng.random() < 0.2,
                arrived_on=None if rng.random() < 0.2 else day - dt.timedelta(days=rng.randint(0, 9000)))
            measures = rules.target_group_measures[p.target_group]
            expected = frozenset(m for m in measures if rules.verdict(p, m, day).usable)
            assert screen.usable(p, measures) == expected, (p, day)

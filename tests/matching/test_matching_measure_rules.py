"""Matching uses the measure rules: what this person can use at this company now, with the reason."""

from __future__ import annotations

import datetime as dt

from db import matching_data, placements, workplaces
from matching.model import RankFilter

REAL_TODAY = dt.date.today()  # the index judges eligibility on the day it is built


def rank(matcher, need_id, today):
    ranking = matcher.rank_candidates(need_id, top=50, filters=RankFilter(include_excluded=True), today=today)
    return {m.candidate_id: m for m in ranking.matches + ranking.excluded}


def test_a_wage_subsidy_only_need_excludes_the_newly_unemployed_with_the_opening_date(jobcentre):
    need = jobcentre.add_need(title="Lagerhjælp", employment_form="wage_subsidy", measures=["wage_subsidy"],
                              essential=["picking"])
    since = REAL_TODAY - dt.timedelta(days=30)
    fresh = jobcentre.add_candidate(skills=["picking"], target_group_code="dagpenge", birth_date="1990-05-01",
                                    education_level="vocational", unemployed_since=since.isoformat())
    senior = jobcentre.add_candidate(skills=["picking"], target_group_code="dagpenge", birth_date="1960-05-01",
                                     education_level="vocational", unemployed_since=since.isoformat())
    matcher = matching_data.build_matcher(jobcentre.db)
    found = rank(matcher, need, REAL_TODAY)
    assert found[fresh].excluded and not found[senior].excluded
    opens = placements.R.add_months(since, 6).strftime("%d-%m-%Y")
    assert [r.render() for r in found[fresh].exclusions] == [f"Can be hired with Løntilskud from {opens}"]
    assert found[senior].parts["measures"].value == 1.0
    assert any("Løntilskud" in r.render() for r in found[senior].reasons if r.part == "measures")


def test_a_full_company_excludes_from_praktik_only_needs_and_says_so(jobcentre):
    db = jobcentre.db
    place = workplaces.add(db, jobcentre.company, who="test", name="Lageret", ordinary_fte=4,
                           fte_stated_on=REAL_TODAY.isoformat()).id
    need = jobcentre.add_need(title="Praktik på lageret", employment_form="internship", measures=["internship"])
    mixed = jobcentre.add_need(title="Lager, ordinært eller praktik", measures=["ordinary", "internship"])
    already = jobcentre.add_candidate(target_group_code="kontanthjaelp_aktivitetsparat")
    person = jobcentre.add_candidate(target_group_code="kontanthjaelp_aktivitetsparat")
    matcher = matching_data.build_matcher(db)
    assert not rank(matcher, need, REAL_TODAY)[person].excluded
    placements.add(db, who="test", candidate_id=already, company_id=jobcentre.company, workplace_id=place,
                   measure_code="internship", start_date=REAL_TODAY.isoformat(),
                   end_date=(REAL_TODAY + dt.timedelta(days=20)).isoformat())
    matcher.put_need(matching_data.load_need(db, need, matcher.index.vocab))
    matcher.put_need(matching_data.load_need(db, mixed, matcher.index.vocab))
    found = rank(matcher, need, REAL_TODAY)[person]
    assert found.excluded
    assert [r.render() for r in found.exclusions] == ["The company has no more placements (1 of 1)"]
    other = rank(matcher, mixed, REAL_TODAY)[person]
    assert not other.excluded  # an ordinary hire is still open
    assert "The company has no more placements (1 of 1)" in [r.render() for r in other.reasons]


def test_a_need_the_target_group_cannot_use_is_still_an_exclusion_with_the_reason(jobcentre):
    need = jobcentre.add_need(title="IGU-stilling", employment_form="igu", measures=["igu"])
    person = jobcentre.add_candidate(target_group_code="dagpenge")
    too_old = jobcentre.add_candidate(target_group_code="integration", birth_date="1960-01-01",
                                      arrived_in_denmark="2020-01-01")
    young = jobcentre.add_candidate(target_group_code="integration", birth_date="1995-01-01",
                                    arrived_in_denmark="2020-01-01")
    found = rank(matching_data.build_matcher(jobcentre.db), need, REAL_TODAY)
    assert found[person].excluded and found[too_old].excluded and not found[young].excluded
    assert "needs an age from 18 to under 50" in " ".join(r.render() for r in found[too_old].exclusions)
    assert "cannot use the job's measures" in " ".join(r.render() for r in found[person].exclusions)


def test_the_app_index_follows_placement_and_workplace_saves(jobcentre, store_path, qapp, consultant):
    from ui.context import AppContext
    from ui.services.match_service import MatchService

    db = jobcentre.db
    place = workplaces.add(db, jobcentre.company, who="test", name="Lageret", ordinary_fte=4,
                           fte_stated_on=REAL_TODAY.isoformat()).id
    need = jobcentre.add_need(title="Praktik", employment_form="internship", measures=["internship"])
    person = jobcentre.add_candidate(target_group_code="kontanthjaelp_aktivitetsparat")
    other = jobcentre.add_candidate(target_group_code="kontanthjaelp_aktivitetsparat")
    ctx = AppContext(db, str(store_path))
    service = MatchService(ctx)
    service.build_now()
    assert not rank(service.matcher, need, REAL_TODAY)[person].excluded
    ctx.apply(placements.add(db, who="test", candidate_id=other, company_id=jobcentre.company, workplace_id=place,
                             measure_code="internship", start_date=REAL_TODAY.isoformat(),
                             end_date=(REAL_TODAY + dt.timedelta(days=10)).isoformat()))
    assert rank(service.matcher, need, REAL_TODAY)[person].excluded
    ctx.apply(workplaces.update(db, place, who="test", ordinary_fte=10))
    assert not rank(service.matcher, need, REAL_TODAY)[person].excluded
    service.shutdown()

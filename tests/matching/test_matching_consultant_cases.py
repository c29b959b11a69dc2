"""Hand-made cases a consultant would agree with, on a real store file."""

from __future__ import annotations

import datetime as dt

import pytest

from db import matching_data
from matching.model import RankFilter
from matching.weights import POLICY_CAP, Weights
from tests.helpers import shipped_catalogue

DANISH = shipped_catalogue("da")["Reasons"]  # the shipped catalogue, as the app shows the reasons


def danish(reason) -> str:
    return reason.render(DANISH.get)


def texts(match) -> list[str]:
    return [r.render() for r in match.reasons]


def ranked(matcher, need_id, today, **filters):
    return matcher.rank_candidates(need_id, top=50, filters=RankFilter(**filters), today=today)


def by_candidate(ranking) -> dict:
    return {m.candidate_id: m for m in ranking.matches + ranking.excluded}


def test_forklift_driver_nearby_ranks_above_a_cook_far_away(jobcentre, today):
    need = jobcentre.add_need(title="Truckfører", occupation="forklift_driver", essential=["forklift", "warehouse"],
                              desired=["scanner"], hours_min=30, hours_max=37)
    driver = jobcentre.add_candidate(occupations=["forklift_driver"], skills=["truck_b", "forklift", "warehouse"],
                                     postcode="8210", own_car=1, hours_per_week=37, target_group_code="dagpenge")
    cook = jobcentre.add_candidate(occupations=["cook"], skills=["cooking", "hygiene", "menu"], postcode="9000",
                                   hours_per_week=37, target_group_code="dagpenge")
    ranking = ranked(matching_data.build_matcher(jobcentre.db), need, today)
    assert [m.candidate_id for m in ranking.matches] == [driver, cook]
    first, second = ranking.matches
    assert first.score > second.score + 30
    assert "Covers 2 of 2 essential skills" in texts(first)
    assert danish(first.reasons[2]) == "Dækker 2 af 2 vigtige kompetencer"
    assert any(t.endswith("min by car") for t in texts(first))
    assert first.parts["occupation"].value == 1.0 and second.parts["occupation"].value == 0.0
    assert any("by public transport" in t and t.startswith("1") for t in texts(second))  # ~130 km


def test_lacking_a_required_licence_excludes_and_names_it(jobcentre, today):
    need = jobcentre.add_need(title="Truckfører", occupation="forklift_driver", essential=["forklift"],
                              required=["truck_b"])
    has = jobcentre.add_candidate(skills=["truck_b", "forklift"])
    lacks = jobcentre.add_candidate(skills=["forklift", "warehouse"], occupations=["forklift_driver"])
    matcher = matching_data.build_matcher(jobcentre.db)
    ranking = ranked(matcher, need, today, include_excluded=True)
    assert [m.candidate_id for m in ranking.matches] == [has]
    assert [m.candidate_id for m in ranking.excluded] == [lacks]
    assert ranking.excluded_count == 1
    excluded = ranking.excluded[0]
    # under the requirement's own label, not among the skills that only give points
    assert excluded.excluded and [r.render() for r in excluded.exclusions] == [
        "Required certificates and licences (exclude): missing truckcertifikat B"]
    assert danish(excluded.exclusions[0]) == "Krævede certifikater og kørekort (udelukker): mangler truckcertifikat B"
    assert excluded.exclusions[0].part == "required" and "Vigtige kompetencer" not in danish(excluded.exclusions[0])
    assert not ranked(matcher, need, today).excluded  # listed only when asked for


def test_fleksjob_candidate_fits_a_small_fleksjob_and_is_excluded_from_full_time(jobcentre, today):
    fleks = jobcentre.add_need(title="Lagermedhjælper", occupation="warehouse_worker", essential=["picking"],
                               employment_form="fleksjob", hours_min=10, hours_max=15)
    full_time = jobcentre.add_need(title="Lagerarbejder", occupation="warehouse_worker", essential=["picking"],
                                   hours_min=37, hours_max=37)
    person = jobcentre.add_candidate(skills=["picking", "warehouse"], occupations=["warehouse_worker"],
                                     hours_per_week=15, target_group_code="fleksjob")
    matcher = matching_data.build_matcher(jobcentre.db)
    fits = by_candidate(ranked(matcher, fleks, today, include_excluded=True))[person]
    assert not fits.excluded
    assert fits.parts["hours"].value == 1.0 and fits.parts["measures"].value == 1.0
    assert "Can work 15 h/week, the job requires 10–15" in texts(fits)
    assert "Can be hired with: Fleksjob" in texts(fits)
    out = by_candidate(ranked(matcher, full_time, today, include_excluded=True))[person]
    assert out.excluded
    hours = [r for r in out.exclusions if r.part == "hours"]
    assert hours and danish(hours[0]) == "Kan arbejde 15 t/uge, stillingen kræver 37"


def test_a_fleksjob_need_excludes_who_cannot_be_hired_in_fleksjob(jobcentre, today):
    need = jobcentre.add_need(title="Fleksjob", essential=["cleaning"], employment_form="fleksjob", hours_min=10,
                              hours_max=15)
    dagpenge = jobcentre.add_candidate(skills=["cleaning"], hours_per_week=37, target_group_code="dagpenge")
    unknown = jobcentre.add_candidate(skills=["cleaning"], hours_per_week=15)
    found = by_candidate(ranked(matching_data.build_matcher(jobcentre.db), need, today, include_excluded=True))
    assert found[dagpenge].excluded
    assert [r.part for r in found[dagpenge].exclusions] == ["measures"]
    assert not found[unknown].excluded  # no target group recorded: said, not assumed
    assert "Target group unknown" in texts(found[unknown])


def test_commute_is_told_against_the_dagpenge_rule_and_never_excludes(jobcentre, today):
    need = jobcentre.add_need(title="Rengøring", essential=["cleaning"], workplace_postcode="8000")
    common = dict(skills=["cleaning"], postcode="8600", target_group_code="dagpenge", hours_per_week=37)
    early = jobcentre.add_candidate(unemployed_since=(today - dt.timedelta(days=30)).isoformat(), **common)
    late = jobcentre.add_candidate(unemployed_since=(today - dt.timedelta(days=200)).isoformat(), **common)
    others = dict(common, target_group_code="kontanthjaelp_jobparat")
    strict = jobcentre.add_candidate(max_commute_min=60, **others)
    relaxed = jobcentre.add_candidate(max_commute_min=300, **others)
    nowhere = jobcentre.add_candidate(skills=["cleaning"], postcode="3790")
    found = by_candidate(ranked(matching_data.build_matcher(jobcentre.db), need, today))
    assert set(found) == {early, late, strict, relaxed, nowhere}  # commute alone never excludes
    assert any(t.startswith("Beyond the 3-hour rule") for t in texts(found[early]))
    assert any(t.startswith("Within the 4-hour rule") for t in texts(found[late]))
    assert not any("hour rule" in t for t in texts(found[strict]))  # the rule is for dagpenge only
    assert "Beyond the candidate's own limit of 60 min a day" in texts(found[strict])
    assert "Within the candidate's own limit of 300 min a day" in texts(found[relaxed])
    assert found[strict].parts["commute"].value < found[relaxed].parts["commute"].value
    unknown = [r for r in found[nowhere].reasons if r.part == "commute"]
    assert [danish(r) for r in unknown] == ["Afstand ukendt"]
    assert found[nowhere].parts["commute"].value == 0.5


def test_health_restrictions_rule_out_or_cost_points(jobcentre, today):
    heavy = jobcentre.add_need(title="Lager", essential=["picking"], demands=["heavy_lifting"])
    noisy = jobcentre.add_need(title="Produktion", essential=["picking"], demands=["noise"])
    nights = jobcentre.add_need(title="Nattevagt", essential=["picking"], shifts="night")
    back = jobcentre.add_candidate(skills=["picking"], restrictions=["heavy_lifting"])
    ears = jobcentre.add_candidate(skills=["picking"], restrictions=["noise"])
    sleeper = jobcentre.add_candidate(skills=["picking"], restrictions=["night"])
    matcher = matching_data.build_matcher(jobcentre.db)
    assert by_candidate(ranked(matcher, heavy, today, include_excluded=True))[back].excluded
    assert by_candidate(ranked(matcher, nights, today, include_excluded=True))[sleeper].excluded
    soft = by_candidate(ranked(matcher, noisy, today, include_excluded=True))[ears]
    assert not soft.excluded and soft.parts["health"].value == 0.5
    assert any(t.startswith("Health restriction to consider") for t in texts(soft))


def test_danish_level_below_the_requirement_costs(jobcentre, today):
    need = jobcentre.add_need(title="Kundeservice", essential=["customer"], danish_level=3)
    fluent = jobcentre.add_candidate(skills=["customer"], danish_level=3)
    basic = jobcentre.add_candidate(skills=["customer"], danish_level=1)
    found = by_candidate(ranked(matching_data.build_matcher(jobcentre.db), need, today))
    assert found[fluent].parts["danish"].value == 1.0 and found[basic].parts["danish"].value == 0.0
    assert "Danish level 1, the job requires 3" in texts(found[basic])


def test_policy_term_is_off_by_default_and_capped_when_on(jobcentre, today):
    need = jobcentre.add_need(title="Rengøring", essential=["cleaning"])
    long_term = jobcentre.add_candidate(skills=["cleaning"], unemployed_since="2024-01-02")
    recent = jobcentre.add_candidate(skills=["cleaning"], unemployed_since=(today - dt.timedelta(days=20)).isoformat())
    matcher = matching_data.build_matcher(jobcentre.db)
    off = by_candidate(ranked(matcher, need, today))
    assert off[long_term].parts["policy"].weight == 0 and off[long_term].score == pytest.approx(off[recent].score)
    matcher.weights = Weights(policy_enabled=True, policy=50.0)
    on = by_candidate(ranked(matcher, need, today))
    assert on[long_term].parts["policy"] == (1.0, POLICY_CAP)
    assert on[long_term].score == pytest.approx(on[recent].score + POLICY_CAP)
    assert any(t.startswith("Priority: long-term unemployed") for t in texts(on[long_term]))


def test_candidate_direction_lists_open_needs_with_the_same_scores(jobcentre, today):
    from db import needs

    open_need = jobcentre.add_need(title="Truckfører", occupation="forklift_driver", essential=["forklift"])
    filled = jobcentre.add_need(title="Truckfører 2", occupation="forklift_driver", essential=["forklift"])
    needs.update(jobcentre.db, filled, who="test", status="filled")
    person = jobcentre.add_candidate(skills=["forklift", "truck_b"], occupations=["forklift_driver"])
    matcher = matching_data.build_matcher(jobcentre.db)
    ranking = matcher.rank_needs(person, today=today)
    assert [m.need_id for m in ranking.matches] == [open_need]
    other_way = by_candidate(ranked(matcher, open_need, today))[person]
    assert ranking.matches[0].score == pytest.approx(other_way.score, abs=1e-9)
    assert texts(ranking.matches[0]) == texts(other_way)


def test_filters_narrow_and_count_instead_of_hiding(jobcentre, today):
    need = jobcentre.add_need(title="Rengøring", essential=["cleaning"], workplace_postcode="8000")
    near = jobcentre.add_candidate(skills=["cleaning"], postcode="8210", target_group_code="dagpenge",
                                   consent_date="2026-11-01", consent_scope="named_profile", consent_by="test")
    far = jobcentre.add_candidate(skills=["cleaning"], postcode="9000", target_group_code="dagpenge")
    unknown = jobcentre.add_candidate(skills=["cleaning"], postcode="3790", target_group_code="sygedagpenge")
    matcher = matching_data.build_matcher(jobcentre.db)
    by_km = ranked(matcher, need, today, max_km=50)
    assert {m.candidate_id for m in by_km.matches} == {near, unknown}  # unknown distance stays, said
    assert by_km.filtered_count == 1
    assert [m.candidate_id for m in ranked(matcher, need, today, consent_only=True).matches] == [near]
    groups = ranked(matcher, need, today, target_groups=frozenset({"dagpenge"}))
    assert {m.candidate_id for m in groups.matches} == {near, far}


def test_an_unsaved_draft_need_can_be_ranked(jobcentre, today):
    from matching.model import NeedData

    person = jobcentre.add_candidate(skills=["welding"])
    matcher = matching_data.build_matcher(jobcentre.db)
    draft = NeedData(id=-1, title="Svejser (kladde)", essential=(jobcentre.skill["welding"],), postcode="8000")
    ranking = matcher.rank_candidates(draft, today=today)
    assert [m.candidate_id for m in ranking.matches] == [person]
    assert "Covers 1 of 1 essential skills" in texts(ranking.matches[0])


def test_a_candidate_without_an_occupation_is_matched_on_what_the_skills_resemble(jobcentre, today):
    need = jobcentre.add_need(title="Kok", occupation="cook", essential=["cooking", "hygiene"])
    quiet = jobcentre.add_candidate(skills=["cooking", "hygiene", "menu"])
    found = by_candidate(ranked(matching_data.build_matcher(jobcentre.db), need, today))[quiet]
    assert "No desired occupation recorded; the skills resemble Kok" in texts(found)
    assert found.parts["occupation"].value == pytest.approx(0.75)

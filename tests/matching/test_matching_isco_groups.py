"""ISCO-08 groups as answers: a need for a whole group, a candidate wishing one, ranked on a real store."""

from __future__ import annotations

import pytest

from db import candidates, matching_data, needs
from matching.isco_groups import group_code, group_ref, targets
from matching.model import RankFilter
from tests.jobcentre import WHO
from tests.helpers import shipped_catalogue

DANISH = shipped_catalogue("da")["Reasons"]


def test_group_refs_carry_the_code_and_never_meet_occupation_ids():
    assert group_ref("2341") == -12341 and group_code(-12341) == "2341"
    assert group_ref("011") == -1011 and group_code(-1011) == "011"
    assert group_code(-10110) == "0110"
    for other in (5, 0, -5, -2341, -123456, "2341", None, True):
        assert group_code(other) is None
    with pytest.raises(ValueError):
        group_ref("23")


def _grade(a: tuple[str, int], b: tuple[str, int]) -> float:
    """What the score gives a pair, from a's targets and b's keys, as the index does."""
    from matching.occupations import isco_keys

    keys = {"occupation": b[1], **isco_keys(b[0])}
    grade = 0.0
    for name, key, value in targets(a[0], a[1], same=1.0, unit=0.75, minor=0.5, sub=0.25):
        if keys.get(name) == key:
            grade = value  # ascending: the last one that holds is the closest
    return grade


@pytest.mark.parametrize("a, b, grade", [
    (("8344", 7), ("8344", 7), 1.0),                      # the same occupation
    (("8344", 7), ("8344", 8), 0.75),                     # same unit group
    (("8344", 7), ("8344", group_ref("8344")), 1.0),      # an occupation in the wished unit group
    (("8344", 7), ("834", group_ref("834")), 1.0),        # ... in the wished minor group
    (("8344", group_ref("8344")), ("8343", 9), 0.5),      # a sibling unit group: same minor group
    (("834", group_ref("834")), ("8343", 9), 1.0),        # inside the minor group
    (("834", group_ref("834")), ("8344", group_ref("8344")), 1.0),  # one group inside the other
    (("834", group_ref("834")), ("8322", 3), 0.25),       # same sub-major group only
    (("834", group_ref("834")), ("5120", 4), 0.0),
])
def test_grades_are_symmetric_and_full_inside_a_group(a, b, grade):
    assert _grade(a, b) == grade
    assert _grade(b, a) == grade


def _occupation_value(matcher, need_id, today):
    ranking = matcher.rank_candidates(need_id, top=50, filters=RankFilter(), today=today)
    return ranking, {m.candidate_id: m.parts["occupation"].value for m in ranking.matches}


def test_a_need_for_a_unit_group_ranks_its_members_first(jobcentre, today):
    need = needs.add(jobcentre.db, who=WHO, company_id=jobcentre.company, title="Truckfører eller lignende",
                     isco_group="8344", workplace_postcode="8000").id
    cook = jobcentre.add_candidate(occupations=["cook"])
    crane = jobcentre.add_candidate(occupations=["crane_operator"])  # 8343: same minor group
    forklift = jobcentre.add_candidate(occupations=["forklift_driver"])  # 8344: in the group
    wide = candidates.add(jobcentre.db, who=WHO, name="Bred", postcode="8000", occupations=[group_ref("834")]).id
    ranking, value = _occupation_value(matching_data.build_matcher(jobcentre.db), need, today)
    assert [m.candidate_id for m in ranking.matches] == [forklift, wide, crane, cook]
    assert value == {forklift: 1.0, wide: 1.0, crane: 0.5, cook: 0.0}
    match = next(m for m in ranking.matches if m.candidate_id == forklift)
    reasons = [r.render() for r in match.reasons]
    assert any(r.startswith("In the job's occupational group 8344 ") for r in reasons), reasons


def test_a_candidate_wishing_a_minor_group_finds_the_needs_in_it(jobcentre, today):
    forklift = jobcentre.add_need(title="Truckfører", occupation="forklift_driver")
    crane = jobcentre.add_need(title="Kranfører", occupation="crane_operator")
    cook = jobcentre.add_need(title="Kok", occupation="cook")
    group = needs.add(jobcentre.db, who=WHO, company_id=jobcentre.company, title="Maskinfører",
                      occupation_id=group_ref("8344"), workplace_postcode="8000").id
    person = candidates.add(jobcentre.db, who=WHO, name="Kandidat", postcode="8000",
                            occupations=[group_ref("834")]).id
    matcher = matching_data.build_matcher(jobcentre.db)
    ranking = matcher.rank_needs(person, top=50, today=today)
    value = {m.need_id: m.parts["occupation"].value for m in ranking.matches}
    assert value == {forklift: 1.0, crane: 1.0, group: 1.0, cook: 0.0}
    assert [m.need_id for m in ranking.matches][-1] == cook
    match = matcher.match(forklift, person, today=today)
    assert match.score == pytest.approx(next(m.score for m in ranking.matches if m.need_id == forklift))
    wanted = next(r for r in match.reasons if r.template.startswith("Wants the occupational group"))
    assert wanted.render(DANISH.get).startswith("Ønsker faggruppen 834 ")
    assert any(r.template.startswith("The job lies in the wished") for r in match.reasons)


def test_index_kept_in_step_equals_a_rebuild_with_groups(jobcentre, today):
    need = needs.add(jobcentre.db, who=WHO, company_id=jobcentre.company, title="Gruppe", isco_group="834",
                     workplace_postcode="8000").id
    matcher = matching_data.build_matcher(jobcentre.db)
    person = candidates.add(jobcentre.db, who=WHO, name="Ny", postcode="8000", occupations=[group_ref("8343")]).id
    matcher.put_candidate(matching_data.load_candidate(jobcentre.db, person))
    needs.update(jobcentre.db, need, who=WHO, isco_group="8343")
    matcher.put_need(matching_data.load_need(jobcentre.db, need, matcher.index.vocab))
    kept = matcher.rank_candidates(need, top=10, today=today)
    fresh = matching_data.build_matcher(jobcentre.db).rank_candidates(need, top=10, today=today)
    assert [(m.candidate_id, round(m.score, 9)) for m in kept.matches] == \
        [(m.candidate_id, round(m.score, 9)) for m in fresh.matches]
    assert kept.matches[0].parts["occupation"].value == 1.0

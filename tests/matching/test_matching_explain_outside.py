"""Matcher.explain: a pair outside the index (a filled need, a candidate now in a job) is scored against
the index's current weights, and the index ranks exactly as before afterwards."""

from __future__ import annotations

import dataclasses

import pytest

from db import candidates, matching_data, needs
from matching.engine import Matcher
from tests.helpers import rankings

WHO = "test"


def plain(match) -> tuple:
    return (match.need_id, match.candidate_id, round(match.score, 9), match.excluded,
            {name: (round(p.value, 9), p.weight) for name, p in match.parts.items()},
            [r.render() for r in match.reasons], [r.render() for r in match.exclusions],
            match.matching_skills, match.missing_skills)


@pytest.fixture
def centre(jobcentre):
    jc = jobcentre
    jc.truck = jc.add_need(title="Truckfører", occupation="forklift_driver", essential=["forklift", "warehouse"],
                           required=["truck_b"], hours_min=30, hours_max=37, measures=["wage_subsidy"])
    jc.cook = jc.add_need(title="Kok", occupation="cook", essential=["cooking", "hygiene"], desired=["menu"])
    jc.driver = jc.add_candidate(name="Ali", skills=["truck_b", "forklift", "scanner"], occupations=["forklift_driver"],
                                 hours_per_week=37, postcode="8210", own_car=1, target_group_code="dagpenge")
    jc.chef = jc.add_candidate(name="Bo", skills=["cooking", "hygiene", "menu"], postcode="9000")
    jc.other = jc.add_candidate(name="Cy", skills=["cleaning", "forklift"], hours_per_week=20)
    return jc


def test_pair_outside_the_index_scores_as_if_the_need_were_open(centre, today):
    db = centre.db
    needs.update(db, centre.truck, who=WHO, status="filled")
    candidates.update(db, centre.driver, who=WHO, status="in_job")
    matcher = matching_data.build_matcher(db)
    need = matching_data.load_need(db, centre.truck, matcher.index.vocab)
    driver = matching_data.load_candidate(db, centre.driver)
    assert matcher.index.need(need.id) is None and matcher.index.candidate(driver.id) is None
    with pytest.raises(KeyError):
        matcher.match(need, driver, today)
    before = rankings(matcher, today)
    rows_before = (matcher.index.need_count, matcher.index.needs.size, matcher.index.candidate_count)

    [explained] = matcher.explain(need, [driver], today)

    # The same pair in an index where the need is open: the same candidates, so the same skill weights.
    vocab = matcher.index.vocab
    reference = Matcher.build(vocab, matching_data.load_candidates(db),
                              matching_data.load_needs(db, vocab) + [dataclasses.replace(need, status="open")])
    expected = reference.match(need.id, driver, today)
    assert plain(explained) == plain(expected)
    assert explained.need_id == need.id and explained.candidate_id == driver.id
    assert explained.score > 50 and "truckcertifikat B" not in explained.missing_skills
    # Nothing the others see has changed, and the stand-in's row is free for the next need.
    assert rankings(matcher, today) == before
    assert (matcher.index.need_count, matcher.index.candidate_count) == rows_before[::2]
    assert all(need_id > 0 for need_id in matcher.index.need_row)
    size = matcher.index.needs.size
    new = centre.add_need(title="Lager", essential=["warehouse"])
    matcher.put_need(matching_data.load_need(db, new, vocab))
    assert matcher.index.needs.size == size and rankings(matcher, today) == rankings(matching_data.build_matcher(db), today)


def test_explain_equals_match_when_a_side_is_in_the_index(centre, today):
    db = centre.db
    candidates.update(db, centre.other, who=WHO, status="inactive")
    matcher = matching_data.build_matcher(db)
    vocab = matcher.index.vocab
    for need_id in (centre.truck, centre.cook):
        need = matching_data.load_need(db, need_id, vocab)
        for cand_id in (centre.driver, centre.chef, centre.other):
            cand = matching_data.load_candidate(db, cand_id)
            [explained], matched = matcher.explain(need, [cand], today), matcher.match(need, cand, today)
            assert plain(explained)[:2] == plain(matched)[:2]
            assert explained.score == pytest.approx(matched.score, abs=1e-9)
            assert plain(explained)[3:] == plain(matched)[3:]


def test_an_edited_need_under_a_saved_id_leaves_the_saved_one_in_place(centre, today):
    db = centre.db
    matcher = matching_data.build_matcher(db)
    saved = matcher.index.need(centre.cook)
    before = rankings(matcher, today)
    edited = dataclasses.replace(saved, essential=saved.essential + (centre.skill["welding"],), status="filled")
    chef = matching_data.load_candidate(db, centre.chef)
    [match] = matcher.explain(edited, [chef], today)
    assert "svejsning" in match.missing_skills and match.need_id == centre.cook
    assert matcher.index.need(centre.cook) is saved
    assert rankings(matcher, today) == before


def test_many_candidates_at_once_equal_one_at_a_time(centre, today):
    db = centre.db
    needs.update(db, centre.cook, who=WHO, status="cancelled")
    matcher = matching_data.build_matcher(db)
    need = matching_data.load_need(db, centre.cook, matcher.index.vocab)
    people = [matching_data.load_candidate(db, c) for c in (centre.chef, centre.driver, centre.other)]
    together = matcher.explain(need, people, today)
    assert [m.candidate_id for m in together] == [c.id for c in people]
    assert [plain(m) for m in together] == [plain(matcher.explain(need, [c], today)[0]) for c in people]
    assert together[0].score > together[1].score and matcher.index.need(centre.cook) is None
    assert matcher.explain(need, [], today) == []

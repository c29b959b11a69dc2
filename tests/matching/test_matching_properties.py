"""Properties of the score on many random needs and candidates (fixed seeds; hypothesis is not installed)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import numpy as np
import pytest

from matching.engine import Matcher
from matching.model import CandidateData, NeedData, Occupation, Place, RankFilter, Vocabulary
from matching.weights import PART_NAMES, Weights

TODAY = dt.date(2026, 11, 23)
SEEDS = range(6)
SKILLS = range(1, 41)
CERTIFICATES = range(41, 49)
PLACES = {"8000": (56.15, 10.20), "8210": (56.17, 10.16), "8600": (56.17, 9.57), "9000": (57.04, 9.86),
          "7100": (55.70, 9.50), "3790": (None, None)}
ISCO = ["8344", "8343", "8332", "9333", "5120", "9412", "9112", "7212"]
GROUPS = {"dagpenge": {"ordinary", "internship", "wage_subsidy"}, "fleksjob": {"fleksjob", "internship"},
          "kontanthjaelp": {"ordinary", "internship"}}
STRAINS = ["heavy_lifting", "night", "noise", "standing"]


def vocabulary() -> Vocabulary:
    rng = random.Random(0)
    return Vocabulary(
        skill_names={s: f"skill {s}" for s in SKILLS} | {c: f"certifikat {c}" for c in CERTIFICATES},
        skill_kinds={s: "skill" for s in SKILLS} | {c: "certificate" for c in CERTIFICATES},
        occupations={i: Occupation(i, f"occupation {i}", code) for i, code in enumerate(ISCO, 1)},
        occupation_profiles={i: (tuple(rng.sample(SKILLS, 5)), tuple(rng.sample(SKILLS, 3)))
                             for i in range(1, len(ISCO) + 1)},
        places={p: Place(p, p, lat, lon) for p, (lat, lon) in PLACES.items()},
        target_group_measures={k: frozenset(v) for k, v in GROUPS.items()},
        measure_names={m: m for v in GROUPS.values() for m in v})


def maybe(rng, value, p=0.8):
    return value if rng.random() < p else None


def random_need(rng, need_id: int) -> NeedData:
    low = maybe(rng, rng.choice([10, 15, 20, 30, 37]))
    return NeedData(
        id=need_id, title=f"need {need_id}", occupation_id=maybe(rng, rng.randint(1, len(ISCO))),
        essential=tuple(rng.sample(SKILLS, rng.randint(0, 6))), desired=tuple(rng.sample(SKILLS, rng.randint(0, 3))),
        required=tuple(rng.sample(CERTIFICATES, rng.choice([0, 0, 1, 2]))), postcode=maybe(rng, rng.choice(list(PLACES))),
        danish_level=maybe(rng, rng.randint(0, 4)), hours_min=low, hours_max=None if low is None else max(low, 37),
        start_date=maybe(rng, TODAY + dt.timedelta(days=rng.randint(0, 60))),
        employment_form=rng.choice(["ordinary", "ordinary", "fleksjob", "internship"]),
        measures=frozenset(rng.sample(["wage_subsidy", "internship"], rng.randint(0, 1))),
        demands=frozenset(rng.sample(STRAINS, rng.randint(0, 2))), shifts=frozenset(rng.sample(["day", "night"], 1)))


def random_candidate(rng, candidate_id: int) -> CandidateData:
    return CandidateData(
        id=candidate_id, name=f"c{candidate_id}", postcode=maybe(rng, rng.choice(list(PLACES))),
        birth_year=maybe(rng, rng.randint(1960, 2006)), target_group=maybe(rng, rng.choice(list(GROUPS))),
        unemployed_since=maybe(rng, TODAY - dt.timedelta(days=rng.randint(1, 900))), own_car=rng.random() < 0.5,
        max_commute_min=maybe(rng, rng.choice([60, 90, 120, 180]), 0.5),
        hours_per_week=maybe(rng, rng.choice([10, 15, 25, 30, 37])), danish_level=maybe(rng, rng.randint(0, 4)),
        available_from=maybe(rng, TODAY + dt.timedelta(days=rng.randint(-30, 90)), 0.5),
        consent=rng.random() < 0.5, occupations=tuple(rng.sample(range(1, len(ISCO) + 1), rng.choice([0, 1, 2]))),
        skills=tuple(rng.sample(SKILLS, rng.randint(0, 8)) + rng.sample(CERTIFICATES, rng.randint(0, 2))),
        restrictions=frozenset(rng.sample(STRAINS, rng.choice([0, 0, 1]))))


def world(seed: int, n_needs: int = 15, n_candidates: int = 60, weights: Weights | None = None):
    rng = random.Random(seed)
    needs = [random_need(rng, i) for i in range(1, n_needs + 1)]
    candidates = [random_candidate(rng, i) for i in range(1, n_candidates + 1)]
    return Matcher.build(vocabulary(), candidates, needs, weights), needs, candidates, rng


@pytest.mark.parametrize("seed", SEEDS)
def test_adding_a_skill_the_need_asks_for_never_lowers_the_score(seed):
    matcher, needs, candidates, rng = world(seed)
    for need in needs:
        for cand in rng.sample(candidates, 12):
            asked = set(need.required) | set(need.essential) | set(need.desired)
            if not cand.occupations:
                # without a desired occupation the occupation is inferred from the skills, and a new skill
                # may point elsewhere: only certificates (never used for that) are guaranteed monotone
                asked = set(need.required)
            for skill in sorted(asked - set(cand.skills)):
                before = matcher.match(need.id, cand.id, today=TODAY).score
                richer = dataclasses.replace(cand, skills=cand.skills + (skill,))
                matcher.put_candidate(richer)
                after = matcher.match(need.id, cand.id, today=TODAY).score
                matcher.put_candidate(cand)
                assert after >= before - 1e-9, (need.id, cand.id, skill)


@pytest.mark.parametrize("seed", SEEDS)
def test_lacking_a_hard_requirement_excludes_with_the_reason(seed):
    matcher, needs, candidates, _ = world(seed)
    for need in needs:
        ranking = matcher.rank_candidates(need.id, top=100, filters=RankFilter(include_excluded=True,
                                                                              excluded_limit=100), today=TODAY)
        assert {m.candidate_id for m in ranking.matches + ranking.excluded} == {c.id for c in candidates}
        for m in ranking.matches + ranking.excluded:
            missing = set(need.required) - set(matcher.index.candidate(m.candidate_id).skills)
            assert m.excluded == bool(m.exclusions)
            if missing:
                assert m.excluded and m in ranking.excluded
                named = " ".join(r.render() for r in m.exclusions)
                assert all(f"certifikat {s}" in named for s in missing)
        assert all(not m.excluded for m in ranking.matches)


@pytest.mark.parametrize("seed", SEEDS)
def test_the_parts_add_up_to_the_score(seed):
    weights = Weights(policy_enabled=seed % 2 == 1, policy=7.0)
    matcher, needs, candidates, _ = world(seed, weights=weights)
    for need in needs:
        scored = matcher.scores_for_need(need.id, today=TODAY)
        ranking = matcher.rank_candidates(need.id, top=100, today=TODAY,
                                          filters=RankFilter(include_excluded=True, excluded_limit=100))
        for m in ranking.matches + ranking.excluded:
            assert list(m.parts) == list(PART_NAMES)
            assert all(0.0 <= p.value <= 1.0 + 1e-12 and p.weight >= 0 for p in m.parts.values())
            assert m.score == pytest.approx(sum(p.value * p.weight for p in m.parts.values()), abs=1e-9)
            row = matcher.index.cand_row[m.candidate_id]
            assert scored.score[row] == pytest.approx(m.score, abs=1e-9)
        for cand in candidates[:10]:
            other_way = matcher.scores_for_candidate(cand.id, today=TODAY)
            row = matcher.index.need_row[need.id]
            assert other_way.score[row] == pytest.approx(scored.score[matcher.index.cand_row[cand.id]], abs=1e-9)


@pytest.mark.parametrize("seed", SEEDS)
def test_ranking_is_deterministic_whatever_the_input_order(seed):
    matcher, needs, candidates, rng = world(seed)
    shuffled_needs, shuffled_candidates = needs[:], candidates[:]
    rng.shuffle(shuffled_needs)
    rng.shuffle(shuffled_candidates)
    again = Matcher.build(vocabulary(), shuffled_candidates, shuffled_needs)
    for need in needs:
        first = matcher.rank_candidates(need.id, top=25, today=TODAY)
        second = again.rank_candidates(need.id, top=25, today=TODAY)
        third = matcher.rank_candidates(need.id, top=25, today=TODAY)
        assert _listing(first) == _listing(second) == _listing(third)
        scores = [round(m.score, 9) for m in first.matches]
        assert scores == sorted(scores, reverse=True)
        ties = [(a.candidate_id, b.candidate_id) for a, b in zip(first.matches, first.matches[1:])
                if round(a.score, 9) == round(b.score, 9)]
        assert all(x < y for x, y in ties)  # ties go to the lower id
    for cand in candidates[:20]:
        assert _listing(matcher.rank_needs(cand.id, today=TODAY)) == _listing(again.rank_needs(cand.id, today=TODAY))


def test_ties_are_broken_by_id_even_at_the_cut(seed=3):
    vocab = vocabulary()
    twins = [CandidateData(id=i, skills=(1, 2)) for i in (9, 4, 7, 1, 5)]
    matcher = Matcher.build(vocab, twins, [NeedData(id=1, essential=(1, 2))])
    assert [m.candidate_id for m in matcher.rank_candidates(1, top=3, today=TODAY).matches] == [1, 4, 5]


def _listing(ranking):
    return [(m.need_id, m.candidate_id, round(m.score, 9)) for m in ranking.matches]


def test_scores_are_finite_and_bounded():
    matcher, needs, _, _ = world(11, weights=Weights(policy_enabled=True))
    for need in needs:
        scores = matcher.scores_for_need(need.id, today=TODAY).score
        assert np.isfinite(scores).all() and (scores >= 0).all() and (scores <= 110 + 1e-9).all()

"""The engine's small pieces: geography, reasons, weights, translations, batch workers, inverted lists."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import numpy as np
import pytest

from matching import batch, geo, texts
from matching.engine import Matcher
from matching.model import CandidateData, NeedData, Place, Reason, Vocabulary
from matching.postings import Postings
from matching.weights import POLICY_CAP, Weights
from tests.helpers import shipped_catalogue

ROOT = Path(__file__).resolve().parents[2]
DANISH = shipped_catalogue("da")  # what the app ships, not a translator's pending file
AARHUS = Place("8000", "Aarhus C", 56.14843, 10.20451)
AALBORG = Place("9000", "Aalborg", 57.03987, 9.86323)
TODAY = dt.date(2026, 11, 23)


def test_distance_and_travel_time_follow_the_documented_model():
    line = float(geo.haversine_km(AARHUS.lat, AARHUS.lon, AALBORG.lat, AALBORG.lon))
    assert 95 < line < 105  # Aarhus C - Aalborg in a straight line
    way = geo.commute(AARHUS, AALBORG)
    assert way.km == pytest.approx(line * geo.DETOUR_FACTOR)
    assert way.car_min == pytest.approx(geo.CAR_FIXED_MIN + way.km / geo.CAR_KMH * 60)
    assert way.pt_min == pytest.approx(geo.PT_FIXED_MIN + way.km / geo.PT_KMH * 60)
    assert way.daily(by_car=False) == 2 * way.pt_min
    assert geo.commute(AARHUS, AARHUS).km == geo.MIN_KM
    assert geo.round_minutes(43) == 45 and geo.round_minutes(1) == 5


def test_an_unknown_postcode_is_no_error():
    assert geo.commute(AARHUS, Place("3790", "Hasle")) is None
    assert geo.commute(None, AARHUS) is None
    table = geo.PlaceTable({"8000": AARHUS, "3790": Place("3790", "Hasle")})
    assert table.of("3790") == -1 and table.of(None) == -1 and table.of("1234") == -1
    assert np.isnan(table.road_km_from(-1)).all()


def test_reasons_render_danish_numbers_and_translate():
    reason = Reason("hours", texts.HOURS_RANGE, {"hours": 25.0, "low": 30.0, "high": 37.5})
    assert reason.render() == "Can work 25 h/week, the job requires 30–37,5"
    assert reason.render(DANISH["Reasons"].get) == "Kan arbejde 25 t/uge, stillingen kræver 30–37,5"
    commute = Reason("commute", texts.BY_CAR, {"km": 38, "minutes": 45})
    assert commute.render(DANISH["Reasons"].get) == "38 km, ca. 45 min i bil"


def test_every_text_has_a_danish_translation_with_the_same_placeholders():
    sources = [v for k, v in vars(texts).items() if k.isupper() and isinstance(v, str)]
    sources += list(texts.PART_LABELS.values())
    cli = (ROOT / "ui" / "cli" / "match.py").read_text(encoding="utf-8")
    for call in re.finditer(r'translate\("cli",\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\)', cli):
        assert "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', call.group(1))) in DANISH["cli"]
    for text in sources:
        assert text in DANISH["Reasons"], text
    for context in ("Reasons", "cli"):
        for source, translated in DANISH[context].items():
            for danish in translated if isinstance(translated, list) else [translated]:
                assert danish.strip() and set(re.findall(r"\{(\w+)", source)) == set(re.findall(r"\{(\w+)", danish))


def test_weights_from_settings_with_defaults_and_a_capped_policy_term():
    default = Weights()
    assert sum(default.part_weights().values()) == pytest.approx(100)
    assert default.part_weights()["policy"] == 0  # off unless switched on
    custom = Weights.from_settings({"commute": "15", "policy_enabled": "true", "policy": 40, "unknown": 1})
    assert custom.commute == 15.0 and custom.part_weights()["policy"] == POLICY_CAP
    assert Weights.from_settings({"policy_enabled": True, "policy_long_term": False, "policy_young": False}) \
        .part_weights()["policy"] == 0
    with pytest.raises(ValueError):
        Weights(commute=-1)


def test_free_text_skills_match_case_folded():
    vocab = Vocabulary()
    matcher = Matcher.build(vocab, [CandidateData(id=1, skills=("vinduespudsning ",))],
                            [NeedData(id=1, essential=("Vinduespudsning",))])
    match = matcher.rank_candidates(1, today=TODAY).matches[0]
    assert match.parts["essential_skills"].value == 1.0
    assert match.matching_skills == ["vinduespudsning "]


def test_postings_add_and_remove_one_owner():
    postings = Postings.build(np.array([1, 1, 2, 2, 2]), np.array([0, 3, 0, 0, 5]))
    assert postings.get(2).tolist() == [0, 5] and postings.count(9) == 0
    postings.add(7, [1, 9])
    postings.remove(0, [1, 2])
    assert sorted(postings.get(1).tolist()) == [3, 7] and postings.get(2).tolist() == [5]
    assert postings.get(9).tolist() == [7]


def _summary(ranking) -> list:
    return [(m.candidate_id, round(m.score, 9)) for m in ranking.matches]


def test_batch_in_worker_processes_equals_one_process():
    rng = np.random.default_rng(5)
    vocab = Vocabulary(skill_names={s: f"s{s}" for s in range(60)})
    needs = [NeedData(id=i, essential=tuple(rng.choice(60, 5, replace=False).tolist())) for i in range(1, 301)]
    people = [CandidateData(id=i, skills=tuple(rng.choice(60, 6, replace=False).tolist())) for i in range(1, 401)]
    matcher = Matcher.build(vocab, people, needs)
    ids = [n.id for n in needs]
    alone = list(batch.rank_needs(matcher, ids, _summary, top=5, today=TODAY, workers=1))
    forked = list(batch.rank_needs(matcher, ids, _summary, top=5, today=TODAY, workers=2))
    assert forked == alone and [i for i, _ in forked] == ids


def _need_summary(ranking) -> list:
    return [(m.need_id, round(m.score, 9)) for m in ranking.matches]


def test_batch_of_candidates_in_worker_processes_equals_one_by_one():
    rng = np.random.default_rng(6)
    vocab = Vocabulary(skill_names={s: f"s{s}" for s in range(60)})
    needs = [NeedData(id=i, essential=tuple(rng.choice(60, 5, replace=False).tolist())) for i in range(1, 201)]
    people = [CandidateData(id=i, skills=tuple(rng.choice(60, 6, replace=False).tolist())) for i in range(1, 301)]
    matcher = Matcher.build(vocab, people, needs)
    ids = [c.id for c in people]
    alone = list(batch.rank_candidates(matcher, ids, _need_summary, top=5, today=TODAY, workers=1))
    forked = list(batch.rank_candidates(matcher, ids, _need_summary, top=5, today=TODAY, workers=2))
    assert forked == alone and [i for i, _ in forked] == ids
    one = _need_summary(matcher.rank_needs(ids[7], top=5, today=TODAY))
    assert alone[7] == (ids[7], one) and one

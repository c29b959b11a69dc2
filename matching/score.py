"""Scoring one need against every candidate, or one candidate against every need, in numpy.

Parts that depend only on a few features of the ranked side (hours, Danish, measures, health, start,
commute) are computed once per distinct combination of those features and gathered. The skill and
occupation parts come from the inverted lists: a row that shares nothing with the other side takes
the value of an empty overlap, so only the rows the lists name are computed one by one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from collections.abc import Callable

import numpy as np

from matching import geo, parts
from matching import weights as W
from matching.index import MatchIndex, inferred_factor
from matching.isco_groups import targets
from matching.model import CandidateData, NeedData
from matching.postings import weighted_count
from matching.parts import DAYS_PER_MONTH, rule_minutes

CATEGORICAL = ("hours", "danish", "measures", "health")
GATHERED = ("availability", "commute")
SKILL_PARTS = ("essential_skills", "desired_skills", "skill_profile")
FLAGS = ("hours_excluded", "measures_excluded", "health_excluded")


class Source:
    """One part's (or flag's) values: a per-row array, a per-combination table read through row codes,
    or a function of the rows."""

    def __init__(self, table=None, codes=None, fn: Callable | None = None):
        self.table, self.codes, self.fn = table, codes, fn

    def __call__(self, rows) -> np.ndarray:
        if self.fn is not None:
            return self.fn(rows)
        if self.codes is not None:
            return self.table.take(self.codes[rows])
        return np.broadcast_to(self.table, np.shape(rows)) if np.ndim(self.table) == 0 else self.table[rows]


@dataclass
class Scored:
    """Scores of every row of the ranked side (dead rows have alive False), and any part's value on demand."""

    score: np.ndarray
    alive: np.ndarray
    excluded: np.ndarray
    lacks_required: np.ndarray
    weights: dict[str, float]
    sources: dict[str, Source]
    km_by_row: Callable = field(repr=False, default=None)  # estimated road km per row (NaN unknown)

    def value(self, name: str, row: int) -> float:
        return float(self.sources[name](np.array([row]))[0])

    def values_at(self, row: int) -> dict[str, float]:
        return self.rows_values(np.array([row]))[0]

    def flags_at(self, row: int) -> dict[str, bool]:
        return self.rows_flags(np.array([row]))[0]

    def rows_values(self, rows: np.ndarray) -> list[dict[str, float]]:
        """Every part's value for each of `rows` (one vector call per part, not per row)."""
        columns = self._columns(W.PART_NAMES, rows, np.float64)
        return [{name: columns[name][i] for name in W.PART_NAMES} for i in range(len(rows))]

    def rows_flags(self, rows: np.ndarray) -> list[dict[str, bool]]:
        columns = self._columns(FLAGS, rows, bool)
        columns["lacks_required"] = self.lacks_required[rows].tolist()
        return [{name: column[i] for name, column in columns.items()} for i in range(len(rows))]

    def _columns(self, names, rows: np.ndarray, dtype) -> dict[str, list]:
        columns, groups, codes = {}, {}, {}
        for name in names:
            source = self.sources[name]
            group = getattr(source, "group", None)
            if group is not None:  # parts computed together (the skill parts) are computed once
                if group not in groups:
                    groups[group] = group(rows)
                values = groups[group][name]
            elif source.codes is not None:  # parts sharing row codes look the codes up once
                key = id(source.codes)
                if key not in codes:
                    codes[key] = source.codes[rows]
                values = source.table.take(codes[key])
            else:
                values = source(rows)
            columns[name] = np.asarray(values, dtype).tolist()
        return columns

    def full(self, name: str) -> np.ndarray:
        """One part's value for every row."""
        return np.asarray(self.sources[name](np.arange(len(self.score))))

    @property
    def km(self) -> np.ndarray:
        return self.km_by_row()


def score_candidates(index: MatchIndex, need: NeedData, weights: W.Weights, today: dt.date) -> Scored:
    """Every candidate row against `need` (which need not be in the index, e.g. an unsaved draft)."""
    index.ensure_totals()
    cands, size = index.cands, index.cands.size
    essential, desired, required = index.need_skill_cols(need)
    idf = index.idf
    have = _hits(index.cand_skills, required, None, size) if len(required) else None
    hit_e = _hits(index.cand_skills, essential, idf[essential], size)
    hit_d = _hits(index.cand_skills, desired, idf[desired], size)
    total_e, total_d = float(idf[essential].sum()), float(idf[desired].sum())
    sources = _skill_sources(hit_e, hit_d, total_e, total_d, cands["skill_total"])
    n = index.features.need(need)
    now = float(today.toordinal())
    sources.update(_categorical(index, n, None, index.cand_cat, size))
    sources["availability"] = Source(parts.availability(_start(n["start"], now), index.cand_available.table("available")),
                                     index.cand_available.codes[:size])
    combos = index.commute_combos(today)
    sources["commute"] = Source(_commute_from(index, combos, n["place"], today), combos.codes[:size])
    sources["policy"] = Source(_policy(cands["unemployed"], cands["birth_year"], weights, today))
    pw = weights.part_weights()
    # the occupation part of rows that no occupation list names: 0, or unknown without any occupation
    base = np.where(index.cand_cat.table("occupation_known"), 0.0, W.UNKNOWN) if need.occupation_id is not None \
        else np.float64(W.UNKNOWN)
    score, excluded = _gathered_sum(sources, pw, size, pw["occupation"] * base)
    sources["occupation"] = _add_occupation(index, need, score, pw["occupation"])
    _add_skills(score, pw, hit_e, hit_d, total_e, total_d, index.inverse_skill_total())
    _add_policy(score, sources, pw)
    lacks = have < len(required) if have is not None else np.zeros(size, dtype=bool)
    return Scored(score, cands["alive"], excluded | lacks, lacks, pw, sources,
                  lambda: index.places.road_km_from(n["place"])[cands["place"]])


def _commute_from(index: MatchIndex, combos, place: int, today: dt.date) -> np.ndarray:
    """The commute part from one workplace for every candidate commute combination; kept per workplace
    (there are a few hundred) until the candidates change, so a batch computes each one once."""
    key = ("commute", today, place, len(combos.values))
    found = index.query_cache.get(key)
    if found is None:
        km = index.places.road_km_from(place)[combos.table("place").astype(np.int64)]
        found = _commute(km, combos.table("own_car"), combos.table("max_daily"), combos.table("rule"))
        index.query_cache[key] = found
    return found


def score_needs(index: MatchIndex, candidate: CandidateData, weights: W.Weights, today: dt.date) -> Scored:
    """Every need row against `candidate` (which need not be in the index); a few thousand rows, all dense."""
    index.ensure_totals()
    needs, size = index.needs, index.needs.size
    cols = index.columns_of(candidate.skills)
    w = index.idf[cols]
    hit_e = _hits(index.need_essential, cols, w, size)
    hit_d = _hits(index.need_desired, cols, w, size)
    have = _hits(index.need_required, cols, None, size)
    sources = _skill_sources(hit_e, hit_d, needs["essential_total"], needs["desired_total"], w.sum())
    c = index.features.candidate(candidate)
    now = float(today.toordinal())
    sources.update(_categorical(index, None, c, index.need_cat, size))
    sources["availability"] = Source(parts.availability(_start(index.need_start.table("start"), now), c["available"]),
                                     index.need_start.codes[:size])
    km_by_place = index.places.road_km_from(c["place"])
    rule = rule_minutes(c["dagpenge"], c["unemployed"], today)
    sources["commute"] = Source(_commute(km_by_place, c["own_car"], c["max_daily"], rule), needs["place"])
    sources["policy"] = Source(_policy(c["unemployed"], c["birth_year"], weights, today))
    occupations, factor = candidate_occupations(index, candidate)
    grade = np.zeros(size)
    for occ in occupations:
        grade = np.maximum(grade, _grade(index.need_occ, size, occ, index.vocab.isco(occ))[0])
    sources["occupation"] = Source(np.where(needs["has_occupation"] & bool(occupations), factor * grade, W.UNKNOWN))
    pw = weights.part_weights()
    score, excluded = _gathered_sum(sources, pw, size, 0.0)
    for name in ("occupation", *SKILL_PARTS):
        if pw[name]:
            score += pw[name] * sources[name](slice(None))
    _add_policy(score, sources, pw)
    lacks = have < needs["n_required"]
    return Scored(score, needs["alive"], excluded | lacks, lacks, pw, sources, lambda: km_by_place[needs["place"]])


def candidate_occupations(index: MatchIndex, c: CandidateData) -> tuple[tuple[int, ...], float]:
    """The candidate's desired occupations, else the one the skills point to (with its lower factor)."""
    if c.occupations:
        return tuple(c.occupations), 1.0
    row = index.cand_row.get(c.id)
    inferred = index.inferred.get(row) if row is not None and index.cand_data[row] == c else \
        (index.profiles.infer(c.skills) if index.profiles and c.skills else None)
    return ((inferred.occupation_id,), inferred_factor(inferred)) if inferred else ((), 1.0)


def _start(start, now: float):
    return np.where(np.isnan(start), now, start)


def _hits(postings, cols, weights, size) -> np.ndarray:
    """Summed weights (or the number, without weights) of `cols` per row."""
    rows, w = postings.gather(cols.tolist(), weights)
    return weighted_count(rows, w, size) if w is not None else np.bincount(rows, minlength=size)[:size]


def _skill_sources(hit_e, hit_d, total_e, total_d, candidate_total) -> dict[str, Source]:
    """The three skill parts as sources over rows, from the matched weights per row. The totals are a
    need's (scalars: one need, rows are candidates) or per row (one candidate, rows are needs), and so
    is the candidate's own total the other way round."""
    d = W.DESIRED_IN_PROFILE
    total_w = total_e + d * np.asarray(total_d)

    def pick(x, rows):
        return x if np.ndim(x) == 0 else x[rows]

    def all_at(rows) -> dict[str, np.ndarray]:
        e, s = hit_e[rows], hit_d[rows]
        return {"essential_skills": parts.coverage(e, pick(total_e, rows)),
                "desired_skills": parts.coverage(s, pick(total_d, rows)),
                "skill_profile": parts.skill_profile(e + d * s, pick(total_w, rows), e + s,
                                                     pick(candidate_total, rows))}

    out = {name: Source(fn=lambda rows, name=name: all_at(rows)[name]) for name in SKILL_PARTS}
    for source in out.values():
        source.group = all_at
    return out


def _add_skills(score: np.ndarray, pw: dict, hit_e, hit_d, total_e: float, total_d: float, inverse) -> None:
    """Add the three skill parts of one need to every candidate row, from the matched weights per row
    (`hit_e`, `hit_d`) and 1 / each row's own total (`inverse`); in place, to spare temporaries."""
    d = W.DESIRED_IN_PROFILE
    total_w = total_e + d * total_d
    for name, total, hit in (("essential_skills", total_e, hit_e), ("desired_skills", total_d, hit_d)):
        if total > 0:
            score += hit * (pw[name] / total)
        else:
            score += pw[name] * W.UNKNOWN  # the need lists none: nothing to cover
    if total_w <= 0:
        score += pw["skill_profile"] * W.UNKNOWN
    elif pw["skill_profile"]:
        profile = hit_d * d
        profile += hit_e
        profile *= hit_e + hit_d
        profile *= inverse
        np.sqrt(profile, out=profile)
        profile *= pw["skill_profile"] / np.sqrt(total_w)
        score += profile


def _add_occupation(index: MatchIndex, need: NeedData, score: np.ndarray, weight: float) -> Source:
    """Add the graded rows the occupation lists name to `score` (the base is in the categorical sum);
    return the part's source."""
    if need.occupation_id is None:
        return Source(np.float64(W.UNKNOWN))
    grade, rows = _grade(index.cand_occ, index.cands.size, need.occupation_id, index.vocab.isco(need.occupation_id))
    factor, base = index.occupation_factor()
    score[rows] += weight * (factor[rows] * grade[rows])  # these rows have an occupation, so their base is 0
    return Source(fn=lambda r: np.where(grade[r] > 0, factor[r] * grade[r], base[r]))


def _grade(postings, size: int, occupation_id: int | None, isco: str) -> tuple[np.ndarray, np.ndarray]:
    """Closeness of every row's occupations to one occupation or ISCO-08 group (same, unit, minor,
    sub-major group: matching/isco_groups.targets), and the rows with any closeness (the widest list:
    the narrower ones lie inside it)."""
    grade = np.zeros(size)
    lists = {}
    for name, key, value in targets(isco, occupation_id, same=W.OCCUPATION_SAME, unit=W.OCCUPATION_UNIT,
                                     minor=W.OCCUPATION_MINOR, sub=W.OCCUPATION_SUB_MAJOR):
        rows = postings.by[name].get(key)
        grade[rows] = value  # ascending grades: a closer relation overwrites a wider one
        lists.setdefault(name, rows)
    # every row close at all shares the sub-major group; without an ISCO code only the occupation's own
    return grade, lists.get("sub", lists.get("occupation", np.zeros(0, np.intp)))


# The fields of the ranked side each categorical part reads, per direction.
CANDIDATE_FIELDS = {"hours": ("hours",), "danish": ("danish",), "measures": ("measures", "measures_known"),
                    "health": ("restrictions",)}
NEED_FIELDS = {"hours": ("hours_low", "hours_high"), "danish": ("danish",), "measures": ("measures", "measures_only"),
               "health": ("demands",)}


def _categorical(index: MatchIndex, need: dict | None, cand: dict | None, combos, size: int) -> dict[str, Source]:
    """Hours, Danish, measures and health with their exclusions, for every combination of the ranked side.

    One of `need`/`cand` is the scalar side; the other side's values come from `combos`, one part at a
    time over just the fields that part reads.
    """
    fields = CANDIDATE_FIELDS if need is not None else NEED_FIELDS

    def side(part):
        tables, codes = combos.sub(fields[part])
        return (need, tables, codes) if need is not None else (tables, cand, codes)

    values = {}
    n, c, codes = side("hours")
    v, x = parts.hours(n["hours_low"], n["hours_high"], c["hours"])
    values["hours"], values["hours_excluded"] = _expand(v, codes), _expand(x, codes)
    n, c, codes = side("danish")
    values["danish"] = _expand(parts.danish(n["danish"], c["danish"]), codes)
    n, c, codes = side("measures")
    v, x = parts.measures(n["measures"], n["measures_only"], c["measures"], c["measures_known"])
    values["measures"], values["measures_excluded"] = _expand(v, codes), _expand(x, codes)
    n, c, codes = side("health")
    v, x = parts.health(n["demands"], c["restrictions"], index.features.strain_bits.mask(W.RULING_OUT_STRAINS))
    values["health"], values["health_excluded"] = _expand(v, codes), _expand(x, codes)
    return {name: Source(v, combos.codes[:size]) for name, v in values.items()}


def _expand(values, codes: np.ndarray) -> np.ndarray:
    """Values per sub-combination to values per combination."""
    return np.broadcast_to(values, (codes.max() + 1 if len(codes) else 0,)).take(codes) if np.ndim(values) == 0 \
        else np.asarray(values).take(codes)


def _gathered_sum(sources: dict, pw: dict, size: int, extra) -> tuple[np.ndarray, np.ndarray]:
    """Sum of the gathered parts (the categorical ones, plus `extra` per combination, summed per
    combination first) and the exclusions."""
    codes = sources["hours"].codes
    cat = sum(pw[name] * sources[name].table for name in CATEGORICAL) + extra
    score = np.asarray(cat, np.float64).take(codes)
    excl = sources["hours_excluded"].table | sources["measures_excluded"].table | sources["health_excluded"].table
    excluded = np.asarray(excl).take(codes)
    for name in GATHERED:
        if pw[name]:
            score += (pw[name] * sources[name].table).take(sources[name].codes)
    return score, excluded


def _commute(km, own_car, max_daily, rule):
    daily_pt = 2 * geo.pt_minutes(km)
    daily = np.where(own_car, 2 * geo.car_minutes(km), daily_pt)
    return parts.commute(daily, max_daily, daily_pt <= rule)


def _policy(unemployed, birth_year, weights: W.Weights, today: dt.date):
    if not weights.policy_on:
        return np.float64(0.0)
    long_term = (today.toordinal() - np.asarray(unemployed)) >= weights.policy_long_term_months * DAYS_PER_MONTH
    young = (today.year - np.asarray(birth_year)) < weights.policy_young_under
    return parts.policy(long_term, young, weights)


def _add_policy(score: np.ndarray, sources: dict, pw: dict) -> None:
    if pw["policy"]:
        score += pw["policy"] * sources["policy"](np.arange(len(score)))

"""Short sentences a consultant can read aloud for one need-candidate pair, built from its part values."""

from __future__ import annotations

import datetime as dt

import numpy as np

from matching import geo, measure_rules, texts as T
from matching import weights as W
from matching.index import MatchIndex
from matching.model import CandidateData, Match, NeedData, Part, Reason
from matching.isco_groups import group_code, is_group, targets
from matching.occupations import isco_keys
from matching.parts import DAYS_PER_MONTH
from matching.score import candidate_occupations
from matching.tables import demands, hours_range, offered_measures, rule_person

MAX_NAMES = 4  # names listed in one sentence before "and N more"
CODE_DIGITS = {"unit": 4, "minor": 3, "sub": 2}  # an ISCO-08 code as written: "0110", not "110"


def build_match(index: MatchIndex, need: NeedData, cand: CandidateData, score: float, values: dict[str, float],
                flags: dict[str, bool], weights: W.Weights, today: dt.date, need_cols=None, own_cols=None) -> Match:
    """A Match with its parts as scored (wrapped in Part objects on first use); its reasons are worked
    out on first use.

    `flags` as in Scored.flags_at. `need_cols` (the need's essential, desired and required skill
    columns, or a function giving them) and `own_cols` (the candidate's) are taken now, so a later
    change to the index does not change what it explains.
    """
    part_weights = weights.part_weights()
    return Match(need.id, cand.id, None, any(flags.values()), score=score,
                 parts_fn=lambda: {name: Part(values[name], weight) for name, weight in part_weights.items()},
                 explain=lambda: explain(index, need, cand, values, weights, flags, today, need_cols, own_cols))


def explain(index: MatchIndex, need: NeedData, cand: CandidateData, values: dict[str, float], weights: W.Weights,
            flags: dict[str, bool], today: dt.date, need_cols=None, own_cols=None) -> tuple[list, list, list, list]:
    """(reasons, exclusions, matching skill names, missing essential skill names) for one pair."""
    with index.lock:
        pair = _Pair(index, need, cand, today, need_cols, own_cols)
        reasons = pair.occupation() + pair.skills()
        hours = pair.hours()
        measures = pair.measures()
        health, health_exclusions = pair.health()
        reasons += hours + pair.availability() + pair.danish() + pair.commute() + measures + health
        if weights.part_weights()["policy"] and values["policy"]:
            reasons += pair.policy(weights)
        exclusions = _exclusions(pair, flags, hours, measures, health_exclusions)
        name = index.vocab.skill_name
        return (reasons, exclusions, [name(index.skill_ref[c]) for c in sorted(pair.matched())],
                [name(index.skill_ref[c]) for c in sorted(pair.missing_essential())])


def _exclusions(pair, flags: dict[str, bool], hours: list, measures: list, health: list) -> list[Reason]:
    """The reasons behind each hard requirement the pair fails, in the order of the rules."""
    out = []
    if flags.get("lacks_required"):
        out.append(Reason("required", T.MISSING_REQUIRED, {"skills": pair.names(pair.missing_required())}, "bad"))
    if flags.get("hours_excluded"):
        out += hours
    if flags.get("measures_excluded"):
        out += measures
    return out + health


_SCREENS: dict[tuple[int, dt.date], tuple] = {}


def _screen(rules, day: dt.date) -> measure_rules.Screen:
    """One screen per rules object and day, shared by the explanations of a ranking."""
    key = (id(rules), day)
    found = _SCREENS.get(key)
    if found is None or found[0] is not rules:
        _SCREENS.clear()  # only the latest is kept: a new vocabulary or day replaces it
        found = _SCREENS[key] = (rules, measure_rules.Screen(rules, day))
    return found[1]


def need_column_sets(index: MatchIndex, need: NeedData) -> tuple[set, set, set]:
    return tuple(set(cols.tolist()) for cols in index.need_skill_cols(need))


def date_text(day: dt.date) -> str:
    return day.strftime("%d-%m-%Y")


class _Pair:
    def __init__(self, index: MatchIndex, need: NeedData, cand: CandidateData, today: dt.date,
                 need_cols: tuple | None, own_cols: set | None):
        self.index, self.vocab, self.need, self.cand, self.today = index, index.vocab, need, cand, today
        need_cols = need_cols() if callable(need_cols) else need_cols
        self.essential, self.desired, self.required = (set(np.asarray(c).tolist()) for c in need_cols) \
            if need_cols is not None else need_column_sets(index, need)
        self.own = set(np.asarray(own_cols).tolist()) if own_cols is not None else \
            set(index.columns_of(cand.skills).tolist())

    def names(self, cols) -> str:
        names = sorted(self.vocab.skill_name(self.index.skill_ref[c]) for c in cols)
        if len(names) <= MAX_NAMES:
            return ", ".join(names)
        return f"{', '.join(names[:MAX_NAMES])} (+{len(names) - MAX_NAMES})"

    def matched(self) -> set[int]:
        return self.own & (self.essential | self.desired)

    def missing_essential(self) -> set[int]:
        return self.essential - self.own

    def missing_required(self) -> set[int]:
        return self.required - self.own

    # ---- occupation ----------------------------------------------------------------------

    def occupation(self) -> list[Reason]:
        occupations, factor = candidate_occupations(self.index, self.cand)
        out = []
        if self.cand.occupations:
            wished = [o for o in self.cand.occupations if not is_group(o)]
            groups = [o for o in self.cand.occupations if is_group(o)]
            if wished:
                titles = ", ".join(self._title(o) for o in wished[:MAX_NAMES])
                out.append(Reason("occupation", T.WANTS, {"titles": titles}))
            if groups:
                titles = ", ".join(self._group(o) for o in groups[:MAX_NAMES])
                out.append(Reason("occupation", T.WANTS_GROUP, {"groups": titles}))
        elif occupations:
            out.append(Reason("occupation", T.RESEMBLES, {"title": self._title(occupations[0])}))
        else:
            out.append(Reason("occupation", T.NO_OCCUPATION))
        if self.need.occupation_id is None:
            return out + [Reason("occupation", T.NEED_NO_OCCUPATION)]
        if occupations:
            out.append(self._closeness(occupations))
        return out

    def _title(self, occupation_id: int) -> str:
        occ = self.vocab.occupations.get(occupation_id)
        return occ.title if occ else f"#{occupation_id}"

    def _group(self, ref: int) -> str:
        """A group as a sentence names it: its code and title ("2341 Grundskolelærere")."""
        code = group_code(ref) or ""
        occ = self.vocab.occupations.get(ref)
        return f"{code} {occ.title}" if occ and occ.title else code

    def _closeness(self, occupations) -> Reason:
        """The closest of the candidate's occupations to the job's (occupation or ISCO-08 group), by
        the same targets the score grades with (matching/isco_groups.targets)."""
        mine = self.need.occupation_id
        graded = targets(self.vocab.isco(mine), mine, same=W.OCCUPATION_SAME, unit=W.OCCUPATION_UNIT,
                         minor=W.OCCUPATION_MINOR, sub=W.OCCUPATION_SUB_MAJOR)
        best = None
        for occ in occupations:
            keys = {"occupation": occ, **isco_keys(self.vocab.isco(occ))}
            for rank, (name, key, value) in enumerate(graded):
                if keys.get(name) == key and (best is None or (value, rank) > best[:2]):
                    best = (value, rank, name, key, occ)
        if best is None:
            return Reason("occupation", T.UNRELATED_OCCUPATION, tone="bad")
        value, _, name, key, occ = best
        if name == "occupation" and key == mine and not is_group(mine):
            return Reason("occupation", T.SAME_OCCUPATION, tone="good")
        if name == "occupation":  # the candidate wishes a group the job's occupation (or group) lies in
            return Reason("occupation", T.IN_WISHED_GROUP, {"group": self._group(key)}, "good")
        if is_group(mine) and value >= W.OCCUPATION_SAME:
            return Reason("occupation", T.IN_JOB_GROUP, {"group": self._group(mine)}, "good")
        template, tone = {"unit": (T.CLOSE_OCCUPATION, "good"), "minor": (T.RELATED_OCCUPATION, "good"),
                          "sub": (T.DISTANT_OCCUPATION, "neutral")}[name]
        return Reason("occupation", template, {"code": str(key).zfill(CODE_DIGITS[name])}, tone)

    # ---- skills --------------------------------------------------------------------------

    def skills(self) -> list[Reason]:
        out = []
        if self.need.skills_from_occupation:
            out.append(Reason("essential_skills", T.FROM_OCCUPATION))
        if self.essential:
            n = len(self.essential & self.own)
            tone = "good" if n == len(self.essential) else ("bad" if n < len(self.essential) / 2 else "neutral")
            out.append(Reason("essential_skills", T.COVERS_ESSENTIAL, {"n": n, "total": len(self.essential)}, tone))
            missing = self.missing_essential() - self.required  # missing required ones are exclusions
            if missing:
                out.append(Reason("essential_skills", T.MISSING, {"skills": self.names(missing)}, "bad"))
        if self.desired:
            n = len(self.desired & self.own)
            out.append(Reason("desired_skills", T.COVERS_DESIRED, {"n": n, "total": len(self.desired)},
                              "good" if n else "neutral"))
        if not self.own:
            out.append(Reason("skill_profile", T.NO_SKILLS, tone="bad"))
        elif self.essential or self.desired:
            out.append(Reason("skill_profile", T.PROFILE_USED, {"n": len(self.matched()), "total": len(self.own)}))
        return out

    # ---- hours, start, Danish --------------------------------------------------------------

    def hours(self) -> list[Reason]:
        low, high = hours_range(self.need)
        h = self.cand.hours_per_week
        if low != low:  # NaN: the job gave no hours
            return []
        if h is None:
            return [Reason("hours", T.HOURS_UNKNOWN)]
        tone = "bad" if h < low else ("good" if h <= high else "neutral")
        params = {"hours": float(h), "low": float(low), "high": float(high)}
        if high == float("inf"):
            return [Reason("hours", T.HOURS_AT_LEAST, params, tone)]
        if low == 0:
            return [Reason("hours", T.HOURS_UP_TO, params, tone)]
        return [Reason("hours", T.HOURS_EXACT if low == high else T.HOURS_RANGE, params, tone)]

    def availability(self) -> list[Reason]:
        start = self.need.start_date or self.today
        available = self.cand.available_from
        if available is None:
            return []
        if available > start:
            return [Reason("availability", T.AVAILABLE_LATE, {"date": date_text(available),
                                                             "start": date_text(start)}, "bad")]
        return [Reason("availability", T.AVAILABLE_IN_TIME, tone="good")]

    def danish(self) -> list[Reason]:
        required = self.need.danish_level
        if not required:
            return []
        level = self.cand.danish_level
        if level is None:
            return [Reason("danish", T.DANISH_UNKNOWN, {"required": required})]
        return [Reason("danish", T.DANISH_LEVEL, {"level": level, "required": required},
                       "good" if level >= required else "bad")]

    # ---- commute ---------------------------------------------------------------------------

    def commute(self) -> list[Reason]:
        way = geo.commute(self.vocab.places.get(self.cand.postcode), self.vocab.places.get(self.need.postcode))
        if way is None:
            return [Reason("commute", T.DISTANCE_UNKNOWN)]
        car = bool(self.cand.own_car)
        out = [Reason("commute", T.BY_CAR if car else T.BY_PUBLIC,
                      {"km": round(way.km), "minutes": geo.round_minutes(way.minutes(car))})]
        if self.cand.max_commute_min is not None:
            ok = way.daily(car) <= self.cand.max_commute_min
            out.append(Reason("commute", T.OWN_LIMIT_OK if ok else T.OWN_LIMIT_OVER,
                              {"limit": self.cand.max_commute_min}, "good" if ok else "bad"))
        if self.cand.target_group == W.DAGPENGE_TARGET_GROUP:
            out.append(self._rule(way))
        return out

    def _rule(self, way: geo.Commute) -> Reason:
        since = self.cand.unemployed_since
        months = (self.today - since).days / DAYS_PER_MONTH if since else 0.0
        limit = W.DAGPENGE_RULE_EARLY_MIN if months < W.DAGPENGE_RULE_EARLY_MONTHS else W.DAGPENGE_RULE_LATE_MIN
        daily = way.daily(False)
        ok = daily <= limit
        return Reason("commute", T.RULE_OK if ok else T.RULE_OVER,
                      {"hours": limit // 60, "daily": geo.round_minutes(daily)}, "good" if ok else "neutral")

    # ---- measures, health, policy -------------------------------------------------------------

    def measures(self) -> list[Reason]:
        """Which of the need's measures this person can use at this company now, and what stands in the
        way of the others: the target group, a measure rule (with the day it opens), or the ratio."""
        usable = self.vocab.target_group_measures.get(self.cand.target_group) if self.cand.target_group else None
        offered = offered_measures(self.need)
        if usable is None:
            return [Reason("measures", T.TARGET_GROUP_UNKNOWN)]
        possible = sorted(offered & usable)
        if not possible:
            return [Reason("measures", T.MEASURES_NONE, {"measures": self._measure_names(sorted(offered))}, "bad")]
        screen = _screen(self.vocab.rules, self.today) if self.vocab.rules is not None else None
        person = rule_person(self.cand) if screen is not None else None
        out, fit = [], []
        for code in possible:
            verdict = screen.verdict(person, code) if screen is not None else None
            if verdict is not None and not verdict.usable:
                out.append(self._rule_reason(verdict, "bad"))
            elif code in self.need.full_measures:
                used, capacity = self.need.ratio or (0, 0)
                out.append(Reason("measures", measure_rules.T_RATIO_FULL, {"used": used, "capacity": capacity}, "bad"))
            else:
                fit.append(code)
                if verdict is not None and verdict.state == measure_rules.UNKNOWN:
                    out.append(self._rule_reason(verdict, "neutral"))
        if fit:
            out.insert(0, Reason("measures", T.MEASURES_FIT, {"measures": self._measure_names(fit)}, "good"))
        return out

    def _rule_reason(self, verdict, tone: str) -> Reason:
        return Reason("measures", verdict.template,
                      {k: measure_rules.param_text(v) for k, v in verdict.params.items()}, tone)

    def _measure_names(self, codes) -> str:
        return ", ".join(self.vocab.measure_names.get(c, c) for c in codes)

    def health(self) -> tuple[list[Reason], list[Reason]]:
        if not self.cand.restrictions:
            return [], []
        conflicts = sorted(self.cand.restrictions & demands(self.need))
        names = lambda codes: ", ".join(self.vocab.strain_names.get(c, c) for c in codes)  # noqa: E731
        hard = [c for c in conflicts if c in W.RULING_OUT_STRAINS]
        soft = [c for c in conflicts if c not in W.RULING_OUT_STRAINS]
        reasons = [Reason("health", T.HEALTH_CONSIDER, {"strains": names(soft)}, "bad")] if soft else []
        exclusions = [Reason("health", T.HEALTH_RULES_OUT, {"strains": names(hard)}, "bad")] if hard else []
        if not conflicts:
            reasons.append(Reason("health", T.HEALTH_OK, tone="good"))
        return reasons + exclusions, exclusions

    def policy(self, weights: W.Weights) -> list[Reason]:
        out = []
        since, born = self.cand.unemployed_since, self.cand.birth_year
        if since and weights.policy_long_term:
            months = int((self.today - since).days / DAYS_PER_MONTH)
            if months >= weights.policy_long_term_months:
                out.append(Reason("policy", T.PRIORITY_LONG_TERM, {"months": months}, "good"))
        if born and weights.policy_young and self.today.year - born < weights.policy_young_under:
            out.append(Reason("policy", T.PRIORITY_YOUNG, {"age": self.today.year - born}, "good"))
        return out

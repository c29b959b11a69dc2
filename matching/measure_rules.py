"""The rules behind the measures (ratio, who may use which measure, praktik length), from dated reference rows.

Pure: no Qt, no SQL. The rows come from resources/reference/*.csv through the store (db/measure_rules.py)
or straight from the files; every answer names the row it used, so a consultant can see the source.
Every rule row has valid_from/valid_to (ISO dates, valid_to inclusive, empty = open) and a source text.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field

from matching.i18n_marker import QT_TRANSLATE_NOOP

# Measures the ratio (rimelighedskrav) counts when no rule row names them.
RATIO_MEASURES_DEFAULT = frozenset({"internship", "wage_subsidy", "senior_wage_subsidy", "utility_work"})
ORDINARY = "ordinary"
WAGE_SUBSIDY = "wage_subsidy"
IGU = "igu"
FLEKSJOB = "fleksjob"
INTERNSHIP = "internship"

# Eligibility states: usable now, usable from a later date, not usable, or unknown (facts missing).
ALLOWED, LATER, REFUSED, UNKNOWN = "allowed", "later", "refused", "unknown"

T_ALLOWED = QT_TRANSLATE_NOOP("Rules", "Can be hired with {measure}")
T_LATER = QT_TRANSLATE_NOOP("Rules", "Can be hired with {measure} from {date}")
T_WAIT_EXEMPT_AGE = QT_TRANSLATE_NOOP("Rules", "Can be hired with {measure} from day one: aged {age} or more")
T_WAIT_EXEMPT_SINGLE = QT_TRANSLATE_NOOP("Rules", "Can be hired with {measure} from day one: single parent")
T_WAIT_EXEMPT_EDUCATION = QT_TRANSLATE_NOOP(
    "Rules", "Can be hired with {measure} from day one: no upper-secondary or vocational education")
T_WAIT_UNKNOWN = QT_TRANSLATE_NOOP("Rules", "{measure}: the date of unemployment is missing")
T_TARGET_GROUP = QT_TRANSLATE_NOOP("Rules", "The target group {group} cannot use {measure}")
T_TARGET_GROUP_UNKNOWN = QT_TRANSLATE_NOOP("Rules", "{measure}: the target group is missing")
T_NOT_IN_FORCE = QT_TRANSLATE_NOOP("Rules", "{measure} cannot be used on {date}: the measure is not in force then")
T_FLEKSJOB = QT_TRANSLATE_NOOP("Rules", "{measure} only for people visited to fleksjob")
T_IGU_NONE = QT_TRANSLATE_NOOP("Rules", "{measure}: no version of the scheme is in force on {date}")
T_IGU_AGE = QT_TRANSLATE_NOOP("Rules", "{measure} needs an age from {low} to under {high} at the start (is {age})")
T_IGU_AGE_UNKNOWN = QT_TRANSLATE_NOOP("Rules", "{measure}: the date of birth is missing")
T_IGU_RESIDENCE = QT_TRANSLATE_NOOP(
    "Rules", "{measure} needs under {years} years of residence in Denmark (arrived {date})")
T_IGU_RESIDENCE_UNKNOWN = QT_TRANSLATE_NOOP("Rules", "{measure}: the date of arrival in Denmark is missing")
T_RATIO_FULL = QT_TRANSLATE_NOOP("Rules", "The company has no more placements ({used} of {capacity})")
T_RATIO_FREE = QT_TRANSLATE_NOOP("Rules", "{workplace}: {used} of {capacity} places used")
T_RATIO_NO_WORKPLACE = QT_TRANSLATE_NOOP(
    "Rules", "The company has no workplace with ordinary employees recorded; the ratio cannot be checked")


def _day(value) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, clamped to the month's end (31 Aug + 6 = 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


@dataclass(frozen=True, slots=True)
class Dated:
    """What every rule row carries: when it is in force and where it comes from."""

    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    source: str = ""
    url: str = ""

    def in_force(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True, slots=True)
class RatioRule:
    dated: Dated
    measures: frozenset[str] = RATIO_MEASURES_DEFAULT
    first_employees: int = 50
    per_first: int = 5
    per_beyond: int = 10
    minimum: int = 1

    def capacity(self, fte: float) -> int:
        """Persons in the counted measures allowed beside `fte` ordinary full-time employees."""
        fte = max(float(fte), 0.0)
        first = min(fte, self.first_employees) // self.per_first
        beyond = max(fte - self.first_employees, 0.0) // self.per_beyond
        return max(self.minimum, int(first + beyond))


@dataclass(frozen=True, slots=True)
class EligibilityRule:
    dated: Dated
    measure: str
    rule: str  # wait_months, exempt_age_from, exempt_single_parent, exempt_education, requires_visitation
    value: str = ""


@dataclass(frozen=True, slots=True)
class InternshipLimit:
    dated: Dated
    target_group: str  # "*" for every group without its own row
    weeks: int


@dataclass(frozen=True, slots=True)
class IguVersion:
    dated: Dated
    age_from: int
    age_under: int
    residence_years_under: int
    min_hours: float = 25.0
    months: int = 24


@dataclass(frozen=True, slots=True)
class MeasureValidity:
    """When a measure (or a target group) may be used, from the reference list's own dates."""

    code: str
    name: str
    dated: Dated = field(default_factory=Dated)


@dataclass(frozen=True, slots=True)
class Person:
    """What the rules need to know about a candidate; None means not recorded."""

    target_group: str | None = None
    birth_date: dt.date | None = None
    birth_year: int | None = None
    unemployed_since: dt.date | None = None
    education_level: str | None = None
    single_parent: bool | None = None
    fleksjob_visited: bool = False
    arrived_on: dt.date | None = None

    def age_range(self, day: dt.date) -> tuple[int, int] | None:
        """(youngest, oldest) possible age on `day`: exact with a birth date, two values with a year."""
        if self.birth_date is not None:
            age = age_on(self.birth_date, day)
            return age, age
        if self.birth_year is not None:
            return day.year - self.birth_year - 1, day.year - self.birth_year
        return None


@dataclass(frozen=True, slots=True)
class Verdict:
    """One rule's answer: `state` is ALLOWED, LATER, REFUSED or UNKNOWN; `template` an English source
    text (context "Rules") with `params`; `opens_on` the first day it is allowed (LATER)."""

    measure: str
    state: str
    template: str
    params: dict = field(default_factory=dict)
    opens_on: dt.date | None = None
    source: str = ""

    @property
    def allowed(self) -> bool:
        return self.state == ALLOWED

    @property
    def usable(self) -> bool:
        """Not ruled out: allowed, or unknown for lack of facts (missing facts never exclude)."""
        return self.state in (ALLOWED, UNKNOWN)

    def render(self, translate=None) -> str:
        text = translate(self.template) if translate else self.template
        return text.format_map({k: param_text(v) for k, v in self.params.items()})


def param_text(value) -> str:
    if isinstance(value, dt.date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, float):
        return f"{value:.0f}" if value == round(value) else f"{value:.1f}".replace(".", ",")
    return str(value)


@dataclass(frozen=True, slots=True)
class RatioCheck:
    """The ratio at one workplace on one day: used and allowed persons in the counted measures."""

    used: int
    capacity: int
    fte: float | None
    source: str = ""
    workplace: str = ""

    @property
    def full(self) -> bool:
        return self.used >= self.capacity

    def verdict(self, measure: str) -> Verdict:
        params = {"used": self.used, "capacity": self.capacity}
        if not self.full:
            params["workplace"] = self.workplace
        if self.fte is None:
            return Verdict(measure, UNKNOWN, T_RATIO_NO_WORKPLACE, {}, source=self.source)
        return Verdict(measure, REFUSED if self.full else ALLOWED, T_RATIO_FULL if self.full else T_RATIO_FREE,
                       params, source=self.source)


@dataclass(slots=True)
class Rules:
    """All rule rows in force at some time; ask with a date."""

    ratio: list[RatioRule] = field(default_factory=list)
    eligibility: list[EligibilityRule] = field(default_factory=list)
    internship: list[InternshipLimit] = field(default_factory=list)
    igu: list[IguVersion] = field(default_factory=list)
    measures: dict[str, MeasureValidity] = field(default_factory=dict)
    target_groups: dict[str, MeasureValidity] = field(default_factory=dict)
    target_group_measures: dict[str, frozenset[str]] = field(default_factory=dict)

    # ---- ratio -------------------------------------------------------------------------------

    def ratio_rule(self, day: dt.date) -> RatioRule | None:
        found = [r for r in self.ratio if r.dated.in_force(day)]
        return max(found, key=lambda r: r.dated.valid_from or dt.date.min) if found else None

    def ratio_measures(self, day: dt.date) -> frozenset[str]:
        rule = self.ratio_rule(day)
        return rule.measures if rule else frozenset()

    def capacity(self, fte: float, day: dt.date) -> int | None:
        """Persons allowed in the counted measures beside `fte` ordinary employees (None: no rule)."""
        rule = self.ratio_rule(day)
        return rule.capacity(fte) if rule else None

    def ratio_check(self, fte: float | None, used: int, day: dt.date, workplace: str = "") -> RatioCheck | None:
        rule = self.ratio_rule(day)
        if rule is None:
            return None
        return RatioCheck(used, rule.capacity(fte) if fte is not None else 0, fte, rule.dated.source, workplace)

    # ---- praktik length ------------------------------------------------------------------------

    def internship_weeks(self, target_group: str | None, day: dt.date) -> InternshipLimit | None:
        """The longest praktik for the target group on `day` (its own row, else the "*" row)."""
        rows = [r for r in self.internship if r.dated.in_force(day)]
        own = [r for r in rows if r.target_group == target_group]
        return (own or [r for r in rows if r.target_group == "*"] or [None])[0]

    def igu_version(self, day: dt.date) -> IguVersion | None:
        found = [v for v in self.igu if v.dated.in_force(day)]
        return found[-1] if found else None

    # ---- eligibility ---------------------------------------------------------------------------

    def name(self, measure: str) -> str:
        found = self.measures.get(measure)
        return found.name if found else measure

    def measure_in_force(self, measure: str, day: dt.date) -> bool:
        found = self.measures.get(measure)
        return found is None or found.dated.in_force(day)

    def verdicts(self, person: Person, measure: str, day: dt.date) -> list[Verdict]:
        """Every rule's answer for `person` and `measure` on `day`, the refusals first."""
        name = self.name(measure)
        out: list[Verdict] = []
        validity = self.measures.get(measure)
        if validity is not None and not validity.dated.in_force(day):
            out.append(Verdict(measure, REFUSED, T_NOT_IN_FORCE, {"measure": name, "date": day},
                               source=validity.dated.source))
        out += self._target_group(person, measure, name)
        rules = [r for r in self.eligibility if r.measure == measure and r.dated.in_force(day)]
        if any(r.rule == "wait_months" for r in rules):
            out.append(self._waiting(person, measure, name, rules, day))
        visitation = next((r for r in rules if r.rule == "requires_visitation"), None)
        if visitation is not None:
            # visited: a recorded visitation date, or a target group that is itself a visitation
            visited = person.fleksjob_visited or person.target_group in _split(visitation.value)
            out.append(Verdict(measure, ALLOWED if visited else REFUSED, T_ALLOWED if visited else T_FLEKSJOB,
                               {"measure": name}, source=visitation.dated.source))
        if measure == IGU:
            out += self._igu(person, name, day)
        order = {REFUSED: 0, LATER: 1, UNKNOWN: 2, ALLOWED: 3}
        return sorted(out, key=lambda v: order[v.state])

    def verdict(self, person: Person, measure: str, day: dt.date) -> Verdict:
        """The deciding answer: the first refusal, else the latest opening date, else unknown, else allowed."""
        found = self.verdicts(person, measure, day)
        if not found:
            return Verdict(measure, ALLOWED, T_ALLOWED, {"measure": self.name(measure)})
        return found[0]

    def usable_now(self, person: Person, measures, day: dt.date) -> frozenset[str]:
        """Of `measures`, those not ruled out for `person` on `day` (unknown facts do not rule out)."""
        return frozenset(m for m in measures if self.verdict(person, m, day).usable)

    def _target_group(self, person: Person, measure: str, name: str) -> list[Verdict]:
        if not self.target_group_measures or measure == ORDINARY:
            return []
        if person.target_group is None:
            return [Verdict(measure, UNKNOWN, T_TARGET_GROUP_UNKNOWN, {"measure": name})]
        usable = self.target_group_measures.get(person.target_group, frozenset())
        if measure in usable:
            return []
        group = self.target_groups.get(person.target_group)
        return [Verdict(measure, REFUSED, T_TARGET_GROUP,
                        {"measure": name, "group": group.name if group else person.target_group})]

    def _waiting(self, person: Person, measure: str, name: str, rules: list[EligibilityRule],
                 day: dt.date) -> Verdict:
        by = {r.rule: r for r in rules}
        ages = person.age_range(day)
        exempt_age = by.get("exempt_age_from")
        if exempt_age and ages is not None and ages[0] >= int(exempt_age.value):
            return Verdict(measure, ALLOWED, T_WAIT_EXEMPT_AGE, {"measure": name, "age": int(exempt_age.value)},
                           source=exempt_age.dated.source)
        single = by.get("exempt_single_parent")
        if single and person.single_parent:
            return Verdict(measure, ALLOWED, T_WAIT_EXEMPT_SINGLE, {"measure": name}, source=single.dated.source)
        education = by.get("exempt_education")
        if education and person.education_level in _split(education.value):
            return Verdict(measure, ALLOWED, T_WAIT_EXEMPT_EDUCATION, {"measure": name},
                           source=education.dated.source)
        wait = by["wait_months"]
        if person.unemployed_since is None:
            return Verdict(measure, UNKNOWN, T_WAIT_UNKNOWN, {"measure": name}, source=wait.dated.source)
        opens = add_months(person.unemployed_since, int(wait.value))
        if day >= opens:
            return Verdict(measure, ALLOWED, T_ALLOWED, {"measure": name}, source=wait.dated.source)
        return Verdict(measure, LATER, T_LATER, {"measure": name, "date": opens}, opens_on=opens,
                       source=wait.dated.source)

    def _igu(self, person: Person, name: str, day: dt.date) -> list[Verdict]:
        found = [v for v in self.igu if v.dated.in_force(day)]
        if not found:
            return [Verdict(IGU, REFUSED, T_IGU_NONE, {"measure": name, "date": day})]
        version = found[-1]
        source = version.dated.source
        out = []
        ages = person.age_range(day)
        if ages is None:
            out.append(Verdict(IGU, UNKNOWN, T_IGU_AGE_UNKNOWN, {"measure": name}, source=source))
        else:
            params = {"measure": name, "low": version.age_from, "high": version.age_under, "age": ages[1]}
            if ages[1] < version.age_from or ages[0] >= version.age_under:
                out.append(Verdict(IGU, REFUSED, T_IGU_AGE, params, source=source))
            elif ages[0] < version.age_from or ages[1] >= version.age_under:
                out.append(Verdict(IGU, UNKNOWN, T_IGU_AGE_UNKNOWN, {"measure": name}, source=source))
        if person.arrived_on is None:
            out.append(Verdict(IGU, UNKNOWN, T_IGU_RESIDENCE_UNKNOWN, {"measure": name}, source=source))
        elif add_months(person.arrived_on, 12 * version.residence_years_under) <= day:
            out.append(Verdict(IGU, REFUSED, T_IGU_RESIDENCE, {"measure": name, "years": version.residence_years_under,
                                                              "date": person.arrived_on}, source=source))
        if not out:
            out.append(Verdict(IGU, ALLOWED, T_ALLOWED, {"measure": name}, source=source))
        return out


class Screen:
    """Which of a person's measures are not ruled out on one day, fast enough for every candidate of
    an index: measures out of force are dropped by set difference, only the measures with their own
    rules (løntilskud, fleksjob, IGU) are judged, and people alike in every fact those rules read share
    one judgement."""

    def __init__(self, rules: Rules, day: dt.date):
        self.rules, self.day = rules, day
        self.out_of_force = frozenset(m for m in rules.measures if not rules.measure_in_force(m, day))
        in_force = [r for r in rules.eligibility if r.dated.in_force(day)]
        self.judged = frozenset({r.measure for r in in_force} | {IGU})
        # the last unemployment start from which each waiting time has passed on `day`
        self._wait_cutoff = {r.measure: _cutoff(day, int(r.value)) for r in in_force if r.rule == "wait_months"}
        self._exempt_age = {int(r.value) for r in in_force if r.rule == "exempt_age_from"}
        self._exempt_education = {e for r in in_force if r.rule == "exempt_education" for e in _split(r.value)}
        igu = [v for v in rules.igu if v.dated.in_force(day)]
        self._residence = igu[-1].residence_years_under if igu else None
        self._cache: dict[tuple, frozenset[str]] = {}

    def usable(self, person: Person, measures: frozenset[str]) -> frozenset[str]:
        keep = measures - self.out_of_force
        judged = keep & self.judged
        if not judged:
            return keep
        ages = person.age_range(self.day)
        key = (judged, person.target_group,
               ages if IGU in judged else tuple(ages is not None and ages[0] >= a for a in self._exempt_age),
               person.education_level in self._exempt_education, person.single_parent, person.fleksjob_visited,
               self._waited(person, judged), self._resident(person) if IGU in judged else None)
        refused = self._cache.get(key)
        if refused is None:
            refused = self._cache[key] = frozenset(
                m for m in judged if not self.rules.verdict(person, m, self.day).usable)
        return keep - refused

    def verdict(self, person: Person, measure: str) -> Verdict | None:
        """The rules' answer when the measure has rules of its own or is out of force; None: allowed."""
        if measure in self.judged or measure in self.out_of_force:
            return self.rules.verdict(person, measure, self.day)
        return None

    def _waited(self, person: Person, judged: frozenset[str]) -> tuple | None:
        if person.unemployed_since is None:
            return None
        return tuple(person.unemployed_since <= self._wait_cutoff[m] for m in sorted(judged) if m in self._wait_cutoff)

    def _resident(self, person: Person) -> bool | None:
        if person.arrived_on is None or self._residence is None:
            return None
        return add_months(person.arrived_on, 12 * self._residence) <= self.day


def _cutoff(day: dt.date, months: int) -> dt.date:
    """The latest start `since` with add_months(since, months) <= day."""
    since = add_months(day, -months)
    while add_months(since + dt.timedelta(days=1), months) <= day:
        since += dt.timedelta(days=1)
    while add_months(since, months) > day:
        since -= dt.timedelta(days=1)
    return since


def _split(value: str) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


# ---- building from reference rows (dicts of strings, as read from the CSV files or the store) --------

def _dated(row: dict) -> Dated:
    return Dated(_day(row.get("valid_from")), _day(row.get("valid_to")), row.get("source") or "", row.get("url") or "")


def from_rows(*, ratio=(), eligibility=(), internship=(), igu=(), measures=(), target_groups=(),
              target_group_measures=None) -> Rules:
    """Rules from plain rows (string or typed values); see resources/reference/ for the columns."""
    return Rules(
        ratio=[RatioRule(_dated(r), frozenset(_split(r.get("measures"))) or RATIO_MEASURES_DEFAULT,
                         int(r.get("first_employees") or 50), int(r.get("per_first") or 5),
                         int(r.get("per_beyond") or 10), int(r.get("minimum") or 1)) for r in ratio],
        eligibility=[EligibilityRule(_dated(r), r["measure"], r["rule"], str(r.get("value") or ""))
                     for r in eligibility],
        internship=[InternshipLimit(_dated(r), r.get("target_group") or "*", int(r["weeks"])) for r in internship],
        igu=sorted((IguVersion(_dated(r), int(r["age_from"]), int(r["age_under"]), int(r["residence_years_under"]),
                               float(r.get("min_hours") or 25), int(r.get("months") or 24)) for r in igu),
                   key=lambda v: v.dated.valid_from or dt.date.min),
        measures={r["code"]: MeasureValidity(r["code"], r.get("name") or r["code"], _dated(r)) for r in measures},
        target_groups={r["code"]: MeasureValidity(r["code"], r.get("name") or r["code"], _dated(r))
                       for r in target_groups},
        target_group_measures=dict(target_group_measures or {}))

"""Plain data the matching engine works on and returns: needs, candidates, vocabulary, matches."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

from matching.rules import need_is_open

SkillRef = int | str  # a vocabulary skill id, or free text not in the vocabulary (compared case-folded)


@dataclass(frozen=True, slots=True)
class Place:
    postcode: str
    town: str = ""
    lat: float | None = None
    lon: float | None = None

    @property
    def known(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass(frozen=True, slots=True)
class Occupation:
    id: int
    title: str
    isco: str = ""  # ISCO-08 unit group, 4 digits ("" when unknown)


@dataclass(slots=True)
class Vocabulary:
    """Names and reference data the engine needs to score and to explain."""

    skill_names: dict[int, str] = field(default_factory=dict)
    skill_kinds: dict[int, str] = field(default_factory=dict)
    occupations: dict[int, Occupation] = field(default_factory=dict)
    # occupation id -> (essential skill ids, optional skill ids), e.g. from ESCO
    occupation_profiles: dict[int, tuple[tuple[int, ...], tuple[int, ...]]] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    target_group_measures: dict[str, frozenset[str]] = field(default_factory=dict)
    measure_names: dict[str, str] = field(default_factory=dict)
    strain_names: dict[str, str] = field(default_factory=dict)
    target_group_names: dict[str, str] = field(default_factory=dict)
    # The measure rules (matching/measure_rules.py) and the day the index judges eligibility on
    # (the day it was built or a record was put); None: only the target groups decide.
    rules: object | None = None
    rules_day: dt.date | None = None

    def skill_name(self, ref: SkillRef) -> str:
        return ref if isinstance(ref, str) else self.skill_names.get(ref, f"#{ref}")

    def isco(self, occupation_id: int | None) -> str:
        occ = self.occupations.get(occupation_id) if occupation_id is not None else None
        return occ.isco if occ else ""


@dataclass(slots=True)
class NeedData:
    """A company's need to hire, as the engine sees it. Treat as immutable: build a new one to change it.

    (Not frozen only because a frozen dataclass is six times slower to create, and the store loads
    a hundred thousand of these at start-up.)
    """

    id: int
    title: str = ""
    company_id: int | None = None
    company_name: str = ""
    occupation_id: int | None = None
    essential: tuple[SkillRef, ...] = ()
    desired: tuple[SkillRef, ...] = ()
    required: tuple[SkillRef, ...] = ()  # hard requirements: lacking one excludes
    postcode: str | None = None
    danish_level: int | None = None
    hours_min: float | None = None
    hours_max: float | None = None
    shifts: frozenset[str] = frozenset()
    start_date: dt.date | None = None
    deadline: dt.date | None = None
    employment_form: str = "ordinary"
    status: str = "open"
    measures: frozenset[str] = frozenset()
    demands: frozenset[str] = frozenset()  # strain codes
    skills_from_occupation: bool = False  # essential/desired taken from the occupation's profile
    # Measures the company has no room for now under the ratio rule, with (used, capacity) at its
    # workplace with the most room; set by the store when the need is loaded.
    full_measures: frozenset[str] = frozenset()
    ratio: tuple[int, int] | None = None

    @property
    def is_open(self) -> bool:
        return need_is_open(self.status)


@dataclass(slots=True)
class CandidateData:
    """A citizen the job centre serves, as the engine sees them. Treat as immutable, like NeedData."""

    id: int
    name: str = ""
    postcode: str | None = None
    birth_year: int | None = None
    target_group: str | None = None
    unemployed_since: dt.date | None = None
    own_car: bool = False
    max_commute_min: int | None = None  # total per day, there and back
    hours_per_week: float | None = None
    danish_level: int | None = None
    available_from: dt.date | None = None
    consent: bool = False
    status: str = "active"
    occupations: tuple[int, ...] = ()  # desired occupations
    skills: tuple[SkillRef, ...] = ()
    restrictions: frozenset[str] = frozenset()  # strain codes
    # What the measure rules read (see matching/measure_rules.py); None when not recorded.
    birth_date: dt.date | None = None
    education_level: str | None = None
    single_parent: bool | None = None
    fleksjob_visited: bool = False
    arrived_on: dt.date | None = None

    @property
    def is_active(self) -> bool:
        return self.status == "active"


@dataclass(frozen=True, slots=True)
class Reason:
    """One explaining sentence: an English source template (context "Reasons") and its parameters."""

    part: str
    template: str
    params: dict = field(default_factory=dict)
    tone: str = "neutral"  # "good", "bad" or "neutral", for colour in the UI

    def render(self, translate=None, decimal: str = ",") -> str:
        """The sentence, translated by `translate(template)` when given; numbers Danish style by default."""
        text = translate(self.template) if translate else self.template
        if not self.params:
            return text
        return text.format_map({k: format_param(v, decimal) for k, v in self.params.items()})


def format_param(value, decimal: str = ",") -> str:
    """A parameter as shown: floats with at most one decimal and the given separator."""
    kind = type(value)
    if kind is str:
        return value
    if kind is float:
        text = f"{value:.0f}" if value == round(value) else f"{value:.1f}"
        return text.replace(".", decimal)
    return str(value)


class Part(NamedTuple):
    """One part of a score: its value (0..1) and weight (points at full value)."""

    value: float
    weight: float

    @property
    def points(self) -> float:
        return self.value * self.weight


class Match:
    """One need-candidate pair: the score (0-100 points plus any policy term), its parts, and why.

    `score` is the score as ranked; the parts' points add up to it (to 1e-9). Parts and reasons
    (exclusions, matching and missing skills) are worked out on first use from what was scored,
    so a ranking costs only the explanations someone actually looks at.
    """

    __slots__ = ("need_id", "candidate_id", "score", "excluded", "_parts", "_parts_fn", "_explain", "_explained")

    def __init__(self, need_id: int, candidate_id: int, parts: dict[str, Part] | None = None, excluded: bool = False,
                 *, score: float | None = None, parts_fn=None, explain=None, reasons=(), exclusions=(),
                 matching_skills=(), missing_skills=()):
        self.need_id, self.candidate_id, self.excluded = need_id, candidate_id, excluded
        self._parts, self._parts_fn = parts, parts_fn
        self.score = score if score is not None else sum(part.points for part in self.parts.values())
        self._explain = explain
        self._explained = None if explain else \
            (list(reasons), list(exclusions), list(matching_skills), list(missing_skills))

    @property
    def parts(self) -> dict[str, Part]:
        """Each part's value (0..1) and weight (points at full value), in weights.PART_NAMES order."""
        if self._parts is None:
            self._parts, self._parts_fn = self._parts_fn(), None
        return self._parts

    def _details(self) -> tuple:
        if self._explained is None:
            self._explained, self._explain = self._explain(), None
        return self._explained

    @property
    def reasons(self) -> list[Reason]:
        return self._details()[0]

    @property
    def exclusions(self) -> list[Reason]:
        return self._details()[1]

    @property
    def matching_skills(self) -> list[str]:
        return self._details()[2]

    @property
    def missing_skills(self) -> list[str]:
        return self._details()[3]

    def __repr__(self) -> str:
        return f"Match(need={self.need_id}, candidate={self.candidate_id}, score={self.score:.1f}, " \
               f"excluded={self.excluded})"


@dataclass(frozen=True, slots=True)
class RankFilter:
    """What a consultant narrows a ranking to; filtered-out entries are counted, never scored as bad."""

    max_km: float | None = None
    target_groups: frozenset[str] | None = None
    consent_only: bool = False
    include_excluded: bool = False
    excluded_limit: int = 50


@dataclass(slots=True)
class Ranking:
    matches: list[Match]
    excluded: list[Match] = field(default_factory=list)
    considered: int = 0  # entries scored
    excluded_count: int = 0  # of those, excluded by a hard requirement
    filtered_count: int = 0  # left out by the filter the consultant chose

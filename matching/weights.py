"""Every weight, grade and threshold of the match score with its default, in one place."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from functools import cached_property

# ---- points each part gives at full value (they add up to 100 without the policy term) -------
OCCUPATION = 20.0
ESSENTIAL_SKILLS = 15.0
DESIRED_SKILLS = 5.0
SKILL_PROFILE = 20.0
HOURS = 10.0
AVAILABILITY = 5.0
DANISH = 5.0
COMMUTE = 10.0
MEASURES = 5.0
HEALTH = 5.0

# ---- the policy term: off by default, capped so that policy never outweighs fit -------------
POLICY_ENABLED = False
POLICY = 5.0
POLICY_CAP = 10.0
POLICY_LONG_TERM = True  # priority to the long-term unemployed ...
POLICY_LONG_TERM_MONTHS = 12  # ... unemployed at least this long
POLICY_YOUNG = True  # priority to young people ...
POLICY_YOUNG_UNDER = 30  # ... younger than this (the age of uddannelseshjælp)

# ---- grades inside parts ---------------------------------------------------------------------
# A part whose inputs are missing on either side counts half: neither rewarded nor punished.
UNKNOWN = 0.5
# Occupation closeness by the longest shared ISCO-08 prefix.
OCCUPATION_SAME = 1.0
OCCUPATION_UNIT = 0.75  # same 4-digit unit group
OCCUPATION_MINOR = 0.5  # same 3-digit minor group
OCCUPATION_SUB_MAJOR = 0.25  # same 2-digit sub-major group
# An occupation inferred from the skills is weaker evidence than one the candidate asked for.
INFERRED_OCCUPATION_FACTOR = 0.75
# In the skill profile, a desired skill counts this much of an essential one.
DESIRED_IN_PROFILE = 0.5

# ---- hours -----------------------------------------------------------------------------------
# Short by at most this many hours a week is a conversation, not an exclusion.
HOURS_SHORTFALL_ALLOWED = 2.0
HOURS_SHORTFALL_VALUE = 0.5

# ---- availability ----------------------------------------------------------------------------
# Starting this many days after the job's start date gives nothing for availability.
AVAILABILITY_GRACE_DAYS = 60

# ---- Danish ----------------------------------------------------------------------------------
# Each level below the requirement costs this much (levels 0-4).
DANISH_STEP_PENALTY = 0.5

# ---- commute (see matching/geo.py for the travel-time model) ----------------------------------
DEFAULT_MAX_DAILY_COMMUTE_MIN = 120  # when the candidate has not said, 2 hours a day there and back
# The commute value falls linearly from 1 at the door to 0.5 at the candidate's own daily limit
# and to 0 at twice the limit; within the dagpenge rule it is never below the rule floor.
COMMUTE_RULE_FLOOR = 0.5
DAGPENGE_TARGET_GROUP = "dagpenge"
DAGPENGE_RULE_EARLY_MIN = 180  # 3 hours a day by public transport in the first 3 months ...
DAGPENGE_RULE_LATE_MIN = 240  # ... about 4 hours after that
DAGPENGE_RULE_EARLY_MONTHS = 3

# ---- health ----------------------------------------------------------------------------------
# A restriction against one of these demands rules the job out; other conflicts cost points.
RULING_OUT_STRAINS = frozenset({"heavy_lifting", "night", "heights", "driving"})
HEALTH_CONFLICT_PENALTY = 0.5

# A need that does not offer an ordinary hire can only go to someone whose target group can use one
# of its measures: the measure is the legal basis of the hire, so a mismatch excludes.
ORDINARY_MEASURE = "ordinary"
# Measures a need is open to through its employment form alone.
FORM_MEASURES = {"ordinary": "ordinary", "fleksjob": "fleksjob", "wage_subsidy": "wage_subsidy",
                 "internship": "internship", "igu": "igu", "apprenticeship": "apprenticeship",
                 "seasonal": "ordinary"}

# The parts in the order they are summed and shown.
PART_NAMES = ("occupation", "essential_skills", "desired_skills", "skill_profile", "hours", "availability",
              "danish", "commute", "measures", "health", "policy")


@dataclass(frozen=True)
class Weights:
    """The weights a ranking uses; build one from the user's settings with from_settings()."""

    occupation: float = OCCUPATION
    essential_skills: float = ESSENTIAL_SKILLS
    desired_skills: float = DESIRED_SKILLS
    skill_profile: float = SKILL_PROFILE
    hours: float = HOURS
    availability: float = AVAILABILITY
    danish: float = DANISH
    commute: float = COMMUTE
    measures: float = MEASURES
    health: float = HEALTH
    policy_enabled: bool = POLICY_ENABLED
    policy: float = POLICY
    policy_long_term: bool = POLICY_LONG_TERM
    policy_long_term_months: int = POLICY_LONG_TERM_MONTHS
    policy_young: bool = POLICY_YOUNG
    policy_young_under: int = POLICY_YOUNG_UNDER

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, (int, float)) and not isinstance(value, bool) and value < 0:
                raise ValueError(f"weight {f.name} must not be negative")

    def part_weights(self) -> dict[str, float]:
        """Weight of every part in PART_NAMES order; the policy weight is 0 when off and never above the cap.

        The same dict every time (it is asked for per match): do not change it.
        """
        return self._part_weights

    @cached_property
    def _part_weights(self) -> dict[str, float]:
        out = {name: float(getattr(self, name)) for name in PART_NAMES if name != "policy"}
        out["policy"] = min(float(self.policy), POLICY_CAP) if self.policy_on else 0.0
        return out

    @property
    def policy_on(self) -> bool:
        return self.policy_enabled and (self.policy_long_term or self.policy_young)

    @classmethod
    def from_settings(cls, values: dict) -> Weights:
        """Weights from a settings mapping (e.g. {"commute": 15, "policy_enabled": True}); unknown keys are ignored."""
        known = {f.name: f.type for f in fields(cls)}
        clean = {}
        for key, value in values.items():
            if key not in known or value is None:
                continue
            default = getattr(cls, key)
            clean[key] = _as_bool(value) if isinstance(default, bool) else type(default)(value)
        return replace(cls(), **clean)


def _as_bool(value) -> bool:
    return value in (True, 1, "1", "true", "True", "yes")

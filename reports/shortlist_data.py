"""Plain, already-formatted input data for the candidate shortlist PDF."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Literal

Variant = Literal["company", "internal"]
VARIANTS: tuple[str, ...] = ("company", "internal")


@dataclass(frozen=True)
class ShortlistEntry:
    """One candidate on the shortlist.

    Every text is final display text: the caller has already formatted dates
    (dd-mm-yyyy), hours and distances, so the writer never guesses a locale.
    """

    number: int  # position on the list, 1-based; also the anonymous alias
    candidate_id: str
    name: str
    phone: str | None = None
    email: str | None = None
    birth_year: int | str | None = None
    postcode: str | None = None
    town: str | None = None
    consent: bool = False  # recorded consent that covers sharing with companies
    consent_text: str | None = None  # e.g. "Samtykke 03-11-2026, registreret af Anne Holm"
    status: str | None = None  # status label in the consultant's pipeline
    note: str | None = None  # free text; may contain personal data
    score: float = 0.0  # 0-100
    matching_skills: list[str] = field(default_factory=list)
    missing_skills: list[str] = field(default_factory=list)
    certificates: list[str] = field(default_factory=list)  # held and relevant
    missing_certificates: list[str] = field(default_factory=list)
    experience: list[str] = field(default_factory=list)
    education_level: str | None = None
    hours: str = ""  # e.g. "25 t/uge"
    earliest_start: str | None = None
    commute: str | None = None  # e.g. "38 km, ca. 45 min i bil"
    measures: list[str] = field(default_factory=list)  # measures that could apply
    reasons: list[str] = field(default_factory=list)  # full score explanation sentences
    score_parts: list[tuple[str, float, float]] = field(default_factory=list)  # (name, value, weight)


@dataclass(frozen=True)
class ShortlistDoc:
    """Everything one shortlist PDF shows, for one company need."""

    job_centre_name: str
    company_name: str
    need_title: str
    consultant_name: str
    date: _dt.date
    company_address: str = ""
    logo_path: str | None = None
    need_occupation: str | None = None
    need_positions: int | str = 1
    need_hours: str = ""
    need_start: str | None = None
    need_deadline: str | None = None
    need_measures: list[str] = field(default_factory=list)
    consultant_email: str | None = None
    consultant_phone: str | None = None
    variant: Variant = "company"
    entries: list[ShortlistEntry] = field(default_factory=list)

    def __post_init__(self) -> None:
        # Fail early: a typo in the variant must never silently produce the
        # internal (identifying) document or an unexpected one.
        if self.variant not in VARIANTS:
            raise ValueError(f"variant must be one of {VARIANTS}, got {self.variant!r}")

"""What a valid consent is: the one rule the store, the listing, the match filter and the company PDF use.

A consent lets a candidate's named profile leave the job centre. It is valid on a day when it has a
date, a known scope and an end date ("valid until") that has not passed. An expired consent counts as
none everywhere: the company PDF shows the candidate anonymously, the match filter "only with consent"
leaves the candidate out and the candidate list says "no". A consent recorded without an end date
gets DEFAULT_MONTHS after its date (see docs/PRIVACY.md).
"""

from __future__ import annotations

import calendar
import datetime as dt

SCOPES = ("named_profile", "named_profile_and_contact")
# How long a consent lasts when the consultant records no end date: two years, the usual period the
# job centres' consent forms name; a consultant can type a shorter or longer end date.
DEFAULT_MONTHS = 24


def is_valid(consent_date: str | None, consent_scope: str | None, consent_until: str | None,
             today: dt.date | None = None) -> bool:
    """True when the consent covers sharing on `today` (default: today)."""
    if not consent_date or consent_scope not in SCOPES or not consent_until:
        return False
    return str(consent_until)[:10] >= (today or dt.date.today()).isoformat()


def sql_valid(alias: str = "r") -> str:
    """The same rule as is_valid() as an SQL expression over the candidates row `alias`, for today.

    Kept beside is_valid() so the two cannot drift apart unnoticed (tests/db/test_consent.py compares them).
    """
    scopes = ", ".join(f"'{s}'" for s in SCOPES)
    return (f"({alias}.consent_date IS NOT NULL AND {alias}.consent_scope IN ({scopes}) "
            f"AND {alias}.consent_until IS NOT NULL AND substr({alias}.consent_until, 1, 10) >= date('now', 'localtime'))")


def default_until(consent_date: str) -> str:
    """The end date of a consent given on `consent_date` (ISO) when none is recorded: DEFAULT_MONTHS later."""
    day = dt.date.fromisoformat(consent_date[:10])
    index = day.month - 1 + DEFAULT_MONTHS
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1])).isoformat()


def is_expired(consent_date: str | None, consent_until: str | None, today: dt.date | None = None) -> bool:
    """True when a consent was recorded but its end date has passed (it must be renewed)."""
    return bool(consent_date and consent_until) and str(consent_until)[:10] < (today or dt.date.today()).isoformat()

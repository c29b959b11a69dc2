"""The consent rule of matching.rules.has_valid_consent as an SQL expression, for listings and filters.

Kept beside the store's queries; tests/db/test_consent.py checks that the two give the same answer.
"""

from __future__ import annotations

from matching.rules import CONSENT_SCOPES


def sql_valid(alias: str = "r") -> str:
    """matching.rules.has_valid_consent over the candidates row `alias`, for today."""
    scopes = ", ".join(f"'{s}'" for s in CONSENT_SCOPES)
    return (f"({alias}.consent_date IS NOT NULL AND {alias}.consent_scope IN ({scopes}) "
            f"AND substr({alias}.consent_date, 1, 10) <= date('now', 'localtime') "
            f"AND {alias}.consent_until IS NOT NULL AND substr({alias}.consent_until, 1, 10) >= date('now', 'localtime'))")

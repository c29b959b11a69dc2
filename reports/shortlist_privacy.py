"""Decides which personal data of a shortlist entry a given PDF variant may show."""

from __future__ import annotations

from reports.shortlist_data import ShortlistEntry
from reports.shortlist_labels import ShortlistLabels

# Kept in one small module so the rule that protects candidates without
# consent is easy to review and is applied identically in every table.


def shows_identity(entry: ShortlistEntry, variant: str) -> bool:
    """True when name, contact details and note may be printed for this entry.

    Only a recorded consent that covers sharing with companies lets identifying
    data leave the job centre; the internal variant never leaves it. `entry.consent`
    is decided by matching.rules.has_valid_consent (one rule: an expired consent counts as none)
    when the document's data is assembled (ui/services/shortlist_doc.py).
    """
    return variant == "internal" or entry.consent is True


def display_name(entry: ShortlistEntry, variant: str, labels: ShortlistLabels) -> str:
    if shows_identity(entry, variant) and entry.name.strip():
        return entry.name
    return labels.anonymous_candidate.format(number=entry.number)


def residence(entry: ShortlistEntry) -> str:
    return " ".join(part for part in (entry.postcode, entry.town) if part)


def identity_fields(entry: ShortlistEntry, variant: str, labels: ShortlistLabels) -> list[tuple[str, str]]:
    """(label, plain text) rows with personal data, empty when it must stay hidden.

    The company variant gets name-level contact details only; birth year stays
    internal because a company does not need a candidate's age to decide and
    sharing it invites age discrimination (data minimisation).
    """
    if not shows_identity(entry, variant):
        return []
    rows = [
        (labels.phone, entry.phone or ""),
        (labels.email, entry.email or ""),
        (labels.residence, residence(entry)),
    ]
    if variant == "internal":
        birth = "" if entry.birth_year is None else str(entry.birth_year)
        rows.append((labels.birth_year, birth))
    return [(label, value) for label, value in rows if value.strip()]

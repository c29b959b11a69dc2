"""Redacting an erased person's name in other records' free text (the right to be forgotten, docs/PRIVACY.md).

Erasing a candidate or a contact person removes their own row, but a logged contact's summary, outcome
or follow-up task, or another contact person's notes, may still name them ("Ringede til Kim Hansen om
…"). `redact_name` replaces every mention of the person's full name, and of first + last name when the
name has middle names, with "[slettet]" — whole words, case-insensitive (Æ/æ, Ø/ø, Å/å alike), any
whitespace between the words. A lone first or last name is left: "Kim" or "Hansen" alone names no one
for sure, and blanking every "Hansen" would destroy other people's notes. Each changed row is an
ordinary audited update (field names only), inside the caller's erasure transaction.
"""

from __future__ import annotations

import re

from sqlite_utils import Database

from db import records

REDACTED = "[slettet]"
# table -> free-text columns that may name a person
FREE_TEXT = {
    "contacts": ("summary", "outcome", "follow_up_task"),
    "contact_persons": ("notes",),
}


def name_pattern(name: str) -> re.Pattern | None:
    """The pattern that finds the person's name in a text; None for a one-word (or empty) name."""
    words = (name or "").split()
    if len(words) < 2:
        return None  # a single word is no one's name for sure
    forms = {tuple(words), (words[0], words[-1])}
    alternatives = sorted((r"\s+".join(re.escape(w) for w in form) for form in forms), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


def redact(text: str | None, pattern: re.Pattern) -> str | None:
    return pattern.sub(REDACTED, text) if text else text


def redact_name(db: Database, name: str, *, who: str, skip: tuple[str, int] | None = None) -> int:
    """Replace the name in every free-text field named in FREE_TEXT; returns how many rows changed.
    `skip` (table, id) is a row that is about to go anyway."""
    pattern = name_pattern(name)
    if pattern is None:
        return 0
    changed = 0
    with records.transaction(db):
        for table, cols in FREE_TEXT.items():
            for row in db.execute(f"SELECT id, {', '.join(cols)} FROM {table}").fetchall():
                if skip == (table, row[0]):
                    continue
                values = {c: redact(v, pattern) for c, v in zip(cols, row[1:]) if v and pattern.search(v)}
                if values:
                    records.update(db, table, row[0], values, who=who)
                    changed += 1
    return changed

"""What a write changed: the small typed record every db write returns (after Anki's OpChanges).

A write runs in `records.transaction`, which collects every record it inserts, updates or deletes
(through the audit rows every write makes) into a `ChangeLog`; the write returns `Changes`, the frozen
summary. The UI hands it to every listener with its initiator; each listener looks at the kinds and
flags it cares about. The team register will apply changes from other laptops through the same record.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

# Kinds of records a view or the match index follows, one id set each.
COMPANIES = "companies"
CONTACT_PERSONS = "contact_persons"
CONTACTS = "contacts"
NEEDS = "needs"
CANDIDATES = "candidates"
SHORTLISTS = "shortlists"  # keyed by need id: the need's list (entries, steps, order, notes) changed
FOLLOW_UPS = "follow_ups"  # a hire's follow-up (a contact's follow-up is part of the contact)
READS = "reads"  # keyed by candidate id: the read audit of the person grew (an export, a PDF)
PLACEMENTS = "placements"  # a person in a measure at a company
WORKPLACES = "company_workplaces"  # a company's workplaces with their ordinary employees (the ratio's base)
KINDS = (COMPANIES, CONTACT_PERSONS, CONTACTS, NEEDS, CANDIDATES, SHORTLISTS, FOLLOW_UPS, READS, PLACEMENTS,
         WORKPLACES)

# Flags for lists that change as a whole.
REFERENCE = "reference"  # measures, target groups, physical demands, rejection reasons, industries
VOCABULARY = "vocabulary"  # occupations, skills, their labels and relations, ISCO groups
POSTCODES = "postcodes"  # postcodes and municipalities
SETTINGS = "settings"  # the user's preferences (set by the UI, never by the store)
TEAM = "team"  # the team register's sync state or open conflicts (the status bar follows it)
FLAGS = (REFERENCE, VOCABULARY, POSTCODES, SETTINGS, TEAM)

# Which kind or flag a write to each table changes. Link and event rows are noted under their owner
# by the module that writes them; tables missing here (audit, events) change nothing anyone shows.
TABLE_KINDS = {
    "companies": COMPANIES, "contact_persons": CONTACT_PERSONS, "contacts": CONTACTS, "needs": NEEDS,
    "candidates": CANDIDATES, "shortlist_follow_ups": FOLLOW_UPS, "placement_follow_ups": FOLLOW_UPS,
    "placements": PLACEMENTS, "company_workplaces": WORKPLACES,
}
TABLE_FLAGS = {
    "measures": REFERENCE, "target_groups": REFERENCE, "target_group_measures": REFERENCE, "strains": REFERENCE,
    "rejection_reasons": REFERENCE, "industries": REFERENCE, "ratio_rules": REFERENCE,
    "eligibility_rules": REFERENCE, "internship_limits": REFERENCE, "igu_versions": REFERENCE,
    "occupations": VOCABULARY, "skills": VOCABULARY, "occupation_labels": VOCABULARY, "skill_labels": VOCABULARY,
    "occupation_skills": VOCABULARY, "isco_groups": VOCABULARY,
    "postcodes": POSTCODES, "municipalities": POSTCODES,
}

_NO_IDS: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Changes:
    """Ids per kind of record, kinds changed wholesale (an import), flags; `id` and `fields` describe
    the one record a single-record write created or updated."""

    records: Mapping[str, frozenset[int]] = field(default_factory=lambda: MappingProxyType({}))
    whole: frozenset[str] = frozenset()
    flags: frozenset[str] = frozenset()
    id: int | None = None
    fields: tuple[str, ...] = ()

    def ids(self, kind: str) -> frozenset[int]:
        return self.records.get(kind, _NO_IDS)

    def touches(self, *kinds: str) -> bool:
        """True when any record of these kinds changed (one by one or wholesale)."""
        return any(kind in self.whole or self.records.get(kind) for kind in kinds)

    def flagged(self, *flags: str) -> bool:
        return any(flag in self.flags for flag in flags)

    def concerns(self, names: Iterable[str]) -> bool:
        """True when any of these kinds or flags changed (a listener's list of what it shows)."""
        return any(name in self.whole or self.records.get(name) or name in self.flags for name in names)

    def affects(self, kind: str, record_id: int | None) -> bool:
        """True when this one record (or its whole kind) changed."""
        return kind in self.whole or (record_id is not None and record_id in self.records.get(kind, _NO_IDS))

    @property
    def empty(self) -> bool:
        return not (self.whole or self.flags or any(self.records.values()))

    def __or__(self, other: Changes) -> Changes:
        merged = {k: self.ids(k) | other.ids(k) for k in {*self.records, *other.records}}
        return Changes(MappingProxyType(merged), self.whole | other.whole, self.flags | other.flags,
                       self.id if self.id is not None else other.id, self.fields or other.fields)

    def with_result(self, *, id: int | None = None, fields: Iterable[str] = ()) -> Changes:
        return replace(self, id=id, fields=tuple(fields))

    def __repr__(self) -> str:
        parts = [f"{k}={sorted(v)}" for k, v in sorted(self.records.items()) if v]
        parts += [f"whole={sorted(self.whole)}"] if self.whole else []
        parts += [f"flags={sorted(self.flags)}"] if self.flags else []
        parts += [f"id={self.id}"] if self.id is not None else []
        return f"Changes({', '.join(parts)})"


def of(kind: str, *ids: int) -> Changes:
    """A record of changes to some records of one kind (tests, and writes made outside the store)."""
    return Changes(MappingProxyType({kind: frozenset(ids)}))


def flag(*flags: str) -> Changes:
    return Changes(flags=frozenset(flags))


def wholesale(*kinds: str) -> Changes:
    return Changes(whole=frozenset(kinds))


class ChangeLog:
    """Collects what one transaction changes; `changes()` freezes it."""

    def __init__(self) -> None:
        self._records: dict[str, set[int]] = {}
        self._whole: set[str] = set()
        self._flags: set[str] = set()

    def note(self, kind: str, record_id: int | None) -> None:
        if record_id is None:
            self._whole.add(kind)
        else:
            self._records.setdefault(kind, set()).add(int(record_id))

    def note_all(self, *kinds: str) -> None:
        self._whole.update(kinds)

    def flag(self, *flags: str) -> None:
        self._flags.update(flags)

    def note_table(self, table: str, record_id: int | None) -> None:
        """A row of `table` was written: note its kind or flag, when anyone follows that table."""
        if table in TABLE_KINDS:
            self.note(TABLE_KINDS[table], record_id)
        elif table in TABLE_FLAGS:
            self._flags.add(TABLE_FLAGS[table])

    def changes(self, *, id: int | None = None, fields: Iterable[str] = ()) -> Changes:
        records = MappingProxyType({k: frozenset(v) for k, v in self._records.items() if v})
        return Changes(records, frozenset(self._whole), frozenset(self._flags), id, tuple(fields))

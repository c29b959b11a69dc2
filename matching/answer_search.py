"""Occupation search that also answers with an ISCO-08 group when a title names a field.

Occupations are searched as before (matching/title_search.py); the minor and unit groups are a second
index over their Danish and English names. A group joins the occupations' list after every occupation
whose name is the query (an exact hit) and after those that match better, so it leads only when the
query names the field better than any occupation does ("Grundskolelærere", "Leder, daginstitution"
when no occupation says exactly that). A group is an entry of its own (id: its group ref), never a
copy of an occupation, so no query lists one concept twice.
"""

from __future__ import annotations

from matching.title_search import Hit, TitleIndex

MAX_GROUPS = 2  # groups in one list of suggestions
MIN_GROUP_SCORE = 0.5  # below this a group's name is no answer (a word in common)
EXACT_SCORE = 0.95  # an occupation's own name typed in full scores this at least


class OccupationAnswers:
    """Occupations and ISCO-08 groups behind one search, ranked together."""

    def __init__(self, occupations: TitleIndex, groups: TitleIndex | None):
        self.occupations = occupations
        self.groups = groups
        # the one list of entries (suggestion lookups): occupations, then the groups
        self.entries = list(occupations.entries) + (list(groups.entries) if groups else [])

    def search(self, query: str, top: int = 10) -> list[Hit]:
        found = self.occupations.search(query, top)
        if self.groups is None or not found and not query.strip():
            return found
        # an occupation named by the query itself (not through its group's name, which finds every member)
        exact = {h.entry.id for h in found if h.score >= EXACT_SCORE} & set(self.occupations.exact(query))
        groups = [g for g in self.groups.search(query, MAX_GROUPS) if g.score >= MIN_GROUP_SCORE]
        for group in groups:
            at = 0
            while at < len(found) and (found[at].entry.id in exact or found[at].score >= group.score
                                       or found[at].entry.source == "isco"):
                at += 1
            found.insert(at, group)
        return found[:top]

    def group_answer(self, query: str) -> Hit | None:
        """The group a title names when it matches better than every occupation, else None."""
        hits = self.search(query, 1)
        return hits[0] if hits and hits[0].entry.source == "isco" else None

    def exact(self, query: str) -> list[int]:
        """Entries with a name equal to the query: a group's code names the group; an occupation's own
        name comes before a group's."""
        if self.groups is not None and query.strip().isdigit():
            code = query.strip()
            named = [e.id for e in self.groups.entries if e.isco == code]
            if named:
                return named
        found = self.occupations.exact(query)
        named = self.groups.exact(query) if self.groups is not None else []
        if not named:
            return found
        # the group's own name is also a label of each of its occupations: those are no exact answer
        scores = {h.entry.id: h.score for h in self.occupations.search(query, max(len(found), 1))}
        own = [i for i in found if scores.get(i, 0.0) >= EXACT_SCORE]
        return own or named

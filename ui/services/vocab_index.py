"""The ranked search behind the vocabulary fields, built when first wanted, in a background thread."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future

from matching import normalize
from matching.title_search import Entry, Label, TitleIndex
from ui.tasks import compute

SUGGESTIONS = 12
MIN_CHARS = 2  # one letter matches half the vocabulary; wait for a second

Loader = Callable[[], tuple[list[Entry], list[Label]]]


def _build(entries: list[Entry], labels: list[Label], recall: bool) -> Future:
    # Building is numpy/Python over plain lists (no store access), so it may run beside the GUI thread.
    return compute(lambda: TitleIndex(entries, labels, recall=recall))


class RankedVocabulary:
    """Suggestions (id, shown text) best first, and the entry a typed text names exactly.

    `load` reads the labels from the store; it runs in the calling (GUI) thread the first time a
    field is entered, and the index is built in the background from then on, so neither start-up
    nor a view that is never used pays for it."""

    def __init__(self, load: Loader, recall: bool = True):
        self._load = load
        self._recall = recall  # the char n-gram TF-IDF part (occupations; see TitleIndex)
        self._index: Future | None = None

    def prepare(self) -> None:
        if self._index is None:
            self._index = _build(*self._load(), self._recall)

    @property
    def index(self) -> TitleIndex:
        self.prepare()
        return self._index.result()

    def suggest(self, text: str, limit: int = SUGGESTIONS) -> list[tuple[int, str]]:
        if len(text.strip()) < MIN_CHARS:
            return []
        hits = self.index.search(text, limit)
        titles = [h.entry.title.casefold() for h in hits]
        out = []
        for hit in hits:
            title = hit.entry.title
            if titles.count(title.casefold()) > 1 and hit.entry.source == "esco":
                title += " (ESCO)"  # two entries of the same name: say which is which
            # say which name matched when it is not the title ("Truckfører – truckchauffør")
            same = normalize.key(hit.label) == normalize.key(hit.entry.title)
            out.append((hit.entry.id, title if same else f"{title} – {hit.label}"))
        return out

    def lookup(self, text: str) -> int | None:
        """The entry with a name equal to the text once normalised: the only one, or the only one of
        our own vocabulary among several; else None (unknown or ambiguous: kept as free text)."""
        index = self.index
        found = index.exact(text)
        if len(found) > 1:
            sources = {e.id: e.source for e in index.entries}
            found = [i for i in found if sources[i] != "esco"]
        return found[0] if len(found) == 1 else None

"""The ranked search behind the vocabulary fields, built when first wanted, in a background thread."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future

from PySide6.QtCore import QCoreApplication

from matching import normalize
from matching.answer_search import OccupationAnswers
from matching.title_search import Entry, Label, TitleIndex
from ui.tasks import compute

SUGGESTIONS = 12
MIN_CHARS = 2  # one letter matches half the vocabulary; wait for a second

Loader = Callable[[], tuple[list[Entry], list[Label]]]


def group_label(code: str, title: str) -> str:
    """How an ISCO-08 group chosen as an answer is shown: "Gruppe 2341 · Undervisning …"."""
    return QCoreApplication.translate("Vocabulary", "Group {code} · {title}").format(code=code, title=title)


def _build(entries: list[Entry], labels: list[Label], recall: bool, groups=None) -> Future:
    # Building is numpy/Python over plain lists (no store access), so it may run beside the GUI thread.
    def build():
        index = TitleIndex(entries, labels, recall=recall)
        return OccupationAnswers(index, TitleIndex(*groups)) if groups is not None else index
    return compute(build)


class RankedVocabulary:
    """Suggestions (id, shown text) best first, and the entry a typed text names exactly.

    `load` reads the labels from the store; it runs in the calling (GUI) thread the first time a
    field is entered, and the index is built in the background from then on, so neither start-up
    nor a view that is never used pays for it."""

    def __init__(self, load: Loader, recall: bool = True, load_groups: Loader | None = None):
        self._load = load
        self._recall = recall  # the char n-gram TF-IDF part (occupations; see TitleIndex)
        self._load_groups = load_groups  # ISCO-08 groups as answers too (occupations)
        self._index: Future | None = None

    def prepare(self) -> None:
        if self._index is None:
            groups = self._load_groups() if self._load_groups else None
            self._index = _build(*self._load(), self._recall, groups)

    @property
    def index(self) -> TitleIndex | OccupationAnswers:
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
            if hit.entry.source == "isco":  # an ISCO-08 group: shown as the group it is
                out.append((hit.entry.id, group_label(hit.entry.isco, title)))
                continue
            if titles.count(title.casefold()) > 1 and hit.entry.source == "esco":
                # two entries of the same name (ESCO's "glarmester" is a glass beveller, ours a
                # glazier): say which is which by ESCO's own name for it
                title += f" (ESCO: {hit.entry.title_en})" if hit.entry.title_en else " (ESCO)"
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

"""The ranked search behind the vocabulary fields, built once per vocabulary in a background thread."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

from matching import normalize
from matching.title_search import Entry, Label, TitleIndex

SUGGESTIONS = 12
MIN_CHARS = 2  # one letter matches half the vocabulary; wait for a second

# One worker: building is pure numpy/Python over plain lists (no store access), so it may run
# while the GUI thread goes on; a keystroke that comes before it is done waits for it.
_EXECUTOR = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vocab-index")


class RankedVocabulary:
    """Suggestions (id, shown text) best first, and the entry a typed text names exactly."""

    def __init__(self, entries: list[Entry], labels: list[Label]):
        self._index: Future[TitleIndex] = _EXECUTOR.submit(TitleIndex, entries, labels)

    @property
    def index(self) -> TitleIndex:
        return self._index.result()

    def suggest(self, text: str, limit: int = SUGGESTIONS) -> list[tuple[int, str]]:
        if len(text.strip()) < MIN_CHARS:
            return []
        out = []
        for hit in self.index.search(text, limit):
            title = hit.entry.title
            # say which name matched when it is not the title ("Truckfører – truckchauffør")
            same = normalize.key(hit.label) == normalize.key(title)
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

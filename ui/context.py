"""What every view shares: the open store, who is working, cached vocabularies, and what changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from db.store import Store
from db import vocabulary
from db.changes import VOCABULARY, Changes
from db.store import StoreFile
from ui import settings
from ui.services.vocab_index import RankedVocabulary, group_label
from ui.widgets.vocab import Vocabulary


class AppContext(QObject):
    """The one place a write's Changes are broadcast (`apply`), with the object that made the write, so
    every view and the match index react to what concerns them and the writer skips its own echo."""

    changes = Signal(object, object)  # db.changes.Changes, the initiator (None: nobody in particular)

    def __init__(self, db: Store, path: str = "", parent=None, *, store: StoreFile | None = None):
        super().__init__(parent)
        self.db = db
        self.path = path
        # What worker threads open their own connection with: the path and, for an encrypted store, the key.
        self.store = store or StoreFile(path)
        self._occupations: Vocabulary | None = None
        self._skills: Vocabulary | None = None

    @property
    def who(self) -> str:
        return settings.get("consultant_name") or "?"

    def occupations(self) -> Vocabulary:
        if self._occupations is None:
            self._occupations = Vocabulary(*self._ranked("occupations"))
        return self._occupations

    def skills(self) -> Vocabulary:
        if self._skills is None:
            self._skills = Vocabulary(*self._ranked("skills"))
        return self._skills

    def _ranked(self, which: str):
        """Entries in search order (ours before ESCO's on equal labels) and the ranked search hooks."""
        entries = [(e.id, e.title) for e in vocabulary.entries(self.db, which)]
        groups = None
        if which == "occupations":  # ISCO-08 groups are answers too, each shown as the group
            groups = vocabulary.group_search_data(self.db)
            entries += [(e.id, group_label(e.isco, e.title)) for e in groups[0]]
        ranked = RankedVocabulary(lambda: vocabulary.search_data(self.db, which), recall=which == "occupations",
                                  load_groups=(lambda: groups) if groups is not None else None)
        return entries, ranked.suggest, ranked.lookup, ranked.prepare

    def _refill_vocabularies(self) -> None:
        # refilled in place: the forms built so far hold these objects
        if self._occupations is not None:
            self._occupations.update(*self._ranked("occupations"))
        if self._skills is not None:
            self._skills.update(*self._ranked("skills"))

    def apply(self, changes: Changes, initiator: object | None = None) -> None:
        """Tell everyone what a write changed (nothing is sent for a write that changed nothing)."""
        if changes.empty:
            return
        if changes.flagged(VOCABULARY):
            self._refill_vocabularies()
        self.changes.emit(changes, initiator)

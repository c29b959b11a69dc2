"""What every view shares: the open store, who is working, cached vocabularies, and change notices."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from sqlite_utils import Database

from db import vocabulary
from ui import settings
from ui.vocab_index import RankedVocabulary
from ui.widgets.vocab import Vocabulary


class AppContext(QObject):
    """Views announce writes through `changed` so the others refresh; nobody else touches the store."""

    changed = Signal(str, int)  # table, record id (0 when many)

    def __init__(self, db: Database, path: str = "", parent=None):
        super().__init__(parent)
        self.db = db
        self.path = path
        self._occupations: Vocabulary | None = None
        self._skills: Vocabulary | None = None

    @property
    def who(self) -> str:
        return settings.get("consultant_name") or "?"

    def occupations(self) -> Vocabulary:
        if self._occupations is None:
            self._occupations = _ranked(*vocabulary.occupation_search_data(self.db))
        return self._occupations

    def skills(self) -> Vocabulary:
        if self._skills is None:
            self._skills = _ranked(*vocabulary.skill_search_data(self.db))
        return self._skills

    def vocabulary_changed(self) -> None:
        # refilled in place: the forms built so far hold these objects
        if self._occupations is not None:
            self._occupations.update(*_ranked_parts(*vocabulary.occupation_search_data(self.db)))
        if self._skills is not None:
            self._skills.update(*_ranked_parts(*vocabulary.skill_search_data(self.db)))
        self.changed.emit("vocabulary", 0)

    def notify(self, table: str, record_id: int = 0) -> None:
        self.changed.emit(table, record_id)


def _ranked_parts(entries, labels):
    ranked = RankedVocabulary(entries, labels)
    return [(e.id, e.title) for e in entries], ranked.suggest, ranked.lookup


def _ranked(entries, labels) -> Vocabulary:
    """A vocabulary whose fields suggest by ranked search (ours before ESCO's on equal labels)."""
    return Vocabulary(*_ranked_parts(entries, labels))

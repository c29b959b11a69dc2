"""The app's one matching index: built off the GUI thread at start-up, kept in step with every save."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Signal

from db import matching_data, needs
from db.errors import NotFound
from matching.engine import Matcher
from matching.weights import Weights
from ui import settings
from ui.background import StoreThread
from ui.context import AppContext

# Tables whose saves change what the index holds, one record at a time.
RECORD_TABLES = ("needs", "candidates", "companies")
# Saves that touch many records or the vocabulary itself: the index is built again.
REBUILD_TABLES = ("vocabulary", "import", "postcodes", "reference")


def weights_from_settings() -> Weights:
    """The weights the consultant chose in Settings (the policy term), on the defaults of matching.weights."""
    return Weights.from_settings({
        "policy_enabled": settings.get("policy_enabled"),
        "policy": settings.get("policy_weight"),
        "policy_long_term": settings.get("policy_long_term"),
        "policy_young": settings.get("policy_young"),
    })


class MatchService(QObject):
    """Owns the Matcher. Views ask `matcher` (None until built) and listen to `ready` and `updated`.

    Saves announced on AppContext.changed are applied one record at a time (put_need/put_candidate,
    a few milliseconds), so nobody waits for a rebuild; only a change of the vocabulary or a bulk
    import builds the index again, in the background, while the old one keeps answering.
    """

    ready = Signal()  # a matcher is there (first build or rebuild)
    updated = Signal(str, int)  # the index took a change (table, id); rankings may differ now
    building = Signal(bool)
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.matcher: Matcher | None = None
        self.build_seconds = 0.0
        self._thread: StoreThread | None = None
        self._pending: list[tuple[str, int]] = []  # changes saved while a build ran
        self._started = 0.0
        ctx.changed.connect(self._on_changed)

    @property
    def is_building(self) -> bool:
        return self._thread is not None

    # ---- building --------------------------------------------------------------------------

    def start(self) -> None:
        """Build in a worker thread with its own connection, unless built or building already."""
        if self.matcher is None and self._thread is None:
            self._build_in_background()

    def build_now(self) -> Matcher:
        """Build on this thread (tests, screenshots, benchmarks)."""
        if self.matcher is None:
            started = time.perf_counter()
            self.matcher = matching_data.build_matcher(self.ctx.db, weights_from_settings())
            self.build_seconds = time.perf_counter() - started
            self.ready.emit()
        return self.matcher

    def rebuild(self) -> None:
        if self._thread is None:
            self._build_in_background()
        elif ("*", 0) not in self._pending:
            self._pending.append(("*", 0))  # build again once this one is done

    def _build_in_background(self) -> None:
        weights = weights_from_settings()
        self._thread = StoreThread(self.ctx.store, self)
        self._thread.done.connect(self._built)
        self._thread.failed.connect(self._build_failed)
        self._started = time.perf_counter()
        self.building.emit(True)
        self._thread.submit(lambda db, progress, cancel: matching_data.build_matcher(db, weights))

    def _finish_thread(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.shutdown()
            thread.deleteLater()
        self.building.emit(False)

    def _built(self, matcher: Matcher) -> None:
        self.build_seconds = time.perf_counter() - self._started
        self._finish_thread()
        self.matcher = matcher
        pending, self._pending = self._pending, []
        if ("*", 0) in pending:
            self.rebuild()
        else:
            for table, record_id in pending:
                self._apply(table, record_id)
        self.ready.emit()

    def _build_failed(self, exc) -> None:
        self._finish_thread()
        self.failed.emit(str(exc))

    def shutdown(self) -> None:
        if self._thread is not None:
            self._thread.shutdown()
            self._thread = None

    # ---- keeping in step -------------------------------------------------------------------

    def set_weights(self, weights: Weights | None = None) -> None:
        if self.matcher is not None:
            self.matcher.weights = weights or weights_from_settings()
            self.updated.emit("settings", 0)

    def _on_changed(self, table: str, record_id: int) -> None:
        if table == "settings":
            self.set_weights()
            return
        if table in REBUILD_TABLES or (table in RECORD_TABLES and not record_id):
            if self.matcher is not None or self._thread is not None:
                self.rebuild()
            return
        if table not in RECORD_TABLES:
            if table == "shortlist_entries":
                self.updated.emit(table, record_id)
            return
        if self._thread is not None:
            self._pending.append((table, record_id))
        elif self.matcher is not None:
            self._apply(table, record_id)
            self.updated.emit(table, record_id)

    def _apply(self, table: str, record_id: int) -> None:
        matcher, db = self.matcher, self.ctx.db
        if table == "needs":
            self._put_need(record_id)
        elif table == "candidates":
            try:
                matcher.put_candidate(matching_data.load_candidate(db, record_id))
            except NotFound:
                matcher.remove_candidate(record_id)
        elif table == "companies":  # a need carries its company's name and, by default, its address
            saved = {n["id"] for n in needs.for_company(db, record_id)}
            indexed = {n.id for n in matcher.index.need_data if n is not None and n.company_id == record_id}
            for need_id in sorted(saved | indexed):  # indexed but not saved: deleted with the company
                self._put_need(need_id)

    def _put_need(self, need_id: int) -> None:
        try:
            self.matcher.put_need(matching_data.load_need(self.ctx.db, need_id, self.matcher.index.vocab))
        except NotFound:
            self.matcher.remove_need(need_id)

"""The app's one matching index: built off the GUI thread at start-up, kept in step with every save."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Signal

from db import matching_data, needs
from db.changes import (CANDIDATES, COMPANIES, NEEDS, PLACEMENTS, POSTCODES, REFERENCE, SETTINGS, SHORTLISTS,
                        VOCABULARY, WORKPLACES, Changes)
from db.errors import NotFound
from matching.engine import Matcher
from matching.weights import Weights
from ui import settings
from ui.tasks import StoreWorker
from ui.context import AppContext

# Kinds whose records the index holds, taken in one record at a time.
RECORD_KINDS = (NEEDS, CANDIDATES, COMPANIES)
# Kinds that change how much room companies have under the ratio rule: the needs whose room changed.
RATIO_KINDS = (PLACEMENTS, WORKPLACES)
# Flags for what the index is built from as a whole (labels of measures, target groups and demands,
# the measure rules included): the index is built again.
REBUILD_FLAGS = (VOCABULARY, POSTCODES, REFERENCE)


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

    Changes broadcast by AppContext are applied one record at a time (put_need/put_candidate, a few
    milliseconds), so nobody waits for a rebuild; only a change of the vocabulary or reference lists, or
    a bulk import, builds the index again, in the background, while the old one keeps answering.
    """

    ready = Signal()  # a matcher is there (first build or rebuild)
    updated = Signal(object)  # the index took these Changes (or a shortlist changed); rankings may differ now
    building = Signal(bool)
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.matcher: Matcher | None = None
        self.build_seconds = 0.0
        self._thread: StoreWorker | None = None
        self._pending: list[Changes] = []  # changes saved while a build ran
        self._rebuild_after = False  # a change came in during a build that needs another build
        self._started = 0.0
        ctx.changes.connect(self._on_changes)

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
        else:
            self._rebuild_after = True  # build again once this one is done

    def _build_in_background(self) -> None:
        weights = weights_from_settings()
        self._thread = StoreWorker(self.ctx.store, self)
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
        if self._rebuild_after:
            self._rebuild_after = False
            self.rebuild()
        else:
            for changes in pending:
                self._apply(changes)
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
            self.updated.emit(Changes(flags=frozenset({SETTINGS})))

    def _on_changes(self, changes: Changes, _initiator: object) -> None:
        if changes.flagged(SETTINGS):
            self.set_weights()
        if changes.flagged(REFERENCE) and self.matcher is not None:
            # Names show at once (a new measure's label in the next ranking and PDF); the masks that
            # depend on the lists follow with the rebuild below.
            matching_data.load_code_tables(self.ctx.db, self.matcher.index.vocab)
        if changes.flagged(*REBUILD_FLAGS) or any(kind in changes.whole for kind in RECORD_KINDS):
            if self.matcher is not None or self._thread is not None:
                self.rebuild()
            return
        if not changes.touches(*RECORD_KINDS, *RATIO_KINDS):
            if changes.touches(SHORTLISTS):
                self.updated.emit(changes)
            return
        if self._thread is not None:
            self._pending.append(changes)
        elif self.matcher is not None:
            self._apply(changes)
            self.updated.emit(changes)

    def _apply(self, changes: Changes) -> None:
        for need_id in sorted(changes.ids(NEEDS)):
            self._put_need(need_id)
        for candidate_id in sorted(changes.ids(CANDIDATES)):
            try:
                self.matcher.put_candidate(matching_data.load_candidate(self.ctx.db, candidate_id))
            except NotFound:
                self.matcher.remove_candidate(candidate_id)
        if changes.touches(*RATIO_KINDS):
            self._put_ratio_changes()
        for company_id in sorted(changes.ids(COMPANIES)):
            # a need carries its company's name and, by default, its address
            saved = {n["id"] for n in needs.for_company(self.ctx.db, company_id)}
            indexed = {n.id for n in self.matcher.index.need_data if n is not None and n.company_id == company_id}
            for need_id in sorted((saved | indexed) - changes.ids(NEEDS)):  # indexed, not saved: deleted with it
                self._put_need(need_id)

    def _put_ratio_changes(self) -> None:
        """Put again the needs whose company's room under the ratio rule changed (a placement or a
        workplace was saved or removed; the record may be gone, so every company is looked at)."""
        ratios = matching_data.company_ratios(self.ctx.db, self.matcher.index.vocab)
        for need in list(self.matcher.index.need_data):
            if need is not None and (need.full_measures, need.ratio) != ratios.get(need.company_id, (frozenset(), None)):
                self._put_need(need.id)

    def _put_need(self, need_id: int) -> None:
        try:
            self.matcher.put_need(matching_data.load_need(self.ctx.db, need_id, self.matcher.index.vocab))
        except NotFound:
            self.matcher.remove_need(need_id)

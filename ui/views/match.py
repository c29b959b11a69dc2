"""Match: the best candidates for a need, or the best open needs for a candidate, each score explained."""

from __future__ import annotations

import time

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QProgressBar, QPushButton, QSpinBox, QSplitter, QStyle, QTableView, QTabWidget,
                               QTextBrowser, QVBoxLayout, QWidget)

from db import reference
from db.changes import CANDIDATES, COMPANIES, NEEDS, SETTINGS, Changes
from db.errors import NotFound
from matching.model import Match, RankFilter, Ranking
from ui.services import match_text
from ui.context import AppContext
from ui.services.match_service import MatchService
from ui.models.match_model import MatchModel, ScoreBarDelegate
from ui.views.match_directions import CandidateDirection, Direction, NeedDirection
from ui.widgets.keys import SearchKeys
from ui.widgets.shortlist.panel import ShortlistPanel
from ui.widgets.vocab import TypeAhead

TOP_CHOICES = (25, 50, 100, 200)


class MatchView(QWidget):
    open_candidate = Signal(int)
    open_need = Signal(int)
    preview_requested = Signal(int)  # need id: show its shortlist as PDF

    def __init__(self, ctx: AppContext, service: MatchService, parent=None):
        super().__init__(parent)
        self.ctx, self.service = ctx, service
        self.directions: dict[str, Direction] = {"need": NeedDirection(ctx), "candidate": CandidateDirection(ctx)}
        self.way: Direction = self.directions["need"]
        self.subject_id: int | None = None
        self.subject_label = ""
        self.ranking: Ranking | None = None
        self.last_rank_ms = 0.0
        self._stale = False  # a change arrived while hidden: rank again when shown
        self._build()
        service.ready.connect(self._on_ready)
        service.updated.connect(self._on_updated)
        service.building.connect(self._on_building)
        service.failed.connect(self._on_failed)
        self._on_building(service.is_building)

    # ---- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.direction_box = QComboBox()
        self.direction_box.addItem(self.tr("Candidates for a need"), "need")
        self.direction_box.addItem(self.tr("Jobs for a candidate"), "candidate")
        self.direction_box.currentIndexChanged.connect(self._direction_changed)
        top.addWidget(self.direction_box)
        self.picker = QLineEdit()
        self.picker.setClearButtonEnabled(True)
        self.type_ahead = TypeAhead(self.picker, self.way, self._picked)
        top.addWidget(self.picker, 1)
        layout.addLayout(top)

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Max distance")))
        self.max_km = QSpinBox()
        self.max_km.setRange(0, 500)
        self.max_km.setSingleStep(5)
        self.max_km.setSuffix(" km")
        self.max_km.setSpecialValueText(self.tr("no limit"))
        self.max_km.valueChanged.connect(self.rank)
        filters.addWidget(self.max_km)
        self.target_group = QComboBox()
        self.target_group.addItem(self.tr("All target groups"), None)
        for code, name in reference.choices(self.ctx.db, "target_groups"):
            self.target_group.addItem(name, code)
        self.target_group.currentIndexChanged.connect(self.rank)
        # Long target group names must not widen the window past a 1024 px screen; the list shows them whole.
        self.target_group.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target_group.setMinimumContentsLength(18)
        filters.addWidget(self.target_group)
        self.consent_only = QCheckBox(self.tr("Only with consent"))
        self.consent_only.setToolTip(self.tr("Only candidates whose recorded consent lets the company see their name"))
        self.consent_only.toggled.connect(self.rank)
        filters.addWidget(self.consent_only)
        self.show_excluded = QCheckBox(self.tr("Show excluded"))
        self.show_excluded.setToolTip(self.tr("Also list those a hard requirement rules out, with the reason"))
        self.show_excluded.toggled.connect(self.rank)
        filters.addWidget(self.show_excluded)
        filters.addStretch(1)
        filters.addWidget(QLabel(self.tr("Show")))
        self.top = QComboBox()
        for n in TOP_CHOICES:
            self.top.addItem(str(n), n)
        self.top.setCurrentIndex(1)
        self.top.currentIndexChanged.connect(self.rank)
        filters.addWidget(self.top)
        layout.addLayout(filters)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setFormat(self.tr("Building the match index…"))
        self.busy.setTextVisible(True)
        self.busy.setMaximumHeight(18)
        layout.addWidget(self.busy)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = MatchModel({}, self)
        self.model.listed_text = self.tr("On the shortlist")
        self.model.listed_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(MatchModel.COLUMNS.index("score"), ScoreBarDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        self.table.doubleClicked.connect(lambda index: self._open_other(index.row()))
        self.keys = SearchKeys(self.picker, self.table, self._open_other)
        splitter.addWidget(self.table)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        self.tabs = QTabWidget()
        self.explanation = QTextBrowser()
        self.explanation.setOpenLinks(False)
        self.tabs.addTab(self.explanation, self.tr("Explanation"))
        self.shortlist = ShortlistPanel(self.ctx)
        self.shortlist.open_candidate.connect(self.open_candidate)
        self.shortlist.preview_requested.connect(self.preview_requested)
        self.tabs.addTab(self.shortlist, self.tr("Shortlist"))
        side_layout.addWidget(self.tabs, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton()
        # A shortcut of its own: QPushButton.setText (the direction's label) resets a button's shortcut.
        QShortcut(QKeySequence("Ctrl+K"), self, self.add_to_shortlist,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_button.clicked.connect(self.add_to_shortlist)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(lambda: self._open_other(self.table.currentIndex().row()))
        buttons.addWidget(self.open_button)
        side_layout.addLayout(buttons)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 430])
        layout.addWidget(splitter, 1)

        self.status = QLabel()
        self.status.setStyleSheet("color: #555;")
        layout.addWidget(self.status)
        self._direction_changed()

    @property
    def direction(self) -> str:
        """"need": candidates for a need; "candidate": needs for a candidate."""
        return self.way.key

    def _headers(self) -> dict[str, str]:
        return {"rank": "#", "score": self.tr("Score"), "name": self.way.texts()["other"],
                "reasons": self.tr("Why"), "km": self.tr("Distance")}

    def _size_columns(self) -> None:
        widths = {"rank": 36, "score": 110, "name": 200, "km": 70, "reasons": 400}
        for i, key in enumerate(MatchModel.COLUMNS):
            self.table.setColumnWidth(i, widths[key])

    # ---- choosing what to match ------------------------------------------------------------------
    def _direction_changed(self) -> None:
        way = self.directions[self.direction_box.currentData()]
        if way is not self.way:
            self.way = way
            self.subject_id = None
            self.picker.clear()
        texts = way.texts()
        self.type_ahead.vocabulary = way
        self.picker.setPlaceholderText(texts["placeholder"])
        for widget in (self.target_group, self.consent_only):
            widget.setEnabled(way.filters_apply)
        self.open_button.setText(texts["open"])
        self.add_button.setText(texts["add"])
        self.add_button.setToolTip(texts["add_tip"])
        self.model.headers = self._headers()
        self.model.set_rows([])
        self._size_columns()
        self.rank()

    def _picked(self, record_id: int) -> None:
        self._show(self.direction, record_id)

    def show_need(self, need_id: int) -> None:
        """Rank candidates for this need (also what "Find candidates" in the need view calls)."""
        self._show("need", need_id)

    def show_candidate(self, candidate_id: int) -> None:
        """Rank open needs for this candidate."""
        self._show("candidate", candidate_id)

    def focus_search(self) -> None:
        """Ctrl+F: the picker line, its text chosen (Down or Enter then goes into the ranking)."""
        self.picker.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.picker.selectAll()

    def focus_results(self) -> None:
        """The keyboard into the ranking (first row chosen) when there is one, so arrows, Shift+arrows and
        Ctrl+K work at once after Ctrl+M; else into the picker line."""
        if not self.keys.into_results():
            self.picker.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show(self, direction: str, record_id: int) -> None:
        if self.direction != direction:
            self.direction_box.setCurrentIndex(self.direction_box.findData(direction))
        self.subject_id = record_id
        self.subject_label = self.way.subject_label(record_id)
        self.picker.setText(self.subject_label)
        self.service.start()
        self.rank()

    # ---- ranking -----------------------------------------------------------------------------------
    def filters(self) -> RankFilter:
        groups = self.target_group.currentData()
        for_need = self.way.filters_apply
        return RankFilter(max_km=float(self.max_km.value()) or None,
                          target_groups=frozenset({groups}) if groups and for_need else None,
                          consent_only=for_need and self.consent_only.isChecked(),
                          include_excluded=self.show_excluded.isChecked(),
                          excluded_limit=self.top.currentData())

    def rank(self) -> None:
        """Rank the subject again with the current filters, keeping the selected row where it can."""
        matcher = self.service.matcher
        if self.subject_id is None:
            self.heading.setText(self.way.texts()["empty"])
            self.model.set_rows([])
            self.explanation.clear()
            self.status.clear()
            self.shortlist.set_need(None)
            return
        if matcher is None:
            self.heading.setText(self.subject_label)
            self.status.setText(self.tr("The ranking appears as soon as the match index is built."))
            return
        keep = self._current_other()
        started = time.perf_counter()
        try:
            self.ranking, rows, heading = self.way.ranked(matcher, self.subject_id, self.top.currentData(),
                                                          self.filters())
        except NotFound:
            self.subject_id = None
            self.model.set_rows([])
            self.heading.setText(self.tr("That record no longer exists."))
            return
        self.last_rank_ms = (time.perf_counter() - started) * 1000
        self.heading.setText(heading)
        self.model.set_rows(rows, self._listed())
        self._update_status()
        if not self.way.panel_follows_selection:
            self.shortlist.set_need(self.subject_id)
        row = self.model.row_of(keep) if keep is not None else -1
        self._select(row if row >= 0 else (0 if rows else -1))

    def _listed(self) -> set[int]:
        """Other-side ids already on a shortlist with the subject."""
        return set() if self.subject_id is None else self.way.listed(self.subject_id)

    def _shortlist_need(self) -> int | None:
        """The need whose shortlist the side panel shows: the subject, or the selected job."""
        return self.way.shortlist_need(self.subject_id, self._current_other())

    def add_to_shortlist(self) -> None:
        """The selected candidates onto the need's shortlist (or this candidate onto the selected job's)."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows or self.subject_id is None:
            return
        self.way.put_forward(self.shortlist, self.subject_id, [self.model.rows[r] for r in rows])
        self.tabs.setCurrentWidget(self.shortlist)
        self.model.set_listed(self._listed())

    def _update_status(self) -> None:
        r = self.ranking
        if r is None:
            return
        parts = [self.tr("%1 considered").replace("%1", _thousands(r.considered)),
                 self.tr("%1 excluded by a hard requirement").replace("%1", _thousands(r.excluded_count))]
        if r.filtered_count:
            parts.append(self.tr("%1 left out by the filters").replace("%1", _thousands(r.filtered_count)))
        parts.append(self.tr("ranked in %1 ms").replace("%1", f"{self.last_rank_ms:.0f}"))
        self.status.setText(" · ".join(parts))

    # ---- the selected row --------------------------------------------------------------------------
    def _current_other(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()].other_id if index.isValid() and index.row() < len(self.model.rows) else None

    def _select(self, row: int) -> None:
        if row < 0:
            self.table.clearSelection()
            self.explanation.clear()
            return
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(self.model.index(row, 0))
        self._explain(row)

    def _on_row(self, current, previous) -> None:
        if current.isValid():
            self._explain(current.row())

    def _explain(self, row: int) -> None:
        entry = self.model.rows[row]
        if self.way.panel_follows_selection:
            self.shortlist.set_need(entry.other_id)
        self.explanation.setHtml(match_text.explanation_html(entry.match, entry.name, entry.detail))

    def selected_match(self) -> Match | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()].match if index.isValid() else None

    def _open_other(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            other = self.model.rows[row].other_id
            (self.open_candidate if self.way.key == "need" else self.open_need).emit(other)

    # ---- keeping up with the store -------------------------------------------------------------
    def _on_ready(self) -> None:
        self.rank()

    def _on_updated(self, changes: Changes) -> None:
        if not changes.touches(NEEDS, CANDIDATES, COMPANIES) and not changes.flagged(SETTINGS):
            if self.subject_id is not None:  # only a shortlist changed: the marks, not the ranking
                self.model.set_listed(self._listed())
            return
        if self.subject_id is not None and self.isVisible():
            self.rank()
        elif self.subject_id is not None:
            self._stale = True

    def showEvent(self, event) -> None:
        self.service.start()
        if self._stale:
            self._stale = False
            self.rank()
        super().showEvent(event)

    def _on_building(self, building: bool) -> None:
        self.busy.setVisible(building)

    def _on_failed(self, message: str) -> None:
        self.status.setText(self.tr("The match index could not be built: %1").replace("%1", message))

    def prepare_screenshot(self) -> None:
        """For --screenshot: build now and show the first open need that has candidates."""
        matcher = self.service.build_now()
        need_ids = sorted(matcher.index.need_row)
        for need_id in need_ids[:50]:
            if matcher.rank_candidates(need_id, top=5).matches:
                self.show_need(need_id)
                return


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")

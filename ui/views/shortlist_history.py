"""Read-only shortlist history of a company, a candidate or a need: one row per shortlist entry.

    history = ShortlistHistory(ctx, "company")   # or "candidate", "need"
    history.set_owner(company_id)                # None: empty
    history.open_need.connect(...)               # double-click on a row: int need id
    history.counted.connect(...)                 # int: rows shown, after every refresh
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QSplitter, QTableView, QTabWidget, QVBoxLayout,
                               QWidget)

from db.changes import CANDIDATES, COMPANIES, NEEDS, REFERENCE, SHORTLISTS, Changes
from db import shortlists
from db.errors import NotFound
from ui import labels
from ui.context import AppContext
from ui.models.list_model import ListModel
from ui.models.table_model import Column
from ui.widgets.shortlist.models import (CLOSED_TEXT, STATUS_BACKGROUND, STATUS_FOREGROUND, first_line, fit_columns,
                                        status_labels)
from ui.widgets.keys import leave_by_tab

LOADERS = {"company": shortlists.history_for_company, "candidate": shortlists.history_for_candidate,
           "need": shortlists.history_for_need}


class HistoryModel(ListModel):
    def __init__(self, columns: list[Column], parent=None):
        super().__init__(columns, parent)
        self._keys = [c.key for c in columns]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        row, key = self.row_dict(index.row()), self._keys[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and key == "status" and row["status"] in STATUS_BACKGROUND:
            return QBrush(QColor(STATUS_BACKGROUND[row["status"]]))
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "status" and row["status"] in STATUS_FOREGROUND:
                return QBrush(QColor(STATUS_FOREGROUND[row["status"]]))
            if row["status"] in ("rejected", "withdrawn"):
                return QBrush(QColor(CLOSED_TEXT))
        if role == Qt.ItemDataRole.ToolTipRole and key == "note":
            return row.get("note") or None
        return super().data(index, role)


class ShortlistHistory(QWidget):
    """Every shortlist the owner has been on (or, for a company, every candidate put forward)."""

    open_need = Signal(int)
    counted = Signal(int)

    def __init__(self, ctx: AppContext, owner: str, parent=None):
        super().__init__(parent)
        if owner not in LOADERS:
            raise ValueError(owner)
        self.ctx = ctx
        self.owner = owner
        self.owner_id: int | None = None
        status = lambda v: status_labels().get(v, v or "")  # noqa: E731
        columns = {
            "company": [Column("need_title", lambda: self.tr("Need")),
                        Column("candidate_name", lambda: self.tr("Candidate"), labels.candidate_name)],
            "candidate": [Column("need_title", lambda: self.tr("Need")),
                          Column("company_name", lambda: self.tr("Company"))],
            "need": [Column("candidate_name", lambda: self.tr("Candidate"), labels.candidate_name)],
        }[owner] + [
            Column("status", lambda: self.tr("Status"), status),
            Column("status_date", lambda: self.tr("Date"), labels.date),
            Column("rejection_name", lambda: self.tr("Reason for rejection")),
            Column("note", lambda: self.tr("Note"), first_line),
        ]
        self.model = HistoryModel(columns, self)
        self.table = QTableView()
        leave_by_tab(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        limits = {"need_title": (120, 200), "candidate_name": (120, 180), "company_name": (120, 180),
                  "status": (90, 180), "status_date": (80, 100), "rejection_name": (110, 160)}
        self.limits = {column: limits[c.key] for column, c in enumerate(columns) if c.key in limits}
        self.table.doubleClicked.connect(lambda index: self.open_need.emit(self.model.row_dict(index.row())["need_id"]))
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #666;")
        hint = QLabel(self.tr("Double-click a row to open the need."))
        hint.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        ctx.changes.connect(self._on_changes)

    def set_owner(self, owner_id: int | None) -> None:
        changed = (owner_id or None) != self.owner_id
        self.owner_id = owner_id or None
        self.refresh()
        if changed:
            fit_columns(self.table, self.limits)

    def refresh(self) -> None:
        try:
            rows = LOADERS[self.owner](self.ctx.db, self.owner_id) if self.owner_id else []
        except NotFound:  # the owner was deleted meanwhile
            rows = []
        self.model.set_rows(rows)
        self.empty.setText({
            "company": self.tr("No candidates have been put forward to this company yet."),
            "candidate": self.tr("This candidate has not been on a shortlist yet."),
            "need": self.tr("No candidates on this need's shortlist yet."),
        }[self.owner])
        self.empty.setVisible(self.owner_id is not None and not rows)
        self.counted.emit(len(rows))

    def _on_changes(self, changes: Changes, _initiator: object) -> None:
        # names of needs, companies and candidates and rejection reasons show in the rows
        if self.owner_id is not None and changes.concerns((SHORTLISTS, NEEDS, CANDIDATES, COMPANIES, REFERENCE)):
            self.refresh()


class WideTab(QObject):
    """While one of `pages` is the current tab of a record view's detail, give the detail side at least
    `share` of the view's splitter (the shortlist tables need the room); leaving the tab restores the sizes."""

    def __init__(self, view: QWidget, tabs: QTabWidget, pages: list[QWidget], share: float = 0.6):
        super().__init__(view)
        self.view = view
        self.tabs, self.pages, self.share = tabs, pages, share
        self.saved: list[int] | None = None
        tabs.currentChanged.connect(self._on_tab)

    def _on_tab(self, index: int) -> None:
        # Looked up here: the view's splitter gets its parent only after the detail side is built.
        found = self.view.findChildren(QSplitter, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if not found:
            return
        splitter = found[0]
        wide = self.tabs.widget(index) in self.pages
        sizes = splitter.sizes()
        if wide and self.saved is None:
            total, want = sum(sizes), int(sum(sizes) * self.share)
            if len(sizes) == 2 and sizes[1] < want:
                self.saved = sizes
                splitter.setSizes([total - want, want])
        elif not wide and self.saved is not None:
            splitter.setSizes(self.saved)
            self.saved = None

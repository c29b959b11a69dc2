"""Mine opfølgninger: the consultant's follow-ups due today and overdue, from contacts and from hires."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QLabel, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from db import followups
from db.changes import CANDIDATES, COMPANIES, CONTACTS, FOLLOW_UPS, NEEDS, PLACEMENTS, SHORTLISTS
from ui import labels
from ui.context import AppContext
from ui.operations import perform
from ui.i18n import translate
from ui.models.list_model import ListModel
from ui.models.table_model import Column
from ui.widgets.keys import SearchKeys, shortcut


# Changes elsewhere that can add, end or rename a follow-up shown here.
REFRESH_ON = (CONTACTS, COMPANIES, NEEDS, CANDIDATES, SHORTLISTS, FOLLOW_UPS, PLACEMENTS)


class FollowUpModel(ListModel):
    """Overdue rows in red, today's in bold."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole) and index.isValid():
            due, today = self.row_dict(index.row())["follow_up_date"], dt.date.today().isoformat()
            if role == Qt.ItemDataRole.ForegroundRole and due < today:
                return QBrush(QColor("#b03a2e"))
            if role == Qt.ItemDataRole.FontRole and due == today:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)


class FollowUpsView(QWidget):
    open_company = Signal(int)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.everyone = QCheckBox(self.tr("Show everyone's"))
        self.everyone.toggled.connect(self.refresh)
        top.addWidget(self.heading, 1)
        top.addWidget(self.everyone)
        layout.addLayout(top)
        self.model = FollowUpModel([
            Column("follow_up_date", lambda: self.tr("Due"), labels.date),
            Column("company", lambda: self.tr("Company")),
            Column("follow_up_task", lambda: self.tr("Task")),
            Column("summary", lambda: self.tr("Background")),
            Column("consultant", lambda: self.tr("Consultant")),
        ], self)
        self.table = QTableView()
        SearchKeys(None, self.table, lambda row: self._open_selected())
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 100)
        self.table.setColumnWidth(1, 240)
        self.table.setColumnWidth(2, 320)
        self.table.setColumnWidth(3, 380)
        self.table.doubleClicked.connect(lambda index: self.open_company.emit(
            self.model.row_dict(index.row())["company_id"]))
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        done = QPushButton(self.tr("Mark as done"))
        done.clicked.connect(self.mark_done)
        go = QPushButton(self.tr("Open company"))
        go.clicked.connect(self._open_selected)
        buttons.addWidget(done)
        self.done_button = done
        shortcut(self, "Ctrl+D", done)
        buttons.addWidget(go)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        ctx.changes.connect(lambda changes, _by: changes.concerns(REFRESH_ON) and self.refresh())
        self.refresh()

    def refresh(self) -> None:
        consultant = None if self.everyone.isChecked() else self.ctx.who
        rows = [self._shown(r) for r in followups.due(self.ctx.db, consultant=consultant)]
        self.model.set_rows(rows)
        today = dt.date.today().isoformat()
        overdue = sum(1 for r in rows if r["follow_up_date"] < today)
        self.heading.setText(self.tr("%n follow-up(s) due", None, len(rows)) + " · " +
                             self.tr("%n overdue", None, overdue))

    def _shown(self, row: dict) -> dict:
        """A hire's follow-up: its task and a sentence naming who was hired as what, in the user's language."""
        if row["source"] == "placement":
            return {**row, "follow_up_task": translate("FollowUps", row["follow_up_task"]),
                    "summary": self.tr("{candidate} in {measure} {start} – {end}").format(
                        candidate=row["candidate"], measure=row["measure"] or "",
                        start=labels.date(row["start_date"]), end=labels.date(row["end_date"]))}
        if row["source"] != "shortlist":
            return row
        return {**row, "follow_up_task": translate("FollowUps", row["follow_up_task"]),
                "summary": self.tr("{candidate} hired as {need} on {date}").format(
                    candidate=row["candidate"], need=row["need_title"], date=labels.date(row["hired_on"]))}

    def _selected(self) -> dict | None:
        index = self.table.currentIndex()
        return self.model.row_dict(index.row()) if index.isValid() else None

    def _open_selected(self) -> None:
        row = self._selected()
        if row:
            self.open_company.emit(row["company_id"])

    def mark_done(self) -> None:
        row = self._selected()
        if not row:
            return
        perform(self, self.ctx, lambda: followups.set_done(self.ctx.db, row["source"], row["id"], who=self.ctx.who))

"""Postpone a follow-up: pick the new day (tomorrow, next week or any day from today on)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from db import followups
from ui.context import AppContext
from ui.errors import show_error
from ui.operations import perform


def _next_workday(day: dt.date) -> dt.date:
    day += dt.timedelta(days=1)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


class PostponeDialog(QDialog):
    """Moves one follow-up (a row of db.followups.due) to the chosen day, audited, on Save."""

    def __init__(self, ctx: AppContext, row: dict, parent=None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx, self.row = ctx, row
        self.today = today or dt.date.today()
        self.setWindowTitle(self.tr("Postpone follow-up"))
        layout = QVBoxLayout(self)
        what = QLabel(self.tr("%1: %2").replace("%1", row.get("company") or "").replace(
            "%2", row.get("follow_up_task") or ""))
        what.setWordWrap(True)
        layout.addWidget(what)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.date.setMinimumDate(QDate(self.today.year, self.today.month, self.today.day))
        self.set_day(_next_workday(max(self.today, dt.date.fromisoformat(row["follow_up_date"][:10]))))
        row_layout = QHBoxLayout()
        row_layout.addWidget(QLabel(self.tr("New date")))
        row_layout.addWidget(self.date, 1)
        for text, days in ((self.tr("Tomorrow"), 1), (self.tr("In a week"), 7)):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, d=days: self.set_day(self.today + dt.timedelta(days=d)))
            row_layout.addWidget(button)
        layout.addLayout(row_layout)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.date.setFocus()

    def set_day(self, day: dt.date) -> None:
        self.date.setDate(QDate(day.year, day.month, day.day))

    def day(self) -> dt.date:
        picked = self.date.date()
        return dt.date(picked.year(), picked.month(), picked.day())

    def save(self) -> None:
        row, day = self.row, self.day()
        changes = perform(self, self.ctx, lambda: followups.postpone(self.ctx.db, row["source"], row["id"], day,
                                                                     who=self.ctx.who, today=self.today),
                          initiator=self, on_invalid=lambda exc: show_error(self, exc))
        if changes is not None:
            self.accept()

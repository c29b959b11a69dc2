"""*Conflicts*: the fields two consultants changed differently, with both values, who and when, and
"Use this value" taking one over in one click (db.team.conflicts.take_over; it travels on the next sync)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from db.team import conflicts
from ui import labels
from ui.context import AppContext
from ui.operations import perform

RECORD, FIELD, KEPT, USE_KEPT, LOST, USE_LOST, WHEN = range(7)


class ConflictsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Conflicts"))
        self.resize(980, 420)
        intro = QLabel(self.tr("Two consultants changed the same field before they synchronised. The value that "
                           "reached the team first stands; choose the value the record should have."))
        intro.setWordWrap(True)
        self.empty = QLabel(self.tr("There are no open conflicts."))
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Field"), self.tr("Value that stands"), "",
                                              self.tr("Value that was refused"), "", self.tr("When")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KEPT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LOST, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.fill()

    def fill(self) -> None:
        items = conflicts.open_conflicts(self.ctx.db)
        kinds, fields = self._kinds(), self._fields()
        self.table.setRowCount(len(items))
        for row, conflict in enumerate(items):
            record = f"{kinds.get(conflict.table, conflict.table)}: {self._label(conflict)}"
            field = fields.get(conflict.field, conflict.field.lstrip("@").replace("_", " "))
            kept = f"{self._value(conflict.kept)}\n— {conflict.kept_by or self.tr('the team')}"
            lost = f"{self._value(conflict.lost)}\n— {conflict.lost_by or self.tr('the team')}"
            for col, text in ((RECORD, record), (FIELD, field), (KEPT, kept), (LOST, lost),
                              (WHEN, labels.datetime(conflict.at[:19].replace(" ", "T")))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, conflict.id)
                self.table.setItem(row, col, item)
            usable = conflict.field != "*" and conflict.record_id is not None
            for col, which in ((USE_KEPT, "kept"), (USE_LOST, "lost")):
                button = QPushButton(self.tr("Use this value"))
                button.setObjectName(f"use_{which}_{conflict.id}")
                button.setEnabled(usable)
                button.clicked.connect(lambda _=False, cid=conflict.id, w=which: self.take_over(cid, w))
                self.table.setCellWidget(row, col, button)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(items))
        self.empty.setVisible(not items)

    def _kinds(self) -> dict[str, str]:
        return {"companies": self.tr("Company"), "contact_persons": self.tr("Contact person"), "contacts": self.tr("Contact"),
                "needs": self.tr("Need"), "candidates": self.tr("Candidate"), "shortlist_entries": self.tr("Shortlist"),
                "shortlist_events": self.tr("Shortlist"), "shortlist_follow_ups": self.tr("Follow-up"),
                "placement_follow_ups": self.tr("Follow-up")}


    def _fields(self) -> dict[str, str]:
        return {"name": self.tr("Name"), "title": self.tr("Title"), "phone": self.tr("Phone"), "email": self.tr("Email"),
                "town": self.tr("Town"), "address": self.tr("Address"), "postcode": self.tr("Postcode"),
                "status": self.tr("Status"),
                "notes": self.tr("Notes"), "description": self.tr("Description"), "deadline": self.tr("Deadline"),
                "responsible": self.tr("Responsible consultant"), "consultant": self.tr("Consultant"),
                "positions": self.tr("Positions"), "*": self.tr("The whole record")}


    def _value(self, value) -> str:
        if value is None or value == "":
            return self.tr("(empty)")
        if isinstance(value, list):
            return self.tr("%n item(s)", None, len(value))
        return str(value)

    def _label(self, conflict: conflicts.Conflict) -> str:
        if conflict.record_id is None:
            return "—"
        if conflict.table not in conflicts.LABEL:
            return f"#{conflict.record_id}"
        name = conflicts.record_label(self.ctx.db, conflict)
        if name is None:
            return "—"
        return labels.candidate_name(name) if conflict.table == "candidates" else name

    def take_over(self, conflict_id: int, which: str) -> None:
        if perform(self, self.ctx, lambda: conflicts.take_over(self.ctx.db, conflict_id, which, who=self.ctx.who),
                   initiator=self) is not None:
            self.fill()

"""*Conflicts*: the fields two consultants changed differently, with both values, who and when, and
"Use this value" taking one over in one click (db.team.conflicts.take_over; it travels on the next sync)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from db.team import conflicts
from ui import labels
from ui.context import AppContext
from ui.operations import perform

RECORD, FIELD, KEPT, USE_KEPT, LOST, USE_LOST, WHEN = range(7)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConflictsDialog", text)


def _kinds() -> dict[str, str]:
    return {"companies": _tr("Company"), "contact_persons": _tr("Contact person"), "contacts": _tr("Contact"),
            "needs": _tr("Need"), "candidates": _tr("Candidate"), "shortlist_entries": _tr("Shortlist"),
            "shortlist_events": _tr("Shortlist"), "shortlist_follow_ups": _tr("Follow-up"),
            "placement_follow_ups": _tr("Follow-up")}


def _fields() -> dict[str, str]:
    return {"name": _tr("Name"), "title": _tr("Title"), "phone": _tr("Phone"), "email": _tr("Email"),
            "town": _tr("Town"), "address": _tr("Address"), "postcode": _tr("Postcode"), "status": _tr("Status"),
            "notes": _tr("Notes"), "description": _tr("Description"), "deadline": _tr("Deadline"),
            "responsible": _tr("Responsible consultant"), "consultant": _tr("Consultant"),
            "positions": _tr("Positions"), "*": _tr("The whole record")}


def _value(value) -> str:
    if value is None or value == "":
        return _tr("(empty)")
    if isinstance(value, list):
        return _tr("%n item(s)").replace("%n", str(len(value)))
    return str(value)


class ConflictsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(_tr("Conflicts"))
        self.resize(980, 420)
        intro = QLabel(_tr("Two consultants changed the same field before they synchronised. The value that "
                           "reached the team first stands; choose the value the record should have."))
        intro.setWordWrap(True)
        self.empty = QLabel(_tr("There are no open conflicts."))
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([_tr("Record"), _tr("Field"), _tr("Value that stands"), "",
                                              _tr("Value that was refused"), "", _tr("When")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KEPT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LOST, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.fill()

    def fill(self) -> None:
        items = conflicts.open_conflicts(self.ctx.db)
        kinds, fields = _kinds(), _fields()
        self.table.setRowCount(len(items))
        for row, conflict in enumerate(items):
            record = f"{kinds.get(conflict.table, conflict.table)}: {self._label(conflict)}"
            field = fields.get(conflict.field, conflict.field.lstrip("@").replace("_", " "))
            kept = f"{_value(conflict.kept)}\n— {conflict.kept_by or _tr('the team')}"
            lost = f"{_value(conflict.lost)}\n— {conflict.lost_by or _tr('the team')}"
            for col, text in ((RECORD, record), (FIELD, field), (KEPT, kept), (LOST, lost),
                              (WHEN, labels.datetime(conflict.at[:19].replace(" ", "T")))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, conflict.id)
                self.table.setItem(row, col, item)
            usable = conflict.field != "*" and conflict.record_id is not None
            for col, which in ((USE_KEPT, "kept"), (USE_LOST, "lost")):
                button = QPushButton(_tr("Use this value"))
                button.setObjectName(f"use_{which}_{conflict.id}")
                button.setEnabled(usable)
                button.clicked.connect(lambda _=False, cid=conflict.id, w=which: self.take_over(cid, w))
                self.table.setCellWidget(row, col, button)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(items))
        self.empty.setVisible(not items)

    def _label(self, conflict: conflicts.Conflict) -> str:
        column = conflicts.LABEL.get(conflict.table)
        if column is None or conflict.record_id is None:
            return "—" if conflict.record_id is None else f"#{conflict.record_id}"
        row = self.ctx.db.execute(f"SELECT {column} FROM {conflict.table} WHERE id = ?", [conflict.record_id]).fetchone()
        return labels.candidate_name(row[0]) if conflict.table == "candidates" and row else (row[0] if row else "—")

    def take_over(self, conflict_id: int, which: str) -> None:
        if perform(self, self.ctx, lambda: conflicts.take_over(self.ctx.db, conflict_id, which, who=self.ctx.who),
                   initiator=self) is not None:
            self.fill()

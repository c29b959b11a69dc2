"""The "History" tab of a record (candidate, contact person, company, need): who changed it (and for
people, who viewed, exported or printed it) and when; field names only, never values."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from db.changes import READS, Changes
from db import read_audit
from ui import labels
from ui.context import AppContext
from ui.models.list_model import ListModel
from ui.models.table_model import Column
from ui.services.person_doc import action_labels, fields_text
from ui.widgets.keys import leave_by_tab


class PersonHistory(QWidget):
    """Both audits of one record, newest first; field names only, never values."""

    def __init__(self, ctx: AppContext, table: str = "candidates", parent=None):
        super().__init__(parent)
        self.ctx, self.table_name = ctx, table
        self.owner_id: int | None = None
        self.model = ListModel([
            Column("at", lambda: self.tr("When"), labels.datetime),
            Column("who", lambda: self.tr("Who")),
            Column("action", lambda: self.tr("What"), lambda v: action_labels().get(v, v or "")),
            Column("fields", lambda: self.tr("Fields"), fields_text),
        ], self)
        self.table = QTableView()
        leave_by_tab(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        hint = QLabel(self.tr("Changes (which fields, not their values) and who opened, exported or printed "
                              "the record."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        ctx.changes.connect(self._on_changes)

    def set_owner(self, record_id: int | None) -> None:
        self.owner_id = record_id
        self.refresh()

    def refresh(self) -> None:
        rows = read_audit.history(self.ctx.db, self.table_name, self.owner_id) if self.owner_id else []
        self.model.set_rows(rows)
        for column, width in enumerate((130, 110, 150)):
            self.table.setColumnWidth(column, width)

    def _on_changes(self, changes: Changes, _initiator: object) -> None:
        reads = self.table_name == "candidates" and changes.affects(READS, self.owner_id)  # READS: candidate ids
        if self.owner_id and (changes.affects(self.table_name, self.owner_id) or reads):
            self.refresh()

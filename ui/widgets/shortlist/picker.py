"""Choosing candidates to put on a shortlist: search the active candidates, pick one or more."""

from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QTableView,
                               QVBoxLayout)

from db import candidates
from ui import labels
from ui.context import AppContext
from ui.models.table_model import Column, LazyTableModel
from ui.widgets.keys import leave_by_tab


class CandidatePicker(QDialog):
    """Find active candidates by name (or any searchable text) and choose one or more."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.chosen: list[int] = []
        self.setWindowTitle(self.tr("Add candidates to the list"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, occupation or town"))
        self.search.setClearButtonEnabled(True)
        self.model = LazyTableModel(ctx.db, candidates.LISTING, [
            Column("name", lambda: self.tr("Name")),
            Column("town", lambda: self.tr("Town")),
            Column("occupations", lambda: self.tr("Desired occupations")),
            Column("consent", lambda: self.tr("Consent"), labels.yes_no),
        ], self)
        self.model.set_query(filters={"status": "active"})
        self.table = QTableView()
        leave_by_tab(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((200, 120, 260)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda index: self._choose([self.model.id_at(index.row())]))
        self.count = QLabel()
        self.search.textChanged.connect(self._on_search)
        self.search.returnPressed.connect(self._on_return)
        hint = QLabel(self.tr("Only active candidates are listed. Select several with Ctrl or Shift."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = buttons.addButton(self.tr("Add to the list"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._choose_selected)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 480)
        self._update_count()
        self.search.setFocus()

    def _on_search(self, text: str) -> None:
        self.model.set_query(text=text)
        self._update_count()
        if self.model.rowCount():
            self.table.selectRow(0)

    def _on_return(self) -> None:
        if self.model.rowCount() == 1 or self.table.selectionModel().hasSelection():
            self._choose_selected()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n candidate(s)", None, self.model.rowCount()))

    def _choose_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.model.rowCount() == 1:
            rows = [0]
        self._choose([self.model.id_at(r) for r in rows])

    def _choose(self, ids: list[int | None]) -> None:
        self.chosen = [i for i in ids if i is not None]
        if self.chosen:
            self.accept()

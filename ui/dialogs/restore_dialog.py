"""File → Restore from backup…: the backups with their date, kind and record counts; choosing one to put in
place of the store (the store as it is now is kept as a backup of its own first)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QMessageBox,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from db import backup
from db.errors import StoreError
from db.store import StoreFile
from ui import messages
from ui.dialogs.passphrase import AskPassphraseDialog


class RestoreDialog(QDialog):
    def __init__(self, folder: Path, store: StoreFile, parent=None):
        super().__init__(parent)
        self.folder, self.store = folder, store
        self.chosen: Path | None = None
        self.source_passphrase = store.passphrase
        self.setWindowTitle(self.tr("Restore from backup"))
        text = QLabel(self.tr("Backups in %1. The store as it is now is kept as a backup of its own before the "
                              "chosen one takes its place; Jobbro then opens the store again.").replace("%1", str(folder)))
        text.setWordWrap(True)
        kinds = {"auto": self.tr("automatic"), "manual": self.tr("by hand"), "before-restore": self.tr("before a restore")}
        headers = [self.tr("Date"), self.tr("Kind"), self.tr("Companies"), self.tr("Candidates"), self.tr("Needs"),
                   self.tr("Contacts")]
        self.backups = backup.list_backups(folder)
        self.table = QTableWidget(len(self.backups), len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, b in enumerate(self.backups):
            cells = [b.taken.strftime("%d-%m-%Y %H:%M"), kinds[b.kind]]
            try:
                counts = backup.peek(b.path, store.passphrase)
                cells += [str(counts[t]) for t in ("companies", "candidates", "needs", "contacts")]
            except StoreError as exc:
                cells += [self.tr("another passphrase") if exc.kind == "wrong_passphrase" else self.tr("unreadable"),
                          "", "", ""]
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if col >= 2 and cells[3]:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
            if not cells[3]:
                self.table.setSpan(row, 2, 1, 4)
        self.table.doubleClicked.connect(self._accept)
        self.empty = QLabel(self.tr("There are no backups in this folder yet."))
        self.empty.setVisible(not self.backups)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Restore"))
        self.ok.setEnabled(bool(self.backups))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (text, self.table, self.empty, buttons):
            layout.addWidget(widget)
        if self.backups:
            self.table.selectRow(0)
        self.table.setFocus()
        self.resize(680, 420)

    def _accept(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        chosen = self.backups[row]
        try:
            backup.inspect(chosen.path, self.store.passphrase)
        except StoreError as exc:
            if exc.kind != "wrong_passphrase":
                QMessageBox.warning(self, self.windowTitle(), messages.store_error(exc))
                return
            ask = AskPassphraseDialog(str(chosen.path), lambda p: self._opens(chosen.path, p), self, intro=self.tr(
                "This backup was made with another passphrase. Type that passphrase to restore it; the restored "
                "store keeps it."))
            if not ask.exec():
                return
            self.source_passphrase = ask.passphrase
        answer = QMessageBox.question(self, self.windowTitle(), self.tr(
            "Put the backup from %1 in place of the store? The store as it is now is kept as a backup first.")
            .replace("%1", chosen.taken.strftime("%d-%m-%Y %H:%M")))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.chosen = chosen.path
        self.accept()

    def _opens(self, path: Path, passphrase: str) -> str | None:
        try:
            backup.inspect(path, passphrase)
        except StoreError as exc:
            return messages.store_error(exc)
        return None

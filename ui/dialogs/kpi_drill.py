"""The records behind one Overblik figure, in the columns of the view exports, with an Export button."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from db import exporting
from db import kpi as store_kpi
from ui.context import AppContext
from ui.errors import show_error
from ui.export_view import FILE_NAMES, ViewExporter

SHOWN = 2000  # rows shown in the dialog; the export writes them all


class DrillDialog(QDialog):
    def __init__(self, ctx: AppContext, title: str, how: str, key: str, ids: list[int], parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.kind, self.ids = store_kpi.drill(ctx.db, key, ids)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        note = QLabel(how + "\n" + self.tr("%n record(s)", None, len(self.ids)))
        note.setWordWrap(True)
        layout.addWidget(note)
        headers = exporting.headers(self.kind)
        rows = list(exporting.rows(ctx.db, self.kind, self.ids[:SHOWN]))
        self.table = QTableWidget(len(rows), len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem("" if cell is None else str(cell)))
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setEnabled(bool(self.ids))
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 520)
        self.exporter: ViewExporter | None = None

    def export(self, path: str | None = None) -> ViewExporter | None:
        if not path:
            name = f"{FILE_NAMES.get(self.kind, self.kind)}-{dt.date.today().isoformat()}.xlsx"
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export list"), str(Path.home() / name),
                self.tr("Excel workbook (*.xlsx);;CSV for Excel, semicolon-separated (*.csv)"))
        if not path:
            return None
        self.exporter = ViewExporter(self.ctx, self.kind, self.ids, self)
        self.exporter.failed.connect(lambda exc: show_error(self, exc))
        self.exporter.start(path, show_progress=False)
        return self.exporter

"""Import a list: choose the file and kind, correct the column mapping, see every row's fate, then confirm."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QFileDialog, QFormLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QProgressBar, QPushButton, QSplitter,
                               QTableView, QVBoxLayout, QWidget)

from db import importing
from db.importing import columns
from ui.services import import_report
from ui.tasks import StoreWorker
from ui.context import AppContext
from ui.errors import show_error
from ui.i18n import translate
from ui.dialogs.import_preview import PreviewPanel
from ui.models.import_models import FieldDelegate, MappingModel


class ImportDialog(QDialog):
    """Reading, checking and writing run in a worker thread with its own store connection."""

    checked = Signal(object)  # a plan is shown
    imported = Signal(object)  # the plan written
    failed = Signal(str)  # the message shown when a step failed or was cancelled

    def __init__(self, ctx: AppContext, parent=None, kind: str | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.table: importing.Table | None = None
        self.plan: importing.Plan | None = None
        self.saved_mapping: dict | None = None
        self._kind_chosen = kind is not None
        self._step = ""
        self.worker = StoreWorker(ctx.store, self)
        self.worker.progress.connect(self._on_progress)
        self.worker.done.connect(self._on_done)
        self.worker.failed.connect(self._on_failed)
        self.worker.cancelled.connect(self._on_cancelled)
        self.setWindowTitle(self.tr("Import a list"))
        self._build()
        if kind:
            self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))
        self._update_state()
        self.resize(1100, 780)

    # ---- building ------------------------------------------------------------------------------
    def kinds(self) -> list[tuple[str, str]]:
        return [("companies", self.tr("Companies")), ("contacts", self.tr("Contact persons")),
                ("candidates", self.tr("Candidates")), ("needs", self.tr("Needs (job orders)")),
                ("contact-log", self.tr("Logged contacts")), ("placements", self.tr("Placements"))]

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_source())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._build_mapping())
        self.preview = PreviewPanel()
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 370])  # about eight mapping rows, and the preview below
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._build_buttons())

    def _build_source(self) -> QFormLayout:
        form = QFormLayout()
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("A CSV file (; , or tab) or an Excel workbook (.xlsx)"))
        self.path_edit.returnPressed.connect(self.load)
        self.browse_button = QPushButton(self.tr("Choose file…"))
        self.browse_button.clicked.connect(self.choose_file)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        form.addRow(self.tr("File:"), row)
        self.kind_combo = QComboBox()
        for key, label in self.kinds():
            self.kind_combo.addItem(label, key)
        self.kind_combo.activated.connect(self._on_kind_chosen)
        self.kind_combo.currentIndexChanged.connect(lambda _: self.remap())
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind_combo)
        kind_row.addStretch(1)
        form.addRow(self.tr("The rows are:"), kind_row)
        return form

    def _build_mapping(self) -> QWidget:
        box = QGroupBox(self.tr("1. Columns: which column feeds which field"))
        layout = QVBoxLayout(box)
        hint = QLabel(self.tr("Jobbro matched the column headings. Correct a row where it guessed wrong; "
                              "fields marked * must have a column."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.mapping_model = MappingModel(self)
        self.mapping_model.changed.connect(self._on_mapping_changed)
        self.mapping_view = QTableView()
        self.mapping_view.setModel(self.mapping_model)
        self.mapping_view.setItemDelegateForColumn(MappingModel.FIELD, FieldDelegate(self.mapping_view))
        self.mapping_view.verticalHeader().hide()
        self.mapping_view.verticalHeader().setDefaultSectionSize(30)
        self.mapping_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.mapping_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.mapping_view, 1)
        row = QHBoxLayout()
        self.load_mapping_button = QPushButton(self.tr("Use a saved mapping…"))
        self.load_mapping_button.clicked.connect(self.load_mapping)
        self.save_mapping_button = QPushButton(self.tr("Save this mapping…"))
        self.save_mapping_button.clicked.connect(self.save_mapping)
        row.addWidget(self.load_mapping_button)
        row.addWidget(self.save_mapping_button)
        row.addStretch(1)
        self.check_button = QPushButton(self.tr("Check the file"))
        self.check_button.clicked.connect(self.check)
        row.addWidget(self.check_button)
        layout.addLayout(row)
        return box

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.status_label = QLabel()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        row.addWidget(self.status_label)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        row.addStretch(0)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(False)
        self.import_button.clicked.connect(self.run_import)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        row.addWidget(self.import_button)
        row.addWidget(self.close_button)
        return row

    # ---- steps ---------------------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return self.kind_combo.currentData()

    def choose_file(self) -> None:
        start = str(Path(self.path_edit.text()).parent) if self.path_edit.text() else ""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a list to import"), start,
                                              self.tr("Lists (*.csv *.txt *.xlsx);;All files (*)"))
        if path:
            self.path_edit.setText(path)
            self.load()

    def load(self) -> None:
        path = self.path_edit.text().strip()
        if not path or self.worker.busy:
            return
        self.table = self.plan = None
        self.mapping_model.set_mapping(columns.Mapping(self.kind, []), [])
        self.preview.clear()
        self._start("read", self.tr("Reading the file…"),
                    lambda db, progress, cancel: importing.read_table(path, cancel))

    def remap(self) -> None:
        if self.table is None:
            return
        self.mapping_model.set_mapping(importing.match(self.table.headers, self.kind, self.saved_mapping),
                                       self.table.rows)
        for row in range(self.mapping_model.rowCount()):
            self.mapping_view.openPersistentEditor(self.mapping_model.index(row, MappingModel.FIELD))
        self.mapping_view.resizeColumnToContents(0)
        self.mapping_view.setColumnWidth(MappingModel.FIELD, 300)
        self._set_plan(None)

    def check(self) -> None:
        if self.table is None or self.worker.busy:
            return
        table, who = self.table, self.ctx.who
        mapping = dataclasses.replace(self.mapping_model.mapping, fields=list(self.mapping_model.mapping.fields))
        self._start("check", self.tr("Checking every row…"),
                    lambda db, progress, cancel: importing.build(db, table, mapping, who=who, progress=progress,
                                                                 cancel=cancel))

    def run_import(self) -> None:
        if self.plan is None or not self.plan.ok or self.worker.busy:
            return
        plan, who = self.plan, self.ctx.who
        self._start("import", self.tr("Importing…"),
                    lambda db, progress, cancel: importing.apply(db, plan, who=who, progress=progress,
                                                                 cancel=cancel))

    def cancel(self) -> None:
        self.worker.cancel()
        self.status_label.setText(self.tr("Cancelling…"))

    def save_mapping(self) -> None:
        if self.mapping_model.mapping is None or not self.mapping_model.mapping.headers:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the column mapping"), "",
                                              self.tr("Column mapping (*.json)"))
        if not path:
            return
        try:
            importing.save_mapping(self.mapping_model.mapping, path if path.endswith(".json") else path + ".json")
        except OSError as exc:
            show_error(self, exc)

    def load_mapping(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Use a saved column mapping"), "",
                                              self.tr("Column mapping (*.json);;All files (*)"))
        if not path:
            return
        try:
            self.saved_mapping = importing.load_mapping(path)
        except (OSError, ValueError) as exc:
            self._show_problem(self.tr("The mapping file cannot be used: %1").replace("%1", str(exc)))
            return
        kind = self.saved_mapping.get("kind")
        problem = columns.saved_problem(self.saved_mapping, kind if kind in importing.KINDS else self.kind)
        if problem is not None:
            self.saved_mapping = None
            self._show_problem(translate("Import", problem[0]).format(**problem[1]))
            return
        if kind in importing.KINDS and kind != self.kind:
            self._kind_chosen = True
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))  # remaps
        else:
            self.remap()

    # ---- worker results ------------------------------------------------------------------------
    def _start(self, step: str, text: str, job) -> None:
        self._step = step
        self.status_label.setText(text)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.preview.file_problems.hide()
        self.worker.submit(job)
        self._update_state()

    def _stop(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.status_label.clear()
        self._update_state()

    def _on_progress(self, done: int, total: int, _stage: str = "") -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_done(self, result) -> None:
        step = self._step
        self._stop()
        if step == "read":
            self.table = result
            self._guess_kind()
            self.remap()
            self.check()
        elif step == "check":
            self._set_plan(result)
            self.checked.emit(result)
        elif step == "import":
            self._set_plan(None)
            self.preview.show_result(result)
            self.ctx.apply(result.changes, self)
            self.imported.emit(result)

    def _on_failed(self, exc) -> None:
        self._stop()
        if isinstance(exc, importing.ImportFailure):
            self._show_problem(import_report.failure(exc))
        else:
            show_error(self, exc)
            self.failed.emit(str(exc))

    def _on_cancelled(self) -> None:
        step = self._step
        self._stop()
        text = self.tr("Cancelled. Nothing was written.") if step == "import" else self.tr("Cancelled.")
        self._show_problem(text)

    def _show_problem(self, text: str) -> None:
        self.preview.show_problem(text)
        self.failed.emit(text)

    # ---- state ---------------------------------------------------------------------------------
    def _on_kind_chosen(self, _index: int) -> None:
        self._kind_chosen = True

    def _guess_kind(self) -> None:
        """Pick the kind whose headings the file matches best, unless the consultant chose one."""
        if self._kind_chosen or self.table is None:
            return
        scores = {k: sum(1 for h in self.table.headers if columns.guess(h, k)) for k in importing.KINDS}
        best = max(scores, key=lambda k: (scores[k], k == self.kind))
        self.kind_combo.blockSignals(True)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(best))
        self.kind_combo.blockSignals(False)

    def _on_mapping_changed(self) -> None:
        self._set_plan(None)
        self.preview.set_summary(self.tr("The mapping changed: check the file again."))

    def _set_plan(self, plan) -> None:
        self.plan = plan
        if plan is None:
            self.preview.clear()
        else:
            self.preview.show_plan(plan)
        self._update_state()

    def _update_state(self) -> None:
        busy = self.worker.busy
        for widget in (self.path_edit, self.browse_button, self.kind_combo, self.mapping_view,
                       self.load_mapping_button):
            widget.setEnabled(not busy)
        has_table = self.table is not None and not busy
        self.save_mapping_button.setEnabled(has_table)
        self.check_button.setEnabled(has_table)
        ready = not busy and self.plan is not None and self.plan.ok
        counts = self.plan.counts() if self.plan is not None else {}
        work = counts.get("create", 0) + counts.get("update", 0)
        self.import_button.setEnabled(ready and work > 0)
        if ready and work:
            text = self.tr("Import: %1 new, %2 updated").replace("%1", str(counts["create"])) \
                .replace("%2", str(counts["update"]))
        else:
            text = self.tr("Nothing to import") if ready else self.tr("Import")
        self.import_button.setText(text)
        self.close_button.setEnabled(True)

    def done(self, result: int) -> None:
        self.worker.shutdown()
        super().done(result)

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
from ui import import_report
from ui.background import StoreThread
from ui.context import AppContext
from ui.errors import show_error
from ui.models.import_models import FieldDelegate, MappingModel, PreviewFilter, PreviewModel

# The store table each kind writes, for the views' change notices.
TABLES = {"companies": "companies", "contacts": "contact_persons", "candidates": "candidates", "needs": "needs",
          "contact-log": "contacts"}
ERROR_STYLE = "color: #b03a2e;"
OK_STYLE = "color: #1e7d32;"


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
        self.worker = StoreThread(ctx.path, self)
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
                ("contact-log", self.tr("Logged contacts"))]

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_source())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._build_mapping())
        splitter.addWidget(self._build_preview())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
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

    def _build_preview(self) -> QWidget:
        box = QGroupBox(self.tr("2. Preview: what each row will do (nothing is written yet)"))
        layout = QVBoxLayout(box)
        top = QHBoxLayout()
        self.summary_label = QLabel(self.tr("Choose a file to see what it would do."))
        self.summary_label.setWordWrap(True)
        top.addWidget(self.summary_label, 1)
        self.show_combo = QComboBox()
        for mode, label in (("all", self.tr("All rows")), ("problems", self.tr("Rows with errors or notes")),
                            ("error", self.tr("Errors only")), ("create", self.tr("New only")),
                            ("update", self.tr("Updates only")), ("skip", self.tr("Unchanged only"))):
            self.show_combo.addItem(label, mode)
        self.show_combo.currentIndexChanged.connect(
            lambda _: self.preview_filter.set_mode(self.show_combo.currentData()))
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.show_combo)
        layout.addLayout(top)
        self.file_problems = QLabel()
        self.file_problems.setWordWrap(True)
        self.file_problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_problems.hide()
        layout.addWidget(self.file_problems)
        self.preview_model = PreviewModel(self)
        self.preview_filter = PreviewFilter(self)
        self.preview_filter.setSourceModel(self.preview_model)
        self.preview_view = QTableView()
        self.preview_view.setModel(self.preview_filter)
        self.preview_view.verticalHeader().hide()
        self.preview_view.verticalHeader().setDefaultSectionSize(24)
        self.preview_view.setWordWrap(False)
        self.preview_view.setAlternatingRowColors(True)
        self.preview_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.preview_view.horizontalHeader()
        header.setStretchLastSection(True)
        for col, width in ((0, 60), (1, 110), (2, 280)):
            self.preview_view.setColumnWidth(col, width)
        layout.addWidget(self.preview_view, 1)
        self.preview_view.selectionModel().currentRowChanged.connect(self._show_row)
        self.row_details = QLabel()
        self.row_details.setWordWrap(True)
        self.row_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.row_details.setMinimumHeight(self.fontMetrics().height() * 3)
        self.row_details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.row_details)
        return box

    def _show_row(self, current, _previous=None) -> None:
        """All problems of the selected row, in full: the table cell shows only what fits."""
        source = self.preview_filter.mapToSource(current)
        if self.preview_model.plan is None or not source.isValid():
            self.row_details.clear()
            return
        row = self.preview_model.plan.rows[source.row()]
        lines = [import_report.row_line(row)] + ["   • " + t for t in import_report.details(row)]
        self.row_details.setText("\n".join(lines))
        self.row_details.setStyleSheet(ERROR_STYLE if row.errors else "")

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
        self.preview_model.set_plan(None)
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
        self.file_problems.hide()
        self.worker.submit(job)
        self._update_state()

    def _stop(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.status_label.clear()
        self._update_state()

    def _on_progress(self, done: int, total: int) -> None:
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
            self.summary_label.setText(self.tr("Imported: %1.").replace("%1", import_report.summary(result)))
            self.summary_label.setStyleSheet(OK_STYLE)
            self.preview_model.set_plan(result)
            self.ctx.notify(TABLES[result.kind], 0)
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
        self.file_problems.setText(text)
        self.file_problems.setStyleSheet(ERROR_STYLE)
        self.file_problems.show()
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
        self.summary_label.setText(self.tr("The mapping changed: check the file again."))

    def _set_plan(self, plan) -> None:
        self.plan = plan
        self.preview_model.set_plan(plan)
        self.summary_label.setStyleSheet("")
        if plan is None:
            self.summary_label.setText(self.tr("Check the file to see what it would do."))
            self.file_problems.hide()
            self.row_details.clear()
        else:
            self._show_plan(plan)
        self._update_state()

    def _show_plan(self, plan) -> None:
        counts = plan.counts()
        if plan.ok:
            text = self.tr("The file can be imported: %1.").replace("%1", import_report.summary(plan))
            self.summary_label.setStyleSheet(OK_STYLE)
        else:
            text = self.tr("The file cannot be imported as it is: %1. Correct the file or the mapping and "
                           "check again; nothing is written.").replace("%1", import_report.summary(plan))
            self.summary_label.setStyleSheet(ERROR_STYLE)
        self.summary_label.setText(text)
        lines = [import_report.problem(p) for p in plan.errors] + [import_report.problem(p) for p in plan.notes]
        self.file_problems.setText("\n".join(lines))
        self.file_problems.setStyleSheet(ERROR_STYLE if plan.errors else "")
        self.file_problems.setVisible(bool(lines))
        if counts["error"] and self.show_combo.currentData() == "all":
            self.show_combo.setCurrentIndex(self.show_combo.findData("problems"))
        first = next((i for i, r in enumerate(plan.rows) if r.errors), 0)  # show the first error in full
        index = self.preview_filter.mapFromSource(self.preview_model.index(first, 0)) if plan.rows else None
        if index is not None and index.isValid():
            self.preview_view.setCurrentIndex(index)
            self.preview_view.scrollTo(index)

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

"""The import dialog's preview: the verdict on the file, each row's fate, and one row's problems in full."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QGroupBox, QHBoxLayout, QLabel, QTableView, QVBoxLayout

from db.importing import Plan
from ui.services import import_report
from ui.models.import_models import PreviewFilter, PreviewModel

ERROR_STYLE = "color: #b03a2e;"
OK_STYLE = "color: #1e7d32;"


class PreviewPanel(QGroupBox):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._preview_title()
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary_label = QLabel(self.tr("Choose a file to see what it would do."))
        self.summary_label.setWordWrap(True)
        top.addWidget(self.summary_label, 1)
        self.show_combo = QComboBox()
        for mode, label in (("all", self.tr("All rows")), ("problems", self.tr("Rows with errors or notes")),
                            ("error", self.tr("Errors only")), ("create", self.tr("New only")),
                            ("update", self.tr("Updates only")), ("skip", self.tr("Unchanged only"))):
            self.show_combo.addItem(label, mode)
        self.show_combo.currentIndexChanged.connect(lambda _: self.filter.set_mode(self.show_combo.currentData()))
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.show_combo)
        layout.addLayout(top)
        self.file_problems = self._label()
        self.file_problems.hide()
        layout.addWidget(self.file_problems)
        layout.addWidget(self._build_table(), 1)
        self.row_details = self._label()
        self.row_details.setMinimumHeight(self.fontMetrics().height() * 3)
        self.row_details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.row_details)

    def _preview_title(self) -> None:
        self.setTitle(self.tr("2. Preview: what each row will do (nothing is written yet)"))

    @staticmethod
    def _label() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _build_table(self) -> QTableView:
        self.model = PreviewModel(self)
        self.filter = PreviewFilter(self)
        self.filter.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.filter)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        for col, width in ((0, 60), (1, 110), (2, 280)):
            self.view.setColumnWidth(col, width)
        self.view.selectionModel().currentRowChanged.connect(self._show_row)
        return self.view

    # ---- what the dialog calls ----------------------------------------------------------------
    def set_summary(self, text: str, style: str = "") -> None:
        self.summary_label.setText(text)
        self.summary_label.setStyleSheet(style)

    def show_problem(self, text: str) -> None:
        self.file_problems.setText(text)
        self.file_problems.setStyleSheet(ERROR_STYLE)
        self.file_problems.show()

    def clear(self, text: str | None = None) -> None:
        self._preview_title()
        self.model.set_plan(None)
        self.set_summary(text or self.tr("Check the file to see what it would do."))
        self.file_problems.hide()
        self.row_details.clear()

    def show_plan(self, plan: Plan) -> None:
        self._preview_title()
        self.model.set_plan(plan)
        summary = import_report.summary(plan)
        if plan.ok:
            self.set_summary(self.tr("The file can be imported: %1.").replace("%1", summary), OK_STYLE)
        else:
            self.set_summary(self.tr("The file cannot be imported as it is: %1. Correct the file or the mapping and "
                                     "check again; nothing is written.").replace("%1", summary), ERROR_STYLE)
        lines = [import_report.problem(p) for p in plan.errors] + [import_report.problem(p) for p in plan.notes]
        self.file_problems.setText("\n".join(lines))
        self.file_problems.setStyleSheet(ERROR_STYLE if plan.errors else "")
        self.file_problems.setVisible(bool(lines))
        if plan.counts()["error"] and self.show_combo.currentData() == "all":
            self.show_combo.setCurrentIndex(self.show_combo.findData("problems"))  # the rows to correct first
        first = next((i for i, r in enumerate(plan.rows) if r.errors), 0)
        index = self.filter.mapFromSource(self.model.index(first, 0)) if plan.rows else None
        if index is not None and index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def show_result(self, plan: Plan) -> None:
        self.setTitle(self.tr("2. Result: what each row did (written to Jobbro)"))
        self.model.set_plan(plan)
        self.set_summary(self.tr("Imported: %1.").replace("%1", import_report.summary(plan)), OK_STYLE)

    def _show_row(self, current, _previous=None) -> None:
        """All problems of the selected row, in full: the table cell shows only what fits."""
        source = self.filter.mapToSource(current)
        if self.model.plan is None or not source.isValid():
            self.row_details.clear()
            return
        row = self.model.plan.rows[source.row()]
        lines = [import_report.row_line(row)] + ["   • " + t for t in import_report.details(row)]
        self.row_details.setText("\n".join(lines))
        self.row_details.setStyleSheet(ERROR_STYLE if row.errors else "")

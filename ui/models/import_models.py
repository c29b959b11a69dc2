"""Models behind the import dialog: the column mapping the consultant corrects, and the per-row preview."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from db.importing import Mapping, Plan, columns
from db.importing.cells import text
from ui.services import import_report

ACTION_COLOURS = {"create": "#1e7d32", "update": "#1f5fa8", "skip": "#6b6b6b", "error": "#b03a2e"}
EXAMPLE_ROWS = 20


class MappingModel(QAbstractTableModel):
    """One row per file column: its heading, an example value and the field it feeds (editable)."""

    changed = Signal()
    FIELD = 2

    def __init__(self, parent=None):
        super().__init__(parent)
        self.mapping: Mapping | None = None
        self._examples: list[str] = []

    def set_mapping(self, mapping: Mapping, rows: list[list]) -> None:
        self.beginResetModel()
        self.mapping = mapping
        self._examples = [next((text(r[i]) for r in rows[:EXAMPLE_ROWS] if i < len(r) and text(r[i])), "")
                          for i in range(len(mapping.headers))]
        self.endResetModel()

    def choices(self) -> list[tuple[str, str]]:
        """(field key or "", label) for the combo: required fields are starred."""
        if self.mapping is None:
            return []
        out = [("", self.tr("— not imported —"))]
        for f in columns.fields(self.mapping.kind):
            out.append((f.key, f"{f.header} *" if f.required else f.header))
        return out

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.mapping is None else len(self.mapping.headers)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Column in the file"), self.tr("Example"), self.tr("Imported as"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.mapping is None:
            return None
        row, col = index.row(), index.column()
        key = self.mapping.fields[row]
        if role == Qt.ItemDataRole.EditRole and col == self.FIELD:
            return key or ""
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return f"{columns.column_letter(row)}  {self.mapping.headers[row]}"
            if col == 1:
                return self._examples[row]
            return dict(self.choices()).get(key or "", "")
        if role == Qt.ItemDataRole.ForegroundRole and col == 0 and not key:
            return QBrush(QColor("#6b6b6b"))
        return None

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == self.FIELD else base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.FIELD or self.mapping is None:
            return False
        key = value or None
        if self.mapping.fields[index.row()] == key:
            return False
        self.mapping.fields[index.row()] = key
        self.dataChanged.emit(self.index(index.row(), 0), index)
        self.changed.emit()
        return True


class FieldDelegate(QStyledItemDelegate):
    """A combo of the kind's fields, shown in every row of the mapping (persistent editors)."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for key, label in index.model().choices():
            combo.addItem(label, key)
        combo.currentIndexChanged.connect(lambda _=0, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QComboBox, index) -> None:
        editor.blockSignals(True)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole) or ""), 0))
        editor.blockSignals(False)

    def setModelData(self, editor: QComboBox, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PreviewModel(QAbstractTableModel):
    """The plan's rows: row number, action, which record, and the problems found."""

    ACTION = 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plan: Plan | None = None

    def set_plan(self, plan: Plan | None) -> None:
        self.beginResetModel()
        self.plan = plan
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.plan is None else len(self.plan.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Row"), self.tr("What happens"), self.tr("Record"), self.tr("Why / problems"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.plan is None:
            return None
        row = self.plan.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return str(row.row)
            if col == 1:
                return import_report.actions()[row.action]
            if col == 2:
                return row.label
            return "  •  ".join(import_report.details(row)) or self._reason(row)
        if role == Qt.ItemDataRole.ToolTipRole and col == 3:
            return "\n".join(import_report.details(row)) or None
        if role == Qt.ItemDataRole.ForegroundRole and col in (1, 3):
            return QBrush(QColor(ACTION_COLOURS[row.action if col == 1 or row.errors else "skip"]))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _reason(self, row) -> str:
        if row.action == "skip":
            return self.tr("Jobbro already holds the same")
        if row.action == "update":
            return self.tr("Changes: %1").replace("%1", ", ".join(import_report.changed_columns(self.plan.kind, row)))
        return ""


class PreviewFilter(QSortFilterProxyModel):
    """Show all rows, only those with problems, or one action."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.mode = "all"

    def set_mode(self, mode: str) -> None:
        if not hasattr(self, "beginFilterChange"):  # before Qt 6.9
            self.mode = mode
            self.invalidateFilter()
            return
        self.beginFilterChange()  # invalidateFilter() is deprecated from Qt 6.9
        self.mode = mode
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        plan = self.sourceModel().plan
        if plan is None or self.mode == "all":
            return True
        row = plan.rows[source_row]
        if self.mode == "problems":
            return bool(row.errors or row.notes)
        return row.action == self.mode

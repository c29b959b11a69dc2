"""The shortlist's table models and column sizing, shared by the panel and the history tabs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableView

from ui import labels
from ui.models.list_model import ListModel
from ui.models.table_model import Column

# Subtle tints for the status cell; final statuses grey the whole row's text.
STATUS_BACKGROUND = {"sent": "#e8f1fb", "interview": "#fdf3d8", "hired": "#e3f3e6", "rejected": "#f9e7e5"}
STATUS_FOREGROUND = {"rejected": "#8e1b10", "hired": "#1e6b34"}
CLOSED_TEXT = "#7a7a7a"
NO_CONSENT_TEXT = "#a04000"

NOTICE_STYLES = {
    "error": "QLabel { background: #fdecea; color: #8e1b10; border: 1px solid #e6b0aa; border-radius: 4px;"
             " padding: 6px; }",
    "info": "QLabel { background: #eaf2fb; color: #1b3f66; border: 1px solid #b5cde8; border-radius: 4px;"
            " padding: 6px; }",
}


def status_labels() -> dict[str, str]:
    """Status code -> label (ui.labels owns them)."""
    return labels.shortlist_status()


# (min, max) width per column while fitting to contents; the note column takes the rest.
COLUMN_LIMITS = {0: (30, 50), 1: (120, 200), 2: (78, 100), 3: (90, 180), 4: (80, 100), 5: (110, 160)}
STEP_LIMITS = {0: (80, 100), 1: (90, 180), 2: (110, 160), 3: (60, 140)}


def fit_columns(table: QTableView, limits: dict[int, tuple[int, int]]) -> None:
    """Size columns to their header and rows within limits, so headers and short values are not cut."""
    for column, (low, high) in limits.items():
        if column < table.model().columnCount():
            table.resizeColumnToContents(column)
            table.setColumnWidth(column, max(low, min(high, table.columnWidth(column))))


def first_line(text: str | None) -> str:
    lines = (text or "").strip().splitlines()
    if not lines:
        return ""
    return lines[0] + (" …" if len(lines) > 1 else "")


class EntriesModel(ListModel):
    """The list's rows with a tinted status cell, grey text for closed entries and consent in words."""

    def __init__(self, columns: list[Column], parent=None):
        super().__init__(columns, parent)
        self._keys = [c.key for c in columns]

    def rows(self) -> list[dict]:
        return list(self._rows)

    def key_at(self, column: int) -> str:
        return self._keys[column]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        row = self.row_dict(index.row())
        key = self._keys[index.column()]
        closed = row["status"] in ("rejected", "withdrawn")
        if role == Qt.ItemDataRole.BackgroundRole and key == "status" and row["status"] in STATUS_BACKGROUND:
            return QBrush(QColor(STATUS_BACKGROUND[row["status"]]))
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "status" and row["status"] in STATUS_FOREGROUND:
                return QBrush(QColor(STATUS_FOREGROUND[row["status"]]))
            if closed:
                return QBrush(QColor(CLOSED_TEXT))
            if key == "consent_valid" and not row.get("consent_valid"):
                return QBrush(QColor(NO_CONSENT_TEXT))
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "position":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "note":
                return row.get("note") or None
            if key == "consent_valid":
                return self._consent_tip(row)
        return super().data(index, role)

    def _consent_tip(self, row: dict) -> str:
        if row.get("consent_date") and not row.get("consent_valid"):
            return QCoreApplication.translate(
                "ShortlistPanel", "Consent expired %1: the company may only see this candidate anonymously.").replace(
                "%1", labels.date(row.get("consent_until")))
        if row.get("consent_date"):
            scope = labels.consent_scope().get(row.get("consent_scope"), "")
            text = QCoreApplication.translate("ShortlistPanel", "Consent given %1.").replace(
                "%1", labels.date(row["consent_date"]))
            return f"{text} {scope}".strip()
        return QCoreApplication.translate(
            "ShortlistPanel", "No consent: the company may only see this candidate anonymously.")

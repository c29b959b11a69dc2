"""A ranking as a table: rank, score bar, who or what, the top reasons, and whether it is on the shortlist."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from matching.model import Match
from ui.services import match_text

SCORE_ROLE = Qt.ItemDataRole.UserRole + 10
BAR_COLOUR = QColor("#3a7bd5")
EXCLUDED_BAR = QColor("#c0c0c0")
EXCLUDED_TEXT = QColor("#8a8a8a")


class MatchRow:
    """One ranked entry with the names the table shows (looked up once, when the ranking arrives)."""

    __slots__ = ("match", "other_id", "name", "detail", "_short", "_km")

    def __init__(self, match: Match, other_id: int, name: str, detail: str):
        self.match, self.other_id, self.name, self.detail = match, other_id, name, detail
        self._short: str | None = None
        self._km: str | None = None

    @property
    def km(self) -> str:
        if self._km is None:
            self._km = match_text.distance(self.match)
        return self._km

    @property
    def short(self) -> str:
        if self._short is None:  # the reasons are worked out only for rows someone looks at
            self._short = match_text.short_reasons(self.match)
        return self._short


class MatchModel(QAbstractTableModel):
    COLUMNS = ("rank", "score", "name", "km", "reasons")

    def __init__(self, headers: dict[str, str], parent=None):
        super().__init__(parent)
        self.headers = headers
        self.rows: list[MatchRow] = []
        self.listed: set[int] = set()  # other-side ids already on the shortlist: marked with an icon
        self.listed_text = ""
        self.listed_icon = None

    def set_rows(self, rows: list[MatchRow], listed: set[int] | None = None) -> None:
        self.beginResetModel()
        self.rows = rows
        self.listed = listed or set()
        self.endResetModel()

    def set_listed(self, listed: set[int]) -> None:
        self.listed = listed
        if self.rows:
            column = self.COLUMNS.index("name")
            self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column))

    def row_of(self, other_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.other_id == other_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers.get(self.COLUMNS[section], "")
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "rank":
                return "–" if row.match.excluded else str(index.row() + 1)
            if key == "score":
                return f"{row.match.score:.1f}".replace(".", match_text.decimal())
            return {"name": row.name, "reasons": row.short, "km": row.km}[key]
        if role == SCORE_ROLE:
            return row.match.score, row.match.excluded
        if role == Qt.ItemDataRole.DecorationRole and key == "name" and row.other_id in self.listed:
            return self.listed_icon
        if role == Qt.ItemDataRole.ToolTipRole and key in ("reasons", "name"):
            if key == "reasons":
                return row.short
            return "\n".join([row.name, row.detail] + ([self.listed_text] if row.other_id in self.listed else []))
        if role == Qt.ItemDataRole.ForegroundRole and row.match.excluded:
            return QBrush(EXCLUDED_TEXT)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("rank", "km"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ScoreBarDelegate(QStyledItemDelegate):
    """The score as a bar (out of 100) with its number, so the gaps between candidates are seen at a glance."""

    def paint(self, painter: QPainter, option, index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text = option.text
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        score, excluded = index.data(SCORE_ROLE)
        painter.save()
        rect = QRectF(option.rect).adjusted(4, 5, -40, -5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e6e6e6"))
        painter.drawRoundedRect(rect, 3, 3)
        filled = QRectF(rect)
        filled.setWidth(rect.width() * max(0.0, min(score, 100.0)) / 100.0)
        painter.setBrush(EXCLUDED_BAR if excluded else BAR_COLOUR)
        painter.drawRoundedRect(filled, 3, 3)
        painter.setPen(option.palette.color(option.palette.ColorRole.HighlightedText)
                       if option.state & QStyle.StateFlag.State_Selected else option.palette.color(
                           option.palette.ColorRole.Text))
        number = QRectF(option.rect).adjusted(0, 0, -4, 0)
        painter.drawText(number, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
        painter.restore()

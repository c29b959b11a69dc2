"""A lazy table model over a db listing: it holds the ordered ids and fetches rows in blocks on demand."""

from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from db.store import Store
from db import listing as db_listing
from db.listing import Listing

BLOCK = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column:
    key: str
    header: Callable[[], str]
    format: Callable[[object], str] = lambda v: "" if v is None else str(v)
    align_right: bool = False


class LazyTableModel(QAbstractTableModel):
    """Rows are the ids of a listing query; cells come from a block cache filled when first shown."""

    def __init__(self, db: Store, listing: Listing, columns: list[Column], parent=None):
        super().__init__(parent)
        self._db = db
        self._listing = listing
        self._columns = columns
        self._ids: list[int] = []
        self._cache: dict[int, dict] = {}
        self._text = ""
        self._filters: dict = {}
        self._order: str | None = None
        self._descending = False

    # -- querying --------------------------------------------------------------------------
    def set_query(self, *, text: str | None = None, filters: dict | None = None, refresh: bool = True) -> None:
        """A new search text and/or filters; refresh=False only remembers them (for the first load)."""
        if text is not None:
            self._text = text
        if filters is not None:
            self._filters = dict(filters)
        if refresh:
            self.refresh()

    def refresh(self) -> None:
        """Re-run the listing query (after a search, a filter change or a write)."""
        self.beginResetModel()
        self._ids = db_listing.ids(self._db, self._listing, text=self._text, filters=self._filters,
                                   order=self._order, descending=self._descending)
        self._cache.clear()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._columns[column].key if 0 <= column < len(self._columns) else None
        if key is None and self._order is None:
            return  # already in the listing's own order
        self._order = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        old_ids = self._ids
        self._ids = db_listing.ids(self._db, self._listing, text=self._text, filters=self._filters,
                                   order=self._order, descending=self._descending)
        new = {i: row for row, i in enumerate(self._ids)}
        moves_from, moves_to = [], []
        for index in self.persistentIndexList():
            record = old_ids[index.row()] if index.row() < len(old_ids) else None
            if record in new:
                moves_from.append(index)
                moves_to.append(self.index(new[record], index.column()))
        self.changePersistentIndexList(moves_from, moves_to)
        self.layoutChanged.emit()

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def record(self, row: int) -> dict:
        record_id = self._ids[row]
        if record_id not in self._cache:
            start = (row // BLOCK) * BLOCK
            block = self._ids[start:start + BLOCK]
            self._cache.update(db_listing.rows(self._db, self._listing, block))
        return self._cache.get(record_id, {})

    def ids(self) -> list[int]:
        return list(self._ids)

    def columns(self) -> list[Column]:
        return list(self._columns)

    # -- Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.format(self.record(index.row()).get(column.key))
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role == SORT_ROLE:
            return self.record(index.row()).get(column.key)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header()
        return None

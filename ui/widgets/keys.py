"""Keyboard paths between a search line and its result table, as in Outlook-like lists.

Tab and Shift+Tab leave a table (arrows move inside it); Down or Enter in the search line moves into
the results; Enter in the table opens the selected row; Escape in the table goes back to the search line.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLineEdit, QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def leave_by_tab(table: QAbstractItemView) -> None:
    """Tab moves to the next widget instead of walking from cell to cell forever."""
    table.setTabKeyNavigation(False)


class SearchKeys(QObject):
    """Joins a search line to its table; `on_open(row)` runs when Enter is pressed on a row."""

    def __init__(self, search: QLineEdit | None, table: QAbstractItemView,
                 on_open: Callable[[int], None] | None = None):
        super().__init__(table)
        self.search = search
        self.table = table
        self.on_open = on_open
        leave_by_tab(table)
        table.installEventFilter(self)
        if search is not None:
            search.installEventFilter(self)

    def into_results(self) -> bool:
        model = self.table.model()
        if model is None or model.rowCount() == 0:
            return False
        row = max(self.table.currentIndex().row(), 0)
        self.table.setFocus(Qt.FocusReason.TabFocusReason)
        self.table.selectRow(row)
        self.table.setCurrentIndex(model.index(row, 0))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key = event.key()
        if watched is self.search and (key == Qt.Key.Key_Down or key in _ENTER):
            return self.into_results()
        if watched is self.table:
            if key in _ENTER and self.table.currentIndex().isValid() and self.on_open is not None:
                self.on_open(self.table.currentIndex().row())
                return True
            if key == Qt.Key.Key_Escape and self.search is not None:
                self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
                self.search.selectAll()
                return True
        return False


def shortcut(owner: QWidget, key: str, button: QAbstractButton) -> QShortcut:
    """`key` presses `button` (when it is enabled) while the keyboard is anywhere inside `owner`, and the
    button's tooltip names the key. A QShortcut of its own: QPushButton.setText resets a button's shortcut."""
    sequence = QKeySequence(key)
    button.setProperty("shortcut_text", sequence.toString(QKeySequence.SequenceFormat.NativeText))
    set_tip(button, button.toolTip())
    return QShortcut(sequence, owner, lambda: button.isEnabled() and button.isVisibleTo(owner) and button.click(),
                     context=Qt.ShortcutContext.WidgetWithChildrenShortcut)


def set_tip(button: QAbstractButton, text: str) -> None:
    """A tooltip that still names the button's shortcut (see `shortcut`) when the text changes."""
    key = button.property("shortcut_text")
    button.setToolTip(f"{text} ({key})" if key and text else text or key or "")


def counted_label(name: str, n: int) -> str:
    """A tab's label with what it holds: "Behov (3)"; just the name when it holds nothing, so that the
    tabs of a busy record still fit beside the list on a 1024 px screen."""
    return f"{name} ({n})" if n else name

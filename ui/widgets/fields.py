"""Form fields: each wraps one widget and converts between it and the raw value the store validates."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QEvent, Qt, Signal
from PySide6.QtWidgets import (QCalendarWidget, QCheckBox, QComboBox, QCompleter, QDateTimeEdit, QHBoxLayout,
                               QLineEdit, QPlainTextEdit, QToolButton, QVBoxLayout, QWidget, QMenu, QWidgetAction)

from ui import labels
from ui.widgets.flow import FlowLayout

ERROR_STYLE = "border: 1px solid #c0392b; background: #fdecea;"


class Field(QWidget):
    """Base: a widget with an error mark; subclasses add value() and set_value()."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._editor: QWidget | None = None

    def _set_editor(self, editor: QWidget) -> None:
        self._editor = editor
        self._layout.addWidget(editor)

    def editor(self) -> QWidget:
        return self._editor

    def mark_error(self, text: str | None) -> None:
        target = self._editor or self
        target.setStyleSheet(ERROR_STYLE if text else "")
        target.setToolTip(text or "")



class TextLine(Field):
    def __init__(self, placeholder: str = "", parent=None):
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.textEdited.connect(self.changed)
        self._set_editor(self.edit)

    def value(self):
        return self.edit.text().strip()

    def set_value(self, value) -> None:
        self.edit.setText("" if value is None else str(value))


class NumberLine(TextLine):
    """A number shown Danish-style (decimal comma); the store validates the range."""

    def set_value(self, value) -> None:
        self.edit.setText(labels.hours(value) if isinstance(value, float) else ("" if value is None else str(value)))


class TextArea(Field):
    def __init__(self, placeholder: str = "", parent=None):
        super().__init__(parent)
        self.edit = QPlainTextEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(60)
        self.edit.textChanged.connect(self.changed)
        self._set_editor(self.edit)

    def value(self):
        return self.edit.toPlainText().strip()

    def set_value(self, value) -> None:
        self.edit.setPlainText(value or "")


class Choice(Field):
    """A drop-down list. `searchable` (long lists such as companies): typing any part of an entry's name
    offers the entries that contain it (Down and Enter take one); a plain list would open its popup at the
    first space typed and only find entries by their first letters."""

    def __init__(self, options: list[tuple[object, str]], *, empty: str | None = "", searchable: bool = False,
                 parent=None):
        super().__init__(parent)
        self.combo = QComboBox()
        # Long entries (company names, DB07 titles) must not widen the whole form.
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(12)
        self._empty = empty is not None
        self._searchable = searchable
        if searchable:
            self._make_searchable()
        self.set_options(options, empty)
        self.combo.currentIndexChanged.connect(self.changed)
        self._set_editor(self.combo)

    def _make_searchable(self) -> None:
        combo = self.combo
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # typing never adds an entry
        completer = combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.lineEdit().editingFinished.connect(self._settle)
        # "no choice" is an empty line showing its text as a hint, so typing starts a search at once
        combo.currentIndexChanged.connect(lambda _i: self._show_choice())

    def _show_choice(self) -> None:
        if self._searchable:
            index = self.combo.currentIndex()
            self.combo.setEditText("" if self.combo.itemData(index) is None else self.combo.itemText(index))

    def _settle(self) -> None:
        """Leaving the line: a text naming an entry chooses it; any other text goes back to the chosen entry."""
        text = self.combo.currentText().strip()
        index = self.combo.findText(text, Qt.MatchFlag.MatchFixedString) if text else -1
        self.combo.setCurrentIndex(index if index >= 0 else self.combo.currentIndex())
        self._show_choice()

    def set_options(self, options, empty: str | None = "") -> None:
        current = self.value() if self.combo.count() else None
        self.combo.blockSignals(True)
        self.combo.clear()
        if empty is not None:
            self.combo.addItem(empty or "—", None)
            if self._searchable:
                self.combo.lineEdit().setPlaceholderText(empty or "")
        for value, text in options:
            self.combo.addItem(text, value)
        self.combo.blockSignals(False)
        if current is not None:
            self.set_value(current)
        self._show_choice()

    def value(self):
        return self.combo.currentData()

    def set_value(self, value) -> None:
        index = self.combo.findData(value)
        self.combo.setCurrentIndex(max(index, 0))
        self._show_choice()


class Check(Field):
    def __init__(self, text: str = "", parent=None):
        super().__init__(parent)
        self.box = QCheckBox(text)
        self.box.toggled.connect(self.changed)
        self._set_editor(self.box)

    def value(self):
        return self.box.isChecked()

    def set_value(self, value) -> None:
        self.box.setChecked(bool(value))


class DateLine(Field):
    """A date typed as dd-mm-yyyy (or picked from a calendar); empty means no date."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(labels.date_hint())
        self.edit.textEdited.connect(self.changed)
        self._set_editor(self.edit)
        button = QToolButton()
        button.setText("…")
        button.setToolTip(self.tr("Pick a date"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.calendar.clicked.connect(lambda d: (self._pick(d), menu.close()))
        button.setMenu(menu)
        # One Tab stop per date: the calendar button is for the mouse; Alt+Down or F4 opens it from the keyboard.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setToolTip(self.tr("Pick a date") + " (Alt+↓)")
        self.button = button
        self.edit.installEventFilter(self)
        self._layout.addWidget(button)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and (
                event.key() == Qt.Key.Key_F4 or (event.key() == Qt.Key.Key_Down
                                                  and event.modifiers() & Qt.KeyboardModifier.AltModifier)):
            self.button.showMenu()
            return True
        return super().eventFilter(watched, event)

    def _pick(self, day: QDate) -> None:
        self.edit.setText(labels.date(day.toString("yyyy-MM-dd")))
        self.changed.emit()

    def value(self):
        return self.edit.text().strip()

    def set_value(self, value) -> None:
        self.edit.setText(labels.date(value))
        if value:
            self.calendar.setSelectedDate(labels.qdate(value))


class _OneStopDateTimeEdit(QDateTimeEdit):
    """Tab leaves the field instead of walking its day, month, year, hour and minute (arrows do that)."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)


class DateTimeLine(Field):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit = _OneStopDateTimeEdit(QDateTime.currentDateTime())
        self.edit.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.edit.setCalendarPopup(True)
        self.edit.dateTimeChanged.connect(self.changed)
        self._set_editor(self.edit)

    def value(self):
        return self.edit.dateTime().toString("yyyy-MM-ddTHH:mm")

    def set_value(self, value) -> None:
        if value:
            self.edit.setDateTime(QDateTime.fromString(value[:16], "yyyy-MM-ddTHH:mm"))
        else:
            self.edit.setDateTime(QDateTime.currentDateTime())


class CodeChecks(Field):
    """A set of codes shown as check boxes that wrap to the width available."""

    def __init__(self, options: list[tuple[str, str]], columns: int = 0, parent=None):
        super().__init__(parent)
        box = QWidget()
        self._flow = FlowLayout(box, spacing=14)
        self.boxes: dict[str, QCheckBox] = {}
        self.set_options(options)
        self._set_editor(box)

    def set_options(self, options: list[tuple[str, str]]) -> None:
        """Offer these codes (a reference list was edited); what is ticked stays ticked."""
        chosen = set(self.value())
        for check in self.boxes.values():
            self._flow.removeWidget(check)
            check.deleteLater()
        self.boxes = {}
        for code, text in options:
            check = QCheckBox(text)
            check.setChecked(code in chosen)
            check.toggled.connect(self.changed)
            self.boxes[code] = check
            self._flow.addWidget(check)
            check.installEventFilter(self)
        self._roving_stop(next(iter(self.boxes.values()), None))

    # One Tab stop for the whole set (arrows move between the boxes, Space ticks), so a long list of
    # measures or demands does not stand between a newcomer and the fields after it.
    def _roving_stop(self, stop: QCheckBox | None) -> None:
        for check in self.boxes.values():
            check.setFocusPolicy(Qt.FocusPolicy.StrongFocus if check is stop else Qt.FocusPolicy.ClickFocus)
        if stop is not None:
            self.editor_box().setFocusProxy(stop)

    def editor_box(self) -> QWidget:
        return self._flow.parentWidget()

    def eventFilter(self, watched, event) -> bool:
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}
        if event.type() == QEvent.Type.FocusIn and watched in self.boxes.values():
            self._roving_stop(watched)
        elif event.type() == QEvent.Type.KeyPress and event.key() in steps and watched in self.boxes.values():
            checks = list(self.boxes.values())
            index = checks.index(watched) + steps[event.key()]
            if 0 <= index < len(checks):
                checks[index].setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    def value(self):
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value) -> None:
        chosen = set(value or ())
        for code, box in self.boxes.items():
            box.setChecked(code in chosen)


def stacked(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        layout.addWidget(w)
    return holder


ALIGN_TOP = Qt.AlignmentFlag.AlignTop

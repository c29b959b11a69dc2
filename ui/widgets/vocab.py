"""Vocabulary fields: occupations and skills picked by type-ahead; free text is kept and marked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QCompleter, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from matching.isco_groups import group_code
from ui.widgets.fields import Field

# A suggestion source: text typed -> [(id, shown text)] best first (ui.services.vocab_index gives a ranked
# search); the default is a case-insensitive substring match over the labels.
Suggest = Callable[[str], list[tuple[int, str]]]
# Names the consultant may type instead of the label ("truckchauffør" for "Truckfører"): text -> id.
Lookup = Callable[[str], "int | None"]

ID_ROLE = Qt.ItemDataRole.UserRole
INSERT_ROLE = Qt.ItemDataRole.UserRole + 1  # the plain label a chosen suggestion puts in the line
MAX_SUGGESTIONS = 12


class Vocabulary:
    """Labels of one vocabulary (occupations or skills) with lookups by id and by exact label."""

    def __init__(self, entries: list[tuple[int, str]], suggest: Suggest | None = None,
                 lookup: Lookup | None = None, prepare: Callable[[], None] | None = None):
        self.update(entries, suggest, lookup, prepare)

    def update(self, entries: list[tuple[int, str]], suggest: Suggest | None = None,
               lookup: Lookup | None = None, prepare: Callable[[], None] | None = None) -> None:
        """New contents in place (after an import), so the fields that hold this object see them."""
        self.entries = entries
        self.prepare = prepare or (lambda: None)  # called when a field is entered: get the search ready
        self.by_id = dict(entries)
        self.by_label: dict[str, int] = {}
        for i, label in entries:  # the first entry with a label wins: callers put their own ones first
            self.by_label.setdefault(label.casefold(), i)
        self._suggest = suggest
        self._lookup = lookup

    def resolve(self, text: str) -> int | str:
        """The id of an exactly matching label or name, else the text itself (kept as free text)."""
        text = text.strip()
        found = self.by_label.get(text.casefold())
        if found is None and text and self._lookup is not None:
            found = self._lookup(text)
        return text if found is None else found

    def suggest(self, text: str) -> list[tuple[int, str]]:
        if self._suggest is not None:
            return self._suggest(text)[:MAX_SUGGESTIONS]
        needle = text.strip().casefold()
        return [(i, label) for i, label in self.entries if needle and needle in label.casefold()][:MAX_SUGGESTIONS]

    def label(self, ref) -> str:
        return self.by_id.get(ref, str(ref)) if not isinstance(ref, str) else ref

    def labels(self) -> list[str]:
        return [label for _, label in self.entries]


def group_tip(ref, text: str) -> str:
    """The tooltip of a chosen ISCO-08 group (the whole name, and what choosing a group means); "" else."""
    code = group_code(ref)
    if code is None:
        return ""
    return QCoreApplication.translate(
        "Vocabulary", "{name}\nAn ISCO-08 occupational group: every occupation in it fits, and related groups "
                      "count less.").format(name=text, code=code)


class TypeAhead(QObject):
    """A completer whose list is refilled from the vocabulary's ranked suggestions at every keystroke."""

    def __init__(self, edit: QLineEdit, vocabulary: Vocabulary, chosen: Callable[[int], None]):
        super().__init__(edit)
        self.edit, self.vocabulary, self._chosen = edit, vocabulary, chosen
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        # the list is ranked already: the completer must show it as it is, not filter it again
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(INSERT_ROLE)
        self.completer.setMaxVisibleItems(MAX_SUGGESTIONS)
        self.completer.setWidget(edit)
        self.completer.activated[QModelIndex].connect(self._activated)
        edit.textEdited.connect(self.refill)
        edit.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.vocabulary.prepare()
        return False

    def refill(self, text: str) -> None:
        self.model.clear()
        for ref, shown in self.vocabulary.suggest(text):
            item = QStandardItem(shown)
            item.setData(ref, ID_ROLE)
            item.setData(self.vocabulary.label(ref), INSERT_ROLE)
            item.setToolTip(shown)
            self.model.appendRow(item)
        # only for the field being typed in: a popup elsewhere would take the keyboard from it
        if self.model.rowCount() and self.edit.hasFocus():
            # as wide as the longest suggestion (within reason), not just as wide as the field
            popup = self.completer.popup()
            width = min(max(self.edit.width(), popup.sizeHintForColumn(0) + 24), 2 * self.edit.width() + 200)
            area = self.edit.rect()
            area.setWidth(width)
            self.completer.complete(area)
            # nothing highlighted: Return keeps the text as typed, Down then Return takes a suggestion
            self.completer.popup().setCurrentIndex(QModelIndex())
        else:
            self.completer.popup().hide()

    def _activated(self, index: QModelIndex) -> None:
        self._chosen(index.data(ID_ROLE))


class VocabLine(Field):
    """One vocabulary entry (e.g. the need's occupation); value() is an id or free text or None."""

    chosen = Signal(int)  # an entry was picked from the suggestions, or typed in full and left

    def __init__(self, vocabulary: Vocabulary, placeholder: str = "", parent=None):
        super().__init__(parent)
        self.vocabulary = vocabulary
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self._chosen: int | None = None
        self.type_ahead = TypeAhead(self.edit, vocabulary, self._choose)
        self.edit.textChanged.connect(self._mark_unknown)
        self.edit.textEdited.connect(self.changed)
        self.edit.editingFinished.connect(self._finished)
        self._set_editor(self.edit)

    def _choose(self, ref: int) -> None:
        # a suggestion names one entry even when another has the same label
        self._chosen = ref
        self.edit.setText(self.vocabulary.label(ref))
        self.edit.setCursorPosition(0)  # a long name shows its start ("Gruppe 1341 · Ledelse …")
        self.changed.emit()
        self.chosen.emit(ref)

    def _finished(self) -> None:
        # focus also leaves when the form is hidden or closed: that is no choice
        if self.type_ahead.completer.popup().isVisible() or not self.edit.isVisible():
            return
        ref = self.value()
        if isinstance(ref, int):
            self.chosen.emit(ref)

    def _mark_unknown(self, text: str) -> None:
        ref = self._resolve(text) if text.strip() else None
        unknown = isinstance(ref, str)
        font = self.edit.font()
        font.setItalic(unknown)
        self.edit.setFont(font)
        self.edit.setToolTip(self.tr("Not in the vocabulary: kept as typed") if unknown else group_tip(ref, text))

    def _resolve(self, text: str):
        if self._chosen is not None and text.strip() == self.vocabulary.label(self._chosen):
            return self._chosen
        return self.vocabulary.resolve(text)

    def value(self):
        text = self.edit.text().strip()
        return self._resolve(text) if text else None

    def set_value(self, value) -> None:
        self._chosen = value if isinstance(value, int) else None
        self.edit.setText("" if value is None else self.vocabulary.label(value))
        self.edit.setCursorPosition(0)


class VocabList(Field):
    """A list of vocabulary entries with an add line; entries not in the vocabulary are shown in italics."""

    def __init__(self, vocabulary: Vocabulary, placeholder: str = "", parent=None):
        super().__init__(parent)
        self.vocabulary = vocabulary
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        row = QHBoxLayout()
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.type_ahead = TypeAhead(self.edit, vocabulary, self._add_chosen)
        self.edit.returnPressed.connect(self._add_typed)
        add = QPushButton(self.tr("Add"))
        add.setAutoDefault(False)
        add.clicked.connect(self._add_typed)
        remove = QPushButton(self.tr("Remove"))
        remove.setAutoDefault(False)
        remove.clicked.connect(self._remove_selected)
        row.addWidget(self.edit, 1)
        row.addWidget(add)
        row.addWidget(remove)
        # Two Tab stops, the line and the list: Enter adds what is typed, Delete removes the selected entries.
        add.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        remove.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        add.setToolTip(self.tr("Add") + " (Enter)")
        remove.setToolTip(self.tr("Remove") + " (Del)")
        self.list = QListWidget()
        self.list.setMaximumHeight(96)
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setSpacing(2)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.installEventFilter(self)
        layout.addLayout(row)
        layout.addWidget(self.list)
        self._set_editor(box)
        box.setFocusProxy(self.edit)

    def eventFilter(self, watched, event) -> bool:
        keyed = event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
        if watched is self.list and keyed and event.key() == Qt.Key.Key_Delete:
            # The list's own Delete (a ShortcutOverride wins over the main window's "Delete record").
            event.accept()
            if event.type() == QEvent.Type.KeyPress:
                self._remove_selected()
            return True
        return super().eventFilter(watched, event)

    def _add_chosen(self, ref: int) -> None:
        self.add(ref)
        self.edit.clear()

    def _add_typed(self) -> None:
        popup = self.type_ahead.completer.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            return  # Return on a highlighted suggestion: the completer adds that one right after
        popup.hide()
        text = self.edit.text().strip()
        if text:
            self.add(self.vocabulary.resolve(text))
            self.edit.clear()

    def add(self, ref) -> None:
        if ref in self.value():
            return
        item = QListWidgetItem(self.vocabulary.label(ref))
        item.setData(Qt.ItemDataRole.UserRole, ref)
        if isinstance(ref, str):
            font = QFont(item.font())
            font.setItalic(True)
            item.setFont(font)
            item.setToolTip(self.tr("Not in the vocabulary: kept as typed"))
        else:
            item.setToolTip(group_tip(ref, item.text()))
        self.list.addItem(item)
        self.changed.emit()

    def _remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()

    def value(self):
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def set_value(self, value) -> None:
        self.list.clear()
        for entry in value or ():
            ref = entry if not isinstance(entry, dict) else (entry["id"] if entry["id"] is not None else entry["label"])
            if ref not in self.value():
                self.add(ref)

"""Vocabulary fields: occupations and skills picked by type-ahead; free text is kept and marked."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QCompleter, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from ui.widgets.fields import Field

# A suggestion source: text typed -> [(id, label)] best first. Issue "Occupations and skills" plugs in
# a ranked search here; the default is a case-insensitive substring match over the labels.
Suggest = Callable[[str], list[tuple[int, str]]]


class Vocabulary:
    """Labels of one vocabulary (occupations or skills) with lookups by id and by exact label."""

    def __init__(self, entries: list[tuple[int, str]], suggest: Suggest | None = None):
        self.entries = entries
        self.by_id = dict(entries)
        self.by_label = {label.casefold(): i for i, label in entries}
        self._suggest = suggest

    def resolve(self, text: str) -> int | str:
        """The id of an exactly matching label, else the text itself (kept as free text)."""
        text = text.strip()
        return self.by_label.get(text.casefold(), text)

    def label(self, ref) -> str:
        return self.by_id.get(ref, str(ref)) if not isinstance(ref, str) else ref

    def labels(self) -> list[str]:
        return [label for _, label in self.entries]


def _completer(vocabulary: Vocabulary, parent) -> QCompleter:
    completer = QCompleter(QStringListModel(vocabulary.labels(), parent), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setMaxVisibleItems(12)
    return completer


class VocabLine(Field):
    """One vocabulary entry (e.g. the need's occupation); value() is an id or free text or None."""

    def __init__(self, vocabulary: Vocabulary, placeholder: str = "", parent=None):
        super().__init__(parent)
        self.vocabulary = vocabulary
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setCompleter(_completer(vocabulary, self))
        self.edit.textChanged.connect(self._mark_unknown)
        self.edit.textEdited.connect(self.changed)
        self._set_editor(self.edit)

    def _mark_unknown(self, text: str) -> None:
        unknown = bool(text.strip()) and isinstance(self.vocabulary.resolve(text), str)
        font = self.edit.font()
        font.setItalic(unknown)
        self.edit.setFont(font)
        self.edit.setToolTip(self.tr("Not in the vocabulary: kept as typed") if unknown else "")

    def value(self):
        text = self.edit.text().strip()
        return self.vocabulary.resolve(text) if text else None

    def set_value(self, value) -> None:
        self.edit.setText("" if value is None else self.vocabulary.label(value))


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
        self.edit.setCompleter(_completer(vocabulary, self))
        self.edit.returnPressed.connect(self._add_typed)
        self.edit.completer().activated.connect(lambda text: (self.add(self.vocabulary.resolve(text)),
                                                              self.edit.clear()))
        add = QPushButton(self.tr("Add"))
        add.setAutoDefault(False)
        add.clicked.connect(self._add_typed)
        remove = QPushButton(self.tr("Remove"))
        remove.setAutoDefault(False)
        remove.clicked.connect(self._remove_selected)
        row.addWidget(self.edit, 1)
        row.addWidget(add)
        row.addWidget(remove)
        self.list = QListWidget()
        self.list.setMaximumHeight(96)
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setSpacing(2)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        layout.addLayout(row)
        layout.addWidget(self.list)
        self._set_editor(box)

    def _add_typed(self) -> None:
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

"""A labelled form of fields that reads and writes plain dicts and shows validation errors per field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFormLayout, QLabel, QScrollArea, QStackedWidget, QTabWidget, QVBoxLayout,
                               QWidget)

from db import validation
from db.errors import ValidationError
from ui import messages
from ui.widgets.fields import Field


class Form(QWidget):
    """Fields keyed by the store's field names; `errors` lists what the store refused, in the user's language."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(_ERROR_STYLE)
        self.banner.hide()
        outer.addWidget(self.banner)
        self.layout_ = QFormLayout()
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setLabelAlignment(self.layout_.labelAlignment())
        outer.addLayout(self.layout_)
        outer.addStretch(1)
        self.fields: dict[str, Field] = {}
        self.labels: dict[str, str] = {}
        self.dirty = False
        self._cpr_warned: tuple = ()

    def section(self, title: str) -> None:
        label = QLabel(f"<b>{title}</b>")
        label.setContentsMargins(0, 8, 0, 2)
        self.layout_.addRow(label)

    def add(self, key: str, label: str, field: Field) -> Field:
        self.fields[key] = field
        self.labels[key] = label
        self.layout_.addRow(label, field)
        field.changed.connect(self._on_changed)
        return field

    def _on_changed(self) -> None:
        self.dirty = True
        self.changed.emit()

    def values(self) -> dict:
        return {key: field.value() for key, field in self.fields.items()}

    def set_values(self, record: dict) -> None:
        for key, field in self.fields.items():
            field.blockSignals(True)
            field.set_value(record.get(key))
            field.blockSignals(False)
        self.clear_errors()
        self.dirty = False

    def clear_errors(self) -> None:
        for field in self.fields.values():
            field.mark_error(None)
        self.banner.hide()

    def show_errors(self, exc: ValidationError, aliases: dict[str, str] | None = None) -> None:
        """Mark each refused field and list the problems, naming the field, at the top of the form."""
        self.clear_errors()
        lines = []
        for error in exc.errors:
            key = (aliases or {}).get(error.field, error.field)
            text = messages.field_error(error)
            if key in self.fields:
                self.fields[key].mark_error(text)
            lines.append(f"<b>{self.labels.get(key, key)}</b>: {_escape(text)}")
        self.banner.setStyleSheet(_ERROR_STYLE)
        self.banner.setText(self.tr("Not saved. Please correct:") + "<br>" + "<br>".join(lines))
        self.banner.show()
        first = next((self.fields[k] for k in ((aliases or {}).get(e.field, e.field) for e in exc.errors)
                      if k in self.fields), None)
        self._reveal(first)

    def cpr_acknowledged(self, values: dict) -> bool:
        """Free text that looks like a CPR number is not saved at the first attempt: the form warns,
        naming the fields, and saving again unchanged keeps it (a date and a case number may look alike)."""
        suspects = [k for k in validation.cpr_fields(values) if k in self.fields]
        seen = tuple((k, values[k]) for k in suspects)
        if not suspects or seen == self._cpr_warned:
            return True
        self._cpr_warned = seen
        self.show_warning(suspects, self.tr(
            "This looks like a CPR number. Jobbro must not hold CPR numbers: remove it, or press Save again if "
            "it is something else."))
        return False

    def show_warning(self, keys: list[str], text: str) -> None:
        """A warning that does not refuse: the fields it is about, named above the form."""
        self.clear_errors()
        names = ", ".join(f"<b>{_escape(self.labels.get(k, k))}</b>" for k in keys)
        self.banner.setStyleSheet(_WARNING_STYLE)
        self.banner.setText(f"{names}: {_escape(text)}")
        self.banner.show()
        first = next((self.fields[k] for k in keys if k in self.fields), None)
        self._reveal(first)

    def _reveal(self, field: Field | None) -> None:
        """The banner and the first field it names come into sight (a long form scrolls), and the field
        takes the keyboard, so a refused save cannot go unnoticed."""
        scroll = self._scroll_area()
        if scroll is not None:
            scroll.ensureWidgetVisible(self.banner)
        if field is None:
            return
        # A field on a tab that is not shown (e.g. a company's other tab) is shown first.
        parent = field.parentWidget()
        while parent is not None:
            stack = parent.parentWidget()
            if isinstance(stack, QStackedWidget) and isinstance(stack.parentWidget(), QTabWidget):
                stack.parentWidget().setCurrentWidget(parent)
            parent = stack
        if scroll is not None:
            scroll.ensureWidgetVisible(field, 20, 40)
        editor = field.editor()
        if editor is not None:
            editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _scroll_area(self) -> QScrollArea | None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        return parent


_ERROR_STYLE = ("QLabel { background: #fdecea; color: #8e1b10; border: 1px solid #e6b0aa; border-radius: 4px;"
                " padding: 6px; }")
_WARNING_STYLE = ("QLabel { background: #fff4e0; color: #6b4300; border: 1px solid #e8c07a; border-radius: 4px;"
                  " padding: 6px; }")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

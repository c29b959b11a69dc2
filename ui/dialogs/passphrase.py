"""Passphrase dialogs: asking for the passphrase of an encrypted store (a few tries), and choosing a new
one (typed twice, with a length rule, a strength hint and the warning that it cannot be recovered)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from db import cipher
from ui.i18n import translate

TRIES = 3


def password_line() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMinimumWidth(280)
    return edit


def problem_text(problem: tuple[str, dict]) -> str:
    return translate("Passphrase", cipher.PROBLEMS[problem[0]]).format(**problem[1])


class AskPassphraseDialog(QDialog):
    """Ask for a passphrase until `check` accepts it (returns None) or `tries` are used up.

    `check` returns an error text for a passphrase it refuses. After the last refused try the dialog
    is rejected with `exhausted` set, so the caller can say so and stop."""

    def __init__(self, path: str, check: Callable[[str], str | None], parent=None, *, tries: int = TRIES,
                 intro: str = ""):
        super().__init__(parent)
        self.check, self.tries_left, self.exhausted = check, tries, False
        self.passphrase = ""
        self.setWindowTitle(self.tr("Passphrase"))
        text = QLabel(intro or self.tr("%1 is encrypted. Type its passphrase to open it.").replace("%1", path))
        text.setWordWrap(True)
        self.edit = password_line()
        self.edit.setAccessibleName(self.tr("Passphrase"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open"))
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (text, self.edit, self.message, buttons):
            layout.addWidget(widget)
        self.edit.setFocus()
        self.resize(460, 170)

    def _try(self) -> None:
        value = self.edit.text()
        if not value.strip():
            self.message.setText(problem_text(("empty", {})))
            return  # an empty field is not a try
        error = self.check(value)
        if error is None:
            self.passphrase = value
            self.accept()
            return
        self.tries_left -= 1
        self.edit.clear()
        if self.tries_left <= 0:
            self.exhausted = True
            self.reject()
            return
        self.message.setText(self.tr("%1 Tries left: %2.").replace("%1", error).replace("%2", str(self.tries_left)))


class NewPassphrase(QWidget):
    """Two password fields, a strength hint and the warning; `problem()` tells what is wrong, if anything."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.first, self.second = password_line(), password_line()
        self.first.setAccessibleName(self.tr("Passphrase"))
        self.second.setAccessibleName(self.tr("The same passphrase again"))
        self.hint = QLabel()
        self.first.textChanged.connect(self._hint)
        warning = QLabel(self.tr(
            "At least %1 characters; a few words are easy to remember and hard to guess. "
            "A forgotten passphrase cannot be recovered by anyone, and the backups use the same "
            "passphrase, so keep it safe.").replace("%1", str(cipher.MIN_PASSPHRASE)))
        warning.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Passphrase"), self.first)
        form.addRow(self.tr("Again"), self.second)
        form.addRow("", self.hint)
        form.addRow(warning)
        self._hint()

    def _hint(self) -> None:
        text = self.first.text()
        if not text:
            self.hint.setText("")
            return
        level = cipher.strength(text)
        color = {"weak": "#b00020", "fair": "#8a6d00", "strong": "#1b5e20"}[level]
        self.hint.setStyleSheet(f"color: {color};")
        self.hint.setText(translate("Passphrase", cipher.STRENGTH[level]))

    def problem(self) -> str | None:
        problem = cipher.passphrase_problem(self.first.text(), self.second.text())
        return problem_text(problem) if problem else None

    def value(self) -> str:
        return self.first.text()


class NewPassphraseDialog(QDialog):
    """Choose a new passphrase (to encrypt a plain store, or to change it); optionally the current one first."""

    def __init__(self, title: str, intro: str, parent=None, *, ask_current: bool = False):
        super().__init__(parent)
        self.setWindowTitle(title)
        text = QLabel(intro)
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        self.current = None
        if ask_current:
            self.current = password_line()
            self.current.setAccessibleName(self.tr("Current passphrase"))
            row = QFormLayout()
            row.addRow(self.tr("Current passphrase"), self.current)
            layout.addLayout(row)
        self.new = NewPassphrase()
        layout.addWidget(self.new)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.check_current: Callable[[str], str | None] = lambda _value: None
        self.resize(520, 300)

    def _accept(self) -> None:
        if self.current is not None:
            error = self.check_current(self.current.text())
            if error:
                self.message.setText(error)
                return
        problem = self.new.problem()
        if problem:
            self.message.setText(problem)
            return
        self.accept()

    def passphrase(self) -> str:
        return self.new.value()

"""First start: no store yet, so offer an encrypted store (a passphrase typed twice), a plain store only
by an explicit choice, or a plain demo store with fictitious data."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QRadioButton, QVBoxLayout

from ui.dialogs.passphrase import NewPassphrase


class FirstStartDialog(QDialog):
    def __init__(self, path: str, parent=None):
        super().__init__(parent)
        self.choice = "empty"
        self.passphrase: str | None = None
        self.setWindowTitle(self.tr("Welcome to Jobbro"))
        text = QLabel(self.tr("There is no Jobbro store at\n%1\n\nWhat would you like to create?").replace("%1", path))
        text.setWordWrap(True)
        self.empty = QRadioButton(self.tr("An empty store, for real work (encrypted with a passphrase)"))
        self.new_passphrase = NewPassphrase()
        self.plain = QCheckBox(self.tr("Do not encrypt the store (not recommended for citizens' data)"))
        self.demo = QRadioButton(self.tr("A demo store with fictitious companies, needs and candidates "
                                         "(not encrypted: it holds no real people)"))
        self.empty.setChecked(True)
        self.empty.toggled.connect(self._enable)
        self.plain.toggled.connect(self._enable)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (text, self.empty, self.new_passphrase, self.plain, self.demo, self.message, buttons):
            layout.addWidget(widget)
        self.new_passphrase.first.setFocus()
        self.resize(560, 420)

    def _enable(self) -> None:
        self.plain.setEnabled(self.empty.isChecked())
        self.new_passphrase.setEnabled(self.empty.isChecked() and not self.plain.isChecked())

    def _accept(self) -> None:
        if self.demo.isChecked():
            self.choice, self.passphrase = "demo", None
        elif self.plain.isChecked():
            self.choice, self.passphrase = "empty", None
        else:
            problem = self.new_passphrase.problem()
            if problem:
                self.message.setText(problem)
                return
            self.choice, self.passphrase = "empty", self.new_passphrase.value()
        self.accept()

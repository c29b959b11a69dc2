"""First start: no store yet, so offer an empty store or a demo store with fictitious data."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QRadioButton, QVBoxLayout


class FirstStartDialog(QDialog):
    def __init__(self, path: str, parent=None):
        super().__init__(parent)
        self.choice = "empty"
        self.setWindowTitle(self.tr("Welcome to Jobbro"))
        text = QLabel(self.tr("There is no Jobbro store at\n%1\n\nWhat would you like to create?").replace("%1", path))
        text.setWordWrap(True)
        self.empty = QRadioButton(self.tr("An empty store, for real work"))
        self.demo = QRadioButton(self.tr("A demo store with fictitious companies, needs and candidates"))
        self.empty.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (text, self.empty, self.demo, buttons):
            layout.addWidget(widget)
        self.resize(520, 220)

    def _accept(self) -> None:
        self.choice = "demo" if self.demo.isChecked() else "empty"
        self.accept()

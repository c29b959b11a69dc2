"""First start: no store yet, so offer an encrypted store (a passphrase typed twice), a plain store only
by an explicit choice, or a plain demo store with fictitious data; and ask who the consultant is (name,
phone, e-mail, job centre: the name is stored as "who" on every record, the rest is printed on shortlists)."""

from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit,
                               QRadioButton, QVBoxLayout)

from ui import settings
from ui.dialogs.passphrase import NewPassphrase

# The settings asked for, in the order shown (ui/settings.py declares them).
ABOUT_YOU = ("consultant_name", "consultant_phone", "consultant_email", "job_centre_name")


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
        self.about = self._about_you()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (text, self.empty, self.new_passphrase, self.plain, self.demo, self.about, self.message,
                       buttons):
            layout.addWidget(widget)
        self.new_passphrase.first.setFocus()
        self.resize(560, 560)

    def _about_you(self) -> QGroupBox:
        """Who is working: the name goes on every record as "who"; phone and e-mail on the shortlists."""
        box = QGroupBox(self.tr("About you (you can change it later in Settings)"))
        form = QFormLayout(box)
        titles = {"consultant_name": self.tr("Your name"), "consultant_phone": self.tr("Your phone"),
                  "consultant_email": self.tr("Your e-mail"), "job_centre_name": self.tr("Job centre")}
        self.you: dict[str, QLineEdit] = {}
        for name in ABOUT_YOU:
            line = QLineEdit(settings.get(name) or "")
            line.setMaxLength(200)
            form.addRow(titles[name], line)
            self.you[name] = line
        self.you["consultant_phone"].setPlaceholderText(self.tr("so companies can call you back"))
        return box

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
        for name, line in self.you.items():
            if line.text().strip() or name != "consultant_name":  # an empty name keeps the login name
                settings.put(name, line.text().strip())
        self.accept()

"""Settings: the consultant's name, the store's location, the language and the job centre's details."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout

from ui import i18n, settings
from ui.widgets.fields import Choice, TextLine
from ui.widgets.form import Form


class SettingsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.form = Form()
        self.form.add("consultant_name", self.tr("Your name (used as \"who\" everywhere)"), TextLine())
        self.form.add("language", self.tr("Language"),
                      Choice([("da", self.tr("Danish")), ("en", self.tr("English"))], empty=None))
        self.form.add("store_path", self.tr("Store file"), TextLine())
        self.form.add("job_centre_name", self.tr("Job centre name (on shortlists)"), TextLine())
        self.form.add("logo_path", self.tr("Logo file (on shortlists)"), TextLine())
        self.form.set_values({name: settings.get(name) for name in self.form.fields})
        browse = QPushButton(self.tr("Choose store file…"))
        browse.clicked.connect(self._browse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        row = QHBoxLayout()
        row.addWidget(browse)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(560, 320)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Store file"), self.form.fields["store_path"].value(),
                                              self.tr("Jobbro store (*.sqlite)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.form.fields["store_path"].set_value(path)

    def save(self) -> None:
        values = self.form.values()
        language_changed = values["language"] != settings.get("language")
        for name, value in values.items():
            settings.put(name, value)
        if language_changed:
            from PySide6.QtWidgets import QApplication, QMessageBox

            i18n.install(QApplication.instance(), values["language"])
            QMessageBox.information(self, self.tr("Language"),
                                    self.tr("The new language is used everywhere after a restart."))
        self.accept()


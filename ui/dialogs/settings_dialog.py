"""Settings: the consultant's name, the store's location, the language and the job centre's details."""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QDoubleSpinBox, QFileDialog, QHBoxLayout, QLabel,
                               QPushButton, QSpinBox, QVBoxLayout)

from matching import weights
from ui import i18n, settings
from ui.widgets.fields import Check, Choice, Field, TextLine
from ui.widgets.form import Form


class Points(Field):
    """Points between 0 and a cap, Danish style."""

    def __init__(self, cap: float, parent=None):
        super().__init__(parent)
        self.spin = QDoubleSpinBox()
        self.spin.setRange(0.0, cap)
        self.spin.setDecimals(1)
        self.spin.setSingleStep(0.5)
        self.spin.setSuffix(" " + self.tr("points"))
        self.spin.valueChanged.connect(self.changed)
        self._set_editor(self.spin)

    def value(self):
        return self.spin.value()

    def set_value(self, value) -> None:
        self.spin.setValue(float(value or 0))


class Period(Field):
    """A whole number of months or years, at least 1 (a retention rule's period)."""

    def __init__(self, suffix: str, high: int, parent=None):
        super().__init__(parent)
        self.spin = QSpinBox()
        self.spin.setRange(1, high)
        self.spin.setSuffix(" " + suffix)
        self.spin.valueChanged.connect(self.changed)
        self._set_editor(self.spin)

    def value(self):
        return self.spin.value()

    def set_value(self, value) -> None:
        self.spin.setValue(int(value or 1))


class Minutes(Field):
    """Whole minutes; 0 means never."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.spin = QSpinBox()
        self.spin.setRange(0, 240)
        self.spin.setSuffix(" " + self.tr("min."))
        self.spin.setSpecialValueText(self.tr("never"))
        self.spin.valueChanged.connect(self.changed)
        self._set_editor(self.spin)

    def value(self):
        return self.spin.value()

    def set_value(self, value) -> None:
        self.spin.setValue(int(value or 0))


class SettingsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.form = Form()
        self.form.add("consultant_name", self.tr("Your name (used as \"who\" everywhere)"), TextLine())
        self.form.add("language", self.tr("Language"),
                      Choice([("da", self.tr("Danish")), ("en", self.tr("English"))], empty=None))
        self.form.add("store_path", self.tr("Store file"), TextLine())
        # After the 2025/26 reform a municipality names its company service as it likes.
        self.form.add("job_centre_name", self.tr("Organisation name (window title and shortlists)"),
                      TextLine(self.tr("e.g. Jobcenter Vejle or Virksomhedsservice Vejle")))
        self.form.add("logo_path", self.tr("Logo file (on shortlists)"), TextLine())
        self.form.add("consultant_phone", self.tr("Your phone (on shortlists)"), TextLine())
        self.form.add("consultant_email", self.tr("Your e-mail (on shortlists)"), TextLine())
        self.form.section(self.tr("Matching: priority (policy term)"))
        self.form.add("policy_enabled", "", Check(self.tr("Add a priority to the match score")))
        self.form.add("policy_long_term", "", Check(
            self.tr("Long-term unemployed (at least %1 months)").replace("%1", str(weights.POLICY_LONG_TERM_MONTHS))))
        self.form.add("policy_young", "", Check(
            self.tr("Young people (under %1)").replace("%1", str(weights.POLICY_YOUNG_UNDER))))
        self.form.add("policy_weight", self.tr("Priority weight"), Points(weights.POLICY_CAP))
        note = QLabel(self.tr("The priority is shown as its own part of every score, never hidden in the others, "
                              "and is capped at %1 of 100 points so it never outweighs the fit.")
                      .replace("%1", str(int(weights.POLICY_CAP))))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        self.form.layout_.addRow("", note)
        self.form.section(self.tr("To be erased (retention rules, docs/PRIVACY.md)"))
        self.form.add("retention_candidate_months", self.tr("Candidates without activity for"),
                      Period(self.tr("months"), 120))
        self.form.add("retention_contact_person_years", self.tr("Contact persons without company relation for"),
                      Period(self.tr("years"), 30))
        self.form.section(self.tr("Security and backups"))
        self.form.add("lock_minutes", self.tr("Lock after inactivity"), Minutes())
        self.form.add("backup_folder", self.tr("Backup folder"), TextLine())
        self.form.fields["policy_enabled"].changed.connect(self._policy_enabled)
        self.form.set_values({name: settings.get(name) for name in self.form.fields})
        browse = QPushButton(self.tr("Choose store file…"))
        browse.clicked.connect(self._browse)
        self._policy_enabled()
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
        self.resize(620, 560)

    def _policy_enabled(self) -> None:
        on = self.form.fields["policy_enabled"].value()
        for key in ("policy_long_term", "policy_young", "policy_weight"):
            self.form.fields[key].setEnabled(on)

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
            settings.put(name, "" if value is None and settings.OPTIONS[name].type is str else value)
        if language_changed:
            from PySide6.QtWidgets import QApplication, QMessageBox

            i18n.install(QApplication.instance(), values["language"])
            QMessageBox.information(self, self.tr("Language"),
                                    self.tr("The new language is used everywhere after a restart."))
        self.accept()


"""The next step for one candidate on a shortlist: sent, interview, hired, rejected (with a reason) or withdrawn."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from db import needs, reference, shortlists
from matching import rules

from ui import labels
from ui.context import AppContext
from ui.operations import perform
from ui.i18n import translate
from ui.dialogs.hire_placement import HirePlacementFields
from ui.widgets.fields import Choice, Field, TextArea
from ui.widgets.form import Form


INFO_STYLE = ("QLabel { background: #eaf2fb; color: #1b3f66; border: 1px solid #b5cde8; border-radius: 4px;"
              " padding: 6px; }")


class DayField(Field):
    """A date picked with a calendar, dd-mm-yyyy, bounded (e.g. not in the future); value() is a date."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit = QDateEdit()
        self.edit.setDisplayFormat("dd-MM-yyyy")
        self.edit.setCalendarPopup(True)
        self.edit.dateChanged.connect(self.changed)
        self._set_editor(self.edit)
        self._layout.addStretch(1)

    def set_range(self, low: dt.date | None, high: dt.date | None) -> None:
        if low is not None:
            self.edit.setMinimumDate(QDate(low.year, low.month, low.day))
        if high is not None:
            self.edit.setMaximumDate(QDate(high.year, high.month, high.day))

    def value(self) -> dt.date:
        return self.edit.date().toPython()

    def set_value(self, value) -> None:
        if isinstance(value, str):
            value = dt.date.fromisoformat(value[:10])
        value = value or dt.date.today()
        self.edit.setDate(QDate(value.year, value.month, value.day))


class ShortlistStepDialog(QDialog):
    """Record the next status of one shortlist entry; the store checks it and writes it in one transaction."""

    def __init__(self, ctx: AppContext, entry_id: int, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.entry = shortlists.entry(ctx.db, entry_id)
        self.need = needs.get(ctx.db, self.entry["need_id"])
        self.saved = False
        names = labels.shortlist_status()
        self.setWindowTitle(self.tr("Next step for %1").replace("%1", self.entry["candidate_name"]))
        layout = QVBoxLayout(self)

        heading = QLabel()
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setText("<b>{}</b><br>{}<br>{}".format(
            _escape(self.entry["candidate_name"]),
            _escape(self.tr("Need: %1").replace("%1", self.need["title"])),
            _escape(self.tr("Now: %1 since %2").replace("%1", names.get(self.entry["status"], self.entry["status"]))
                    .replace("%2", labels.date(self.entry["status_date"])))))
        layout.addWidget(heading)

        self.allowed = list(rules.next_steps(self.entry["status"]))
        self.form = Form()
        self.form.add("status", self.tr("New status"), Choice([(s, names.get(s, s)) for s in self.allowed], empty=None))
        day = self.form.add("on", self.tr("Date"), DayField())
        day.set_range(_iso_day(self.entry["status_date"]), dt.date.today())
        self.form.add("reason_code", self.tr("Reason for rejection"),
                      Choice(reference.choices(ctx.db, "rejection_reasons"), empty=self.tr("Choose a reason")))
        self.form.add("note", self.tr("Note"), TextArea(self.tr("optional, e.g. what the company said")))
        self.placement = HirePlacementFields(ctx, self.form, self.need)
        # Store field names that are not form fields still get a readable label in the banner.
        self.form.labels.setdefault("need_id", self.tr("Need"))
        self.form.labels.setdefault("candidate_id", self.tr("Candidate"))
        self.form.set_values({"status": self.allowed[0] if self.allowed else None, "on": dt.date.today()})
        self.placement.apply_defaults()
        layout.addWidget(self.form)

        self.hire_info = QLabel()
        self.hire_info.setWordWrap(True)
        self.hire_info.setStyleSheet(INFO_STYLE)
        layout.addWidget(self.hire_info)
        self.final_info = QLabel(self.tr("%1 is a final status: no further steps.").replace(
            "%1", names.get(self.entry["status"], self.entry["status"])))
        self.final_info.setWordWrap(True)
        self.final_info.setVisible(not self.allowed)
        layout.addWidget(self.final_info)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(self.allowed))
        layout.addWidget(self.buttons)

        self.form.fields["status"].changed.connect(self._update)
        self.form.fields["measure_code"].changed.connect(self._update)
        self.form.fields["on"].changed.connect(self._update)
        self._update()
        self.resize(520, 420)

    def _update(self) -> None:
        status = self.form.fields["status"].value()
        self.form.layout_.setRowVisible(self.form.fields["reason_code"], status == "rejected")
        hired = status == "hired"
        self.placement.show_for(hired)
        self.hire_info.setVisible(hired)
        if hired:
            due = shortlists.add_months(self.form.fields["on"].value(), shortlists.FOLLOW_UP_MONTHS)
            text = self.tr("When you save, %1 is marked as in job, and a follow-up \"%2\" is created for you, "
                           "due %3.").replace("%1", self.entry["candidate_name"]).replace(
                "%2", translate("FollowUps", shortlists.FOLLOW_UP_TASK)).replace("%3", labels.date(due.isoformat()))
            if shortlists.hired_count(self.ctx.db, self.need["id"]) + 1 >= (self.need.get("positions") or 1):
                text += " " + self.tr("This fills the need's last position, so the need is marked as filled.")
            if self.placement.values():
                text += " " + self.tr("A planned placement is created for the measure; its rules are checked when "
                                      "you save.")
            self.hire_info.setText(text)

    def values(self) -> dict:
        values = {k: v for k, v in self.form.values().items() if k not in HirePlacementFields.KEYS}
        if values["status"] != "rejected":
            values["reason_code"] = None
        values["note"] = values["note"] or None
        return values

    def save(self) -> None:
        values = self.values()
        if not values["status"] or not self.form.cpr_acknowledged({"note": values["note"]}):
            return
        changes = perform(self, self.ctx, lambda: shortlists.set_status(
            self.ctx.db, self.entry["id"], values["status"], who=self.ctx.who, on=values["on"],
            reason_code=values["reason_code"], note=values["note"],
            placement=self.placement.values() if values["status"] == "hired" else None),
            initiator=self, on_invalid=lambda exc: self.form.show_errors(exc, HirePlacementFields.ALIASES))
        if changes is not None:
            self.saved = True
            self.accept()
        elif not shortlists.exists(self.ctx.db, self.entry["id"]):  # removed meanwhile: said, and closed
            self.reject()


def _iso_day(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

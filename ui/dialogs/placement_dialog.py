"""Create or edit a placement (a person in praktik, løntilskud, fleksjob, IGU … at a workplace), with the rules shown live."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout

from db import candidates, companies, needs, placements, reference, validation, workplaces
from db.errors import NotFound
from matching import measure_rules as R
from ui.context import AppContext
from ui.operations import perform
from ui.i18n import translate
from ui.widgets.fields import Check, Choice, DateLine, NumberLine, TextArea, TextLine
from ui.widgets.form import Form

RULES_STYLE = {"ok": "QLabel { background: #eef7ee; color: #1d4d1f; border: 1px solid #b9dbb9; border-radius: 4px;"
                     " padding: 6px; }",
               "bad": "QLabel { background: #fdecea; color: #8e1b10; border: 1px solid #e6b0aa; border-radius: 4px;"
                      " padding: 6px; }"}
MARKS = {R.ALLOWED: "✓", R.LATER: "✗", R.REFUSED: "✗", R.UNKNOWN: "•"}


def status_labels() -> dict[str, str]:
    return {"planned": translate("Placements", "Planned"), "active": translate("Placements", "In progress"),
            "ended": translate("Placements", "Ended"), "interrupted": translate("Placements", "Interrupted")}


def outcome_labels() -> dict[str, str]:
    return {"ordinary_job": translate("Placements", "Ordinary job"), "education": translate("Placements", "Education"),
            "still_unemployed": translate("Placements", "Still unemployed"),
            "other_measure": translate("Placements", "Another measure"), "other": translate("Placements", "Other")}


def workplace_text(w: dict) -> str:
    """A workplace with its room under the ratio: "Lageret (1012345678) · 2 af 2 pladser brugt"."""
    name = w["name"] + (f" ({w['p_number']})" if w.get("p_number") else "")
    if w.get("capacity") is None:
        return name
    return name + " · " + translate("Placements", "%1 of %2 places used").replace("%1", str(w["used"])).replace(
        "%2", str(w["capacity"]))


class PlacementDialog(QDialog):
    """A new placement with some fields preset (candidate, company, need, measure), or an existing one."""

    def __init__(self, ctx: AppContext, placement_id: int | None = None, preset: dict | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.placement_id = placement_id
        self.saved_id: int | None = None
        record = placements.get(ctx.db, placement_id) if placement_id else {
            "status": "planned", "consultant": ctx.who, "start_date": dt.date.today().isoformat(), **(preset or {})}
        self._blank_who = record.get("consultant") if not placement_id else None  # the name filled in now
        self.fixed = {k: record.get(k) for k in ("candidate_id", "company_id") if record.get(k) is not None}
        self.setWindowTitle(self.tr("Placement") if placement_id else self.tr("New placement"))
        self.form = self._build_form(record)
        self.form.set_values(record)
        if record.get("workplace_id") is None:
            self._company_changed(record.get("company_id"))  # a company with one workplace: that one
        self.rules = QLabel()
        self.rules.setWordWrap(True)
        self.rules.setTextFormat(Qt.TextFormat.RichText)
        self.rules.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.rules)
        layout.addWidget(buttons)
        for key in ("candidate_id", "company_id", "workplace_id", "measure_code", "start_date", "end_date",
                    "exemption", "status"):
            if key in self.form.fields:
                self.form.fields[key].changed.connect(self.update_rules)
        self.update_rules()
        self.resize(560, 680)

    # -- form ---------------------------------------------------------------------------------
    def _build_form(self, record: dict) -> Form:
        db = self.ctx.db
        form = Form()
        form.section(self.tr("Who and where"))
        form.add("candidate_id", self.tr("Candidate"), Choice(self._candidate_choices(record), empty=self.tr(
            "Choose a candidate")))
        company = form.add("company_id", self.tr("Company"), Choice(
            [(record["company_id"], companies.get(db, record["company_id"])["name"])] if "company_id" in self.fixed
            else companies.names(db), empty=self.tr("Choose a company")))
        for key in self.fixed:
            form.fields[key].setEnabled(False)
        if "candidate_id" not in self.fixed:
            form.fields["candidate_id"].setToolTip(self.tr(
                "The candidates put forward to this company or placed there. To place someone else, start "
                "from the candidate's Placements tab."))
        form.add("workplace_id", self.tr("Workplace"), Choice([], empty=self.tr("Choose a workplace")))
        form.add("need_id", self.tr("From the need"), Choice([], empty=self.tr("(none)")))
        company.changed.connect(lambda: self._company_changed(company.value()))
        form.section(self.tr("Measure and period"))
        form.add("measure_code", self.tr("Measure"), Choice(
            [(c, n) for c, n in reference.choices(db, "measures") if c != R.ORDINARY], empty=self.tr("Choose a measure")))
        form.add("start_date", self.tr("Start"), DateLine())
        form.add("end_date", self.tr("End"), DateLine())
        form.add("hours_per_week", self.tr("Hours per week"), NumberLine())
        form.add("mentor_name", self.tr("Mentor"), TextLine(self.tr("name of the mentor at the workplace")))
        form.add("mentor_hours", self.tr("Mentor hours per week"), NumberLine())
        form.section(self.tr("Status"))
        form.add("status", self.tr("Status"), Choice(list(status_labels().items()), empty=None))
        form.add("extra_employment_confirmed_on", self.tr("Extra employment confirmed"), DateLine())
        form.add("interruption_reason", self.tr("Reason for interruption"), TextLine())
        form.add("outcome", self.tr("Outcome"), Choice(list(outcome_labels().items())))
        form.add("exemption", self.tr("Exemption"), Check(self.tr("An exemption from the rules is recorded")))
        form.add("exemption_note", self.tr("Exemption note"), TextLine(self.tr("why, and who granted it")))
        form.add("consultant", self.tr("Consultant"), TextLine())
        form.add("notes", self.tr("Notes"), TextArea())
        self.form = form
        self._company_changed(record.get("company_id"))
        return form

    def _candidate_choices(self, record: dict) -> list[tuple[int, str]]:
        db = self.ctx.db
        if record.get("candidate_id") is not None:
            return [(record["candidate_id"], candidates.get(db, record["candidate_id"])["name"])]
        if record.get("company_id") is not None:
            return placements.candidate_choices(db, record["company_id"])
        return []

    def _company_changed(self, company_id) -> None:
        db = self.ctx.db
        places = workplaces.for_company(db, company_id) if company_id else []
        self.form.fields["workplace_id"].set_options([(w["id"], workplace_text(w)) for w in places],
                                                     self.tr("Choose a workplace"))
        if len(places) == 1:
            self.form.fields["workplace_id"].set_value(places[0]["id"])
        company_needs = needs.for_company(db, company_id) if company_id else []
        self.form.fields["need_id"].set_options([(n["id"], n["title"]) for n in company_needs], self.tr("(none)"))
        if "candidate_id" not in self.fixed and company_id:
            self.form.fields["candidate_id"].set_options(placements.candidate_choices(db, company_id),
                                                         self.tr("Choose a candidate"))

    # -- the rules, live ------------------------------------------------------------------------
    def values(self) -> dict:
        values = {k: v for k, v in self.form.values().items()}
        values.update({k: v for k, v in self.fixed.items()})
        values["exemption"] = bool(values.get("exemption"))
        return values

    def update_rules(self) -> None:
        """What the rules say about this placement now; a rule in the way is shown before saving."""
        values = self.values()
        company, measure = values.get("company_id"), values.get("measure_code")
        if not company or not measure:
            self.rules.setText(self.tr("Choose the company and the measure to see the rules."))
            self.rules.setStyleSheet(RULES_STYLE["ok"])
            return
        day = _day(values.get("start_date")) or dt.date.today()
        end = _day(values.get("end_date")) or day
        try:
            verdicts = placements.check(self.ctx.db, company_id=company, measure=measure,
                                        candidate_id=values.get("candidate_id"),
                                        workplace_id=values.get("workplace_id"), day=day, end=max(day, end),
                                        exclude_placement=self.placement_id)
        except NotFound:
            return
        blocked = placements.stands_in_the_way(verdicts)
        lines = [f"{MARKS[v.state]} {_escape(v.render(lambda t: translate('Rules', t)))}" for v in verdicts]
        if blocked:
            lines.insert(0, "<b>" + (self.tr("The exemption lets the placement go beyond these rules.")
                                     if values["exemption"] else
                                     self.tr("A rule stands in the way: the placement cannot be saved without an "
                                             "exemption.")) + "</b>")
        self.rules.setText("<br>".join(lines) or self.tr("No rule stands in the way."))
        self.rules.setStyleSheet(RULES_STYLE["bad" if blocked and not values["exemption"] else "ok"])

    def save(self) -> None:
        values = self.values()
        if self._blank_who and values.get("consultant") == self._blank_who:
            # untouched: the consultant's name as it is now (Settings may have changed it meanwhile)
            values["consultant"] = self.ctx.who

        def write():
            if self.placement_id:
                return placements.update(self.ctx.db, self.placement_id, who=self.ctx.who, **values)
            return placements.add(self.ctx.db, who=self.ctx.who, **values)

        changes = perform(self, self.ctx, write, initiator=self, on_invalid=self.form.show_errors)
        if changes is not None:
            self.saved_id = changes.id
            self.accept()


def _day(text) -> dt.date | None:
    try:
        return dt.date.fromisoformat(validation.date(text)) if text else None
    except validation.FieldProblem:
        return None


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


"""Kandidater: the citizens' competence profiles, with consent to share a named profile."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QTabWidget, QWidget

from db import candidates, erasure, reference
from db.changes import Changes
from ui import labels
from ui.models.table_model import Column
from ui.views.entity_view import EntityView
from ui.views import placements_tab
from ui.views.person_privacy import CandidatePrivacy
from ui.views.shortlist_history import ShortlistHistory, WideTab
from ui.widgets.fields import Check, Choice, CodeChecks, DateLine, NumberLine, TextArea, TextLine
from ui.widgets.form import Form
from ui.widgets.vocab import VocabList
from ui.widgets.keys import counted_label, shortcut


class CandidatesView(EntityView):
    kind = "candidates"
    listing = candidates.LISTING
    match_candidate = Signal(int)
    open_need = Signal(int)  # from the shortlist history tab (double-click)

    def columns(self) -> list[Column]:
        status = labels.candidate_status()
        return [
            Column("name", lambda: self.tr("Name")),
            Column("town", lambda: self.tr("Town")),
            Column("target_group", lambda: self.tr("Target group")),
            Column("occupations", lambda: self.tr("Desired occupations")),
            Column("hours_per_week", lambda: self.tr("Hours/week"), labels.hours, align_right=True),
            Column("unemployed_since", lambda: self.tr("Unemployed since"), labels.date),
            Column("consent", lambda: self.tr("Consent"), lambda v: labels.yes_no(v)),
            Column("status", lambda: self.tr("Status"), lambda v: status.get(v, v or "")),
            Column("caseworker", lambda: self.tr("Caseworker")),
        ]

    def filter_specs(self):
        return [
            ("status", self.tr("Status"), list(labels.candidate_status().items())),
            ("target_group", self.tr("Target group"), reference.choices(self.ctx.db, "target_groups")),
            ("municipality", self.tr("Municipality"), reference.municipalities(self.ctx.db)),
            ("consent", self.tr("Consent"), [(1, self.tr("With consent")), (0, self.tr("Without consent"))]),
        ]

    def build_form(self) -> Form:
        db, ctx = self.ctx.db, self.ctx
        form = Form()
        form.section(self.tr("Person"))
        form.add("name", self.tr("Name"), TextLine())
        form.add("phone", self.tr("Phone"), TextLine())
        form.add("email", self.tr("E-mail"), TextLine())
        form.add("postcode", self.tr("Postcode"), TextLine())
        form.add("birth_year", self.tr("Birth year"), NumberLine())
        form.add("external_id", self.tr("Case system id"), TextLine(self.tr("optional")))
        form.add("status", self.tr("Status"), Choice(list(labels.candidate_status().items()), empty=None))
        form.section(self.tr("Job centre"))
        form.add("target_group_code", self.tr("Target group"), Choice(reference.choices(db, "target_groups")))
        form.add("unemployed_since", self.tr("Unemployed since"), DateLine())
        form.add("caseworker", self.tr("Caseworker"), TextLine())
        form.add("consultant", self.tr("Consultant"), TextLine())
        placements_tab.add_rule_fields(form)
        form.section(self.tr("Competences"))
        form.add("occupations", self.tr("Desired occupations"), VocabList(ctx.occupations(), self.tr("add an occupation")))
        form.add("skills", self.tr("Skills, certificates and licences"), VocabList(ctx.skills(), self.tr("add a skill")))
        form.add("education_level", self.tr("Education"), Choice(list(labels.education_level().items())))
        form.add("danish_level", self.tr("Danish"), Choice(list(labels.danish_level().items())))
        form.section(self.tr("Work conditions"))
        form.add("hours_per_week", self.tr("Hours available per week"), NumberLine())
        form.add("available_from", self.tr("Available from"), DateLine())
        form.add("own_car", self.tr("Own car"), Check(self.tr("Has a car available")))
        form.add("max_commute_min", self.tr("Max. daily commute (minutes)"), NumberLine())
        form.add("restrictions", self.tr("Health restrictions: avoid"), CodeChecks(reference.choices(db, "strains")))
        form.section(self.tr("Consent to share a named profile"))
        form.add("consent_date", self.tr("Consent given"), DateLine())
        form.add("consent_scope", self.tr("Scope"), Choice(list(labels.consent_scope().items())))
        form.add("consent_by", self.tr("Recorded by"), TextLine())
        form.add("consent_until", self.tr("Valid until"), DateLine())
        form.add("notes", self.tr("Notes"), TextArea())
        return form

    def detail_extras(self) -> QTabWidget:
        """A "Shortlists" tab with the candidate's shortlist history and a "Find job" button."""
        self.tabs = QTabWidget()
        self.history = ShortlistHistory(self.ctx, "candidate")
        self.history.open_need.connect(self.open_need)
        self.history.counted.connect(self._update_history_tab)
        self.tabs.addTab(self.history, self.tr("Shortlists"))
        self.find_button = QPushButton(self.tr("Find job"))
        self.find_button.setAutoDefault(False)
        self.find_button.setToolTip(self.tr("Rank the open needs that fit this candidate"))
        self.find_button.clicked.connect(self.find_job)
        self.tabs.setCornerWidget(self.find_button, Qt.Corner.TopRightCorner)
        shortcut(self, "Ctrl+M", self.find_button)
        self.privacy = CandidatePrivacy(self)  # History tab, export and erasure (docs/PRIVACY.md)
        self.privacy.add_tab(self.tabs)
        self.selected.connect(self._show_history)
        self.placements = placements_tab.attach(self, self.tabs, "candidate")
        WideTab(self, self.tabs, [self.history, self.privacy.history, self.placements])
        return self.tabs

    def _show_history(self, candidate_id: int) -> None:
        self.history.set_owner(candidate_id or None)
        self.tabs.setTabEnabled(self.tabs.indexOf(self.history), bool(candidate_id))
        self.tabs.setTabEnabled(self.tabs.indexOf(self.privacy.history), bool(candidate_id))
        self.find_button.setEnabled(bool(candidate_id))

    def _update_history_tab(self, n: int) -> None:
        name = self.tr("Shortlists")
        self.tabs.setTabText(self.tabs.indexOf(self.history), counted_label(name, n if self.history.owner_id else 0))

    def find_job(self) -> None:
        """Ask Matching for needs that fit the saved candidate (unsaved edits are saved or dropped first)."""
        record_id = self.saved_current_id()
        if record_id is not None:
            self.match_candidate.emit(record_id)

    def reference_choices(self) -> dict:
        db = self.ctx.db
        return {"target_group_code": reference.choices(db, "target_groups"), "restrictions": reference.choices(db, "strains")}
    def extra_buttons(self) -> list[QWidget]:
        return [self.privacy.button]

    def field_aliases(self) -> dict[str, str]:
        return {"restrictions": "restrictions"}

    def blank(self) -> dict:
        return {"status": "active", "consultant": self.ctx.who, "hours_per_week": 37.0}

    def load(self, record_id: int) -> dict:
        return candidates.get(self.ctx.db, record_id)

    def write(self, record_id, values) -> Changes:
        if record_id is None:
            return candidates.add(self.ctx.db, who=self.ctx.who, **values)
        return candidates.update(self.ctx.db, record_id, who=self.ctx.who, **values)

    def remove(self, record_id: int) -> Changes:
        # Deleting a citizen is erasing them: nothing left in the index or the file, and the shortlists
        # keep an anonymous row instead of losing the entry (docs/PRIVACY.md).
        return erasure.erase_candidate(self.ctx.db, record_id, who=self.ctx.who).changes

    def depends_on(self) -> set[str]:
        return {"candidates", "vocabulary"}

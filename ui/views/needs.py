"""Behov: companies' needs to hire, with requirements, hours, dates and measures."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QTabWidget, QToolButton

from db.changes import Changes
from db import companies, needs, reference, vocabulary
from matching.isco_groups import group_ref, is_group
from ui import labels
from ui.models.table_model import Column
from ui.views.entity_view import EntityView
from ui.widgets.fields import Choice, CodeChecks, DateLine, NumberLine, TextArea, TextLine
from ui.widgets.form import Form
from ui.views import placements_tab
from ui.views.person_history import PersonHistory
from ui.views.shortlist_history import WideTab
from ui.widgets.shortlist.panel import ShortlistPanel
from ui.widgets.vocab import VocabLine, VocabList
from ui.widgets.keys import counted_label, shortcut


SUGGESTED_SKILLS = 20  # per list: ESCO gives some occupations 60 optional skills, too many to read


class NeedsView(EntityView):
    kind = "needs"
    listing = needs.LISTING
    match_need = Signal(int)
    open_candidate = Signal(int)  # from the shortlist tab (double-click on a candidate)

    def __init__(self, ctx, parent=None):
        self.company_filter: int | None = None  # "New need" from a company shows that company's needs
        super().__init__(ctx, parent)
        self.company_chip = QToolButton()
        self.company_chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.company_chip.clicked.connect(lambda: self.show_company(None))
        self.company_chip.hide()
        # Its own line under the filters (shown only when in use), so it never widens the filter bar.
        self.layout().insertWidget(1, self.company_chip, 0, Qt.AlignmentFlag.AlignLeft)

    def default_filters(self) -> dict:
        return {"status": needs.OPEN_STATUSES}

    def extra_filters(self) -> dict:
        return {"company": self.company_filter} if self.company_filter else {}

    def show_company(self, company_id: int | None) -> None:
        """List only one company's needs (None: every company's again)."""
        self.company_filter = company_id or None
        if self.company_filter:
            name = companies.get(self.ctx.db, self.company_filter)["name"]
            # Short, so the filter bar keeps its width on a small screen; the tooltip has the whole name.
            shown = self.company_chip.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, 140)
            self.company_chip.setText(self.tr("Company: %1").replace("%1", shown) + "  ✕")
            self.company_chip.setToolTip(self.tr("Only the needs of %1; click to show every company's").replace(
                "%1", name))
        self.company_chip.setVisible(bool(self.company_filter))
        self._on_filter()

    def new_need_for(self, company_id: int) -> None:
        """"New need" from a company: its needs listed, a new one started with the company chosen."""
        self.show_company(company_id)
        self.new_record(preset={"company_id": company_id})

    def select(self, record_id: int) -> None:
        """Show a need; one the filters hide (filled, another company's) clears them, so it is listed."""
        self._loaded = True
        self.model.refresh()
        if self.model.row_of(record_id) < 0:
            self.company_filter = None
            self.company_chip.hide()
            for combo in self.filters.values():
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.model.set_query(filters=self.current_filters(), refresh=False)
        super().select(record_id)

    def columns(self) -> list[Column]:
        status, forms = labels.need_status(), labels.employment_form()
        return [
            Column("title", lambda: self.tr("Title")),
            Column("company", lambda: self.tr("Company")),
            Column("occupation", lambda: self.tr("Occupation")),
            Column("positions", lambda: self.tr("Positions"), lambda v: str(v or ""), align_right=True),
            Column("employment_form", lambda: self.tr("Employment form"), lambda v: forms.get(v, v or "")),
            Column("town", lambda: self.tr("Workplace")),
            Column("start_date", lambda: self.tr("Start"), labels.date),
            Column("deadline", lambda: self.tr("Application deadline"), labels.date),
            Column("status", lambda: self.tr("Status"), lambda v: status.get(v, v or "")),
            Column("consultant", lambda: self.tr("Responsible consultant")),
        ]

    def filter_specs(self):
        return [
            ("status", self.tr("Status"), [(needs.OPEN_STATUSES, self.tr("Open and shortlisted"))] +
             list(labels.need_status().items())),
            ("employment_form", self.tr("Employment form"), list(labels.employment_form().items())),
            ("consultant", self.tr("Consultant"), [(c, c) for c in companies.consultants(self.ctx.db)]),
            ("municipality", self.tr("Municipality"), reference.municipalities(self.ctx.db)),
        ]

    def build_form(self) -> Form:
        db, ctx = self.ctx.db, self.ctx
        form = Form()
        form.section(self.tr("The need"))
        form.add("company_id", self.tr("Company"), Choice(companies.names(db), empty=self.tr("Choose a company"),
                                                           searchable=True))
        form.add("title", self.tr("Job title"), TextLine(self.tr("as the company calls it")))
        occupation = form.add("occupation", self.tr("Occupation"), VocabLine(ctx.occupations(), self.tr("type to search")))
        suggest = QPushButton(self.tr("Suggest skills"))
        suggest.setAutoDefault(False)
        suggest.setToolTip(self.tr("Add the occupation's essential and optional skills to the lists below"))
        suggest.clicked.connect(lambda: self.suggest_skills(always=True))
        form.layout_.addRow("", suggest)
        occupation.chosen.connect(lambda _id: self.suggest_skills())
        # an ISCO-08 group has no one skill profile to suggest from
        occupation.edit.textChanged.connect(lambda: suggest.setEnabled(not is_group(occupation.value())))
        form.add("positions", self.tr("Positions"), NumberLine())
        form.add("employment_form", self.tr("Employment form"),
                 Choice(list(labels.employment_form().items()), empty=None))
        form.add("measures", self.tr("Open to measures"), CodeChecks(reference.choices(db, "measures")))
        form.add("status", self.tr("Status"), Choice(list(labels.need_status().items()), empty=None))
        form.add("consultant", self.tr("Responsible consultant"), TextLine())
        form.section(self.tr("Requirements"))
        hint = QLabel(self.tr("Skills only give points. A candidate is left out who lacks a required certificate "
                              "or licence, cannot meet a physical demand, or whose hours or measures do not fit."))
        hint.setWordWrap(True)
        hint.setObjectName("excludeHint")
        form.layout_.addRow(hint)
        form.add("essential", self.tr("Essential skills"), VocabList(ctx.skills(), self.tr("add a skill")))
        form.add("desired", self.tr("Desired skills"), VocabList(ctx.skills(), self.tr("add a skill")))
        form.add("required", self.tr("Required certificates and licences (exclude)"),
                 VocabList(ctx.skills(), self.tr("e.g. truck certificate B, driving licence C")))
        form.add("danish_level", self.tr("Danish"), Choice(list(labels.danish_level().items())))
        form.add("demands", self.tr("Physical demands (exclude)"), CodeChecks(reference.choices(db, "strains")))
        form.section(self.tr("Time and place"))
        form.add("hours_min", self.tr("Hours per week, minimum"), NumberLine())
        form.add("hours_max", self.tr("Hours per week, maximum"), NumberLine())
        form.add("shifts", self.tr("Shifts"), CodeChecks(list(labels.shift().items()), columns=4))
        form.add("deadline", self.tr("Application deadline"), DateLine())  # normally before the start
        form.add("start_date", self.tr("Start date"), DateLine())
        form.add("workplace_postcode", self.tr("Workplace postcode"), TextLine(self.tr("if not the company's")))
        form.add("notes", self.tr("Notes"), TextArea())
        return form

    def detail_extras(self) -> QTabWidget:
        """A "Candidate list" tab with the need's shortlist (self.shortlist) and a "Find candidates" button."""
        self.tabs = QTabWidget()
        self.shortlist = ShortlistPanel(self.ctx)
        self.shortlist.open_candidate.connect(self.open_candidate)
        self.tabs.addTab(self.shortlist, self.tr("Candidate list"))
        self.find_button = QPushButton(self.tr("Find candidates"))
        self.find_button.setAutoDefault(False)
        self.find_button.setToolTip(self.tr("Rank the candidates who fit this need"))
        self.find_button.clicked.connect(self.find_candidates)
        self.tabs.setCornerWidget(self.find_button, Qt.Corner.TopRightCorner)
        shortcut(self, "Ctrl+M", self.find_button)
        self.selected.connect(self._show_shortlist)
        self.shortlist.model.modelReset.connect(self._update_shortlist_tab)
        self.placements = placements_tab.attach(self, self.tabs, "need")
        self.changes_history = PersonHistory(self.ctx, "needs")  # when, who, what, which fields
        self.tabs.addTab(self.changes_history, self.tr("History"))
        WideTab(self, self.tabs, [self.shortlist, self.placements, self.changes_history])
        return self.tabs

    def _show_shortlist(self, need_id: int) -> None:
        self.shortlist.set_need(need_id or None)
        self.changes_history.set_owner(need_id or None)
        self.tabs.setTabEnabled(self.tabs.indexOf(self.shortlist), bool(need_id))
        self.find_button.setEnabled(bool(need_id))
        self._update_shortlist_tab()

    def _update_shortlist_tab(self) -> None:
        n = self.shortlist.model.rowCount()
        name = self.tr("Candidate list")
        self.tabs.setTabText(self.tabs.indexOf(self.shortlist), counted_label(name, n if self.shortlist.need_id else 0))

    def find_candidates(self) -> None:
        """Ask Matching for candidates who fit the saved need (unsaved edits are saved or dropped first)."""
        record_id = self.saved_current_id()
        if record_id is not None:
            self.match_need.emit(record_id)

    def suggest_skills(self, always: bool = False) -> None:
        """Fill essential and desired skills from the chosen occupation's profile; by itself only
        while both lists are empty, so nothing the consultant wrote is changed."""
        fields = self.form.fields
        occupation = fields["occupation"].value()
        if not isinstance(occupation, int) or is_group(occupation):
            return  # free text, or an ISCO-08 group: no one profile of skills
        if not always and (fields["essential"].value() or fields["desired"].value()):
            return
        profile = vocabulary.occupation_skills(self.ctx.db, occupation)
        for key, relation in (("essential", "essential"), ("desired", "optional")):
            for skill_id, _ in profile[relation][:SUGGESTED_SKILLS]:
                if all(skill_id not in fields[k].value() for k in ("essential", "desired", "required")):
                    fields[key].add(skill_id)

    def reference_choices(self) -> dict:
        db = self.ctx.db
        return {"measures": reference.choices(db, "measures"), "demands": reference.choices(db, "strains")}

    def refresh_choices(self) -> None:
        self.form.fields["company_id"].set_options(companies.names(self.ctx.db), self.tr("Choose a company"))

    def field_aliases(self) -> dict[str, str]:
        return {"occupation_id": "occupation", "occupation_text": "occupation", "isco_group": "occupation",
                "essential_skills": "essential",
                "desired_skills": "desired", "required_skills": "required"}

    def blank(self) -> dict:
        return {"status": "open", "employment_form": "ordinary", "positions": 1, "consultant": self.ctx.who}

    def load(self, record_id: int) -> dict:
        record = needs.get(self.ctx.db, record_id)
        group = record.get("isco_group")  # an ISCO-08 group is chosen as its ref, like an occupation
        record["occupation"] = group_ref(group) if group else record["occupation_id"] or record["occupation_text"]
        record["shifts"] = [s for s in (record["shifts"] or "").split(",") if s]
        return record

    def describe(self, record: dict) -> str:
        company = companies.get(self.ctx.db, record["company_id"])["name"]
        return f"{record['title']} – {company}"

    def write(self, record_id, values) -> Changes:
        values = dict(values)
        occupation = values.pop("occupation")
        values["occupation_id"] = occupation if isinstance(occupation, int) else None
        values["occupation_text"] = occupation if isinstance(occupation, str) else None
        values["shifts"] = ",".join(values["shifts"])
        if record_id is None:
            return needs.add(self.ctx.db, who=self.ctx.who, **values)
        return needs.update(self.ctx.db, record_id, who=self.ctx.who, **values)

    def remove(self, record_id: int) -> Changes:
        return needs.delete(self.ctx.db, record_id, who=self.ctx.who)

    def depends_on(self) -> set[str]:
        return {"needs", "companies", "vocabulary"}

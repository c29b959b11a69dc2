"""Virksomheder: companies with their contact persons, contact log and needs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QPushButton, QTableView, QTabWidget, QVBoxLayout,
                               QWidget)

from db.changes import Changes
from db import companies, contacts, needs, reference
from ui import labels
from ui.dialogs import confirm
from ui.dialogs.contact_dialog import ContactDialog, PersonDialog
from ui.operations import perform
from ui.models.list_model import ListModel
from ui.models.table_model import Column
from ui.views import placements_tab
from ui.views.entity_view import EntityView
from ui.views.person_history import PersonHistory
from ui.views.shortlist_history import ShortlistHistory, WideTab
from ui.widgets.fields import Choice, CodeChecks, TextArea, TextLine
from ui.widgets.form import Form
from ui.widgets.keys import counted_label, leave_by_tab


class CompaniesView(EntityView):
    kind = "companies"
    detail_width = 700  # six tabs: details, contact persons, contact log, needs, shortlists, placements
    listing = companies.LISTING
    open_need = Signal(int)
    new_need_for = Signal(int)

    def columns(self) -> list[Column]:
        status = labels.company_status()
        return [
            Column("name", lambda: self.tr("Name")),
            Column("cvr", lambda: self.tr("CVR")),
            Column("town", lambda: self.tr("Town")),
            Column("municipality", lambda: self.tr("Municipality")),
            Column("status", lambda: self.tr("Status"), lambda v: status.get(v, v or "")),
            Column("consultant", lambda: self.tr("Consultant")),
            Column("open_needs", lambda: self.tr("Open needs"), lambda v: str(v or 0), align_right=True),
            Column("last_contact", lambda: self.tr("Last contact"), labels.date),
            Column("last_contact_by", lambda: self.tr("Last contact by")),
        ]

    def filter_specs(self):
        return [
            ("status", self.tr("Status"), list(labels.company_status().items())),
            ("consultant", self.tr("Consultant"), [(c, c) for c in companies.consultants(self.ctx.db)]),
            ("municipality", self.tr("Municipality"), reference.municipalities(self.ctx.db)),
        ]

    def build_form(self) -> Form:
        db = self.ctx.db
        form = Form()
        form.section(self.tr("Company"))
        form.add("name", self.tr("Name"), TextLine())
        form.add("cvr", self.tr("CVR number"), TextLine(self.tr("8 digits")))
        form.add("p_number", self.tr("P-number"), TextLine(self.tr("10 digits (optional)")))
        form.add("status", self.tr("Status"), Choice(list(labels.company_status().items()), empty=None))
        form.add("consultant", self.tr("Responsible consultant"), TextLine())
        form.add("industry_code", self.tr("Industry (DB07)"),
                 Choice([(c, f"{c} {t}") for c, t in reference.industries(db)]))
        form.add("size_band", self.tr("Size"), Choice(list(labels.size_band().items())))
        form.section(self.tr("Address and contact"))
        form.add("address", self.tr("Address"), TextLine())
        form.add("postcode", self.tr("Postcode"), TextLine())
        form.add("town", self.tr("Town"), TextLine(self.tr("filled in from the postcode")))
        form.add("municipality_code", self.tr("Municipality"), Choice(reference.municipalities(db)))
        form.add("phone", self.tr("Phone"), TextLine())
        form.add("email", self.tr("E-mail"), TextLine())
        form.add("web", self.tr("Web"), TextLine())
        form.section(self.tr("Collaboration"))
        form.add("measures", self.tr("Open to"), CodeChecks(reference.choices(db, "measures")))
        form.add("notes", self.tr("Notes"), TextArea())
        return form

    def detail_extras(self) -> QTabWidget:
        self.tabs = QTabWidget()
        self.persons_model = ListModel([
            Column("name", lambda: self.tr("Name")), Column("role", lambda: self.tr("Role")),
            Column("phone", lambda: self.tr("Phone")), Column("email", lambda: self.tr("E-mail"))], self)
        self.log_model = ListModel([
            Column("at", lambda: self.tr("When"), labels.datetime),
            Column("kind", lambda: self.tr("Kind"), lambda v: labels.contact_kind().get(v, v or "")),
            Column("person", lambda: self.tr("Contact person")), Column("summary", lambda: self.tr("Summary")),
            Column("follow_up_date", lambda: self.tr("Follow-up"), labels.date)], self)
        self.needs_model = ListModel([
            Column("title", lambda: self.tr("Title")),
            Column("positions", lambda: self.tr("Positions")),
            Column("status", lambda: self.tr("Status"), lambda v: labels.need_status().get(v, v or "")),
            Column("deadline", lambda: self.tr("Application deadline"), labels.date)], self)
        self.persons_table = self._sub_table(self.persons_model, self.edit_person)
        self.log_table = self._sub_table(self.log_model, self.edit_contact)
        self.needs_table = self._sub_table(self.needs_model, lambda row: self.open_need.emit(
            self.needs_model.row_dict(row)["id"]))
        self.log_button = QPushButton(self.tr("Log contact…"))
        self.log_button.setToolTip(self.tr("Log a visit, call or e-mail with this company (Ctrl+L)"))
        self.log_button.clicked.connect(self.log_contact)
        self.tabs.addTab(self._with_buttons(self.persons_table, [
            (self.tr("Add person…"), lambda: self.edit_person(None)),
            (self.tr("Remove person"), self.remove_person),
            (self.tr("Erase person permanently…"), self.erase_person)]), self.tr("Contact persons"))
        self.tabs.addTab(self._with_buttons(self.log_table, [], self.log_button), self.tr("Contact log"))
        self.tabs.addTab(self._with_buttons(self.needs_table, [
            (self.tr("New need…"), lambda: self.current_id and self.new_need_for.emit(self.current_id))]),
            self.tr("Needs"))
        self.history = ShortlistHistory(self.ctx, "company")
        self.history.open_need.connect(self.open_need)
        self.history.counted.connect(self._update_history_tab)
        self.tabs.addTab(self.history, self.tr("Shortlists"))
        self.placements = placements_tab.attach(self, self.tabs, "company")
        self.changes_history = PersonHistory(self.ctx, "companies")  # when, who, what, which fields
        self.tabs.addTab(self.changes_history, self.tr("History"))
        WideTab(self, self.tabs, [self.history, self.placements, self.changes_history])
        return self.tabs

    def _update_history_tab(self, n: int) -> None:
        name = self.tr("Shortlists")
        self.tabs.setTabText(self.tabs.indexOf(self.history), counted_label(name, n if self.history.owner_id else 0))

    def _sub_table(self, model: ListModel, on_open) -> QTableView:
        table = QTableView()
        leave_by_tab(table)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.doubleClicked.connect(lambda index: on_open(index.row()))
        return table

    def _with_buttons(self, table: QTableView, buttons, first: QPushButton | None = None) -> QWidget:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        row = QHBoxLayout()
        if first is not None:
            row.addWidget(first)
        for text, slot in buttons:
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(table, 1)
        return holder

    # -- store calls ----------------------------------------------------------------------------
    def blank(self) -> dict:
        return {"status": "prospect", "consultant": self.ctx.who}

    def load(self, record_id: int) -> dict:
        record = companies.get(self.ctx.db, record_id)
        self._load_subtables(record_id)
        return record

    def _load_subtables(self, company_id: int | None) -> None:
        db = self.ctx.db
        self.persons_model.set_rows(companies.persons(db, company_id) if company_id else [])
        self.log_model.set_rows(contacts.for_company(db, company_id) if company_id else [])
        self.needs_model.set_rows(needs.for_company(db, company_id) if company_id else [])
        self.history.set_owner(company_id)
        self.changes_history.set_owner(company_id)
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, company_id is not None)
        counts = (self.persons_model.rowCount(), self.log_model.rowCount(), self.needs_model.rowCount())
        for index, (name, n) in enumerate(zip((self.tr("Contact persons"), self.tr("Contact log"),
                                               self.tr("Needs")), counts), start=1):
            self.tabs.setTabText(index, counted_label(name, n if company_id else 0))

    def new_record(self, ask: bool = True, preset: dict | None = None) -> None:
        super().new_record(ask, preset)
        if self.current_id is None:
            self._load_subtables(None)

    def write(self, record_id, values) -> Changes:
        if record_id is None:
            return companies.add(self.ctx.db, who=self.ctx.who, **values)
        return companies.update(self.ctx.db, record_id, who=self.ctx.who, **values)

    def remove(self, record_id: int) -> Changes:
        return companies.delete(self.ctx.db, record_id, who=self.ctx.who)

    def reference_choices(self) -> dict:
        db = self.ctx.db
        return {"measures": reference.choices(db, "measures"),
                "industry_code": [(c, f"{c} {t}") for c, t in reference.industries(db)]}

    def depends_on(self) -> set[str]:
        return {"companies", "contacts", "contact_persons", "needs"}

    # -- sub-records ----------------------------------------------------------------------------
    def log_contact(self) -> None:
        if self.current_id is None:
            return
        ContactDialog(self.ctx, self.current_id, parent=self).exec()

    def edit_contact(self, row: int) -> None:
        ContactDialog(self.ctx, self.current_id, self.log_model.row_dict(row)["id"], parent=self).exec()

    def edit_person(self, row: int | None) -> None:
        if self.current_id is None:
            return
        person = self.persons_model.row_dict(row) if row is not None else None
        PersonDialog(self.ctx, self.current_id, person, parent=self).exec()

    def erase_person(self) -> None:
        """Erase the selected contact person (the right to be forgotten; ui/views/person_privacy.py)."""
        from ui.views.person_privacy import erase_contact_person

        index = self.persons_table.currentIndex()
        if index.isValid():
            erase_contact_person(self, self.ctx, self.persons_model.row_dict(index.row())["id"])

    def remove_person(self) -> None:
        index = self.persons_table.currentIndex()
        if not index.isValid():
            return
        person = self.persons_model.row_dict(index.row())
        if not confirm.ask(self, self.tr("Remove person"),
                           self.tr("Remove %1 from the company's contact persons?").replace("%1", person["name"])):
            return
        perform(self, self.ctx, lambda: companies.delete_person(self.ctx.db, person["id"], who=self.ctx.who))


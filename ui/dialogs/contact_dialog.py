"""Dialogs to log a contact with a company and to edit one of its contact persons."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout

from db import companies, contacts, followups, read_audit
from ui import labels
from ui.context import AppContext
from ui.errors import show_error
from ui.operations import perform
from ui.widgets.fields import Check, Choice, DateLine, DateTimeLine, TextArea, TextLine
from ui.views.person_history import PersonHistory
from ui.widgets.form import Form


class ContactForm(Form):
    """The fields of a logged contact; shared by the dialog and the Contacts view."""

    def __init__(self, ctx: AppContext, company_id: int | None, *, with_company: bool, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        if with_company:
            company = self.add("company_id", self.tr("Company"),
                               Choice(companies.names(ctx.db), empty=self.tr("Choose a company")))
            company.changed.connect(lambda: self.set_company(company.value()))
        self.add("at", self.tr("When"), DateTimeLine())
        self.add("kind", self.tr("Kind"), Choice(list(labels.contact_kind().items()), empty=None))
        self.add("contact_person_id", self.tr("Contact person"), Choice([], empty=self.tr("(none)")))
        self.add("consultant", self.tr("Consultant"), TextLine())
        self.add("summary", self.tr("Summary"), TextArea(self.tr("What was talked about?")))
        self.add("outcome", self.tr("Outcome"), TextLine())
        self.add("follow_up_date", self.tr("Follow-up date"), DateLine())
        self.add("follow_up_task", self.tr("Follow-up task"), TextLine(self.tr("e.g. send the shortlist")))
        self.add("done", self.tr("Follow-up done"), Check())
        self.set_company(company_id)

    def set_company(self, company_id: int | None) -> None:
        """Offer the contact persons of the chosen company."""
        persons = [(p["id"], p["name"]) for p in companies.persons(self.ctx.db, company_id)] if company_id else []
        self.fields["contact_person_id"].set_options(persons, self.tr("(none)"))

    def set_values(self, record: dict) -> None:
        self.set_company(record.get("company_id"))
        super().set_values(record)


class ContactDialog(QDialog):
    """Log a new contact (company preset) or edit a logged one; saves in one transaction.

    `preset` fills a new contact's fields; `closes` = (source, id) of a follow-up (db.followups) that the
    contact answers: saving logs the contact and marks that follow-up done, together or not at all.
    """

    def __init__(self, ctx: AppContext, company_id: int, contact_id: int | None = None, parent=None, *,
                 preset: dict | None = None, closes: tuple[str, int] | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.company_id = company_id
        self.contact_id = contact_id
        self.saved_id: int | None = None
        self.closes = closes
        name = companies.get(ctx.db, company_id)["name"]
        self.setWindowTitle((self.tr("Follow-up: contact with %1") if closes else
                             self.tr("Contact with %1")).replace("%1", name))
        self.form = ContactForm(ctx, company_id, with_company=False)
        record = contacts.get(ctx.db, contact_id) if contact_id else {"kind": "visit", "consultant": ctx.who,
                                                                      **(preset or {})}
        record = {**record, "company_id": company_id}
        # the name filled in now for a new contact; see save()
        self._blank_who = record.get("consultant") if not contact_id else None
        self.form.set_values(record)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.resize(520, 520)
        self.form.fields["summary"].editor().setFocus()

    def save(self) -> None:
        values = {**self.form.values(), "company_id": self.company_id}
        if self._blank_who and values.get("consultant") == self._blank_who:
            # untouched: the consultant's name as it is now (Settings may have changed it meanwhile)
            values["consultant"] = self.ctx.who
        if not self.form.cpr_acknowledged(values):
            return
        db, who = self.ctx.db, self.ctx.who

        def write():
            if self.closes:
                return followups.log_contact(db, *self.closes, who=who, **values)
            if self.contact_id:
                return contacts.update(db, self.contact_id, who=who, **values)
            return contacts.add(db, who=who, **values)

        changes = perform(self, self.ctx, write, initiator=self, on_invalid=self.form.show_errors)
        if changes is not None:
            self.saved_id = changes.id
            self.accept()


class PersonDialog(QDialog):
    """Add or edit one contact person of a company. Opening a stored person is a read of their record
    (docs/PRIVACY.md): it writes a read entry, and a History tab shows who changed and read the record."""

    def __init__(self, ctx: AppContext, company_id: int, person: dict | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.company_id = company_id
        self.person_id = person["id"] if person else None
        self.setWindowTitle(self.tr("Contact person"))
        self.form = Form()
        self.form.add("name", self.tr("Name"), TextLine())
        self.form.add("role", self.tr("Role"), TextLine(self.tr("e.g. HR manager")))
        self.form.add("phone", self.tr("Phone"), TextLine())
        self.form.add("email", self.tr("E-mail"), TextLine())
        self.form.add("notes", self.tr("Notes"), TextArea())
        self.form.set_values(person or {})
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if self.person_id:
            self._record_read()
            self.history = PersonHistory(ctx, "contact_persons")
            self.history.set_owner(self.person_id)
            tabs = QTabWidget()
            tabs.addTab(self.form, self.tr("Details"))
            tabs.addTab(self.history, self.tr("History"))
            layout.addWidget(tabs)
        else:
            layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.resize(660, 420)  # the History tab shows four columns

    def _record_read(self) -> None:
        try:
            read_audit.record(self.ctx.db, who=self.ctx.who, kind="view", table="contact_persons", ids=[self.person_id])
        except Exception as exc:  # noqa: BLE001 - e.g. a locked store: shown, and the record still opens
            show_error(self, exc)

    def save(self) -> None:
        db, who, values = self.ctx.db, self.ctx.who, self.form.values()
        if not self.form.cpr_acknowledged(values):
            return

        def write():
            if self.person_id:
                return companies.update_person(db, self.person_id, who=who, **values)
            return companies.add_person(db, self.company_id, who=who, **values)

        changes = perform(self, self.ctx, write, initiator=self, on_invalid=self.form.show_errors)
        if changes is not None:
            self.person_id = changes.id
            self.accept()

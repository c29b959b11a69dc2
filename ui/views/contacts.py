"""Kontakter: every logged contact with companies, searchable, with its follow-up."""

from __future__ import annotations

from db.changes import Changes
from db import companies, contacts, reference
from ui import labels
from ui.dialogs.contact_dialog import ContactForm
from ui.models.table_model import Column
from ui.views.entity_view import EntityView


class ContactsView(EntityView):
    kind = "contacts"
    listing = contacts.LISTING

    def columns(self) -> list[Column]:
        kinds = labels.contact_kind()
        return [
            Column("at", lambda: self.tr("When"), labels.datetime),
            Column("company", lambda: self.tr("Company")),
            Column("kind", lambda: self.tr("Kind"), lambda v: kinds.get(v, v or "")),
            Column("consultant", lambda: self.tr("Consultant")),
            Column("person", lambda: self.tr("Contact person")),
            Column("summary", lambda: self.tr("Summary")),
            Column("follow_up_date", lambda: self.tr("Follow-up"), labels.date),
            Column("done", lambda: self.tr("Done"), lambda v: labels.yes_no(v) if v is not None else ""),
        ]

    def filter_specs(self):
        return [
            ("kind", self.tr("Kind"), list(labels.contact_kind().items())),
            ("consultant", self.tr("Consultant"), [(c, c) for c in companies.consultants(self.ctx.db)]),
            ("municipality", self.tr("Municipality"), reference.municipalities(self.ctx.db)),
            ("open_follow_up", self.tr("Follow-up"), [(1, self.tr("Open follow-up")),
                                                      (0, self.tr("No open follow-up"))]),
        ]

    def build_form(self) -> ContactForm:
        return ContactForm(self.ctx, None, with_company=True)

    def refresh_choices(self) -> None:
        self.form.fields["company_id"].set_options(companies.names(self.ctx.db), self.tr("Choose a company"))

    def blank(self) -> dict:
        return {"kind": "visit", "consultant": self.ctx.who}

    def load(self, record_id: int) -> dict:
        return contacts.get(self.ctx.db, record_id)

    def describe(self, record: dict) -> str:
        company = companies.get(self.ctx.db, record["company_id"])["name"]
        return f"{labels.contact_kind().get(record['kind'], '')}: {company}, {labels.datetime(record['at'])}"

    def write(self, record_id, values) -> Changes:
        if record_id is None:
            return contacts.add(self.ctx.db, who=self.ctx.who, **values)
        return contacts.update(self.ctx.db, record_id, who=self.ctx.who, **values)

    def remove(self, record_id: int) -> Changes:
        return contacts.delete(self.ctx.db, record_id, who=self.ctx.who)

    def depends_on(self) -> set[str]:
        return {"contacts", "companies", "contact_persons"}

"""Opening a contact person's record is a read of it, shown in the record's History tab (docs/PRIVACY.md)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from db import companies, read_audit
from ui.dialogs.contact_dialog import PersonDialog

WHO = "Mette"


def test_opening_a_contact_person_writes_a_read_entry_shown_in_its_history(qtbot, ctx, store):
    company = companies.add(store, who=WHO, name="Vejle Lager A/S").id
    person_id = companies.add_person(store, company, who=WHO, name="Kim Kontaktsen").id
    person = companies.persons(store, company)[0]
    dialog = PersonDialog(ctx, company, person)
    qtbot.addWidget(dialog)
    reads = [h for h in read_audit.history(store, "contact_persons", person_id) if h["source"] == "read"]
    assert [(h["action"], h["who"]) for h in reads] == [("view", ctx.who or "?")]
    actions = [dialog.history.model.row_dict(r)["action"] for r in range(dialog.history.model.rowCount())]
    assert sorted(actions) == ["create", "view"]
    assert dialog.findChild(QTabWidget).count() == 2


def test_adding_a_contact_person_reads_nothing(qtbot, ctx, store):
    company = companies.add(store, who=WHO, name="Vejle Lager A/S").id
    dialog = PersonDialog(ctx, company, None)
    qtbot.addWidget(dialog)
    assert store.execute("SELECT count(*) FROM read_audit").fetchone()[0] == 0
    assert dialog.findChild(QTabWidget) is None

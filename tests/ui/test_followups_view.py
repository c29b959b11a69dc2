"""Mine opfølgninger through the view: hires and contacts in Danish, overdue in red, marked done, company opened."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from db import candidates, companies, contacts, needs, shortlists
from tests.helpers import when_modal
from ui.views.followups import FollowUpsView

TODAY = dt.date.today()
ME = "Testkonsulent"


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def test_view_shows_hires_in_danish_marks_them_done_and_opens_the_company(qtbot, danish, ctx, store):
    company = companies.add(store, who=ME, name="Kantinen ApS").id
    need = needs.add(store, who=ME, company_id=company, title="Kok").id
    person = candidates.add(store, who=ME, name="Anna Holm").id
    entry = shortlists.add(store, need, person, who=ME, on=ago(150)).id
    shortlists.set_status(store, entry, "hired", who=ME, on=ago(120))
    contacts.add(store, who=ME, company_id=company, at=f"{ago(3).isoformat()}T10:00", kind="phone",
                 follow_up_date=TODAY.isoformat(), follow_up_task="Ring igen")
    view = FollowUpsView(ctx)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 2
    hire = view.model.row_dict(0)
    assert hire["source"] == "shortlist"
    assert "Anna Holm" in hire["summary"] and "Kok" in hire["summary"]
    task_cell = view.model.data(view.model.index(0, 3))
    assert task_cell == "Er personen stadig i job?"  # the store's English task, shown in Danish
    overdue = view.model.data(view.model.index(0, 0), Qt.ItemDataRole.ForegroundRole).color()
    assert overdue.red() > 2 * max(overdue.green(), overdue.blue())  # overdue in red
    assert view.model.data(view.model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is None  # due today: bold, not red
    assert view.model.data(view.model.index(1, 0), Qt.ItemDataRole.FontRole).bold()
    assert view.model.data(view.model.index(0, 0), Qt.ItemDataRole.FontRole) is None
    assert view.model.headerData(4, Qt.Orientation.Horizontal) == "Baggrund"
    assert view.model.data(view.model.index(0, 0)) == "Over fristen"
    assert view.heading.text().startswith("2 ") and "1 " in view.heading.text()
    opened = []
    view.open_company.connect(opened.append)
    view.table.selectRow(0)
    view._open_selected()
    assert opened == [company]
    view.table.setCurrentIndex(view.model.index(0, 2))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened == [company, company]
    view.mark_done()
    assert view.model.rowCount() == 1 and view.model.row_dict(0)["source"] == "contact"
    assert store.execute("SELECT done FROM shortlist_follow_ups").fetchone()[0] == 1


def _contact(store, company: int, days: int, task: str, who: str = ME, person: int | None = None) -> int:
    return contacts.add(store, who=who, company_id=company, at=f"{ago(5).isoformat()}T10:00", kind="visit",
                        contact_person_id=person, follow_up_date=(TODAY + dt.timedelta(days=days)).isoformat(),
                        follow_up_task=task).id


def _tasks(view) -> list[str]:
    return [view.model.row_dict(i)["follow_up_task"] for i in range(view.model.rowCount())]


def test_the_week_ahead_shows_by_default_and_the_range_can_change(qtbot, danish, ctx, store):
    company = companies.add(store, who=ME, name="Kantinen ApS").id
    for days, task in ((-1, "Gammel"), (0, "I dag"), (3, "Om tre dage"), (20, "Om tyve dage")):
        _contact(store, company, days, task)
    view = FollowUpsView(ctx)
    qtbot.addWidget(view)
    assert _tasks(view) == ["Gammel", "I dag", "Om tre dage"]
    assert [view.model.data(view.model.index(i, 0)) for i in range(3)] == ["Over fristen", "I dag", "Kommende"]
    assert "1 kommende" in view.heading.text()
    view.range.setCurrentIndex(0)
    assert _tasks(view) == ["Gammel", "I dag"]
    view.range.setCurrentIndex(view.range.count() - 1)
    assert _tasks(view)[-1] == "Om tyve dage"


def test_an_empty_list_says_why_and_how_to_see_everyones(qtbot, danish, ctx, store):
    company = companies.add(store, who=ME, name="Kantinen ApS").id
    _contact(store, company, 0, "Kollegas opgave", who="Kollega")
    view = FollowUpsView(ctx)
    qtbot.addWidget(view)
    view.show()
    assert view.model.rowCount() == 0
    assert view.empty.isVisible() and ME in view.empty.text() and "Vis alles" in view.empty.text()
    view.everyone.setChecked(True)
    assert _tasks(view) == ["Kollegas opgave"] and not view.empty.isVisible()


def _shown_in(window, qtbot):
    view = window.show_view_key("followups")
    view.refresh()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.table.setFocus()
    view.table.selectRow(0)
    return view


def test_postpone_moves_the_follow_up_by_keyboard_and_is_audited(qtbot, main_window, store):
    from ui.dialogs.postpone_dialog import PostponeDialog

    company = companies.add(store, who=ME, name="Kantinen ApS").id
    contact = _contact(store, company, 0, "Ring igen")
    view = _shown_in(main_window, qtbot)
    assert "Ctrl+U" in view.postpone_action.toolTip()

    def pick_in_a_week(dialog):
        assert isinstance(dialog, PostponeDialog)
        dialog.set_day(TODAY + dt.timedelta(days=7))
        qtbot.keyClick(dialog.date, Qt.Key.Key_Return)

    seen = when_modal(pick_in_a_week)
    qtbot.keyClick(view.table, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert seen
    moved = (TODAY + dt.timedelta(days=7)).isoformat()
    assert contacts.get(store, contact)["follow_up_date"] == moved
    assert store.execute("SELECT fields FROM audit WHERE table_name = 'contacts' AND action = 'update' "
                         "AND record_id = ?", [contact]).fetchone()[0] == "follow_up_date"
    assert _tasks(view) == ["Ring igen"] and view.model.data(view.model.index(0, 0)) == "Kommende"


def test_postponing_into_the_past_is_refused(store):
    from db import followups
    from db.errors import ValidationError

    company = companies.add(store, who=ME, name="Kantinen ApS").id
    contact = _contact(store, company, 0, "Ring igen")
    with pytest.raises(ValidationError):
        followups.postpone(store, "contact", contact, ago(1), who=ME)
    assert contacts.get(store, contact)["follow_up_date"] == TODAY.isoformat()


def test_log_contact_opens_the_dialog_filled_in_and_saving_closes_the_follow_up(qtbot, main_window, store):
    from ui.dialogs.contact_dialog import ContactDialog

    company = companies.add(store, who=ME, name="Kantinen ApS").id
    person = companies.add_person(store, company, who=ME, name="Bo Kok").id
    asked = _contact(store, company, 0, "Ring om lærlinge", person=person)
    view = _shown_in(main_window, qtbot)
    assert "Ctrl+L" in view.log_action.toolTip()

    def save(dialog):
        assert isinstance(dialog, ContactDialog)
        values = dialog.form.values()
        assert values["summary"] == "Ring om lærlinge" and values["contact_person_id"] == person
        assert values["kind"] == "phone"
        dialog.form.fields["outcome"].editor().setText("To lærlinge fra august")
        dialog.save()

    seen = when_modal(save)
    qtbot.keyClick(view.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # the main window's Ctrl+L
    assert seen
    logged = store.execute("SELECT id, outcome FROM contacts WHERE id != ?", [asked]).fetchone()
    assert logged[1] == "To lærlinge fra august"
    assert contacts.get(store, asked)["done"] == 1
    assert view.model.rowCount() == 0


def test_a_refused_contact_leaves_the_follow_up_open(store):
    from db import followups
    from db.errors import ValidationError

    company = companies.add(store, who=ME, name="Kantinen ApS").id
    asked = _contact(store, company, 0, "Ring")
    with pytest.raises(ValidationError):
        followups.log_contact(store, "contact", asked, who=ME, company_id=company, at="ikke en dato", kind="phone")
    assert contacts.get(store, asked)["done"] == 0
    assert store.execute("SELECT count(*) FROM contacts").fetchone()[0] == 1


def test_export_to_calendar_from_the_view(qtbot, danish, ctx, store, tmp_path, monkeypatch):
    company = companies.add(store, who=ME, name="Kantinen ApS").id
    _contact(store, company, 2, "Send tilbud")
    _contact(store, company, 2, "Kollegas", who="Kollega")
    view = FollowUpsView(ctx)
    qtbot.addWidget(view)
    target = tmp_path / "kalender"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))
    view.export_action.trigger()
    text = (tmp_path / "kalender.ics").read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") == 1
    assert "Opfølgning: Kantinen ApS – Send tilbud" in text.replace("\r\n ", "")

"""A consultant's day through the real widgets: company, contact, need, candidate; errors shown, nothing lost."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from db import companies, contacts, needs
from tests.helpers import count, type_into, when_modal


def dmy(days: int) -> str:
    """A date `days` from today as typed in a form (new needs may not lie in the past)."""
    return (dt.date.today() + dt.timedelta(days=days)).strftime("%d-%m-%Y")


def iso(days: int) -> str:
    return (dt.date.today() + dt.timedelta(days=days)).isoformat()


@pytest.fixture
def window(main_window):
    """The main window in Danish on the test store (tests/conftest.py)."""
    return main_window


def test_create_company_log_contact_need_and_candidate(qtbot, window, store):
    view = window.show_view_key("companies")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_into(qtbot, view.form.fields["name"], "Vestjysk Lager ApS")
    type_into(qtbot, view.form.fields["cvr"], "DK 1374 8136")
    type_into(qtbot, view.form.fields["postcode"], "8000")
    view.form.fields["measures"].boxes["internship"].setChecked(True)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    company_id = companies.find_by_cvr(store, "13748136")
    assert company_id is not None
    saved = companies.get(store, company_id)
    assert saved["town"] == "Aarhus C" and saved["measures"] == ["internship"]
    assert saved["consultant"] == "Testkonsulent"
    assert view.current_id == company_id

    # Log a contact from the company: select it (done), press the button, type, save.
    def fill_dialog(dialog):
        type_into(qtbot, dialog.form.fields["summary"], "Besøg: de mangler to lagermedarbejdere")
        type_into(qtbot, dialog.form.fields["follow_up_date"], "01-12-2026")
        type_into(qtbot, dialog.form.fields["follow_up_task"], "Send kandidatliste")
        dialog.save()

    when_modal(fill_dialog)
    qtbot.mouseClick(view.log_button, Qt.MouseButton.LeftButton)
    logged = contacts.for_company(store, company_id)
    assert [c["summary"] for c in logged] == ["Besøg: de mangler to lagermedarbejdere"]
    assert logged[0]["follow_up_date"] == "2026-12-01"
    assert view.log_model.rowCount() == 1

    need_view = window.show_view_key("needs")
    need_view.new_record(preset={"company_id": company_id})
    type_into(qtbot, need_view.form.fields["title"], "Lagermedarbejder")
    type_into(qtbot, need_view.form.fields["hours_min"], "30")
    type_into(qtbot, need_view.form.fields["hours_max"], "37")
    type_into(qtbot, need_view.form.fields["start_date"], dmy(30))
    type_into(qtbot, need_view.form.fields["deadline"], dmy(14))  # the application deadline comes first
    skills = need_view.form.fields["essential"]
    type_into(qtbot, skills, "Helt ny kompetence")
    qtbot.keyClick(skills.edit, Qt.Key.Key_Return)
    assert skills.value() == ["Helt ny kompetence"]
    window.actions_.save.trigger()  # File > Save (Ctrl+S)
    assert not need_view.form.banner.isVisible(), need_view.form.banner.text()
    need_id = needs.for_company(store, company_id)[0]["id"]
    need = needs.get(store, need_id)
    assert (need["hours_min"], need["hours_max"], need["deadline"]) == (30.0, 37.0, iso(14))
    assert need["essential"] == [{"id": None, "label": "Helt ny kompetence", "known": False}]

    cand_view = window.show_view_key("candidates")
    cand_view.new_record()
    type_into(qtbot, cand_view.form.fields["name"], "Anne Østergaard")
    type_into(qtbot, cand_view.form.fields["postcode"], "8000")
    type_into(qtbot, cand_view.form.fields["hours_per_week"], "25")
    qtbot.mouseClick(cand_view.save_button, Qt.MouseButton.LeftButton)
    row = store.execute("SELECT id, hours_per_week FROM candidates WHERE name = 'Anne Østergaard'").fetchone()
    assert row is not None and row[1] == 25.0
    audit = store.execute("SELECT action, table_name, who, fields FROM audit WHERE record_id = ? "
                          "AND table_name = 'candidates'", [row[0]]).fetchall()
    assert audit[0][:3] == ("create", "candidates", "Testkonsulent")
    assert "Østergaard" not in audit[0][3]


def test_invalid_input_is_shown_per_field_in_danish_and_saves_nothing(qtbot, window, store):
    view = window.show_view_key("companies")
    before = count(store, "companies"), count(store, "audit")
    view.new_record(ask=False)
    type_into(qtbot, view.form.fields["name"], "Fejl ApS")
    type_into(qtbot, view.form.fields["cvr"], "24256791")
    type_into(qtbot, view.form.fields["email"], "ikke-en-mail")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert (count(store, "companies"), count(store, "audit")) == before
    assert view.form.banner.isVisible()
    text = view.form.banner.text()
    assert "CVR" in text and "kontrolciffer" in text.lower()
    assert view.form.fields["cvr"].editor().toolTip()
    assert view.form.fields["email"].editor().toolTip()
    assert not view.form.fields["name"].editor().toolTip()


def test_need_with_deadline_after_start_and_bad_hours_is_refused(qtbot, window, store):
    company_id = companies.add(store, who="t", name="Bager Ib").id
    view = window.show_view_key("needs")
    view.new_record(preset={"company_id": company_id})
    type_into(qtbot, view.form.fields["title"], "Bager")
    type_into(qtbot, view.form.fields["hours_min"], "30")
    type_into(qtbot, view.form.fields["hours_max"], "20")
    type_into(qtbot, view.form.fields["start_date"], dmy(10))
    type_into(qtbot, view.form.fields["deadline"], dmy(20))
    assert not view.save()
    assert count(store, "needs") == 0
    assert view.form.fields["deadline"].editor().toolTip()
    assert view.form.fields["hours_max"].editor().toolTip()
    type_into(qtbot, view.form.fields["hours_max"], "40")
    assert not view.save()
    assert "37" in view.form.fields["hours_max"].editor().toolTip()


def test_search_filters_and_delete_with_confirmation(qtbot, window, store, monkeypatch):
    for name in ("Hansen Transport", "Jensens Bageri", "Hansens Rengøring"):
        companies.add(store, who="t", name=name)
    view = window.show_view_key("companies")
    view.model.refresh()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.search, "hans")
    assert view.model.rowCount() == 2
    view.set_filter("status", "active")
    assert view.model.rowCount() == 0
    view.set_filter("status", None)
    view.table.selectRow(0)
    doomed = view.current_id
    monkeypatch.setattr("ui.dialogs.confirm.ask", lambda *a: False)
    view.delete()
    assert count(store, "companies") == 3
    monkeypatch.setattr("ui.dialogs.confirm.ask", lambda *a: True)
    view.delete()
    assert count(store, "companies") == 2
    assert store.execute("SELECT action FROM audit WHERE record_id = ? AND table_name = 'companies' "
                         "ORDER BY id DESC", [doomed]).fetchone()[0] == "delete"


def test_follow_ups_list_shows_overdue_and_marks_done(qtbot, window, store):
    company_id = companies.add(store, who="t", name="Kantinen").id
    mine = contacts.add(store, who="Testkonsulent", company_id=company_id, at="2026-01-05T10:00", kind="phone",
                        follow_up_date="2026-01-10", follow_up_task="Ring igen").id
    contacts.add(store, who="Anden", company_id=company_id, at="2026-01-05T10:00", kind="phone",
                 follow_up_date="2026-01-10", follow_up_task="Ikke min")
    view = window.show_view_key("followups")
    view.refresh()
    assert view.model.rowCount() == 1
    view.table.selectRow(0)
    view.mark_done()
    assert contacts.get(store, mine)["done"] == 1
    assert view.model.rowCount() == 0


def test_unsaved_changes_are_not_lost_when_switching_rows(qtbot, window, store, monkeypatch):
    first = companies.add(store, who="t", name="Alfa ApS").id
    companies.add(store, who="t", name="Beta ApS")
    view = window.show_view_key("companies")
    view.select(first)
    type_into(qtbot, view.form.fields["notes"], "vigtig note")
    monkeypatch.setattr("ui.dialogs.confirm.save_discard_cancel", lambda *a: "save")
    view.table.selectRow(1)
    assert companies.get(store, first)["notes"] == "vigtig note"


def test_screenshot_option_writes_a_png(tmp_path, store_path, store, qapp):
    import main

    companies.add(store, who="t", name="Foto ApS")
    out = tmp_path / "shot.png"
    assert main.main(["--db", str(store_path), "--screenshot", str(out), "--view", "companies",
                      "--size", "1000x700"]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_screenshot_of_a_foreign_file_fails_cleanly(tmp_path, qapp, capsys):
    import main

    bad = tmp_path / "bad.sqlite"
    bad.write_text("hello")
    assert main.main(["--db", str(bad), "--screenshot", str(tmp_path / "x.png")]) == 2
    assert bad.read_text() == "hello"
    assert "bad.sqlite" in capsys.readouterr().err


def test_a_cpr_number_in_free_text_is_warned_about_before_it_is_saved(qtbot, window, store):
    view = window.show_view_key("companies")
    view.new_record(ask=False)
    type_into(qtbot, view.form.fields["name"], "Notefirma ApS")
    type_into(qtbot, view.form.fields["notes"], "Ring om 010190-1234")
    before = count(store, "companies")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert count(store, "companies") == before  # warned, not saved
    assert view.form.banner.isVisible() and "CPR" in view.form.banner.text()
    assert "Noter" in view.form.banner.text() or "Notes" in view.form.banner.text()
    type_into(qtbot, view.form.fields["notes"], "Ring om sag 42")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert count(store, "companies") == before + 1  # nothing CPR-like: saved at once
    type_into(qtbot, view.form.fields["notes"], "Ordre 0101901234")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert "Ordre" not in (companies.get(store, view.current_id)["notes"] or "")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)  # the consultant says it is no CPR number
    assert companies.get(store, view.current_id)["notes"] == "Ordre 0101901234"

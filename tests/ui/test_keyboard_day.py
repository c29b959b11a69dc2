"""The consultant's whole day by key events only, on the real main window: find a company by typing, open
it, log a visit with a follow-up, create a need with occupation and skills from the type-ahead, find
candidates (Ctrl+M), put three on the shortlist (Ctrl+K), move one to "sendt" (Ctrl+Shift+N), open the PDF
preview (Ctrl+P), save both variants, and mark the follow-up done (Ctrl+D). Only reading state to assert
and the file dialogs' answers (a monkeypatched getSaveFileName) are not key presses."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from db import contacts, needs, shortlists
from tests.helpers import pdf_text, when_modal

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused():
    return QApplication.focusWidget()


def keyboard():
    """Where a key press goes: an open suggestion list takes it, as on the screen, else the focused widget."""
    return QApplication.activePopupWidget() or QApplication.focusWidget()


def tab_to(qtbot, editor, limit: int = 40) -> None:
    """Press Tab until the keyboard is in `editor`, as a user would (from the window if nothing has focus)."""
    for _ in range(limit):
        if focused() is editor:
            return
        qtbot.keyClick(focused() or editor.window(), Qt.Key.Key_Tab)
    assert focused() is editor, f"{limit} Tab presses did not reach {editor}"


def back_to(qtbot, window) -> None:
    window.activateWindow()  # the window manager's part: the main window is active again after a dialog
    qtbot.waitUntil(window.isActiveWindow)


def pick_suggestion(qtbot, edit, typed: str) -> None:
    """Type into a type-ahead line, then Down and Return take the first suggestion."""
    qtbot.keyClicks(edit, typed)
    assert QApplication.activePopupWidget() is not None, f"no suggestions for {typed!r}"
    qtbot.keyClick(keyboard(), Qt.Key.Key_Down)
    qtbot.keyClick(keyboard(), Qt.Key.Key_Return)
    assert QApplication.activePopupWidget() is None
    back_to(qtbot, edit.window())  # the offscreen platform leaves the closed list the active window


def test_the_whole_day_by_keyboard(qtbot, jobcentre, main_window, store, tmp_path, monkeypatch):
    window = main_window
    company_id = jobcentre.company  # "Lager & Logistik A/S"
    names = ("Anna Truck", "Bo Lager", "Cecilie Gaffel")
    for name in names:
        jobcentre.add_candidate(name=name, occupations=["forklift_driver"], skills=["truck_b", "forklift", "warehouse"])
    back_to(qtbot, window)

    # -- find the company by typing and open it -------------------------------------------------------
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)  # Virksomheder
    companies_view = window.views["companies"]
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(focused(), "Logistik")
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert companies_view.current_id == company_id
    assert focused() is companies_view.form.fields["name"].editor()

    # -- log a visit with a follow-up today ------------------------------------------------------------
    today = dt.date.today()

    def log_visit(dialog):
        dialog.activateWindow()
        qtbot.waitUntil(lambda: focused() is dialog.form.fields["summary"].editor())
        qtbot.keyClicks(focused(), "Besøg: de mangler tre truckførere")
        tab_to(qtbot, dialog.form.fields["follow_up_date"].editor())
        qtbot.keyClicks(focused(), today.strftime("%d-%m-%Y"))
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        qtbot.keyClicks(focused(), "Ring om kandidatlisten")
        qtbot.keyClick(focused(), Qt.Key.Key_Return)  # the dialog's default button: Gem

    when_modal(log_visit)
    qtbot.keyClick(focused(), Qt.Key.Key_L, CTRL)
    visit = contacts.for_company(store, company_id)
    assert [(c["summary"], c["follow_up_date"], c["follow_up_task"]) for c in visit] == [
        ("Besøg: de mangler tre truckførere", today.isoformat(), "Ring om kandidatlisten")]
    back_to(qtbot, window)

    # -- a new need with occupation and skills from the type-ahead --------------------------------------
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)  # Behov
    needs_view = window.views["needs"]
    qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL)
    fields = needs_view.form.fields
    assert focused() is fields["company_id"].editor()
    pick_suggestion(qtbot, focused(), "logistik")  # any part of the company's name
    assert fields["company_id"].value() == company_id
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is fields["title"].editor()
    qtbot.keyClicks(focused(), "Truckfører til lageret")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is fields["occupation"].editor()
    pick_suggestion(qtbot, focused(), "Truckfø")
    occupation = fields["occupation"].value()
    assert isinstance(occupation, int) and fields["occupation"].edit.text() == "Truckfører"
    assert fields["essential"].value()  # the occupation's skills, suggested
    tab_to(qtbot, fields["desired"].edit)
    before = fields["desired"].value()
    pick_suggestion(qtbot, focused(), "førstehj")
    added = [fields["desired"].vocabulary.label(ref) for ref in fields["desired"].value() if ref not in before]
    assert len(added) == 1 and added[0].casefold().startswith("førstehjælp")
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    need_id = needs_view.current_id
    assert need_id, needs_view.heading.text()
    need = needs.get(store, need_id)
    assert need["company_id"] == company_id and need["occupation_id"] == occupation

    # -- find candidates, three on the shortlist -------------------------------------------------------
    qtbot.keyClick(focused(), Qt.Key.Key_M, CTRL)
    match = window.views["match"]
    assert window.current_view() is match
    qtbot.waitUntil(lambda: match.model.rowCount() >= 3)
    back_to(qtbot, window)
    if focused() is not match.table:  # the ranking came after the keys: Ctrl+F, then, Down goes into it
        qtbot.keyClick(focused(), Qt.Key.Key_F, CTRL)
        assert focused() is match.picker
        qtbot.keyClick(match.picker, Qt.Key.Key_Down)
    assert focused() is match.table  # the keyboard in the ranking, its first row chosen
    qtbot.keyClick(match.table, Qt.Key.Key_Down, SHIFT)
    qtbot.keyClick(match.table, Qt.Key.Key_Down, SHIFT)
    qtbot.keyClick(match.table, Qt.Key.Key_K, CTRL)
    entries = shortlists.entries(store, need_id)
    assert sorted(e["candidate_name"] for e in entries) == sorted(names)

    # -- on the shortlist beside the ranking: move the first to "sendt" ---------------------------------
    panel = match.shortlist
    assert match.tabs.currentWidget() is panel  # Ctrl+K shows the list it added to
    tab_to(qtbot, panel.table)
    qtbot.keyClick(panel.table, Qt.Key.Key_Home)

    def send(dialog):
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        assert dialog.form.fields["status"].value() == "sent"
        qtbot.keyClick(focused() or dialog, Qt.Key.Key_Return)

    when_modal(send)
    qtbot.keyClick(panel.table, Qt.Key.Key_N, CTRL | SHIFT)
    assert sorted(e["status"] for e in shortlists.entries(store, need_id)) == ["proposed", "proposed", "sent"]
    back_to(qtbot, window)

    # -- the PDF preview: save the company's and the internal variant ----------------------------------
    answers = iter([tmp_path / "virksomhed.pdf", tmp_path / "intern.pdf"])
    asked = []

    def choose(parent, caption, start, *args, **kwargs):
        asked.append(start)
        return str(next(answers)), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))

    def save_both(preview):
        preview.activateWindow()
        qtbot.waitUntil(preview.isActiveWindow)
        qtbot.waitUntil(lambda: bool(preview.data), timeout=20000)
        qtbot.keyClick(focused() or preview, Qt.Key.Key_S, CTRL)
        tab_to(qtbot, preview.company_radio)
        qtbot.keyClick(preview.company_radio, Qt.Key.Key_Right)  # arrows move between the radio buttons
        assert preview.variant == "internal"
        qtbot.waitUntil(lambda: bool(preview.data) and preview.variant == "internal", timeout=20000)
        qtbot.waitUntil(lambda: preview.save_button.isEnabled(), timeout=20000)
        qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
        qtbot.keyClick(focused(), Qt.Key.Key_Escape)

    seen = when_modal(save_both, tries=2000)
    qtbot.keyClick(panel.table, Qt.Key.Key_P, CTRL)
    assert seen
    (company_pdf, _), (internal_pdf, _) = pdf_text(tmp_path / "virksomhed.pdf"), pdf_text(tmp_path / "intern.pdf")
    assert "Truckførertillageret" in company_pdf and "Truckførertillageret" in internal_pdf  # squashed text
    assert company_pdf != internal_pdf
    assert "intern" in asked[1].lower() and "intern" not in asked[0].lower()
    back_to(qtbot, window)

    # -- the follow-up done ----------------------------------------------------------------------------
    qtbot.keyClick(focused(), Qt.Key.Key_6, CTRL)  # Mine opfølgninger
    follow = window.views["followups"]
    qtbot.waitUntil(lambda: follow.model.rowCount() >= 1)
    tab_to(qtbot, follow.table)
    row = next(r for r in range(follow.model.rowCount())
               if follow.model.row_dict(r).get("follow_up_task") == "Ring om kandidatlisten")
    qtbot.keyClick(follow.table, Qt.Key.Key_Home)
    for _ in range(row):
        qtbot.keyClick(follow.table, Qt.Key.Key_Down)
    qtbot.keyClick(follow.table, Qt.Key.Key_D, CTRL)
    visit = next(c for c in contacts.for_company(store, company_id) if c["follow_up_task"] == "Ring om kandidatlisten")
    assert visit["done"]

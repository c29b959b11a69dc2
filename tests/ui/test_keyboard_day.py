"""Part of the consultant's day by key events only, on the real main window: find a company by typing, open
it, log a visit with a follow-up, and mark the follow-up done. (Need, ranking, shortlist and PDF by keys:
see tests/ui/test_keyboard.py for Ctrl+K, Ctrl+M, Ctrl+P; a single test of the whole day is still to come.)"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from db import companies, contacts
from tests.helpers import when_modal

CTRL = Qt.KeyboardModifier.ControlModifier


def focused():
    return QApplication.focusWidget()


def tab_to(qtbot, editor, limit: int = 40) -> None:
    """Press Tab until the keyboard is in `editor`, as a user would (from the window if nothing has focus)."""
    for _ in range(limit):
        if focused() is editor:
            return
        qtbot.keyClick(focused() or editor.window(), Qt.Key.Key_Tab)
    assert focused() is editor, f"{limit} Tab presses did not reach {editor}"


def test_find_a_company_log_a_visit_and_mark_the_follow_up_done_by_keyboard(qtbot, main_window, store):
    window = main_window
    company_id = companies.add(store, who="test", name="Vejle Transport ApS", postcode="7100").id
    companies.add(store, who="test", name="Aarhus Lager A/S", postcode="8000")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)  # Virksomheder
    view = window.views["companies"]
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(focused(), "Vejle")
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert view.current_id == company_id and focused() is view.form.fields["name"].editor()

    today = dt.date.today()

    def log_visit(dialog):
        dialog.activateWindow()
        qtbot.waitUntil(lambda: focused() is dialog.form.fields["summary"].editor())
        qtbot.keyClicks(focused(), "Besøg: de mangler to lagermedarbejdere")
        tab_to(qtbot, dialog.form.fields["follow_up_date"].editor())
        qtbot.keyClicks(focused(), today.strftime("%d-%m-%Y"))
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        qtbot.keyClicks(focused(), "Send kandidatliste")
        qtbot.keyClick(focused(), Qt.Key.Key_Return)  # the dialog's default button: Gem

    when_modal(log_visit)
    qtbot.keyClick(focused(), Qt.Key.Key_L, CTRL)
    logged = contacts.for_company(store, company_id)
    assert [(c["summary"], c["follow_up_date"], c["follow_up_task"]) for c in logged] == [
        ("Besøg: de mangler to lagermedarbejdere", today.isoformat(), "Send kandidatliste")]

    window.activateWindow()  # the window manager's part: the main window is active again after the dialog
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_6, CTRL)  # Mine opfølgninger
    follow = window.views["followups"]
    qtbot.waitUntil(lambda: follow.model.rowCount() == 1)
    tab_to(qtbot, follow.table)
    qtbot.keyClick(follow.table, Qt.Key.Key_Down)
    qtbot.keyClick(follow.table, Qt.Key.Key_D, CTRL)
    assert contacts.for_company(store, company_id)[0]["done"]
    qtbot.waitUntil(lambda: follow.model.rowCount() == 0)

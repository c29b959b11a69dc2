"""The keyboard paths through the real main window: tables are no traps, search lines lead into their results,
the promised shortcuts work, and a refused save is seen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from db import companies, shortlists
from tests.helpers import count

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(main_window, qtbot):
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    return main_window


def focused():
    return QApplication.focusWidget()


def test_search_line_leads_into_results_and_back(qtbot, window, store):
    companies.add(store, who="test", name="Vejle Transport ApS", postcode="7100")
    companies.add(store, who="test", name="Aarhus Lager A/S", postcode="8000")
    view = window.show_view_key("companies")
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(lambda: focused() is view.search)
    qtbot.keyClicks(view.search, "Vejle")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)

    qtbot.keyClick(view.search, Qt.Key.Key_Down)  # into the results, the first row chosen and shown
    qtbot.waitUntil(lambda: focused() is view.table)
    assert view.heading.text() == "Vejle Transport ApS"

    qtbot.keyClick(view.table, Qt.Key.Key_Escape)  # back to the search line
    assert focused() is view.search
    qtbot.keyClick(view.search, Qt.Key.Key_Return)  # Enter also goes into the results
    assert focused() is view.table

    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter opens the row: the keyboard is in its form
    assert focused() is view.form.fields["name"].editor()


def test_tab_leaves_a_table(qtbot, window, store):
    companies.add(store, who="test", name="Vejle Transport ApS", postcode="7100")
    view = window.show_view_key("companies")
    view.search.setFocus()
    qtbot.keyClicks(view.search, "Vejle")
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert focused() is view.table and not view.table.tabKeyNavigation()
    qtbot.keyClick(view.table, Qt.Key.Key_Tab)
    assert focused() is not view.table
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    assert focused() is view.table


def test_a_refused_save_says_so_in_the_heading_and_focuses_the_wrong_field(qtbot, window, store):
    view = window.show_view_key("companies")
    view.new_record(ask=False)
    view.form.fields["cvr"].set_value("123")  # too short: refused
    view.form.fields["name"].set_value("Vejle Transport ApS")
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert view.form.banner.isVisible()
    assert "ikke gemt" in view.heading.text().lower()
    assert "ikke gemt" in view.form.banner.text().lower()
    assert focused() is view.form.fields["cvr"].editor()
    assert count(store, "companies") == 0


def test_ctrl_k_puts_the_selected_candidates_on_the_shortlist(qtbot, window, store, jobcentre):
    need = jobcentre.add_need(title="Lagermedarbejder", occupation="forklift_driver", essential=["forklift"])
    for name in ("Anna Bedst", "Carl Delvis"):
        jobcentre.add_candidate(name=name, occupations=["forklift_driver"], skills=["forklift"])
    window.match_service.build_now()
    view = window.show_view_key("match")
    view.show_need(need)
    assert view.model.rowCount() == 2
    assert "Ctrl+K" in view.add_button.toolTip()
    view.table.setFocus()
    flags = QItemSelectionModel.SelectionFlag
    view.table.selectionModel().select(view.model.index(0, 0), flags.ClearAndSelect | flags.Rows)
    qtbot.keyClick(view.table, Qt.Key.Key_K, CTRL)
    assert [e["candidate_id"] for e in shortlists.entries(store, need)] == [view.model.rows[0].other_id]


def test_shortcuts_are_named_in_tooltips(window):
    needs, candidates = window.views["needs"], window.views["candidates"]
    assert "Ctrl+M" in needs.find_button.toolTip() and "Ctrl+M" in candidates.find_button.toolTip()
    assert "Ctrl+Skift+N" in needs.shortlist.step_button.toolTip()  # Danish key names in the Danish UI
    assert "Ctrl+P" in needs.shortlist.pdf_button.toolTip()
    assert "Ctrl+D" in window.views["followups"].done_button.toolTip()


def test_date_and_time_fields_take_one_tab_stop_each(qtbot, danish):
    from ui.widgets.fields import DateLine, DateTimeLine, TextLine
    from ui.widgets.form import Form

    form = Form()
    qtbot.addWidget(form)
    first, date, when, last = (form.add("a", "A", TextLine()), form.add("d", "D", DateLine()),
                               form.add("t", "T", DateTimeLine()), form.add("z", "Z", TextLine()))
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    first.editor().setFocus()
    for expected in (date, when, last):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        assert focused() is expected.editor()
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    assert focused() is date.editor()

    opened = []
    menu = date.button.menu()
    menu.aboutToShow.connect(lambda: opened.append(True))
    menu.aboutToShow.connect(menu.close, Qt.ConnectionType.QueuedConnection)
    qtbot.keyClick(date.editor(), Qt.Key.Key_F4)  # the calendar opens from the keyboard
    assert opened


def test_a_set_of_check_boxes_is_one_tab_stop_and_the_need_form_reaches_danish_early(qtbot, window):
    view = window.show_view_key("needs")
    view.new_record(ask=False)
    measures = view.form.fields["measures"]
    checks = list(measures.boxes.values())
    view.form.fields["company_id"].editor().setFocus()
    stops = 0
    while focused() is not view.form.fields["danish_level"].editor() and stops < 40:
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        stops += 1
        if focused() is checks[0]:  # arrows walk the boxes, Space ticks, Tab leaves the set
            qtbot.keyClick(focused(), Qt.Key.Key_Right)
            assert focused() is checks[1]
            qtbot.keyClick(focused(), Qt.Key.Key_Space)
            assert measures.value() == [list(measures.boxes)[1]]
    assert stops <= 15, f"{stops} Tab stops to reach Danish"


def test_a_skill_list_adds_with_enter_and_removes_with_delete(qtbot, window):
    view = window.show_view_key("needs")
    view.new_record(ask=False)
    skills = view.form.fields["essential"]
    skills.edit.setFocus()
    qtbot.keyClicks(skills.edit, "Helt ny kompetence")
    qtbot.keyClick(skills.edit, Qt.Key.Key_Return)
    assert skills.value() == ["Helt ny kompetence"]
    qtbot.keyClick(skills.edit, Qt.Key.Key_Tab)
    assert focused() is skills.list
    skills.list.setCurrentRow(0)
    qtbot.keyClick(skills.list, Qt.Key.Key_Delete)  # the entry goes, not the need (the window's Delete)
    assert skills.value() == []


def test_the_days_actions_are_in_the_menus_with_their_keys_and_enabled_where_they_apply(qtbot, window, store, jobcentre):
    day = window.actions_.day
    menu_texts = {a.text() for m in window.menuBar().actions() for a in m.menu().actions()}
    for action, key in ((day["find"], "Ctrl+M"), (day["step"], "Ctrl+Skift+N"), (day["pdf"], "Ctrl+P"),
                        (day["done"], "Ctrl+D"), (day["postpone"], "Ctrl+U")):
        assert action.text() in menu_texts and action.text().endswith("\t" + key)
    assert window.actions_.log_contact.shortcut().toString() == "Ctrl+L"

    window.show_view_key("companies")
    window.update_day_actions()
    assert not any(a.isEnabled() for a in day.values())  # nothing of the day applies to a company

    need = jobcentre.add_need(title="Lagermedarbejder", occupation="forklift_driver", essential=["forklift"])
    jobcentre.add_candidate(name="Anna Bedst", occupations=["forklift_driver"], skills=["forklift"])
    needs = window.show_view_key("needs")
    needs.select(need)
    window.update_day_actions()
    assert day["find"].isEnabled() and not day["step"].isEnabled() and not day["done"].isEnabled()  # no entry chosen
    window.match_service.build_now()
    day["find"].trigger()  # runs the view's button: the ranking for the need
    assert window.current_view() is window.views["match"]

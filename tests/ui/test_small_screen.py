"""A 1024x700 laptop: the main window fits, no detail form is cut off at the right, every tab label shows."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QScrollArea, QTabBar

from ui.views.entity_view import EntityView


def test_every_view_fits_1024_by_700(qtbot, main_window):
    assert main_window.minimumSizeHint().width() <= 1024
    main_window.resize(1024, 700)
    for key, view in main_window.views.items():
        main_window.show_view_key(key)
        qtbot.waitUntil(lambda: main_window.width() == 1024)
        if not isinstance(view, EntityView):
            continue
        scroll = view.form.parentWidget().parentWidget()
        assert isinstance(scroll, QScrollArea)
        assert scroll.viewport().width() >= view.form.minimumSizeHint().width(), f"{key}: the form is cut off"

        for bar in view.findChildren(QTabBar):
            if bar.isVisible():
                shown = sum(bar.tabRect(i).width() for i in range(bar.count()))
                assert shown <= bar.width(), f"{key}: tab labels need scroll arrows"


def test_the_company_list_keeps_room_for_names_beside_a_busy_record(qtbot, main_window, store):
    """The sidebar is no wider than its names and a tab holding nothing says no "(0)": beside a company
    with contact persons, logged contacts and needs the list still shows a name like "Andersen & Koch
    Beton ApS" (it was 120 px wide)."""
    from db import companies, contacts, needs

    company = companies.add(store, who="test", name="Andersen & Koch Beton ApS").id
    companies.add_person(store, company, who="test", name="Bo Koch")
    contacts.add(store, who="test", company_id=company, at="2026-11-02T10:00", kind="visit")
    needs.add(store, who="test", company_id=company, title="Betonarbejder")
    main_window.resize(1024, 700)
    view = main_window.show_view_key("companies")
    qtbot.waitUntil(lambda: main_window.width() == 1024)
    view.show_record(company)
    qtbot.waitUntil(lambda: view.heading.text().startswith("Andersen"))
    labels = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert "Kontaktpersoner (1)" in labels and "Behov (1)" in labels and "Kandidatlister" in labels
    assert view.table.width() >= 180, view.table.width()
    font = QFont(main_window.nav.font())
    font.setPixelSize(14)
    widest = max(QFontMetrics(font).horizontalAdvance(main_window.nav.item(i).text())
                 for i in range(main_window.nav.count()))
    assert main_window.nav.width() <= widest + 40  # no fixed 170 px whatever the names


def test_a_tab_counts_what_it_holds_and_says_nothing_of_none():
    from ui.widgets.keys import counted_label

    assert counted_label("Behov", 3) == "Behov (3)"
    assert counted_label("Behov", 0) == "Behov"

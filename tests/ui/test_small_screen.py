"""A 1024x700 laptop: the main window fits, no detail form is cut off at the right, every tab label shows."""

from __future__ import annotations

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

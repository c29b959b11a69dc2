"""Hjælp → Om Jobbro: version, licences of the bundled components, the ESCO attribution; Danish; Esc closes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

import resources
from ui.about_info import COMPONENTS, ESCO_ATTRIBUTION


def make_dialog(qtbot, path="/srv/jobbro/store.sqlite"):
    from PySide6.QtWidgets import QApplication

    from ui import i18n, settings
    from ui.dialogs.about_dialog import AboutDialog

    i18n.install(QApplication.instance(), settings.get("language"))  # as `jobbro` starts: nothing chosen yet

    dialog = AboutDialog(path)
    qtbot.addWidget(dialog)
    return dialog


def test_it_shows_version_store_esco_and_every_component(qtbot):
    dialog = make_dialog(qtbot)
    text = dialog.text.toPlainText()
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert f"Version {resources.version()}" in labels
    assert "This service uses the ESCO classification of the European Commission." in text
    assert ESCO_ATTRIBUTION == "This service uses the ESCO classification of the European Commission."
    assert "/srv/jobbro/store.sqlite" in text
    for component in COMPONENTS:
        assert component.name in text
        assert component.licence in text
    for name, licence in (("PySide6", "LGPL-3.0"), ("NumPy", "BSD-3-Clause"), ("sqlite-utils", "Apache-2.0"),
                          ("openpyxl", "MIT"), ("ReportLab", "BSD-3-Clause")):
        assert any(name in c.name and c.licence.startswith(licence) for c in COMPONENTS), name


def test_versions_of_the_installed_components_are_shown(qtbot):
    import numpy

    dialog = make_dialog(qtbot)
    text = dialog.text.toPlainText()
    assert numpy.__version__ in text


def test_it_is_danish_by_default(qtbot):
    dialog = make_dialog(qtbot)
    assert dialog.windowTitle() == "Om Jobbro"
    assert "Medfølgende komponenter og deres licenser" in dialog.text.toPlainText()


def test_it_fits_a_small_screen_and_esc_closes_it(qtbot):
    dialog = make_dialog(qtbot)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1024 and dialog.height() <= 700
    assert dialog.minimumSizeHint().height() <= 700
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_help_menu_opens_it(qtbot, store, store_path, monkeypatch):
    from ui.context import AppContext
    from ui.dialogs import about_dialog
    from ui.mainwindow import MainWindow

    make_dialog(qtbot)
    shown = []
    monkeypatch.setattr(about_dialog.AboutDialog, "exec", lambda self: shown.append(self) or 0)
    window = MainWindow(AppContext(store, str(store_path)))
    qtbot.addWidget(window)
    window.actions_.about.trigger()
    assert len(shown) == 1 and str(store_path) in shown[0].text.toPlainText()
    window.match_service.shutdown()

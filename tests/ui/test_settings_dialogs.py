"""SettingsDialog and FirstStartDialog through their widgets: change, save, cancel, and keyboard only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox

from tests.helpers import type_into, when_modal
from ui import settings
from ui.dialogs.first_start import FirstStartDialog
from ui.dialogs.settings_dialog import SettingsDialog


@pytest.fixture
def danish(danish):
    """Danish installed and chosen in the settings, as the dialogs open on a Danish desktop."""
    settings.put("language", "da")


def open_dialog(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None)  # Qt gives the first field the focus
    return dialog


def button(dialog: QDialog, which: QDialogButtonBox.StandardButton):
    return dialog.findChild(QDialogButtonBox).button(which)


# ---- SettingsDialog ----------------------------------------------------------------------------------------
def test_changed_values_are_stored_on_save(qtbot, danish):
    settings.put("consultant_name", "Anne Holm")
    dialog = open_dialog(qtbot, SettingsDialog())
    fields = dialog.form.fields
    assert fields["consultant_name"].value() == "Anne Holm"  # the dialog opens on what is stored
    type_into(qtbot, fields["consultant_name"], "Bo Jensen")
    type_into(qtbot, fields["job_centre_name"], "Jobcenter Vejle")
    assert not fields["policy_weight"].isEnabled()  # the priority's details wait for the priority itself
    qtbot.mouseClick(fields["policy_enabled"].box, Qt.MouseButton.LeftButton)
    assert fields["policy_weight"].isEnabled() and fields["policy_young"].isEnabled()
    fields["policy_weight"].spin.setValue(7.5)
    qtbot.mouseClick(button(dialog, QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.get("consultant_name") == "Bo Jensen"
    assert settings.get("job_centre_name") == "Jobcenter Vejle"
    assert settings.get("policy_enabled") is True and settings.get("policy_weight") == 7.5
    assert settings.get("language") == "da"


def test_cancel_keeps_the_old_values(qtbot, danish):
    settings.put("consultant_name", "Anne Holm")
    dialog = open_dialog(qtbot, SettingsDialog())
    type_into(qtbot, dialog.form.fields["consultant_name"], "Bo Jensen")
    qtbot.mouseClick(dialog.form.fields["policy_enabled"].box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button(dialog, QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert settings.get("consultant_name") == "Anne Holm"
    assert settings.get("policy_enabled") is False


def test_keyboard_only_tab_to_a_field_and_enter_saves(qtbot, danish):
    settings.put("consultant_name", "Anne Holm")
    dialog = open_dialog(qtbot, SettingsDialog())
    name = dialog.form.fields["consultant_name"].edit
    assert dialog.focusWidget() is name  # the first field has the focus when the dialog opens
    name.selectAll()
    qtbot.keyClicks(name, "Bo Jensen")
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.form.fields["language"].combo
    # Tab on to the priority switch and turn it on with the space bar.
    box = dialog.form.fields["policy_enabled"].box
    for _ in range(10):
        if dialog.focusWidget() is box:
            break
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is box
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.form.fields["policy_long_term"].box  # now enabled, so reachable
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # Enter presses the default button: Save
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert settings.get("consultant_name") == "Bo Jensen" and settings.get("policy_enabled") is True


def test_keyboard_only_escape_cancels(qtbot, danish):
    settings.put("consultant_name", "Anne Holm")
    dialog = open_dialog(qtbot, SettingsDialog())
    name = dialog.form.fields["consultant_name"].edit
    name.selectAll()
    qtbot.keyClicks(name, "Bo Jensen")
    qtbot.keyClick(name, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert settings.get("consultant_name") == "Anne Holm"


def test_a_new_language_is_stored_installed_and_said_to_need_a_restart(qtbot, danish, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text: said.append(text)))
    dialog = open_dialog(qtbot, SettingsDialog())
    language = dialog.form.fields["language"].combo
    language.setFocus()
    qtbot.keyClick(language, Qt.Key.Key_Down)  # Danish -> English
    assert dialog.form.fields["language"].value() == "en"
    qtbot.keyClick(language, Qt.Key.Key_Return)
    assert settings.get("language") == "en"
    assert said == ["The new language is used everywhere after a restart."]  # told in the language just chosen
    assert dialog.result() == QDialog.DialogCode.Accepted


# ---- FirstStartDialog ---------------------------------------------------------------------------------------
PASSPHRASE = "lang nok adgangskode 7"


def type_passphrase_twice(qtbot, dialog) -> None:
    """Keyboard only: the first passphrase line has the focus; Tab moves to the second."""
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.new_passphrase.first)
    qtbot.keyClicks(dialog.new_passphrase.first, PASSPHRASE)
    qtbot.keyClick(dialog.new_passphrase.first, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.new_passphrase.second)
    qtbot.keyClicks(dialog.new_passphrase.second, PASSPHRASE)


def test_first_start_offers_an_encrypted_empty_store_and_enter_takes_it(qtbot, danish, tmp_path):
    path = str(tmp_path / "jobbro.sqlite")
    dialog = open_dialog(qtbot, FirstStartDialog(path))
    assert path in dialog.layout().itemAt(0).widget().text()  # says where the store will be
    assert dialog.empty.isChecked() and not dialog.demo.isChecked() and not dialog.plain.isChecked()
    assert button(dialog, QDialogButtonBox.StandardButton.Ok).text() == "Opret"
    type_passphrase_twice(qtbot, dialog)
    qtbot.keyClick(dialog.new_passphrase.second, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.choice == "empty"
    assert dialog.passphrase == PASSPHRASE


def test_first_start_refuses_a_short_passphrase_and_stays_open(qtbot, danish, tmp_path):
    dialog = open_dialog(qtbot, FirstStartDialog(str(tmp_path / "jobbro.sqlite")))
    qtbot.keyClicks(dialog.new_passphrase.first, "kort")
    qtbot.keyClicks(dialog.new_passphrase.second, "kort")
    qtbot.keyClick(dialog.new_passphrase.second, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.message.text() and dialog.passphrase is None


def test_first_start_demo_chosen_with_the_arrow_keys(qtbot, danish, tmp_path):
    dialog = open_dialog(qtbot, FirstStartDialog(str(tmp_path / "jobbro.sqlite")))
    dialog.empty.setFocus()
    qtbot.waitUntil(dialog.empty.hasFocus)
    qtbot.keyClick(dialog.empty, Qt.Key.Key_Down)
    assert dialog.demo.isChecked() and dialog.demo.hasFocus()
    qtbot.keyClick(dialog.demo, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.choice == "demo"
    assert dialog.passphrase is None  # the demo holds no real people: not encrypted


def test_first_start_escape_cancels_and_the_app_creates_nothing(qtbot, danish, tmp_path):
    from ui.app import _first_start

    path = tmp_path / "jobbro.sqlite"
    shown = when_modal(lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    assert _first_start(path) is None
    assert isinstance(shown[0], FirstStartDialog)
    assert not path.exists()


def test_first_start_create_returns_to_the_app_which_opens_the_store(qtbot, danish, tmp_path):
    from ui.app import _first_start

    path = tmp_path / "jobbro.sqlite"

    def create(dialog):
        type_passphrase_twice(qtbot, dialog)
        qtbot.keyClick(dialog.new_passphrase.second, Qt.Key.Key_Return)

    shown = when_modal(create)
    store = _first_start(path)
    assert isinstance(shown[0], FirstStartDialog)
    assert store is not None and not path.exists()  # an empty store: the app opens (and so creates) it next
    assert QApplication.activeModalWidget() is None


def test_first_start_demo_fills_a_new_store_for_the_consultant(qtbot, danish, tmp_path):
    from db import companies
    from db.store import open_store
    from ui.app import _first_start

    settings.put("consultant_name", "Anne Holm")
    path = tmp_path / "jobbro.sqlite"

    def choose_demo(dialog):
        dialog.empty.setFocus()
        qtbot.waitUntil(dialog.empty.hasFocus)
        qtbot.keyClick(dialog.empty, Qt.Key.Key_Down)
        assert dialog.demo.isChecked()
        qtbot.keyClick(dialog.demo, Qt.Key.Key_Return)

    when_modal(choose_demo)
    assert _first_start(path) is not None
    db = open_store(path, create=False)
    try:
        assert len(companies.names(db)) > 0
        assert db.execute("SELECT count(*) FROM contacts WHERE consultant = 'Anne Holm'").fetchone()[0] > 0
    finally:
        db.close()

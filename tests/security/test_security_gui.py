"""The app's protection through the real widgets: first start, the passphrase dialog's three tries, the
lock (by shortcut and by inactivity) that hides every personal datum and loses nothing typed, the
"Not encrypted" mark, backups from the window, and the restore list."""

from __future__ import annotations

import pytest
from security_helpers import NAME, PASS
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QPlainTextEdit, QWidget

from db import backup, cipher
from db.store import StoreFile
from ui import i18n
from ui.context import AppContext
from ui.dialogs.first_start import FirstStartDialog
from ui.dialogs.passphrase import AskPassphraseDialog
from ui.mainwindow import MainWindow
from ui.security import SecurityGuard


def _window(qtbot, qapp, store: StoreFile, folder):
    i18n.install(qapp, "da")
    db = store.open(create=False)
    win = MainWindow(AppContext(db, str(store.path), store=store))
    guard = SecurityGuard(win, win.ctx, backup_folder=str(folder), auto_backup=False)
    win.show()
    qtbot.waitExposed(win)
    return win, guard, db


@pytest.fixture
def secured(qtbot, qapp, encrypted_store, tmp_path, consultant):
    path, _ = encrypted_store
    win, guard, db = _window(qtbot, qapp, StoreFile(path, PASS), tmp_path / "bk")
    yield win, guard
    guard.shutdown()
    for view in win.views.values():
        if hasattr(view, "form"):
            view.form.dirty = False
    win.close()
    db.close()
    win.deleteLater()


def visible_texts(win) -> str:
    """Every text a person could read in the window right now."""
    texts = [win.windowTitle()]
    for widget in win.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QLineEdit)):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
            texts += [str(model.index(r, c).data()) for r in range(min(model.rowCount(QModelIndex()), 30))
                      for c in range(columns)]
    return "\n".join(texts)


def test_lock_hides_every_personal_datum_and_keeps_what_was_typed(qtbot, secured):
    win, guard = secured
    view = win.show_view_key("candidates")
    view.new_record(ask=False)
    name_edit = view.form.fields["name"].edit
    qtbot.keyClicks(name_edit, "Halvskrevet Navn")
    shown = view.model.index(0, 0).data()  # a citizen's name in the list
    before = visible_texts(win)
    assert shown and shown in before and str(guard.ctx.path) in before
    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert guard.locked
    locked = visible_texts(win)
    assert "Halvskrevet" not in locked and shown not in locked and NAME not in locked
    assert str(guard.ctx.path) not in locked
    assert win.centralWidget().objectName() == "lock_page"
    # shortcuts do nothing while locked, and the window does not close (it would ask about the unsaved record)
    qtbot.keyClick(win, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert win.centralWidget().objectName() == "lock_page"
    assert not win.close() and win.isVisible()
    page = win.centralWidget()
    qtbot.keyClicks(page.edit, "forkert kode")
    qtbot.keyClick(page.edit, Qt.Key.Key_Return)
    assert guard.locked and page.message.text()
    qtbot.keyClicks(page.edit, PASS)
    qtbot.keyClick(page.edit, Qt.Key.Key_Return)
    assert not guard.locked
    assert view.form.fields["name"].edit.text() == "Halvskrevet Navn"
    assert view.form.dirty
    assert str(guard.ctx.path) in win.windowTitle()


def test_inactivity_locks_the_window(qtbot, secured):
    win, guard = secured
    guard.idle.setInterval(30)  # the setting is in minutes; the test does not wait that long
    guard.idle.start()
    qtbot.waitUntil(lambda: guard.locked, timeout=3000)
    assert win.centralWidget().objectName() == "lock_page"


def test_the_lock_setting_of_zero_never_locks(secured):
    _, guard = secured
    guard.set_lock_minutes(0)
    assert not guard.idle.isActive()
    guard.set_lock_minutes(10)
    assert guard.idle.isActive() and guard.idle.interval() == 10 * 60 * 1000


def test_not_encrypted_is_marked_and_encrypt_is_offered(qtbot, qapp, plain_store, tmp_path, consultant):
    path, _ = plain_store
    win, guard, db = _window(qtbot, qapp, StoreFile(path), tmp_path / "bk")
    try:
        assert guard.plain_label.isVisible() and guard.plain_label.text() == "Ikke krypteret"
        assert guard.encrypt_action.isEnabled() and not guard.passphrase_action.isEnabled()
    finally:
        guard.shutdown()
        win.close()
        db.close()


def test_an_encrypted_store_is_not_marked(secured):
    _, guard = secured
    assert not guard.plain_label.isVisible()
    assert guard.passphrase_action.isEnabled() and not guard.encrypt_action.isEnabled()


def test_back_up_now_writes_a_checked_encrypted_backup(qtbot, secured, tmp_path):
    win, guard = secured
    guard.backup_now()
    qtbot.waitUntil(lambda: bool(backup.list_backups(tmp_path / "bk")) and not guard._backup_thread.busy, timeout=20000)
    made = backup.list_backups(tmp_path / "bk")[0]
    assert cipher.file_kind(made.path) == "encrypted"
    assert backup.inspect(made.path, PASS).summary()["candidates"] > 0


def test_encrypting_from_the_window_runs_after_it_closed(qtbot, qapp, plain_store, tmp_path, consultant):
    path, counts = plain_store
    win, guard, db = _window(qtbot, qapp, StoreFile(path), tmp_path / "bk")
    from ui.dialogs import passphrase as dialogs

    def accept(dialog, *_args):
        dialog.new.first.setText(PASS)
        dialog.new.second.setText(PASS)
        dialog._accept()
        return dialog.result()

    original = dialogs.NewPassphraseDialog.exec
    dialogs.NewPassphraseDialog.exec = accept
    try:
        guard.encrypt()
    finally:
        dialogs.NewPassphraseDialog.exec = original
    assert not win.isVisible() and guard.pending is not None
    guard.shutdown()
    db.close()
    reopened = guard.pending()
    assert reopened.passphrase == PASS and cipher.file_kind(path) == "encrypted"
    assert cipher.table_counts(reopened.open(create=False).conn) == counts


def test_first_start_asks_twice_and_refuses_short_or_different_passphrases(qtbot, qapp, tmp_path):
    i18n.install(qapp, "da")
    dialog = FirstStartDialog(str(tmp_path / "new.sqlite"))
    qtbot.addWidget(dialog)
    dialog.show()
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "kan ikke genskabes" in texts and "sikkerhedskopierne bruger samme adgangskode" in texts
    dialog.new_passphrase.first.setText("kort")
    dialog._accept()
    assert dialog.result() == 0 and "8" in dialog.message.text()
    assert dialog.new_passphrase.hint.text()
    dialog.new_passphrase.first.setText(PASS)
    dialog.new_passphrase.second.setText(PASS + "x")
    dialog._accept()
    assert dialog.result() == 0 and dialog.message.text()
    dialog.new_passphrase.first.setText("   ")
    dialog.new_passphrase.second.setText("   ")
    dialog._accept()
    assert dialog.result() == 0
    dialog.new_passphrase.first.setText(PASS)
    dialog.new_passphrase.second.setText(PASS)
    dialog._accept()
    assert dialog.result() == 1 and dialog.passphrase == PASS


def test_a_plain_store_only_by_explicit_choice(qtbot, qapp, tmp_path):
    dialog = FirstStartDialog(str(tmp_path / "new.sqlite"))
    qtbot.addWidget(dialog)
    dialog._accept()
    assert dialog.result() == 0  # no passphrase typed, no plain choice: nothing is created
    dialog.plain.setChecked(True)
    assert not dialog.new_passphrase.isEnabled()
    dialog._accept()
    assert dialog.result() == 1 and dialog.passphrase is None and dialog.choice == "empty"


def test_three_wrong_passphrases_and_the_dialog_gives_up(qtbot, qapp, encrypted_store):
    path, _ = encrypted_store
    before = path.read_bytes()

    def check(passphrase):
        try:
            StoreFile(path, passphrase).open(create=False).close()
        except Exception as exc:  # noqa: BLE001 - the test only needs to know it failed
            return str(exc)
        return None

    dialog = AskPassphraseDialog(str(path), check)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)  # empty: told so, not counted
    assert dialog.tries_left == 3 and dialog.message.text()
    for n, attempt in enumerate(("forkert 1", "forkert 2", "forkert 3")):
        qtbot.keyClicks(dialog.edit, attempt)
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
        assert dialog.tries_left == 2 - n
    assert dialog.exhausted and dialog.result() == 0
    assert path.read_bytes() == before


def test_the_right_passphrase_opens(qtbot, encrypted_store):
    path, _ = encrypted_store
    dialog = AskPassphraseDialog(str(path), lambda p: None if p == PASS else "nej")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.edit, PASS)
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert dialog.result() == 1 and dialog.passphrase == PASS


def test_the_restore_list_shows_dates_kinds_and_counts(qtbot, qapp, encrypted_store, tmp_path):
    from datetime import datetime

    from ui.dialogs.restore_dialog import RestoreDialog

    i18n.install(qapp, "da")
    path, counts = encrypted_store
    store = StoreFile(path, PASS)
    db = store.open(create=False)
    backup.automatic_backup(db, tmp_path / "bk", PASS, now=datetime(2026, 12, 1, 9, 0))
    db.close()
    (tmp_path / "bk" / "private.txt").write_text("not a backup")
    dialog = RestoreDialog(tmp_path / "bk", store)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    row = [dialog.table.item(0, c).text() for c in range(6)]
    assert row[0] == "01-12-2026 09:00" and row[1] == "automatisk"
    assert row[3] == str(counts["candidates"])


def test_restore_from_the_window_keeps_the_store_and_brings_the_backup_back(qtbot, qapp, encrypted_store, tmp_path,
                                                                            consultant, monkeypatch):
    from datetime import datetime

    from PySide6.QtWidgets import QMessageBox

    from security_helpers import counts_of
    from ui.dialogs.restore_dialog import RestoreDialog

    path, counts = encrypted_store
    store = StoreFile(path, PASS)
    db = store.open(create=False)
    backup.automatic_backup(db, tmp_path / "bk", PASS, now=datetime(2026, 12, 1, 9, 0))
    db.execute("DELETE FROM contacts")
    db.close()
    win, guard, db = _window(qtbot, qapp, store, tmp_path / "bk")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *args, **kwargs: asked.append(args[2]) or QMessageBox.StandardButton.Yes))

    def choose_first(dialog, *_args):
        dialog.table.selectRow(0)
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(RestoreDialog, "exec", choose_first)
    guard.restore()
    assert asked and "01-12-2026 09:00" in asked[0]
    assert not win.isVisible() and guard.pending is not None
    guard.shutdown()
    db.close()
    reopened = guard.pending()
    assert reopened.passphrase == PASS
    assert counts_of(path, PASS) == counts
    kept = [b for b in backup.list_backups(tmp_path / "bk") if b.kind == "before-restore"]
    assert len(kept) == 1 and backup.inspect(kept[0].path, PASS).counts["contacts"] == 0


def test_start_up_gives_up_after_three_wrong_passphrases(qtbot, qapp, encrypted_store, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ui import app as app_module

    i18n.install(qapp, "da")
    path, _ = encrypted_store
    before = path.read_bytes()
    said = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *args: said.append(args[2])))

    def type_wrong(left=3, polls=300):
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AskPassphraseDialog):
            if polls:
                QTimer.singleShot(10, lambda: type_wrong(left, polls - 1))
            return
        dialog.edit.setText(f"forkert kode {left}")
        dialog._try()
        if left > 1:
            QTimer.singleShot(0, lambda: type_wrong(left - 1))

    QTimer.singleShot(0, type_wrong)

    class Args:
        screenshot = None

    assert app_module._ask_passphrase(path, Args()) is None
    assert said and "Tre forkerte adgangskoder" in said[0]
    assert path.read_bytes() == before

"""The main window's protection: the lock (after inactivity and Ctrl+Shift+L), the "Ikke krypteret" mark,
automatic backups (daily and when the app closes), and the File menu's encrypt, passphrase and restore
entries. Work that swaps the store file (encrypt, new passphrase, restore) runs after the window has
closed, with every connection shut; the app then opens the store again (ui/app.py)."""

from __future__ import annotations

import hmac
import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget)

from db.changes import SETTINGS
from db import backup, cipher
from db.errors import StoreError
from db.store import StoreFile
from ui import messages, settings
from ui.tasks import StoreWorker
from ui.context import AppContext
from ui.dialogs.passphrase import NewPassphraseDialog, password_line

log = logging.getLogger(__name__)
INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
                QEvent.Type.TouchBegin}
DAILY_CHECK_MS = 60 * 60 * 1000  # look once an hour whether a day has passed since the last backup


class LockPage(QWidget):
    """What the window shows while locked: no personal datum, only a passphrase field."""

    def __init__(self, encrypted: bool, parent=None):
        super().__init__(parent)
        self.setObjectName("lock_page")
        title = QLabel(self.tr("Jobbro is locked"))
        title.setStyleSheet("font-size: 20px; font-weight: bold;")
        text = QLabel(self.tr("Type the store's passphrase to go on. Nothing you typed is lost.") if encrypted
                      else self.tr("The store is not encrypted, so no passphrase is needed. Nothing you typed is lost."))
        text.setWordWrap(True)
        self.edit = password_line()
        self.edit.setAccessibleName(self.tr("Passphrase"))
        self.edit.setVisible(encrypted)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.button = QPushButton(self.tr("Unlock"))
        self.button.setDefault(True)
        self.edit.returnPressed.connect(self.button.click)
        box = QWidget()
        box.setFixedWidth(440)
        inner = QVBoxLayout(box)
        for widget in (title, text, self.edit, self.message, self.button):
            inner.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)


class SecurityGuard(QObject):
    """Installed on the main window by ui/app.py (tests install it themselves)."""

    def __init__(self, window: QMainWindow, ctx: AppContext, *, backup_folder: str | None = None,
                 auto_backup: bool = True):
        super().__init__(window)
        self.window, self.ctx = window, ctx
        self.folder = Path(backup_folder or settings.get("backup_folder"))
        self.pending: Callable[[], StoreFile | None] | None = None  # runs after the window closed
        self.locked = False
        self._lock_page: LockPage | None = None
        self._central: QWidget | None = None
        self._hidden: list[QWidget] = []
        self._disabled: list[QAction] = []
        self._title = ""
        self._backup_thread: StoreWorker | None = None
        self._add_actions()
        self._mark_plain()
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        self.set_lock_minutes(settings.get("lock_minutes"))
        QApplication.instance().installEventFilter(self)
        self.daily = QTimer(self)
        self.daily.setInterval(DAILY_CHECK_MS)
        self.daily.timeout.connect(self.backup_if_due)
        ctx.changes.connect(self._settings_changed)
        if auto_backup:
            self.daily.start()
            QTimer.singleShot(0, self.backup_if_due)

    @property
    def encrypted(self) -> bool:
        return self.ctx.store.passphrase is not None

    # -- menu and status bar --------------------------------------------------------------------
    def _add_actions(self) -> None:
        w = self.window
        self.encrypt_action = QAction(self.tr("En&crypt the store…"), w)
        self.encrypt_action.triggered.connect(self.encrypt)
        self.passphrase_action = QAction(self.tr("Change &passphrase…"), w)
        self.passphrase_action.triggered.connect(self.change_passphrase)
        self.lock_action = QAction(self.tr("Loc&k"), w)
        self.lock_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.lock_action.setToolTip(self.tr("Hide everything until the passphrase is typed (Ctrl+Shift+L)"))
        self.lock_action.triggered.connect(self.lock)
        self.backup_action = QAction(self.tr("&Back up now"), w)
        self.backup_action.triggered.connect(self.backup_now)
        self.restore_action = QAction(self.tr("&Restore from backup…"), w)
        self.restore_action.triggered.connect(self.restore)
        self.encrypt_action.setEnabled(not self.encrypted)
        self.passphrase_action.setEnabled(self.encrypted)
        menu = w.menuBar().actions()[0].menu()  # File
        quit_action = w.actions_.quit
        for action in (self.lock_action, self.encrypt_action, self.passphrase_action, self.backup_action,
                       self.restore_action):
            menu.insertAction(quit_action, action)
            w.addAction(action)
        menu.insertSeparator(quit_action)

    def _mark_plain(self) -> None:
        self.plain_label = QLabel(self.tr("Not encrypted"))
        self.plain_label.setObjectName("not_encrypted")
        self.plain_label.setStyleSheet("color: #b00020; font-weight: bold; padding: 0 6px;")
        self.plain_label.setToolTip(self.tr("The store file can be read by anyone who has the laptop. "
                                            "File → Encrypt the store… encrypts it."))
        self.window.statusBar().addPermanentWidget(self.plain_label)
        self.plain_label.setVisible(not self.encrypted)

    def _settings_changed(self, changes, _initiator: object) -> None:
        if changes.flagged(SETTINGS):
            self.folder = Path(settings.get("backup_folder"))
            self.set_lock_minutes(settings.get("lock_minutes"))

    # -- lock ---------------------------------------------------------------------------------------
    def set_lock_minutes(self, minutes: int) -> None:
        self.idle.stop()
        self.idle.setInterval(max(int(minutes or 0), 0) * 60 * 1000)
        if minutes and not self.locked:
            self.idle.start()

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind in INPUT_EVENTS and not self.locked and self.idle.interval() > 0:
            self.idle.start()  # restart the countdown
        elif kind == QEvent.Type.Close and obj is self.window and self.locked:
            event.ignore()  # closing would ask about unsaved records, naming them: unlock first
            return True
        return False

    def lock(self) -> None:
        """Replace the window's content and title by the lock page; keep every widget (and what is typed
        in it) aside until unlock."""
        if self.locked:
            return
        w = self.window
        self.locked = True
        self.idle.stop()
        self._focus = QApplication.focusWidget()
        self._title = w.windowTitle()
        w.setWindowTitle(self.tr("Jobbro – locked"))
        self._central = w.takeCentralWidget()
        self._lock_page = LockPage(self.encrypted)
        self._lock_page.button.clicked.connect(self._try_unlock)
        w.setCentralWidget(self._lock_page)
        self._hidden = [t for t in QApplication.topLevelWidgets() if t is not w and t.isVisible()]
        for other in self._hidden:  # open dialogs (a record, a preview) hide too
            other.hide()
        for bar in (w.menuBar(), *w.findChildren(QWidget, "main_toolbar")):
            bar.setVisible(False)
        w.statusBar().clearMessage()
        self._disabled = [a for a in w.findChildren(QAction) if a.isEnabled()]
        for action in self._disabled:  # shortcuts must not act on the hidden views
            action.setEnabled(False)
        (self._lock_page.edit if self.encrypted else self._lock_page.button).setFocus()

    def _try_unlock(self) -> None:
        page = self._lock_page
        if self.encrypted and not hmac.compare_digest(page.edit.text().encode(), self.ctx.store.passphrase.encode()):
            page.edit.clear()
            page.message.setText(self.tr("That is not the passphrase."))
            return
        self.unlock()

    def unlock(self) -> None:
        w = self.window
        page = w.takeCentralWidget()
        page.deleteLater()
        self._lock_page = None
        w.setCentralWidget(self._central)
        self._central = None
        w.setWindowTitle(self._title)
        for bar in (w.menuBar(), *w.findChildren(QWidget, "main_toolbar")):
            bar.setVisible(True)
        for action in self._disabled:
            action.setEnabled(True)
        for other in self._hidden:
            other.show()
        self._hidden, self._disabled = [], []
        self.locked = False
        if self._focus is not None:
            self._focus.setFocus()
        if self.idle.interval() > 0:
            self.idle.start()

    # -- backups ------------------------------------------------------------------------------------
    def backup_if_due(self) -> None:
        if backup.is_due(self.folder):
            self._backup_in_worker()

    def _backup_in_worker(self, on_done: Callable[[object], None] | None = None) -> None:
        """A backup on a worker thread with its own connection, so the window stays responsive."""
        if self._backup_thread is not None and self._backup_thread.busy:
            return
        if self._backup_thread is None:
            self._backup_thread = StoreWorker(self.ctx.store, self)
            self._backup_thread.failed.connect(self._backup_failed)
        thread = self._backup_thread
        if on_done is not None:
            thread.done.connect(on_done, Qt.ConnectionType.SingleShotConnection)
        folder, passphrase = self.folder, self.ctx.store.passphrase
        daily, weekly = settings.get("backup_daily"), settings.get("backup_weekly")
        thread.submit(lambda db, _progress, _check: backup.automatic_backup(db, folder, passphrase,
                                                                             daily=daily, weekly=weekly))

    def _backup_failed(self, exc) -> None:
        text = messages.store_error(exc) if isinstance(exc, StoreError) else str(exc)
        self.window.statusBar().showMessage(self.tr("The backup failed: %1").replace("%1", text), 15000)
        log.warning("automatic backup failed: %s", type(exc).__name__)

    def backup_now(self) -> None:
        self.window.statusBar().showMessage(self.tr("Backing up…"))
        self._backup_in_worker(lambda path: self.window.statusBar().showMessage(
            self.tr("Backup written and checked: %1").replace("%1", str(path)), 10000))

    def shutdown(self) -> None:
        QApplication.instance().removeEventFilter(self)
        self.idle.stop()
        self.daily.stop()
        if self._backup_thread is not None:
            self._backup_thread.shutdown()

    def backup_on_close(self) -> str | None:
        """The backup when the app closes, on the GUI thread (the window is gone); an error text or None."""
        try:
            backup.automatic_backup(self.ctx.db, self.folder, self.ctx.store.passphrase,
                                    daily=settings.get("backup_daily"), weekly=settings.get("backup_weekly"))
        except StoreError as exc:
            return messages.store_error(exc)
        return None

    # -- work that swaps the store file -----------------------------------------------------------
    def _after_close(self, work: Callable[[], StoreFile | None]) -> None:
        self.pending = work
        if not self.window.close():  # an unsaved form said no
            self.pending = None

    def encrypt(self) -> None:
        dialog = NewPassphraseDialog(self.tr("Encrypt the store"), self.tr(
            "Jobbro writes an encrypted copy beside the store, checks it, puts it in the store's place and then "
            "overwrites and removes the plain original. Jobbro closes and opens the store again."), self.window)
        if not dialog.exec():
            return
        path, passphrase = self.ctx.store.path, dialog.passphrase()

        def work() -> StoreFile:
            cipher.rewrite(path, None, passphrase)
            return StoreFile(path, passphrase)

        self._after_close(work)

    def change_passphrase(self) -> None:
        dialog = NewPassphraseDialog(self.tr("Change passphrase"), self.tr(
            "Type the current passphrase and the new one twice. Backups made before keep the passphrase they "
            "were made with. Jobbro closes and opens the store again."), self.window, ask_current=True)
        current = self.ctx.store.passphrase or ""
        dialog.check_current = lambda value: None if hmac.compare_digest(value.encode(), current.encode()) \
            else self.tr("That is not the current passphrase.")
        if not dialog.exec():
            return
        path, new = self.ctx.store.path, dialog.passphrase()

        def work() -> StoreFile:
            cipher.rewrite(path, current, new)
            return StoreFile(path, new)

        self._after_close(work)

    def restore(self) -> None:
        from ui.dialogs.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.folder, self.ctx.store, self.window)
        if not dialog.exec() or dialog.chosen is None:
            return
        path, passphrase = self.ctx.store.path, self.ctx.store.passphrase
        source, source_passphrase, folder = dialog.chosen, dialog.source_passphrase, self.folder

        def work() -> StoreFile:
            backup.restore(path, source, passphrase=passphrase, source_passphrase=source_passphrase,
                           keep_folder=folder, now=datetime.now())
            return StoreFile(path, source_passphrase if cipher.file_kind(path) == "encrypted" else None)

        self._after_close(work)

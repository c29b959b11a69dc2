"""Start-up of the desktop app: the application object, opening the store, first start and screenshots."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

import resources
from db.errors import StoreError
from db import cipher
from db.store import StoreFile, open_store
from ui import errors, gc_guard, messages, settings
from ui.context import AppContext



def make_application(argv: list[str]) -> QApplication:
    if "--screenshot" in argv or any(a.startswith("--screenshot=") for a in argv):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(["jobbro", *argv])
    app.setOrganizationName("Jobbro")
    app.setApplicationName("Jobbro")
    app.setApplicationDisplayName("Jobbro")
    app.setApplicationVersion(resources.version())
    app.setWindowIcon(QIcon(str(resources.path("icons", "jobbro.png"))))
    app.setDesktopFileName("jobbro")  # ties the windows to jobbro.desktop and its icon on Linux desktops
    gc_guard.install(app)  # garbage collection in the GUI thread only (workers lay out PDFs, sync, …)
    return app


def create_demo(path: Path, consultant: str) -> None:
    """Fill a new store at `path` with the default demo data."""
    from db import demo

    db = open_store(path)
    try:
        demo.create(db, consultants=[consultant] if consultant else None)
    finally:
        db.close()


def _first_start(path: Path) -> StoreFile | None:
    """Ask what to do when the store does not exist; None when the user cancels."""
    from ui.dialogs.first_start import FirstStartDialog

    dialog = FirstStartDialog(str(path))
    if not dialog.exec():
        return None
    if dialog.choice == "demo":
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            create_demo(path, settings.get("consultant_name"))
        finally:
            QApplication.restoreOverrideCursor()
    return StoreFile(path, dialog.passphrase)


def _ask_passphrase(path: Path, args) -> StoreFile | None:
    """The passphrase of an encrypted store: JOBBRO_PASSPHRASE for --screenshot, else a dialog with three tries."""
    if args.screenshot:
        return StoreFile(path, os.environ.get("JOBBRO_PASSPHRASE") or None)
    from ui.dialogs.passphrase import AskPassphraseDialog

    def check(passphrase: str) -> str | None:
        try:
            StoreFile(path, passphrase).open(create=False).close()
        except StoreError as exc:
            if exc.kind != "wrong_passphrase":
                raise
            return messages.store_error(exc)
        return None

    dialog = AskPassphraseDialog(str(path), check)
    try:
        if dialog.exec():
            return StoreFile(path, dialog.passphrase)
    except StoreError as exc:
        QMessageBox.critical(None, "Jobbro", messages.store_error(exc))
        return None
    if dialog.exhausted:
        QMessageBox.critical(None, "Jobbro", QCoreApplication.translate(
            "app", "Three wrong passphrases. Jobbro stops; the store was not changed."))
    return None


def _store_for(path: Path, args) -> StoreFile | None:
    """Which store to open and with what key, asking what needs asking; None to stop."""
    new = not path.exists() or path.stat().st_size == 0
    if new and args.demo_if_new:  # the README's run command: a plain demo store of fictitious people
        print(QCoreApplication.translate(
            "app", "Creating a demo store in {path} (not encrypted: it holds only fictitious people) …").format(
            path=path), file=sys.stderr)
        create_demo(path, settings.get("consultant_name"))
        return StoreFile(path)
    if new and not args.screenshot:
        return _first_start(path)
    if cipher.file_kind(path) == "encrypted":
        return _ask_passphrase(path, args)
    return StoreFile(path)


def run_gui(app: QApplication, args) -> int:
    errors.install_hook()
    path = Path(args.db or settings.get("store_path")).expanduser()
    store = _store_for(path, args)
    if store is None:
        return 0
    while store is not None:
        try:
            db = store.open(create=not args.screenshot)
        except StoreError as exc:
            if args.screenshot:
                print(messages.store_error(exc), file=sys.stderr)
            else:
                QMessageBox.critical(None, "Jobbro", messages.store_error(exc))
            return 2
        from ui.mainwindow import MainWindow

        ctx = AppContext(db, str(path), store=store)
        window = MainWindow(ctx)
        if args.screenshot:
            code = screenshot(app, window, args)
            db.close()
            return code
        from ui.security import SecurityGuard

        guard = SecurityGuard(window, ctx)
        window.show()
        # The match index is built in the background from the start, so the Match view answers at once.
        window.match_service.start()
        code = app.exec()
        store = _after_window(guard, ctx, db)
        window.deleteLater()
    return code


def _after_window(guard, ctx: AppContext, db) -> StoreFile | None:
    """After the window closed: the closing backup, then any work that swaps the store file (encrypt,
    new passphrase, restore) with every connection shut; returns the store to open again, or None."""
    guard.shutdown()
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        failed = guard.backup_on_close()
        db.close()
        reopen = None
        if guard.pending is not None:
            try:
                reopen = guard.pending()
            except StoreError as exc:
                failed = messages.store_error(exc)
                reopen = ctx.store  # the store is as it was: open it again
    finally:
        QApplication.restoreOverrideCursor()
    if failed:
        QMessageBox.warning(None, "Jobbro", failed)
    return reopen


def screenshot(app: QApplication, window, args) -> int:
    """Render one view with its first record selected into a PNG, then exit."""
    from ui.mainwindow import VIEW_KEYS

    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        print(QCoreApplication.translate("app", "--size must look like 1400x900"), file=sys.stderr)
        return 2
    if args.view not in VIEW_KEYS:
        text = QCoreApplication.translate("app", "Unknown view {view}; choose one of: {views}")
        print(text.format(view=args.view, views=", ".join(VIEW_KEYS)), file=sys.stderr)
        return 2
    view = window.show_view_key(args.view)
    window.resize(width, height)
    window.show()
    if hasattr(view, "prepare_screenshot"):
        view.prepare_screenshot()
    elif hasattr(view, "table") and view.model.rowCount():
        view.table.selectRow(0)
    for _ in range(5):
        app.processEvents()
    ok = window.grab().save(args.screenshot)
    window.close()
    if not ok:
        print(QCoreApplication.translate("app", "Could not write {path}").format(path=args.screenshot), file=sys.stderr)
        return 2
    return 0

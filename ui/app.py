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
from db.store import open_store
from ui import errors, messages, settings
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
    return app


def create_demo(path: Path, consultant: str) -> None:
    """Fill a new store at `path` with the default demo data."""
    from db import demo

    db = open_store(path)
    try:
        demo.create(db, consultants=[consultant] if consultant else None)
    finally:
        db.close()


def _first_start(path: Path) -> bool:
    """Ask what to do when the store does not exist; False when the user cancels."""
    from ui.dialogs.first_start import FirstStartDialog

    dialog = FirstStartDialog(str(path))
    if not dialog.exec():
        return False
    if dialog.choice == "demo":
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            create_demo(path, settings.get("consultant_name"))
        finally:
            QApplication.restoreOverrideCursor()
    return True


def run_gui(app: QApplication, args) -> int:
    errors.install_hook()
    path = Path(args.db or settings.get("store_path")).expanduser()
    new = not path.exists() or path.stat().st_size == 0
    if new and args.demo_if_new:
        print(QCoreApplication.translate("app", "Creating a demo store in {path} …").format(path=path), file=sys.stderr)
        create_demo(path, settings.get("consultant_name"))
    elif new and not args.screenshot and not _first_start(path):
        return 0
    try:
        db = open_store(path, create=not args.screenshot)
    except StoreError as exc:
        if args.screenshot:
            print(messages.store_error(exc), file=sys.stderr)
        else:
            QMessageBox.critical(None, "Jobbro", messages.store_error(exc))
        return 2
    from ui.mainwindow import MainWindow

    window = MainWindow(AppContext(db, str(path)))
    if args.screenshot:
        return screenshot(app, window, args)
    window.show()
    # The match index is built in the background from the start, so the Match view answers at once.
    window.match_service.start()
    return app.exec()


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

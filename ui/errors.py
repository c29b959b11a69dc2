"""The one way to show an error: a clear message with copyable details, and a hook for the rest."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from db.errors import NotFound, StoreError, ValidationError, store_failure
from ui import messages

log = logging.getLogger("jobbro")



def describe(exc: BaseException) -> str:
    """A sentence the user can act on, for any exception."""
    if isinstance(exc, ValidationError):
        return messages.validation_error(exc)
    if isinstance(exc, StoreError):
        return messages.store_error(exc)
    if isinstance(exc, NotFound):
        return QCoreApplication.translate("errors", "The record no longer exists. It may have been deleted in another window.")
    if isinstance(exc, PermissionError):
        text = QCoreApplication.translate("errors", "Jobbro may not write to this file or folder: {path}")
        return text.format(path=exc.filename)
    if isinstance(exc, OSError):
        text = QCoreApplication.translate("errors", "The file could not be read or written: {detail}")
        return text.format(detail=exc.strerror or exc)
    failure = store_failure(exc, "")
    if failure is not None:  # busy, damaged or read-only, in the words the command line uses too
        return messages.store_error(failure)
    return QCoreApplication.translate("errors", "Something went wrong that Jobbro did not expect. Nothing was saved.")


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """Present an exception: message, and the technical details behind 'Show Details...' to copy."""
    log.error("%s", exc, exc_info=(type(exc), exc, exc.__traceback__))
    if QApplication.instance() is None or not isinstance(QApplication.instance(), QApplication):
        print(describe(exc), file=sys.stderr)
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("errors", "Jobbro"))
    box.setText(describe(exc))
    if not isinstance(exc, (ValidationError, StoreError)):
        box.setDetailedText("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    box.exec()


def install_hook() -> None:
    """Route uncaught exceptions to show_error instead of losing them on a console."""
    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        show_error(QApplication.activeWindow(), exc.with_traceback(tb))

    sys.excepthook = hook

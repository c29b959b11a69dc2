"""Running a write from the UI: one way to show its errors and to broadcast what it changed.

A widget hands `perform` a function that calls one db write and returns its Changes. A refused write
(ValidationError) goes back to the widget's form when it gives `on_invalid`; any other failure is shown
the one way the app shows errors; a write that went through is broadcast through AppContext.apply with
the widget as initiator, so the widget itself can skip the echo of its own save.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from db.changes import Changes
from db.errors import ValidationError
from ui.context import AppContext
from ui.errors import show_error


def perform(parent: QWidget | None, ctx: AppContext, write: Callable[[], Changes], *,
            initiator: object | None = None,
            on_invalid: Callable[[ValidationError], None] | None = None) -> Changes | None:
    """Run `write` now on the GUI thread; its Changes, or None when it was refused or failed."""
    try:
        changes = write()
    except ValidationError as exc:
        if on_invalid is None:
            show_error(parent, exc)
        else:
            on_invalid(exc)
        return None
    except Exception as exc:  # noqa: BLE001 - shown to the user; nothing was written (one transaction)
        show_error(parent, exc)
        return None
    ctx.apply(changes, initiator)
    return changes

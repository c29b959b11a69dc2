"""The team register in the app: background sync every minute, *Synchronise now*, the status bar.

Only a store that joined a team (`jobbro team join`) gets any of this; a store that never joined shows
and does nothing new. The sync runs on a StoreWorker (its own connection, never the GUI thread); what it
pulled is broadcast with ctx.apply, so open views and the match index follow as after a local save.
Nothing personal is logged: only counts and the kind of failure.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton

from db import changes as change_kinds
from db.team import conflicts, outbox, sync
from db.team.errors import TeamError
from ui.context import AppContext
from ui.tasks import StoreWorker

log = logging.getLogger("jobbro")
INTERVAL_MS = 60_000



class TeamSync(QObject):
    """Owns the sync worker, the timer, the two actions and the status bar's team labels."""

    finished = Signal()  # after every sync attempt (done or failed): the tests wait for it

    def __init__(self, ctx: AppContext, window: QMainWindow):
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.joined = _joined(ctx)
        self.offline = False
        self.failure = ""
        self._worker: StoreWorker | None = None
        self.status = QLabel()
        self.status.setObjectName("team_status")
        self.conflicts_button = QPushButton()
        self.conflicts_button.setObjectName("team_conflicts")
        self.conflicts_button.setFlat(True)
        self.conflicts_button.setStyleSheet("QPushButton { color: #b00020; font-weight: bold; padding: 0 6px; }")
        self.conflicts_button.clicked.connect(self.show_conflicts)
        self.sync_action = QAction(self.tr("S&ynchronise now"), window)
        self.sync_action.setShortcut(QKeySequence("F5"))
        self.sync_action.setToolTip(self.tr("Send this computer's changes to the team and fetch the team's (F5)"))
        self.sync_action.triggered.connect(self.sync_now)
        self.conflicts_action = QAction(self.tr("&Conflicts…"), window)
        self.conflicts_action.setToolTip(self.tr("Fields two consultants changed differently: choose the value"))
        self.conflicts_action.triggered.connect(self.show_conflicts)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.sync_now)
        if not self.joined:
            return
        window.statusBar().addPermanentWidget(self.conflicts_button)
        window.statusBar().addPermanentWidget(self.status)
        ctx.changes.connect(self._on_changes)
        self.refresh()
        self.timer.start()
        QTimer.singleShot(0, self.sync_now)  # the first sync right after the window opens

    def add_to_menu(self, menu, before: QAction) -> None:
        """Put the actions in the File menu (only for a joined store)."""
        if self.joined:
            menu.insertActions(before, [self.sync_action, self.conflicts_action])
            menu.insertSeparator(before)

    # -- syncing -----------------------------------------------------------------------------------
    def sync_now(self) -> None:
        if not self.joined:
            return
        if self._worker is None:
            self._worker = StoreWorker(self.ctx.store, self)
            self._worker.done.connect(self._on_done)
            self._worker.failed.connect(self._on_failed)
        if self._worker.busy:
            return
        if sync.last_sync(self.ctx.db) is None:  # (joined) first pull: one transaction, saves wait
            self.status.setText(self.tr("Fetching the team's register for the first time… saving waits until it is done"))
        else:
            self.status.setText(self.tr("Synchronising…"))
        self._worker.submit(lambda db, _progress, _cancel: sync.sync(db))

    def _on_done(self, result: sync.SyncResult) -> None:
        self.offline, self.failure = False, ""
        log.info("team sync: sent %d, received %d, conflicts %d, waiting %d",
                 result.pushed, result.pulled, result.conflicts, result.waiting)
        self.ctx.apply(result.changes | change_kinds.flag(change_kinds.TEAM), self)
        self.refresh()
        self.finished.emit()

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, TeamError):
            self.offline = exc.kind == "unreachable"
            self.failure = QCoreApplication.translate("TeamError", TeamError.KINDS[exc.kind]).format(**exc.params)
            log.warning("team sync failed: %s", exc.kind)
        else:
            self.offline = False
            self.failure = self.tr("The last synchronisation failed: %1").replace("%1", type(exc).__name__)
            log.warning("team sync failed: %s", type(exc).__name__)  # the type only: no values in the log
        self.refresh()
        self.finished.emit()

    def _on_changes(self, changes, initiator) -> None:
        if initiator is not self:  # a local save: one more change waiting, or a conflict taken over
            self.refresh()

    # -- the status bar ------------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.joined:
            return
        waiting = outbox.waiting(self.ctx.db)
        last = _when(sync.last_sync(self.ctx.db))
        parts = [self.tr("Offline") if self.offline else
                 (self.tr("Team: last synchronised %1").replace("%1", last) if last else self.tr("Team: not synchronised yet"))]
        if waiting:
            parts.append(self.tr("%n change(s) waiting", None, waiting))
        self.status.setText(" · ".join(parts))
        tip = self.failure or self.tr("Jobbro synchronises with the team every minute and on Synchronise now (F5).")
        if self.offline and last:
            tip += "\n" + self.tr("Last synchronised %1").replace("%1", last)
        self.status.setToolTip(tip)
        self.status.setStyleSheet("QLabel { color: #b00020; font-weight: bold; }" if self.failure else "")
        open_count = conflicts.count(self.ctx.db)
        self.conflicts_button.setText(self.tr("%n conflict(s)", None, open_count))
        self.conflicts_button.setToolTip(self.tr("Open the conflicts and choose which value to keep"))
        self.conflicts_button.setVisible(open_count > 0)

    def show_conflicts(self) -> None:
        from ui.dialogs.conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self.ctx, self.window)
        dialog.exec()
        dialog.deleteLater()
        self.refresh()

    def shutdown(self) -> None:
        self.timer.stop()
        if self._worker is not None:
            self._worker.shutdown()


def _joined(ctx: AppContext) -> bool:
    try:
        return sync.membership(ctx.db) is not None
    except Exception:  # noqa: BLE001 - a store without the team tables never joined
        return False


def _when(stamp: str | None) -> str:
    """A stored local timestamp as the consultant reads it: the time today, else the date and time."""
    if not stamp:
        return ""
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.date() == dt.date.today():
        return moment.strftime("%H:%M")
    return moment.strftime("%d-%m-%Y %H:%M")

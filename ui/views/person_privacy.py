"""The data subject's rights on a person in the app: export everything, erase permanently, and the history tab.

CandidatePrivacy adds to the candidate view a "History" tab, a "Privacy" menu button (export, erase)
and the read entry written when a record is opened. The functions below are also used by the company
view (contact persons), the retention dialog and the main window's menu.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QPushButton, QWidget

from db import changes
from db import erasure, read_audit
from db.errors import NotFound
from reports.pdf_fonts import FontNotFoundError
from ui.context import AppContext
from ui.errors import show_error
from ui.i18n import translate
from ui.views.person_history import PersonHistory


def _status(parent: QWidget, text: str) -> None:
    window = parent.window()
    bar = getattr(window, "statusBar", None)
    if callable(bar):
        bar().showMessage(text, 10000)


RETRY_MS, RETRIES = 2000, 30  # emptying the WAL again while another connection (a match build) reads


def clear_wal_later(ctx: AppContext, left: int = RETRIES) -> None:
    """Try to empty the WAL every RETRY_MS until it works (or the store closes, which does it anyway)."""
    if left and not erasure.clear_wal(ctx.db):
        QTimer.singleShot(RETRY_MS, ctx, lambda: clear_wal_later(ctx, left - 1))


def confirm_erase(parent: QWidget, title: str, text: str) -> bool:
    """A warning with the destructive button named for what it does; Cancel is the default (Esc, Enter)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, parent)
    erase = box.addButton(translate("PersonPrivacy", "Erase permanently"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is erase


def erase_candidate(parent: QWidget, ctx: AppContext, candidate_id: int) -> bool:
    """Ask, naming what goes, then erase the candidate and tell every view (the Match view drops the person)."""
    try:
        what = erasure.candidate_summary(ctx.db, candidate_id)
    except NotFound as exc:
        show_error(parent, exc)
        ctx.apply(changes.of(changes.CANDIDATES, candidate_id))  # gone meanwhile: the views let go of it
        return False
    text = (
        translate("PersonPrivacy", "Erase %1 permanently?").replace("%1", what["name"])
        + "\n\n"
        + translate(
            "PersonPrivacy",
            "Removed: the profile, skills, occupations, consent and notes; the notes on %1 shortlist "
            "entries; %2 follow-ups; %3 history entries; the search index entry. Each shortlist keeps an anonymous "
            "“erased candidate” row so the company's counts stay true.",
        )
        .replace("%1", str(what["entries"]))
        .replace("%2", str(what["follow_ups"]))
        .replace("%3", str(what["history"]))
    )
    if what["sent"]:
        text += "\n\n" + translate(
            "PersonPrivacy",
            "%1 of the entries were already sent to a company: the company's copy "
            "is not changed by this; tell the company if the law asks for it.",
        ).replace("%1", str(what["sent"]))
    text += "\n\n" + translate("PersonPrivacy", "This cannot be undone.")
    if not confirm_erase(parent, translate("PersonPrivacy", "Erase person permanently"), text):
        return False
    try:
        done = erasure.erase_candidate(ctx.db, candidate_id, who=ctx.who)
    except Exception as exc:  # noqa: BLE001 - shown to the user; nothing was erased (one transaction)
        show_error(parent, exc)
        return False
    ctx.apply(done.changes)
    text = translate("PersonPrivacy", "The person was erased.")
    if not done.wal_cleared:  # another connection was reading: try again shortly
        QTimer.singleShot(RETRY_MS, ctx, lambda: clear_wal_later(ctx))
        text += " " + translate("PersonPrivacy", "The last traces leave the file in a moment, at the latest when "
                                "Jobbro closes.")
    _status(parent, text)
    return True


def erase_contact_person(parent: QWidget, ctx: AppContext, person_id: int) -> bool:
    try:
        what = erasure.contact_person_summary(ctx.db, person_id)
    except NotFound as exc:
        show_error(parent, exc)
        return False
    text = (
        translate("PersonPrivacy", "Erase %1 of %2 permanently?").replace("%1", what["name"]).replace("%2", what["company"])
        + "\n\n"
        + translate(
            "PersonPrivacy",
            "Removed: name, role, phone, e-mail, notes and the history entries. %1 logged contacts "
            "keep their entry without the contact person. This cannot be undone.",
        ).replace("%1", str(what["contacts"]))
    )
    if not confirm_erase(parent, translate("PersonPrivacy", "Erase person permanently"), text):
        return False
    try:
        done = erasure.erase_contact_person(ctx.db, person_id, who=ctx.who)
    except Exception as exc:  # noqa: BLE001 - shown to the user; nothing was erased (one transaction)
        show_error(parent, exc)
        return False
    ctx.apply(done.changes)
    _status(parent, translate("PersonPrivacy", "The person was erased."))
    return True


def export_candidate(parent: QWidget, ctx: AppContext, candidate_id: int, path: str | None = None) -> str | None:
    """Ask where (PDF for the person, or JSON), then write everything about the candidate; the path or None."""
    from ui.services.person_doc import export_person, format_of
    from ui.services.shortlist_doc import ReportSettings

    if path is None:
        # never the person's name in a file name: it ends up in folders, backups and recent-file lists
        name = f"udtraek-kandidat-{candidate_id}-{dt.date.today().isoformat()}.pdf"
        path, chosen = QFileDialog.getSaveFileName(
            parent,
            translate("PersonPrivacy", "Export everything about the person"),
            str(Path.home() / name),
            translate("PersonPrivacy", "PDF for the person (*.pdf);;JSON for another system (*.json)"),
        )
        if not path:
            return None
        if format_of(path) is None:
            path += ".json" if "*.json" in chosen else ".pdf"
    try:
        export_person(ctx.db, candidate_id, path, who=ctx.who, job_centre_name=ReportSettings.from_settings().job_centre_name)
    except (NotFound, OSError, FontNotFoundError) as exc:
        show_error(parent, exc)
        return None
    ctx.apply(changes.of(changes.READS, candidate_id))
    _status(parent, translate("PersonPrivacy", "Wrote %1").replace("%1", path))
    return path


class CandidatePrivacy(QObject):
    """Wires the rights into the candidate view: a History tab, a Privacy menu button and read entries."""

    def __init__(self, view):
        super().__init__(view)
        self.view, self.ctx = view, view.ctx
        self._last_viewed: int | None = None
        self.history = PersonHistory(self.ctx, "candidates")
        self.export_action = QAction(self.tr("Export everything about the person…"), view)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.triggered.connect(self.export_current)
        self.erase_action = QAction(self.tr("Erase person permanently…"), view)
        self.erase_action.setShortcut(QKeySequence("Ctrl+Shift+Del"))
        self.erase_action.triggered.connect(self.erase_current)
        for action in (self.export_action, self.erase_action):
            view.addAction(action)
        menu = QMenu(view)
        menu.addAction(self.export_action)
        menu.addAction(self.erase_action)
        self.button = QPushButton(self.tr("Privacy"))
        self.button.setAutoDefault(False)
        self.button.setToolTip(
            self.tr("Export everything about the person (Ctrl+Shift+E) or erase the person permanently (Ctrl+Shift+Del)")
        )
        self.button.setMenu(menu)
        view.selected.connect(self._on_selected)

    def add_tab(self, tabs) -> None:
        tabs.addTab(self.history, self.tr("History"))

    def _on_selected(self, candidate_id: int) -> None:
        for action in (self.export_action, self.erase_action):
            action.setEnabled(bool(candidate_id))
        self.button.setEnabled(bool(candidate_id))
        if candidate_id and candidate_id != self._last_viewed:
            try:  # opening a record is a read of it (docs/PRIVACY.md)
                read_audit.record(self.ctx.db, who=self.ctx.who, kind="view", table="candidates", ids=[candidate_id])
            except Exception as exc:  # noqa: BLE001 - e.g. a locked store: shown, and the record stays open
                show_error(self.view, exc)
        self._last_viewed = candidate_id or self._last_viewed
        self.history.set_owner(candidate_id or None)

    def export_current(self) -> str | None:
        record_id = self.view.saved_current_id()
        return export_candidate(self.view, self.ctx, record_id) if record_id is not None else None

    def erase_current(self) -> bool:
        record_id = self.view.current_id
        if record_id is None:
            return False
        dirty, self.view.form.dirty = self.view.form.dirty, False  # unsaved edits go with the person
        if not erase_candidate(self.view, self.ctx, record_id):
            self.view.form.dirty = dirty
            return False
        self._last_viewed = None
        self.view.new_record(ask=False)
        return True

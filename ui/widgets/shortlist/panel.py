"""A need's shortlist (kandidatliste): who is on it, in which order, how far each candidate has come.

Embedding (the Need view's tab, the Match view)::

    panel = ShortlistPanel(ctx)                 # ctx: ui.context.AppContext
    panel.set_need(need_id)                     # or None: empty and disabled
    panel.add_candidates([12, 40], {12: 0.83})  # e.g. from the Match view; scores are optional
    panel.preview_requested.connect(...)        # int need_id: "Show PDF…" was pressed
    panel.open_candidate.connect(...)           # int candidate_id: a row was double-clicked

Every write goes through db.shortlists with who=ctx.who and ui.operations.perform, which broadcasts its
Changes; the panel refreshes when a change names its need's list, the need, or a candidate on the list.
Refusals from the store appear in a message line above the list, never in a pop-up, so the Match view
can add many candidates at once and read one summary.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHeaderView, QLabel, QPushButton, QSplitter, QTableView,
                               QVBoxLayout, QWidget)

from db import candidates, needs, shortlists
from db import listing as db_listing
from db.changes import CANDIDATES, NEEDS, SHORTLISTS, Changes
from db.errors import NotFound, ValidationError
from matching import rules
from ui import labels, messages
from ui.context import AppContext
from ui.dialogs import confirm
from ui.errors import show_error
from ui.models.list_model import ListModel
from ui.models.table_model import Column
from ui.operations import perform
from ui.widgets.flow import FlowLayout
from ui.widgets.shortlist.models import (COLUMN_LIMITS, NOTICE_STYLES, STEP_LIMITS, EntriesModel, first_line,
                                         fit_columns, status_labels)
from ui.widgets.shortlist.note_dialog import NoteDialog
from ui.widgets.shortlist.picker import CandidatePicker
from ui.widgets.keys import leave_by_tab, set_tip, shortcut


class ShortlistPanel(QWidget):
    """The shortlist of one need, with buttons to add, reorder, annotate, remove and move candidates on."""

    preview_requested = Signal(int)  # need id
    open_candidate = Signal(int)     # candidate id

    def __init__(self, ctx: AppContext, parent=None, *, show_steps: bool = True):
        super().__init__(parent)
        self.ctx = ctx
        self.need_id: int | None = None
        self.need: dict | None = None
        self._build(show_steps)
        self.set_need(None)
        ctx.changes.connect(self._on_changes)

    # -- building -----------------------------------------------------------------------------
    def _build(self, show_steps: bool) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        layout.addWidget(self.notice)

        buttons = QWidget()
        flow = FlowLayout(buttons, spacing=6)
        self.add_button = self._button(flow, self.tr("Add candidate…"), self.pick_candidates,
                                       self.tr("Find a candidate by name and put them at the end of the list"))
        self.up_button = self._button(flow, self.tr("Up"), lambda: self.move_selected(-1),
                                      self.tr("Move the candidate up the list (Ctrl+Up)"))
        self.down_button = self._button(flow, self.tr("Down"), lambda: self.move_selected(1),
                                        self.tr("Move the candidate down the list (Ctrl+Down)"))
        self.note_button = self._button(flow, self.tr("Write note…"), self.edit_note,
                                        self.tr("A note about this candidate for this need"))
        self.step_button = self._button(flow, self.tr("Next step…"), self.next_step,
                                        self.tr("Sent to the company, interview, hired, rejection or withdrawn"))
        self.remove_button = self._button(flow, self.tr("Remove"), self.remove_selected,
                                          self.tr("Take the candidate off the list, only while proposed (Delete)"))
        self.pdf_button = self._button(flow, self.tr("Show PDF…"), self._request_preview,
                                       self.tr("Preview and print the shortlist for the company"))
        layout.addWidget(buttons)
        shortcut(self, "Ctrl+Shift+N", self.step_button)
        shortcut(self, "Ctrl+P", self.pdf_button)

        self.model = EntriesModel([
            Column("position", lambda: self.tr("No."), lambda v: "" if v is None else str(v)),
            Column("candidate_name", lambda: self.tr("Candidate"), labels.candidate_name),
            Column("consent_valid", lambda: self.tr("Consent"), labels.yes_no),
            Column("status", lambda: self.tr("Status"), lambda v: status_labels().get(v, v or "")),
            Column("status_date", lambda: self.tr("Date"), labels.date),
            Column("rejection_name", lambda: self.tr("Reason for rejection")),
            Column("note", lambda: self.tr("Note"), first_line),
        ], self)
        self.table = QTableView()
        leave_by_tab(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selection())
        self.table.installEventFilter(self)  # Ctrl+Up / Ctrl+Down move the selected candidate, Delete removes

        self.steps_label = QLabel()
        self.steps_model = ListModel([
            Column("at", lambda: self.tr("Date"), labels.date),
            Column("status", lambda: self.tr("Step"), lambda v: status_labels().get(v, v or "")),
            Column("reason_name", lambda: self.tr("Reason for rejection")),
            Column("who", lambda: self.tr("By")),
            Column("note", lambda: self.tr("Note")),
        ], self)
        self.steps_table = QTableView()
        leave_by_tab(self.steps_table)
        self.steps_table.setModel(self.steps_model)
        self.steps_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps_table.verticalHeader().hide()
        self.steps_table.verticalHeader().setDefaultSectionSize(22)
        self.steps_table.horizontalHeader().setStretchLastSection(True)
        steps = QWidget()
        steps_layout = QVBoxLayout(steps)
        steps_layout.setContentsMargins(0, 4, 0, 0)
        steps_layout.addWidget(self.steps_label)
        steps_layout.addWidget(self.steps_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(steps)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 160])
        steps.setVisible(show_steps)
        layout.addWidget(splitter, 1)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            if (event.modifiers() == Qt.KeyboardModifier.ControlModifier
                    and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)):
                self.move_selected(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
            if event.key() == Qt.Key.Key_Delete and not event.modifiers():
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)

    def _button(self, flow: FlowLayout, text: str, slot, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        flow.addWidget(button)
        return button

    # -- public API ---------------------------------------------------------------------------
    def set_need(self, need_id: int | None) -> None:
        """Show this need's list (None: nothing, buttons off). Keeps the selected entry if it is still there."""
        changed = (need_id or None) != self.need_id
        if changed:
            self.clear_notice()
        self.need_id = need_id or None
        self.refresh()
        if changed:
            fit_columns(self.table, COLUMN_LIMITS)

    def add_candidates(self, ids: list[int], scores: dict[int, float] | None = None) -> list[int]:
        """Put candidates at the end of the list, in the order given; returns the new entry ids.

        Candidates already on the list and those the store refuses are named in the message line;
        the others are added (each in its own transaction)."""
        if self.need_id is None:
            self.say(self.tr("Choose a need first."), "error")
            return []
        ids = list(dict.fromkeys(ids))
        present = {e["candidate_id"] for e in self.model.rows()}
        names = _candidate_names(self.ctx.db, ids)
        duplicates = [names.get(i, str(i)) for i in ids if i in present]
        refused: dict[str, list[str]] = {}
        added: list[int] = []
        done = Changes()
        for candidate_id in (i for i in ids if i not in present):
            score = (scores or {}).get(candidate_id)
            try:
                changes = shortlists.add(self.ctx.db, self.need_id, candidate_id, who=self.ctx.who, score=score)
                added.append(changes.id)
                done = done | changes
            except ValidationError as exc:
                name = names.get(candidate_id, str(candidate_id))
                refused.setdefault(messages.validation_error(exc), []).append(name)
            except NotFound:
                refused.setdefault(self.tr("The candidate no longer exists."), []).append(str(candidate_id))
            except Exception as exc:  # noqa: BLE001 - shown to the user; what was added so far stays
                show_error(self, exc)
                break
        lines = []
        if added:
            lines.append(self.tr("%n candidate(s) added to the list.", None, len(added)))
        if duplicates:
            lines.append(self.tr("Already on the list: %1.").replace("%1", ", ".join(duplicates)))
        for text, who in refused.items():
            lines.append(self.tr("Not added: %1: %2").replace("%1", ", ".join(who)).replace("%2", text))
        if lines:
            self.say("\n".join(lines), "error" if refused else "info")
        if added:
            self.ctx.apply(done, self)
            self.select_entry(added[-1])
        return added

    def selected_entry(self) -> dict | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.model.row_dict(index.row())

    def select_entry(self, entry_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_dict(row)["id"] == entry_id:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(self.model.index(row, 0))
                return

    def refresh(self) -> None:
        keep = self.selected_entry()
        self.need, rows = None, []
        if self.need_id is not None:
            try:
                self.need = needs.get(self.ctx.db, self.need_id)
                rows = shortlists.entries(self.ctx.db, self.need_id)
            except NotFound:
                self.need_id, self.need, rows = None, None, []
        self.model.set_rows(rows)
        if keep is not None:
            self.select_entry(keep["id"])
        self._update_summary()
        self._on_selection()

    # -- messages -----------------------------------------------------------------------------
    def say(self, text: str, kind: str = "info") -> None:
        self.notice.setStyleSheet(NOTICE_STYLES[kind])
        self.notice.setProperty("kind", kind)
        self.notice.setText(text)
        self.notice.show()

    def clear_notice(self) -> None:
        self.notice.hide()
        self.notice.clear()

    # -- actions ------------------------------------------------------------------------------
    def pick_candidates(self) -> None:
        if self.need_id is None:
            return
        dialog = CandidatePicker(self.ctx, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen:
            self.add_candidates(dialog.chosen)

    def move_selected(self, step: int) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        target = entry["position"] + step
        if target < 1 or target > self.model.rowCount():
            return
        if self._write(lambda: shortlists.move(self.ctx.db, entry["id"], target, who=self.ctx.who)):
            self.select_entry(entry["id"])

    def edit_note(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        if NoteDialog(self.ctx, entry, parent=self).exec() == QDialog.DialogCode.Accepted:
            self.clear_notice()

    def next_step(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        from ui.dialogs.shortlist_step import ShortlistStepDialog

        try:
            dialog = ShortlistStepDialog(self.ctx, entry["id"], parent=self)
        except NotFound as exc:
            show_error(self, exc)
            self.refresh()
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.clear_notice()

    def remove_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        if entry["status"] == "proposed" and not confirm.ask(
                self, self.tr("Remove from the list"),
                self.tr("Take %1 off the list?").replace("%1", labels.candidate_name(entry["candidate_name"]))):
            return
        self._write(lambda: shortlists.remove(self.ctx.db, entry["id"], who=self.ctx.who))

    def _request_preview(self) -> None:
        if self.need_id is not None:
            self.preview_requested.emit(self.need_id)

    def _on_double_click(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        if self.model.key_at(index.column()) == "note":
            self.edit_note()
        elif self.model.row_dict(index.row())["candidate_id"] is not None:  # None: an erased candidate
            self.open_candidate.emit(self.model.row_dict(index.row())["candidate_id"])

    def _write(self, call) -> bool:
        """Run one store write; refusals go to the message line, then everyone hears of the change."""
        changes = perform(self, self.ctx, call, initiator=self,
                          on_invalid=lambda exc: self.say(messages.validation_error(exc), "error"))
        if changes is None:
            self.refresh()  # e.g. the entry was removed meanwhile
            return False
        self.clear_notice()
        return True

    # -- state --------------------------------------------------------------------------------
    def _update_summary(self) -> None:
        if self.need is None:
            self.summary.setText(self.tr("Choose a need to see its shortlist."))
            return
        rows = self.model.rows()
        hired = sum(1 for r in rows if r["status"] == "hired")
        text = self.tr("%n candidate(s) on the list", None, len(rows))
        text += " · " + self.tr("positions filled: %1 of %2").replace("%1", str(hired)).replace(
            "%2", str(self.need.get("positions") or 1))
        without = sum(1 for r in rows if not r.get("consent_valid"))
        if without:
            text += " · " + self.tr("%n without consent (anonymous for the company)", None, without)
        self.summary.setText(text)

    def _on_selection(self) -> None:
        entry = self.selected_entry()
        has_need = self.need is not None
        open_need = has_need and rules.need_takes_candidates(self.need.get("status"))
        self.add_button.setEnabled(bool(open_need))
        self.add_button.setToolTip(
            self.tr("Find a candidate by name and put them at the end of the list") if open_need or not has_need
            else self.tr("The need is %1: no more candidates can be added.").replace(
                "%1", labels.need_status().get(self.need["status"], self.need["status"]).lower()))
        self.pdf_button.setEnabled(has_need and self.model.rowCount() > 0)
        self.table.setEnabled(has_need)
        count = self.model.rowCount()
        self.up_button.setEnabled(entry is not None and entry["position"] > 1)
        self.down_button.setEnabled(entry is not None and entry["position"] < count)
        self.note_button.setEnabled(entry is not None)
        self.remove_button.setEnabled(entry is not None)
        final = entry is not None and not rules.next_steps(entry["status"])
        self.step_button.setEnabled(entry is not None and not final)
        set_tip(self.step_button,
                self.tr("%1 is final: no further steps.").replace("%1", status_labels().get(entry["status"], ""))
                if final else self.tr("Sent to the company, interview, hired, rejection or withdrawn"))
        self._show_steps(entry)

    def _show_steps(self, entry: dict | None) -> None:
        if entry is None:
            self.steps_model.set_rows([])
            self.steps_label.setText(self.tr("Select a candidate to see the steps."))
            return
        try:
            self.steps_model.set_rows(shortlists.events(self.ctx.db, entry["id"]))
        except NotFound:
            self.steps_model.set_rows([])
        fit_columns(self.steps_table, STEP_LIMITS)
        self.steps_label.setText(self.tr("Steps for %1").replace("%1", labels.candidate_name(entry["candidate_name"])))

    def _on_changes(self, changes: Changes, _initiator: object) -> None:
        if self.need_id is None:
            return
        on_list = {r["candidate_id"] for r in self.model.rows()}
        if (changes.affects(SHORTLISTS, self.need_id) or changes.affects(NEEDS, self.need_id)
                or CANDIDATES in changes.whole or changes.ids(CANDIDATES) & on_list):
            self.refresh()


def _candidate_names(db, ids: list[int]) -> dict[int, str]:
    rows = db_listing.rows(db, candidates.LISTING, list(ids))
    return {i: r["name"] for i, r in rows.items()}

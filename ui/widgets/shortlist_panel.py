"""A need's shortlist (kandidatliste): who is on it, in which order, how far each candidate has come.

Embedding (the Need view's tab, the Match view)::

    panel = ShortlistPanel(ctx)                 # ctx: ui.context.AppContext
    panel.set_need(need_id)                     # or None: empty and disabled
    panel.add_candidates([12, 40], {12: 0.83})  # e.g. from the Match view; scores are optional
    panel.preview_requested.connect(...)        # int need_id: "Show PDF…" was pressed
    panel.open_candidate.connect(...)           # int candidate_id: a row was double-clicked

Every write goes through db.shortlists with who=ctx.who; the panel then announces it with
ctx.notify("shortlist_entries", need_id), plus ("needs", need_id) when the need's status changed and
("candidates", candidate_id) after a hire. It refreshes itself when ctx.changed names
shortlist_entries, needs or candidates. Refusals from the store appear in a message line above the list,
never in a pop-up, so the Match view can add many candidates at once and read one summary.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from db import candidates, needs, shortlists
from db import listing as db_listing
from db.errors import NotFound, ValidationError
from ui import labels, messages
from ui.context import AppContext
from ui.dialogs import confirm
from ui.errors import show_error
from ui.models.list_model import ListModel
from ui.models.table_model import Column, LazyTableModel
from ui.widgets.fields import TextArea
from ui.widgets.flow import FlowLayout
from ui.widgets.form import Form

# Subtle tints for the status cell; final statuses grey the whole row's text.
STATUS_BACKGROUND = {"sent": "#e8f1fb", "interview": "#fdf3d8", "hired": "#e3f3e6", "rejected": "#f9e7e5"}
STATUS_FOREGROUND = {"rejected": "#8e1b10", "hired": "#1e6b34"}
CLOSED_TEXT = "#7a7a7a"
NO_CONSENT_TEXT = "#a04000"

NOTICE_STYLES = {
    "error": "QLabel { background: #fdecea; color: #8e1b10; border: 1px solid #e6b0aa; border-radius: 4px;"
             " padding: 6px; }",
    "info": "QLabel { background: #eaf2fb; color: #1b3f66; border: 1px solid #b5cde8; border-radius: 4px;"
            " padding: 6px; }",
}


def status_labels() -> dict[str, str]:
    """Status code -> label (ui.labels owns them)."""
    return labels.shortlist_status()


# (min, max) width per column while fitting to contents; the note column takes the rest.
COLUMN_LIMITS = {0: (30, 50), 1: (120, 200), 2: (78, 100), 3: (90, 180), 4: (80, 100), 5: (110, 160)}
STEP_LIMITS = {0: (80, 100), 1: (90, 180), 2: (110, 160), 3: (60, 140)}


def fit_columns(table: QTableView, limits: dict[int, tuple[int, int]]) -> None:
    """Size columns to their header and rows within limits, so headers and short values are not cut."""
    for column, (low, high) in limits.items():
        if column < table.model().columnCount():
            table.resizeColumnToContents(column)
            table.setColumnWidth(column, max(low, min(high, table.columnWidth(column))))


def first_line(text: str | None) -> str:
    lines = (text or "").strip().splitlines()
    if not lines:
        return ""
    return lines[0] + (" …" if len(lines) > 1 else "")


class EntriesModel(ListModel):
    """The list's rows with a tinted status cell, grey text for closed entries and consent in words."""

    def __init__(self, columns: list[Column], parent=None):
        super().__init__(columns, parent)
        self._keys = [c.key for c in columns]

    def rows(self) -> list[dict]:
        return list(self._rows)

    def key_at(self, column: int) -> str:
        return self._keys[column]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        row = self.row_dict(index.row())
        key = self._keys[index.column()]
        closed = row["status"] in ("rejected", "withdrawn")
        if role == Qt.ItemDataRole.BackgroundRole and key == "status" and row["status"] in STATUS_BACKGROUND:
            return QBrush(QColor(STATUS_BACKGROUND[row["status"]]))
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "status" and row["status"] in STATUS_FOREGROUND:
                return QBrush(QColor(STATUS_FOREGROUND[row["status"]]))
            if closed:
                return QBrush(QColor(CLOSED_TEXT))
            if key == "consent_date" and not row.get("consent_date"):
                return QBrush(QColor(NO_CONSENT_TEXT))
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "position":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "note":
                return row.get("note") or None
            if key == "consent_date":
                return self._consent_tip(row)
        return super().data(index, role)

    def _consent_tip(self, row: dict) -> str:
        if row.get("consent_date"):
            scope = labels.consent_scope().get(row.get("consent_scope"), "")
            text = QCoreApplication.translate("ShortlistPanel", "Consent given %1.").replace(
                "%1", labels.date(row["consent_date"]))
            return f"{text} {scope}".strip()
        return QCoreApplication.translate(
            "ShortlistPanel", "No consent: the company may only see this candidate anonymously.")


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
        ctx.changed.connect(self._on_store_changed)

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

        self.model = EntriesModel([
            Column("position", lambda: self.tr("No."), lambda v: "" if v is None else str(v)),
            Column("candidate_name", lambda: self.tr("Candidate")),
            Column("consent_date", lambda: self.tr("Consent"), labels.yes_no),
            Column("status", lambda: self.tr("Status"), lambda v: status_labels().get(v, v or "")),
            Column("status_date", lambda: self.tr("Date"), labels.date),
            Column("rejection_name", lambda: self.tr("Reason for rejection")),
            Column("note", lambda: self.tr("Note"), first_line),
        ], self)
        self.table = QTableView()
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
        before = self._need_status()
        for candidate_id in (i for i in ids if i not in present):
            score = (scores or {}).get(candidate_id)
            try:
                added.append(shortlists.add(self.ctx.db, self.need_id, candidate_id, who=self.ctx.who,
                                            score=score))
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
            self._announce(before)
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
                self.tr("Take %1 off the list?").replace("%1", entry["candidate_name"])):
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
        else:
            self.open_candidate.emit(self.model.row_dict(index.row())["candidate_id"])

    def _write(self, call) -> bool:
        """Run one store write; refusals go to the message line, then everyone hears of the change."""
        before = self._need_status()
        try:
            call()
        except ValidationError as exc:
            self.say(messages.validation_error(exc), "error")
            return False
        except NotFound as exc:
            show_error(self, exc)
            self.refresh()
            return False
        except Exception as exc:  # noqa: BLE001 - shown to the user; nothing was written (one transaction)
            show_error(self, exc)
            return False
        self.clear_notice()
        self._announce(before)
        return True

    def _need_status(self) -> str | None:
        try:
            return needs.get(self.ctx.db, self.need_id)["status"] if self.need_id else None
        except NotFound:
            return None

    def _announce(self, need_status_before: str | None) -> None:
        need_id = self.need_id
        self.ctx.notify("shortlist_entries", need_id)
        if self._need_status() != need_status_before:
            self.ctx.notify("needs", need_id)

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
        without = sum(1 for r in rows if not r.get("consent_date"))
        if without:
            text += " · " + self.tr("%n without consent (anonymous for the company)", None, without)
        self.summary.setText(text)

    def _on_selection(self) -> None:
        entry = self.selected_entry()
        has_need = self.need is not None
        open_need = has_need and self.need.get("status") not in ("filled", "cancelled")
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
        final = entry is not None and entry["status"] in shortlists.FINAL
        self.step_button.setEnabled(entry is not None and not final)
        self.step_button.setToolTip(
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
        self.steps_label.setText(self.tr("Steps for %1").replace("%1", entry["candidate_name"]))

    def _on_store_changed(self, table: str, record_id: int) -> None:
        if self.need_id is None:
            return
        if table == "shortlist_entries" or (table == "needs" and record_id in (0, self.need_id)) or (
                table == "candidates" and (record_id == 0 or any(
                    r["candidate_id"] == record_id for r in self.model.rows()))):
            self.refresh()


def _candidate_names(db, ids: list[int]) -> dict[int, str]:
    rows = db_listing.rows(db, candidates.LISTING, list(ids))
    return {i: r["name"] for i, r in rows.items()}


class NoteDialog(QDialog):
    """Write or change the note on one shortlist entry (several lines)."""

    def __init__(self, ctx: AppContext, entry: dict, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.entry = entry
        self.setWindowTitle(self.tr("Note on %1").replace("%1", entry["candidate_name"]))
        self.form = Form()
        self.form.add("note", self.tr("Note"), TextArea(self.tr("e.g. can start at short notice; prefers day shifts")))
        self.form.fields["note"].edit.setMinimumHeight(140)
        self.form.set_values({"note": entry.get("note")})
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.resize(460, 280)
        self.form.fields["note"].edit.setFocus()

    def save(self) -> None:
        note = self.form.values()["note"] or None
        if not self.form.cpr_acknowledged({"note": note}):
            return
        try:
            shortlists.set_note(self.ctx.db, self.entry["id"], note, who=self.ctx.who)
        except ValidationError as exc:
            self.form.show_errors(exc)
            return
        except Exception as exc:  # noqa: BLE001 - shown to the user; nothing was written
            show_error(self, exc)
            return
        self.ctx.notify("shortlist_entries", self.entry["need_id"])
        self.accept()


class CandidatePicker(QDialog):
    """Find active candidates by name (or any searchable text) and choose one or more."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.chosen: list[int] = []
        self.setWindowTitle(self.tr("Add candidates to the list"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, occupation or town"))
        self.search.setClearButtonEnabled(True)
        self.model = LazyTableModel(ctx.db, candidates.LISTING, [
            Column("name", lambda: self.tr("Name")),
            Column("town", lambda: self.tr("Town")),
            Column("occupations", lambda: self.tr("Desired occupations")),
            Column("consent", lambda: self.tr("Consent"), labels.yes_no),
        ], self)
        self.model.set_query(filters={"status": "active"})
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((200, 120, 260)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda index: self._choose([self.model.id_at(index.row())]))
        self.count = QLabel()
        self.search.textChanged.connect(self._on_search)
        self.search.returnPressed.connect(self._on_return)
        hint = QLabel(self.tr("Only active candidates are listed. Select several with Ctrl or Shift."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = buttons.addButton(self.tr("Add to the list"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._choose_selected)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 480)
        self._update_count()
        self.search.setFocus()

    def _on_search(self, text: str) -> None:
        self.model.set_query(text=text)
        self._update_count()
        if self.model.rowCount():
            self.table.selectRow(0)

    def _on_return(self) -> None:
        if self.model.rowCount() == 1 or self.table.selectionModel().hasSelection():
            self._choose_selected()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n candidate(s)", None, self.model.rowCount()))

    def _choose_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.model.rowCount() == 1:
            rows = [0]
        self._choose([self.model.id_at(r) for r in rows])

    def _choose(self, ids: list[int | None]) -> None:
        self.chosen = [i for i in ids if i is not None]
        if self.chosen:
            self.accept()

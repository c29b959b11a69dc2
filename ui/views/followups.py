"""Mine opfølgninger: the consultant's follow-ups (overdue, today's and the coming days'), from contacts,
hires and placements; done, postponed, answered by a logged contact, or exported to the calendar."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QMenu, QMessageBox, QTableView, QToolButton, QVBoxLayout, QWidget)

from db import followups
from db.changes import CANDIDATES, COMPANIES, CONTACTS, FOLLOW_UPS, NEEDS, PLACEMENTS, SHORTLISTS
from ui import labels
from ui.context import AppContext
from ui.errors import show_error
from ui.operations import perform
from ui.i18n import translate
from ui.models.list_model import ListModel
from ui.models.table_model import Column
from ui.widgets.keys import SearchKeys


# Changes elsewhere that can add, end or rename a follow-up shown here.
REFRESH_ON = (CONTACTS, COMPANIES, NEEDS, CANDIDATES, SHORTLISTS, FOLLOW_UPS, PLACEMENTS)

# How far ahead the view looks: days after today (None: every open follow-up). The default shows the week.
RANGES = (0, 7, 30, None)
DEFAULT_RANGE = 7


class FollowUpModel(ListModel):
    """Overdue rows in red, today's in bold."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole) and index.isValid():
            due, today = self.row_dict(index.row())["follow_up_date"], dt.date.today().isoformat()
            if role == Qt.ItemDataRole.ForegroundRole and due < today:
                return QBrush(QColor("#b03a2e"))
            if role == Qt.ItemDataRole.FontRole and due == today:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)


class FollowUpsView(QWidget):
    open_company = Signal(int)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.range = QComboBox()
        self.range.setToolTip(self.tr("Which follow-ups to show: those due now, or also the coming days'"))
        for days, text in zip(RANGES, (self.tr("Overdue and today"), self.tr("Also the coming 7 days"),
                                       self.tr("Also the coming 30 days"), self.tr("All open follow-ups"))):
            self.range.addItem(text, days)
        self.range.setCurrentIndex(RANGES.index(DEFAULT_RANGE))
        self.range.currentIndexChanged.connect(self.refresh)
        self.everyone = QCheckBox(self.tr("Show everyone's"))
        self.everyone.toggled.connect(self.refresh)
        top.addWidget(self.heading, 1)
        top.addWidget(self.range)
        top.addWidget(self.everyone)
        layout.addLayout(top)
        self.model = FollowUpModel([
            Column("when", lambda: self.tr("When")),
            Column("follow_up_date", lambda: self.tr("Due"), labels.date),
            Column("company", lambda: self.tr("Company")),
            Column("follow_up_task", lambda: self.tr("Task")),
            Column("summary", lambda: self.tr("Background")),
            Column("consultant", lambda: self.tr("Consultant")),
        ], self)
        self.table = QTableView()
        SearchKeys(None, self.table, lambda row: self._open_selected())
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # When, due and consultant as wide as their texts, the company readable, task and background share
        # the rest (and wrap), so a 1024 px screen shows every column without scrolling sideways.
        header = self.table.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        self.table.setColumnWidth(2, 220)
        self.table.setWordWrap(True)
        # Two lines a row, fixed: sizing rows to their contents would measure every row of a long list.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(2 * self.fontMetrics().lineSpacing() + 8)
        # Enter or a double-click (Qt's "activated") opens the company.
        self.table.activated.connect(lambda index: self.open_company.emit(
            self.model.row_dict(index.row())["company_id"]))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setStyleSheet("padding: 12px; font-size: 13px;")
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self._build_actions()
        buttons = QHBoxLayout()
        self.action_buttons = [self._button(action) for action in
                               (self.done_action, self.postpone_action, self.log_action, self.open_action)]
        self.done_button = self.action_buttons[0]
        for button in self.action_buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self._button(self.export_action))
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        ctx.changes.connect(lambda changes, _by: changes.concerns(REFRESH_ON) and self.refresh())
        self.refresh()

    def _build_actions(self) -> None:
        """The view's actions with their shortcuts (active while the view shows), in buttons and the row menu.
        Log contact is the main window's Ctrl+L, which answers the selected follow-up while this view shows."""
        def action(text: str, tip: str, slot, shortcut: str | None) -> QAction:
            act = QAction(text, self)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
                act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                self.addAction(act)
            act.setToolTip(tip)
            act.triggered.connect(slot)
            return act

        self.done_action = action(self.tr("Mark as done"), self.tr("Mark the selected follow-up as done (Ctrl+D)"),
                                  self.mark_done, "Ctrl+D")
        self.postpone_action = action(self.tr("Postpone…"), self.tr("Move the selected follow-up to another day (Ctrl+U)"),
                                      self.postpone, "Ctrl+U")
        self.log_action = action(self.tr("Log contact…"),
                                 self.tr("Log the contact the follow-up asks for; saving it closes the follow-up (Ctrl+L)"),
                                 self.log_contact, None)
        self.open_action = action(self.tr("Open company"), self.tr("Show the follow-up's company (Enter)"),
                                  self._open_selected, None)
        self.export_action = action(self.tr("Export to calendar…"),
                                    self.tr("Save every open follow-up (yours, or everyone's with Show everyone's) as an .ics "
                                            "file for Outlook, Google or Apple Calendar; exporting again updates the same "
                                            "events (Ctrl+Shift+K)"),
                                    self.export_calendar, "Ctrl+Shift+K")

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _context_menu(self, pos) -> None:
        if not self.table.indexAt(pos).isValid():
            return
        menu = QMenu(self)
        for action in (self.done_action, self.postpone_action):
            menu.addAction(action)
        # Ctrl+L is the main window's shortcut (it runs log_contact here): shown, not registered twice.
        menu.addAction(self.log_action.text() + "\tCtrl+L", self.log_contact)
        menu.addAction(self.open_action)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def _update_actions(self) -> None:
        has_row = self._selected() is not None
        for action in (self.done_action, self.postpone_action, self.log_action, self.open_action):
            action.setEnabled(has_row)

    def consultant(self) -> str | None:
        return None if self.everyone.isChecked() else self.ctx.who

    def refresh(self) -> None:
        today = dt.date.today()
        days = self.range.currentData()
        until = followups.ALL_OPEN if days is None else today + dt.timedelta(days=days)
        keep = self._selected()
        rows = [self._shown(r, today) for r in followups.due(self.ctx.db, consultant=self.consultant(), until=until)]
        self.model.set_rows(rows)
        iso = today.isoformat()
        due_now = sum(1 for r in rows if r["follow_up_date"] <= iso)
        overdue = sum(1 for r in rows if r["follow_up_date"] < iso)
        self.heading.setText(self.tr("%n follow-up(s) due", None, due_now) + " · " +
                             self.tr("%n overdue", None, overdue) + " · " +
                             self.tr("%n coming", None, len(rows) - due_now))
        self._show_empty(not rows)
        if keep is not None:
            for row, shown in enumerate(rows):
                if (shown["source"], shown["id"]) == (keep["source"], keep["id"]):
                    self.table.selectRow(row)
                    break
        if self._selected() is None and rows:
            self.table.selectRow(0)
        self._update_actions()

    def _show_empty(self, empty: bool) -> None:
        """An empty list says why, and how to see more."""
        self.empty.setVisible(empty)
        if not empty:
            return
        if self.everyone.isChecked():
            text = self.tr("No open follow-ups in this period.")
        else:
            text = self.tr("You (%1) have no open follow-ups in this period.").replace("%1", self.ctx.who)
        text += " " + self.tr("Follow-ups come from logged contacts with a follow-up date, and from hires and "
                              "placements. Tick \"Show everyone's\" to see your colleagues' follow-ups, or choose "
                              "\"All open follow-ups\" to look further ahead.")
        self.empty.setText(text)

    def _when(self, due: str, today: str) -> str:
        if due < today:
            return self.tr("Overdue")
        return self.tr("Today") if due == today else self.tr("Coming")

    def _shown(self, row: dict, today: dt.date) -> dict:
        """A hire's follow-up: its task and a sentence naming who was hired as what, in the user's language."""
        row = {**row, "when": self._when(row["follow_up_date"], today.isoformat())}
        if row["source"] == "placement":
            return {**row, "follow_up_task": translate("FollowUps", row["follow_up_task"]),
                    "summary": self.tr("{candidate} in {measure} {start} – {end}").format(
                        candidate=row["candidate"], measure=row["measure"] or "",
                        start=labels.date(row["start_date"]), end=labels.date(row["end_date"]))}
        if row["source"] != "shortlist":
            return row
        return {**row, "follow_up_task": translate("FollowUps", row["follow_up_task"]),
                "summary": self.tr("{candidate} hired as {need} on {date}").format(
                    candidate=row["candidate"], need=row["need_title"], date=labels.date(row["hired_on"]))}

    def _selected(self) -> dict | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.row_dict(index.row())

    def _open_selected(self) -> None:
        row = self._selected()
        if row:
            self.open_company.emit(row["company_id"])

    def mark_done(self) -> None:
        row = self._selected()
        if not row:
            return
        perform(self, self.ctx, lambda: followups.set_done(self.ctx.db, row["source"], row["id"], who=self.ctx.who))

    def postpone(self) -> None:
        from ui.dialogs.postpone_dialog import PostponeDialog

        row = self._selected()
        if row:
            dialog = PostponeDialog(self.ctx, row, self)
            dialog.exec()
            dialog.deleteLater()

    def log_contact(self) -> None:
        """The contact dialog, filled in from the follow-up; saving it logs the contact and closes the follow-up."""
        from db import contacts
        from ui.dialogs.contact_dialog import ContactDialog

        row = self._selected()
        if not row:
            return
        preset = {"kind": "phone", "summary": row["follow_up_task"] or ""}
        if row["source"] == "contact":
            asked = contacts.get(self.ctx.db, row["id"])
            preset["contact_person_id"] = asked["contact_person_id"]
        dialog = ContactDialog(self.ctx, row["company_id"], parent=self, preset=preset,
                               closes=(row["source"], row["id"]))
        dialog.exec()
        dialog.deleteLater()

    def export_calendar(self) -> None:
        """Every open follow-up of whom the view shows (you, or everyone) to an .ics file."""
        from ui.services import followup_calendar

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to calendar"),
                                              str(Path.home() / self.tr("jobbro-follow-ups.ics")),
                                              self.tr("Calendar file (*.ics)"))
        if not path:
            return
        if not path.lower().endswith(".ics"):
            path += ".ics"
        try:
            count = followup_calendar.export(self.ctx.db, path, consultant=self.consultant())
        except OSError as exc:
            show_error(self, exc)
            return
        QMessageBox.information(self, self.tr("Export to calendar"),
                                self.tr("%n follow-up(s) saved to %1. Open the file with your calendar; a later "
                                        "export updates the same events.", None, count).replace("%1", path))

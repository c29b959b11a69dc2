"""Til sletning: what the retention rules select, with the reason, to erase in one action or keep with a note."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
                               QProgressDialog, QPushButton, QTableView, QVBoxLayout)

from db import changes
from db import retention
from ui import labels, settings
from ui.tasks import StoreWorker
from ui.context import AppContext
from ui.errors import show_error
from ui.models.list_model import ListModel
from ui.models.table_model import Column
from ui.views.person_privacy import confirm_erase


class RetentionDialog(QDialog):
    """The rules' proposals; select rows (Ctrl+A for all), then erase them or keep them with a note.

    Erasing runs in a worker thread with its own connection (thousands of people take minutes), with a
    progress dialog that can stop it between batches; `erased` carries how many went.
    """

    erased = Signal(int)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.rules = settings.retention_rules()
        self.proposals: list[retention.Proposal] = []
        self.setWindowTitle(self.tr("To be erased"))
        self.resize(820, 480)
        kinds = {"candidates": self.tr("Candidate"), "contact_persons": self.tr("Contact person")}
        self.model = ListModel([
            Column("kind", lambda: self.tr("Kind"), lambda v: kinds.get(v, v or "")),
            Column("name", lambda: self.tr("Name")),
            Column("company", lambda: self.tr("Company")),
            Column("reason", lambda: self.tr("Reason")),
        ], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.intro = QLabel(self.tr(
            "The retention rules select these people: candidates without activity for %1 months or whose consent "
            "has expired, and contact persons of companies without any relation for %2 years (Settings). Select "
            "rows (Ctrl+A: all), then erase them permanently or keep them with a note; a kept person is not listed "
            "again until the rule applies anew.").replace("%1", str(self.rules.candidate_inactive_months)).replace(
            "%2", str(self.rules.contact_person_years)))
        self.intro.setWordWrap(True)
        self.erase_button = QPushButton(self.tr("&Erase selected permanently…"))
        self.keep_button = QPushButton(self.tr("&Keep selected with a note…"))
        close = QPushButton(self.tr("Close"))
        self.erase_button.clicked.connect(self.erase_selected)
        self.keep_button.clicked.connect(self.keep_selected)
        close.clicked.connect(self.accept)
        for button in (self.erase_button, self.keep_button, close):
            button.setAutoDefault(False)
        close.setDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.erase_button)
        row.addWidget(self.keep_button)
        row.addStretch(1)
        row.addWidget(close)
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        QShortcut(QKeySequence(QKeySequence.StandardKey.SelectAll), self.table, self.table.selectAll)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        self.proposals = retention.proposals(self.ctx.db, self.rules)
        self.model.set_rows([{"id": p.record_id, "kind": p.table, "name": p.name, "company": p.company,
                              "reason": labels.retention_reason(p.rule, p.basis)} for p in self.proposals])
        self.count.setText(self.tr("%n person(s) selected by the rules.", None,
                                   len({p.key for p in self.proposals})))
        for column, width in enumerate((110, 200, 180)):
            self.table.setColumnWidth(column, width)
        self._update_buttons()

    def chosen(self) -> list[retention.Proposal]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.proposals[r] for r in rows]

    def _update_buttons(self) -> None:
        some = bool(self.table.selectionModel().selectedRows())
        self.erase_button.setEnabled(some)
        self.keep_button.setEnabled(some)

    def erase_selected(self) -> StoreWorker | None:
        """Ask, then erase the selected people in a worker; None when there is nothing to do."""
        chosen = self.chosen()
        people = len({p.key for p in chosen})
        if not chosen or not confirm_erase(self, self.tr("Erase permanently"), self.tr(
                "Erase %n person(s) permanently, with their links, shortlist notes, follow-ups and history? "
                "Shortlists keep an anonymous row. This cannot be undone.", None, people)):
            return None
        who, rules = self.ctx.who, self.rules
        worker = StoreWorker(self.ctx.store, self)
        progress = QProgressDialog(self.tr("Erasing…"), self.tr("Stop"), 0, people, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        progress.canceled.connect(worker.cancel)
        worker.progress.connect(lambda done, _total, _stage: progress.setValue(done))

        def job(db, report, cancel):
            def step(done: int, total: int) -> None:
                report(done, total)
                cancel()
            return len(retention.erase(db, chosen, who=who, rules=rules, progress=step))

        def finish(count: int | None, exc=None) -> None:
            progress.reset()
            worker.shutdown()
            worker.deleteLater()
            if exc is not None:
                show_error(self, exc)
            # many records at once: every view and the match index reload instead of one notice per person
            self.ctx.apply(changes.wholesale(changes.CANDIDATES, changes.CONTACT_PERSONS, changes.SHORTLISTS,
                                             changes.FOLLOW_UPS))
            self.refresh()
            self.erased.emit(count or 0)

        worker.done.connect(lambda count: finish(count))
        worker.failed.connect(lambda exc: finish(None, exc))
        worker.cancelled.connect(lambda: finish(None))
        worker.submit(job)
        return worker

    def keep_selected(self, note: str | None = None) -> int:
        chosen = self.chosen()
        if not chosen:
            return 0
        if note is None:
            note, ok = QInputDialog.getMultiLineText(self, self.tr("Keep with a note"), self.tr(
                "Why are they kept? (e.g. consent renewed by phone; still in a course)"))
            if not ok:
                return 0
        try:
            for proposal in chosen:
                retention.keep(self.ctx.db, proposal, who=self.ctx.who, note=note)
        except Exception as exc:  # noqa: BLE001 - shown; the keeps made so far stay
            show_error(self, exc)
        self.refresh()
        return len(chosen)

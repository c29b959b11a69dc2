"""Placements on a candidate, a company or a need, and a company's workplaces with their room under the ratio.

    tab = PlacementsTab(ctx, "company")   # or "candidate", "need"
    tab.set_owner(company_id)             # None: empty
    tab.counted.connect(...)              # int: placements shown, after every refresh
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from db.changes import CANDIDATES, COMPANIES, NEEDS, PLACEMENTS, REFERENCE, WORKPLACES, Changes
from db import needs, placements, workplaces
from db.errors import NotFound
from ui import labels
from ui.context import AppContext
from ui.operations import perform
from ui.dialogs import confirm
from ui.dialogs.placement_dialog import PlacementDialog, outcome_labels, status_labels, workplace_text
from ui.errors import show_error
from ui.i18n import translate
from ui.models.list_model import ListModel
from ui.models.table_model import Column
from ui.widgets.fields import Choice, DateLine, NumberLine, TextLine
from ui.widgets.form import Form
from ui.widgets.keys import counted_label, leave_by_tab

LOADERS = {"company": placements.for_company, "candidate": placements.for_candidate, "need": placements.for_need}
WATCHED = (PLACEMENTS, WORKPLACES, CANDIDATES, COMPANIES, NEEDS, REFERENCE)


def _table(model: ListModel, on_open) -> QTableView:
    table = QTableView()
    leave_by_tab(table)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.doubleClicked.connect(lambda index: on_open(index.row()))
    table.installEventFilter(_EnterOpens(table, on_open))
    return table


class _EnterOpens(QObject):
    """Enter or Return on the table opens its current row (only while the table has the focus)."""

    def __init__(self, table: QTableView, on_open):
        super().__init__(table)
        self.table, self.on_open = table, on_open

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self.table.currentIndex().isValid():
            self.on_open(self.table.currentIndex().row())
            return True
        return False


def _buttons(buttons) -> QHBoxLayout:
    row = QHBoxLayout()
    for text, slot in buttons:
        button = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)
    row.addStretch(1)
    return row


class PlacementsTab(QWidget):
    counted = Signal(int)

    def __init__(self, ctx: AppContext, owner: str, parent=None):
        super().__init__(parent)
        if owner not in LOADERS:
            raise ValueError(owner)
        self.ctx, self.owner, self.owner_id = ctx, owner, None
        status, outcome = status_labels(), outcome_labels()
        who = {"company": [Column("candidate_name", lambda: self.tr("Candidate")),
                           Column("workplace_name", lambda: self.tr("Workplace"))],
               "candidate": [Column("company_name", lambda: self.tr("Company"))],
               "need": [Column("candidate_name", lambda: self.tr("Candidate"))]}[owner]
        self.model = ListModel(who + [
            Column("measure_name", lambda: self.tr("Measure")),
            Column("start_date", lambda: self.tr("Start"), labels.date),
            Column("end_date", lambda: self.tr("End"), labels.date),
            Column("status", lambda: self.tr("Status"), lambda v: status.get(v, v or "")),
            Column("outcome", lambda: self.tr("Outcome"), lambda v: outcome.get(v, v or ""))], self)
        self.table = _table(self.model, self.edit)
        layout = QVBoxLayout(self)
        if owner == "company":
            self.workplaces = WorkplacesPanel(ctx)
            layout.addWidget(self.workplaces)
        layout.addLayout(_buttons([(self.tr("New placement…"), lambda: self.edit(None)),
                                   (self.tr("Edit…"), self._edit_current),
                                   (self.tr("Remove placement"), self.remove)]))
        layout.addWidget(self.table, 1)
        ctx.changes.connect(self._on_changes)

    def set_owner(self, owner_id: int | None) -> None:
        self.owner_id = owner_id or None
        if self.owner == "company":
            self.workplaces.set_company(self.owner_id)
        self.refresh()

    def refresh(self) -> None:
        try:
            rows = LOADERS[self.owner](self.ctx.db, self.owner_id) if self.owner_id else []
        except NotFound:
            rows = []
        self.model.set_rows(rows)
        self.counted.emit(len(rows))

    def _on_changes(self, changes: Changes, _initiator: object) -> None:
        if self.owner_id is not None and changes.concerns(WATCHED):
            self.refresh()

    def preset(self) -> dict:
        if self.owner == "need":
            need = needs.get(self.ctx.db, self.owner_id)
            return {"need_id": self.owner_id, "company_id": need["company_id"]}
        return {f"{self.owner}_id": self.owner_id}

    def edit(self, row: int | None) -> None:
        if self.owner_id is None:
            return
        try:
            if row is None:
                PlacementDialog(self.ctx, preset=self.preset(), parent=self).exec()
            else:
                PlacementDialog(self.ctx, self.model.row_dict(row)["id"], parent=self).exec()
        except NotFound as exc:
            show_error(self, exc)

    def _edit_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.edit(index.row())

    def remove(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row = self.model.row_dict(index.row())
        if not confirm.ask(self, self.tr("Remove placement"), self.tr("Remove the placement %1 from %2?").replace(
                "%1", row["measure_name"] or "").replace("%2", labels.date(row["start_date"]))):
            return
        perform(self, self.ctx, lambda: placements.delete(self.ctx.db, row["id"], who=self.ctx.who))


class WorkplacesPanel(QWidget):
    """The company's workplaces: P-number, ordinary employees (FTE) with the date stated, and "2 of 2 places used"."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx, self.company_id = ctx, None
        self.model = ListModel([
            Column("name", lambda: self.tr("Workplace")), Column("p_number", lambda: self.tr("P-number")),
            Column("ordinary_fte", lambda: self.tr("Ordinary employees (FTE)"), labels.hours, align_right=True),
            Column("fte_stated_on", lambda: self.tr("Stated"), labels.date),
            Column("places", lambda: self.tr("Places under the ratio"))], self)
        self.table = _table(self.model, self.edit)
        self.table.setMaximumHeight(120)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.hint = QLabel(self.tr("Record the company's workplaces with their ordinary employees: the ratio rule "
                                   "counts per workplace."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(_buttons([(self.tr("Add workplace…"), lambda: self.edit(None)),
                                   (self.tr("Remove workplace"), self.remove)]))
        layout.addWidget(self.hint)
        layout.addWidget(self.table)

    def set_company(self, company_id: int | None) -> None:
        self.company_id = company_id
        self.refresh()

    def refresh(self) -> None:
        rows = workplaces.for_company(self.ctx.db, self.company_id) if self.company_id else []
        for row in rows:
            row["places"] = workplace_text({**row, "name": "", "p_number": None}).lstrip(" ·")
        self.model.set_rows(rows)
        self.hint.setVisible(self.company_id is not None and not rows)

    def edit(self, row: int | None) -> None:
        if self.company_id is None:
            return
        current = self.model.row_dict(row) if row is not None else None
        if WorkplaceDialog(self.ctx, self.company_id, current, parent=self).exec():
            self.refresh()

    def remove(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row = self.model.row_dict(index.row())
        if not confirm.ask(self, self.tr("Remove workplace"),
                           self.tr("Remove the workplace %1?").replace("%1", row["name"])):
            return
        # a refusal names the placements in the way
        if perform(self, self.ctx, lambda: workplaces.delete(self.ctx.db, row["id"], who=self.ctx.who)) is not None:
            self.refresh()


class WorkplaceDialog(QDialog):
    def __init__(self, ctx: AppContext, company_id: int, workplace: dict | None = None, parent=None):
        super().__init__(parent)
        self.ctx, self.company_id = ctx, company_id
        self.workplace_id = workplace["id"] if workplace else None
        self.setWindowTitle(self.tr("Workplace"))
        self.form = Form()
        self.form.add("name", self.tr("Name"), TextLine(self.tr("e.g. the address or department")))
        self.form.add("p_number", self.tr("P-number"), TextLine(self.tr("10 digits (optional)")))
        self.form.add("postcode", self.tr("Postcode"), TextLine())
        self.form.add("ordinary_fte", self.tr("Ordinary employees (FTE)"),
                      NumberLine(self.tr("full-time equivalents, average of the last 4 months")))
        self.form.add("fte_stated_on", self.tr("Stated on"), DateLine())
        self.form.set_values(workplace or {"fte_stated_on": dt.date.today().isoformat()})
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.resize(460, 300)

    def save(self) -> None:
        values = self.form.values()

        def write():
            if self.workplace_id:
                return workplaces.update(self.ctx.db, self.workplace_id, who=self.ctx.who, **values)
            return workplaces.add(self.ctx.db, self.company_id, who=self.ctx.who, **values)

        changes = perform(self, self.ctx, write, initiator=self, on_invalid=self.form.show_errors)
        if changes is not None:
            self.workplace_id = changes.id
            self.accept()


def attach(view, tabs, owner: str) -> PlacementsTab:
    """Add a "Placements" tab to a record view's detail tabs, following the view's selected record."""
    tab = PlacementsTab(view.ctx, owner)
    name = translate("Placements", "Placements")
    tabs.addTab(tab, name)

    def counted(n: int) -> None:
        tabs.setTabText(tabs.indexOf(tab), counted_label(name, n if tab.owner_id else 0))

    def selected(record_id: int) -> None:
        tab.set_owner(record_id or None)
        tabs.setTabEnabled(tabs.indexOf(tab), bool(record_id))

    tab.counted.connect(counted)
    view.selected.connect(selected)
    return tab


def add_rule_fields(form: Form) -> None:
    """The candidate facts the measure rules read, as a section of the candidate form."""
    form.section(translate("Placements", "For the measure rules"))
    form.add("birth_date", translate("Placements", "Date of birth"), DateLine())
    form.add("single_parent", translate("Placements", "Single parent"), Choice(
        [(1, translate("Placements", "Yes")), (0, translate("Placements", "No"))],
        empty=translate("Placements", "unknown")))
    form.add("fleksjob_visited_on", translate("Placements", "Visited to fleksjob on"), DateLine())
    form.add("arrived_in_denmark", translate("Placements", "Arrived in Denmark"), DateLine())

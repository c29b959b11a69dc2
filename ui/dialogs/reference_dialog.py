"""Editing the reference lists: measures, target groups, physical demands, rejection reasons, vocabulary."""

from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QPushButton, QTableView,
                               QTabWidget, QVBoxLayout, QWidget)

from db import reference

from ui import labels
from ui.context import AppContext
from ui.dialogs.rules_editor import rules_tab
from ui.operations import perform
from ui.models.list_model import ListModel
from ui.models.table_model import Column
from ui.widgets.fields import Check, Choice, TextLine
from ui.widgets.form import Form

class CodeTableEditor(QWidget):
    """One editable code list: pick a row, change name or active, or add a new code."""

    def __init__(self, ctx: AppContext, table: str, parent=None):
        super().__init__(parent)
        self.ctx, self.table_name = ctx, table
        self.model = ListModel([Column("code", lambda: self.tr("Code")), Column("name", lambda: self.tr("Name")),
                                Column("active", lambda: self.tr("In use"), labels.yes_no)], self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setColumnWidth(1, 320)
        self.view.clicked.connect(lambda index: self.form.set_values(self.model.row_dict(index.row())))
        self.form = Form()
        self.form.add("code", self.tr("Code"), TextLine())
        self.form.add("name", self.tr("Name"), TextLine())
        self.form.add("name_en", self.tr("English name"), TextLine())
        self.form.add("active", self.tr("In use"), Check())
        save = QPushButton(self.tr("Save entry"))
        save.clicked.connect(self.save)
        new = QPushButton(self.tr("New entry"))
        new.clicked.connect(lambda: self.form.set_values({"active": True}))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.form)
        row = QHBoxLayout()
        row.addWidget(new)
        row.addStretch(1)
        row.addWidget(save)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(reference.code_rows(self.ctx.db, self.table_name))

    def save(self) -> None:
        values = self.form.values()
        if perform(self, self.ctx, lambda: reference.save_code(
                self.ctx.db, self.table_name, code=values["code"], name=values["name"],
                name_en=values["name_en"] or None, active=values["active"], who=self.ctx.who),
                on_invalid=self.form.show_errors) is not None:
            self.reload()

class VocabularyEditor(QWidget):
    """Add an occupation (with its ISCO-08 code) or a skill to our own vocabulary."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.occupation = Form()
        self.occupation.section(self.tr("New occupation"))
        self.occupation.add("title", self.tr("Title"), TextLine())
        self.occupation.add("isco", self.tr("ISCO-08 code"), TextLine(self.tr("4 digits")))
        self.skill = Form()
        self.skill.section(self.tr("New skill, certificate or licence"))
        self.skill.add("name", self.tr("Name"), TextLine())
        kinds = [("skill", self.tr("Skill")), ("knowledge", self.tr("Knowledge")),
                 ("certificate", self.tr("Certificate")), ("licence", self.tr("Licence")),
                 ("language", self.tr("Language"))]
        self.skill.add("kind", self.tr("Kind"), Choice(kinds, empty=None))
        add_occ = QPushButton(self.tr("Add occupation"))
        add_occ.clicked.connect(self.add_occupation)
        add_skill = QPushButton(self.tr("Add skill"))
        add_skill.clicked.connect(self.add_skill)
        layout = QVBoxLayout(self)
        for form, button in ((self.occupation, add_occ), (self.skill, add_skill)):
            layout.addWidget(form)
            layout.addWidget(button)
        layout.addStretch(1)

    def _save(self, form: Form, call) -> None:
        values = form.values()
        if perform(self, self.ctx, lambda: call(**values), on_invalid=form.show_errors) is not None:
            form.set_values({})

    def add_occupation(self) -> None:
        self._save(self.occupation, lambda **v: reference.save_occupation(self.ctx.db, who=self.ctx.who, **v))

    def add_skill(self) -> None:
        self._save(self.skill, lambda **v: reference.save_skill(self.ctx.db, who=self.ctx.who, **v))

class IndustryEditor(QWidget):
    """The DB07 industries offered for companies: pick one to rename it, or add a code."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = ListModel([Column("code", lambda: self.tr("Code")), Column("title", lambda: self.tr("Title"))],
                               self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.clicked.connect(lambda index: self.form.set_values(self.model.row_dict(index.row())))
        self.form = Form()
        self.form.add("code", self.tr("DB07 code"), TextLine())
        self.form.add("title", self.tr("Title"), TextLine())
        save = QPushButton(self.tr("Save entry"))
        save.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.form)
        layout.addWidget(save)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows([{"code": c, "title": t} for c, t in reference.industries(self.ctx.db)])

    def save(self) -> None:
        values = self.form.values()
        if perform(self, self.ctx, lambda: reference.save_industry(self.ctx.db, who=self.ctx.who, **values),
                   on_invalid=self.form.show_errors) is not None:
            self.reload()

class ReferenceDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reference lists"))
        tabs = QTabWidget()
        for table, title in (("measures", self.tr("Measures")), ("target_groups", self.tr("Target groups")),
                             ("strains", self.tr("Physical demands")),
                             ("rejection_reasons", self.tr("Rejection reasons"))):
            tabs.addTab(CodeTableEditor(ctx, table), title)
        tabs.addTab(IndustryEditor(ctx), self.tr("Industries (DB07)"))
        tabs.addTab(VocabularyEditor(ctx), self.tr("Vocabulary"))
        tabs.addTab(rules_tab(ctx), self.tr("Measure rules"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(860, 680)

"""Editing the measure rules (ratio, eligibility, praktik length, IGU versions) and when measures and target groups apply."""

from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QTableView, QTabWidget,
                               QVBoxLayout, QWidget)

from db import measure_rules, reference
from ui import labels
from ui.context import AppContext
from ui.operations import perform
from ui.dialogs import confirm
from ui.i18n import translate
from ui.models.list_model import ListModel
from ui.models.table_model import Column
from ui.widgets.fields import Choice, DateLine, TextLine
from ui.widgets.form import Form


def column_labels() -> dict[str, str]:
    return {
        "measures": translate("RulesEditor", "Measures counted"), "first_employees": translate(
            "RulesEditor", "First employees"), "per_first": translate("RulesEditor", "1 per (first)"),
        "per_beyond": translate("RulesEditor", "1 per (beyond)"), "minimum": translate("RulesEditor", "At least"),
        "measure_code": translate("RulesEditor", "Measure"), "rule": translate("RulesEditor", "Rule"),
        "value": translate("RulesEditor", "Value"), "target_group": translate("RulesEditor", "Target group (* = all)"),
        "weeks": translate("RulesEditor", "Weeks"), "age_from": translate("RulesEditor", "Age from"),
        "age_under": translate("RulesEditor", "Age under"),
        "residence_years_under": translate("RulesEditor", "Residence under (years)"),
        "min_hours": translate("RulesEditor", "Hours a week at least"), "months": translate("RulesEditor", "Months"),
        "valid_from": translate("RulesEditor", "Valid from"), "valid_to": translate("RulesEditor", "Valid to"),
        "source": translate("RulesEditor", "Source"), "url": translate("RulesEditor", "Address of the source"),
    }


class RuleTableEditor(QWidget):
    """One rule table: pick a row to change it, or add a new row; every row needs its dates and source."""

    def __init__(self, ctx: AppContext, table: str, parent=None):
        super().__init__(parent)
        self.ctx, self.table_name, self.rule_id = ctx, table, None
        names = column_labels()
        own = measure_rules.RULE_TABLES[table][1]
        keys = (*own, "valid_from", "valid_to", "source")
        self.model = ListModel([Column(k, lambda k=k: names[k], labels.date) if k.startswith("valid")
                                else Column(k, lambda k=k: names[k]) for k in keys], self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.clicked.connect(lambda index: self._pick(index.row()))
        self.form = Form()
        for key in (*own, "valid_from", "valid_to", "source", "url"):
            self.form.add(key, names[key], DateLine() if key.startswith("valid") else TextLine())
        buttons = QHBoxLayout()
        for text, slot in ((translate("RulesEditor", "New row"), self._new),
                           (translate("RulesEditor", "Delete row"), self.delete)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        save = QPushButton(translate("RulesEditor", "Save row"))
        save.clicked.connect(self.save)
        buttons.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(measure_rules.rows(self.ctx.db, self.table_name))

    def _pick(self, row: int) -> None:
        record = self.model.row_dict(row)
        self.rule_id = record["id"]
        self.form.set_values(record)

    def _new(self) -> None:
        self.rule_id = None
        self.form.set_values({})

    def save(self) -> None:
        values = self.form.values()
        changes = perform(self, self.ctx, lambda: measure_rules.save_rule(
            self.ctx.db, self.table_name, who=self.ctx.who, rule_id=self.rule_id, **values),
            on_invalid=self.form.show_errors)
        if changes is not None:
            self.rule_id = changes.id
            self.reload()

    def delete(self) -> None:
        if self.rule_id is None or not confirm.ask(self, translate("RulesEditor", "Delete row"),
                                                   translate("RulesEditor", "Delete the chosen rule row?")):
            return
        rule_id = self.rule_id
        if perform(self, self.ctx, lambda: measure_rules.delete_rule(self.ctx.db, self.table_name, rule_id,
                                                                     who=self.ctx.who)) is not None:
            self._new()
            self.reload()


class ValidityEditor(QWidget):
    """When a measure or a target group may be used (the 2025/26 reform ends some for new cases)."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        names = column_labels()
        self.form = Form()
        self.form.add("table", translate("RulesEditor", "List"), Choice(
            [("measures", translate("RulesEditor", "Measure")), ("target_groups", translate("RulesEditor",
                                                                                           "Target group"))],
            empty=None))
        self.form.add("code", translate("RulesEditor", "Entry"), Choice([], empty=None))
        self.form.add("valid_from", names["valid_from"], DateLine())
        self.form.add("valid_to", names["valid_to"], DateLine())
        self.form.add("source", names["source"], TextLine())
        self.form.fields["table"].changed.connect(self._table_changed)
        self.form.fields["code"].changed.connect(self._code_changed)
        save = QPushButton(translate("RulesEditor", "Save dates"))
        save.clicked.connect(self.save)
        hint = QLabel(translate("RulesEditor", "An entry outside its dates cannot be used for new placements, and "
                                               "matching treats it as closed."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(hint)
        layout.addWidget(save)
        layout.addStretch(1)
        self._table_changed()

    def _table_changed(self) -> None:
        table = self.form.fields["table"].value()
        self.form.fields["code"].set_options(reference.choices(self.ctx.db, table, include_inactive=True), None)
        self._code_changed()

    def _code_changed(self) -> None:
        table, code = self.form.fields["table"].value(), self.form.fields["code"].value()
        found = measure_rules.validity(self.ctx.db, table, code) if code else {}
        for key in ("valid_from", "valid_to", "source"):
            self.form.fields[key].set_value(found.get(key))

    def save(self) -> None:
        values = self.form.values()
        perform(self, self.ctx, lambda: measure_rules.set_validity(
            self.ctx.db, values["table"], values["code"], who=self.ctx.who, valid_from=values["valid_from"],
            valid_to=values["valid_to"], source=values["source"] or None), on_invalid=self.form.show_errors)


def rules_tab(ctx: AppContext) -> QTabWidget:
    """The "Measure rules" page of Rediger → Referencelister."""
    tabs = QTabWidget()
    for table, title in (("ratio_rules", translate("RulesEditor", "Ratio")),
                         ("eligibility_rules", translate("RulesEditor", "Who may use what")),
                         ("internship_limits", translate("RulesEditor", "Praktik length")),
                         ("igu_versions", translate("RulesEditor", "IGU versions"))):
        tabs.addTab(RuleTableEditor(ctx, table), title)
    tabs.addTab(ValidityEditor(ctx), translate("RulesEditor", "Dates of measures and target groups"))
    return tabs

"""Rediger → Referencelister → Ordningsregler: the rule rows and the dates of measures, edited through the widgets."""

import datetime as dt

import pytest

from db import measure_rules
from ui.context import AppContext
from ui.dialogs.rules_editor import RuleTableEditor, ValidityEditor

WHO = "Testkonsulent"


@pytest.fixture
def ctx(qapp, store, store_path, consultant):
    return AppContext(store, str(store_path))


def test_a_ratio_row_is_changed_and_a_bad_one_refused(qtbot, ctx, store):
    editor = RuleTableEditor(ctx, "ratio_rules")
    qtbot.addWidget(editor)
    editor._pick(0)
    editor.form.fields["per_first"].set_value("4")
    editor.save()
    assert measure_rules.load(store).capacity(8, dt.date.today()) == 2
    editor.form.fields["valid_to"].set_value("2019-01-01")  # before valid_from 2020-01-01
    editor.save()
    assert not editor.form.banner.isHidden()
    assert measure_rules.rows(store, "ratio_rules")[0]["valid_to"] is None


def test_a_new_igu_version_needs_its_source(qtbot, ctx, store):
    editor = RuleTableEditor(ctx, "igu_versions")
    qtbot.addWidget(editor)
    editor._new()
    for key, value in {"age_from": "18", "age_under": "55", "residence_years_under": "20", "min_hours": "25",
                       "months": "24", "valid_from": "2028-01-01"}.items():
        editor.form.fields[key].set_value(value)
    before = len(measure_rules.rows(store, "igu_versions"))
    editor.save()
    assert "source" in {k for k, f in editor.form.fields.items() if f.editor().toolTip()}
    editor.form.fields["source"].set_value("Ny lov (test)")
    editor.save()
    assert len(measure_rules.rows(store, "igu_versions")) == before + 1


def test_a_measure_is_ended_with_its_dates(qtbot, ctx, store):
    editor = ValidityEditor(ctx)
    qtbot.addWidget(editor)
    editor.form.fields["table"].set_value("measures")
    editor.form.fields["code"].set_value("senior_wage_subsidy")
    editor.form.fields["valid_to"].set_value("2026-06-30")
    editor.save()
    rules = measure_rules.load(store)
    assert not rules.measure_in_force("senior_wage_subsidy", dt.date(2026, 7, 1))
    assert rules.measure_in_force("senior_wage_subsidy", dt.date(2026, 6, 30))

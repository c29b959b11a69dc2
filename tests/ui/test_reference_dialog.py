"""Reference lists are editable in the app: a new measure and a renamed industry land in the store."""

from db import reference
from ui.dialogs.reference_dialog import CodeTableEditor, IndustryEditor


def test_add_a_measure_and_rename_an_industry(qtbot, store, ctx):
    measures = CodeTableEditor(ctx, "measures")
    qtbot.addWidget(measures)
    measures.form.set_values({"code": "job_rotation", "name": "Jobrotation", "active": True})
    measures.save()
    assert ("job_rotation", "Jobrotation") in reference.choices(store, "measures")
    industries = IndustryEditor(ctx)
    qtbot.addWidget(industries)
    industries.form.set_values({"code": "47", "title": "Detailhandel"})
    industries.save()
    assert ("47", "Detailhandel") in reference.industries(store)
    industries.form.set_values({"code": "4x", "title": "Fejl"})
    industries.save()
    assert not industries.form.banner.isHidden()
    assert not {"4x", "4X"} & set(dict(reference.industries(store)))  # refused as typed and as cleaned

"""Placements through the real widgets: workplaces with their room, the dialog's live rules, a hire through a measure."""

import datetime as dt

import pytest

from db import candidates, companies, needs, placements, shortlists, workplaces
from ui import i18n
from ui.context import AppContext
from ui.dialogs.placement_dialog import PlacementDialog
from ui.dialogs.shortlist_step import ShortlistStepDialog
from ui.views.placements_tab import PlacementsTab

WHO = "Testkonsulent"
TODAY = dt.date.today()


def ddmmyyyy(day: dt.date) -> str:
    return day.strftime("%d-%m-%Y")


@pytest.fixture
def ctx(qapp, store, store_path, consultant):
    i18n.install(qapp, "da")
    return AppContext(store, str(store_path))


@pytest.fixture
def data(store):
    company = companies.add(store, who=WHO, name="Vestjysk Lager ApS").id
    place = workplaces.add(store, company, who=WHO, name="Lageret", ordinary_fte=4, fte_stated_on=TODAY.isoformat()).id
    need = needs.add(store, who=WHO, company_id=company, title="Lagermedarbejder", employment_form="internship").id
    people = [candidates.add(store, who=WHO, name=n, target_group_code="kontanthjaelp_aktivitetsparat").id
              for n in ("Anne Østergaard", "Bo Jensen")]
    return {"company": company, "place": place, "need": need, "people": people}


def count(store, table="placements"):
    return store.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def fill(dialog, **values):
    for key, value in values.items():
        dialog.form.fields[key].set_value(value)
    dialog.update_rules()


def test_dialog_warns_before_going_over_the_ratio_and_needs_an_exemption(qtbot, ctx, store, data):
    first, second = data["people"]
    dialog = PlacementDialog(ctx, preset={"candidate_id": first, "company_id": data["company"]})
    qtbot.addWidget(dialog)
    fill(dialog, measure_code="internship", start_date=TODAY.isoformat(),
         end_date=(TODAY + dt.timedelta(days=20)).isoformat())
    assert dialog.form.fields["workplace_id"].value() == data["place"]  # the only workplace is chosen
    assert "Lageret: 0 af 1 pladser brugt" in dialog.rules.text() and "står i vejen" not in dialog.rules.text()
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted and count(store) == 1

    dialog = PlacementDialog(ctx, preset={"candidate_id": second, "company_id": data["company"]})
    qtbot.addWidget(dialog)
    fill(dialog, measure_code="internship", start_date=TODAY.isoformat(),
         end_date=(TODAY + dt.timedelta(days=10)).isoformat())
    assert "står i vejen" in dialog.rules.text() and "(1 af 1)" in dialog.rules.text()
    dialog.save()
    assert not dialog.form.banner.isHidden() and "Arbejdsstedet har ikke flere pladser (1 af 1)" in dialog.form.banner.text()
    assert count(store) == 1
    fill(dialog, exemption=True, exemption_note="Dispensation fra teamleder")
    assert "Dispensationen tillader" in dialog.rules.text()
    dialog.save()
    assert count(store) == 2


def test_company_tab_shows_workplaces_with_places_used_and_the_placements(qtbot, ctx, store, data):
    tab = PlacementsTab(ctx, "company")
    qtbot.addWidget(tab)
    tab.set_owner(data["company"])
    assert tab.workplaces.model.row_dict(0)["places"] == "0 af 1 pladser brugt"
    ctx.apply(placements.add(store, who=WHO, candidate_id=data["people"][0], company_id=data["company"],
                             measure_code="internship", start_date=TODAY.isoformat(),
                             end_date=(TODAY + dt.timedelta(days=5)).isoformat()))
    assert tab.model.rowCount() == 1 and tab.model.row_dict(0)["candidate_name"] == "Anne Østergaard"
    tab.workplaces.refresh()
    assert tab.workplaces.model.row_dict(0)["places"] == "1 af 1 pladser brugt"


def test_hired_through_praktik_on_a_shortlist_makes_a_planned_placement(qtbot, ctx, store, data):
    entry = shortlists.add(store, data["need"], data["people"][0], who=WHO).id
    dialog = ShortlistStepDialog(ctx, entry)
    qtbot.addWidget(dialog)
    dialog.form.fields["status"].set_value("hired")
    assert dialog.form.fields["measure_code"].value() == "internship"  # the need's employment form
    assert dialog.form.fields["placement_end"].isVisibleTo(dialog)
    dialog.form.fields["placement_end"].set_value((TODAY + dt.timedelta(days=200)).isoformat())
    dialog.save()
    assert not dialog.saved and count(store) == 0  # 200 days is beyond 13 weeks: nothing written
    assert shortlists.entry(store, entry)["status"] == "proposed"
    dialog.form.fields["placement_end"].set_value((TODAY + dt.timedelta(days=27)).isoformat())
    dialog.save()
    assert dialog.saved
    [row] = placements.for_need(store, data["need"])
    assert (row["status"], row["measure_code"], row["candidate_id"]) == ("planned", "internship", data["people"][0])


def test_hired_as_an_ordinary_job_makes_no_placement(qtbot, ctx, store, data):
    entry = shortlists.add(store, data["need"], data["people"][1], who=WHO).id
    dialog = ShortlistStepDialog(ctx, entry)
    qtbot.addWidget(dialog)
    dialog.form.fields["status"].set_value("hired")
    dialog.form.fields["measure_code"].set_value("ordinary")
    assert not dialog.form.fields["placement_end"].isVisibleTo(dialog)
    dialog.save()
    assert dialog.saved and count(store) == 0


def test_enter_on_the_table_opens_the_placement_and_nowhere_else(qtbot, ctx, store, data, monkeypatch):
    from PySide6.QtCore import Qt

    from ui.views import placements_tab

    placements.add(store, who=WHO, candidate_id=data["people"][0], company_id=data["company"],
                   measure_code="internship", start_date=TODAY.isoformat(),
                   end_date=(TODAY + dt.timedelta(days=5)).isoformat())
    opened = []

    class Recorder:
        def __init__(self, _ctx, placement_id=None, preset=None, parent=None):
            opened.append(placement_id)

        def exec(self):
            return 0

    monkeypatch.setattr(placements_tab, "PlacementDialog", Recorder)
    tab = PlacementsTab(ctx, "company")
    qtbot.addWidget(tab)
    tab.show()
    tab.set_owner(data["company"])
    qtbot.keyClick(tab.workplaces.table, Qt.Key.Key_Return)  # the workplaces table: not a placement
    assert opened == []
    tab.table.setFocus()
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert opened == [1]


def test_placement_follow_ups_in_my_follow_ups_and_marked_done(qtbot, ctx, store, data):
    from ui.views.followups import FollowUpsView

    start = TODAY - dt.timedelta(days=30)
    placements.add(store, who=ctx.who, candidate_id=data["people"][0], company_id=data["company"],
                   measure_code="internship", start_date=start.isoformat(),
                   end_date=(start + dt.timedelta(days=28)).isoformat(), exemption=True,
                   exemption_note="Praktik der er begyndt før registreringen")
    view = FollowUpsView(ctx)
    qtbot.addWidget(view)
    view.refresh()
    rows = [view.model.row_dict(i) for i in range(view.model.rowCount())]
    assert [r["follow_up_task"] for r in rows] == ["Midtvejssamtale om forløbet", "Hvad nu efter praktikken?"]
    assert rows[0]["summary"].startswith("Anne Østergaard i Virksomhedspraktik")
    view.table.selectRow(0)
    view.mark_done()
    assert view.model.rowCount() == 1

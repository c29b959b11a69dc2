"""Overblik through the window: its tiles show what db/kpi counts, a tile opens the records behind it and
exports them, a save elsewhere refreshes the figures, and Gem rapport… writes the same numbers."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook

from db import candidates, companies, contacts, kpi, needs, shortlists
from tests.helpers import pdf_text
from ui.operations import perform
from ui.views.overview import shown
from ui.views.overview_figures import value

ME = "Testkonsulent"
TODAY = dt.date.today()


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def fill(store) -> dict:
    first = companies.add(store, who=ME, name="Kantinen ApS", consultant=ME).id
    second = companies.add(store, who=ME, name="Værkstedet A/S", consultant="Bo").id
    need = needs.add(store, who=ME, company_id=first, title="Kok").id
    needs.add(store, who=ME, company_id=second, title="Smed")
    person = candidates.add(store, who=ME, name="Anna Holm", birth_year=TODAY.year - 22).id
    entry = shortlists.add(store, need, person, who=ME, on=ago(20)).id
    shortlists.set_status(store, entry, "sent", who=ME, on=ago(15))
    shortlists.set_status(store, entry, "hired", who=ME, on=ago(10))
    contacts.add(store, who=ME, company_id=first, at=f"{ago(3).isoformat()}T10:00", kind="visit")
    return {"first": first, "second": second}


def tiles(view) -> dict[str, str]:
    return {t.figure.path: t.number.text() for t in view.tiles}


def test_tiles_drill_down_refresh_and_report(qtbot, main_window, store, tmp_path):
    ids = fill(store)
    view = main_window.show_view_key("overview")
    qtbot.waitUntil(lambda: view.report is not None and not view.worker.busy)
    expected = kpi.report(store, view.period())
    assert {t.figure.path: t.number.text() for t in view.tiles} == {
        t.figure.path: shown(t.figure, value(expected, t.figure.path)) for t in view.tiles}
    assert tiles(view)["samarbejdsgrad.with_ordinary"] == "50,0 %"  # one of two companies hired
    assert tiles(view)["hires.under_30"] == "1"
    assert view.tiles[0].label.text() == "Samarbejdsgrad" and "Andel" in view.tiles[0].how.text()
    groups = view.charts.groups  # long target-group names read in full: bars to the right of the names
    assert groups.horizontal and groups.series[0][1] == list(expected["hires"]["by_target_group"].values())

    stale = next(t for t in view.tiles if t.figure.path == "companies.open_need_no_contact_30_days")
    dialog = view.open_list(stale.figure)
    qtbot.addWidget(dialog)
    assert dialog.kind == "companies" and dialog.ids == [ids["second"]]
    assert dialog.table.rowCount() == 1
    assert "Værkstedet A/S" in [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
    exporter = dialog.export(str(tmp_path / "liste.xlsx"))
    with qtbot.waitSignal(exporter.finished, timeout=10000):
        pass
    sheet = load_workbook(tmp_path / "liste.xlsx").active
    assert sheet.max_row == 2 and "Værkstedet A/S" in [c.value for c in sheet[2]]
    dialog.close()

    # A contact logged elsewhere: Værkstedet is no longer one to act on, and the contacts tile counts it.
    perform(main_window, main_window.ctx, lambda: contacts.add(
        store, who=ME, company_id=ids["second"], at=f"{TODAY.isoformat()}T09:00", kind="phone"))
    qtbot.waitUntil(lambda: tiles(view)["contacts.total"] == "2" and not view.worker.busy)
    assert tiles(view)["companies.open_need_no_contact_30_days"] == "0"

    view.save_report(str(tmp_path / "overblik.pdf"))
    text, pages = pdf_text(tmp_path / "overblik.pdf")
    assert pages == 2 and "Samarbejdsgrad(medordinæreansættelser)50,0%" in text
    names = expected["names"]["target_groups"]
    for group in expected["hires"]["by_target_group"]:  # each name whole in the report
        assert names.get(group, group).replace(" ", "") in text



def test_the_contacts_tile_lists_its_contacts_read_when_opened(qtbot, main_window, store):
    fill(store)
    view = main_window.show_view_key("overview")
    qtbot.waitUntil(lambda: view.report is not None and not view.worker.busy)
    tile = next(t for t in view.tiles if t.figure.path == "contacts.total")
    assert tile.number.text() == "1"
    dialog = view.open_list(tile.figure)
    qtbot.addWidget(dialog)
    assert dialog.kind == "contact-log" and len(dialog.ids) == 1 and dialog.table.rowCount() == 1

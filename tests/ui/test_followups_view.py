"""Mine opfølgninger through the view: hires and contacts in Danish, overdue in red, marked done, company opened."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from db import candidates, companies, contacts, needs, shortlists
from ui.views.followups import FollowUpsView

TODAY = dt.date.today()
ME = "Testkonsulent"


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def test_view_shows_hires_in_danish_marks_them_done_and_opens_the_company(qtbot, danish, ctx, store):
    company = companies.add(store, who=ME, name="Kantinen ApS").id
    need = needs.add(store, who=ME, company_id=company, title="Kok").id
    person = candidates.add(store, who=ME, name="Anna Holm").id
    entry = shortlists.add(store, need, person, who=ME, on=ago(150)).id
    shortlists.set_status(store, entry, "hired", who=ME, on=ago(120))
    contacts.add(store, who=ME, company_id=company, at=f"{ago(3).isoformat()}T10:00", kind="phone",
                 follow_up_date=TODAY.isoformat(), follow_up_task="Ring igen")
    view = FollowUpsView(ctx)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 2
    hire = view.model.row_dict(0)
    assert hire["source"] == "shortlist"
    assert "Anna Holm" in hire["summary"] and "Kok" in hire["summary"]
    task_cell = view.model.data(view.model.index(0, 2))
    assert task_cell == "Er personen stadig i job?"  # the store's English task, shown in Danish
    overdue = view.model.data(view.model.index(0, 0), Qt.ItemDataRole.ForegroundRole).color()
    assert overdue.red() > 2 * max(overdue.green(), overdue.blue())  # overdue in red
    assert view.model.data(view.model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is None  # due today: bold, not red
    assert view.model.data(view.model.index(1, 0), Qt.ItemDataRole.FontRole).bold()
    assert view.model.data(view.model.index(0, 0), Qt.ItemDataRole.FontRole) is None
    assert view.model.headerData(3, Qt.Orientation.Horizontal) == "Baggrund"
    assert view.heading.text().startswith("2 ") and "1 " in view.heading.text()
    opened = []
    view.open_company.connect(opened.append)
    view.table.selectRow(0)
    view._open_selected()
    assert opened == [company]
    view.mark_done()
    assert view.model.rowCount() == 1 and view.model.row_dict(0)["source"] == "contact"
    assert store.execute("SELECT done FROM shortlist_follow_ups").fetchone()[0] == 1

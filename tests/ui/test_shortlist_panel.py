"""The shortlist through the real widgets: add, reorder, note, remove, steps to a hire, rejection, history tabs."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from db import candidates, companies, needs, shortlists
from tests.helpers import when_modal
from ui.dialogs.shortlist_step import ShortlistStepDialog
from ui.views.candidates import CandidatesView
from ui.views.companies import CompaniesView
from ui.views.needs import NeedsView
from ui.widgets.shortlist.panel import ShortlistPanel

WHO = "Testkonsulent"
TODAY = dt.date.today()

pytestmark = pytest.mark.usefixtures("danish")


@pytest.fixture
def data(store):
    company = companies.add(store, who="t", name="Vestjysk Lager ApS").id
    other = companies.add(store, who="t", name="Bager Ib").id
    need = needs.add(store, who="t", company_id=company, title="Lagermedarbejder", positions=1).id
    second = needs.add(store, who="t", company_id=other, title="Bagerlærling", positions=2).id
    people = {name: candidates.add(store, who="t", name=name).id for name in
              ("Anne Østergaard", "Bo Jensen", "Cecilie Holm")}
    candidates.update(store, people["Anne Østergaard"], who="t", consent_date=TODAY.isoformat(),
                      consent_scope="named_profile", consent_by="t")
    return {"company": company, "other": other, "need": need, "second": second, **people}


@pytest.fixture
def panel(qtbot, ctx, data):
    widget = ShortlistPanel(ctx)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    widget.set_need(data["need"])
    return widget


def names(store, need_id):
    return [e["candidate_name"] for e in shortlists.entries(store, need_id)]


def select(panel, candidate_name):
    for row in range(panel.model.rowCount()):
        if panel.model.row_dict(row)["candidate_name"] == candidate_name:
            panel.table.selectRow(row)
            return panel.model.row_dict(row)
    raise AssertionError(candidate_name)


def step(qtbot, panel, status, *, reason=None, note=None, save=True):
    """Press "Next step…" and fill the dialog; returns the dialog (closed by then)."""
    def fill(dialog):
        assert isinstance(dialog, ShortlistStepDialog)
        dialog.form.fields["status"].set_value(status)
        if reason is not None:
            dialog.form.fields["reason_code"].set_value(reason)
        if note is not None:
            dialog.form.fields["note"].edit.setPlainText(note)
        if save:
            qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
        states.append({"banner": dialog.form.banner.text() if dialog.form.banner.isVisible() else "",
                       "visible": dialog.isVisible(),
                       "reason_shown": dialog.form.fields["reason_code"].isVisibleTo(dialog),
                       "hire_info": dialog.hire_info.text() if dialog.hire_info.isVisibleTo(dialog) else "",
                       "offered": [dialog.form.fields["status"].combo.itemData(i)
                                   for i in range(dialog.form.fields["status"].combo.count())]})
    states = []
    when_modal(fill)
    qtbot.mouseClick(panel.step_button, Qt.MouseButton.LeftButton)
    assert states, "the step dialog did not open"
    return states[0]


def test_add_pick_reorder_note_and_remove(qtbot, panel, store, data, monkeypatch):
    need = data["need"]
    assert needs.get(store, need)["status"] == "open"
    added = panel.add_candidates([data["Anne Østergaard"], data["Bo Jensen"]], {data["Bo Jensen"]: 0.72})
    assert len(added) == 2
    assert names(store, need) == ["Anne Østergaard", "Bo Jensen"]
    assert shortlists.entries(store, need)[1]["score"] == pytest.approx(0.72)
    assert needs.get(store, need)["status"] == "shortlisted"
    assert panel.model.rowCount() == 2
    assert [panel.model.data(panel.model.index(r, 2)) for r in range(2)] == ["Ja", "Nej"]  # consent column

    # Pick the third by typing part of her name in the picker.
    def pick(dialog):
        qtbot.keyClicks(dialog.search, "Cecilie")
        assert dialog.model.rowCount() == 1
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    when_modal(pick)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert names(store, need) == ["Anne Østergaard", "Bo Jensen", "Cecilie Holm"]

    # A duplicate is named in the message line; nothing changes, nothing crashes.
    assert panel.add_candidates([data["Bo Jensen"]]) == []
    assert panel.notice.isVisible() and "Bo Jensen" in panel.notice.text()
    assert len(shortlists.entries(store, need)) == 3

    # Reorder: button up, Ctrl+Up, then button down.
    select(panel, "Cecilie Holm")
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    assert names(store, need) == ["Anne Østergaard", "Cecilie Holm", "Bo Jensen"]
    assert panel.selected_entry()["candidate_name"] == "Cecilie Holm"  # the selection follows
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert names(store, need) == ["Cecilie Holm", "Anne Østergaard", "Bo Jensen"]
    assert not panel.up_button.isEnabled()  # at the top
    qtbot.mouseClick(panel.down_button, Qt.MouseButton.LeftButton)
    assert names(store, need) == ["Anne Østergaard", "Cecilie Holm", "Bo Jensen"]
    assert [e["position"] for e in shortlists.entries(store, need)] == [1, 2, 3]

    # A note of two lines.
    select(panel, "Bo Jensen")

    def write(dialog):
        dialog.form.fields["note"].edit.setPlainText("Kan starte straks.\nForetrækker dagvagter.")
        dialog.save()
    when_modal(write)
    qtbot.mouseClick(panel.note_button, Qt.MouseButton.LeftButton)
    bo = next(e for e in shortlists.entries(store, need) if e["candidate_name"] == "Bo Jensen")
    assert bo["note"] == "Kan starte straks.\nForetrækker dagvagter."
    assert panel.model.data(panel.model.index(2, 6)) == "Kan starte straks. …"

    # Remove a proposed entry (after confirming); the others close up.
    monkeypatch.setattr("ui.dialogs.confirm.ask", lambda *a: True)
    select(panel, "Anne Østergaard")
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert names(store, need) == ["Cecilie Holm", "Bo Jensen"]
    select(panel, "Cecilie Holm")
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)  # the key does the same
    assert names(store, need) == ["Bo Jensen"]
    candidates_back = panel.add_candidates([data["Cecilie Holm"]])
    assert len(candidates_back) == 1
    assert names(store, need) == ["Bo Jensen", "Cecilie Holm"]
    assert [e["position"] for e in shortlists.entries(store, need)] == [1, 2]
    assert panel.model.rowCount() == 2
    assert store.execute("SELECT who FROM audit WHERE table_name = 'shortlist_entries' AND action = 'delete'"
                         ).fetchone()[0] == WHO


def test_sent_entry_cannot_be_removed_and_steps_lead_to_a_hire(qtbot, panel, store, data, monkeypatch):
    need, anne = data["need"], data["Anne Østergaard"]
    panel.add_candidates([anne, data["Bo Jensen"]])
    select(panel, "Anne Østergaard")
    state = step(qtbot, panel, "sent")
    assert state["offered"] == ["sent", "interview", "hired", "rejected", "withdrawn"]
    assert not state["visible"] and not state["banner"]
    assert shortlists.entries(store, need)[0]["status"] == "sent"

    # Removing it now is refused with the store's message in the panel; it stays on the list.
    monkeypatch.setattr("ui.dialogs.confirm.ask", lambda *a: pytest.fail("no question for a refused removal"))
    select(panel, "Anne Østergaard")
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert panel.notice.isVisible() and panel.notice.property("kind") == "error"
    assert panel.notice.text()
    assert names(store, need) == ["Anne Østergaard", "Bo Jensen"]

    select(panel, "Anne Østergaard")
    state = step(qtbot, panel, "interview", note="Samtale hos lagerchefen")
    assert state["offered"] == ["interview", "hired", "rejected", "withdrawn"]
    assert not panel.notice.isVisible()  # a successful write clears the old message

    select(panel, "Anne Østergaard")
    state = step(qtbot, panel, "hired")
    assert state["offered"] == ["hired", "rejected", "withdrawn"]
    due = shortlists.add_months(TODAY, 3)
    assert "Anne Østergaard" in state["hire_info"] and labels_date(due) in state["hire_info"]
    entry = shortlists.entries(store, need)[0]
    assert (entry["status"], entry["status_date"]) == ("hired", TODAY.isoformat())
    assert candidates.get(store, anne)["status"] == "in_job"
    assert needs.get(store, need)["status"] == "filled"  # one position, one hire
    follow = store.execute("SELECT due_date, consultant, task FROM shortlist_follow_ups").fetchall()
    assert follow == [(due.isoformat(), WHO, shortlists.FOLLOW_UP_TASK)]
    assert [e["status"] for e in shortlists.events(store, entry["id"])] == ["proposed", "sent", "interview", "hired"]
    assert shortlists.events(store, entry["id"])[2]["note"] == "Samtale hos lagerchefen"

    # The panel shows the steps, offers nothing after a final status and takes no one new on a filled need.
    select(panel, "Anne Østergaard")
    assert panel.steps_model.rowCount() == 4
    assert not panel.step_button.isEnabled()
    assert not panel.add_button.isEnabled()
    assert "1" in panel.summary.text()


def labels_date(day):
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


def test_rejection_needs_a_reason_shown_in_the_banner(qtbot, panel, store, data):
    need = data["need"]
    panel.add_candidates([data["Bo Jensen"]])
    select(panel, "Bo Jensen")
    events_before = store.execute("SELECT count(*) FROM shortlist_events").fetchone()[0]
    state = step(qtbot, panel, "rejected")
    assert state["visible"] and state["reason_shown"]
    assert "Afslagsgrund" in state["banner"]  # the field named, in Danish
    assert store.execute("SELECT count(*) FROM shortlist_events").fetchone()[0] == events_before
    assert shortlists.entries(store, need)[0]["status"] == "proposed"

    select(panel, "Bo Jensen")
    state = step(qtbot, panel, "rejected", reason="experience")
    assert not state["visible"]
    entry = shortlists.entries(store, need)[0]
    assert (entry["status"], entry["rejection_code"]) == ("rejected", "experience")
    assert panel.model.data(panel.model.index(0, 5)) == entry["rejection_name"]
    assert candidates.get(store, data["Bo Jensen"])["status"] == "active"


def test_reason_combo_only_for_rejection_and_other_steps_hide_it(qtbot, ctx, store, data):
    entry_id = shortlists.add(store, data["need"], data["Bo Jensen"], who="t").id
    dialog = ShortlistStepDialog(ctx, entry_id)
    qtbot.addWidget(dialog)
    dialog.show()
    status = dialog.form.fields["status"]
    assert status.value() == "sent"
    assert not dialog.form.fields["reason_code"].isVisible()
    assert not dialog.hire_info.isVisible()
    status.set_value("rejected")
    assert dialog.form.fields["reason_code"].isVisible()
    codes = [dialog.form.fields["reason_code"].combo.itemData(i)
             for i in range(dialog.form.fields["reason_code"].combo.count())]
    assert "experience" in codes and None in codes
    status.set_value("hired")
    assert dialog.hire_info.isVisible() and not dialog.form.fields["reason_code"].isVisible()
    assert dialog.form.fields["on"].edit.maximumDate().toPython() == TODAY


def test_history_tabs_on_company_and_candidate(qtbot, ctx, store, data):
    bo = data["Bo Jensen"]
    shortlists.add(store, data["need"], bo, who="t", note="God til truck")
    second = shortlists.add(store, data["second"], bo, who="t").id
    shortlists.set_status(store, second, "rejected", who="t", reason_code="hours")
    shortlists.add(store, data["need"], data["Cecilie Holm"], who="t")

    company_view = CompaniesView(ctx)
    qtbot.addWidget(company_view)
    company_view.select(data["company"])
    history = company_view.history
    assert company_view.tabs.isTabEnabled(company_view.tabs.indexOf(history))
    assert history.model.rowCount() == 2
    assert {history.model.row_dict(r)["candidate_name"] for r in range(2)} == {"Bo Jensen", "Cecilie Holm"}
    assert "(2)" in company_view.tabs.tabText(company_view.tabs.indexOf(history))
    with qtbot.waitSignal(company_view.open_need) as opened:
        history.table.doubleClicked.emit(history.model.index(0, 0))
    assert opened.args == [data["need"]]

    candidate_view = CandidatesView(ctx)
    qtbot.addWidget(candidate_view)
    candidate_view.select(bo)
    rows = [candidate_view.history.model.row_dict(r) for r in range(candidate_view.history.model.rowCount())]
    assert {(r["need_title"], r["company_name"], r["status"]) for r in rows} == {
        ("Lagermedarbejder", "Vestjysk Lager ApS", "proposed"), ("Bagerlærling", "Bager Ib", "rejected")}
    model = candidate_view.history.model
    texts = {model.data(model.index(r, c)) for r in range(model.rowCount()) for c in range(model.columnCount())}
    assert "God til truck" in texts and "Timer eller arbejdstider passer ikke" in texts
    assert "rejected" not in texts and "proposed" not in texts  # labels, not codes

    # A step taken elsewhere shows up at once (the history listens to the broadcast changes).
    first = next(r for r in rows if r["status"] == "proposed")["entry_id"]
    ctx.apply(shortlists.set_status(store, first, "sent", who="t"))
    assert {candidate_view.history.model.row_dict(r)["status"] for r in range(2)} == {"sent", "rejected"}

    # A new (unsaved) candidate has no history.
    candidate_view.new_record(ask=False)
    assert candidate_view.history.model.rowCount() == 0
    assert not candidate_view.tabs.isTabEnabled(candidate_view.tabs.indexOf(candidate_view.history))
    assert not candidate_view.find_button.isEnabled()


def test_need_view_tab_follows_the_selected_need_and_find_buttons_emit(qtbot, ctx, store, data):
    shortlists.add(store, data["need"], data["Anne Østergaard"], who="t")
    shortlists.add(store, data["second"], data["Bo Jensen"], who="t")
    shortlists.add(store, data["second"], data["Cecilie Holm"], who="t")
    view = NeedsView(ctx)
    qtbot.addWidget(view)
    view.select(data["need"])
    tab = view.tabs.indexOf(view.shortlist)
    assert view.tabs.isTabEnabled(tab) and "(1)" in view.tabs.tabText(tab)
    assert [view.shortlist.model.row_dict(r)["candidate_name"] for r in range(view.shortlist.model.rowCount())] == [
        "Anne Østergaard"]
    view.select(data["second"])
    assert view.shortlist.need_id == data["second"]
    assert view.shortlist.model.rowCount() == 2 and "(2)" in view.tabs.tabText(tab)

    with qtbot.waitSignal(view.match_need) as found:
        qtbot.mouseClick(view.find_button, Qt.MouseButton.LeftButton)
    assert found.args == [data["second"]]

    view.new_record(ask=False)
    assert view.shortlist.need_id is None and view.shortlist.model.rowCount() == 0
    assert not view.tabs.isTabEnabled(tab) and not view.find_button.isEnabled()

    candidate_view = CandidatesView(ctx)
    qtbot.addWidget(candidate_view)
    candidate_view.select(data["Bo Jensen"])
    with qtbot.waitSignal(candidate_view.match_candidate) as found:
        qtbot.mouseClick(candidate_view.find_button, Qt.MouseButton.LeftButton)
    assert found.args == [data["Bo Jensen"]]


def test_unsaved_need_edits_do_not_undo_the_status_a_shortlist_set(qtbot, ctx, store, data):
    view = NeedsView(ctx)
    qtbot.addWidget(view)
    view.select(data["need"])
    view.form.fields["notes"].edit.setPlainText("Ring til lagerchefen")
    assert view.form.dirty
    view.shortlist.add_candidates([data["Bo Jensen"]])
    assert needs.get(store, data["need"])["status"] == "shortlisted"
    assert view.form.dirty and view.form.fields["status"].value() == "shortlisted"
    assert view.save()
    saved = needs.get(store, data["need"])
    assert (saved["status"], saved["notes"]) == ("shortlisted", "Ring til lagerchefen")
    assert view.shortlist.model.rowCount() == 1


def test_refusals_when_adding_are_named_and_the_rest_is_added(qtbot, panel, store, data):
    gone = candidates.add(store, who="t", name="Dorthe Inaktiv", status="inactive").id
    added = panel.add_candidates([data["Bo Jensen"], gone, data["Cecilie Holm"]])
    assert len(added) == 2
    assert names(store, data["need"]) == ["Bo Jensen", "Cecilie Holm"]
    assert panel.notice.isVisible() and "Dorthe Inaktiv" in panel.notice.text()

    panel.set_need(None)
    assert panel.add_candidates([data["Anne Østergaard"]]) == []
    assert panel.notice.isVisible()
    assert not panel.add_button.isEnabled() and not panel.pdf_button.isEnabled()


def test_preview_and_open_candidate_signals(qtbot, panel, data):
    panel.add_candidates([data["Bo Jensen"]])
    with qtbot.waitSignal(panel.preview_requested) as preview:
        qtbot.mouseClick(panel.pdf_button, Qt.MouseButton.LeftButton)
    assert preview.args == [data["need"]]
    with qtbot.waitSignal(panel.open_candidate) as opened:
        panel.table.doubleClicked.emit(panel.model.index(0, 1))
    assert opened.args == [data["Bo Jensen"]]


def test_shortlist_tab_widens_the_detail_side_and_gives_the_room_back(qtbot, ctx, store, data):
    from PySide6.QtWidgets import QSplitter

    view = NeedsView(ctx)
    qtbot.addWidget(view)
    view.resize(1220, 840)
    view.show()
    view.select(data["need"])
    splitter = view.findChildren(QSplitter, options=Qt.FindChildOption.FindDirectChildrenOnly)[0]
    before = splitter.sizes()
    view.tabs.setCurrentWidget(view.shortlist)
    wide = splitter.sizes()
    assert wide[1] > before[1] and wide[1] >= 0.55 * sum(wide)
    view.tabs.setCurrentIndex(0)
    assert splitter.sizes() == before

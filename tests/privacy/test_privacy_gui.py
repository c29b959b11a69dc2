"""The rights in the app through the real widgets: history tab, read entries, export, erasure, retention dialog."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from db import candidates, companies, read_audit
from ui.dialogs.retention_dialog import RetentionDialog
from ui.views import person_privacy

WHO = "Mette"
TODAY = dt.date.today()


@pytest.fixture
def window(main_window):
    """The main window in Danish on the test store (tests/conftest.py)."""
    return main_window


def actions_of(db, pid):
    return [(h["source"], h["action"]) for h in read_audit.history(db, "candidates", pid)]


def test_opening_a_candidate_writes_a_read_entry_and_the_history_tab_shows_both(window, store, qtbot):
    pid = candidates.add(store, who=WHO, name="Åse Ærø").id
    candidates.update(store, pid, who=WHO, phone="29417365")
    view = window.show_view_key("candidates")
    view.select(pid)
    assert actions_of(store, pid).count(("read", "view")) == 1
    view.select(pid)  # the same record again: not a new opening
    assert actions_of(store, pid).count(("read", "view")) == 1
    history = view.privacy.history
    texts = {history.model.index(r, 2).data() for r in range(history.model.rowCount())}
    assert {"Oprettet", "Ændret", "Set"} <= texts
    fields = [history.model.index(r, 3).data() for r in range(history.model.rowCount())]
    assert "Telefon" in fields and all("29417365" not in (f or "") for f in fields)
    assert view.tabs.tabText(view.tabs.indexOf(history)) == "Historik"


def test_export_from_the_candidate_view(window, store, tmp_path):
    pid = candidates.add(store, who=WHO, name="Åse Ærø").id
    view = window.show_view_key("candidates")
    view.select(pid)
    out = person_privacy.export_candidate(view, window.ctx, pid, str(tmp_path / "a.json"))
    assert json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["profile"]["name"] == "Åse Ærø"
    assert out and ("read", "export") in actions_of(store, pid)
    rows = view.privacy.history.model.rowCount()
    assert rows == len(read_audit.history(store, "candidates", pid))  # the tab followed the export


def test_erase_from_the_candidate_view_drops_the_record_and_keeps_nothing(window, store, monkeypatch):
    pid = candidates.add(store, who=WHO, name="Åse Ærø").id
    keep = candidates.add(store, who=WHO, name="Bo Berg").id
    view = window.show_view_key("candidates")
    view.select(pid)
    asked = []
    monkeypatch.setattr(person_privacy, "confirm_erase", lambda parent, title, text: asked.append(text) or False)
    assert not view.privacy.erase_current()  # cancelled: nothing happens
    assert candidates.get(store, pid)["name"] == "Åse Ærø"
    assert "Åse Ærø" in asked[0] and "slettet kandidat" in asked[0]
    monkeypatch.setattr(person_privacy, "confirm_erase", lambda *args: True)
    assert view.privacy.erase_current()
    assert view.current_id is None and view.model.ids() == [keep]
    assert actions_of(store, pid) == [("change", "erase")]


def test_erase_a_contact_person_from_the_company_view(window, store, monkeypatch):
    company = companies.add(store, who=WHO, name="Vejle Lager A/S").id
    person = companies.add_person(store, company, who=WHO, name="Kim Kontakt").id
    view = window.show_view_key("companies")
    view.select(company)
    view.persons_table.setCurrentIndex(view.persons_model.index(0, 0))
    monkeypatch.setattr(person_privacy, "confirm_erase", lambda *args: True)
    view.erase_person()
    assert store.execute("SELECT count(*) FROM contact_persons WHERE id = ?", [person]).fetchone()[0] == 0
    assert view.persons_model.rowCount() == 0  # the tab followed the erasure


def test_retention_dialog_keeps_with_a_note_and_erases_in_one_action(window, store, qtbot, monkeypatch):
    old = (TODAY - dt.timedelta(days=800)).isoformat()
    ids = [candidates.add(store, who=WHO, name=name).id for name in ("Gammel Et", "Gammel To", "Gammel Tre")]
    fresh = candidates.add(store, who=WHO, name="Ny Kandidat").id
    for pid in ids:
        store.execute("UPDATE candidates SET updated_at = ? WHERE id = ?", [old, pid])
    dialog = RetentionDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 3
    assert dialog.model.index(0, 3).data().startswith("Ingen aktivitet siden")
    dialog.table.selectRow(0)
    assert dialog.keep_selected("Fornyet samtykke pr. telefon") == 1
    assert dialog.model.rowCount() == 2  # kept: not listed again until the rule fires anew
    dialog.table.selectAll()
    monkeypatch.setattr("ui.dialogs.retention_dialog.confirm_erase", lambda *args: True)
    with qtbot.waitSignal(dialog.erased, timeout=20000) as erased:
        dialog.erase_selected()
    assert erased.args == [2]
    assert dialog.model.rowCount() == 0
    assert sorted(r[0] for r in store.execute("SELECT id FROM candidates")) == sorted([ids[0], fresh])


def test_delete_on_a_candidate_erases(window, store, monkeypatch):
    pid = candidates.add(store, who=WHO, name="Åse Ærø").id
    view = window.show_view_key("candidates")
    view.select(pid)
    monkeypatch.setattr("ui.dialogs.confirm.ask", lambda *a: True)
    view.delete()
    assert actions_of(store, pid) == [("change", "erase")]


def test_exporting_the_candidate_view_writes_a_read_entry_per_exported_candidate(window, store, qtbot, tmp_path):
    from ui.export_view import ViewExporter

    shown = [candidates.add(store, who=WHO, name=n, status="active").id for n in ("Anna", "Bo")]
    hidden = candidates.add(store, who=WHO, name="Cem", status="inactive").id
    view = window.show_view_key("candidates")
    view.set_filter("status", "active")
    exporter = ViewExporter(window.ctx, "candidates", view.model.ids(), window)
    with qtbot.waitSignal(exporter.finished, timeout=10000):
        exporter.start(str(tmp_path / "k.csv"), show_progress=False)
    for pid in shown:
        assert ("read", "export") in actions_of(store, pid)
    assert ("read", "export") not in actions_of(store, hidden)


def test_erasure_while_another_connection_reads_empties_the_wal_once_it_is_done(window, store, store_path, qtbot,
                                                                                 monkeypatch):
    from db.store import open_store

    pid = candidates.add(store, who=WHO, name="Xerxesia Quorndottir").id
    monkeypatch.setattr(person_privacy, "confirm_erase", lambda *args: True)
    monkeypatch.setattr(person_privacy, "RETRY_MS", 10)
    reader = open_store(store_path)  # like the match index being built in a worker
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM candidates").fetchone()
    assert person_privacy.erase_candidate(window, window.ctx, pid)
    wal = store_path.with_name(store_path.name + "-wal")
    assert wal.stat().st_size > 0
    assert "senest når Jobbro lukkes" in window.statusBar().currentMessage()
    reader.execute("COMMIT")
    reader.close()
    qtbot.waitUntil(lambda: wal.stat().st_size == 0, timeout=5000)
    assert b"Xerxesia" not in store_path.read_bytes()

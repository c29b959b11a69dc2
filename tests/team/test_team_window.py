"""The team register in the main window: the status bar, Synkronisér nu (F5), a colleague's work arriving
in the open views, the Konflikter dialog with its one-click take-over, offline shown plainly, and a store
that never joined showing nothing new."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from tests.helpers import close_main_window, when_modal

from db import companies
from db.store import open_store
from db.team import conflicts, server, sync

ME, COLLEAGUE = "Test Bruger", "Bo Kollega"


@pytest.fixture
def colleague(team_url, tmp_path):
    server.init(team_url)
    other = open_store(tmp_path / "colleague.sqlite")
    sync.join(other, team_url)
    yield other
    other.close()


@pytest.fixture
def team_window(qtbot, qapp, store, store_path, consultant, colleague, team_url):
    """The main window in Danish on a store that joined the same team as the colleague's."""
    from ui import i18n
    from ui.context import AppContext
    from ui.mainwindow import MainWindow

    sync.join(store, team_url)
    i18n.install(qapp, "da")
    win = MainWindow(AppContext(store, str(store_path)))
    win.show()
    with qtbot.waitSignal(win.team.finished, timeout=20000):
        pass  # the first sync right after the window opens
    yield win
    close_main_window(win)


def _press_f5(qtbot, win):
    win.activateWindow()  # offscreen, closing a modal dialog does not hand activation back by itself
    qtbot.waitUntil(win.isActiveWindow, timeout=5000)
    with qtbot.waitSignal(win.team.finished, timeout=20000):
        qtbot.keyClick(win, Qt.Key.Key_F5)


def test_status_bar_and_f5_bring_a_colleagues_company_into_the_open_view(qtbot, team_window, colleague):
    win = team_window
    assert win.team.status.isVisible()
    assert win.team.status.text().startswith("Team: sidst synkroniseret")
    assert not win.team.conflicts_button.isVisible()
    file_menu = win.menuBar().actions()[0].menu()
    assert "Synkronisér nu" in [a.text().replace("&", "") for a in file_menu.actions()]

    companies.add(colleague, who=COLLEAGUE, name="Fjordens Smedie ApS", town="Vejle")
    sync.sync(colleague)
    view = win.show_view_key("companies")
    _press_f5(qtbot, win)
    names = [r[0] for r in win.ctx.db.execute("SELECT name FROM companies")]
    assert names == ["Fjordens Smedie ApS"]

    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)

    # a local save waits in the outbox until the next sync, and the status bar says so
    companies.add(win.ctx.db, who=ME, name="Bageriet på Torvet", town="Vejle")
    win.team.refresh()
    assert "1 ændring venter" in win.team.status.text()
    _press_f5(qtbot, win)
    assert "venter" not in win.team.status.text()
    sync.sync(colleague)
    assert colleague.execute("SELECT count(*) FROM companies").fetchone()[0] == 2


def test_a_conflict_shows_in_the_status_bar_and_is_taken_over_in_one_click(qtbot, team_window, colleague):
    win = team_window
    mine = companies.add(win.ctx.db, who=ME, name="Smedien ApS", town="Vejle").id
    _press_f5(qtbot, win)
    sync.sync(colleague)
    theirs = colleague.execute("SELECT id FROM companies").fetchone()[0]
    companies.update(colleague, theirs, who=COLLEAGUE, town="Kolding")
    sync.sync(colleague)  # the colleague's value reaches the team first and stands
    companies.update(win.ctx.db, mine, who=ME, town="Fredericia")
    _press_f5(qtbot, win)
    assert win.ctx.db.execute("SELECT town FROM companies").fetchone()[0] == "Kolding"
    assert win.team.conflicts_button.isVisible()
    assert win.team.conflicts_button.text() == "1 konflikt"

    def take_mine(dialog):
        assert dialog.windowTitle() == "Konflikter"
        [conflict] = conflicts.open_conflicts(win.ctx.db)
        assert dialog.table.item(0, 0).text() == "Virksomhed: Smedien ApS"  # which record, by its name
        button = dialog.findChild(QPushButton, f"use_lost_{conflict.id}")
        assert button.text() == "Brug denne værdi"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert dialog.empty.isVisible()

    seen = when_modal(take_mine)
    qtbot.mouseClick(win.team.conflicts_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0] is not None
    assert win.ctx.db.execute("SELECT town FROM companies").fetchone()[0] == "Fredericia"
    assert not win.team.conflicts_button.isVisible()
    _press_f5(qtbot, win)
    sync.sync(colleague)
    assert colleague.execute("SELECT town FROM companies").fetchone()[0] == "Fredericia"
    assert conflicts.count(colleague) == 0


def test_an_unreachable_server_shows_offline_and_keeps_the_work(qtbot, team_window):
    win = team_window
    win.ctx.db.execute("UPDATE team_membership SET last_sync = NULL")  # as before a laptop's first sync
    win.ctx.db.conn.commit()
    with qtbot.waitSignal(win.team.finished, timeout=20000):
        win.team.sync_now()
        assert win.team.status.text().startswith("Henter teamets register første gang")  # saves wait
    win.ctx.db.execute("UPDATE team_membership SET server = 'host=127.0.0.1 port=1 dbname=x connect_timeout=2'")
    win.ctx.db.conn.commit()
    companies.add(win.ctx.db, who=ME, name="Bageriet på Torvet", town="Vejle")
    companies.add(win.ctx.db, who=ME, name="Cykelsmeden", town="Vejle")
    _press_f5(qtbot, win)
    text = win.team.status.text()
    assert text.startswith("Offline") and "2 ændringer venter" in text
    assert win.team.status.toolTip()
    assert win.ctx.db.execute("SELECT count(*) FROM companies").fetchone()[0] == 2


def test_a_store_that_never_joined_shows_nothing_new(main_window):
    assert not main_window.team.joined
    assert not main_window.team.status.isVisible()
    assert not main_window.team.timer.isActive()
    file_menu = main_window.menuBar().actions()[0].menu()
    assert not any("Synkronisér" in a.text() for a in file_menu.actions())

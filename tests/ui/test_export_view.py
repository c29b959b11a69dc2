"""Exporting a table view: its rows in the view's current filter and sort, to CSV or Excel, from the File menu."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from db import candidates, companies
from ui.export_view import ViewExporter
from ui.mainwindow import MainWindow

WAIT = 20000


@pytest.fixture
def window(qtbot, english, store, ctx):
    """The main window in English on a store that has the rows before the window reads them."""
    for name, town in (("Bo Hansen", "7100"), ("Anna Jensen", "7100"), ("Cem Yilmaz", "7120"),
                       ("Dorte Holm", "7100")):
        candidates.add(store, who="t", name=name, postcode=town, status="active" if name != "Cem Yilmaz" else
                       "inactive", skills=["Lagerstyring"])
    companies.add(store, who="t", name="Vejle Transport ApS", cvr="13748136")
    win = MainWindow(ctx)
    win.show()
    yield win
    win.close()
    win.deleteLater()


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=";"))


def test_export_follows_the_views_filter_and_sort(qtbot, window, tmp_path):
    view = window.show_view_key("candidates")
    view.set_filter("status", "active")
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    shown = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    assert shown == ["Dorte Holm", "Bo Hansen", "Anna Jensen"]
    exporter = ViewExporter(window.ctx, "candidates", view.model.ids(), window)
    with qtbot.waitSignal(exporter.finished, timeout=WAIT) as blocker:
        exporter.start(str(tmp_path / "k.csv"))
    assert blocker.args[1] == 3
    rows = read_csv(tmp_path / "k.csv")
    names = [r[rows[0].index("Navn")] for r in rows[1:]]
    assert names == shown


def test_export_view_from_the_file_menu(qtbot, window, tmp_path, monkeypatch):
    window.show_view_key("companies")
    target = tmp_path / "virksomheder"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "Excel workbook (*.xlsx)")))
    window.actions_.export_view.trigger()
    exporter = window.findChild(ViewExporter)
    with qtbot.waitSignal(exporter.finished, timeout=WAIT):
        pass
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "virksomheder.xlsx").active
    assert [c.value for c in sheet[2]][1:4] == ["13748136", None, "Vejle Transport ApS"]
    qtbot.waitUntil(lambda: "1 row" in window.statusBar().currentMessage(), timeout=WAIT)


def test_import_action_opens_the_dialog(qtbot, window, monkeypatch):
    from ui.dialogs.import_dialog import ImportDialog

    opened = []
    monkeypatch.setattr(ImportDialog, "exec", lambda self: opened.append(self) or 0)
    window.actions_.import_file.trigger()
    assert len(opened) == 1
    opened[0].done(0)
    assert window.actions_.import_file in window.menuBar().actions()[0].menu().actions()

"""The import dialog through its widgets: file, kind, mapping, preview, confirm, cancel; never a sleep."""

from __future__ import annotations

import json

import pytest
from tests.helpers import BAD_CVR, CVR_A, CVR_B, count, snapshot, write_csv
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog

from ui.dialogs.import_dialog import ImportDialog
from ui.models.import_models import MappingModel

WAIT = 20000

pytestmark = pytest.mark.usefixtures("english")  # the messages are checked in the source language


@pytest.fixture
def dialog(qtbot, ctx):
    dlg = ImportDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def open_file(qtbot, dialog, path):
    """Type the path and press Enter, as a consultant can; reading and the first check follow by themselves."""
    with qtbot.waitSignal(dialog.checked, timeout=WAIT) as blocker:
        dialog.path_edit.clear()
        qtbot.keyClicks(dialog.path_edit, str(path))
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    return blocker.args[0]


def field_combo(dialog, row):
    return dialog.mapping_view.indexWidget(dialog.mapping_model.index(row, MappingModel.FIELD))


def test_check_preview_and_import(qtbot, dialog, ctx, files):
    path = write_csv(files / "cand.csv", [["Sags-id", "Navn", "Postnr", "Kompetencer"],
                                          ["S1", "Anna Jensen", "7100", "Lagerstyring; Kan lidt tysk"],
                                          ["S2", "Bo Hansen", "7100", ""]])
    plan = open_file(qtbot, dialog, path)
    assert dialog.kind_combo.currentData() == "candidates"  # told from the headings
    assert plan.ok and dialog.preview.model.rowCount() == 2
    assert count(ctx.db, "candidates") == 0  # nothing written before the consultant confirms
    assert dialog.import_button.isEnabled() and "2" in dialog.import_button.text()
    assert field_combo(dialog, 3).currentData() == "skills"
    notes = dialog.preview.model.index(0, 3).data()
    assert "Kan lidt tysk" in notes
    with qtbot.waitSignal(ctx.changes, timeout=WAIT), qtbot.waitSignal(dialog.imported, timeout=WAIT):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert count(ctx.db, "candidates") == 2
    assert not dialog.import_button.isEnabled()
    assert dialog.preview.title().startswith("2. Result")
    assert "2" in dialog.preview.summary_label.text()


def test_errors_name_row_and_column_and_block_the_import(qtbot, dialog, ctx, files):
    before = snapshot(ctx.db)
    path = write_csv(files / "c.csv", [["CVR-nr.", "Navn"], [CVR_A, "Godt ApS"], [BAD_CVR, "Forkert ApS"]])
    plan = open_file(qtbot, dialog, path)
    assert not plan.ok and not dialog.import_button.isEnabled()
    assert dialog.preview.show_combo.currentData() == "problems"  # the rows with errors first
    details = dialog.preview.row_details.text()
    assert "Row 3" in details and 'Column A "CVR-nr."' in details and "check digit" in details
    assert snapshot(ctx.db) == before


def test_correcting_the_mapping(qtbot, dialog, ctx, files):
    path = write_csv(files / "c.csv", [["Kunde", "Tlf."], ["Vejle Transport ApS", "75821100"]])
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("companies"))
    plan = open_file(qtbot, dialog, path)
    assert not plan.ok and 'The required column "Navn" is missing.' in dialog.preview.file_problems.text()
    combo = field_combo(dialog, 0)
    combo.setCurrentIndex(combo.findData("name"))  # as picking "Navn *" in the combo does
    assert dialog.mapping_model.mapping.fields == ["name", "phone"]
    assert not dialog.import_button.isEnabled() and "check the file again" in dialog.preview.summary_label.text()
    with qtbot.waitSignal(dialog.checked, timeout=WAIT) as blocker:
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].ok
    with qtbot.waitSignal(dialog.imported, timeout=WAIT):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert ctx.db.execute("SELECT name, phone FROM companies").fetchall() == [("Vejle Transport ApS", "75821100")]


def test_save_and_reuse_a_mapping(qtbot, dialog, ctx, files, monkeypatch):
    path = write_csv(files / "c.csv", [["Kunde", "Ting"], ["Vejle Transport ApS", "godt"]])
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("companies"))
    open_file(qtbot, dialog, path)
    field_combo(dialog, 0).setCurrentIndex(field_combo(dialog, 0).findData("name"))
    field_combo(dialog, 1).setCurrentIndex(field_combo(dialog, 1).findData("notes"))
    saved = files / "kunder"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(saved), "")))
    qtbot.mouseClick(dialog.save_mapping_button, Qt.MouseButton.LeftButton)
    data = json.loads((files / "kunder.json").read_text(encoding="utf-8"))
    assert data == {"kind": "companies", "columns": {"Kunde": "name", "Ting": "notes"}}

    other = ImportDialog(ctx)
    qtbot.addWidget(other)
    other.show()
    open_file(qtbot, other, path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(saved) + ".json", "")))
    qtbot.mouseClick(other.load_mapping_button, Qt.MouseButton.LeftButton)
    assert other.kind_combo.currentData() == "companies"
    assert other.mapping_model.mapping.fields == ["name", "notes"]


def test_unreadable_file(qtbot, dialog, files):
    path = files / "empty.csv"
    path.write_bytes(b"")
    with qtbot.waitSignal(dialog.failed, timeout=WAIT) as blocker:
        qtbot.keyClicks(dialog.path_edit, str(path))
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    assert blocker.args[0] == "The file is empty."
    assert dialog.preview.file_problems.isVisible() and not dialog.check_button.isEnabled()


def _many(files, rows=3000):
    return write_csv(files / "many.csv", [["Sags-id", "Navn", "Postnr"]] +
                     [[f"S{i}", f"Person {i}", "7100"] for i in range(rows)])


def test_cancel_the_check_and_the_import(qtbot, dialog, ctx, files):
    open_file(qtbot, dialog, _many(files))
    before = snapshot(ctx.db)
    with qtbot.waitSignal(dialog.failed, timeout=WAIT) as blocker:
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
        assert dialog.progress.isVisible() and dialog.cancel_button.isVisible()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "Cancelled."
    with qtbot.waitSignal(dialog.checked, timeout=WAIT):
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.failed, timeout=WAIT) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "Cancelled. Nothing was written."
    assert snapshot(ctx.db) == before


def test_the_window_stays_responsive_while_checking(qtbot, dialog, files):
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(dialog.worker.busy))
    timer.start(5)
    open_file(qtbot, dialog, _many(files, 20000))
    timer.stop()
    assert any(ticks)  # the event loop ran while the worker was busy


def test_closing_while_busy_cancels_and_writes_nothing(qtbot, ctx, files):
    dlg = ImportDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.path_edit.setText(str(_many(files, 5000)))
    dlg.load()
    dlg.close()  # waits for the worker to stop; no thread is left running
    assert not dlg.worker._thread.isRunning()
    assert count(ctx.db, "candidates") == 0


def test_models(qtmodeltester, dialog, qtbot, files):
    path = write_csv(files / "c.csv", [["CVR", "Navn", "Noter"], [CVR_A, "A ApS", "x"], [CVR_B, "B ApS", ""]])
    open_file(qtbot, dialog, path)
    qtmodeltester.check(dialog.mapping_model)
    qtmodeltester.check(dialog.preview.model)
    qtmodeltester.check(dialog.preview.filter)


@pytest.mark.parametrize("mapping, expected", [
    ({"kind": "companies", "columns": {"Kunde": "farve"}}, "The column mapping names fields that companies do not "
                                                           "have: farve."),
    ({"kind": "elephants", "columns": {"Kunde": "name"}}, "The column mapping was saved for importing elephants, "
                                                          "not companies."),
])
def test_a_mapping_that_cannot_be_used_says_why(qtbot, dialog, files, monkeypatch, mapping, expected):
    path = write_csv(files / "c.csv", [["Kunde", "Ting"], ["Vejle Transport ApS", "godt"]])
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("companies"))
    open_file(qtbot, dialog, path)
    saved = files / "m.json"
    saved.write_text(json.dumps(mapping), encoding="utf-8-sig")  # with a byte order mark, as Notepad writes
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(saved), "")))
    with qtbot.waitSignal(dialog.failed, timeout=WAIT) as blocker:
        qtbot.mouseClick(dialog.load_mapping_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == expected
    assert dialog.saved_mapping is None and dialog.kind_combo.currentData() == "companies"

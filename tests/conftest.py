"""Shared fixtures: real store files in temp dirs, isolated Qt settings, the shared reference data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"

# A small job centre (vocabulary, places, a company) for matching, shortlist and window tests.
pytest_plugins = ["tests.jobcentre"]


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"reference data not found at {SHARED_DATA} (../shared is absent)")
    return SHARED_DATA


@pytest.fixture
def store_path(tmp_path) -> Path:
    return tmp_path / "store.sqlite"


@pytest.fixture
def store(store_path):
    from db.store import open_store

    db = open_store(store_path)
    yield db
    db.close()


@pytest.fixture(scope="session", autouse=True)
def gui_application(qapp):
    """The QApplication exists before any test: a command-line test would otherwise make a plain
    QCoreApplication first, and every widget test after it in the same run would abort."""
    return qapp


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Keep QSettings and standard paths of each test away from the developer's and other tests' own.

    Qt reads XDG_CONFIG_HOME once per process, so the settings folder is also set with QSettings.setPath.
    """
    from PySide6.QtCore import QSettings

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    # The system-wide file IT may deploy (/etc/xdg/Jobbro/Jobbro.ini) is read as a fallback: keep it out too.
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.SystemScope, str(tmp_path / "system"))
    yield


@pytest.fixture
def consultant(qapp):
    from ui import settings

    settings.put("consultant_name", "Testkonsulent")
    settings.put("language", "da")
    return "Testkonsulent"


@pytest.fixture(autouse=True)
def pool_work_finished():
    """Work a test started on the thread pool (a PDF layout, a search index) ends within the test."""
    yield
    from ui.tasks import wait_for_idle

    assert wait_for_idle(30000), "work on the thread pool was still running after the test"


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(monkeypatch):
    """A message box in a test would block forever; fail with its text instead."""
    from PySide6.QtWidgets import QMessageBox

    def refuse(box, *args):
        raise AssertionError(f"unexpected message box: {box.text()} {box.detailedText()}")

    def refuse_static(*args, **kwargs):
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    monkeypatch.setattr(QMessageBox, "exec", refuse)
    for name in ("question", "information", "warning", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse_static))


@pytest.fixture
def main_window(qtbot, qapp, store, store_path, consultant):
    """The app's main window in Danish on the test store, closed with nothing left unsaved."""
    from ui import i18n
    from ui.context import AppContext
    from ui.mainwindow import MainWindow

    i18n.install(qapp, "da")
    win = MainWindow(AppContext(store, str(store_path)))
    win.show()
    yield win
    for view in win.views.values():
        if hasattr(view, "form"):
            view.form.dirty = False
    win.close()
    win.deleteLater()

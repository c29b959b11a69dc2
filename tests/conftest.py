"""Shared fixtures: real store files in temp dirs, isolated Qt settings, the shared reference data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"

# A small job centre (vocabulary, places, a company) for matching, shortlist and window tests;
# a small ESCO download written from the shared ESCO files, for the vocabulary tests.
pytest_plugins = ["tests.jobcentre", "tests.esco_subset"]


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
    QCoreApplication first, and every widget test after it in the same run would abort. Garbage is
    collected in the GUI thread only, as in the app (ui/gc_guard.py)."""
    from ui import gc_guard

    gc_guard.install(qapp)
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


_CHECKOUT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def checkout_stays_clean():
    """No test leaves a file in the checkout's top folder (a generated relative --out name did)."""
    before = set(os.listdir(_CHECKOUT))
    yield
    added = set(os.listdir(_CHECKOUT)) - before
    assert not added, f"the test wrote into the checkout: {sorted(added)}"


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
    from tests.helpers import close_main_window

    i18n.install(qapp, "da")
    win = MainWindow(AppContext(store, str(store_path)))
    win.show()
    yield win
    close_main_window(win)



# ---- the language a test runs in --------------------------------------------------------------------------
_DEFAULT_LOCALE = None


@pytest.fixture(autouse=True)
def source_language(qapp):
    """Every test starts in the source language (English) and the default locale: a test that reads Danish
    asks for it (the `danish` fixture, or a window that installs it), instead of inheriting it from the test
    that happened to run before."""
    global _DEFAULT_LOCALE
    from PySide6.QtCore import QLocale

    from ui import i18n

    if _DEFAULT_LOCALE is None:
        _DEFAULT_LOCALE = QLocale()
    for translator in i18n._installed:
        qapp.removeTranslator(translator)
    i18n._installed.clear()
    QLocale.setDefault(_DEFAULT_LOCALE)


@pytest.fixture
def danish(qapp, source_language):
    """The app's own language: Danish texts, Danish dates and numbers."""
    from ui import i18n

    i18n.install(qapp, "da")


@pytest.fixture
def english(qapp, source_language):
    from ui import i18n

    i18n.install(qapp, "en")


# ---- shared records and files -------------------------------------------------------------------------------
@pytest.fixture
def ctx(qapp, store, store_path, consultant):
    """The app's context on the test store, as the views and dialogs get it (no language installed)."""
    from ui.context import AppContext

    return AppContext(store, str(store_path))


@pytest.fixture
def with_companies(store):
    """Two companies with CVR numbers and a contact person, as the needs and contact imports refer to them."""
    from db import companies
    from tests.helpers import CVR_A, CVR_B

    a = companies.add(store, who="test", cvr=CVR_A, name="Vejle Transport ApS", postcode="7100").id
    b = companies.add(store, who="test", cvr=CVR_B, name="Plejecenter Solbakken", postcode="7100").id
    companies.add_person(store, a, who="test", name="Mette Holm", role="HR", phone="75821100")
    return store, a, b


@pytest.fixture
def files(tmp_path) -> Path:
    """A folder for the files a test writes and reads (kept apart from the settings and the store)."""
    folder = tmp_path / "files"
    folder.mkdir()
    return folder



# ---- no thread outlives its test (tests/threadwatch.py) -----------------------------------------------------
@pytest.fixture(autouse=True)
def no_thread_left_running(request, monkeypatch, qtbot):
    """As napari's conftest does: a test that leaves a Python thread, a QThread or a thread-pool task running
    fails, naming the thread and where it was started. A thread still finishing gets a short grace."""
    from tests.threadwatch import ThreadWatch

    watch = ThreadWatch(monkeypatch)
    yield
    leaks = watch.finish(qtbot)
    if leaks:
        pytest.fail(f"{request.node.name} left threads running: " + "; ".join(leaks), pytrace=False)

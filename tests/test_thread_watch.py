"""The harness's thread guard (tests/threadwatch.py) names a thread a test leaves running, and only that."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread

from tests.threadwatch import ThreadWatch


class Owner(QObject):
    pass


def test_a_qthread_left_running_is_named_with_where_it_started(qtbot, monkeypatch):
    watch = ThreadWatch(monkeypatch)
    owner = Owner()
    thread = QThread(owner)
    thread.start()  # an event loop that nobody quits
    leaks = watch.finish(qtbot, grace_ms=50)
    assert len(leaks) == 1
    assert leaks[0].startswith("QThread 'QThread of Owner' started at test_thread_watch.py:")
    assert not thread.isRunning()  # asked to quit afterwards, so the run goes on


def test_a_python_thread_left_running_is_named(qtbot, monkeypatch):
    watch = ThreadWatch(monkeypatch)
    release = threading.Event()
    worker = threading.Thread(target=release.wait, name="forgotten-worker", daemon=True)
    worker.start()
    try:
        assert watch.finish(qtbot, grace_ms=50) == ["Python thread 'forgotten-worker'"]
    finally:
        release.set()
        worker.join()


def test_threads_that_finish_within_the_grace_are_no_leak(qtbot, monkeypatch):
    watch = ThreadWatch(monkeypatch)
    thread = QThread()
    thread.start()
    thread.quit()  # finishing, as a closed dialog's worker does
    worker = threading.Thread(target=lambda: None, name="short-job")
    worker.start()
    assert watch.finish(qtbot) == []
    worker.join()
    thread.wait()

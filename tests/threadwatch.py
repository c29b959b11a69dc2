"""Which threads a test started and left running: Python threads, QThreads and global thread-pool tasks."""

from __future__ import annotations

import threading
import traceback
from pathlib import Path

GRACE_MS = 3000  # a thread that is finishing gets this long, with the event loop running
_kept_running: list = []  # QThreads that outlived their test: kept referenced so Python never destroys a running one


def _started_at() -> str:
    """The last few frames of our own code that started a thread (the test, the dialog, the service)."""
    frames = [f for f in traceback.extract_stack()[:-2] if not f.filename.endswith("threadwatch.py")]
    own = [f for f in frames if "site-packages" not in f.filename]
    return " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed((own or frames)[-3:]))


def _qthread_name(thread) -> str:
    if thread.objectName():
        return thread.objectName()
    parent = thread.parent()
    return f"QThread of {type(parent).__name__}" if parent is not None else type(thread).__name__


class ThreadWatch:
    """Started before a test: notes the Python threads alive and every QThread started from then on."""

    def __init__(self, monkeypatch):
        from PySide6.QtCore import QThread

        self.before = set(threading.enumerate())
        self.started: dict = {}  # QThread -> where it was started
        original = QThread.start

        def start(thread, *args, **kwargs):
            self.started[thread] = _started_at()
            return original(thread, *args, **kwargs)

        monkeypatch.setattr(QThread, "start", start)
        self._restore = lambda: monkeypatch.setattr(QThread, "start", original)

    def running_qthreads(self) -> list:
        alive = []
        for thread, where in self.started.items():
            try:
                if thread.isRunning():
                    alive.append((thread, where))
            except RuntimeError:  # the C++ object is gone, and its thread with it
                pass
        return alive

    def new_python_threads(self) -> list[threading.Thread]:
        return [t for t in threading.enumerate() if t not in self.before and t.is_alive()]

    @staticmethod
    def pool_tasks() -> int:
        from PySide6.QtCore import QThreadPool

        return QThreadPool.globalInstance().activeThreadCount()

    def leaks(self) -> list[str]:
        found = [f"QThread '{_qthread_name(t)}' started at {where}" for t, where in self.running_qthreads()]
        found += [f"Python thread '{t.name}'" for t in self.new_python_threads()]
        if self.pool_tasks():
            found.append(f"{self.pool_tasks()} task(s) in the global QThreadPool")
        return found

    def finish(self, qtbot, grace_ms: int = GRACE_MS) -> list[str]:
        """After the test: wait up to grace_ms for threads that are finishing, then name those still running.

        QThreads still running are asked to quit and kept referenced, so the next test starts clean and Python
        never destroys a running QThread (which would abort the whole run).
        """
        self._restore()
        try:
            qtbot.waitUntil(lambda: not self.leaks(), timeout=grace_ms)
        except qtbot.TimeoutError:
            pass
        found = self.leaks()
        for thread, _ in self.running_qthreads():
            _kept_running.append(thread)
            thread.quit()
            thread.wait(grace_ms)
        return found

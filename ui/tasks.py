"""The one way to run work off the GUI thread (after Picard's run_task and Anki's taskman).

- `StoreWorker`: a worker thread with its own store connection that runs store jobs one at a time
  (imports, exports, the ESCO import, building the match index); a sqlite connection never crosses
  threads, and results, progress, failures and cancels arrive as signals on the GUI thread.
- `run_task(fn, on_done, on_failed)`: work on plain data without the store (the PDF preview's layout),
  on the shared thread pool, its result handed to the GUI thread.
- `compute(fn)`: the same, as a Future for code that waits for it when it needs it (the vocabulary's
  search index).
`wait_for_idle()` lets the app's close and the tests finish what runs. No other module starts a thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import Future

from PySide6.QtCore import QObject, QRunnable, Qt, QThread, QThreadPool, Signal, Slot

from db.importing.files import ImportCancelled
from db.importing import Cancelled
from db.store import open_store

# A job gets the worker's own connection, a progress(done, total, stage="") and a cancel() that raises
# Cancelled; `StoreWorker.stopped` is the same as a predicate for code that asks instead.
Job = Callable[[object, Callable[..., None], Callable[[], None]], object]
REPORT_EVERY = 0.1  # seconds between progress signals, so a fast loop does not flood the GUI


class _Worker(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, store_path):  # a path, or a db.store.StoreFile that carries the passphrase
        super().__init__()
        self._path = store_path
        self._db = None
        self.stop = threading.Event()
        self._last = 0.0

    @Slot(object)
    def run(self, job: Job) -> None:
        try:
            if self._db is None:
                # A sqlite connection belongs to the thread that opened it: this one.
                self._db = open_store(self._path, create=False)
            result = job(self._db, self._report, self._check)
        except (Cancelled, ImportCancelled):
            self.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which shows it
            self.failed.emit(exc)
        else:
            self.done.emit(result)

    def _check(self) -> None:
        if self.stop.is_set():
            raise Cancelled()

    def _report(self, done: int, total: int, stage: str = "") -> None:
        now = time.monotonic()
        if now - self._last >= REPORT_EVERY or done >= total:
            self._last = now
            self.progress.emit(done, total, stage)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


class StoreWorker(QObject):
    """Owns the worker thread; signals arrive on the GUI thread."""

    progress = Signal(int, int, str)  # done, total, stage (may be empty)
    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    _submit = Signal(object)

    def __init__(self, store_path: str, parent=None):
        super().__init__(parent)
        self.busy = False
        self._thread = QThread()
        self._worker = _Worker(store_path)
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._worker.progress.connect(self.progress)
        # Slots of this object, which lives in the GUI thread: the results arrive queued, on that thread.
        self._worker.done.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)
        self._worker.cancelled.connect(self._on_cancelled)
        # Direct: finished is emitted in the worker thread, where the connection must be closed.
        self._thread.finished.connect(self._worker.close, Qt.ConnectionType.DirectConnection)
        self._thread.start()

    def submit(self, job: Job) -> None:
        self._worker.stop.clear()
        self.busy = True
        self._submit.emit(job)

    def cancel(self) -> None:
        self._worker.stop.set()

    def stopped(self) -> bool:
        """True once cancel() was called: for jobs that ask rather than call cancel()."""
        return self._worker.stop.is_set()

    def shutdown(self) -> None:
        """Cancel what runs, wait for it, and close the worker's connection."""
        self.cancel()
        self._thread.quit()
        self._thread.wait()

    @Slot(object)
    def _on_done(self, result) -> None:
        self.busy = False
        self.done.emit(result)

    @Slot(object)
    def _on_failed(self, exc) -> None:
        self.busy = False
        self.failed.emit(exc)

    @Slot()
    def _on_cancelled(self) -> None:
        self.busy = False
        self.cancelled.emit()


# ---- work without the store ------------------------------------------------------------------------
class Task(QObject):
    """One piece of work on the thread pool; `done`/`failed` arrive on the GUI thread."""

    done = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, task: Task, fn: Callable[[], object]):
        super().__init__()
        self.task, self.fn = task, fn
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which shows it
            self.task.failed.emit(exc)
        else:
            self.task.done.emit(result)


_running: set[Task] = set()  # kept alive until their result is delivered


def run_task(fn: Callable[[], object], on_done: Callable[[object], None],
             on_failed: Callable[[BaseException], None] | None = None) -> Task:
    """Run `fn` (no store access, no widgets) on the pool; its result or exception reaches the GUI thread.

    Connect bound methods of a widget: when the widget is gone before the result, nothing is called.
    """
    task = Task()
    _running.add(task)
    task.done.connect(on_done)
    if on_failed is not None:
        task.failed.connect(on_failed)
    task.done.connect(lambda _result: _running.discard(task))
    task.failed.connect(lambda _exc: _running.discard(task))
    QThreadPool.globalInstance().start(_Runnable(task, fn))
    return task


def compute(fn: Callable[[], object]) -> Future:
    """Run `fn` on the pool; the Future holds its result or exception (for code that waits when it must)."""
    future: Future = Future()

    def work() -> None:
        try:
            future.set_result(fn())
        except BaseException as exc:  # noqa: BLE001 - re-raised where the result is used
            future.set_exception(exc)

    QThreadPool.globalInstance().start(work)
    return future


def wait_for_idle(msecs: int = 30000) -> bool:
    """Wait for the pool's work to finish (closing the app, and after each test)."""
    return QThreadPool.globalInstance().waitForDone(msecs)

"""Long store work off the GUI thread: a worker thread with its own store connection, one job at a time."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from db.importing import Cancelled
from db.store import open_store

# A job gets the worker's own connection, a progress(done, total) and a cancel() that raises Cancelled.
Job = Callable[[object, Callable[[int, int], None], Callable[[], None]], object]
REPORT_EVERY = 0.1  # seconds between progress signals, so a fast loop does not flood the GUI


class _Worker(QObject):
    progress = Signal(int, int)
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
        except Cancelled:
            self.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which shows it
            self.failed.emit(exc)
        else:
            self.done.emit(result)

    def _check(self) -> None:
        if self.stop.is_set():
            raise Cancelled()

    def _report(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self._last >= REPORT_EVERY or done >= total:
            self._last = now
            self.progress.emit(done, total)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


class StoreThread(QObject):
    """Owns the worker thread; signals arrive on the GUI thread."""

    progress = Signal(int, int)
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

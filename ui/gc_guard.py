"""Python's cyclic garbage collection in the GUI thread only.

The collector runs in whichever thread happens to allocate when a threshold is passed. When that is a
worker (a PDF being laid out, a team sync, the match index) and the garbage holds a Qt wrapper, its C++
object is destroyed off the GUI thread, which can crash the app (seen once in the keyboard-day test as a
segfault "Garbage-collecting" inside reportlab on a worker). So automatic collection is switched off
and a timer in the GUI thread collects with the same thresholds. Reference counting, which frees almost
everything, is not affected.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """Collect each generation whose count passed its threshold, as the automatic collector would."""
        young, middle, old = gc.get_count()
        if young > self.thresholds[0]:
            gc.collect(0)
            if middle + 1 > self.thresholds[1]:
                gc.collect(1)
                if old + 1 > self.thresholds[2]:
                    gc.collect(2)


def install(app: QObject) -> MainThreadCollector:
    """Once per application; returns the existing collector when called again."""
    existing = app.findChild(MainThreadCollector)
    return existing or MainThreadCollector(app)

"""Garbage collection happens in the GUI thread only (ui/gc_guard.py): automatic collection is off and
the GUI thread's timer collects cyclic garbage, so a worker never destroys a Qt object."""

from __future__ import annotations

import gc
import weakref

from ui import gc_guard


class Cycle:
    def __init__(self):
        self.me = self


def test_automatic_collection_is_off_and_the_gui_thread_collects_cycles(qtbot, qapp):
    collector = gc_guard.install(qapp)
    assert gc_guard.install(qapp) is collector  # one per application
    assert not gc.isenabled()
    with qtbot.waitSignal(collector.timer.timeout, timeout=5 * gc_guard.INTERVAL_MS):
        pass  # the timer ticks in the GUI thread's event loop
    collector.check()  # a fresh youngest generation
    gone = weakref.ref(Cycle())
    assert gone() is not None  # a cycle: reference counting alone does not free it
    for _ in range(collector.thresholds[0] + 1):
        Cycle()  # enough new objects to pass the youngest generation's threshold
    collector.check()  # what each tick does
    assert gone() is None

"""The Qt binding itself: PySide6 6.12.0 released a reference to None on every call of a void method,
which crashes Python 3.11 ("deallocating None") after some ten thousand paints. Keep such a build out."""

import sys

from PySide6.QtGui import QImage, QPainter


def test_void_calls_keep_the_reference_to_none(qapp):
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(2000):
            painter.save()
            painter.restore()
        after = sys.getrefcount(None)
    finally:
        painter.end()
    assert abs(after - before) < 100, f"None lost {before - after} references in 4000 void calls"

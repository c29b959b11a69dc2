"""A small bar chart drawn with QPainter: grouped or stacked series over categories, a legend and a
value axis. Enough for Overblik's four charts without QtCharts (not in PySide6-Essentials) or a
plotting library; the PDF draws the same charts with reportlab.graphics."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

COLOURS = ["#1F4E79", "#7FA7CF", "#C58B2B", "#5F6B7A", "#2E6B30"]


def nice_top(value: float) -> float:
    """The axis top: 1, 2, 4, 6 or 8 times a power of ten, at or above `value` (quarters read well)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 2, 4, 6, 8, 10) if step * power >= value)


class BarChart(QWidget):
    def __init__(self, title: str = "", parent=None):
        super().__init__(parent)
        self.title = title
        self.categories: list[str] = []
        self.series: list[tuple[str, list[float]]] = []
        self.stacked = False
        self.horizontal = False  # bars to the right of their labels: long category names read in full
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 200)

    def sizeHint(self) -> QSize:
        return QSize(420, 220)

    def set_data(self, title: str, categories: list[str], series: list[tuple[str, list[float]]],
                 *, stacked: bool = False, horizontal: bool = False) -> None:
        self.title, self.categories, self.series, self.stacked = title, categories, series, stacked
        self.horizontal = horizontal
        self.setToolTip("\n".join(f"{name}: {sum(values):g}" for name, values in series))
        self.update()

    def _top(self) -> float:
        if not self.series or not self.categories:
            return 1.0
        columns = list(zip(*(values for _, values in self.series)))
        return nice_top(max((sum(c) if self.stacked else max(c)) for c in columns) if columns else 0)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        fm = p.fontMetrics()
        line = fm.height()
        bold = p.font()
        bold.setBold(True)
        p.setFont(bold)
        p.drawText(QRectF(0, 0, self.width(), line + 2), Qt.AlignmentFlag.AlignLeft, self.title)
        p.setFont(self.font())
        legend_x = 0
        for i, (name, _values) in enumerate(self.series):
            p.fillRect(QRectF(legend_x, line + 6, 10, 10), QColor(COLOURS[i % len(COLOURS)]))
            p.drawText(int(legend_x + 14), int(line + 4 + fm.ascent()), name)
            legend_x += 24 + fm.horizontalAdvance(name)
        top = self._top()
        if self.horizontal:
            self._paint_horizontal(p, top, 2 * line + 10)
            p.end()
            return
        ticks = [f"{top * k / 4:g}" for k in range(5)]
        axis_w = max(fm.horizontalAdvance(t) for t in ticks) + 6
        plot = QRectF(axis_w, 2 * line + 10, self.width() - axis_w - 4, self.height() - 3 * line - 16)
        if plot.height() < 20 or not self.categories:
            return
        p.setPen(QPen(pal.mid().color(), 1))
        for k in range(5):
            y = plot.bottom() - plot.height() * k / 4
            p.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            p.drawText(QRectF(0, y - line / 2, axis_w - 4, line), Qt.AlignmentFlag.AlignRight, ticks[k])
        slot = plot.width() / len(self.categories)
        groups = 1 if self.stacked else max(len(self.series), 1)
        bar = max(slot * 0.7 / groups, 1.0)
        every = max(1, math.ceil(len(self.categories) * fm.horizontalAdvance("00-00 ") / plot.width()))
        for c, label in enumerate(self.categories):
            x0 = plot.left() + slot * c + slot * 0.15
            base = plot.bottom()
            for s, (_name, values) in enumerate(self.series):
                h = plot.height() * (values[c] if c < len(values) else 0) / top
                x = x0 if self.stacked else x0 + s * bar
                p.fillRect(QRectF(x, base - h, bar, h), QColor(COLOURS[s % len(COLOURS)]))
                if self.stacked:
                    base -= h
            if c % every == 0:
                p.setPen(pal.text().color())
                text = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(slot * every))
                p.drawText(QRectF(plot.left() + slot * c, plot.bottom() + 2, slot * every, line),
                           Qt.AlignmentFlag.AlignLeft, text)
        p.end()

    def _paint_horizontal(self, p: QPainter, top: float, y0: float) -> None:
        """One row per category: its name on the left (elided only when it takes more than 45 % of the
        width), the bar to the right and its value at the bar's end (a single series)."""
        fm = p.fontMetrics()
        if not self.categories or not self.series:
            return
        values = self.series[0][1]
        label_w = min(max(fm.horizontalAdvance(c) for c in self.categories) + 8, self.width() * 0.45)
        value_w = max(fm.horizontalAdvance(f"{v:g}") for v in values) + 8 if values else 0
        plot_w = self.width() - label_w - value_w - 4
        row = min((self.height() - y0) / len(self.categories), fm.height() * 2.2)
        if plot_w < 20 or row < fm.height():
            return
        text = self.palette().text().color()
        for c, label in enumerate(self.categories):
            y = y0 + row * c
            value = values[c] if c < len(values) else 0
            p.setPen(text)
            p.drawText(QRectF(0, y, label_w - 8, row), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - 8)))
            w = plot_w * value / top
            p.fillRect(QRectF(label_w, y + row * 0.15, w, row * 0.7), QColor(COLOURS[0]))
            p.drawText(QRectF(label_w + w + 4, y, value_w, row), Qt.AlignmentFlag.AlignVCenter, f"{value:g}")

"""Overblik: the company effort at a glance. Figures for a period and filters, each with how it is counted
and the list behind it, four charts, and the same figures as a report (Gem rapport…).

The counting runs on a StoreWorker (db/kpi.py reads, matching/kpi.py counts); the view refreshes when a
change it counts arrives and it is shown, else when it is shown next."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFileDialog, QFrame, QGridLayout, QHBoxLayout, QLabel,
                               QPushButton, QScrollArea, QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

from db import kpi as store_kpi
from db.changes import COMPANIES, CONTACTS, NEEDS, PLACEMENTS, SHORTLISTS
from matching.kpi import Period
from ui import settings
from ui.context import AppContext
from ui.errors import show_error
from ui.i18n import translate
from ui.tasks import StoreWorker
from ui.views.overview_charts import OverviewCharts
from ui.views.overview_figures import FIGURES, Figure, value
from ui.widgets.flow import FlowLayout

REFRESH_ON = (COMPANIES, CONTACTS, NEEDS, SHORTLISTS, PLACEMENTS)
TILE_COLUMNS = 3
TILE_WIDTH = 250  # a tile's width at which another column fits


def shown(figure: Figure, number) -> str:
    if number is None:
        return "–"
    if figure.percent:
        return translate("Overview", "%1 %").replace("%1", f"{number * 100:.1f}".replace(".", ","))
    if isinstance(number, float):
        return f"{number:.1f}".replace(".", ",")
    return f"{number:,}".replace(",", ".")


class Tile(QFrame):
    def __init__(self, figure: Figure, open_list, parent=None):
        super().__init__(parent)
        self.figure = figure
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(1)
        self.label = QLabel(translate("Overview", figure.label))
        self.number = QLabel("–")
        self.number.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.how = QLabel(translate("Overview", figure.how))
        self.how.setWordWrap(True)
        self.how.setStyleSheet("color: #4a5560; font-size: 11px;")
        for w in (self.label, self.number, self.how):
            layout.addWidget(w)
        layout.addStretch(1)
        self.setToolTip(translate("Overview", figure.how) + "\n" + translate("Overview", "Click for the records."))
        self._open = open_list

    def mouseReleaseEvent(self, event) -> None:
        self._open(self.figure)
        super().mouseReleaseEvent(event)


class OverviewView(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.report: dict | None = None
        self.worker: StoreWorker | None = None
        self._stale = True
        self._again = False
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_bar())
        self.status = QLabel()
        layout.addWidget(self.status)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        self.grid = QGridLayout()
        self.grid.setSpacing(6)
        self.tiles = [Tile(f, self.open_list) for f in FIGURES]
        self._columns = 0
        self._lay_tiles(TILE_COLUMNS)
        body_layout.addLayout(self.grid)
        self.charts = OverviewCharts()
        body_layout.addWidget(self.charts)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        ctx.changes.connect(lambda changes, _by: changes.concerns(REFRESH_ON) and self.mark_stale())

    def _lay_tiles(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for i, tile in enumerate(self.tiles):
            self.grid.addWidget(tile, i // columns, i % columns)
        for c in range(len(self.tiles)):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._lay_tiles(max(2, min(6, (self.width() - 40) // TILE_WIDTH)))

    def _filter_bar(self) -> FlowLayout:
        bar = FlowLayout()
        period = store_kpi.default_period()
        self.start, self.end = QDateEdit(_qdate(period.start)), QDateEdit(_qdate(period.end))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.dateChanged.connect(self.refresh)
        self.consultant, self.municipality, self.industry = QComboBox(), QComboBox(), QComboBox()
        for combo in (self.consultant, self.municipality, self.industry):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(self.refresh)
        self.total = QSpinBox()
        self.total.setRange(0, 1_000_000)
        self.total.setSpecialValueText(self.tr("not entered"))
        self.total.setToolTip(self.tr("The municipality's number of companies with employees (jobindsats)"))
        self.total.setValue(settings.get("kpi_municipality_total") or 0)
        self.total.editingFinished.connect(self._total_changed)
        save = QPushButton(self.tr("Save report…"))
        save.clicked.connect(self.save_report)
        for text, widget in ((self.tr("From"), self.start), (self.tr("To"), self.end),
                             (self.tr("Consultant"), self.consultant), (self.tr("Municipality"), self.municipality),
                             (self.tr("Industry"), self.industry), (self.tr("Companies in municipality"), self.total)):
            bar.addWidget(_labelled(text, widget))  # a label stays with its field when the bar wraps
        bar.addWidget(save)
        return bar

    def _fill_choices(self) -> None:
        choices = store_kpi.choices(self.ctx.db)
        for combo, key, everyone in ((self.consultant, "consultant", self.tr("All consultants")),
                                     (self.municipality, "municipality", self.tr("All municipalities")),
                                     (self.industry, "industry", self.tr("All industries"))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for code, name in choices[key]:
                combo.addItem(name if key != "industry" else f"{code} {name}", code)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def _total_changed(self) -> None:
        settings.put("kpi_municipality_total", self.total.value())
        self.refresh()

    # -- counting ------------------------------------------------------------------------------------
    def period(self) -> Period:
        return Period(self.start.date().toPython(), self.end.date().toPython())

    def filters(self) -> store_kpi.Filters:
        return store_kpi.Filters(self.consultant.currentData(), self.municipality.currentData(),
                                 self.industry.currentData())

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._fill_choices()
            self.refresh()

    def refresh(self) -> None:
        if self.period().start > self.period().end:
            self.status.setText(self.tr("The period's first day is after its last."))
            return
        if self.worker is None:
            self.worker = StoreWorker(self.ctx.store, self)
            self.worker.done.connect(self.show_report)
            self.worker.failed.connect(lambda exc: show_error(self, exc))
        if self.worker.busy:
            self._again = True
            return
        self._stale = False
        period, filters, total = self.period(), self.filters(), self.total.value() or None
        self.status.setText(self.tr("Counting…"))
        self.worker.submit(lambda db, _p, _c: store_kpi.report(db, period, filters, municipality_total=total))

    def prepare_screenshot(self) -> None:
        """For --screenshot: count now, on this thread."""
        self._fill_choices()
        self.show_report(store_kpi.report(self.ctx.db, self.period(), self.filters(),
                                          municipality_total=self.total.value() or None))

    def show_report(self, report: dict) -> None:
        self.report = report
        for tile in self.tiles:
            tile.number.setText(shown(tile.figure, value(report, tile.figure.path)))
        self.charts.show_report(report)
        p = report["period"]
        self.status.setText(self.tr("Period %1 – %2 · %3 positions in the needs created").replace(
            "%1", _danish(p["from"])).replace("%2", _danish(p["to"])).replace("%3", str(report["needs"]["positions"])))
        if self._again:
            self._again = False
            self.refresh()

    def shutdown(self) -> None:
        if self.worker is not None:
            self.worker.shutdown()

    # -- drill-down and report -----------------------------------------------------------------------
    def open_list(self, figure: Figure):
        from ui.dialogs.kpi_drill import DrillDialog

        if self.report is None or figure.drill is None:
            return None
        dialog = DrillDialog(self.ctx, translate("Overview", figure.label), translate("Overview", figure.how),
                             figure.drill, self.report["drill"].get(figure.drill, []), self)
        dialog.setModal(False)
        dialog.show()
        return dialog

    def save_report(self, path: str | None = None) -> None:
        from ui.cli.kpi import write

        if not path:
            name = f"overblik-{dt.date.today().isoformat()}.pdf"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), str(Path.home() / name),
                                                  self.tr("PDF report (*.pdf);;Excel workbook (*.xlsx);;JSON (*.json)"))
        if not path or self.report is None:
            return
        suffix = Path(path).suffix.lower().lstrip(".")
        fmt = suffix if suffix in ("pdf", "xlsx", "json") else "pdf"
        try:
            write(self.report, fmt, Path(path), self.consultant.currentData() or "Alle konsulenter")
        except OSError as exc:
            show_error(self, exc)
            return
        self.status.setText(self.tr("Saved the report to %1").replace("%1", path))


def _labelled(text: str, widget: QWidget) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(QLabel(text))
    row.addWidget(widget)
    return box


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _danish(iso: str) -> str:
    return dt.date.fromisoformat(iso).strftime("%d-%m-%Y")

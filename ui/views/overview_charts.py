"""Overblik's four charts, drawn by ui/widgets/bar_chart.py from a counted report."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QWidget

from ui import labels
from ui.widgets.bar_chart import BarChart

KINDS = ("visit", "phone", "email", "meeting", "online")


class OverviewCharts(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 8, 0, 0)
        self.contacts, self.needs, self.coop, self.groups = BarChart(), BarChart(), BarChart(), BarChart()
        for i, chart in enumerate((self.contacts, self.needs, self.coop, self.groups)):
            grid.addWidget(chart, i // 2, i % 2)

    def show_report(self, report: dict) -> None:
        months = list(report["contacts"]["by_month"])
        short = [m[2:] for m in months]
        kinds = [k for k in KINDS if k in report["contacts"]["by_kind"]]
        kind_names = labels.contact_kind()
        self.contacts.set_data(self.tr("Contacts per month by kind"), short,
                               [(kind_names.get(k, k), [report["contacts"]["by_month"][m].get(k, 0) for m in months])
                                for k in kinds], stacked=True)
        self.needs.set_data(self.tr("Needs created and filled"), short,
                            [(self.tr("Created"), [report["needs"]["created_by_month"].get(m, 0) for m in months]),
                             (self.tr("Filled"), [report["needs"]["filled_by_month"].get(m, 0) for m in months])])
        self.coop.set_data(self.tr("Samarbejdsgrad per month (%)"), short,
                           [(self.tr("Samarbejdsgrad"),
                             [round((report["samarbejdsgrad"]["by_month"].get(m) or 0) * 100, 1) for m in months])])
        groups = report["hires"]["by_target_group"]
        names = report.get("names", {}).get("target_groups", {})
        self.groups.set_data(self.tr("Hires by target group"), [names.get(g, g) or self.tr("(none)") for g in groups],
                             [(self.tr("Hires"), list(groups.values()))], horizontal=True)

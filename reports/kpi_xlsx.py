"""The Overblik report as an xlsx workbook: one sheet per block, plain numbers (shares as fractions)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from reports.kpi_labels import BLOCKS, BREAKDOWNS, value


def write_xlsx(report: dict, out: str | Path) -> None:
    book = Workbook()
    period = book.active
    period.title = "Periode"
    period.append(["Fra", report["period"]["from"]])
    period.append(["Til", report["period"]["to"]])
    for key, title, rows in BLOCKS:
        sheet = book.create_sheet(title)
        sheet.append(["Nøgletal", "Værdi"])
        for path, label in rows:
            sheet.append([label, value(report, path)])
        for path, label in BREAKDOWNS.get(key, []):
            sheet.append([])
            sheet.append([label])
            for name, number in (value(report, path) or {}).items():
                sheet.append([name or "(ingen)", number])
        sheet.column_dimensions["A"].width = 52
    months = book.create_sheet("Pr. måned")
    kinds = sorted(report["contacts"]["by_kind"])
    months.append(["Måned", "Kontakter", *kinds, "Behov oprettet", "Behov besat", "Samarbejdsgrad"])
    for month, by_kind in report["contacts"]["by_month"].items():
        months.append([month, sum(by_kind.values()), *(by_kind.get(k, 0) for k in kinds),
                       report["needs"]["created_by_month"].get(month, 0),
                       report["needs"]["filled_by_month"].get(month, 0),
                       report["samarbejdsgrad"]["by_month"].get(month)])
    book.save(str(out))

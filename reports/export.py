"""Plain rows to CSV (semicolons, UTF-8 with BOM, as Danish Excel reads it) or .xlsx, safe from formulas."""

from __future__ import annotations

import csv
import datetime as dt
import os
from pathlib import Path
from collections.abc import Iterable

from reports.files import write_atomically

# A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection"); such text
# gets an apostrophe in front. db/importing/cells.py takes exactly that apostrophe off again.
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "DD-MM-YYYY"
DATETIME_FORMAT = "DD-MM-YYYY HH:MM"
FORMATS = ("csv", "xlsx")


def neutralise(text: str) -> str:
    """Text a spreadsheet would run as a formula, made inert with a leading apostrophe."""
    bare = text.lstrip("'")
    return "'" + text if bare and bare[0] in TRIGGERS else text


def csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, dt.datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, float):
        # Danish Excel reads a decimal comma as a number in a semicolon file.
        return str(int(value)) if value.is_integer() else repr(value).replace(".", ",")
    if isinstance(value, int):
        return str(value)
    return neutralise(str(value))


def format_of(path: str | os.PathLike) -> str:
    return "xlsx" if Path(path).suffix.lower() == ".xlsx" else "csv"


def write(path: str | os.PathLike, headers: list[str], rows: Iterable[list], *, sheet: str = "Jobbro") -> int:
    """Write to `path` (CSV or .xlsx by its suffix); returns the number of rows written.

    The file appears only when complete: an error or a cancel part-way leaves any earlier file as it was.
    """
    if format_of(path) == "xlsx":
        return write_atomically(path, lambda temp: write_xlsx(temp, headers, rows, sheet=sheet))
    return write_atomically(path, lambda temp: write_csv(temp, headers, rows))


def write_csv(path: str | os.PathLike, headers: list[str], rows: Iterable[list]) -> int:
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        writer.writerow([neutralise(h) for h in headers])
        for row in rows:
            writer.writerow([csv_cell(v) for v in row])
            count += 1
    return count


def write_xlsx(path: str | os.PathLike, headers: list[str], rows: Iterable[list], *, sheet: str = "Jobbro") -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    ws = book.create_sheet(sheet[:31] or "Jobbro")
    ws.freeze_panes = "A2"
    for index, header in enumerate(headers, start=1):
        ws.column_dimensions[get_column_letter(index)].width = max(10, min(40, len(header) + 4))
    bold = Font(bold=True)
    head = []
    for header in headers:
        cell = WriteOnlyCell(ws, value=_xlsx_text(header))
        cell.font = bold
        head.append(cell)
    ws.append(head)
    count = 0
    try:
        for row in rows:
            ws.append([_xlsx_cell(ws, v, WriteOnlyCell) for v in row])
            count += 1
    except BaseException:
        ws.close()  # or openpyxl's row writer later writes into a file that is gone
        raise
    book.save(path)
    return count


def _xlsx_cell(ws, value, make_cell):
    if isinstance(value, dt.datetime):
        cell = make_cell(ws, value=value)
        cell.number_format = DATETIME_FORMAT
        return cell
    if isinstance(value, dt.date):
        cell = make_cell(ws, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    if isinstance(value, str):
        return _xlsx_text(value)
    return value


def _xlsx_text(text: str) -> str:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    # Control characters other than tab and line breaks are not allowed in the XML of a workbook.
    return neutralise(ILLEGAL_CHARACTERS_RE.sub("", text))

"""Reading a CSV (any of , ; tab; UTF-8, UTF-16 or Windows-1252) or .xlsx file into headings and rows."""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Callable

from db.errors import QT_TRANSLATE_NOOP
from db.importing.files import FIELD_LIMIT

# The preview keeps every row in memory; beyond these a consultant is better served by smaller files.
MAX_BYTES = 40 * 1024 * 1024
MAX_ROWS = 200_000
DELIMITERS = (";", "\t", ",")  # in order of preference when the counts tie: Danish Excel writes ;
SAMPLE_CHARS = 64 * 1024
# A workbook is a zip: what it unpacks to is checked before openpyxl reads a byte of it, so a small file
# that unpacks to gigabytes ("zip bomb") is refused at once. Cells are counted as they are read.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_CELLS = 2_000_000
# A letter written in UTF-8 (two to four bytes); cp1252 text almost never holds these pairs.
_UTF8_LETTER = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
CANCEL_EVERY = 5000

Cancel = Callable[[], None]


class Cancelled(Exception):
    """The consultant cancelled; raised by a cancel callback, so nothing further is read or written."""


class ImportFailure(Exception):
    """An import that cannot go ahead; `message` is an English source text in context "Import"."""

    def __init__(self, message: str, **params):
        self.message = message
        self.params = params
        super().__init__(message.format(**params))


class ReadError(ImportFailure):
    """The file cannot be read as a table at all."""


FIELD_TOO_LONG = QT_TRANSLATE_NOOP("Import", "Row {row} of {name} has a cell longer than {limit} characters. "
                                             "The file is damaged, or a quote (\") is not closed.")


class Formula(str):
    """The text of a formula cell in a workbook (Jobbro imports values, never formulas)."""


@dataclass
class Table:
    path: str
    format: str  # "csv" or "xlsx"
    headers: list[str]
    rows: list[list] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)  # the spreadsheet row number of each row
    encoding: str | None = None
    delimiter: str | None = None

    @property
    def name(self) -> str:
        return Path(self.path).name


def read_table(path: str | os.PathLike, cancel: Cancel | None = None) -> Table:
    """Read the first sheet (or the CSV text) of `path`; blank rows are left out. Raises ReadError."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(8)
    except (OSError, ValueError) as exc:  # ValueError: a name no file can have (a NUL in it)
        raise ReadError(QT_TRANSLATE_NOOP("Import", "The file could not be read: {detail}"),
                        detail=getattr(exc, "strerror", None) or exc) from exc
    if size > MAX_BYTES:
        raise ReadError(QT_TRANSLATE_NOOP("Import", "The file is {size} MB; Jobbro imports files of up to {limit} MB. "
                                     "Split it into smaller files."),
                        size=round(size / 1024 / 1024), limit=MAX_BYTES // 1024 // 1024)
    if head.startswith(b"PK\x03\x04"):
        return _read_xlsx(path, cancel)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ReadError(QT_TRANSLATE_NOOP("Import", "The file is in the old Excel format (.xls). Save it as .xlsx "
                                                    "or CSV "
                                     "in Excel and import that."))
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise ReadError(QT_TRANSLATE_NOOP("Import", "The Excel file is damaged or incomplete ({detail})."),
                        detail="no zip archive")
    return _read_csv(path, path.read_bytes(), cancel)


# ---- CSV ------------------------------------------------------------------------------------------

def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was written in: a byte order mark decides, else UTF-8, else cp1252."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                _not_text()
    if b"\x00" in data[:SAMPLE_CHARS]:
        _not_text()
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if _UTF8_LETTER.search(data):
            # Letters written as UTF-8 beside a byte that is not: read as cp1252, "Søgård" would be
            # stored as "SÃ¸gÃ¥rd". Refuse, naming the line the stray byte is on.
            raise ReadError(QT_TRANSLATE_NOOP("Import", "Line {line} is not in the same text encoding as the rest "
                                                        "of the file (UTF-8). Save the file as UTF-8 again, or "
                                                        "correct that line."),
                            line=data.count(b"\n", 0, exc.start) + 1) from exc
        try:
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            _not_text()
    sample = text[:SAMPLE_CHARS]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\r\n")
    if controls > len(sample) // 100:
        _not_text()
    return text, encoding


def _not_text():
    raise ReadError(QT_TRANSLATE_NOOP("Import", "The file is neither a CSV text file nor an Excel workbook (.xlsx)."))


def sniff(text: str) -> str:
    """The delimiter that splits the first lines into the most columns, consistently."""
    sample = text[:SAMPLE_CHARS]
    lines = sample.splitlines()[:40]
    if len(sample) == SAMPLE_CHARS and len(lines) > 1:
        lines = lines[:-1]  # the last line of a cut sample may be cut itself
    best, best_key = DELIMITERS[0], None
    for rank, delimiter in enumerate(DELIMITERS):
        try:
            counts = [len(r) for r in csv.reader(lines, delimiter=delimiter) if any(c.strip() for c in r)]
        except csv.Error:
            continue
        if not counts:
            continue
        steady = sum(1 for c in counts if c == counts[0]) >= 0.8 * len(counts)
        key = (counts[0] > 1 and steady, counts[0], -rank)
        if best_key is None or key > best_key:
            best, best_key = delimiter, key
    return best


def _read_csv(path: Path, data: bytes, cancel: Cancel | None) -> Table:
    text, encoding = decode(data)
    if not text.strip():
        raise ReadError(QT_TRANSLATE_NOOP("Import", "The file is empty."))
    delimiter = None
    first_line, _, rest = text.partition("\n")
    if first_line.strip().lower().startswith("sep=") and len(first_line.strip()) == 5:
        delimiter, text = first_line.strip()[4], rest  # Excel's own hint line, "sep=;"
    delimiter = delimiter or sniff(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    table = Table(str(path), "csv", [], encoding=encoding, delimiter=delimiter)
    try:
        for number, record in enumerate(reader, start=1):
            if cancel and number % CANCEL_EVERY == 0:
                cancel()
            if not any(c.strip() for c in record):
                continue
            if not table.headers and not table.numbers:
                table.headers = _headings(record)
                continue
            _add_row(table, record, number)
    except csv.Error as exc:
        if "field limit" in str(exc):
            raise ReadError(FIELD_TOO_LONG, row=reader.line_num, name=path.name, limit=FIELD_LIMIT) from exc
        raise ReadError(QT_TRANSLATE_NOOP("Import", "Row {row} could not be read: {detail}"),
                        row=reader.line_num, detail=str(exc)) from exc
    _check_quotes(table, delimiter)
    return table


def _check_quotes(table: Table, delimiter: str) -> None:
    """An unclosed quote makes the reader take the rows after it into one cell: a cell whose later
    lines hold as many separators as a whole row is such a swallowed row. Refused, naming the row."""
    separators = len(table.headers) - 1
    if separators < 2:
        return  # with two columns one separator in a note is as likely as a swallowed row
    for number, cells in zip(table.numbers, table.rows):
        for cell in cells:
            if "\n" in cell and any(line.count(delimiter) >= separators for line in cell.split("\n")[1:]):
                raise ReadError(QT_TRANSLATE_NOOP("Import", "Row {row} has a quote (\") that is not closed, so the "
                                                            "rows after it would be read as one cell. Correct the "
                                                            "quotes in that row and try again."), row=number)


def _headings(cells: list) -> list[str]:
    headers = ["" if c is None else str(c).strip() for c in cells]
    while headers and not headers[-1]:
        headers.pop()
    if not headers:
        raise ReadError(QT_TRANSLATE_NOOP("Import", "The file is empty."))
    return headers


def _add_row(table: Table, cells: list, number: int) -> None:
    if len(table.rows) >= MAX_ROWS:
        raise ReadError(QT_TRANSLATE_NOOP("Import", "The file has more than {limit} rows. Split it into smaller "
                                                    "files."),
                        limit=MAX_ROWS)
    table.rows.append(cells)
    table.numbers.append(number)


# ---- xlsx -----------------------------------------------------------------------------------------

def _read_xlsx(path: Path, cancel: Cancel | None) -> Table:
    from openpyxl import load_workbook

    table = Table(str(path), "xlsx", [])
    _check_unpacked(path)
    try:
        # A file object, not the name: openpyxl refuses a workbook that was renamed to .csv.
        book = load_workbook(io.BytesIO(path.read_bytes()), read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError, EOFError) as exc:
        raise _damaged(exc) from exc
    except Exception as exc:
        raise _damaged(exc) from exc
    try:
        if not book.worksheets:
            raise ReadError(QT_TRANSLATE_NOOP("Import", "The file is empty."))
        sheet = book.worksheets[0]
        # The sheet's stated size may be a lie ("A1:XFD1048576"): read only the cells it really holds.
        sheet.reset_dimensions()
        cell_count = 0
        for number, row in enumerate(sheet.iter_rows(), start=1):
            if cancel and number % CANCEL_EVERY == 0:
                cancel()
            cells = [_cell(c) for c in row]
            while cells and cells[-1] is None:
                cells.pop()
            cell_count += len(cells)
            if cell_count > MAX_CELLS:
                raise ReadError(QT_TRANSLATE_NOOP("Import", "The workbook has more than {limit} cells. Split it "
                                                            "into smaller files."), limit=MAX_CELLS)
            if not any(c is not None and str(c).strip() for c in cells):
                continue
            if not table.headers:
                table.headers = _headings(cells)
                continue
            _add_row(table, cells, number)
    except (ReadError, Cancelled):
        raise
    except Exception as exc:
        raise _damaged(exc) from exc
    finally:
        book.close()
    if not table.headers:
        raise ReadError(QT_TRANSLATE_NOOP("Import", "The file is empty."))
    return table


def _check_unpacked(path: Path) -> None:
    """Refuse a workbook whose parts unpack to more than MAX_UNPACKED_BYTES, before reading it."""
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(max(info.file_size, 0) for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise _damaged(exc) from exc
    if unpacked > MAX_UNPACKED_BYTES:
        raise ReadError(QT_TRANSLATE_NOOP("Import", "The workbook unpacks to {size} MB; Jobbro reads workbooks of up "
                                                    "to {limit} MB unpacked. Split it into smaller files."),
                        size=unpacked // 1024 // 1024, limit=MAX_UNPACKED_BYTES // 1024 // 1024)


def _cell(cell):
    value = getattr(cell, "value", None)
    if getattr(cell, "data_type", None) == "f" and isinstance(value, str):
        return Formula(value)
    return value


def _damaged(exc: BaseException) -> ReadError:
    return ReadError(QT_TRANSLATE_NOOP("Import", "The Excel file is damaged or incomplete ({detail})."),
                     detail=str(exc) or type(exc).__name__)

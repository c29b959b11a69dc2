"""One cell to the value the store's validators expect: Excel dates, whole numbers, yes/no, words, lists."""

from __future__ import annotations

import csv
import datetime as dt
import re
from functools import cache

from db.errors import QT_TRANSLATE_NOOP
from db.importing.columns import RESOURCES, normalise
from db.importing.reading import Formula
from db.validation import FieldProblem

# Characters that make a spreadsheet run a cell as a formula (OWASP's list for CSV injection).
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# Excel serial numbers count days from 1899-12-30; only dates in this range are taken for serials,
# so that a year typed alone ("2026") is not read as a day in 1905.
EXCEL_EPOCH = dt.datetime(1899, 12, 30)
SERIAL_RANGE = (18264, 73050)  # 1950-01-01 .. 2099-12-31
SIZE_BANDS = (("1", 0, 1), ("2-9", 2, 9), ("10-49", 10, 49), ("50-249", 50, 249), ("250+", 250, None))


class CellProblem(FieldProblem):
    """A cell the importer cannot read; the message is in context "Import", not "Validation"."""

    context = "Import"


def is_formula(value, *, text_file: bool) -> bool:
    """True for a workbook's formula cell, or CSV text a spreadsheet would run as one."""
    if isinstance(value, Formula):
        return True
    if not text_file or not isinstance(value, str) or not value:
        return False
    if value.startswith("="):
        return True
    # "+45 12 34 56 78" and "- see notes" are text; "@SUM(A1)" and "+cmd|' /C calc'!A0" are formulas.
    return value[0] in "+-@" and len(value) > 1 and not value[1].isspace() and any(c in value for c in "(|!")


def unescape(text: str) -> str:
    """Take off the apostrophe an export puts before text that starts like a formula."""
    if text.startswith("'") and text.lstrip("'")[:1] in TRIGGERS and text.lstrip("'"):
        return text[1:]
    return text


def text(value) -> str:
    """Any cell as trimmed text; whole floats from a workbook lose their ".0"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def _serial(value) -> dt.datetime | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        match = re.fullmatch(r"(\d{5})(?:[.,](\d+))?", text(value))
        if not match:
            return None
        number = float(f"{match[1]}.{match[2] or 0}")
    if not SERIAL_RANGE[0] <= number <= SERIAL_RANGE[1]:
        return None
    return (EXCEL_EPOCH + dt.timedelta(days=number)).replace(microsecond=0)


_DANISH_DATE = re.compile(r"(\d{1,2})[-./](\d{1,2})[-./](\d{4})")


def date(value):
    """A date for validation.date: an Excel serial or a real dd-mm-yyyy becomes ISO (the validator then
    parses it at its first try); anything else is left as written, for the validator to refuse."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value
    serial = _serial(value)
    if serial:
        return serial.date().isoformat()
    raw = text(value)
    match = _DANISH_DATE.fullmatch(raw)
    if match:
        try:
            return dt.date(int(match[3]), int(match[2]), int(match[1])).isoformat()
        except ValueError:
            pass  # 31-02-2026: the validator says so, quoting what the file says
    return raw


def datetime(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value if isinstance(value, dt.datetime) else dt.datetime.combine(value, dt.time())
    serial = _serial(value)
    if serial:
        return serial.replace(second=0) + dt.timedelta(minutes=round(serial.second / 60))
    return text(value)


def whole(value) -> str:
    """Whole numbers as text for validation.integer; "1980.0" and "1980,0" become "1980"."""
    return re.sub(r"^(\d+)[.,]0+$", r"\1", text(value))


def postcode(value) -> str:
    """Spreadsheets drop the leading zero of postcodes such as 0800."""
    result = text(value)
    return "0" + result if re.fullmatch(r"\d{3}", result) else result


def size_band(value) -> str:
    """A size band from a band, a number of employees or a range such as "10-19" (by its lower end)."""
    result = text(value)
    if result in {b for b, _, _ in SIZE_BANDS}:
        return result
    match = re.match(r"\s*(\d[\d.]*)", result)
    if match:
        count = int(match[1].replace(".", ""))
        for band, low, high in SIZE_BANDS:
            if count >= low and (high is None or count <= high):
                return band
    return result


@cache
def _words() -> dict[str, dict]:
    out: dict[str, dict] = {}
    with open(RESOURCES / "values.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            domain = out.setdefault(row["domain"], {"index": {}, "first": {}})
            words = [w for w in row["words"].split("|") if w]
            domain["first"].setdefault(row["code"], words[0])
            for word in (row["code"], *words):
                domain["index"].setdefault(normalise(word), row["code"])
    return out


def word(domain: str, code) -> str:
    """The word an export writes for a stored code (Danish), or the code itself when it has none."""
    if code is None:
        return ""
    return _words()[domain]["first"].get(str(code), str(code))


def enum(domain: str, value):
    """The code for a word or code of `domain`; an unknown word is passed on for the validator to refuse."""
    raw = text(value)
    code = _words()[domain]["index"].get(normalise(raw))
    if code is None:
        return raw
    return int(code) if domain == "danish_level" else code


def yes_no(value) -> int:
    if isinstance(value, bool):
        return int(value)
    code = _words()["yes_no"]["index"].get(normalise(text(value)))
    if code is None:
        raise CellProblem(QT_TRANSLATE_NOOP("Import", "\"{value}\" is not yes or no."), value=text(value))
    return int(code)


def split_list(value) -> list[str]:
    """Entries of a list cell: separated by ; (or line breaks), else by commas."""
    raw = text(value)
    parts = re.split(r"[;\n]", raw) if ";" in raw or "\n" in raw else raw.split(",")
    return [p.strip() for p in parts if p.strip()]


def join_list(labels: list[str]) -> str:
    """The inverse of split_list: a lone entry with a comma gets a ; so it is not split on re-import."""
    if len(labels) == 1 and "," in labels[0]:
        return labels[0] + ";"
    return "; ".join(labels)

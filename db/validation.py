"""Validators for what a consultant types; each returns a cleaned value or raises FieldProblem."""

from __future__ import annotations

import datetime as dt
import re

from db.errors import QT_TRANSLATE_NOOP
from db.errors import FieldError, ValidationError

CVR_WEIGHTS = (2, 7, 6, 5, 4, 3, 2, 1)
MAX_HOURS = 37.0
# SQLite stores whole numbers in 64 bits; a larger one cannot even be looked up.
MAX_INTEGER = 2**63 - 1

# Longest text the store takes per field (characters). Names and titles fit on a line of a list or a
# PDF heading; notes may be long but not unbounded (a PDF and a listing must stay quick to render).
SHORT_TEXT = 200
LONG_TEXT = 10_000
LONG_FIELDS = frozenset({"notes", "note", "summary", "outcome", "follow_up_task", "address", "exemption_note",
                         "interruption_reason"})
# A measure rule's source names the law, its paragraph and what it says; its address may be long too.
TEXT_LIMITS = {"address": 500, "follow_up_task": 1000, "source": 2000, "url": 1000}

# Free-text fields: what a consultant writes in their own words, where a CPR number could slip in.
FREE_TEXT = frozenset({"name", "title", "address", "town", "role", "notes", "note", "summary", "outcome",
                       "follow_up_task", "consultant", "caseworker", "consent_by", "occupation_text"})

# Control characters other than tab and line breaks never belong in a record; an export would
# strip them, so a round trip would change the record. One rule for forms and imports alike.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# A CPR number: ddmmyy-xxxx or the ten digits run together, with a real day and month.
_CPR = re.compile(r"(?<![\d-])(\d{2})(\d{2})(\d{2})-?\d{4}(?![\d-])")


class FieldProblem(ValueError):
    def __init__(self, message: str, **params):
        self.message = message
        self.params = params
        super().__init__(message.format(**params))


def _digits(value: str, *, prefixes: tuple[str, ...] = ()) -> str:
    text = re.sub(r"[\s.\-]", "", str(value)).upper()
    for prefix in prefixes:
        if text.startswith(prefix):
            text = text[len(prefix):]
    return text


def cvr(value: str) -> str:
    """A valid 8-digit CVR number; accepts and strips "DK", "DK-" and spaces."""
    text = _digits(value, prefixes=("DK",))
    if not re.fullmatch(r"\d{8}", text):
        raise FieldProblem(QT_TRANSLATE_NOOP("Validation", "A CVR number has 8 digits (got \"{value}\")."), value=value)
    if text[0] == "0" or sum(int(d) * w for d, w in zip(text, CVR_WEIGHTS)) % 11:
        raise FieldProblem(QT_TRANSLATE_NOOP("Validation", "CVR number {value} is not valid: the check digit is wrong."),
                           value=text)
    return text


def p_number(value: str) -> str:
    text = _digits(value)
    if not re.fullmatch(r"\d{10}", text):
        raise FieldProblem(QT_TRANSLATE_NOOP("Validation", "A P-number has 10 digits (got \"{value}\")."), value=value)
    return text


def postcode(value: str, known: set[str] | None = None) -> str:
    text = str(value).strip()
    if text.upper().startswith("DK-"):
        text = text[3:]
    if not re.fullmatch(r"\d{4}", text):
        raise FieldProblem(QT_TRANSLATE_NOOP("Validation", "A postcode has 4 digits (got \"{value}\")."), value=value)
    if known is not None and text not in known:
        raise FieldProblem(QT_TRANSLATE_NOOP("Validation", "Postcode {value} does not exist."), value=text)
    return text


_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[A-Za-z]{2,}$")


def email(value: str) -> str:
    text = str(value).strip()
    if not _EMAIL.match(text):
        raise FieldProblem(QT_TRANSLATE_NOOP("Validation", "\"{value}\" is not an e-mail address."), value=value)
    return text


def phone(value: str) -> str:
    """A Danish (8 digits, optional +45/0045) or international (+ and 7-15 digits) number."""
    text = re.sub(r"[\s\-()/.]", "", str(value))
    if re.fullmatch(r"(\+45|0045)?\d{8}", text):
        return text[-8:] if not text.startswith("+") and not text.startswith("00") else "+45" + text[-8:]
    if re.fullmatch(r"\+\d{7,15}", text):
        return text
    raise FieldProblem(QT_TRANSLATE_NOOP("Validation", "\"{value}\" is not a phone number (8 digits, or + and country code)."),
                       value=value)


_DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%Y")


def date(value) -> str:
    """An ISO date; accepts dd-mm-yyyy, dd.mm.yyyy, dd/mm/yyyy and yyyy-mm-dd."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    raise FieldProblem(QT_TRANSLATE_NOOP("Validation", "\"{value}\" is not a valid date (write it as dd-mm-yyyy)."), value=value)


def datetime(value) -> str:
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat(timespec="minutes")
    text = str(value).strip()
    for fmt in ("%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%d-%m-%Y %H:%M", "%d.%m.%Y %H:%M"):
        try:
            return dt.datetime.strptime(text, fmt).isoformat(timespec="minutes")
        except ValueError:
            continue
    return date(text) + "T00:00"


def hours(value) -> float:
    try:
        number = float(str(value).replace(",", "."))
    except ValueError:
        raise FieldProblem(QT_TRANSLATE_NOOP("Validation", "\"{value}\" is not a number of hours."), value=value) from None
    if not 0 <= number <= MAX_HOURS:
        raise FieldProblem(QT_TRANSLATE_NOOP("Validation", "Hours per week must be between 0 and 37 (got {value})."),
                           value=value)
    return number


def integer(value, *, low: int | None = None, high: int | None = None) -> int:
    text = str(value).strip()
    try:
        number = int(text) if len(text) <= 40 else None
    except ValueError:
        number = None
    if number is None or isinstance(value, float) and not value.is_integer():
        raise FieldProblem(QT_TRANSLATE_NOOP("Validation", "\"{value}\" is not a whole number."),
                           value=_shown(value)) from None
    if low is not None and high is not None and not low <= number <= high:
        raise FieldProblem(QT_TRANSLATE_NOOP("Validation", "{value} is outside the allowed range {low}–{high}."),
                           value=number, low=low, high=high)
    if low is not None and number < low:
        raise FieldProblem(QT_TRANSLATE_NOOP("Validation", "{value} is too small: the smallest allowed is {low}."),
                           value=number, low=low)
    if (high is not None and number > high) or abs(number) > MAX_INTEGER:
        raise FieldProblem(QT_TRANSLATE_NOOP("Validation", "{value} is too large: the largest allowed is {high}."),
                           value=_shown(number), high=high if high is not None else MAX_INTEGER)
    return number


def record_id(value) -> int:
    """A record's id: a whole number from 1 to SQLite's largest."""
    return integer(value, low=1)


def _shown(value, limit: int = 40) -> str:
    """A value quoted in a message, cut short so a megabyte of input does not become a megabyte of message."""
    text = str(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def text_limit(name: str) -> int:
    return TEXT_LIMITS.get(name, LONG_TEXT if name in LONG_FIELDS else SHORT_TEXT)


def control_character(text: str) -> str | None:
    """The first control character in `text` as U+XXXX, or None."""
    found = _CONTROL.search(text)
    return f"U+{ord(found.group()):04X}" if found else None


def looks_like_cpr(text) -> bool:
    """True when `text` holds a CPR number (ddmmyy-xxxx, or ten digits that start with a real date)."""
    for match in _CPR.finditer(str(text or "")):
        day, month, year = int(match[1]), int(match[2]), int(match[3])
        try:
            dt.date(2000 + year, month, day)
        except ValueError:
            continue
        return True
    return False


def cpr_fields(values: dict) -> list[str]:
    """The free-text fields of a record that hold something like a CPR number (forms warn about them)."""
    return [name for name, value in values.items()
            if name in FREE_TEXT and isinstance(value, str) and looks_like_cpr(value)]


def checked_text(value, name: str) -> str:
    """The rule every stored text follows: no control characters, not longer than its field allows."""
    text = str(value)
    bad = control_character(text)
    if bad:
        raise FieldProblem(QT_TRANSLATE_NOOP("Validation", "The text holds a control character ({code}) that "
                                                           "cannot be stored. Remove it and try again."), code=bad)
    limit = text_limit(name)
    if len(text) > limit:
        raise FieldProblem(QT_TRANSLATE_NOOP("Validation", "The text is {length} characters long; at most {limit} "
                                                           "are allowed here."), length=len(text), limit=limit)
    return text


def one_of(value, allowed) -> str:
    if value not in allowed:
        raise FieldProblem(QT_TRANSLATE_NOOP("Validation", "\"{value}\" is not a known value."), value=value)
    return value


def required_text(value) -> str:
    text = (value or "").strip() if isinstance(value, str) or value is None else str(value).strip()
    if not text:
        raise FieldProblem(QT_TRANSLATE_NOOP("Validation", "This field must be filled in."))
    return text


def url(value: str) -> str:
    text = str(value).strip()
    if " " in text or "." not in text:
        raise FieldProblem(QT_TRANSLATE_NOOP("Validation", "\"{value}\" is not a web address."), value=value)
    return text


class Checker:
    """Collects the problems of one record so the form can show them all at once."""

    def __init__(self, values: dict):
        self.values = values
        self.clean: dict = {}
        self.errors: list[FieldError] = []

    def field(self, name: str, fn, *args, optional: bool = True, **kwargs):
        """Validate values[name] with fn; empty optional values become None, a missing required one
        is an error (a row of a file may leave the cell empty, a caller may leave the key out)."""
        if name not in self.values:
            if not optional:
                self.fail(name, QT_TRANSLATE_NOOP("Validation", "This field must be filled in."))
            return
        raw = self.values[name]
        if optional and (raw is None or (isinstance(raw, str) and not raw.strip())):
            self.clean[name] = None
            return
        try:
            if isinstance(raw, str):
                checked_text(raw.strip(), name)
            value = fn(raw, *args, **kwargs)
            self.clean[name] = checked_text(value, name) if isinstance(value, str) else value
        except FieldProblem as problem:
            self.errors.append(FieldError(name, problem.message, problem.params))

    def copy(self, *names: str) -> None:
        """Take free text as it is, trimmed; empty text becomes None. The text rule still applies."""
        for name in names:
            if name in self.values:
                value = self.values[name]
                if isinstance(value, str):
                    try:
                        value = checked_text(value.strip(), name) or None
                    except FieldProblem as problem:
                        self.errors.append(FieldError(name, problem.message, problem.params))
                        continue
                elif isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_INTEGER:
                    # SQLite cannot hold it (nor look it up): an id or number no record can have
                    self.fail(name, QT_TRANSLATE_NOOP("Validation", "{value} is too large: the largest allowed is "
                                                                    "{high}."), value=_shown(value), high=MAX_INTEGER)
                    continue
                self.clean[name] = value

    def fail(self, field_name: str, message: str, /, **params) -> None:
        # field_name is positional-only: a message may well have a {name} of its own.
        self.errors.append(FieldError(field_name, message, params))

    def done(self) -> dict:
        if self.errors:
            raise ValidationError(self.errors)
        return self.clean

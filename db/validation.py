"""Validators for what a consultant types; each returns a cleaned value or raises FieldProblem."""

from __future__ import annotations

import datetime as dt
import re

from db.errors import QT_TRANSLATE_NOOP
from db.errors import FieldError, ValidationError

CVR_WEIGHTS = (2, 7, 6, 5, 4, 3, 2, 1)
MAX_HOURS = 37.0


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
    try:
        number = int(str(value).strip())
    except ValueError:
        raise FieldProblem(QT_TRANSLATE_NOOP("Validation", "\"{value}\" is not a whole number."), value=value) from None
    if (low is not None and number < low) or (high is not None and number > high):
        raise FieldProblem(QT_TRANSLATE_NOOP("Validation", "{value} is outside the allowed range {low}–{high}."),
                           value=number, low=low if low is not None else "", high=high if high is not None else "")
    return number


def one_of(value, allowed) -> str:
    if value not in allowed:
        raise FieldProblem(QT_TRANSLATE_NOOP("Validation", "\"{value}\" is not a known value."), value=value)
    return value


def required_text(value) -> str:
    text = (value or "").strip() if isinstance(value, str) or value is None else str(value)
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
        """Validate values[name] with fn; empty optional values become None."""
        if name not in self.values:
            return
        raw = self.values[name]
        if optional and (raw is None or (isinstance(raw, str) and not raw.strip())):
            self.clean[name] = None
            return
        try:
            self.clean[name] = fn(raw, *args, **kwargs)
        except FieldProblem as problem:
            self.errors.append(FieldError(name, problem.message, problem.params))

    def copy(self, *names: str) -> None:
        for name in names:
            if name in self.values:
                value = self.values[name]
                self.clean[name] = value.strip() or None if isinstance(value, str) else value

    def fail(self, name: str, message: str, **params) -> None:
        self.errors.append(FieldError(name, message, params))

    def done(self) -> dict:
        if self.errors:
            raise ValidationError(self.errors)
        return self.clean

"""The English UI writes numbers and dates the English way (en_GB), the Danish UI the Danish way; a date
shown in either is read back by the store's validation."""

from __future__ import annotations

from db import validation
from ui import labels
from ui.services import match_text
from ui.widgets.fields import DateLine


def test_english_numbers_and_dates(english, qtbot):
    assert labels.date("2026-11-23") == "23/11/2026"
    assert labels.datetime("2026-11-23T09:05") == "23/11/2026 09:05"
    assert labels.number(1234.5, 1) == "1,234.5" and labels.hours(37.5) == "37.5"
    assert match_text.decimal() == "."
    field = DateLine()
    qtbot.addWidget(field)
    assert field.edit.placeholderText() == "dd/mm/yyyy"
    field.set_value("2026-11-23")
    assert field.value() == "23/11/2026" and validation.date(field.value()) == "2026-11-23"


def test_danish_numbers_and_dates(danish, qtbot):
    assert labels.date("2026-11-23") == "23-11-2026"
    assert labels.number(1234.5, 1) == "1.234,5" and labels.hours(37.5) == "37,5"
    assert match_text.decimal() == ","
    field = DateLine()
    qtbot.addWidget(field)
    assert field.edit.placeholderText() == "dd-mm-åååå"
    field.set_value("2026-11-23")
    assert field.value() == "23-11-2026" and validation.date(field.value()) == "2026-11-23"

"""Matching headings to fields, saved mappings, and reading single cells (dates, yes/no, lists, formulas)."""

from __future__ import annotations

import datetime as dt

import pytest

from db.importing import cells, columns
from db.importing.columns import column_letter, guess, match, normalise
from db.validation import FieldProblem
from db.validation import date as valid_date
from reports.export import neutralise


@pytest.mark.parametrize("heading, kind, key", [
    ("CVR", "companies", "cvr"), ("CVR-nr.", "companies", "cvr"), ("cvr nummer", "companies", "cvr"),
    ("Postnr", "companies", "postcode"), ("Post nr.", "companies", "postcode"), ("Zip code", "companies", "postcode"),
    ("Kompetencer", "candidates", "skills"), ("Skills", "candidates", "skills"), ("Kørekort", "candidates", "licences"),
    ("Ønskede stillinger", "candidates", "occupations"), ("Fødselsaar", "candidates", "birth_year"),
    ("Sags-id", "candidates", "external_id"), ("E-mail", "contacts", "email"), ("Email", "contacts", "email"),
    ("CVR-nr.", "needs", "company_cvr"), ("Company", "needs", "company_name"), ("Ansøgningsfrist", "needs", "deadline"), ("Resume", "contact-log", "summary"),
    ("Resumé", "contact-log", "summary"), ("Dato", "contact-log", "at"), ("Virksomhedsnavn", "companies", "name"),
])
def test_headings_in_danish_and_english(heading, kind, key):
    assert guess(heading, kind) == key


def test_aliases_are_unambiguous_within_a_kind():
    for kind in columns.KINDS:
        seen: dict[str, str] = {}
        for field in columns.fields(kind):
            for name in (field.key, field.header, *field.aliases):
                owner = seen.setdefault(normalise(name), field.key)
                assert owner == field.key, (kind, name, owner, field.key)


def test_unknown_missing_and_doubled_columns():
    mapping = match(["Navn", "Farve", "Telefon", "Tlf", "CPR-nr."], "candidates")
    assert mapping.fields == ["name", None, "phone", "phone", None]
    errors, notes = columns.problems(mapping)
    assert errors == []
    texts = [m.format(**p) for m, p in notes]
    assert 'Column "Farve" is not used.' in texts
    assert any("Tlf" in t and "already gives" in t for t in texts)
    assert any("CPR" in t and "no CPR numbers" in t for t in texts)
    errors, _ = columns.problems(match(["Telefon", "Noter"], "companies"))
    assert [m.format(**p) for m, p in errors] == ['The required column "Navn" is missing.']


def test_first_and_last_name_stand_in_for_the_name():
    errors, _ = columns.problems(match(["Fornavn", "Efternavn"], "candidates"))
    assert errors == []


def test_saved_mapping_wins_and_round_trips(tmp_path):
    mapping = match(["Firma", "Ting"], "companies")
    mapping.fields[1] = "notes"
    path = tmp_path / "mapping.json"
    columns.save_mapping(mapping, path)
    saved = columns.load_mapping(path)
    again = match(["Firma", "Ting", "Telefon"], "companies", saved)
    assert again.fields == ["name", "notes", "phone"]
    other_kind = match(["Firma", "Ting"], "candidates", saved)  # a mapping for another kind is not applied
    assert other_kind.fields[1] is None


def test_a_broken_mapping_file_is_refused(tmp_path):
    path = tmp_path / "m.json"
    path.write_text("[1, 2]")
    with pytest.raises(ValueError):
        columns.load_mapping(path)


def test_column_letters():
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == ["A", "Z", "AA", "AB", "ZZ", "AAA"]


@pytest.mark.parametrize("value", ["24-12-2026", "24.12.2026", "2026-12-24", "46380", 46380, 46380.0,
                                   dt.datetime(2026, 12, 24), dt.date(2026, 12, 24)])
def test_dates_in_every_accepted_form(value):
    assert valid_date(cells.date(value)) == "2026-12-24"


@pytest.mark.parametrize("value", ["31-02-2026", "2026", "24/12", "i morgen"])
def test_impossible_dates_are_refused(value):
    with pytest.raises(FieldProblem):
        valid_date(cells.date(value))


def test_excel_serial_date_with_time():
    assert cells.datetime("46380,5") == dt.datetime(2026, 12, 24, 12, 0)
    assert cells.datetime(46380.25) == dt.datetime(2026, 12, 24, 6, 0)


@pytest.mark.parametrize("value, expected", [("Ja", 1), ("nej", 0), ("X", 1), ("yes", 1), (True, 1), (0, 0), ("0", 0)])
def test_yes_no(value, expected):
    assert cells.yes_no(value) == expected


def test_yes_no_refuses_anything_else():
    with pytest.raises(cells.CellProblem) as caught:
        cells.yes_no("måske")
    assert caught.value.context == "Import"


@pytest.mark.parametrize("value, expected", [
    ("Truck; Kasse", ["Truck", "Kasse"]), ("Truck, Kasse", ["Truck", "Kasse"]),
    ("Pleje, personlig; Kasse", ["Pleje, personlig", "Kasse"]), ("A;; B ;", ["A", "B"]), ("A\nB", ["A", "B"])])
def test_lists_split_on_semicolons_else_commas(value, expected):
    assert cells.split_list(value) == expected


@pytest.mark.parametrize("labels", [["Truck, A og B"], ["A", "B, C"], ["Én"], []])
def test_joined_lists_split_back(labels):
    assert cells.split_list(cells.join_list(labels)) == labels


@pytest.mark.parametrize("value, expected", [("1", "1"), ("0", "1"), ("7", "2-9"), ("10-19", "10-49"),
                                             ("50-99", "50-249"), ("1.000+", "250+"), ("250+", "250+"), ("mange", "mange")])
def test_size_bands(value, expected):
    assert cells.size_band(value) == expected


def test_postcodes_keep_their_leading_zero():
    assert cells.postcode(800) == "0800"
    assert cells.postcode("800") == "0800"
    assert cells.postcode("7100") == "7100"


@pytest.mark.parametrize("text", ["=1+2", "=HYPERLINK(\"http://x\")", "@SUM(A1)", "+cmd|' /C calc'!A0", "-2+3+cmd|x"])
def test_formulas_are_recognised_in_text(text):
    assert cells.is_formula(text, text_file=True)


@pytest.mark.parametrize("text", ["+45 12 34 56 78", "- se noter (fra Jens)", "-", "Kasse", "@home", "Truck (B)"])
def test_ordinary_text_is_no_formula(text):
    assert not cells.is_formula(text, text_file=True)


@pytest.mark.parametrize("text", ["=1+2", "+4512345678", "-5", "@x", "\tx", "'=x", "''+x", "'quoted'", "plain"])
def test_export_neutralising_and_import_unescaping_are_inverse(text):
    written = neutralise(text)
    assert written.lstrip("'")[:1] not in ("=", "+", "-", "@", "\t", "\r") or written.startswith("'")
    assert cells.unescape(written) == text


def test_words_for_codes():
    assert cells.enum("candidate_status", "I job") == "in_job"
    assert cells.enum("danish_level", "Godt dansk") == 2
    assert cells.enum("danish_level", "3") == 3
    assert cells.enum("need_status", "ukendt") == "ukendt"  # left for the validator to refuse
    assert cells.word("contact_kind", "visit") == "Besøg"

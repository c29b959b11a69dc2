"""The issue's bad input, each with a clear message naming row and column, and the store left unchanged."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.helpers import BAD_CVR, CVR_A, CVR_B, count, snapshot, write_csv, write_xlsx

from db import candidates, companies, importing
from ui.services import import_report


def attempt(db, path, kind="companies"):
    """Import like the CLI does: the messages a consultant would read, and whether the file went in."""
    try:
        plan = importing.run(db, path, kind, who="t")
    except importing.ReadError as exc:
        return [import_report.failure(exc)], False
    messages = [import_report.problem(p) for p in plan.errors]
    messages += [import_report.located(r, p) for r in plan.rows for p in r.errors]
    return messages, plan.ok


@pytest.fixture
def before(with_companies):
    store = with_companies[0]
    return store, snapshot(store)


def rejected(before, path, kind="companies") -> list[str]:
    store, snap = before
    messages, ok = attempt(store, path, kind)
    assert not ok and messages
    assert snapshot(store) == snap
    return messages


def test_empty_file(before, files):
    path = files / "empty.csv"
    path.write_bytes(b"")
    assert rejected(before, path) == ["The file is empty."]


def test_header_only(before, files):
    assert rejected(before, write_csv(files / "h.csv", [["CVR", "Navn"]])) == \
        ["The file has column headings but no rows."]


def test_only_unknown_columns(before, files):
    messages = rejected(before, write_csv(files / "u.csv", [["Farve", "Højde"], ["rød", "2"]]))
    assert messages == ['The required column "Navn" is missing.']


def test_unknown_columns_are_reported_and_left_out(with_companies, files):
    store = with_companies[0]
    path = write_csv(files / "u.csv", [["CVR", "Navn", "Farve"], ["15000805", "Fjordens Engros A/S", "rød"]])
    plan = importing.run(store, path, "companies", who="t")
    assert plan.ok
    assert [import_report.problem(p) for p in plan.notes] == ['Column "Farve" is not used.']
    assert "rød" not in str(snapshot(store)["companies"])


def test_missing_required_column(before, files):
    messages = rejected(before, write_csv(files / "m.csv", [["Stillingsbetegnelse", "Antal"], ["Kok", "1"]]), "needs")
    assert messages == ['The required column "CVR-nr." is missing.']


def test_duplicated_rows(before, files):
    path = write_csv(files / "d.csv", [["CVR", "Navn"], ["15000805", "Fjordens Engros A/S"], ["12345674", "Et firma"],
                                       ["15000805", "Fjordens Engros A/S"], ["1500 0805", "Fjordens Engros"]])
    messages = rejected(before, path)
    assert messages == ["Row 4: This row is the same as row 2.",
                        'Row 5: Column A "CVR": "15000805" also appears in row 2.']


def test_duplicated_external_ids(before, files):
    path = write_csv(files / "d.csv", [["Sags-id", "Navn"], ["S1", "Anna"], ["S1", "Bo"]])
    assert rejected(before, path, "candidates") == ['Row 3: Column A "Sags-id": "S1" also appears in row 2.']


def test_cvr_with_a_wrong_check_digit(before, files):
    messages = rejected(before, write_csv(files / "c.csv", [["Navn", "CVR-nr."], ["Forkert ApS", BAD_CVR]]))
    assert messages == [f'Row 2: Column B "CVR-nr.": CVR number {BAD_CVR} is not valid: the check digit is wrong.']


def test_need_with_a_wrong_company_cvr(before, files):
    path = write_csv(files / "n.csv", [["CVR-nr.", "Stillingsbetegnelse"], [BAD_CVR, "Kok"]])
    assert "check digit is wrong" in rejected(before, path, "needs")[0]


@pytest.mark.parametrize("written", ["24-12-2025", "24.12.2025", "2025-12-24", "46015", 46015,
                                     dt.datetime(2025, 12, 24)])
def test_accepted_date_forms(store, files, written):
    path = write_xlsx(files / "d.xlsx", [["Navn", "Ledig siden"], ["Anna", written]])
    plan = importing.run(store, path, "candidates", who="t")
    assert plan.ok, plan.rows[0].errors
    assert candidates.get(store, plan.rows[0].record_id)["unemployed_since"] == "2025-12-24"


def test_impossible_date(before, files):
    path = write_csv(files / "d.csv", [["Navn", "Ledig siden"], ["Anna", "31-02-2026"]])
    assert rejected(before, path, "candidates") == \
        ['Row 2: Column B "Ledig siden": "31-02-2026" is not a valid date (write it as dd-mm-yyyy).']


def test_a_50_mb_file(before, files):
    path = files / "big.csv"
    line = f"{CVR_A};Vejle Transport ApS;" + "x" * 100 + "\r\n"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("CVR;Navn;Noter\r\n" + line * (50 * 1024 * 1024 // len(line) + 1))
    messages = rejected(before, path)
    assert messages == ["The file is 50 MB; Jobbro imports files of up to 40 MB. Split it into smaller files."]


def test_binary_file_renamed_csv(before, files):
    path = files / "image.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    assert rejected(before, path) == ["The file is neither a CSV text file nor an Excel workbook (.xlsx)."]


def test_truncated_xlsx(before, files):
    whole = write_xlsx(files / "whole.xlsx", [["CVR", "Navn"]] + [[CVR_A, f"Firma {i}"] for i in range(300)])
    cut = files / "cut.xlsx"
    cut.write_bytes(whole.read_bytes()[:2000])
    assert rejected(before, cut)[0].startswith("The Excel file is damaged or incomplete")


def test_formulas_in_csv_cells(before, files):
    path = write_csv(files / "f.csv", [["CVR", "Navn", "Noter"], [CVR_A, "=HYPERLINK(\"http://x\",\"Klik\")", ""],
                                       [CVR_B, "Solbakken", "@SUM(A1:A9)"]])
    messages = rejected(before, path)
    assert messages[0].startswith('Row 2: Column B "Navn": The cell holds a formula (=HYPERLINK(')
    assert messages[1].startswith('Row 3: Column C "Noter": The cell holds a formula (@SUM(A1:A9))')


def test_formulas_in_workbook_cells(before, files):
    path = write_xlsx(files / "f.xlsx", [["CVR", "Navn"], [CVR_A, "=CONCATENATE(\"Vejle\",\" Transport\")"]])
    assert rejected(before, path)[0].startswith('Row 2: Column B "Navn": The cell holds a formula')


def test_windows_1252_danish_letters(with_companies, files):
    store = with_companies[0]
    path = files / "cp1252.csv"
    path.write_bytes("CVR;Navn;By;Noter\r\n15000805;Ærø Æbleplantage;Århus;Søren ønsker større hold\r\n"
                     .encode("cp1252"))
    plan = importing.run(store, path, "companies", who="t")
    assert plan.ok
    company = companies.get(store, companies.find_by_cvr(store, "15000805"))
    assert (company["name"], company["town"], company["notes"]) == \
        ("Ærø Æbleplantage", "Århus", "Søren ønsker større hold")


def test_cpr_numbers_are_not_stored(before, files):
    path = write_csv(files / "cpr.csv", [["Sags-id", "Navn", "CPR"], ["0101901234", "Anna", "010190-1234"]])
    messages = rejected(before, path, "candidates")
    assert messages == ['Row 2: Column A "Sags-id": "010190-****" looks like a CPR number. Jobbro stores no CPR '
                        "numbers: use the case system's own id."]


def test_values_beyond_the_headings(before, files):
    path = files / "shifted.csv"
    path.write_text(f"CVR;Navn\r\n{CVR_A};Vejle Transport; ApS\r\n", encoding="utf-8")
    assert rejected(before, path) == ["Row 2: The row has values to the right of the last column heading."]


def test_the_store_is_unchanged_after_every_rejection(before):
    store, snap = before
    assert count(store, "companies") == 2 and snapshot(store) == snap

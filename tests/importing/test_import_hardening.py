"""Bad input from the issue that crashed an import or went in wrong: each now a clear message, nothing written."""

from __future__ import annotations

import re
import zipfile

import pytest
from tests.helpers import CVR_A, CVR_B, write_csv, write_xlsx
from test_import_bad_input import rejected

from db import importing
from db.importing import reading
from tests.helpers import snapshot


@pytest.fixture
def before(with_companies):
    store = with_companies[0]
    return store, snapshot(store)


@pytest.mark.parametrize("kind, rows, column", [
    ("companies", [["CVR", "Navn", "Noter"], ["15000805", "", "tom"]], "Navn"),
    ("candidates", [["Sags-id", "Navn", "Telefon"], ["S-1", " ", "12345678"]], "Navn"),
    ("needs", [["CVR", "Titel", "Noter"], [CVR_A, "", "x"]], None),
    ("contacts", [["CVR", "Navn", "Rolle"], [CVR_A, "", "HR"]], None),
    ("contact-log", [["CVR", "Tidspunkt", "Type"], [CVR_A, "", "besøg"]], None),
])
def test_an_empty_required_cell_is_a_row_error(before, files, kind, rows, column):
    messages = rejected(before, write_csv(files / "r.csv", rows), kind)
    assert any(m.startswith("Row 2:") and "must be filled in" in m for m in messages), messages


def test_utf8_with_one_stray_windows_byte_is_refused_naming_the_line(before, files):
    path = files / "mixed.csv"
    path.write_bytes(b"CVR;Navn\r\n" + f"{CVR_A};Søgård ApS\r\n".encode() +
                     f"{CVR_B};Bj".encode() + b"\xf8rn ApS\r\n")
    assert rejected(before, path) == ["Line 3 is not in the same text encoding as the rest of the file (UTF-8). "
                                      "Save the file as UTF-8 again, or correct that line."]


def test_an_unclosed_quote_is_reported_not_swallowing_rows(before, files):
    path = files / "quote.csv"
    path.write_text(f'CVR;Navn;By\r\n{CVR_A};"Vejle Transport;Vejle\r\n{CVR_B};Solbakken;Vejle\r\n'
                    f'15000805;Fjorden;Vejle\r\n', encoding="utf-8")
    messages = rejected(before, path)
    assert messages == ['Row 2 has a quote (") that is not closed, so the rows after it would be read as one cell. '
                        "Correct the quotes in that row and try again."]


def test_a_quoted_line_break_in_a_note_is_still_fine(with_companies, files):
    path = write_csv(files / "ok.csv", [["CVR", "Navn", "Noter"], ["15000805", "Fjorden", "linje 1\nlinje 2"]])
    assert importing.run(with_companies[0], path, "companies", who="t").ok


@pytest.mark.parametrize("cell", [" =HYPERLINK(\"http://x\",\"Klik\")", "\t=1+1", "  @SUM(A1:A2)"])
def test_a_formula_after_leading_blanks_is_still_a_formula(before, files, cell):
    messages = rejected(before, write_csv(files / "f.csv", [["CVR", "Navn", "Noter"], [CVR_A, "Firma", cell]]))
    assert "holds a formula" in messages[0]


@pytest.mark.parametrize("cell", ["Vejle\x00Transport", "Vejle\x1bTransport"])
def test_control_characters_in_a_cell_are_refused(before, files, cell):
    messages = rejected(before, write_csv(files / "c.csv", [["CVR", "Navn"], [CVR_A, cell]]))
    assert 'Column B "Navn"' in messages[0] and "control character" in messages[0]


@pytest.mark.parametrize("column, kind", [("Noter", "companies"), ("Navn", "candidates"), ("Noter", "candidates")])
def test_a_cpr_number_in_any_free_text_cell_is_refused(before, files, column, kind):
    rows = [["CVR" if kind == "companies" else "Telefon", "Navn", "Noter"],
            [CVR_A if kind == "companies" else "12345678", "Firma", "ok"]]
    rows[1][rows[0].index(column)] = "Ring 010190-1234"
    messages = rejected(before, write_csv(files / "cpr.csv", rows), kind)
    assert any("looks like a CPR number" in m and f'"{column}"' in m for m in messages), messages


def test_a_jobbro_id_beyond_64_bits_is_a_row_error(before, files):
    path = write_csv(files / "id.csv", [["Jobbro-id", "CVR", "Navn"], ["99999999999999999999", CVR_A, "Vejle"]])
    messages = rejected(before, path)
    assert "too large" in messages[0] and messages[0].startswith("Row 2:")


def test_a_skill_list_with_a_huge_number_is_a_free_entry_not_a_crash(with_companies, files):
    path = write_csv(files / "s.csv", [["Navn", "Kompetencer"], ["Ane", "99999999999999999999; Truck"]])
    plan = importing.run(with_companies[0], path, "candidates", who="t", dry_run=True)
    assert plan.ok


def test_a_cell_beyond_the_field_limit_has_one_message(before, files):
    path = files / "long.csv"
    path.write_text(f"CVR;Navn;Noter\r\n{CVR_A};Vejle;\"{'x' * 200_000}\"\r\n", encoding="utf-8")
    assert rejected(before, path) == [f"Row 2 of long.csv has a cell longer than {reading.FIELD_LIMIT} characters. "
                                      "The file is damaged, or a quote (\") is not closed."]


def _xlsx_with(files, name, sheet_edit):
    plain = write_xlsx(files / "plain.xlsx", [["CVR", "Navn"], [CVR_A, "Vejle Transport ApS"]])
    out = files / name
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = sheet_edit(data)
            dst.writestr(item, data)
    return out


def test_a_sheet_that_claims_to_be_enormous_is_read_by_what_it_holds(with_companies, files, monkeypatch):
    def lie(sheet: bytes) -> bytes:
        changed = re.sub(rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:XFD1048576"/>', sheet)
        assert changed != sheet
        return changed

    path = _xlsx_with(files, "liar.xlsx", lie)
    seen = []
    real_cell = reading._cell
    monkeypatch.setattr(reading, "_cell", lambda cell: seen.append(1) or real_cell(cell))
    table = importing.read_table(path)
    assert table.headers == ["CVR", "Navn"] and len(table.rows) == 1
    assert len(seen) == 4  # the four cells it holds, not the million rows it claims


def test_a_workbook_that_unpacks_too_big_is_refused_before_reading(before, files):
    filler = b"<!--" + b" " * (reading.MAX_UNPACKED_BYTES + 1) + b"-->"
    path = _xlsx_with(files, "bomb.xlsx", lambda d: d.replace(b"<sheetData>", filler + b"<sheetData>", 1))
    assert path.stat().st_size < 2 * 1024 * 1024  # small on disk
    messages = rejected(before, path)
    assert messages[0].startswith("The workbook unpacks to") and "Split it into smaller files." in messages[0]


def test_a_workbook_with_too_many_cells_is_refused(before, files, monkeypatch):
    monkeypatch.setattr(reading, "MAX_CELLS", 50)
    path = write_xlsx(files / "many.xlsx", [["CVR", "Navn", "Noter"]] + [[CVR_A, f"F{i}", "n"] for i in range(30)])
    assert rejected(before, path) == ["The workbook has more than 50 cells. Split it into smaller files."]


def test_a_mapping_for_another_kind_or_with_unknown_fields_is_explained():
    from db.importing import columns

    assert columns.saved_problem({"kind": "needs", "columns": {}}, "companies")[1] == \
        {"saved": "needs", "kind": "companies"}
    assert columns.saved_problem({"kind": "companies", "columns": {"A": "farve", "B": "name"}}, "companies")[1] == \
        {"kind": "companies", "fields": "farve"}
    assert columns.saved_problem({"kind": "companies", "columns": {"A": "Navn", "B": None}}, "companies") is None


def test_a_mapping_saved_with_a_byte_order_mark_loads(files):
    path = files / "m.json"
    path.write_bytes(b'\xef\xbb\xbf{"kind": "companies", "columns": {"Firma": "name"}}')
    assert importing.load_mapping(path)["columns"] == {"Firma": "name"}


def test_the_csv_field_limit_is_the_same_for_app_and_command_line():
    import csv

    import ui.cli.vocabulary  # noqa: F401 - the command line's importers used to raise it on import

    assert csv.field_size_limit() == reading.FIELD_LIMIT == 131072

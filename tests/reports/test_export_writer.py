"""The export writer: Danish CSV conventions, workbooks, formula neutralising and whole-file writes."""

from __future__ import annotations

import datetime as dt

import pytest

from reports import export

ROWS = [[1, "=SUM(A1:A3)", 37.5, 37.0, dt.date(2026, 12, 24), dt.datetime(2026, 1, 5, 10, 30), None, "+4512345678"],
        [2, "Ærø; \"citat\"\nny linje", 0.25, 12, None, None, "@x", "\tfane"]]
HEADERS = ["Id", "Navn", "Timer", "Antal", "Dato", "Tidspunkt", "Tom", "Telefon"]


def test_csv_for_danish_excel(tmp_path):
    path = tmp_path / "out.csv"
    assert export.write(path, HEADERS, ROWS) == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[0] == "Id;Navn;Timer;Antal;Dato;Tidspunkt;Tom;Telefon"
    assert lines[1] == "1;'=SUM(A1:A3);37,5;37;24-12-2026;05-01-2026 10:30;;'+4512345678"
    assert lines[2] == "2;\"Ærø; \"\"citat\"\"\nny linje\";0,25;12;;;'@x;'\tfane"


def test_workbook_cells(tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "out.xlsx"
    export.write(path, HEADERS, ROWS, sheet="kandidater")
    book = load_workbook(path)
    sheet = book["kandidater"]
    assert [c.value for c in sheet[1]] == HEADERS and sheet[1][0].font.bold
    first = [c.value for c in sheet[2]]
    assert first[:4] == [1, "'=SUM(A1:A3)", 37.5, 37]
    assert first[4] == dt.datetime(2026, 12, 24) and sheet.cell(2, 5).number_format == "DD-MM-YYYY"
    assert first[5] == dt.datetime(2026, 1, 5, 10, 30) and sheet.cell(2, 6).number_format == "DD-MM-YYYY HH:MM"
    assert first[7] == "'+4512345678"
    assert not any(c.data_type == "f" for row in sheet.iter_rows() for c in row)
    assert sheet.freeze_panes == "A2"


def test_control_characters_do_not_break_a_workbook(tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "ctl.xlsx"
    export.write(path, ["Noter"], [["bip\x07 bop\x0b"]])
    assert load_workbook(path).active["A2"].value == "bip bop"


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_a_failed_export_leaves_the_earlier_file(tmp_path, suffix):
    path = tmp_path / f"out.{suffix}"
    path.write_bytes(b"earlier")

    def rows():
        yield [1, "a"]
        raise RuntimeError("store went away")

    with pytest.raises(RuntimeError):
        export.write(path, ["Id", "Navn"], rows())
    assert path.read_bytes() == b"earlier"
    assert [p.name for p in tmp_path.iterdir()] == [f"out.{suffix}"]


@pytest.mark.parametrize("text, expected", [("=1", "'=1"), ("+45", "'+45"), ("-", "'-"), ("@a", "'@a"),
                                            ("\rx", "'\rx"), ("'=1", "''=1"), ("a=1", "a=1"), ("", "")])
def test_neutralise(text, expected):
    assert export.neutralise(text) == expected

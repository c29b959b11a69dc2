"""Reading files: encodings and delimiters Danish Excel writes, workbooks, and files that are not lists."""

from __future__ import annotations

import codecs
import datetime as dt
import zipfile

import pytest
from tests.helpers import write_csv, write_xlsx

from db.importing import reading
from db.importing.reading import Formula, ReadError, read_table

ROWS = [["Navn", "By", "Noter"], ["Ærø Æbler", "Århus", "god, stor"], ["Øster Smed", "Vejle", ""]]


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_delimiters_and_encodings(files, delimiter, encoding):
    path = write_csv(files / "list.csv", ROWS, delimiter=delimiter, encoding=encoding)
    table = read_table(path)
    assert table.headers == ["Navn", "By", "Noter"]
    assert table.rows == [["Ærø Æbler", "Århus", "god, stor"], ["Øster Smed", "Vejle", ""]]
    assert table.delimiter == delimiter
    assert table.numbers == [2, 3]


def test_windows_1252_is_recognised(files):
    path = files / "cp.csv"
    path.write_bytes("Navn;By\r\nSøren Ærø;Højbjerg\r\n".encode("cp1252"))
    table = read_table(path)
    assert table.encoding == "cp1252"
    assert table.rows == [["Søren Ærø", "Højbjerg"]]


def test_excel_sep_hint_and_blank_rows(files):
    path = files / "hint.csv"
    path.write_text("sep=,\nNavn,By\n\nAnna,Vejle\n,\nBo,Kolding\n", encoding="utf-8")
    table = read_table(path)
    assert table.delimiter == ","
    assert table.rows == [["Anna", "Vejle"], ["Bo", "Kolding"]]
    assert table.numbers == [3, 5]  # the rows the spreadsheet shows, blank ones counted


def test_quoted_cells_keep_delimiters_and_line_breaks(files):
    path = write_csv(files / "q.csv", [["Navn", "Noter"], ["A; B", "linje 1\nlinje 2"], ["C", "x"]])
    table = read_table(path)
    assert table.rows[0] == ["A; B", "linje 1\nlinje 2"]
    assert table.numbers == [2, 3]


def test_empty_file(files):
    path = files / "empty.csv"
    path.write_bytes(b"")
    with pytest.raises(ReadError) as caught:
        read_table(path)
    assert caught.value.message == "The file is empty."


def test_only_a_byte_order_mark_and_blank_lines_is_empty(files):
    path = files / "bom.csv"
    path.write_bytes(codecs.BOM_UTF8 + b"\r\n \r\n")
    with pytest.raises(ReadError, match="empty"):
        read_table(path)


def test_binary_file_renamed_csv(files):
    path = files / "picture.csv"
    path.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(ReadError) as caught:
        read_table(path)
    assert "neither a CSV text file nor an Excel workbook" in str(caught.value)


def test_old_excel_format_is_named(files):
    path = files / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(ReadError, match=r"\.xls"):
        read_table(path)


def test_xlsx_values_types_and_formulas(files):
    path = write_xlsx(files / "book.xlsx", [["Navn", "Fødselsår", "Ledig siden", "Noter"],
                                            ["Anna", 1980, dt.datetime(2026, 1, 5), "=1+2"],
                                            [None, None, None, None],
                                            ["Bo", 1975.0, None, "ok"]])
    table = read_table(path)
    assert table.format == "xlsx"
    assert table.headers == ["Navn", "Fødselsår", "Ledig siden", "Noter"]
    assert table.rows[0][:3] == ["Anna", 1980, dt.datetime(2026, 1, 5)]
    assert isinstance(table.rows[0][3], Formula)
    assert table.numbers == [2, 4]


def test_xlsx_renamed_csv_is_read_as_a_workbook(files):
    source = write_xlsx(files / "book.xlsx", [["Navn"], ["Anna"]])
    renamed = files / "book.csv"
    renamed.write_bytes(source.read_bytes())
    assert read_table(renamed).rows == [["Anna"]]


def test_truncated_xlsx(files):
    source = write_xlsx(files / "book.xlsx", [["Navn", "By"]] + [[f"Firma {i}", "Vejle"] for i in range(500)])
    cut = files / "cut.xlsx"
    cut.write_bytes(source.read_bytes()[: source.stat().st_size // 2])
    with pytest.raises(ReadError) as caught:
        read_table(cut)
    assert "damaged or incomplete" in str(caught.value)


def test_xlsx_with_a_damaged_sheet(files):
    source = write_xlsx(files / "book.xlsx", [["Navn"], ["Anna"]])
    broken = files / "broken.xlsx"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(broken, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                data = data[: len(data) // 2]
            zout.writestr(item, data)
    with pytest.raises(ReadError, match="damaged or incomplete"):
        read_table(broken)


def test_a_50_mb_file_gets_a_clear_message(files):
    path = files / "big.csv"
    line = "Navn;By;Noter\r\n" + "Firma;Vejle;" + "x" * 200 + "\r\n"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(line * (50 * 1024 * 1024 // len(line) + 1))
    assert path.stat().st_size >= 50 * 1024 * 1024
    with pytest.raises(ReadError) as caught:
        read_table(path)
    assert "Split it into smaller files" in str(caught.value)
    assert caught.value.params["limit"] == reading.MAX_BYTES // 1024 // 1024


def test_too_many_rows(files, monkeypatch):
    monkeypatch.setattr(reading, "MAX_ROWS", 10)
    path = write_csv(files / "rows.csv", [["Navn"]] + [[f"n{i}"] for i in range(11)])
    with pytest.raises(ReadError, match="more than 10 rows"):
        read_table(path)


def test_cancel_while_reading(files):
    path = write_csv(files / "many.csv", [["Navn"]] + [[f"n{i}"] for i in range(reading.CANCEL_EVERY + 5)])

    def cancel():
        raise reading.Cancelled()

    with pytest.raises(reading.Cancelled):
        read_table(path, cancel)


def test_missing_file(files):
    with pytest.raises(ReadError, match="could not be read"):
        read_table(files / "nope.csv")

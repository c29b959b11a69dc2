"""The command line's answers to the issue's bad input: a sentence on stderr and exit 2, never a traceback."""

from __future__ import annotations

import json
import sqlite3

import pytest

import main
from db import companies
from db.store import open_store

CVR = "13748136"


def jobbro(capsys, *args) -> tuple[int, str, str]:
    try:
        code = main.main(["--lang", "en", *args])
    except SystemExit as exc:  # argparse's own usage errors
        code = exc.code
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


@pytest.fixture
def made(store_path):
    open_store(store_path).close()
    return str(store_path)


def test_a_write_on_a_store_held_by_another_program_says_busy(made, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("db.store.BUSY_TIMEOUT_MS", 50)
    data = tmp_path / "c.csv"
    data.write_text(f"CVR;Navn\n{CVR};Firma\n", encoding="utf-8")
    holder = sqlite3.connect(made, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program writing: readers go on, writers wait
    try:
        code, _, err = jobbro(capsys, "import", "companies", str(data), "--db", made)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 2
    assert err.strip() == "The store is busy in another window or program. Try again in a moment."


def test_damage_met_in_the_middle_of_a_command_is_reported_as_damage(store_path, tmp_path, capsys):
    db = open_store(store_path)
    for i in range(600):
        companies.add(db, who="t", name=f"Firma {i}", notes="n" * 300)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(store_path.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    conn = sqlite3.connect(store_path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'companies'").fetchone()[0]
    # a leaf page of the companies table that is neither its first nor its last
    leaves = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = 'companies' AND pagetype = 'leaf' "
                                         "ORDER BY path")]
    conn.close()
    assert root and len(leaves) > 4
    middle = leaves[len(leaves) // 2]
    data[(middle - 1) * size:(middle) * size] = bytes((i * 13 + 5) % 256 for i in range(size))
    store_path.write_bytes(bytes(data))
    code, _, err = jobbro(capsys, "export", "companies", "--db", str(store_path), "--out", str(tmp_path / "x.csv"))
    assert code == 2 and "is damaged" in err and "backup" in err


@pytest.mark.parametrize("args", [["match", "--need", "99999999999999999999"],
                                  ["match", "--candidate", "0"],
                                  ["match", "--need", "1", "--top", "0"],
                                  ["match", "--need", "1", "--top", "-3"],
                                  ["shortlist", "--need", "-99999999999999999999", "--out", "x.pdf"],
                                  ["skills", "excel", "--top", "0"]])
def test_ids_and_counts_out_of_range_are_usage_errors(made, capsys, args):
    code, _, err = jobbro(capsys, args[0], "--db", made, *args[1:])
    assert code == 2
    assert "too large" in err or "too small" in err


def test_a_batch_file_with_a_byte_that_is_not_utf8_stops_before_the_first_answer(made, tmp_path, capsys):
    queries = tmp_path / "q.txt"
    queries.write_bytes("truckfører\n".encode() + b"k\xf8kken\n")
    code, out, err = jobbro(capsys, "occupations", "--db", made, "--batch", str(queries))
    assert (code, out) == (2, "")
    assert err.strip() == f"Line 2 of {queries} is not UTF-8 text. Save the file as UTF-8 and try again."


def test_export_to_a_folder_names_the_problem(made, tmp_path, capsys):
    code, _, err = jobbro(capsys, "export", "companies", "--db", made, "--out", str(tmp_path))
    assert code == 2 and "it is a folder" in err
    code, _, err = jobbro(capsys, "export", "companies", "--db", made, "--out", str(tmp_path / "nope" / "x.csv"))
    assert code == 2 and "does not exist" in err


def test_reading_commands_never_create_a_store(tmp_path, capsys):
    typo = tmp_path / "typo.sqlite"
    code, _, err = jobbro(capsys, "export", "companies", "--db", str(typo), "--out", str(tmp_path / "x.csv"))
    assert code == 2 and "does not exist" in err and not typo.exists()
    typo.write_bytes(b"")
    code, _, err = jobbro(capsys, "occupations", "--db", str(typo), "kok")
    assert code == 2 and "empty file" in err and typo.stat().st_size == 0


@pytest.mark.parametrize("mapping, expected", [
    ({"kind": "needs", "columns": {"Navn": "title"}}, "saved for importing needs, not companies"),
    ({"kind": "companies", "columns": {"Navn": "farve"}}, "names fields that companies do not have: farve"),
    ({"kind": "companies", "columns": {"Navn": ["name"]}}, "not a Jobbro column mapping"),
])
def test_a_mapping_that_cannot_be_used_says_why(made, tmp_path, capsys, mapping, expected):
    data = tmp_path / "c.csv"
    data.write_text(f"CVR;Navn\n{CVR};Firma\n", encoding="utf-8")
    path = tmp_path / "m.json"
    path.write_text(json.dumps(mapping), encoding="utf-8")
    code, _, err = jobbro(capsys, "import", "companies", str(data), "--db", made, "--mapping", str(path))
    assert code == 2 and expected in err


def test_a_mapping_with_a_byte_order_mark_is_used(made, tmp_path, capsys):
    data = tmp_path / "c.csv"
    data.write_text(f"CVR;Firma\n{CVR};Firma ApS\n", encoding="utf-8")
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"kind": "companies", "columns": {"Firma": "name"}}), encoding="utf-8-sig")
    code, out, _ = jobbro(capsys, "import", "companies", str(data), "--db", made, "--mapping", str(path))
    assert code == 0 and "1 new" in out


def test_a_semicolon_separated_postcode_file_is_read(made, tmp_path, capsys):
    path = tmp_path / "postnumre.csv"
    path.write_text("postnr;bynavn;lat;lon;kommunekode\n7500;Holstebro;56,36;8,61;0661\n", encoding="utf-8")
    code, out, _ = jobbro(capsys, "import-postcodes", "--db", made, str(path))
    assert code == 0 and "Imported 1 postcodes" in out


def test_an_esco_file_without_usable_rows_exits_2(made, tmp_path, capsys):
    path = tmp_path / "skills_da.csv"
    path.write_text("conceptUri,preferredLabel\n,\n", encoding="utf-8")
    code, _, err = jobbro(capsys, "import-esco", "--db", made, str(path))
    assert code == 2 and "skills_da.csv has no usable rows" in err


@pytest.mark.parametrize("args", [
    ["shortlist", "--need", "1", "--out", "a\x00b.pdf"],
    ["export", "companies", "--out", "a\x00b.csv"],
    ["occupations", "--batch", "a\x00b"],
    ["import", "companies", "a\x00b"],
    ["import-postcodes", "a\x00b"],
])
def test_a_file_name_no_file_can_have_is_a_usage_error(made, capsys, args):
    code, _, err = jobbro(capsys, args[0], "--db", made, *args[1:])
    assert code == 2 and "is not a usable file name" in err


def test_read_table_refuses_a_name_with_a_nul(tmp_path):
    from db import importing

    with pytest.raises(importing.ReadError):
        importing.read_table(str(tmp_path / "a\x00b.csv"))

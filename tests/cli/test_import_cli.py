"""`jobbro import` and `jobbro export`: the per-row report, exit codes 0 and 2, dry runs, saved mappings."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import main
from tests.helpers import BAD_CVR, CVR_A, CVR_B, count, snapshot, write_csv

from db import importing
from db.store import open_store

ROOT = Path(__file__).resolve().parents[2]


def jobbro(*args: str) -> int:
    return main.main(["--lang", "en", *args])


def test_import_prints_each_row_and_exits_0(store_path, files, capsys):
    open_store(store_path).close()  # only the app's first start and `demo` create a store
    path = write_csv(files / "c.csv", [["CVR", "Navn", "Farve"], [CVR_A, "Vejle Transport ApS", "rød"],
                                       [CVR_B, "Solbakken", ""]])
    assert jobbro("import", "companies", str(path), "--db", str(store_path)) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == 'Column "Farve" is not used.'
    assert out[1:3] == ["Row 2: New – Vejle Transport ApS", "Row 3: New – Solbakken"]
    assert out[-1] == "The file went in: 2 new, 0 to update, 0 unchanged, 0 with errors."
    db = open_store(store_path)
    assert count(db, "companies") == 2
    db.close()
    assert jobbro("import", "companies", str(path), "--db", str(store_path)) == 0
    assert "Row 2: Unchanged – Vejle Transport ApS" in capsys.readouterr().out


def test_rejected_file_exits_2_and_changes_nothing(store_path, files, capsys):
    db = open_store(store_path)
    before = snapshot(db)
    db.close()
    path = write_csv(files / "bad.csv", [["CVR", "Navn"], [CVR_A, "Godt Firma"], [BAD_CVR, "Forkert ApS"]])
    assert jobbro("import", "companies", str(path), "--db", str(store_path)) == 2
    out = capsys.readouterr().out
    assert "Row 3: Error – Forkert ApS" in out
    assert f'    Column A "CVR": CVR number {BAD_CVR} is not valid: the check digit is wrong.' in out
    assert "The file was rejected. Nothing was written." in out
    db = open_store(store_path)
    assert snapshot(db) == before
    db.close()


def test_dry_run_writes_nothing(store_path, files, capsys):
    open_store(store_path).close()  # only the app's first start and `demo` create a store
    path = write_csv(files / "c.csv", [["CVR", "Navn"], [CVR_A, "Vejle Transport ApS"]])
    assert jobbro("import", "companies", str(path), "--db", str(store_path), "--dry-run") == 0
    assert "Dry run: nothing was written." in capsys.readouterr().out
    db = open_store(store_path)
    assert count(db, "companies") == 0
    db.close()


def test_unreadable_file_exits_2(store_path, files, capsys):
    open_store(store_path).close()  # only the app's first start and `demo` create a store
    path = files / "empty.csv"
    path.write_text("")
    assert jobbro("import", "candidates", str(path), "--db", str(store_path)) == 2
    assert "The file is empty." in capsys.readouterr().err


def test_saved_mapping(store_path, files, capsys):
    open_store(store_path).close()  # only the app's first start and `demo` create a store
    path = write_csv(files / "c.csv", [["Firma", "Kolonne 7"], ["Vejle Transport ApS", "Gode folk"]])
    mapping = files / "mapping.json"
    mapping.write_text(json.dumps({"kind": "companies", "columns": {"Firma": "name", "Kolonne 7": "notes"}}))
    assert jobbro("import", "companies", str(path), "--db", str(store_path), "--mapping", str(mapping)) == 0
    db = open_store(store_path)
    assert db.execute("SELECT name, notes FROM companies").fetchall() == [("Vejle Transport ApS", "Gode folk")]
    db.close()
    mapping.write_text("not json")
    assert jobbro("import", "companies", str(path), "--db", str(store_path), "--mapping", str(mapping)) == 2
    assert "cannot be used" in capsys.readouterr().err


def test_export_and_import_again(store_path, files, capsys):
    db = open_store(store_path)
    from db import companies

    companies.add(db, who="t", cvr=CVR_A, name="Vejle Transport ApS", notes="=2+2")
    db.close()
    for suffix in ("csv", "xlsx"):
        out = files / f"companies.{suffix}"
        assert jobbro("export", "companies", "--db", str(store_path), "--out", str(out)) == 0
        assert f"Wrote 1 rows to {out}." in capsys.readouterr().out
        assert jobbro("import", "companies", str(out), "--db", str(store_path)) == 0
        assert "0 new, 0 to update, 1 unchanged" in capsys.readouterr().out
    assert jobbro("export", "companies", "--db", str(store_path), "--out", str(files / "x.pdf")) == 2


def test_needs_a_store(files, capsys):
    path = write_csv(files / "c.csv", [["Navn"], ["A"]])
    assert jobbro("import", "companies", str(path)) == 2
    assert "--db FILE" in capsys.readouterr().err


def test_the_command_runs_without_a_display(store_path, files):
    open_store(store_path).close()  # only the app's first start and `demo` create a store
    """A real process, with no Qt platform configured: the import must not start the GUI."""
    path = write_csv(files / "c.csv", [["CVR", "Navn"], [CVR_A, "Vejle Transport ApS"]])
    env = {"PATH": "/usr/bin:/bin", "HOME": str(files), "XDG_CONFIG_HOME": str(files / "cfg")}
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", "en", "import", "companies", str(path),
                           "--db", str(store_path)], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Row 2: New – Vejle Transport ApS" in done.stdout
    assert len(importing.KINDS) == 6

"""Generated command lines for every command: a sentence and an exit code, never a traceback, and a command
that fails leaves the store as it was."""

from __future__ import annotations

import io

import pytest
from generated_helpers import NASTY_TEXT, examples, store_hash
from hypothesis import given
from hypothesis import strategies as st

import main
from db.store import open_store

COMMANDS = ["match", "occupations", "skills", "import-esco", "import-postcodes", "import", "export", "shortlist",
            "demo", "followups"]
OPTIONS = {
    "match": ["--need", "--candidate", "--needs", "--top", "--format", "--date", "--excluded", "--json"],
    "occupations": ["--top", "--json", "--batch"],
    "skills": ["--top", "--json", "--batch"],
    "import-esco": [],
    "import-postcodes": [],
    "import": ["--dry-run", "--mapping"],
    "export": ["--out"],
    "shortlist": ["--need", "--out", "--variant", "--top", "--job-centre", "--logo", "--consultant", "--date"],
    "demo": ["--seed", "--consultant", "--companies", "--candidates"],
    "followups": ["--ics", "--consultant"],
}
FLAGS = {"--excluded", "--json", "--dry-run"}


@pytest.fixture(scope="module")
def cli_world(module_store, tmp_path_factory):
    """The module's store (closed to the CLI's own connection) and files of every sort to name."""
    folder = tmp_path_factory.mktemp("cli")
    files = {
        "csv": folder / "companies.csv", "bad": folder / "bad.bin", "json": folder / "mapping.json",
        "folder": folder, "missing": folder / "missing.csv", "empty": folder / "empty.csv",
        "latin": folder / "latin.txt", "pdf": folder / "out.pdf", "xlsx": folder / "out.xlsx",
    }
    files["csv"].write_text("CVR;Navn;Noter\n13748136;Fast Firma ApS;opdateret\n;Ny;010190-1234\n", encoding="utf-8")
    files["bad"].write_bytes(bytes(range(256)) * 4)
    files["json"].write_text('{"kind": "needs", "columns": {"Navn": "farve"}}', encoding="utf-8")
    files["empty"].write_bytes(b"")
    files["latin"].write_bytes(b"kok\nsmed\n" + b"k\xf8kken\n")
    return str(module_store.conn.execute("PRAGMA database_list").fetchone()[2]), files


def _values(files):
    paths = [str(p) for p in files.values()]
    return st.one_of(st.sampled_from(NASTY_TEXT), st.sampled_from(paths), st.text(max_size=20),
                     st.integers(min_value=-(2**70), max_value=2**70).map(str),
                     st.sampled_from(["1", "2", "0", "-3", "all", "json", "jsonl", "text", "company", "internal",
                                      "2026-02-30", "2026-01-05", "companies", "needs", "-", "--", "-h"]))


@st.composite
def command_lines(draw, store, files):
    command = draw(st.sampled_from(COMMANDS))
    args = [command, "--db", store]
    if command == "import":
        args += [draw(st.sampled_from(["companies", "needs", "candidates", "contacts", "contact-log", "x"])),
                 draw(st.sampled_from([str(files["csv"]), str(files["bad"]), str(files["empty"]),
                                       str(files["missing"]), str(files["folder"])]))]
    elif command == "export":
        args += [draw(st.sampled_from(["companies", "needs", "x"]))]
    elif command in ("import-esco", "import-postcodes"):
        args += draw(st.lists(st.sampled_from([str(p) for p in files.values()]), min_size=1, max_size=2))
    elif command in ("occupations", "skills"):
        args += draw(st.lists(_values(files), max_size=1))
    chosen = draw(st.lists(st.sampled_from(OPTIONS[command]), max_size=3, unique=True)) if OPTIONS[command] else []
    for option in chosen:
        args.append(option)
        if option not in FLAGS:
            args.append(draw(_values(files)))
    return args


@examples(250)
@given(data=st.data())
def test_command_lines(cli_world, capsys, monkeypatch, data):
    store, files = cli_world
    argv = data.draw(command_lines(store, files))
    # A generated relative output name (--ics 69, --out NIL) lands in the test's folder, not the checkout.
    monkeypatch.chdir(files["folder"])
    # (demo is never given --force: it must refuse the store that has records, quickly, whatever else it gets)
    monkeypatch.setattr("sys.stdin", io.StringIO("kok\n"))
    db = open_store(store, create=False)
    before = store_hash(db)
    db.close()
    try:
        code = main.main(["--lang", "en", *argv])
    except SystemExit as exc:  # argparse's usage errors (and -h): its own message and exit code
        code = exc.code
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "did not expect" not in err, (argv, err)
    assert code in (0, 1, 2), (argv, code, err)
    if code:
        assert (err + out).strip(), argv  # a refusal says why (an import report goes to stdout)
        db = open_store(store, create=False)
        assert store_hash(db) == before, argv
        db.close()

"""`jobbro erase`, `jobbro person-export` and `jobbro retention` on real store files."""

from __future__ import annotations

import datetime as dt
import io
import json
import re

import pytest
from pypdf import PdfReader

import main
from db import candidates, companies, needs, read_audit, shortlists
from db.store import open_store

pytestmark = pytest.mark.usefixtures("qapp")

WHO = "Mette"
TODAY = dt.date.today()


def run(capsys, *args) -> tuple[int, str, str]:
    code = main.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def filled(store, store_path):
    company = companies.add(store, who=WHO, name="Vejle Lager A/S").id
    pid = candidates.add(store, who=WHO, name="Åse Ærø", phone="29417365", notes="Kører truck",
                         consent_date=(TODAY - dt.timedelta(days=3)).isoformat(), consent_scope="named_profile",
                         consent_by=WHO, skills=["Truckcertifikat"]).id
    nobody = candidates.add(store, who=WHO, name="Ingen Lister").id
    need = needs.add(store, who=WHO, company_id=company, title="Lagermedarbejder").id
    entry = shortlists.add(store, need, pid, who=WHO).id
    shortlists.set_status(store, entry, "sent", who=WHO)
    person = companies.add_person(store, company, who=WHO, name="Kim Kontakt").id
    read_audit.record(store, who="Anden", kind="view", table="candidates", ids=[pid])
    store.close()
    return store_path, {"candidate": pid, "nobody": nobody, "need": need, "person": person}


def test_erase_candidate_with_yes(filled, capsys):
    path, ids = filled
    code, out, err = run(capsys, "erase", "candidate", str(ids["candidate"]), "--db", str(path), "--yes")
    assert code == 0 and err == ""
    assert "1" in out
    db = open_store(path)
    assert db.execute("SELECT count(*) FROM candidates WHERE id = ?", [ids["candidate"]]).fetchone()[0] == 0
    assert db.execute("SELECT candidate_id, status FROM shortlist_entries").fetchall() == [(None, "sent")]
    db.close()
    assert b"\xc3\x85se" not in path.read_bytes()  # "Åse" in UTF-8


def test_erase_without_yes_and_without_terminal_refuses(filled, capsys, monkeypatch):
    path, ids = filled
    monkeypatch.setattr("sys.stdin", io.StringIO("ja\n"))  # not a terminal: never read
    code, out, err = run(capsys, "erase", "candidate", str(ids["candidate"]), "--db", str(path))
    assert code == 2 and "--yes" in err
    db = open_store(path)
    assert db.execute("SELECT count(*) FROM candidates").fetchone()[0] == 2
    db.close()


def test_erase_asks_on_a_terminal(filled, capsys, monkeypatch):
    path, ids = filled
    stdin = io.StringIO("ja\n")
    stdin.isatty = lambda: True
    monkeypatch.setattr("sys.stdin", stdin)
    code, _, _ = run(capsys, "erase", "contact-person", str(ids["person"]), "--db", str(path))
    assert code == 0
    db = open_store(path)
    assert db.execute("SELECT count(*) FROM contact_persons").fetchone()[0] == 0
    db.close()


@pytest.mark.parametrize("args", [["candidate", "999"], ["contact-person", "999"]])
def test_erase_someone_who_does_not_exist(filled, capsys, args):
    path, _ = filled
    code, out, err = run(capsys, "erase", *args, "--db", str(path), "--yes")
    assert code == 2 and "999" in err and "Traceback" not in err


def test_erase_on_a_missing_store(tmp_path, capsys):
    code, _, err = run(capsys, "erase", "candidate", "1", "--db", str(tmp_path / "none.sqlite"), "--yes")
    assert code == 2 and err.strip()
    assert not (tmp_path / "none.sqlite").exists()


def test_person_export_json_holds_everything_and_is_recorded(filled, capsys, tmp_path):
    path, ids = filled
    out = tmp_path / "person.json"
    code, stdout, err = run(capsys, "person-export", "--db", str(path), "--candidate", str(ids["candidate"]),
                            "--out", str(out))
    assert code == 0, err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["profile"]["name"] == "Åse Ærø" and data["profile"]["phone"] == "29417365"
    assert data["skills"] == ["Truckcertifikat"]
    assert data["consent"]["valid_today"] is True
    assert [h["fields"] for h in data["consent"]["history"]] == [["consent_by", "consent_date", "consent_scope",
                                                                  "consent_until"]]
    assert [s["status"] for s in data["shortlists"][0]["steps"]] == ["proposed", "sent"]
    assert data["shortlists"][0]["company_name"] == "Vejle Lager A/S"
    assert {r["action"] for r in data["reads"]} == {"view", "export"}
    assert data["changes"][-1]["action"] == "create"
    db = open_store(path)
    assert "export" in {h["action"] for h in read_audit.history(db, "candidates", ids["candidate"])}
    db.close()


def test_person_export_pdf_with_no_shortlist(filled, capsys, tmp_path):
    path, ids = filled
    out = tmp_path / "person.pdf"
    code, stdout, _ = run(capsys, "person-export", "--db", str(path), "--candidate", str(ids["nobody"]), "--out", str(out))
    assert code == 0
    text = re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(str(out)).pages))
    assert "IngenLister" in text and "ikkeblevetforeslået" in text


@pytest.mark.parametrize("args,needle", [
    (["--candidate", "999", "--out", "x.json"], "999"),
    (["--candidate", "1", "--out", "x.txt"], ".json"),
])
def test_person_export_bad_input(filled, capsys, tmp_path, args, needle):
    path, _ = filled
    args = [a if a not in ("x.json", "x.txt") else str(tmp_path / a) for a in args]
    code, _, err = run(capsys, "person-export", "--db", str(path), *args)
    assert code == 2 and needle in err
    assert not list(tmp_path.glob("x.*"))


def test_retention_lists_and_erases(filled, capsys):
    path, ids = filled
    db = open_store(path)
    old = (TODAY - dt.timedelta(days=800)).isoformat()
    db.execute("UPDATE candidates SET updated_at = ? WHERE id = ?", [old, ids["nobody"]])
    db.close()
    code, out, _ = run(capsys, "retention", "--db", str(path), "--json")
    listed = json.loads(out)
    assert code == 0 and [(p["id"], p["rule"]) for p in listed] == [(ids["nobody"], "inactive")]
    assert "Ingen aktivitet siden" in listed[0]["reason"]
    code, _, err = run(capsys, "retention", "--db", str(path), "--erase", "--yes")
    assert code == 0
    db = open_store(path)
    assert [r[0] for r in db.execute("SELECT id FROM candidates")] == [ids["candidate"]]
    db.close()


def test_a_shortlist_pdf_from_the_command_line_is_a_read_of_each_person_in_it(filled, capsys, tmp_path):
    path, ids = filled
    code, _, err = run(capsys, "shortlist", "--db", str(path), "--need", str(ids["need"]), "--out",
                       str(tmp_path / "s.pdf"), "--variant", "internal")
    assert code == 0, err
    db = open_store(path)
    assert ("pdf" in {h["action"] for h in read_audit.history(db, "candidates", ids["candidate"])})
    assert read_audit.history(db, "candidates", ids["nobody"]) == [h for h in read_audit.history(
        db, "candidates", ids["nobody"]) if h["source"] == "change"]  # not in the PDF: no read entry
    db.close()


def test_retention_erase_without_terminal_or_yes_refuses(filled, capsys, monkeypatch):
    path, ids = filled
    db = open_store(path)
    db.execute("UPDATE candidates SET updated_at = '2020-01-01T10:00:00'")
    db.close()
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, out, err = run(capsys, "retention", "--db", str(path), "--erase")
    assert code == 2 and "--yes" in err and "Ingen Lister" in out
    db = open_store(path)
    assert db.execute("SELECT count(*) FROM candidates").fetchone()[0] == 2
    db.close()


def test_exporting_the_candidate_list_is_a_read_of_each(filled, capsys, tmp_path):
    path, ids = filled
    code, _, err = run(capsys, "export", "candidates", "--db", str(path), "--out", str(tmp_path / "k.csv"))
    assert code == 0, err
    db = open_store(path)
    for pid in (ids["candidate"], ids["nobody"]):
        assert "export" in {h["action"] for h in read_audit.history(db, "candidates", pid)}
    db.close()


def test_exporting_the_contact_persons_is_a_read_of_each(filled, capsys, tmp_path):
    path, ids = filled
    code, _, err = run(capsys, "export", "contacts", "--db", str(path), "--out", str(tmp_path / "p.csv"))
    assert code == 0, err
    db = open_store(path)
    assert [h["action"] for h in read_audit.history(db, "contact_persons", ids["person"])
            if h["source"] == "read"] == ["export"]
    db.close()

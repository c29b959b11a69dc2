"""`jobbro placements check|list` on a real store file: exit codes 0, 2 and 3, each rule's reason, JSON."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import main
from db import candidates, companies, placements, workplaces
from db.store import open_store

pytestmark = pytest.mark.usefixtures("qapp")
WHO = "test"
TODAY = dt.date.today()
CVR = "13748136"


@pytest.fixture
def store_file(store_path):
    db = open_store(store_path)
    company = companies.add(db, who=WHO, name="Lager A/S", cvr=CVR).id
    workplaces.add(db, company, who=WHO, name="Lageret", ordinary_fte=6, fte_stated_on=TODAY.isoformat())
    ids = {"company": company}
    ids["fresh"] = candidates.add(db, who=WHO, name="Ny Ledig", external_id="K-1", target_group_code="dagpenge",
                                  birth_date="1990-01-01", education_level="vocational",
                                  unemployed_since=(TODAY - dt.timedelta(days=20)).isoformat()).id
    ids["long"] = candidates.add(db, who=WHO, name="Lang Ledig", target_group_code="kontanthjaelp_aktivitetsparat",
                                 unemployed_since=(TODAY - dt.timedelta(days=400)).isoformat()).id
    db.conn.close()
    return store_path, ids


def run(capsys, *args):
    code = main.main(["--lang", "en", "placements", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_allowed_then_full_with_the_reason(store_file, capsys):
    path, ids = store_file
    code, out, _ = run(capsys, "check", "--db", str(path), "--company", CVR, "--measure", "internship")
    assert code == 0 and "Lageret: 0 of 1 places used" in out
    db = open_store(path)
    placements.add(db, who=WHO, candidate_id=ids["long"], company_id=ids["company"], measure_code="internship",
                   start_date=TODAY.isoformat(), end_date=(TODAY + dt.timedelta(days=20)).isoformat())
    db.conn.close()
    code, out, _ = run(capsys, "check", "--db", str(path), "--company", f"DK-{CVR}", "--measure", "internship",
                       "--json")
    assert code == 3
    data = json.loads(out)
    assert data["allowed"] is False
    assert any(r["state"] == "refused" and "(1 of 1)" in r["reason"] and r["source"] for r in data["rules"])
    code, out, _ = run(capsys, "list", "--db", str(path), "--json")
    assert code == 0 and [r["candidate_id"] for r in json.loads(out)] == [ids["long"]]


def test_a_candidate_who_must_wait_gets_the_opening_date(store_file, capsys):
    path, ids = store_file
    code, out, _ = run(capsys, "check", "--db", str(path), "--company", CVR, "--measure", "wage_subsidy",
                       "--candidate", "K-1", "--json")
    assert code == 3
    later = [r for r in json.loads(out)["rules"] if r["state"] == "later"]
    opens = dt.date.fromisoformat(later[0]["opens_on"])
    assert opens > TODAY and opens.strftime("%d-%m-%Y") in later[0]["reason"]
    code, out, _ = run(capsys, "check", "--db", str(path), "--company", CVR, "--measure", "wage_subsidy",
                       "--candidate", "K-1", "--date", opens.isoformat())
    assert code == 0, out


@pytest.mark.parametrize("args", [
    ("--company", "24256791", "--measure", "internship"),
    ("--company", "12345678", "--measure", "internship"),
    ("--company", CVR, "--measure", "nope"),
    ("--company", CVR, "--measure", "internship", "--candidate", "999"),
    ("--company", CVR, "--measure", "internship", "--candidate", "9" * 30),  # no id SQLite can hold
    ("--company", CVR, "--measure", "internship", "--date", "i morgen"),
])
def test_bad_input_exits_2_with_a_message_and_no_traceback(store_file, capsys, args):
    path, _ = store_file
    code, out, err = run(capsys, "check", "--db", str(path), *args)
    assert code == 2 and err.strip() and "Traceback" not in err and out == ""


def test_an_unknown_measure_is_answered_with_the_known_ones(store_file, capsys):
    path, _ = store_file
    code, _, err = run(capsys, "check", "--db", str(path), "--company", CVR, "--measure", "nope")
    assert code == 2 and "nope" in err and "internship" in err and "fleksjob" in err


def test_missing_store_exits_2(tmp_path, capsys):
    code, _, err = run(capsys, "list", "--db", str(tmp_path / "none.sqlite"))
    assert code == 2 and err.strip()

"""`jobbro followups --ics`: one event per open follow-up, the same UIDs on a second export, one consultant's
follow-ups with --consultant, and clear refusals."""

from __future__ import annotations

import datetime as dt

import pytest

import main
from db import companies, contacts, followups

pytestmark = pytest.mark.usefixtures("qapp")

TODAY = dt.date.today()


def jobbro(capsys, *args) -> tuple[int, str, str]:
    code = main.main(["--lang", "da", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def _lines(path) -> list[str]:
    return path.read_bytes().decode("utf-8").replace("\r\n ", "").split("\r\n")


def _sequence(lines: list[str], uid: str) -> int:
    at = lines.index(uid)
    return int(next(line for line in lines[at:] if line.startswith("SEQUENCE:")).split(":")[1])


@pytest.fixture
def store_file(store, store_path):
    shop = companies.add(store, who="t", name="Smedien, Vejle ApS").id
    for days, who, task in ((-2, "Kim", "Ring om lærlinge"), (0, "Kim", "Send tilbud"), (9, "Kim", "Besøg; igen"),
                            (3, "Lise", "Lises opgave")):
        contacts.add(store, who=who, company_id=shop, at=f"{TODAY}T09:00", kind="phone",
                     summary="Talte med Bo Hansen", follow_up_date=(TODAY + dt.timedelta(days=days)).isoformat(),
                     follow_up_task=task)
    contacts.add(store, who="Kim", company_id=shop, at=f"{TODAY}T09:00", kind="visit",
                 follow_up_date=TODAY.isoformat(), follow_up_task="Allerede gjort", done=1)
    return store_path


def test_export_writes_one_event_per_open_follow_up_and_a_second_export_keeps_the_uids(store_file, store,
                                                                                        tmp_path, capsys):
    out = tmp_path / "kim.ics"
    store.execute("UPDATE contacts SET updated_at = '2026-01-01T00:00:00'")  # changed long before the export
    code, printed, err = jobbro(capsys, "followups", "--db", str(store_file), "--ics", str(out), "--consultant", "Kim")
    assert code == 0, err
    assert "3" in printed
    lines = _lines(out)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR"
    assert lines.count("BEGIN:VEVENT") == 3
    assert "SUMMARY:Opfølgning: Smedien\\, Vejle ApS – Besøg\\; igen" in lines
    assert not any("Bo Hansen" in line or "Lise" in line or "Allerede" in line for line in lines)
    first_uids = sorted(line for line in lines if line.startswith("UID:"))
    assert len(set(first_uids)) == 3
    row = followups.due(store, consultant="Kim")[0]
    uid = f"UID:followup-contact-{row['id']}@jobbro"
    sequence_before = _sequence(lines, uid)
    followups.postpone(store, "contact", row["id"], TODAY + dt.timedelta(days=1), who="Kim")
    assert jobbro(capsys, "followups", "--db", str(store_file), "--ics", str(out), "--consultant", "Kim")[0] == 0
    again = _lines(out)
    assert sorted(line for line in again if line.startswith("UID:")) == first_uids
    assert _sequence(again, uid) > sequence_before
    assert f"DTSTART;VALUE=DATE:{TODAY + dt.timedelta(days=1):%Y%m%d}" in again


def test_without_consultant_everyones_follow_ups_and_without_ics_a_list(store_file, tmp_path, capsys):
    out = tmp_path / "all.ics"
    assert jobbro(capsys, "followups", "--db", str(store_file), "--ics", str(out))[0] == 0
    assert _lines(out).count("BEGIN:VEVENT") == 4
    code, printed, _ = jobbro(capsys, "followups", "--db", str(store_file), "--consultant", "Lise")
    assert code == 0
    assert "Lises opgave" in printed and "Send tilbud" not in printed


def test_a_missing_store_is_refused_and_nothing_is_written(tmp_path, capsys):
    out = tmp_path / "x.ics"
    code, _, err = jobbro(capsys, "followups", "--db", str(tmp_path / "none.sqlite"), "--ics", str(out))
    assert code == 2 and err and "Traceback" not in err
    assert not out.exists() and not (tmp_path / "none.sqlite").exists()

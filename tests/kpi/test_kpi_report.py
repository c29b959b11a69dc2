"""Overblik on a real store: the figures of a store built through the db layer, and the JSON, xlsx and
PDF that `jobbro kpi` writes from it show the same numbers."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from openpyxl import load_workbook

import main
from db import candidates, companies, contacts, kpi, needs, shortlists
from matching.kpi import Period
from reports.kpi_labels import BLOCKS, shown, value
from tests.helpers import pdf_text

WHO = "test"
TODAY = dt.date.today()


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


@pytest.fixture
def built(store, store_path):
    """Two consultants' companies: Anne's has a two-position need created 200 days ago with one hire
    (not filled) and a one-position need filled; Bo's has an open need and no contact for 40 days."""
    db = store
    anne = companies.add(db, who=WHO, name="Anne ApS", consultant="Anne").id
    bo = companies.add(db, who=WHO, name="Bo A/S", consultant="Bo").id
    two = needs.add(db, who=WHO, company_id=anne, title="Lagermedarbejder", positions=2).id
    one = needs.add(db, who=WHO, company_id=anne, title="Chauffør").id
    needs.add(db, who=WHO, company_id=bo, title="Kok")
    db.execute("UPDATE needs SET created_at = ? WHERE id IN (?, ?)", [ago(200).isoformat() + "T09:00:00", two, one])
    db.conn.commit()
    young = candidates.add(db, who=WHO, name="Ung Person", birth_year=TODAY.year - 24, target_group_code="kontanthjaelp_jobparat").id
    long_term = candidates.add(db, who=WHO, name="Lang Ledig", birth_year=1970, target_group_code="dagpenge",
                               unemployed_since=ago(600).isoformat()).id
    for need_id, person, sent, hired in ((two, young, 190, 150), (one, long_term, 180, 170)):
        entry = shortlists.add(db, need_id, person, who=WHO, on=ago(sent + 1)).id
        shortlists.set_status(db, entry, "sent", who=WHO, on=ago(sent))
        shortlists.set_status(db, entry, "hired", who=WHO, on=ago(hired))
    contacts.add(db, who=WHO, company_id=anne, at=ago(5).isoformat() + "T10:00", kind="visit", consultant="Anne")
    contacts.add(db, who=WHO, company_id=bo, at=ago(40).isoformat() + "T10:00", kind="phone", consultant="Bo")
    db.close()
    return store_path


def test_the_store_counts_as_built(built):
    from db.store import open_store

    db = open_store(built)
    try:
        report = kpi.report(db, kpi.default_period(TODAY))
        annes = kpi.report(db, kpi.default_period(TODAY), kpi.Filters(consultant="Anne"))
    finally:
        db.close()
    assert report["companies"] == {"registered": 2, "cooperating": 1, "cooperating_measures": 0, "contacted": 2,
                                   "open_need_no_contact_30_days": 1}  # Bo: open need, last contact 40 days ago
    assert report["samarbejdsgrad"]["with_ordinary"] == 0.5 and report["samarbejdsgrad"]["without_ordinary"] == 0.0
    n = report["needs"]
    assert (n["created"], n["positions"], n["counted_for_filled"]) == (3, 4, 2)
    assert n["share_filled"] == 0.5 and n["share_candidates_sent"] == round(2 / 3, 4)
    assert n["median_days_to_first_sent"] == 15.0 and n["median_days_to_filled"] == 30.0
    assert report["hires"] == {"total": 2, "by_target_group": {"dagpenge": 1, "kontanthjaelp_jobparat": 1}, "under_30": 1,
                               "long_term_unemployed": 1}
    assert report["contacts"]["by_kind"] == {"phone": 1, "visit": 1}
    assert annes["companies"]["registered"] == 1 and annes["contacts"]["total"] == 1
    assert annes["samarbejdsgrad"]["with_ordinary"] == 1.0


def kpi_cli(*args) -> int:
    return main.main(["kpi", *args])


def test_json_xlsx_and_pdf_agree(built, tmp_path):
    from db.store import open_store

    db = open_store(built)
    try:
        report = kpi.report(db, Period(ago(364), TODAY))
    finally:
        db.close()
    for fmt in ("json", "xlsx", "pdf"):
        assert kpi_cli("--db", str(built), "--format", fmt, "--out", str(tmp_path / f"r.{fmt}")) == 0
    written = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    for key in ("period", "samarbejdsgrad", "companies", "needs", "contacts", "hires"):
        assert written[key] == report[key]
    assert set(written["needs"]) >= {"created", "positions", "share_candidates_sent", "share_filled",
                                     "median_days_to_first_sent", "median_days_to_filled"}
    book = load_workbook(tmp_path / "r.xlsx")
    text, pages = pdf_text(tmp_path / "r.pdf")
    assert pages == 2
    for _key, title, rows in BLOCKS:
        cells = {row[0]: row[1] for row in book[title].iter_rows(values_only=True) if row and row[0]}
        for path, label in rows:
            assert cells[label] == value(report, path), path
            assert "".join(f"{label}{shown(path, value(report, path))}".split()) in text, path


def test_an_empty_future_period_is_written(built, tmp_path):
    out = tmp_path / "future.json"
    assert kpi_cli("--db", str(built), "--from", "2099-01-01", "--to", "2099-03-31", "--out", str(out)) == 0
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["needs"]["created"] == 0 and written["needs"]["share_filled"] is None
    assert written["hires"]["total"] == 0


def test_a_reversed_period_is_refused(built, tmp_path, capsys):
    assert kpi_cli("--db", str(built), "--from", "2025-05-01", "--to", "2025-01-01", "--out", str(tmp_path / "x")) == 2
    assert not (tmp_path / "x").exists()

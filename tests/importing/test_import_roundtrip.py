"""An export followed by an import of the same file changes nothing; an export moves records to a new store."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.helpers import count, snapshot

from db import candidates, companies, demo, exporting, importing, needs
from db.store import open_store
from matching.isco_groups import group_ref
from reports import export

TODAY = dt.date(2026, 3, 16)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    """A small demo store with awkward values a spreadsheet would mangle or run."""
    path = tmp_path_factory.mktemp("roundtrip") / "demo.sqlite"
    db = open_store(path)
    demo.create(db, companies=25, candidates=60, needs=30, contacts=80, today=TODAY)
    hostile = companies.add(db, who="t", name="=HYPERLINK(\"http://x\")", notes="+cmd|' /C calc'!A0\nlinje 2; mere",
                            phone="+4512345678", postcode="7100", status="active", measures=["mentor"]).id
    companies.add_person(db, hostile, who="t", name="@Anna Æblø", role="-chef-")
    candidates.add(db, who="t", name="Ærlig Østergård", external_id="'=X1", hours_per_week=7.5,
                   skills=["Truck, A og B"], occupations=["Lagerarbejder"], consent_date="2026-01-02",
                   consent_scope="named_profile", consent_by="t")
    # ISCO-08 groups as answers: a wished group beside an occupation, a need for a whole group
    candidates.add(db, who="t", name="Gry Gruppesen", occupations=[group_ref("2341"), "Lagerarbejder", group_ref("834")])
    with_cvr = db.execute("SELECT id FROM companies WHERE cvr IS NOT NULL ORDER BY id").fetchone()[0]
    needs.add(db, who="t", company_id=with_cvr, title="Maskinfører", isco_group="834")
    _placements(db, hostile)
    db.close()
    return path


def _placements(db, company):
    """Two placements at a workplace, one ended with an outcome: the placements kind has rows to move."""
    from db import placements, workplaces

    today = dt.date.today()
    place = workplaces.add(db, company, who="t", name="Lageret", p_number="1012345678", ordinary_fte=20,
                           fte_stated_on=today.isoformat()).id
    people = [r[0] for r in db.execute("SELECT id FROM candidates WHERE target_group_code = "
                                       "'kontanthjaelp_aktivitetsparat' ORDER BY id LIMIT 2")]
    placements.add(db, who="t", candidate_id=people[0], company_id=company, workplace_id=place,
                   measure_code="internship", start_date=today.isoformat(),
                   end_date=(today + dt.timedelta(days=20)).isoformat(), hours_per_week=20, mentor_name="Mette")
    placements.add(db, who="t", candidate_id=people[1], company_id=company, workplace_id=place,
                   measure_code="internship", start_date=(today - dt.timedelta(days=60)).isoformat(),
                   end_date=(today - dt.timedelta(days=40)).isoformat(), status="ended", outcome="ordinary_job")


@pytest.fixture
def db(demo_store, tmp_path):
    copy = tmp_path / "copy.sqlite"
    source = open_store(demo_store)
    source.conn.execute(f"VACUUM INTO '{copy}'")
    source.close()
    store = open_store(copy)
    yield store
    store.close()


def _export(db, kind, path):
    return export.write(path, exporting.headers(kind), exporting.rows(db, kind), sheet=kind)


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
@pytest.mark.parametrize("kind", importing.KINDS)
def test_export_then_import_changes_nothing(db, tmp_path, kind, suffix):
    path = tmp_path / f"{kind}.{suffix}"
    written = _export(db, kind, path)
    assert written == count(db, importing.kinds.RULES[kind].table) > 0
    before = snapshot(db)
    plan = importing.run(db, path, kind, who="roundtrip")
    assert plan.ok, [(r.row, r.action, r.errors) for r in plan.rows if r.errors][:5] or plan
    assert plan.counts() == {"create": 0, "update": 0, "skip": written, "error": 0}, \
        [(r.row, r.changed) for r in plan.rows if r.action != "skip"][:5]
    assert snapshot(db) == before
    assert db.execute("SELECT count(*) FROM audit WHERE who = 'roundtrip'").fetchone()[0] == 0


def test_the_exported_csv_is_what_danish_excel_expects(db, tmp_path):
    path = tmp_path / "companies.csv"
    _export(db, "companies", path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, or Excel guesses the wrong encoding
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("Jobbro-id;CVR-nr.;P-nr.;Navn;")
    assert "'=HYPERLINK" in text and "'+4512345678" in text
    assert not any(cell.startswith(("=", "+", "-", "@")) for line in text.splitlines()
                   for cell in line.split(";"))


def test_the_exported_workbook_has_no_formulas_and_real_dates(db, tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "candidates.xlsx"
    _export(db, "candidates", path)
    sheet = load_workbook(path).active
    values = [c for row in sheet.iter_rows() for c in row]
    assert not any(c.data_type == "f" for c in values)
    assert not any(isinstance(c.value, str) and c.value[:1] in ("=", "+", "-", "@") for c in values)
    headers = [c.value for c in sheet[1]]
    since = headers.index("Ledig siden") + 1
    dates = [sheet.cell(row=r, column=since) for r in range(2, sheet.max_row + 1)]
    assert any(isinstance(c.value, dt.datetime) and c.number_format == "DD-MM-YYYY" for c in dates)


def test_export_moves_records_into_a_new_store(db, tmp_path):
    target = open_store(tmp_path / "new.sqlite")
    for kind in ("companies", "candidates"):
        path = tmp_path / f"{kind}.csv"
        _export(db, kind, path)
        plan = importing.run(target, path, kind, who="move")
        assert plan.ok and plan.counts()["create"] == count(db, kind)
        assert any("not in this store" in p.message for p in plan.notes)  # the ids belong to the old store
    names = lambda s: sorted(r[0] for r in s.execute("SELECT name FROM candidates"))  # noqa: E731
    assert names(target) == names(db)
    ext = target.execute("SELECT name FROM candidates WHERE external_id = ?", ["'=X1"]).fetchone()
    assert ext == ("Ærlig Østergård",)
    wished = "SELECT co.isco_group FROM candidate_occupations co JOIN candidates c ON c.id = co.candidate_id " \
             "WHERE c.name = 'Gry Gruppesen' AND co.isco_group IS NOT NULL ORDER BY co.id"
    assert target.execute(wished).fetchall() == db.execute(wished).fetchall() == [("2341",), ("834",)]
    target.close()


def test_a_need_for_a_group_moves_as_a_group(db, tmp_path):
    target = open_store(tmp_path / "new.sqlite")
    for kind in ("companies", "needs"):
        path = tmp_path / f"{kind}.csv"
        _export(db, kind, path)
        assert importing.run(target, path, kind, who="move").ok
    rows = "SELECT title, isco_group, occupation_id, occupation_text FROM needs WHERE isco_group IS NOT NULL"
    assert target.execute(rows).fetchall() == db.execute(rows).fetchall() == \
        [("Maskinfører", "834", None, "ISCO-08 834 Førere af mobile maskiner")]
    target.close()

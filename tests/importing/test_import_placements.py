"""Importing placements: the rules of the dialog, earlier rows counted, all or nothing, follow-ups made."""

from __future__ import annotations

import datetime as dt

from tests.helpers import write_csv

from db import candidates, companies, exporting, importing, workplaces
from reports import export

WHO = "import"
TODAY = dt.date.today()
HEAD = ["Kandidat-id", "CVR-nr.", "Arbejdssted", "Ordning", "Startdato", "Slutdato", "Status"]


def day(n: int) -> str:
    return (TODAY + dt.timedelta(days=n)).strftime("%d-%m-%Y")


def world(store):
    company = companies.add(store, who=WHO, name="Vejle Lager A/S", cvr="13748136").id
    workplaces.add(store, company, who=WHO, name="Lageret", p_number="1012345678", ordinary_fte=10,
                   fte_stated_on=TODAY.isoformat())
    for i in range(4):
        candidates.add(store, who=WHO, name=f"Person {i}", external_id=f"J-{i}",
                       target_group_code="kontanthjaelp_aktivitetsparat")
    return company


def count(store, table):
    return store.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_placements_import_with_follow_ups_and_again_unchanged(store, tmp_path):
    world(store)
    path = write_csv(tmp_path / "p.csv", [HEAD, ["J-0", "13748136", "1012345678", "Virksomhedspraktik", day(0), day(20),
                                                 "Planlagt"],
                                          ["J-1", "13748136", "Lageret", "internship", day(5), day(25), "I gang"]])
    plan = importing.run(store, path, "placements", who=WHO)
    assert plan.ok and plan.counts()["create"] == 2
    assert count(store, "placements") == 2 and count(store, "placement_follow_ups") == 4
    again = importing.run(store, path, "placements", who=WHO)
    assert again.counts()["skip"] == 2


def test_rows_that_together_go_over_the_ratio_or_break_a_rule_write_nothing(store, tmp_path):
    world(store)
    rows = [HEAD,
            ["J-0", "13748136", "", "Virksomhedspraktik", day(0), day(20), ""],
            ["J-1", "13748136", "", "Virksomhedspraktik", day(0), day(20), ""],
            ["J-2", "13748136", "", "Virksomhedspraktik", day(0), day(20), ""],  # the third of 2 places
            ["J-0", "13748136", "", "Virksomhedspraktik", day(30), day(40), ""],
            ["J-3", "13748136", "", "Virksomhedspraktik", day(50), day(45), ""],  # ends before it starts
            ["J-9", "13748136", "", "Virksomhedspraktik", day(0), day(5), ""],  # unknown candidate
            ["J-0", "13748136", "Kontoret", "Virksomhedspraktik", day(60), day(65), ""]]  # unknown workplace
    plan = importing.run(store, write_csv(tmp_path / "bad.csv", rows), "placements", who=WHO)
    assert not plan.ok
    errors = {r.row: [p.key if hasattr(p, "key") else None for p in r.errors] for r in plan.rows if r.errors}
    assert sorted(errors) == [4, 6, 7, 8]
    messages = {r.row: " ".join(p.message.format(**p.params) for p in r.errors) for r in plan.rows if r.errors}
    assert "(2 of 2)" in messages[4]
    assert count(store, "placements") == 0 and count(store, "placement_follow_ups") == 0


def test_export_names_the_candidate_company_and_workplace(store, tmp_path):
    world(store)
    path = write_csv(tmp_path / "p.csv", [HEAD, ["J-0", "13748136", "", "Løntilskud", day(0), day(60), "Planlagt"]])
    candidates.update(store, 1, who=WHO, single_parent=1, unemployed_since=(TODAY - dt.timedelta(days=3)).isoformat())
    assert importing.run(store, path, "placements", who=WHO).ok
    out = tmp_path / "export.csv"
    export.write(out, exporting.headers("placements"), exporting.rows(store, "placements"), sheet="placements")
    text = out.read_text(encoding="utf-8-sig")
    assert "J-0" in text and "13748136" in text and "1012345678" in text and "Løntilskud" in text


def test_candidates_bring_the_facts_the_rules_read(store, tmp_path):
    path = write_csv(tmp_path / "c.csv", [
        ["Sags-id", "Navn", "Fødselsdato", "Enlig forsørger", "Visiteret til fleksjob", "Indrejst i Danmark"],
        ["J-7", "Sara Holm", "14-03-1976", "Ja", "", "01.02.2015"],
        ["J-8", "Ole Dal", "31-02-1980", "måske", "", ""]])
    plan = importing.run(store, path, "candidates", who=WHO)
    assert not plan.ok and [r.row for r in plan.rows if r.errors] == [3]
    path = write_csv(tmp_path / "c.csv", [
        ["Sags-id", "Navn", "Fødselsdato", "Enlig forsørger", "Visiteret til fleksjob", "Indrejst i Danmark"],
        ["J-7", "Sara Holm", "14-03-1976", "Ja", "", "01.02.2015"]])
    assert importing.run(store, path, "candidates", who=WHO).ok
    row = candidates.get(store, candidates.find_by_external_id(store, "J-7"))
    assert (row["birth_date"], row["birth_year"], row["single_parent"], row["arrived_in_denmark"]) == \
        ("1976-03-14", 1976, 1, "2015-02-01")

"""`jobbro occupations|skills|import-esco|import-postcodes` as a user runs them."""

from __future__ import annotations

import io
import json

from db.store import open_store
from ui.cli import run


def test_occupations_json_carries_the_fields(store_path, store, capsys):
    store.close()
    assert run(["occupations", "--db", str(store_path), "SOSU hjælper", "--top", "3", "--json"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert len(results) == 3 and results[0]["title"] == "Social- og sundhedshjælper"
    assert {"id", "title", "score", "isco", "uri"} <= set(results[0]) and results[0]["isco"] == "5322"


def test_skills_as_a_table(store_path, store, capsys):
    store.close()
    assert run(["--db", str(store_path), "skills", "truckcertifikat"]) == 0
    out = capsys.readouterr().out
    assert "Truckcertifikat B (gaffeltruck)" in out.splitlines()[1]


def test_batch_from_a_file_and_standard_input(store_path, store, tmp_path, capsys, monkeypatch):
    store.close()
    queries = tmp_path / "titler.txt"
    queries.write_text("truckchauffør\n\nrengøringsdame\nlager medarb.\n", encoding="utf-8")
    assert run(["occupations", "--db", str(store_path), "--batch", str(queries), "--top", "2"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["query"] for line in lines] == ["truckchauffør", "rengøringsdame", "lager medarb."]
    assert [line["results"][0]["title"] for line in lines] == ["Truckfører", "Rengøringsassistent",
                                                               "Lagermedarbejder"]
    monkeypatch.setattr("sys.stdin", io.StringIO("excel\nkørekort\n"))
    assert run(["skills", "--db", str(store_path), "--batch", "-"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_import_commands(store_path, store, esco_subset, tmp_path, capsys):
    store.close()
    assert run(["import-esco", "--db", str(store_path), str(esco_subset)]) == 0
    assert "120" in capsys.readouterr().out
    postcodes = tmp_path / "postnumre.csv"
    postcodes.write_text("postnr,bynavn,lat,lon,kommunekode\n7500,Holstebro,56.36,8.61,0661\n", encoding="utf-8")
    assert run(["import-postcodes", "--db", str(store_path), str(postcodes)]) == 0
    assert run(["occupations", "--db", str(store_path), "teknisk leder", "--json", "--top", "1"]) == 0
    found = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert found[0]["uri"].startswith("http://data.europa.eu/esco/occupation/")


def test_problems_are_reported_not_raised(store_path, tmp_path, capsys):
    open_store(store_path).close()
    assert run(["occupations", "--db", str(tmp_path / "missing.sqlite"), "kok"]) == 2
    assert run(["import-esco", "--db", str(store_path), str(tmp_path / "nowhere")]) == 2
    assert "nowhere" in capsys.readouterr().err


def test_import_reports_what_it_could_not_link(store_path, store, esco_subset, capsys):
    store.close()
    assert run(["--lang", "en", "import-esco", "--db", str(store_path), str(esco_subset), "--unlinked"]) == 0
    out = capsys.readouterr().out
    unlinked = [line.split(": ", 1)[1] for line in out.splitlines() if line.startswith("occupation not linked: ")]
    # the subset holds 120 concepts: most of ours are not among them and are listed, none of them twice
    assert "Blikkenslager" in unlinked and len(unlinked) == len(set(unlinked)) > 100
    summary = next(line for line in out.splitlines() if line.startswith("Linked with their ESCO concept"))
    assert f"not linked: {len(unlinked)} occupations" in summary
    assert f"{267 - len(unlinked)} of our occupations" in summary


def test_cli_shows_one_entry_per_concept(store_path, store, shared_data, capsys):
    store.close()
    assert run(["import-esco", "--db", str(store_path), str(shared_data / "esco_v1.1.1"),
                str(shared_data / "esco_v1.0.8_da")]) == 0
    capsys.readouterr()
    for query in ("køkkenchef", "portør"):
        assert run(["occupations", "--db", str(store_path), query, "--json"]) == 0
        results = json.loads(capsys.readouterr().out)
        uris = [r["uri"] for r in results if r["uri"]]
        assert len(uris) == len(set(uris)) and results[0]["title"] == query.capitalize()
        assert results[0]["source"] == "jobbro" and results[0]["uri"]


def test_a_title_that_names_a_field_is_answered_with_its_isco_group(store_path, store, esco_subset, capsys):
    store.close()
    assert run(["import-esco", "--db", str(store_path), str(esco_subset)]) == 0
    capsys.readouterr()
    assert run(["occupations", "--db", str(store_path), "Rengøringsarbejde", "--groups", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["group"]["isco"] == "91" and data["results"]  # the field, and its occupations below it
    assert run(["occupations", "--db", str(store_path), "lagermedarbejder", "--groups", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["group"] is None  # an occupation answers it better
    assert run(["--lang", "en", "occupations", "--db", str(store_path), "Rengøringsarbejde"]) == 0
    assert capsys.readouterr().out.startswith("ISCO-08 group: 91 Rengøringsarbejde")


def test_occupation_search_lists_isco_groups_as_answers(store_path, store, capsys):
    store.close()
    assert run(["--lang", "da", "occupations", "--db", str(store_path), "Leder, daginstitution", "--top", "3"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "1341" in lines[1] and "Gruppe 1341 · Ledelse af hovedaktiviteten inden for pædagogisk arbejde" in lines[1]
    assert run(["occupations", "--db", str(store_path), "køkkenchef", "--json"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert [(r["kind"], r["title"]) for r in results[:2]] == [("occupation", "Køkkenchef"), ("group", "Køkkenchefarbejde")]
    assert results[1]["id"] < 0 and results[1]["isco"] == "3434" and results[1]["uri"].endswith("/isco/C3434")

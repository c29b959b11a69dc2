"""`jobbro match` on a real store: text, JSON and JSON lines, exclusions, and clean failures."""

from __future__ import annotations

import json

import pytest

import main

# The command runs in whatever Qt application exists; make it a full QApplication, as the GUI tests
# need one and Qt cannot replace a bare QCoreApplication once it exists.
pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def store_file(jobcentre, store_path):
    jc = jobcentre
    jc.need = jc.add_need(title="Truckfører", occupation="forklift_driver", essential=["forklift", "warehouse"],
                          required=["truck_b"], hours_min=30, hours_max=37)
    jc.other_need = jc.add_need(title="Rengøring", essential=["cleaning"])
    jc.driver = jc.add_candidate(name="Ali Hansen", skills=["truck_b", "forklift", "warehouse"],
                                 occupations=["forklift_driver"], hours_per_week=37, postcode="8210", own_car=1)
    jc.cleaner = jc.add_candidate(name="Bo Jensen", skills=["cleaning", "forklift"], hours_per_week=20)
    jc.db.close()
    return store_path


def run(capsys, *args) -> tuple[int, str, str]:
    code = main.main(["match", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_text_lists_the_ranked_candidates_with_their_reasons(store_file, jobcentre, capsys):
    code, out, _ = run(capsys, "--db", str(store_file), "--need", str(jobcentre.need), "--date", "2026-11-23")
    assert code == 0
    assert "Truckfører" in out and "Ali Hansen" in out
    assert "Bo Jensen" not in out  # excluded, and not asked for
    code, out, _ = run(capsys, "--db", str(store_file), "--need", str(jobcentre.need), "--excluded")
    assert "Bo Jensen" in out and "truckcertifikat B" in out


def test_json_carries_score_parts_reasons_and_both_ids(store_file, jobcentre, capsys):
    code, out, _ = run(capsys, "--db", str(store_file), "--need", str(jobcentre.need), "--json", "--excluded")
    assert code == 0
    data = json.loads(out)
    assert data["need_id"] == jobcentre.need
    first, excluded = data["results"]
    assert (first["need_id"], first["candidate_id"], first["excluded"]) == (jobcentre.need, jobcentre.driver, False)
    assert set(first["parts"]["commute"]) == {"value", "weight"}
    assert first["score"] == pytest.approx(sum(p["value"] * p["weight"] for p in first["parts"].values()), abs=0.05)
    assert first["reasons"] and all(isinstance(r, str) for r in first["reasons"])
    assert excluded["candidate_id"] == jobcentre.cleaner and excluded["excluded"] is True
    assert any("truckcertifikat B" in r for r in excluded["exclusion"])


def test_candidate_direction_and_top(store_file, jobcentre, capsys):
    code, out, _ = run(capsys, "--db", str(store_file), "--candidate", str(jobcentre.cleaner), "--top", "1",
                       "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["candidate_id"] == jobcentre.cleaner
    assert [r["need_id"] for r in data["results"]] == [jobcentre.other_need]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_batch_writes_one_json_object_per_open_need(store_file, jobcentre, capsys, workers):
    code, out, _ = run(capsys, "--db", str(store_file), "--needs", "all", "--top", "5", "--format", "jsonl",
                       "--workers", workers)
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [line["need_id"] for line in lines] == sorted([jobcentre.need, jobcentre.other_need])
    assert all(r["need_id"] == line["need_id"] for line in lines for r in line["results"])
    code, out, _ = run(capsys, "--db", str(store_file), "--needs", "all", "--format", "json")
    assert [x["need_id"] for x in json.loads(out)] == [line["need_id"] for line in lines]


def test_unknown_ids_and_bad_files_exit_2_with_a_message(store_file, tmp_path, capsys):
    code, out, err = run(capsys, "--db", str(store_file), "--need", "999")
    assert code == 2 and "999" in err and not out
    code, _, err = run(capsys, "--db", str(store_file), "--candidate", "999")
    assert code == 2 and "999" in err
    missing = tmp_path / "nope.sqlite"
    code, _, err = run(capsys, "--db", str(missing), "--need", "1")
    assert code == 2 and str(missing) in err and not missing.exists()
    foreign = tmp_path / "foreign.sqlite"
    foreign.write_text("not a store")
    code, _, err = run(capsys, "--db", str(foreign), "--need", "1")
    assert code == 2 and "foreign.sqlite" in err


@pytest.mark.parametrize("fmt", ["jsonl", "json", "text"])
def test_batch_of_candidates_like_one_candidate_at_a_time(store_file, jobcentre, capsys, fmt):
    code, out, _ = run(capsys, "--db", str(store_file), "--candidates", "all", "--top", "3", "--format", fmt,
                       "--date", "2026-11-23")
    assert code == 0
    if fmt == "text":
        assert "Ali Hansen" in out and "Bo Jensen" in out and "Rengøring" in out
        return
    lines = [json.loads(line) for line in out.splitlines()] if fmt == "jsonl" else json.loads(out)
    assert [line["candidate_id"] for line in lines] == sorted([jobcentre.driver, jobcentre.cleaner])
    for line in lines:
        _, single, _ = run(capsys, "--db", str(store_file), "--candidate", str(line["candidate_id"]), "--top", "3",
                           "--format", "json", "--date", "2026-11-23")
        assert json.loads(single) == line
        assert all(r["candidate_id"] == line["candidate_id"] for r in line["results"])

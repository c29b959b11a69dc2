"""Consistency checks for the authored reference data in resources/reference/.

The files are written by us; the public data in ../shared/data is only used here to check codes
(ISCO-08 unit groups, municipality codes, DB07 codes). Those checks are skipped when it is absent.
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

REFERENCE = Path(__file__).resolve().parents[2] / "resources" / "reference"
SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"

SKILL_KINDS = {"skill", "knowledge", "certificate", "licence", "language"}
KEY_RE = re.compile(r"[a-z0-9_]+")


def read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def header(path: Path) -> list[str]:
    with open(path, encoding="utf-8", newline="") as fh:
        return next(csv.reader(fh))


def split(value: str) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def shared(name: str) -> Path:
    path = SHARED / name
    if not path.exists():
        pytest.skip(f"shared reference data not available: {path}")
    return path


@pytest.fixture(scope="module")
def skills() -> list[dict]:
    return read(REFERENCE / "skills.csv")


@pytest.fixture(scope="module")
def occupations() -> list[dict]:
    return read(REFERENCE / "occupations.csv")


@pytest.fixture(scope="module")
def municipalities() -> list[dict]:
    return read(REFERENCE / "municipalities.csv")


@pytest.fixture(scope="module")
def postcodes() -> list[dict]:
    return read(REFERENCE / "postcodes.csv")


@pytest.fixture(scope="module")
def industries() -> list[dict]:
    return read(REFERENCE / "industries.csv")


@pytest.mark.parametrize("name, columns", [
    ("skills.csv", ["key", "name", "kind", "name_en", "synonyms", "uri"]),
    ("occupations.csv", ["key", "title", "isco", "title_en", "synonyms", "essential_skills", "optional_skills",
                         "uri"]),
    ("municipalities.csv", ["code", "name", "region"]),
    ("postcodes.csv", ["postcode", "town", "municipality_code", "lat", "lon"]),
    ("industries.csv", ["code", "level", "parent_code", "title"]),
])
def test_headers(name, columns):
    assert header(REFERENCE / name) == columns


def test_no_blank_or_padded_cells():
    for name in ("skills.csv", "occupations.csv", "municipalities.csv", "postcodes.csv", "industries.csv"):
        for row in read(REFERENCE / name):
            for column, value in row.items():
                assert value is not None, (name, row)
                assert value == value.strip(), (name, column, value)


# ---- skills ------------------------------------------------------------------------------

def test_skill_count(skills):
    assert len(skills) >= 420


def test_skill_keys_unique_slugs(skills):
    keys = [r["key"] for r in skills]
    assert [k for k, n in Counter(keys).items() if n > 1] == []
    assert [k for k in keys if not KEY_RE.fullmatch(k)] == []


def test_skill_kinds_valid(skills):
    assert {r["key"]: r["kind"] for r in skills if r["kind"] not in SKILL_KINDS} == {}


def test_skill_fields_filled(skills):
    for row in skills:
        assert row["name"] and row["name_en"], row["key"]


def test_driving_licences_are_licences(skills):
    kinds = {r["key"]: r["kind"] for r in skills}
    for key in ("korekort_am", "korekort_a", "korekort_b", "korekort_be", "korekort_c1", "korekort_c",
                "korekort_ce", "korekort_d1", "korekort_d", "korekort_de"):
        assert kinds.get(key) == "licence", key


def test_required_certificates_present(skills):
    kinds = {r["key"]: r["kind"] for r in skills}
    for key in ("truck_a", "truck_b", "eu_kval_gods", "eu_kval_person", "adr_basis", "adr_tank",
                "adr_klasse1", "adr_klasse7", "hygiejnebevis", "forstehjaelp", "hlr", "kran_basis",
                "teleskoplaesser", "lift_personlift", "stillads_kursus", "svejs_mig_mag", "svejs_tig",
                "svejs_elektrode", "svejs_iso9606", "arbejdsmiljo_uddannelse", "asbest", "vvs_autorisation",
                "el_autorisation", "sosu_hjaelper_udd", "sosu_assistent_udd"):
        assert kinds.get(key) == "certificate", key


def test_languages_present(skills):
    languages = {r["key"] for r in skills if r["kind"] == "language"}
    assert {"dansk", "engelsk", "tysk", "polsk", "ukrainsk", "arabisk"} <= languages


def test_skill_labels_unambiguous(skills):
    """A name or synonym should lead to one skill only, otherwise title search becomes a guess."""
    owners = defaultdict(set)
    for row in skills:
        for label in [row["name"], *split(row["synonyms"])]:
            owners[label.casefold()].add(row["key"])
    assert {label: keys for label, keys in owners.items() if len(keys) > 1} == {}


# ---- occupations -------------------------------------------------------------------------

def test_occupation_count(occupations):
    assert len(occupations) >= 220


def test_occupation_keys_unique_slugs(occupations):
    keys = [r["key"] for r in occupations]
    assert [k for k, n in Counter(keys).items() if n > 1] == []
    assert [k for k in keys if not KEY_RE.fullmatch(k)] == []


def test_occupation_fields_filled(occupations):
    for row in occupations:
        assert row["title"] and row["title_en"] and split(row["synonyms"]), row["key"]
        assert re.fullmatch(r"\d{4}", row["isco"]), (row["key"], row["isco"])


def test_occupation_skill_references_exist(occupations, skills):
    known = {r["key"] for r in skills}
    missing = {}
    for row in occupations:
        unknown = [k for k in split(row["essential_skills"]) + split(row["optional_skills"]) if k not in known]
        if unknown:
            missing[row["key"]] = unknown
    assert missing == {}


def test_occupation_skill_counts(occupations):
    for row in occupations:
        essential, optional = split(row["essential_skills"]), split(row["optional_skills"])
        assert 3 <= len(essential) <= 8, row["key"]
        assert 2 <= len(optional) <= 6, row["key"]
        assert len(set(essential)) == len(essential) and len(set(optional)) == len(optional), row["key"]
        assert not set(essential) & set(optional), row["key"]


def test_occupation_labels_unambiguous(occupations):
    owners = defaultdict(set)
    for row in occupations:
        for label in [row["title"], *split(row["synonyms"])]:
            owners[label.casefold()].add(row["key"])
    assert {label: keys for label, keys in owners.items() if len(keys) > 1} == {}


def test_occupation_isco_codes_exist(occupations):
    rows = read(shared("isco08_groups_en_da.csv"))
    unit_groups = {r["code"] for r in rows if r["level"] == "4"}
    assert {r["key"]: r["isco"] for r in occupations if r["isco"] not in unit_groups} == {}


# ---- places ------------------------------------------------------------------------------

def test_municipalities_complete(municipalities):
    codes = [r["code"] for r in municipalities]
    assert len(codes) == 98
    assert len(set(codes)) == 98
    assert all(re.fullmatch(r"\d{4}", c) for c in codes)
    assert {r["region"] for r in municipalities} == {
        "Region Hovedstaden", "Region Sjælland", "Region Syddanmark", "Region Midtjylland", "Region Nordjylland"}
    assert not [r["name"] for r in municipalities if r["name"].endswith(" Kommune")]


def test_municipality_codes_exist(municipalities):
    known = {r["kommunekode"] for r in read(shared("dk_kommuner.csv"))}
    assert [r["code"] for r in municipalities if r["code"] not in known] == []


def test_postcodes_valid(postcodes, municipalities):
    codes = {r["code"] for r in municipalities}
    numbers = [r["postcode"] for r in postcodes]
    assert len(numbers) >= 250
    assert [p for p, n in Counter(numbers).items() if n > 1] == []
    for row in postcodes:
        assert re.fullmatch(r"\d{4}", row["postcode"]), row
        assert row["town"], row
        assert row["municipality_code"] in codes, row
        assert 54.5 <= float(row["lat"]) <= 57.8, row
        assert 8.0 <= float(row["lon"]) <= 15.2, row


def test_every_municipality_has_a_postcode(postcodes, municipalities):
    covered = {r["municipality_code"] for r in postcodes}
    assert [r["code"] for r in municipalities if r["code"] not in covered] == []


# ---- industries --------------------------------------------------------------------------

def test_industries_structure(industries):
    sections = {r["code"] for r in industries if r["level"] == "0"}
    assert sections == set("ABCDEFGHIJKLMNOPQRSTU")
    for row in industries:
        assert row["title"], row
        if row["level"] == "0":
            assert row["parent_code"] == "", row
        else:
            assert row["level"] == "1", row
            assert re.fullmatch(r"\d{2}", row["code"]), row
            assert row["parent_code"] in sections, row
    assert len([r for r in industries if r["level"] == "1"]) == 88


def test_industries_exist_in_db07(industries):
    rows = read(shared("db07_branchekoder_da.csv"))
    db07 = {(r["level"], r["code"]): r["section"] for r in rows if r["level"] in ("0", "1")}
    for row in industries:
        assert (row["level"], row["code"]) in db07, row
        if row["level"] == "1":
            assert db07[("1", row["code"])] == row["parent_code"], row

"""A small ESCO download in the official layout, written from the shared ESCO files, and its fixtures."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
ESCO_EN = SHARED / "esco_v1.1.1"
ESCO_DA = SHARED / "esco_v1.0.8_da"
SUBSET_OCCUPATIONS = 120


def _read(zip_path: Path, member: str) -> tuple[list[str], list[dict]]:
    with zipfile.ZipFile(zip_path) as archive, archive.open(member) as raw:
        reader = csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8", newline=""))
        return list(reader.fieldnames), list(reader)


def _csv_text(fields: list[str], rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def write_subset(folder: Path, edit=None) -> Path:
    """The first occupations of the English ESCO 1.1.1 download with their skills, relations, broader
    relations and all ISCO groups, zipped as the EU ships them; Danish labels as loose CSV files.
    `edit(kind, rows)` may change rows first (to fake a newer version)."""
    folder.mkdir(parents=True, exist_ok=True)
    occ_fields, occupations = _read(ESCO_EN / "esco_v1.1.1_en_csv.zip", "occupations_en.csv")
    occupations = occupations[:SUBSET_OCCUPATIONS]
    uris = {r["conceptUri"] for r in occupations}
    rel_fields, relations = _read(ESCO_EN / "esco_v1.1.1_relations_csv.zip", "occupationSkillRelations.csv")
    relations = [r for r in relations if r["occupationUri"] in uris]
    skill_uris = {r["skillUri"] for r in relations}
    skill_fields, skills = _read(ESCO_EN / "esco_v1.1.1_en_csv.zip", "skills_en.csv")
    skills = [r for r in skills if r["conceptUri"] in skill_uris]
    isco_fields, isco = _read(ESCO_EN / "esco_v1.1.1_en_csv.zip", "ISCOGroups_en.csv")
    broader_fields, broader = _read(ESCO_EN / "esco_v1.1.1_relations_csv.zip", "broaderRelationsOccPillar.csv")
    broader = [r for r in broader if r["conceptUri"] in uris]
    parts = {"occupations": occupations, "skills": skills, "relations": relations, "isco": isco}
    if edit:
        for kind, rows in parts.items():
            edit(kind, rows)
    with zipfile.ZipFile(folder / "esco_subset_en_csv.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("occupations_en.csv", _csv_text(occ_fields, parts["occupations"]))
        archive.writestr("skills_en.csv", _csv_text(skill_fields, parts["skills"]))
        archive.writestr("ISCOGroups_en.csv", _csv_text(isco_fields, parts["isco"]))
    with zipfile.ZipFile(folder / "esco_subset_relations_csv.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("occupationSkillRelations.csv", _csv_text(rel_fields, parts["relations"]))
        archive.writestr("broaderRelationsOccPillar.csv", _csv_text(broader_fields, broader))
    da = folder / "da"
    da.mkdir(exist_ok=True)
    with open(ESCO_DA / "occupations_da.csv", encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = [r for r in reader if r["conceptUri"] in uris]
        (da / "occupations_da.csv").write_text(_csv_text(list(reader.fieldnames), rows), encoding="utf-8")
    (da / "ISCOGroups_da.csv").write_bytes((ESCO_DA / "ISCOGroups_da.csv").read_bytes())
    return folder


@pytest.fixture(scope="session")
def esco_subset(tmp_path_factory) -> Path:
    if not ESCO_EN.is_dir() or not ESCO_DA.is_dir():
        pytest.skip(f"ESCO reference data not found under {SHARED}")
    return write_subset(tmp_path_factory.mktemp("esco") / "subset")


@pytest.fixture(scope="session")
def esco_subset_counts(esco_subset) -> dict:
    """Distinct concepts and relations in the subset, counted straight from its files."""
    counts = {}
    with zipfile.ZipFile(esco_subset / "esco_subset_en_csv.zip") as archive:
        for name in ("occupations_en.csv", "skills_en.csv", "ISCOGroups_en.csv"):
            with archive.open(name) as raw:
                counts[name] = len({r["conceptUri"] for r in csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8"))})
    with zipfile.ZipFile(esco_subset / "esco_subset_relations_csv.zip") as archive:
        with archive.open("occupationSkillRelations.csv") as raw:
            rows = csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8"))
            counts["relations"] = len({(r["occupationUri"], r["skillUri"]) for r in rows})
    return counts

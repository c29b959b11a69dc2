"""Fixtures for the vocabulary tests: a small ESCO download written from the official files."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest
from esco_subset import ESCO_DA, ESCO_EN, SHARED, write_subset


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

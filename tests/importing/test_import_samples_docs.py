"""The documented sample files import cleanly in the documented order, and the docs name every column."""

from __future__ import annotations

import re
from pathlib import Path

from db import importing
from db.importing import columns
from tests.helpers import shipped_catalogue

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "docs" / "samples"
ORDER = ("companies", "contacts", "candidates", "needs", "contact-log")


def test_every_sample_heading_is_recognised():
    for kind in importing.KINDS:
        table = importing.read_table(SAMPLES / f"{kind}.csv")
        assert table.encoding == "utf-8-sig" and table.delimiter == ";"
        mapping = importing.match(table.headers, kind)
        assert None not in mapping.fields, (kind, table.headers, mapping.fields)


def test_samples_import_in_order_and_again_unchanged(store):
    for kind in ORDER:
        plan = importing.run(store, SAMPLES / f"{kind}.csv", kind, who="samples")
        assert plan.ok, (kind, [(r.row, r.errors) for r in plan.rows if r.errors])
        assert plan.counts()["create"] == len(plan.rows)
    free = [n for n in importing.run(store, SAMPLES / "candidates.csv", "candidates", who="samples").rows[0].notes]
    assert [n.params["value"] for n in free] == ["Erfaring fra havnearbejde"]  # kept, and said so
    for kind in ORDER:
        again = importing.run(store, SAMPLES / f"{kind}.csv", kind, who="samples")
        assert again.counts()["skip"] == len(again.rows), kind


def test_docs_name_every_column_and_sample():
    text = (ROOT / "docs" / "IMPORT.md").read_text(encoding="utf-8")
    for kind in importing.KINDS:
        assert f"samples/{kind}.csv" in text
        for field in columns.fields(kind):
            assert re.search(rf"\| {re.escape(field.header)} \| `{field.key}` \|", text), (kind, field.key)
    assert "## Benchmark" in text


def test_the_shipped_catalogue_translates_the_import_contexts():
    catalogue = shipped_catalogue("da")
    for context in ("Import", "ImportReport", "ImportDialog", "MappingModel", "PreviewModel", "ExportView"):
        assert catalogue.get(context) and all(catalogue[context].values()), context
    assert catalogue["Import"]["The file is empty."] == "Filen er tom."

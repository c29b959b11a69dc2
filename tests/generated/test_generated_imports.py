"""Generated files through every importer: only the importers' own refusals escape, a refused file writes
nothing, and what an accepted file says is what the store holds."""

from __future__ import annotations

import csv
import io

from generated_helpers import NASTY_TEXT, examples, store_hash, texts
from hypothesis import assume, event, given
from hypothesis import strategies as st

from db import importing, records
from db.importing.esco import import_esco
from db.importing.files import ImportProblem
from db.importing import cells, columns
from db.importing.kinds import RULES
from db.importing.postcodes import import_postcodes

HEADINGS = {kind: [f.header for f in columns.fields(kind)] for kind in importing.KINDS}
ENCODINGS = ("utf-8", "utf-8-sig", "cp1252", "utf-16")
CVRS = ["13748136", "29189846", "28675658", "24256791", "12345678"]
cell_values = st.one_of(texts, st.sampled_from(CVRS), st.sampled_from(["7100", "ja", "nej", "1", "01-02-2026",
                                                                      "2026-01-05 10:00", "besøg", "Truckfører"]))


@st.composite
def table_files(draw):
    kind = draw(st.sampled_from(importing.KINDS))
    heads = draw(st.lists(st.one_of(st.sampled_from(HEADINGS[kind]), st.sampled_from(NASTY_TEXT)),
                          min_size=1, max_size=6))
    rows = draw(st.lists(st.lists(cell_values, min_size=0, max_size=len(heads) + 1), max_size=6))
    delimiter = draw(st.sampled_from([";", ",", "\t"]))
    encoding = draw(st.sampled_from(ENCODINGS))
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator=draw(st.sampled_from(["\r\n", "\n"]))).writerows(
        [heads, *rows])
    data = buffer.getvalue().encode(encoding, errors="replace")
    mangle = draw(st.sampled_from(["none", "none", "cut", "byte", "quote"]))
    if mangle == "cut" and data:
        data = data[:draw(st.integers(0, len(data)))]
    elif mangle == "byte" and data:
        at = draw(st.integers(0, len(data) - 1))
        data = data[:at] + bytes([draw(st.integers(0, 255))]) + data[at + 1:]
    elif mangle == "quote":
        data = data.replace(b";", b';"', 1)
    return kind, data


@st.composite
def plausible_files(draw):
    """A file of companies or candidates that could go in: the required name, free text beside it."""
    kind = draw(st.sampled_from(["companies", "candidates"]))
    free = draw(st.sampled_from(["Noter", "By", "Adresse"] if kind == "companies" else ["Noter", "Sagsbehandler"]))
    clean = st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=30)
    names = draw(st.lists(st.one_of(clean, clean, st.sampled_from(NASTY_TEXT)), min_size=1, max_size=4,
                          unique_by=lambda t: " ".join(t.split()).casefold()))
    rows = [[name, draw(st.one_of(clean, texts))] for name in names]
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows([["Navn", free], *rows])
    return kind, buffer.getvalue().encode(draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16"])))


def _stored(db, table: str, record_id: int) -> dict:
    return records.get(db, table, record_id)


@examples(250)
@given(case=st.one_of(table_files(), plausible_files()))
def test_table_imports(module_store, tmp_path_factory, case):
    kind, data = case
    db = module_store
    path = tmp_path_factory.getbasetemp() / "generated.csv"
    path.write_bytes(data)
    before = store_hash(db)
    try:
        plan = importing.run(db, path, kind, who="t")
    except importing.ImportFailure:  # ReadError, Rejected, StoreChanged: the importer's own refusals
        event("file refused")
        assert store_hash(db) == before
        return
    if not plan.ok:
        event("rows refused")
        assert store_hash(db) == before
        return
    event("imported")
    table = RULES[kind].table
    for row in plan.rows:
        if row.action in ("create", "update"):
            stored = _stored(db, table, row.record_id)
            for name, value in row.values.items():
                assert stored[name] == value, (name, value)
            if kind == "companies" and row.action == "create":
                cell = plan.table.rows[plan.rows.index(row)][plan.mapping.column_of("name")]
                assert stored["name"] == cells.unescape(cell.strip())


POSTCODE_HEADS = ["postnr", "bynavn", "lat", "lon", "kommunekode", "nr", "navn", "visueltcenter_x"]


@examples(120)
@given(heads=st.lists(st.one_of(st.sampled_from(POSTCODE_HEADS), texts), min_size=1, max_size=5),
       rows=st.lists(st.lists(st.one_of(texts, st.sampled_from(["7100", "0800", "Vejle", "55,7", "9.5", "0630"])),
                              max_size=6), max_size=5),
       delimiter=st.sampled_from([",", ";", "\t"]), encoding=st.sampled_from(ENCODINGS))
def test_postcode_imports(module_store, tmp_path_factory, heads, rows, delimiter, encoding):
    db = module_store
    path = tmp_path_factory.getbasetemp() / "postnumre.csv"
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows([heads, *rows])
    path.write_bytes(buffer.getvalue().encode(encoding, errors="replace"))
    before = store_hash(db)
    try:
        counts = import_postcodes(db, [path])
    except ImportProblem:
        assert store_hash(db) == before
        return
    assert counts.added + counts.updated + counts.skipped >= 0


ESCO_HEADS = ["conceptUri", "preferredLabel", "altLabels", "skillType", "description", "iscoGroup", "conceptType"]


@examples(100)
@given(name=st.sampled_from(["skills_da.csv", "occupations_da.csv", "ISCOGroups_da.csv",
                             "occupationSkillRelations_en.csv"]),
       heads=st.lists(st.one_of(st.sampled_from(ESCO_HEADS + ["occupationUri", "relationType", "skillUri"]), texts),
                      min_size=1, max_size=5),
       rows=st.lists(st.lists(st.one_of(texts, st.just("http://data.europa.eu/esco/skill/x"),
                                        st.sampled_from(["essential", "optional", "skill/competence"])),
                              max_size=6), max_size=4))
def test_esco_imports(module_store, tmp_path_factory, name, heads, rows):
    assume(name != "ISCOGroups_da.csv" or rows)
    db = module_store
    folder = tmp_path_factory.getbasetemp() / "esco"
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    buffer = io.StringIO()
    csv.writer(buffer).writerows([heads, *rows])
    (folder / name).write_text(buffer.getvalue(), encoding="utf-8")
    before = store_hash(db)
    try:
        import_esco(db, [folder])
    except ImportProblem:
        assert store_hash(db) == before

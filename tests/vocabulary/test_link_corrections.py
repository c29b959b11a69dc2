"""Links between our occupations and ESCO concepts join one occupation: checked by ISCO-08 unit group
in the reference file, at import, and corrected in stores that hold a wrong one (migration 0013)."""

from __future__ import annotations

import csv
import io
import sqlite3
import zipfile

import pytest
from sqlite_utils import Database

from db import candidates, needs, records, reference, vocabulary
from db.importing.esco import import_esco, same_unit_group
from db.schema import APPLICATION_ID, MIGRATIONS
from db.store import open_store, schema_version
from tests.esco_subset import ESCO_EN

ESCO = "http://data.europa.eu/esco/occupation/"
GLASS_BEVELLER = ESCO + "c9f6c245-8c66-4b13-9253-9835194abb23"  # ESCO's Danish label: "glarmester"
PLATE_GLASS_INSTALLER = ESCO + "5f9e0588-e819-42f7-9975-f53198666c07"  # "glasmontør", 7125 as our glazier
BLACKSMITH = ESCO + "fccecd5d-ad90-41a8-bb89-96d7595abca3"  # "smed"; ours is a structural metal worker
DANGEROUS_GOODS_DRIVER = ESCO + "c5d779f4-345b-4918-872b-a1cbaeb1d9be"  # our Tankbilchauffør, linked in 0013

# Linked although ESCO files the concept in another unit group: the same occupation, classified apart
# (docs/VOCABULARY.md, "Links checked by ISCO-08 group").
SAME_OCCUPATION = {"merchandiser", "skovarbejder", "revisorassistent", "kundeservicemedarbejder"}


def _esco_isco() -> dict[str, str]:
    with zipfile.ZipFile(ESCO_EN / "esco_v1.1.1_en_csv.zip") as archive, \
            archive.open("occupations_en.csv") as raw:
        return {r["conceptUri"]: r["iscoGroup"] for r in csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8"))}


def test_reference_links_join_occupations_of_one_unit_group():
    if not ESCO_EN.is_dir():
        pytest.skip(f"ESCO reference data not found under {ESCO_EN}")
    isco = _esco_isco()
    apart = {r["key"] for r in reference.read_csv("occupations.csv")
             if r["uri"] and not same_unit_group(r["isco"], isco.get(r["uri"], ""))}
    assert apart == SAME_OCCUPATION


def test_same_unit_group():
    assert same_unit_group("7125", "7125") and same_unit_group("712", "7125")
    assert same_unit_group("", "7315") and same_unit_group("7125", "")  # nothing to tell them apart by
    assert not same_unit_group("7125", "7315") and not same_unit_group("7214", "7221")


def test_a_name_alone_does_not_link_occupations_of_different_groups(store, esco_subset):
    """"Teknisk leder" is ESCO's technical director (2654); a consultant's entry of that name in 7214 is
    another occupation and stays ours, reported as unlinked; one in 2654 is linked."""
    other = reference.save_occupation(store, title="Teknisk leder", isco="7214", who="test").id
    counts = import_esco(store, [esco_subset])
    assert store.execute("SELECT uri, isco FROM occupations WHERE id = ?", [other]).fetchone() == (None, "7214")
    assert "Teknisk leder" in counts.unlinked_occupations
    assert store.execute("SELECT source FROM occupations WHERE uri = ?",
                         [ESCO + "00030d09-2b3a-4efd-87cc-c4ea39d27c34"]).fetchone() == ("esco",)


def test_full_import_keeps_our_glazier_and_smith(store, shared_data):
    glazier, smith = (store.execute("SELECT id FROM occupations WHERE key = ?", [k]).fetchone()[0]
                      for k in ("glarmester", "smed"))
    import_esco(store, [shared_data / "esco_v1.1.1", shared_data / "esco_v1.0.8_da"])
    assert store.execute("SELECT uri, isco FROM occupations WHERE id = ?", [glazier]).fetchone() == (
        PLATE_GLASS_INSTALLER, "7125")
    assert store.execute("SELECT uri, isco FROM occupations WHERE id = ?", [smith]).fetchone() == (None, "7214")
    assert store.execute("SELECT source, isco FROM occupations WHERE uri = ?", [GLASS_BEVELLER]).fetchone() == (
        "esco", "7315")
    assert store.execute("SELECT source FROM occupations WHERE uri = ?", [BLACKSMITH]).fetchone() == ("esco",)


def _store_with_wrong_links(path) -> tuple[Database, dict]:
    """A store from before migration 0013 that imported ESCO: our Glarmester merged with ESCO's glass
    beveller (its labels, a skill, its ISCO code and description), ESCO's plate glass installer a row
    of its own; our Smed linked to the blacksmith without an import."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db = Database(conn)
    MIGRATIONS.apply(db, stop_before="0013_correct_vocabulary_links")
    ids = {k: db.execute("SELECT id FROM occupations WHERE key = ?", [k]).fetchone()[0] for k in ("glarmester", "smed")}
    db.execute("UPDATE occupations SET uri = ?, isco = '7315', description = 'Bevels glass' WHERE id = ?",
               [GLASS_BEVELLER, ids["glarmester"]])
    db.execute("UPDATE occupations SET uri = ? WHERE id = ?", [BLACKSMITH, ids["smed"]])
    for label, lang, preferred in (("glarmester", "da", 0), ("glass beveller", "en", 1), ("glassliber", "da", 0)):
        db.execute("INSERT INTO occupation_labels(occupation_id, label, lang, preferred, from_esco) "
                   "VALUES (?, ?, ?, ?, 1)", [ids["glarmester"], label, lang, preferred])
    stamp = records.now()
    ids["bevel"] = db.execute("INSERT INTO skills(name, kind, uri, source, created_at, updated_at) VALUES "
                              "('slibe glaskanter', 'skill', 'http://data.europa.eu/esco/skill/x-bevel', 'esco', ?, ?)",
                              [stamp, stamp]).lastrowid
    db.execute("INSERT INTO occupation_skills VALUES (?, ?, 'essential')", [ids["glarmester"], ids["bevel"]])
    ids["installer"] = db.execute(
        "INSERT INTO occupations(title, title_en, isco, uri, source, created_at, updated_at) "
        "VALUES ('glasmontør', 'plate glass installer', '7125', ?, 'esco', ?, ?)",
        [PLATE_GLASS_INSTALLER, stamp, stamp]).lastrowid
    db.execute("INSERT INTO occupation_labels(occupation_id, label, lang, preferred, from_esco) "
               "VALUES (?, 'glasmontør', 'da', 1, 1)", [ids["installer"]])
    db.execute("UPDATE occupations SET uri = NULL WHERE key = 'tankbilchauffoer'")  # as the file was then
    ids["dangerous"] = db.execute(
        "INSERT INTO occupations(title, title_en, isco, uri, source, created_at, updated_at) "
        "VALUES ('chauffør - kørsel med farligt gods', 'dangerous goods driver', '8332', ?, 'esco', ?, ?)",
        [DANGEROUS_GOODS_DRIVER, stamp, stamp]).lastrowid
    return db, ids


def test_migration_splits_a_wrong_link_off_and_takes_the_right_one(tmp_path):
    path = tmp_path / "old.sqlite"
    db, ids = _store_with_wrong_links(path)
    glazier = ids["glarmester"]
    authored_skills = db.execute("SELECT skill_id, relation FROM occupation_skills WHERE occupation_id = ? "
                                 "AND skill_id != ?", [glazier, ids["bevel"]]).fetchall()
    assert authored_skills
    company = records.insert(db, "companies", {"name": "Glas ApS"}, who="test")
    need = needs.add(db, who="test", company_id=company, title="Glarmester", occupation_id=glazier).id
    first = candidates.add(db, who="test", name="Kandidat Et", occupations=[glazier]).id
    second = candidates.add(db, who="test", name="Kandidat To", occupations=[ids["installer"], ids["smed"]]).id
    driver = candidates.add(db, who="test", name="Kandidat Tre", occupations=[ids["dangerous"]]).id
    db.conn.close()

    db = open_store(path)
    assert "0013_correct_vocabulary_links" in schema_version(db)
    # ours is the glazier again, and the plate glass installer (merged, its reference moved)
    assert db.execute("SELECT uri, isco, description, source FROM occupations WHERE id = ?", [glazier]).fetchone() == (
        PLATE_GLASS_INSTALLER, "7125", None, "jobbro")
    assert db.execute("SELECT count(*) FROM occupations WHERE id = ?", [ids["installer"]]).fetchone() == (0,)
    labels = {r[0] for r in db.execute("SELECT label FROM occupation_labels WHERE occupation_id = ?", [glazier])}
    assert "glasmontør" in labels and not labels & {"glass beveller", "glassliber"}
    assert sorted(db.execute("SELECT skill_id, relation FROM occupation_skills WHERE occupation_id = ?",
                             [glazier]).fetchall()) == sorted(authored_skills)
    # the glass beveller is a row of its own again, with what ESCO brought
    beveller = db.execute("SELECT id, title, title_en, isco, description, source FROM occupations WHERE uri = ?",
                          [GLASS_BEVELLER]).fetchone()
    assert beveller[1:] == ("glarmester", "glass beveller", "7315", "Bevels glass", "esco")
    assert set(db.execute("SELECT label, lang, preferred FROM occupation_labels WHERE occupation_id = ?",
                          [beveller[0]]).fetchall()) == {
        ("glarmester", "da", 1), ("glass beveller", "en", 1), ("glassliber", "da", 0)}
    assert db.execute("SELECT skill_id FROM occupation_skills WHERE occupation_id = ?", [beveller[0]]).fetchall() == [
        (ids["bevel"],)]
    # the smith gives the blacksmith up; with no import there is nothing to split off
    assert db.execute("SELECT uri, isco FROM occupations WHERE id = ?", [ids["smed"]]).fetchone() == (None, "7214")
    assert db.execute("SELECT count(*) FROM occupations WHERE uri = ?", [BLACKSMITH]).fetchone() == (0,)
    # every reference stays on the entry chosen by its name
    assert needs.get(db, need)["occupation_id"] == glazier
    assert [o["id"] for o in candidates.get(db, first)["occupations"]] == [glazier]
    assert [o["id"] for o in candidates.get(db, second)["occupations"]] == [glazier, ids["smed"]]
    # a link new in 0013 merges the concept's row into ours, its reference moved along
    tanker = db.execute("SELECT id, uri FROM occupations WHERE key = 'tankbilchauffoer'").fetchone()
    assert tanker[1] == DANGEROUS_GOODS_DRIVER
    assert [o["id"] for o in candidates.get(db, driver)["occupations"]] == [tanker[0]]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    hits = vocabulary.occupation_index(db).search("glarmester", 5)
    assert hits[0].entry.id == glazier
    assert second in [r[0] for r in db.execute("SELECT rowid FROM candidates_fts WHERE candidates_fts MATCH 'Glarmester'")]
    db.close()


def test_migration_leaves_a_store_with_the_right_links_alone(store):
    before = store.execute("SELECT id, uri, isco FROM occupations ORDER BY id").fetchall()
    from db.schema import m0013_correct_vocabulary_links

    with records.transaction(store):
        m0013_correct_vocabulary_links(store)
    assert store.execute("SELECT id, uri, isco FROM occupations ORDER BY id").fetchall() == before

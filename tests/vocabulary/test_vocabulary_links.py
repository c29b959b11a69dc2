"""One vocabulary: our own entries are their ESCO concepts; stores from before are merged without losing a reference."""

from __future__ import annotations

import sqlite3

import pytest

from db import candidates, needs, records, reference, shortlists, vocabulary
from db.importing.esco import import_esco
from db.team import payload
from db.schema import APPLICATION_ID, MIGRATIONS
from db.store import open_store, schema_version
from tests.esco_subset import ESCO_DA, ESCO_EN, SHARED
from sqlite_utils import Database

KOKKENCHEF = "http://data.europa.eu/esco/occupation/1009be17-7efd-45f1-a033-566bf179c588"
PORTOR = "http://data.europa.eu/esco/occupation/a30734bb-2f10-4747-a94c-75f5ec3c63a4"


@pytest.fixture(scope="module")
def esco_index(tmp_path_factory):
    """The occupation search (with ISCO-08 groups as answers) of a store with the full ESCO download
    imported (read only)."""
    if not SHARED.is_dir():
        pytest.skip(f"reference data not found at {SHARED} (../shared is absent)")
    db = open_store(tmp_path_factory.mktemp("esco") / "store.sqlite")
    import_esco(db, [ESCO_EN, ESCO_DA])
    index = vocabulary.answer_index(db)
    db.close()
    return index


def own_uri(db, key: str) -> str | None:
    return db.execute("SELECT uri FROM occupations WHERE key = ?", [key]).fetchone()[0]


def test_reference_file_links_our_entries_to_esco_concepts():
    rows = reference.read_csv("occupations.csv")
    linked = [r for r in rows if r["uri"]]
    assert len(linked) > 150 and len({r["uri"] for r in linked}) == len(linked)  # one entry per concept
    assert all(r["uri"].startswith("http://data.europa.eu/esco/occupation/") for r in linked)
    skills = [r for r in reference.read_csv("skills.csv") if r["uri"]]
    assert skills and len({r["uri"] for r in skills}) == len(skills)


def test_a_new_store_has_the_links(store):
    by_key = {r["key"]: r["uri"] for r in reference.read_csv("occupations.csv")}
    assert own_uri(store, "koekkenchef") == by_key["koekkenchef"]
    assert store.execute("SELECT count(*) FROM occupations WHERE uri IS NOT NULL").fetchone()[0] == \
        sum(1 for u in by_key.values() if u)


@pytest.mark.parametrize("query", ["køkkenchef", "portør", "Køkkenchef", "hospitalsportør", "lagermedarbejder",
                                   "sosu hjælper", "kok", "tømrer", "buschauffør", "Køkkenchefarbejde",
                                   "Førere af mobile maskiner", "Militært arbejde på officersniveau",
                                   "Salgsarbejde i butik", "2341", "Undervisning på grundskoleniveau"])
def test_no_query_returns_two_entries_for_one_concept(esco_index, query):
    hits = esco_index.search(query, 12)
    uris = [h.entry.uri for h in hits if h.entry.uri]
    assert len(uris) == len(set(uris))
    titles = [h.entry.title.casefold() for h in hits]
    assert len(titles) == len(set(titles)), titles


def test_own_entry_is_the_esco_concept_after_import(store, shared_data):
    own_id = store.execute("SELECT id FROM occupations WHERE key = 'koekkenchef'").fetchone()[0]
    counts = import_esco(store, [shared_data / "esco_v1.1.1", shared_data / "esco_v1.0.8_da"])
    row = store.execute("SELECT id, title, uri, source, isco FROM occupations WHERE uri = ?",
                        [own_uri(store, "koekkenchef")]).fetchone()
    assert row[:4] == (own_id, "Køkkenchef", own_uri(store, "koekkenchef"), "jobbro")
    assert store.execute("SELECT count(*) FROM occupations WHERE title = 'køkkenchef'").fetchone()[0] == 0
    labels = store.execute("SELECT label, lang, preferred FROM occupation_labels WHERE occupation_id = ?",
                           [own_id]).fetchall()
    assert ("Køkkenchef", "da", 1) in labels and ("køkkenchef", "da", 0) in labels  # ESCO's name a synonym
    assert any(lang == "en" and pref for _, lang, pref in labels)
    esco_skills = store.execute("SELECT count(*) FROM occupation_skills os JOIN skills s ON s.id = os.skill_id "
                                "WHERE os.occupation_id = ? AND s.source = 'esco'", [own_id]).fetchone()[0]
    assert esco_skills > 5
    assert "Køkkenchef" not in counts.unlinked_occupations and counts.unlinked_occupations
    hits = vocabulary.occupation_index(store).search("køkkenchef", 5)
    assert hits[0].entry.id == own_id and hits[0].entry.uri == row[2]
    # a second import keeps our name and labels
    import_esco(store, [shared_data / "esco_v1.1.1", shared_data / "esco_v1.0.8_da"])
    assert store.execute("SELECT title FROM occupations WHERE id = ?", [own_id]).fetchone()[0] == "Køkkenchef"
    assert sorted(labels) == sorted(store.execute(
        "SELECT label, lang, preferred FROM occupation_labels WHERE occupation_id = ?", [own_id]).fetchall())


def test_a_consultants_entry_is_linked_when_its_name_is_a_concepts_name(store, esco_subset):
    user_id = reference.save_occupation(store, title="Teknisk leder", isco="2654", who="test").id
    import_esco(store, [esco_subset])
    assert store.execute("SELECT count(*) FROM occupations WHERE lower(title) = 'teknisk leder'").fetchone()[0] == 1
    assert store.execute("SELECT uri, title FROM occupations WHERE id = ?", [user_id]).fetchone() == (
        "http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34", "Teknisk leder")


# -- a store from before the links ------------------------------------------------------------------

def _old_store(path) -> Database:
    """A store as Jobbro made it before migration 0006: our entries without a concept, and an ESCO
    import beside them (the same concepts as separate rows)."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db = Database(conn)
    MIGRATIONS.apply(db, stop_before="0006_vocabulary_links")
    db.execute("UPDATE occupations SET uri = NULL")
    db.execute("UPDATE skills SET uri = NULL")
    stamp = records.now()
    for title, uri in (("køkkenchef", KOKKENCHEF), ("portør", PORTOR)):
        db.execute("INSERT INTO occupations(title, title_en, isco, uri, source, description, created_at, updated_at) "
                   "VALUES (?, ?, '3434', ?, 'esco', 'ESCO description', ?, ?)", [title, title + " (en)", uri, stamp, stamp])
    english = [r["uri"] for r in reference.read_csv("skills.csv") if r["key"] == "engelsk"][0]
    db.execute("INSERT INTO skills(name, name_en, kind, uri, source, created_at, updated_at) "
               "VALUES ('English', 'English', 'language', ?, 'esco', ?, ?)", [english, stamp, stamp])
    db.execute("INSERT INTO skills(name, name_en, kind, uri, source, created_at, updated_at) "
               "VALUES ('cook', 'cook', 'skill', 'http://data.europa.eu/esco/skill/x-cook', 'esco', ?, ?)", [stamp, stamp])
    ids = {}
    for table, title, col in (("occupations", "køkkenchef", "title"), ("occupations", "portør", "title"),
                              ("skills", "English", "name"), ("skills", "cook", "name")):
        ids[title] = db.execute(f"SELECT id FROM {table} WHERE {col} = ?", [title]).fetchone()[0]
    for title in ("køkkenchef", "portør"):
        db.execute("INSERT INTO occupation_labels(occupation_id, label, lang, preferred) VALUES (?, ?, 'da', 1)",
                   [ids[title], title])
        db.execute("INSERT INTO occupation_labels(occupation_id, label, lang, preferred) VALUES (?, ?, 'en', 1)",
                   [ids[title], title + " (en)"])
        db.execute("INSERT INTO occupation_skills VALUES (?, ?, 'essential')", [ids[title], ids["cook"]])
        db.execute("INSERT INTO occupation_skills VALUES (?, ?, 'optional')", [ids[title], ids["English"]])
    db.execute("INSERT INTO skill_labels(skill_id, label, lang, preferred) VALUES (?, 'English', 'en', 1)",
               [ids["English"]])
    return db, ids


def test_migration_merges_esco_rows_into_ours_and_keeps_every_reference(tmp_path):
    path = tmp_path / "old.sqlite"
    db, ids = _old_store(path)
    own = {key: db.execute("SELECT id FROM occupations WHERE key = ?", [key]).fetchone()[0]
           for key in ("koekkenchef", "portoer")}
    own_english = db.execute("SELECT id FROM skills WHERE key = 'engelsk'").fetchone()[0]
    company = records.insert(db, "companies", {"name": "Kroen ApS"}, who="test")
    need = needs.add(db, who="test", company_id=company, title="Køkkenchef søges", occupation_id=ids["køkkenchef"],
                     essential=[ids["English"], own_english], desired=[ids["cook"]]).id
    both = candidates.add(db, who="test", name="Kandidat Et", occupations=[ids["køkkenchef"], own["koekkenchef"]],
                          skills=[ids["English"]]).id
    other = candidates.add(db, who="test", name="Kandidat To", occupations=[ids["portør"], "Fri tekst"],
                           skills=[own_english, ids["English"], "svejsning"]).id
    entry = shortlists.add(db, need, both, who="test").id
    db.conn.close()

    db = open_store(path)  # applies 0006
    assert "0006_vocabulary_links" in schema_version(db)
    for title, key, uri in (("køkkenchef", "koekkenchef", KOKKENCHEF), ("portør", "portoer", PORTOR)):
        assert db.execute("SELECT count(*) FROM occupations WHERE id = ?", [ids[title]]).fetchone()[0] == 0
        assert db.execute("SELECT id, uri, source FROM occupations WHERE key = ?", [key]).fetchone() == (
            own[key], uri, "jobbro")
        labels = {(r[0], r[1], r[2]) for r in db.execute(
            "SELECT label, lang, preferred FROM occupation_labels WHERE occupation_id = ?", [own[key]])}
        assert (title, "da", 0) in labels and (title + " (en)", "en", 1) in labels
        cook = db.execute("SELECT relation FROM occupation_skills WHERE occupation_id = ? AND skill_id = ?",
                          [own[key], ids["cook"]]).fetchone()
        assert cook == ("essential",)
        assert db.execute("SELECT isco, description FROM occupations WHERE id = ?", [own[key]]).fetchone() == (
            "3434", "ESCO description")
    assert db.execute("SELECT count(*) FROM skills WHERE id = ?", [ids["English"]]).fetchone()[0] == 0
    stored = needs.get(db, need)
    assert stored["occupation_id"] == own["koekkenchef"]
    assert [e["id"] for e in stored["essential"]] == [own_english]  # the two names of one skill: one link
    assert [e["id"] for e in stored["desired"]] == [ids["cook"]]
    first = candidates.get(db, both)
    assert [o["id"] for o in first["occupations"]] == [own["koekkenchef"]]
    assert [s["id"] for s in first["skills"]] == [own_english]
    second = candidates.get(db, other)
    assert [o["id"] for o in second["occupations"]] == [own["portoer"], None]
    assert [s["id"] for s in second["skills"]] == [own_english, None]
    assert db.execute("SELECT need_id, candidate_id FROM shortlist_entries WHERE id = ?", [entry]).fetchone() == (
        need, both)
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    # the candidates' search index names the surviving entry
    assert both in [r[0] for r in db.execute(
        "SELECT rowid FROM candidates_fts WHERE candidates_fts MATCH 'Køkkenchef'")]
    hits = vocabulary.occupation_index(db).search("køkkenchef", 5)
    assert [h.entry.id for h in hits].count(own["koekkenchef"]) == 1
    assert len({h.entry.title.casefold() for h in hits}) == len(hits)
    db.close()


FORKLIFT = "http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755"


def test_a_later_link_reaches_a_store_that_imported_esco(tmp_path):
    """Migration 0012: our Truckfører is ESCO's forklift operator; a store that imported ESCO before
    held both, with a need and a candidate on the ESCO row: one row after, every reference on ours."""
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db = Database(conn)
    MIGRATIONS.apply(db, stop_before="0012_more_vocabulary_links")
    db.execute("UPDATE occupations SET uri = NULL WHERE key = 'truckfoerer'")  # as the file was then
    stamp = records.now()
    db.execute("INSERT INTO occupations(title, title_en, isco, uri, source, created_at, updated_at) "
               "VALUES ('gaffeltruckfører', 'forklift operator', '8344', ?, 'esco', ?, ?)", [FORKLIFT, stamp, stamp])
    esco_id = db.execute("SELECT id FROM occupations WHERE uri = ?", [FORKLIFT]).fetchone()[0]
    db.execute("INSERT INTO occupation_labels(occupation_id, label, lang, preferred) VALUES (?, 'gaffeltruckfører', 'da', 1)",
               [esco_id])
    ours = db.execute("SELECT id FROM occupations WHERE key = 'truckfoerer'").fetchone()[0]
    company = records.insert(db, "companies", {"name": "Lager ApS"}, who="test")
    need = needs.add(db, who="test", company_id=company, title="Truckfører", occupation_id=esco_id).id
    person = candidates.add(db, who="test", name="Kandidat", occupations=[esco_id, ours]).id
    conn.close()

    db = open_store(path)
    assert "0012_more_vocabulary_links" in schema_version(db)
    assert db.execute("SELECT id, uri FROM occupations WHERE uri = ?", [FORKLIFT]).fetchall() == [(ours, FORKLIFT)]
    assert needs.get(db, need)["occupation_id"] == ours
    assert [o["id"] for o in candidates.get(db, person)["occupations"]] == [ours]
    hits = vocabulary.occupation_index(db).search("gaffeltruckfører", 5)
    assert hits[0].entry.id == ours and [h.entry.id for h in hits].count(ours) == 1
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    # in the team register it still travels by its key, which a colleague on an older Jobbro (whose
    # Truckfører has no address yet) can place
    assert payload._vocab_ref(db, "occupations", ours) == "key:truckfoerer"
    db.close()

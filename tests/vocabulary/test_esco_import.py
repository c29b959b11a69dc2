"""ESCO import from the official file layout: counts, idempotence, update in place, ISCO codes, cancel."""

from __future__ import annotations

import pytest
from tests.esco_subset import write_subset

from db import needs, records
from db.importing.esco import import_esco
from db.importing.files import ImportCancelled, ImportProblem

OWN_TABLES = ("occupations", "skills")


def count(db, sql: str, args=()) -> int:
    return db.execute(sql, list(args)).fetchone()[0]


def snapshot(db) -> dict:
    return {
        "occupations": dict(db.execute("SELECT uri, id FROM occupations WHERE uri IS NOT NULL").fetchall()),
        "skills": dict(db.execute("SELECT uri, id FROM skills WHERE uri IS NOT NULL").fetchall()),
        "occupation_labels": count(db, "SELECT count(*) FROM occupation_labels"),
        "skill_labels": count(db, "SELECT count(*) FROM skill_labels"),
        "occupation_skills": count(db, "SELECT count(*) FROM occupation_skills"),
        "isco_groups": count(db, "SELECT count(*) FROM isco_groups"),
    }


def own_vocabulary(db) -> list:
    """Our own entries with their names: an import links them, never renames or renumbers them."""
    return db.execute("SELECT o.id, o.key, o.title, o.uri, (SELECT group_concat(label, '|') FROM "
                      "(SELECT label FROM occupation_labels l WHERE l.occupation_id = o.id AND l.from_esco = 0 "
                      "ORDER BY label)) FROM occupations o WHERE o.key IS NOT NULL ORDER BY o.id").fetchall()


def test_subset_counts_match_the_files(store, esco_subset, esco_subset_counts):
    own_before = own_vocabulary(store)
    counts = import_esco(store, [esco_subset])
    subset_uris = {r[0] for r in store.execute("SELECT uri FROM occupations WHERE source = 'esco'")}
    own_in_subset = count(store, "SELECT count(*) FROM occupations WHERE source = 'jobbro' AND description IS NOT NULL")
    assert counts.own_occupations_linked == own_in_subset > 0 and subset_uris
    assert counts.occupations_added + counts.own_occupations_linked == esco_subset_counts["occupations_en.csv"]
    assert counts.skills_added + counts.own_skills_linked == esco_subset_counts["skills_en.csv"]
    assert counts.relations == esco_subset_counts["relations"] and counts.relations_skipped == 0
    assert counts.isco_groups == esco_subset_counts["ISCOGroups_en.csv"] == 619
    assert count(store, "SELECT count(*) FROM occupations WHERE source = 'esco'") == counts.occupations_added
    # every relation of the files is stored; between two of our own linked entries it may have been ours already
    pairs = ("SELECT count(*) FROM occupation_skills os JOIN skills s ON s.id = os.skill_id "
             "JOIN occupations o ON o.id = os.occupation_id WHERE s.uri IS NOT NULL AND o.uri IS NOT NULL")
    assert count(store, pairs) >= counts.relations >= count(store, pairs + " AND (o.source = 'esco' OR s.source = 'esco')")
    assert own_vocabulary(store) == own_before


def test_labels_merge_by_uri_danish_title_english_label(store, esco_subset):
    import_esco(store, [esco_subset])
    uri = "http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34"
    title, title_en, isco = store.execute("SELECT title, title_en, isco FROM occupations WHERE uri = ?",
                                          [uri]).fetchone()
    assert (title, title_en, isco) == ("teknisk leder", "technical director", "2654")
    langs = dict(store.execute("SELECT l.lang, count(*) FROM occupation_labels l JOIN occupations o "
                               "ON o.id = l.occupation_id WHERE o.uri = ? GROUP BY l.lang", [uri]).fetchall())
    assert set(langs) == {"da", "en"} and langs["en"] >= 7
    assert store.execute("SELECT title_da, title_en, level, parent_code FROM isco_groups WHERE code = '2654'"
                         ).fetchone() == ("Arbejde med instruktion og produktion af film, teater og beslægtede funktioner",
                                          "Film, stage and related directors and producers", 4, "265")


def test_isco_codes_of_imported_and_own_occupations_are_unit_groups(store, esco_subset):
    import_esco(store, [esco_subset])
    units = {r[0] for r in store.execute("SELECT code FROM isco_groups WHERE level = 4")}
    assert len(units) == 436
    codes = store.execute("SELECT source, isco FROM occupations").fetchall()
    assert {isco for _, isco in codes} <= units
    assert {source for source, _ in codes} == {"jobbro", "esco"}


def test_second_import_changes_nothing(store, esco_subset):
    import_esco(store, [esco_subset])
    first = snapshot(store)
    counts = import_esco(store, [esco_subset])
    assert counts.occupations_added == counts.skills_added == 0
    assert snapshot(store) == first


def test_languages_imported_separately_merge_the_same(store, esco_subset):
    import_esco(store, [esco_subset / "da"])
    import_esco(store, [esco_subset / "esco_subset_en_csv.zip", esco_subset / "esco_subset_relations_csv.zip"])
    together = snapshot(store)
    title = store.execute("SELECT title FROM occupations WHERE uri LIKE '%00030d09%'").fetchone()[0]
    assert title == "teknisk leder"  # the English import keeps the Danish title
    import_esco(store, [esco_subset])
    assert snapshot(store) == together


def _newer(kind: str, rows: list[dict]) -> None:
    if kind == "occupations":
        rows[0]["preferredLabel"] = "technical director (renamed)"
        rows[0]["altLabels"] = "head of technology"
    if kind == "relations":  # the first occupation keeps only its first skill
        first = rows[0]
        rows[:] = [r for r in rows if r["occupationUri"] != first["occupationUri"] or r is first]


def test_newer_version_updates_in_place_and_needs_keep_their_links(store, esco_subset, tmp_path):
    import_esco(store, [esco_subset])
    occ_id, uri = store.execute("SELECT id, uri FROM occupations WHERE uri LIKE '%00030d09%'").fetchone()
    company = records.insert(store, "companies", {"name": "Testfirma ApS"}, who="test")
    skill_id = store.execute("SELECT max(skill_id) FROM occupation_skills WHERE occupation_id = ?",
                             [occ_id]).fetchone()[0]
    need = needs.add(store, who="test", company_id=company, title="Teknisk chef", occupation_id=occ_id,
                     essential=[skill_id]).id
    before = snapshot(store)
    newer = write_subset(tmp_path / "newer", edit=_newer)
    import_esco(store, [newer / "esco_subset_en_csv.zip", newer / "esco_subset_relations_csv.zip"])
    after = snapshot(store)
    assert after["occupations"] == before["occupations"] and after["skills"] == before["skills"]
    assert store.execute("SELECT title_en, title FROM occupations WHERE id = ?", [occ_id]).fetchone() == (
        "technical director (renamed)", "teknisk leder")
    en_labels = {r[0] for r in store.execute(
        "SELECT label FROM occupation_labels WHERE occupation_id = ? AND lang = 'en'", [occ_id])}
    assert en_labels == {"technical director (renamed)", "head of technology"}
    assert count(store, "SELECT count(*) FROM occupation_skills WHERE occupation_id = ?", [occ_id]) == 1
    stored = needs.get(store, need)
    assert stored["occupation_id"] == occ_id and [e["id"] for e in stored["essential"]] == [skill_id] and uri


def test_cancel_writes_nothing(store, esco_subset):
    before = snapshot(store)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(ImportCancelled):
        import_esco(store, [esco_subset], cancelled=cancelled)
    assert snapshot(store) == before


def test_a_folder_without_esco_files_is_a_clear_problem(store, tmp_path):
    (tmp_path / "notes.txt").write_text("nothing here")
    with pytest.raises(ImportProblem) as problem:
        import_esco(store, [tmp_path])
    assert str(tmp_path) in str(problem.value)


def test_full_official_download(store, shared_data):
    """The whole ESCO 1.1.1 English download plus the Danish labels, as a consultant would import it."""
    counts = import_esco(store, [shared_data / "esco_v1.1.1", shared_data / "esco_v1.0.8_da"])
    # 3,007 in 1.1.1, 3 more only in the Danish 1.0.8 file; our own entries are the rows of their concepts
    assert counts.occupations_added + counts.own_occupations_linked == 3010
    assert counts.own_occupations_linked == count(store, "SELECT count(*) FROM occupations WHERE key IS NOT NULL "
                                                         "AND uri IS NOT NULL") > 150
    assert count(store, "SELECT count(*) FROM occupations") == 3010 + len(counts.unlinked_occupations)
    assert counts.skills_added + counts.own_skills_linked == 13896 and counts.relations == 123855 and counts.isco_groups == 619
    assert count(store, "SELECT count(*) FROM skills WHERE kind = 'language'") > 300

"""Reference tables (measures, target groups, strains, vocabulary, places): seeding, lookups, edits."""

from __future__ import annotations

import csv

from sqlite_utils import Database

import resources
from db import records
from db.changes import Changes

RESOURCES = resources.path("reference")

# Code-keyed lists a consultant can edit in the app.
CODE_TABLES = ("measures", "target_groups", "strains", "rejection_reasons")


def read_csv(name: str) -> list[dict]:
    path = RESOURCES / name
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


def split(value: str) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def _upsert_code_table(db: Database, table: str, rows: list[dict]) -> None:
    stamp = records.now()
    for i, row in enumerate(rows):
        db.execute(
            f"INSERT INTO {table}(code, name, name_en, sort, active, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, 1, ?, ?) ON CONFLICT(code) DO NOTHING",
            [row["code"], row["name"], row.get("name_en") or None, int(row.get("sort") or i), stamp, stamp])


def seed(db: Database) -> None:
    """Insert the authored reference data from resources/; existing rows (maybe edited) are kept."""
    for table in CODE_TABLES:
        _upsert_code_table(db, table, read_csv(f"{table}.csv"))
    for row in read_csv("target_groups.csv"):
        for measure in split(row.get("measures", "")):
            db.execute("INSERT OR IGNORE INTO target_group_measures VALUES (?, ?)", [row["code"], measure])
    seed_places(db)
    seed_vocabulary(db)
    from db import isco_groups  # late import: it reads its rows through this module

    isco_groups.seed(db)


def seed_places(db: Database) -> None:
    stamp = records.now()
    for row in read_csv("municipalities.csv"):
        db.execute("INSERT OR IGNORE INTO municipalities VALUES (?, ?, ?, ?, ?)",
                   [row["code"], row["name"], row.get("region"), stamp, stamp])
    for row in read_csv("postcodes.csv"):
        db.execute("INSERT OR IGNORE INTO postcodes VALUES (?, ?, ?, ?, ?, ?, ?)",
                   [row["postcode"], row["town"], row.get("municipality_code") or None,
                    float(row["lat"]) if row.get("lat") else None,
                    float(row["lon"]) if row.get("lon") else None, stamp, stamp])
    for row in read_csv("industries.csv"):
        db.execute("INSERT OR IGNORE INTO industries VALUES (?, ?, ?, ?, ?, ?)",
                   [row["code"], int(row["level"]), row.get("parent_code") or None, row["title"], stamp, stamp])


def _free_uri(db: Database, table: str, row: dict) -> str | None:
    """The ESCO concept the reference file names for an entry, unless another row holds it already
    (a store that imported ESCO before the link existed: migration 0006 merges the two)."""
    uri = row.get("uri") or None
    if uri and db.execute(f"SELECT 1 FROM {table} WHERE uri = ? AND key IS NOT ?", [uri, row["key"]]).fetchone():
        return None
    return uri


def seed_vocabulary(db: Database) -> None:
    """Upsert our own occupations and skills by key, with their Danish synonyms, skill links and the
    ESCO concept each one is (`uri`, where the reference file names one)."""
    stamp = records.now()
    skill_ids = {}
    for row in read_csv("skills.csv"):
        db.execute(
            "INSERT INTO skills(key, name, name_en, kind, uri, source, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, 'jobbro', ?, ?) ON CONFLICT(key) DO UPDATE SET "
            "name = excluded.name, name_en = excluded.name_en, kind = excluded.kind, uri = coalesce(uri, excluded.uri)",
            [row["key"], row["name"], row.get("name_en") or None, row.get("kind") or "skill",
             _free_uri(db, "skills", row), stamp, stamp])
        skill_id = db.execute("SELECT id FROM skills WHERE key = ?", [row["key"]]).fetchone()[0]
        skill_ids[row["key"]] = skill_id
        _labels(db, "skill_labels", "skill_id", skill_id, row["name"], split(row.get("synonyms", "")))
    for row in read_csv("occupations.csv"):
        db.execute(
            "INSERT INTO occupations(key, title, title_en, isco, uri, source, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, 'jobbro', ?, ?) ON CONFLICT(key) DO UPDATE SET "
            "title = excluded.title, title_en = excluded.title_en, isco = excluded.isco, "
            "uri = coalesce(uri, excluded.uri)",
            [row["key"], row["title"], row.get("title_en") or None, row["isco"],
             _free_uri(db, "occupations", row), stamp, stamp])
        occ_id = db.execute("SELECT id FROM occupations WHERE key = ?", [row["key"]]).fetchone()[0]
        _labels(db, "occupation_labels", "occupation_id", occ_id, row["title"], split(row.get("synonyms", "")))
        for relation, col in (("essential", "essential_skills"), ("optional", "optional_skills")):
            for key in split(row.get(col, "")):
                if key in skill_ids:
                    db.execute("INSERT OR IGNORE INTO occupation_skills VALUES (?, ?, ?)",
                               [occ_id, skill_ids[key], relation])


def _labels(db: Database, table: str, owner: str, owner_id: int, preferred: str, synonyms: list[str]) -> None:
    db.execute(f"INSERT OR IGNORE INTO {table}({owner}, label, lang, preferred) VALUES (?, ?, 'da', 1)",
               [owner_id, preferred])
    for label in synonyms:
        db.execute(f"INSERT OR IGNORE INTO {table}({owner}, label, lang, preferred) VALUES (?, ?, 'da', 0)",
                   [owner_id, label])


# ---- lookups -------------------------------------------------------------------------------

def choices(db: Database, table: str, *, include_inactive: bool = False) -> list[tuple[str, str]]:
    """(code, name) pairs of an editable code table, in the table's own order."""
    if table not in CODE_TABLES:
        raise ValueError(table)
    where = "" if include_inactive else "WHERE active = 1"
    return [(r[0], r[1]) for r in db.execute(f"SELECT code, name FROM {table} {where} ORDER BY sort, name")]


def codes(db: Database, table: str) -> set[str]:
    return {c for c, _ in choices(db, table, include_inactive=True)}


def measures_for_target_group(db: Database, code: str) -> list[str]:
    return [r[0] for r in db.execute(
        "SELECT measure_code FROM target_group_measures WHERE target_group_code = ?", [code])]


def municipalities(db: Database) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in db.execute("SELECT code, name FROM municipalities ORDER BY name")]


def postcode_info(db: Database, postcode: str) -> dict | None:
    row = db.execute("SELECT postcode, town, municipality_code, lat, lon FROM postcodes WHERE postcode = ?",
                     [postcode]).fetchone()
    return None if row is None else dict(zip(("postcode", "town", "municipality_code", "lat", "lon"), row))


def known_postcodes(db: Database) -> set[str]:
    return {r[0] for r in db.execute("SELECT postcode FROM postcodes")}


def industries(db: Database) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in db.execute("SELECT code, title FROM industries ORDER BY code")]


def occupations(db: Database) -> list[dict]:
    cur = db.execute("SELECT id, title, isco, source FROM occupations WHERE active = 1 ORDER BY title")
    return [dict(zip(("id", "title", "isco", "source"), r)) for r in cur]


def skills(db: Database, kinds: tuple[str, ...] | None = None) -> list[dict]:
    sql = "SELECT id, name, kind, source FROM skills WHERE active = 1"
    args: list = []
    if kinds:
        sql += f" AND kind IN ({', '.join('?' for _ in kinds)})"
        args = list(kinds)
    return [dict(zip(("id", "name", "kind", "source"), r)) for r in db.execute(sql + " ORDER BY name", args)]


def occupation_skills(db: Database, occupation_id: int) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {"essential": [], "optional": []}
    for skill_id, relation in db.execute(
            "SELECT skill_id, relation FROM occupation_skills WHERE occupation_id = ?", [occupation_id]):
        out[relation].append(skill_id)
    return out


# ---- edits ---------------------------------------------------------------------------------

def save_code(db: Database, table: str, *, code: str, name: str, name_en: str | None = None,
              active: bool = True, who: str) -> Changes:
    """Add or rename an entry of an editable code table."""
    if table not in CODE_TABLES:
        raise ValueError(table)
    from db.validation import Checker, required_text

    check = Checker({"code": code, "name": name})
    check.field("code", required_text, optional=False)
    check.field("name", required_text, optional=False)
    clean = check.done()
    stamp = records.now()
    with records.transaction(db) as log:
        db.execute(
            f"INSERT INTO {table}(code, name, name_en, sort, active, created_at, updated_at) "
            f"VALUES (?, ?, ?, (SELECT coalesce(max(sort), 0) + 1 FROM {table}), ?, ?, ?) "
            "ON CONFLICT(code) DO UPDATE SET name = excluded.name, name_en = excluded.name_en, "
            "active = excluded.active, updated_at = excluded.updated_at",
            [clean["code"], clean["name"], name_en, int(active), stamp, stamp])
        records.audit(db, who=who, action="update", table=table, record_id=None, fields=("code", "name", "active"))
    return log.changes()


def save_occupation(db: Database, *, title: str, isco: str, occupation_id: int | None = None, who: str) -> Changes:
    """Add (or rename) one of our own occupations; the ISCO-08 code must be a 4-digit unit group."""
    import re

    from db.errors import QT_TRANSLATE_NOOP
    from db.validation import Checker, FieldProblem, required_text

    def isco_code(value):
        text = str(value).strip()
        if not re.fullmatch(r"\d{4}", text):
            raise FieldProblem(QT_TRANSLATE_NOOP("Validation", "An ISCO-08 code has 4 digits (got \"{value}\")."), value=value)
        return text

    check = Checker({"title": title, "isco": isco})
    check.field("title", required_text, optional=False)
    check.field("isco", isco_code, optional=False)
    clean = check.done()
    with records.transaction(db) as log:
        if occupation_id is None:
            occupation_id = records.insert(db, "occupations", {**clean, "source": "user"}, who=who)
        else:
            records.update(db, "occupations", occupation_id, clean, who=who)
        _labels(db, "occupation_labels", "occupation_id", occupation_id, clean["title"], [])
    return log.changes(id=occupation_id)


SKILL_KINDS = ("skill", "knowledge", "certificate", "licence", "language")


def save_skill(db: Database, *, name: str, kind: str, skill_id: int | None = None, who: str) -> Changes:
    """Add (or rename) one of our own skills, certificates, licences or languages."""
    from db.validation import Checker, one_of, required_text

    check = Checker({"name": name, "kind": kind})
    check.field("name", required_text, optional=False)
    check.field("kind", one_of, SKILL_KINDS, optional=False)
    clean = check.done()
    with records.transaction(db) as log:
        if skill_id is None:
            skill_id = records.insert(db, "skills", {**clean, "source": "user"}, who=who)
        else:
            records.update(db, "skills", skill_id, clean, who=who)
        _labels(db, "skill_labels", "skill_id", skill_id, clean["name"], [])
    return log.changes(id=skill_id)


def code_rows(db: Database, table: str) -> list[dict]:
    if table not in CODE_TABLES:
        raise ValueError(table)
    cur = db.execute(f"SELECT code, name, name_en, active FROM {table} ORDER BY sort, name")
    return [dict(zip(("code", "name", "name_en", "active"), r)) for r in cur]


def save_industry(db: Database, *, code: str, title: str, who: str) -> Changes:
    """Add or rename a DB07 industry (a section letter or a 2- to 6-digit code)."""
    import re

    from db.validation import Checker, FieldProblem, required_text

    def industry_code(value):
        text = str(value).strip().upper()
        if not re.fullmatch(r"[A-U]|\d{2}|\d{3,6}", text):
            raise FieldProblem(QT_TRANSLATE_NOOP(
                "Validation", "A DB07 code is a section letter A–U or 2 to 6 digits (got \"{value}\")."), value=value)
        return text

    from db.errors import QT_TRANSLATE_NOOP

    check = Checker({"code": code, "title": title})
    check.field("code", industry_code, optional=False)
    check.field("title", required_text, optional=False)
    clean = check.done()
    level = 0 if clean["code"].isalpha() else len(clean["code"]) - 1
    parent = None if level <= 1 else clean["code"][:2]
    stamp = records.now()
    with records.transaction(db) as log:
        db.execute("INSERT INTO industries(code, level, parent_code, title, created_at, updated_at) "
                   "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET title = excluded.title, "
                   "updated_at = excluded.updated_at", [clean["code"], level, parent, clean["title"], stamp, stamp])
        records.audit(db, who=who, action="update", table="industries", record_id=None, fields=("code", "title"))
    return log.changes()

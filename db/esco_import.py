"""Importing ESCO occupations, skills, ISCO-08 groups and their relations: upserts by concept URI, in one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlite_utils import Database

from db.changes import Changes
from db import records
from db.esco_files import Concept, EscoData, isco_of, read
from db.import_files import Cancelled, Progress, check

PRIMARY_LANG = "da"  # the title shown in the app; English and other languages become labels
BATCH = 5000


@dataclass
class EscoCounts:
    occupations_added: int = 0
    occupations_updated: int = 0
    skills_added: int = 0
    skills_updated: int = 0
    labels: int = 0
    relations: int = 0
    relations_skipped: int = 0  # a relation whose occupation or skill is in neither the files nor the store
    isco_groups: int = 0
    files: list[str] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)


def import_esco(db: Database, paths, *, who: str = "import", progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> EscoCounts:
    """Read the ESCO files in `paths` and write them in one transaction; re-running updates in place.

    Rows are matched by conceptUri, never deleted or renumbered, so needs and candidates that refer
    to an occupation or skill keep it; our own vocabulary (rows with a `key`) is not touched.
    """
    data = read(paths, progress, cancelled)
    counts = EscoCounts(files=data.files)
    with records.transaction(db) as log:
        steps = [("isco", _write_isco), ("occupations", _write_occupations), ("skills", _write_skills),
                 ("relations", _write_relations)]
        for i, (stage, write) in enumerate(steps):
            check(cancelled)
            if progress:
                progress(i, len(steps), stage)
            write(db, data, counts, cancelled)
        for table in ("isco_groups", "occupations", "skills", "occupation_skills"):
            records.audit(db, who=who, action="update", table=table, record_id=None, fields=("esco_import",))
    counts.changes = log.changes()
    if progress:
        progress(len(steps), len(steps), "done")
    return counts


def _write_isco(db: Database, data: EscoData, counts: EscoCounts, cancelled) -> None:
    stamp = records.now()
    rows = []
    for code, concept in data.isco.items():
        da, en = concept.names.get("da"), concept.names.get("en")
        rows.append([code, len(code), code[:-1] or None, da.preferred if da else None,
                     en.preferred if en else None, concept.uri, stamp, stamp])
    db.conn.executemany(
        "INSERT INTO isco_groups(code, level, parent_code, title_da, title_en, uri, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET level = excluded.level, "
        "parent_code = excluded.parent_code, title_da = coalesce(excluded.title_da, title_da), "
        "title_en = coalesce(excluded.title_en, title_en), uri = excluded.uri, updated_at = excluded.updated_at",
        rows)
    counts.isco_groups = len(rows)


def _existing(db: Database, table: str, title: str, labels: str, owner: str) -> dict[str, dict]:
    """Rows already imported, by URI, with whether their title is a Danish preferred label."""
    sql = (f"SELECT t.uri, t.id, t.{title}, t.{title}_en, t.description, EXISTS (SELECT 1 FROM {labels} l "
           f"WHERE l.{owner} = t.id AND l.lang = ? AND l.preferred = 1 AND l.label = t.{title}) "
           f"FROM {table} t WHERE t.uri IS NOT NULL")
    return {r[0]: {"id": r[1], "title": r[2], "title_en": r[3], "description": r[4], "primary": bool(r[5])}
            for r in db.execute(sql, [PRIMARY_LANG])}


def _titles(concept: Concept, old: dict | None) -> tuple[str, str | None, str | None]:
    """(title, English title, description): Danish first, and a Danish title is kept when a later
    import brings only English."""
    names = concept.names
    if PRIMARY_LANG in names:
        title = names[PRIMARY_LANG].preferred
    elif old and old["primary"]:
        title = old["title"]
    else:
        title = (names.get("en") or next(iter(names.values()))).preferred
    title_en = names["en"].preferred if "en" in names else (old or {}).get("title_en")
    desc = concept.description
    description = desc.get(PRIMARY_LANG) or desc.get("en") or (old or {}).get("description")
    return title, title_en, description


def _write_occupations(db: Database, data: EscoData, counts: EscoCounts, cancelled) -> None:
    old = _existing(db, "occupations", "title", "occupation_labels", "occupation_id")
    stamp = records.now()
    new_rows, updates = [], []
    for uri, concept in data.occupations.items():
        title, title_en, description = _titles(concept, old.get(uri))
        isco = isco_of(data, uri)
        if uri in old:
            updates.append([title, title_en, isco or None, description, stamp, old[uri]["id"]])
        else:
            new_rows.append([title, title_en, isco, uri, description, stamp, stamp])
    db.conn.executemany(
        "UPDATE occupations SET title = ?, title_en = ?, isco = coalesce(?, isco), description = ?, active = 1, "
        "updated_at = ? WHERE id = ?", updates)
    db.conn.executemany(
        "INSERT INTO occupations(title, title_en, isco, uri, source, description, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, 'esco', ?, ?, ?)", new_rows)
    counts.occupations_added, counts.occupations_updated = len(new_rows), len(updates)
    counts.labels += _write_labels(db, data.occupations, "occupations", "occupation_labels", "occupation_id",
                                   cancelled)


def _kind(concept: Concept, data: EscoData) -> str:
    if concept.uri in data.language_skills:
        return "language"
    return "knowledge" if concept.skill_type == "knowledge" else "skill"


def _write_skills(db: Database, data: EscoData, counts: EscoCounts, cancelled) -> None:
    old = _existing(db, "skills", "name", "skill_labels", "skill_id")
    stamp = records.now()
    new_rows, updates = [], []
    for uri, concept in data.skills.items():
        name, name_en, description = _titles(concept, old.get(uri))
        kind = _kind(concept, data)
        if uri in old:
            updates.append([name, name_en, kind, description, stamp, old[uri]["id"]])
        else:
            new_rows.append([name, name_en, kind, uri, description, stamp, stamp])
    db.conn.executemany(
        "UPDATE skills SET name = ?, name_en = ?, kind = ?, description = ?, active = 1, updated_at = ? "
        "WHERE id = ?", updates)
    db.conn.executemany(
        "INSERT INTO skills(name, name_en, kind, uri, source, description, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, 'esco', ?, ?, ?)", new_rows)
    counts.skills_added, counts.skills_updated = len(new_rows), len(updates)
    counts.labels += _write_labels(db, data.skills, "skills", "skill_labels", "skill_id", cancelled)


def _ids(db: Database, table: str) -> dict[str, int]:
    return {uri: i for uri, i in db.execute(f"SELECT uri, id FROM {table} WHERE uri IS NOT NULL")}


def _write_labels(db: Database, concepts: dict[str, Concept], table: str, labels: str, owner: str,
                  cancelled) -> int:
    """Replace the labels of each imported language; labels in other languages stay."""
    ids = _ids(db, table)
    drop, rows = [], []
    for uri, concept in concepts.items():
        owner_id = ids[uri]
        for lang, names in concept.names.items():
            drop.append([owner_id, lang])
            rows.append([owner_id, names.preferred, lang, 1])
            rows.extend([owner_id, label, lang, 0] for label in names.alternative + names.hidden)
    db.conn.executemany(f"DELETE FROM {labels} WHERE {owner} = ? AND lang = ?", drop)
    for start in range(0, len(rows), BATCH):
        check(cancelled)
        db.conn.executemany(f"INSERT OR IGNORE INTO {labels}({owner}, label, lang, preferred) VALUES (?, ?, ?, ?)",
                            rows[start:start + BATCH])
    return len(rows)


def _write_relations(db: Database, data: EscoData, counts: EscoCounts, cancelled) -> None:
    """Set the ESCO skills of each occupation the files relate; links to our own skills stay."""
    if not data.relations:
        return
    occupations, skills = _ids(db, "occupations"), _ids(db, "skills")
    wanted: dict[tuple[int, int], str] = {}
    for occ_uri, skill_uri, relation in data.relations:
        occ, skill = occupations.get(occ_uri), skills.get(skill_uri)
        if occ is None or skill is None:
            counts.relations_skipped += 1
        elif wanted.get((occ, skill)) != "essential":  # a pair listed twice keeps its stronger relation
            wanted[(occ, skill)] = relation
    covered = {occ for occ, _ in wanted}
    stale = [[o, s] for o, s in db.execute(
        "SELECT os.occupation_id, os.skill_id FROM occupation_skills os JOIN skills s ON s.id = os.skill_id "
        "WHERE s.uri IS NOT NULL") if o in covered and (o, s) not in wanted]
    db.conn.executemany("DELETE FROM occupation_skills WHERE occupation_id = ? AND skill_id = ?", stale)
    rows = [[o, s, r] for (o, s), r in wanted.items()]
    for start in range(0, len(rows), BATCH * 4):
        check(cancelled)
        db.conn.executemany(
            "INSERT INTO occupation_skills(occupation_id, skill_id, relation) VALUES (?, ?, ?) "
            "ON CONFLICT(occupation_id, skill_id) DO UPDATE SET relation = excluded.relation", rows[start:start + BATCH * 4])
    counts.relations = len(rows)

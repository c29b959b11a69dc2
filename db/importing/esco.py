"""Importing ESCO occupations, skills, ISCO-08 groups and their relations: upserts by concept URI, in one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlite_utils import Database

from db.changes import Changes
from db import records
from db.importing.esco_files import Concept, EscoData, isco_of, read
from db.importing.files import Cancelled, Progress, check
from matching import normalize

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
    # our own entries (from resources/reference or added by a consultant) and their ESCO concepts
    own_occupations_linked: int = 0
    own_skills_linked: int = 0
    unlinked_occupations: list[str] = field(default_factory=list)  # titles with no concept in these files
    unlinked_skills: list[str] = field(default_factory=list)


def import_esco(db: Database, paths, *, who: str = "import", progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> EscoCounts:
    """Read the ESCO files in `paths` and write them in one transaction; re-running updates in place.

    Rows are matched by conceptUri, never deleted or renumbered, so needs and candidates that refer
    to an occupation or skill keep it. One row per concept: an entry of our own that holds a concept's
    URI (from resources/reference), or whose name is exactly the concept's preferred label, is that
    concept's row: it keeps its Danish name, gets every ESCO label as a synonym and the concept's
    ISCO-08 code and skills. Our entries that no imported concept matches are reported.
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
        _unlinked(db, data, counts)
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
           f"WHERE l.{owner} = t.id AND l.lang = ? AND l.preferred = 1 AND l.label = t.{title}), t.source "
           f"FROM {table} t WHERE t.uri IS NOT NULL")
    return {r[0]: {"id": r[1], "title": r[2], "title_en": r[3], "description": r[4], "primary": bool(r[5]),
                   "own": r[6] != "esco"}
            for r in db.execute(sql, [PRIMARY_LANG])}


def same_unit_group(ours: str, theirs: str) -> bool:
    """Whether an occupation of ours (ISCO-08 code `ours`, maybe empty) may be the concept with ISCO-08
    code `theirs`: ESCO's Danish label is at times the word for another occupation ("glarmester" is
    ESCO's glass beveller, 7315; ours is a glazier, 7125), and a name alone must not join them."""
    return not ours or not theirs or theirs.startswith(ours[:4])


def _claim(db: Database, table: str, title: str, concepts: dict[str, Concept], old: dict[str, dict],
           isco: dict[str, str] | None = None) -> None:
    """Link our own entries that hold no concept yet to the new concept whose preferred label (Danish,
    else English) is exactly their name, when exactly one of ours and one concept meet (for
    occupations, `isco` giving each concept's ISCO-08 code: and both are in the same unit group);
    `old` learns them, so they are updated rather than added twice."""
    own: dict[str, list[int]] = {}
    codes: dict[int, str] = {}
    extra = ", isco" if isco is not None else ", ''"
    for row_id, name, name_en, code in db.execute(
            f"SELECT id, {title}, {title}_en{extra} FROM {table} WHERE uri IS NULL AND source != 'esco' AND active = 1"):
        codes[row_id] = code or ""
        for text in dict.fromkeys((name, name_en)):
            if text:
                own.setdefault(f"{normalize.key(text)}", []).append(row_id)
    wanted: dict[str, list[str]] = {}
    for uri, concept in concepts.items():
        if uri in old:
            continue
        for lang in (PRIMARY_LANG, "en"):
            if lang in concept.names:
                wanted.setdefault(normalize.key(concept.names[lang].preferred), []).append(uri)
    taken: set[int] = set()
    for k, ids in own.items():
        uris = wanted.get(k, [])
        if len(set(ids)) != 1 or len(set(uris)) != 1 or ids[0] in taken or uris[0] in old:
            continue
        if isco is not None and not same_unit_group(codes[ids[0]], isco.get(uris[0], "")):
            continue
        taken.add(ids[0])
        db.execute(f"UPDATE {table} SET uri = ? WHERE id = ?", [uris[0], ids[0]])
        row = db.execute(f"SELECT {title}, {title}_en, description FROM {table} WHERE id = ?", [ids[0]]).fetchone()
        old[uris[0]] = {"id": ids[0], "title": row[0], "title_en": row[1], "description": row[2],
                        "primary": True, "own": True}


def _unlinked(db: Database, data: EscoData, counts: EscoCounts) -> None:
    for table, title, concepts, names in (("occupations", "title", data.occupations, counts.unlinked_occupations),
                                          ("skills", "name", data.skills, counts.unlinked_skills)):
        if not concepts:
            continue
        rows = db.execute(f"SELECT {title}, uri FROM {table} WHERE source != 'esco' AND active = 1 "
                          f"ORDER BY {title} COLLATE NOCASE").fetchall()
        names.extend(name for name, uri in rows if uri not in concepts)
        linked = sum(1 for _, uri in rows if uri in concepts)
        if table == "occupations":
            counts.own_occupations_linked = linked
        else:
            counts.own_skills_linked = linked


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
    _claim(db, "occupations", "title", data.occupations, old, {uri: isco_of(data, uri) for uri in data.occupations})
    stamp = records.now()
    new_rows, updates = [], []
    for uri, concept in data.occupations.items():
        title, title_en, description = _titles(concept, old.get(uri))
        isco = isco_of(data, uri)
        if uri in old and old[uri]["own"]:  # ours: our names stay, the concept brings ISCO and description
            updates.append([old[uri]["title"], old[uri]["title_en"] or title_en, isco or None,
                            old[uri]["description"] or description, stamp, old[uri]["id"]])
        elif uri in old:
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
    _claim(db, "skills", "name", data.skills, old)
    stamp = records.now()
    new_rows, updates = [], []
    for uri, concept in data.skills.items():
        name, name_en, description = _titles(concept, old.get(uri))
        kind = _kind(concept, data)
        if uri in old and old[uri]["own"]:  # ours: our name and kind stay
            updates.append([old[uri]["title"], old[uri]["title_en"] or name_en, None,
                            old[uri]["description"] or description, stamp, old[uri]["id"]])
        elif uri in old:
            updates.append([name, name_en, kind, description, stamp, old[uri]["id"]])
        else:
            new_rows.append([name, name_en, kind, uri, description, stamp, stamp])
    db.conn.executemany(
        "UPDATE skills SET name = ?, name_en = ?, kind = coalesce(?, kind), description = ?, active = 1, updated_at = ? "
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
    """Replace the ESCO labels of each imported language; labels in other languages, and the names of
    our own entries, stay. On our own entries the Danish preferred label is a synonym (ours is the name)."""
    ids = _ids(db, table)
    own = {r[0] for r in db.execute(f"SELECT id FROM {table} WHERE uri IS NOT NULL AND source != 'esco'")}
    drop, rows = [], []
    for uri, concept in concepts.items():
        owner_id = ids[uri]
        for lang, names in concept.names.items():
            drop.append([owner_id, lang])
            rows.append([owner_id, names.preferred, lang, int(not (owner_id in own and lang == PRIMARY_LANG))])
            rows.extend([owner_id, label, lang, 0] for label in names.alternative + names.hidden)
    db.conn.executemany(f"DELETE FROM {labels} WHERE {owner} = ? AND lang = ? AND from_esco = 1", drop)
    for start in range(0, len(rows), BATCH):
        check(cancelled)
        db.conn.executemany(f"INSERT OR IGNORE INTO {labels}({owner}, label, lang, preferred, from_esco) "
                            "VALUES (?, ?, ?, ?, 1)", rows[start:start + BATCH])
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
        "WHERE s.uri IS NOT NULL AND s.source = 'esco'") if o in covered and (o, s) not in wanted]
    db.conn.executemany("DELETE FROM occupation_skills WHERE occupation_id = ? AND skill_id = ?", stale)
    rows = [[o, s, r] for (o, s), r in wanted.items()]
    for start in range(0, len(rows), BATCH * 4):
        check(cancelled)
        db.conn.executemany(
            "INSERT INTO occupation_skills(occupation_id, skill_id, relation) VALUES (?, ?, ?) "
            "ON CONFLICT(occupation_id, skill_id) DO UPDATE SET relation = excluded.relation", rows[start:start + BATCH * 4])
    counts.relations = len(rows)

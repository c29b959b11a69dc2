"""One vocabulary: our own occupations and skills linked with their ESCO concepts, one row per concept.

An authored entry names its ESCO concept in resources/reference (column `uri`). A store that imported
ESCO before the link existed holds two rows for such a concept: ours (keyed by `key`) and ESCO's
(keyed by `uri`). `link_authored` merges them into ours: every table that refers to the ESCO row is
repointed to ours (found through the store's own foreign keys, so tables added later are covered),
ESCO's labels become synonyms of ours, our row takes the concept's URI, ISCO-08 code and skills, and
the ESCO row is removed. Ids of our rows never change, so needs, candidates, shortlists and
occupation–skill links keep pointing at the same entry.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlite_utils import Database

from db import records
from db.reference import read_csv

# table -> (label table, owner column, title column, reference file)
VOCABULARIES = {
    "occupations": ("occupation_labels", "occupation_id", "title", "occupations.csv"),
    "skills": ("skill_labels", "skill_id", "name", "skills.csv"),
}
# Link tables without a unique constraint where a merge may leave the same link twice.
DEDUPE = {
    "occupations": [("candidate_occupations", ("candidate_id", "occupation_id"))],
    "skills": [("candidate_skills", ("candidate_id", "skill_id")), ("need_skills", ("need_id", "skill_id", "relation"))],
}


@dataclass
class LinkReport:
    linked: dict[str, int] = field(default_factory=lambda: {"occupations": 0, "skills": 0})
    merged: dict[str, int] = field(default_factory=lambda: {"occupations": 0, "skills": 0})
    repointed: int = 0  # referencing rows moved from an ESCO row to ours


def add_label_origin(db: Database) -> None:
    """Labels remember whether an ESCO import wrote them: a re-import replaces only those."""
    for table, (labels, owner, _, _) in VOCABULARIES.items():
        db.execute(f"ALTER TABLE {labels} ADD COLUMN from_esco INTEGER NOT NULL DEFAULT 0")
        db.execute(f"UPDATE {labels} SET from_esco = 1 WHERE {owner} IN (SELECT id FROM {table} WHERE source = 'esco')")


def references(db: Database, table: str) -> list[tuple[str, str]]:
    """(table, column) of every foreign key in the store that points at `table`."""
    out = []
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                              "AND sql NOT LIKE 'CREATE VIRTUAL%'").fetchall():
        for fk in db.execute(f"PRAGMA foreign_key_list('{name}')").fetchall():
            if fk[2] == table:
                out.append((name, fk[3]))
    return out


def merge(db: Database, table: str, survivor: int, loser: int, who: str = "migration") -> int:
    """Fold the row `loser` into `survivor` (both in `table`); returns the referencing rows moved."""
    labels, owner, _, _ = VOCABULARIES[table]
    db.execute(
        f"INSERT OR IGNORE INTO {labels}({owner}, label, lang, preferred, from_esco) "
        f"SELECT ?, label, lang, CASE WHEN lang = 'da' THEN 0 ELSE preferred END, 1 FROM {labels} WHERE {owner} = ?",
        [survivor, loser])
    if table == "occupations":
        db.execute("UPDATE occupations SET isco = coalesce(nullif((SELECT isco FROM occupations WHERE id = :l), ''), isco), "
                   "title_en = coalesce(title_en, (SELECT title_en FROM occupations WHERE id = :l)), "
                   "description = coalesce(description, (SELECT description FROM occupations WHERE id = :l)) "
                   "WHERE id = :s", {"s": survivor, "l": loser})
    else:
        db.execute("UPDATE skills SET name_en = coalesce(name_en, (SELECT name_en FROM skills WHERE id = :l)), "
                   "description = coalesce(description, (SELECT description FROM skills WHERE id = :l)) "
                   "WHERE id = :s", {"s": survivor, "l": loser})
    moved = 0
    for ref_table, column in references(db, table):
        if ref_table == labels:
            continue
        moved += db.execute(f"UPDATE OR IGNORE {ref_table} SET {column} = ? WHERE {column} = ?",
                            [survivor, loser]).rowcount
        # what is left collided with a unique key: the survivor already has that link
        db.execute(f"DELETE FROM {ref_table} WHERE {column} = ?", [loser])
    for link, cols in DEDUPE[table]:
        if (link, cols[1]) in references(db, table):
            same = " AND ".join(f"d.{c} IS {link}.{c}" for c in cols)
            db.execute(f"DELETE FROM {link} WHERE {cols[1]} = ? AND EXISTS (SELECT 1 FROM {link} d "
                       f"WHERE {same} AND d.id < {link}.id)", [survivor])
    uri = db.execute(f"SELECT uri FROM {table} WHERE id = ?", [loser]).fetchone()[0]
    db.execute(f"DELETE FROM {table} WHERE id = ?", [loser])
    db.execute(f"UPDATE {table} SET uri = ? WHERE id = ?", [uri, survivor])
    records.audit(db, who=who, action="update", table=table, record_id=survivor, fields=("uri", "merged"))
    return moved


@dataclass(frozen=True)
class WrongLink:
    """A link of our occupation `key` to the ESCO concept `uri`, which is another occupation: ESCO's
    Danish label is the same word (`title`, `title_en` and `isco` are the concept's own)."""
    key: str
    uri: str
    title: str
    title_en: str
    isco: str


def split_off(db: Database, link: WrongLink, own_isco: str | None, who: str = "migration") -> bool:
    """Undo a wrong link: our entry gives the concept up and gets its own ISCO-08 code back (`own_isco`,
    from the reference file); where an ESCO import merged the concept into ours, the concept becomes a
    row of its own again with what the import brought (its labels, its ESCO skills, its description).
    Needs, candidates and shortlists chose our entry by its name and stay on it. Returns whether the
    store held the link."""
    found = db.execute("SELECT id, uri, description FROM occupations WHERE key = ?", [link.key]).fetchone()
    if found is None or found[1] != link.uri:
        return False
    ours, _, description = found
    imported = db.execute(
        "SELECT EXISTS (SELECT 1 FROM occupation_labels WHERE occupation_id = :o AND from_esco = 1) OR EXISTS "
        "(SELECT 1 FROM occupation_skills os JOIN skills s ON s.id = os.skill_id WHERE os.occupation_id = :o "
        "AND s.source = 'esco')", {"o": ours}).fetchone()[0]
    stamp = records.now()
    db.execute("UPDATE occupations SET uri = NULL, isco = coalesce(?, isco), description = ?, updated_at = ? "
               "WHERE id = ?", [own_isco or None, None if imported else description, stamp, ours])
    records.audit(db, who=who, action="update", table="occupations", record_id=ours, fields=("isco", "uri"))
    if not imported:
        return True
    concept = db.execute(
        "INSERT INTO occupations(title, title_en, isco, uri, source, description, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, 'esco', ?, ?, ?)",
        [link.title, link.title_en, link.isco, link.uri, description, stamp, stamp]).lastrowid
    db.execute("UPDATE occupation_labels SET occupation_id = ? WHERE occupation_id = ? AND from_esco = 1",
               [concept, ours])
    db.execute("INSERT OR IGNORE INTO occupation_labels(occupation_id, label, lang, preferred, from_esco) "
               "VALUES (?, ?, 'da', 1, 1)", [concept, link.title])
    db.execute("UPDATE occupation_labels SET preferred = 1 WHERE occupation_id = ? AND lang = 'da' AND label = ?",
               [concept, link.title])
    db.execute("UPDATE occupation_skills SET occupation_id = ? WHERE occupation_id = ? AND skill_id IN "
               "(SELECT id FROM skills WHERE source = 'esco')", [concept, ours])
    records.audit(db, who=who, action="create", table="occupations", record_id=concept, fields=("uri",))
    return True


def link_authored(db: Database, who: str = "migration") -> LinkReport:
    """Give each of our entries the ESCO concept its reference file names, merging the ESCO row of that
    concept into ours where the store has one. Runs inside the caller's transaction."""
    report = LinkReport()
    for table, (_, _, _, csv_name) in VOCABULARIES.items():
        for row in read_csv(csv_name):
            uri = row.get("uri")
            if not uri:
                continue
            found = db.execute(f"SELECT id, uri FROM {table} WHERE key = ?", [row["key"]]).fetchone()
            if found is None or found[1] == uri:
                continue
            if found[1]:  # linked by hand to another concept: leave it
                continue
            other = db.execute(f"SELECT id FROM {table} WHERE uri = ?", [uri]).fetchone()
            if other is None:
                db.execute(f"UPDATE {table} SET uri = ? WHERE id = ?", [uri, found[0]])
            elif db.execute(f"SELECT key IS NULL AND source = 'esco' FROM {table} WHERE id = ?", [other[0]]).fetchone()[0]:
                report.repointed += merge(db, table, found[0], other[0], who)
                report.merged[table] += 1
            else:
                continue  # another of our own entries holds the concept already
            report.linked[table] += 1
    if report.merged["occupations"] or report.merged["skills"]:
        from db import search  # the candidates' index holds occupation and skill names

        search.rebuild(db)
    return report

"""The vocabulary as search material (entries, labels, ISCO-08 group names) and occupations' skill profiles."""

from __future__ import annotations

from collections import defaultdict

from sqlite_utils import Database

from matching.answer_search import OccupationAnswers
from matching.isco_groups import group_ref
from matching.title_search import ALTERNATIVE, PREFERRED, Entry, Hit, Label, TitleIndex

# An ISCO-08 group's name finds the occupations in it, below their own names; broad groups count less.
GROUP_WEIGHT = {4: 0.85, 3: 0.8, 2: 0.75, 1: 0.7}
CODE_WEIGHT = 0.8  # the 4-digit code itself ("8344"), for those who know DISCO-08


OCCUPATION_ENTRIES = ("SELECT id, title, isco, uri, source, title_en FROM occupations WHERE active = 1 "
                      "ORDER BY source = 'esco', title COLLATE NOCASE, id")
SKILL_ENTRIES = ("SELECT id, name, '', uri, source, name_en FROM skills WHERE active = 1 "
                 "ORDER BY source = 'esco', name COLLATE NOCASE, id")


def _entries(db: Database, sql: str, args=()) -> tuple[list[Entry], dict[int, int]]:
    entries = [Entry(r[0], r[1], r[2] or "", r[3] or "", r[4], r[5] or "") for r in db.execute(sql, list(args))]
    return entries, {e.id: i for i, e in enumerate(entries)}


def _own_labels(db: Database, table: str, owner: str, position: dict[int, int]) -> list[Label]:
    labels = []
    for owner_id, label, preferred in db.execute(f"SELECT {owner}, label, preferred FROM {table}"):
        if owner_id in position and label.strip():
            labels.append(Label(label, (position[owner_id],), PREFERRED if preferred else ALTERNATIVE))
    return labels


def occupation_search_data(db: Database) -> tuple[list[Entry], list[Label]]:
    """Active occupations (ours before ESCO's, so ties favour our own) with every label and the
    names of the ISCO-08 groups they belong to."""
    entries, position = _entries(db, OCCUPATION_ENTRIES)
    labels = _own_labels(db, "occupation_labels", "occupation_id", position)
    by_prefix: dict[str, list[int]] = defaultdict(list)
    for i, entry in enumerate(entries):
        for level in range(1, len(entry.isco) + 1):
            by_prefix[entry.isco[:level]].append(i)
    for code, level, title_da, title_en in db.execute("SELECT code, level, title_da, title_en FROM isco_groups"):
        owners = tuple(by_prefix.get(code, ()))
        if not owners:
            continue
        weight = GROUP_WEIGHT.get(level, min(GROUP_WEIGHT.values()))
        labels.extend(Label(t, owners, weight) for t in dict.fromkeys((title_da, title_en)) if t)
        if level == 4:
            labels.append(Label(code, owners, CODE_WEIGHT))
    return entries, labels


def skill_search_data(db: Database, kinds: tuple[str, ...] | None = None) -> tuple[list[Entry], list[Label]]:
    """Active skills (ours before ESCO's) with every label."""
    sql, args = SKILL_ENTRIES, []
    if kinds:
        sql = sql.replace(" ORDER BY", f" AND kind IN ({', '.join('?' for _ in kinds)}) ORDER BY")
        args = list(kinds)
    entries, position = _entries(db, sql, args)
    return entries, _own_labels(db, "skill_labels", "skill_id", position)


def occupation_skills(db: Database, occupation_id: int) -> dict[str, list[tuple[int, str]]]:
    """An occupation's essential and optional skills as (id, name): our own skills first, then
    licences and certificates, then the rest by name."""
    out: dict[str, list[tuple[int, str]]] = {"essential": [], "optional": []}
    sql = ("SELECT s.id, s.name, os.relation FROM occupation_skills os JOIN skills s ON s.id = os.skill_id "
           "WHERE os.occupation_id = ? AND s.active = 1 ORDER BY s.source = 'esco', "
           "s.kind NOT IN ('licence', 'certificate'), s.kind = 'knowledge', s.name COLLATE NOCASE")
    for skill_id, name, relation in db.execute(sql, [occupation_id]):
        out[relation].append((skill_id, name))
    return out


def entries(db: Database, which: str) -> list[Entry]:
    """The active occupations or skills in search order, without their labels (quick)."""
    return _entries(db, OCCUPATION_ENTRIES if which == "occupations" else SKILL_ENTRIES)[0]


def search_data(db: Database, which: str) -> tuple[list[Entry], list[Label]]:
    return occupation_search_data(db) if which == "occupations" else skill_search_data(db)


def occupation_index(db: Database) -> TitleIndex:
    return TitleIndex(*occupation_search_data(db))


def skill_index(db: Database, kinds: tuple[str, ...] | None = None) -> TitleIndex:
    return TitleIndex(*skill_search_data(db, kinds), recall=False)


def hit_record(hit: Hit, kind: str = "occupation") -> dict:
    """A search result as plain data (the command line's JSON)."""
    entry = hit.entry
    return {"id": entry.id, "title": entry.title, "score": round(hit.score, 4), "isco": entry.isco or None,
            "uri": entry.uri or None, "source": entry.source, "matched": hit.label,
            "kind": "group" if entry.source == "isco" else kind}  # group: an ISCO-08 group, id its group ref


def group_search_data(db: Database) -> tuple[list[Entry], list[Label]]:
    """The ISCO-08 minor and unit groups that can be answers, each under its group ref, found by its Danish
    and English names and its code. A minor group with a single unit group is the same set of
    occupations, and one with the Danish name of one of its unit groups would look like it: only the
    unit group is listed."""
    rows = db.execute("SELECT code, level, title_da, title_en, uri, synonyms FROM isco_groups "
                      "WHERE level IN (3, 4) AND coalesce(title_da, title_en) IS NOT NULL ORDER BY code").fetchall()
    units: dict[str, list[str]] = defaultdict(list)
    for code, level, title_da, *_ in rows:
        if level == 4:
            units[code[:3]].append(title_da)
    entries, labels = [], []
    for code, level, title_da, title_en, uri, synonyms in rows:
        if level == 3 and (len(units[code]) == 1 or title_da in units[code]):
            continue  # "Salgsarbejde i butik" is the unit group 5223: its minor group 522 would look the same
        labels.extend(Label(t, (len(entries),), PREFERRED) for t in dict.fromkeys((title_da, title_en)) if t)
        # our names for the field as job centres write it ("Leder, daginstitution": 1341)
        labels.extend(Label(t, (len(entries),), ALTERNATIVE) for t in (synonyms or "").split("|") if t.strip())
        labels.append(Label(code, (len(entries),), PREFERRED))  # typing the code names the group itself
        entries.append(Entry(group_ref(code), title_da or title_en, code, uri or "", "isco"))
    return entries, labels


def answer_group_index(db: Database) -> TitleIndex:
    """The ISCO-08 groups that can be answers (minor and unit groups) by their names."""
    return TitleIndex(*group_search_data(db))


def answer_index(db: Database) -> OccupationAnswers:
    """Occupations and ISCO-08 groups behind one search (type-ahead, `jobbro occupations`)."""
    return OccupationAnswers(occupation_index(db), answer_group_index(db))


def isco_group_index(db: Database) -> TitleIndex:
    """The ISCO-08 groups (all four levels) by their Danish and English names: the field a title names
    (`jobbro occupations --groups`), at any level."""
    rows = db.execute("SELECT code, level, title_da, title_en FROM isco_groups "
                      "WHERE coalesce(title_da, title_en) IS NOT NULL ORDER BY level DESC, code").fetchall()
    entries = [Entry(-i - 1, title_da or title_en, code, "", "isco") for i, (code, _, title_da, title_en) in
               enumerate(rows)]
    labels = [Label(t, (i,), PREFERRED) for i, (_, _, da, en) in enumerate(rows) for t in dict.fromkeys((da, en)) if t]
    return TitleIndex(entries, labels)


def group_answer(groups: TitleIndex, occupations: list[Hit], query: str) -> Hit | None:
    """The ISCO-08 group a title names, when it matches the title better than any occupation does."""
    found = groups.search(query, 1)
    if not found:
        return None
    best = max((h.score for h in occupations if h.entry.source != "isco"), default=0.0)
    return found[0] if found[0].score > best else None


def group_record(hit: Hit) -> dict:
    return {"isco": hit.entry.isco, "title": hit.entry.title, "score": round(hit.score, 4), "matched": hit.label}

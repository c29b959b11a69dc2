"""ISCO-08 groups as answers: the reference rows, their labels, and checking a chosen group.

A need's occupation (`needs.isco_group`) or a candidate's wish (`candidate_occupations.isco_group`)
may be a minor group (3 digits) or a unit group (4 digits) instead of an occupation. The row keeps
the group's label as its text too (`occupation_text`, `free_text`: "ISCO-08 2341 Grundskolelærere"),
so listings, exports, the full-text index and PDFs that show an occupation's text show the group
without knowing about groups. Refs in forms and in the matching engine: matching/isco_groups.py.
"""

from __future__ import annotations

import re

from sqlite_utils import Database

from db import records
from db.errors import QT_TRANSLATE_NOOP
from db.validation import Checker
from matching.isco_groups import GROUP_LEVELS, group_code, group_ref

LABEL_PREFIX = "ISCO-08"
# "ISCO-08 2341 …", "ISCO 2341", "isco-08: 234": how a group is written in a file and recognised again
LABEL = re.compile(r"^\s*ISCO(?:-?08)?\s*:?\s*(\d{3,4})\b", re.IGNORECASE)
TITLE_SQL = "coalesce(nullif(title_da, ''), title_en, '')"


def seed(db: Database) -> None:
    """The 619 ISCO-08 groups (levels 1–4, Danish and English titles) from resources/reference, so a
    store can answer with a group before any ESCO import; rows already there (an import's) are kept.
    Our Danish names for fields as job centres write them ("Leder, daginstitution") go to `synonyms`
    (from migration 0011 on), where none are yet."""
    from db import reference  # reference seeds this module's table among the others

    stamp = records.now()
    rows = reference.read_csv("isco_groups.csv")
    db.conn.executemany(
        "INSERT OR IGNORE INTO isco_groups(code, level, parent_code, title_da, title_en, uri, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [[r["code"], int(r["level"]), r.get("parent_code") or None, r.get("title_da") or None,
          r.get("title_en") or None, r.get("uri") or None, stamp, stamp] for r in rows])
    if "synonyms" in {c[1] for c in db.execute("PRAGMA table_info(isco_groups)")}:
        db.conn.executemany("UPDATE isco_groups SET synonyms = ? WHERE code = ? AND synonyms IS NULL",
                            [[r["synonyms"], r["code"]] for r in rows if r.get("synonyms")])


def titles(db: Database, codes=None) -> dict[str, str]:
    """code -> title (Danish where the data has one, else English) of the groups that can be answers."""
    sql = f"SELECT code, {TITLE_SQL} FROM isco_groups WHERE level IN ({', '.join(map(str, GROUP_LEVELS))})"
    args: list = []
    if codes is not None:
        codes = sorted(set(codes))
        if not codes:
            return {}
        sql += f" AND code IN ({', '.join('?' for _ in codes)})"
        args = codes
    return dict(db.execute(sql, args).fetchall())


def label(code: str, title: str) -> str:
    """The stored text of a chosen group: "ISCO-08 2341 Undervisning på grundskoleniveau"."""
    return f"{LABEL_PREFIX} {code} {title}".strip()


def code_in(text) -> str | None:
    """The group a text written as a label names ("ISCO-08 2341 …"), else None."""
    found = LABEL.match(text) if isinstance(text, str) else None
    return found.group(1) if found else None


def check(db: Database, check: Checker, field: str, codes) -> dict[str, str]:
    """code -> title of the chosen groups; an unknown code, or one that is not a minor or unit group,
    fails `field` with a message naming it."""
    codes = [c for c in codes if c is not None]
    found = titles(db, [str(c) for c in codes])
    unknown = [str(c) for c in codes if str(c) not in found]
    if unknown:
        check.fail(field, QT_TRANSLATE_NOOP(
            "Validation", "Unknown ISCO-08 group: {value}. Choose a minor group (3 digits) or a unit group (4 digits)."),
            value=", ".join(c[:10] for c in unknown[:5]))
    return found


def refs_and_codes(refs) -> tuple[list, list[str]]:
    """Split a list of occupation refs into the others and the ISCO-08 group codes among them."""
    others, codes = [], []
    for ref in refs or ():
        code = group_code(ref)
        if code is None:
            others.append(ref)
        else:
            codes.append(code)
    return others, codes


__all__ = ["seed", "titles", "label", "code_in", "check", "refs_and_codes", "group_ref", "group_code"]

"""Links from needs and candidates to vocabulary entries, each an id or free text not in the vocabulary."""

from __future__ import annotations

from sqlite_utils import Database

from db import isco_groups
from db.errors import QT_TRANSLATE_NOOP
from db.validation import MAX_INTEGER, Checker, FieldProblem, checked_text
from matching.isco_groups import group_code, group_ref

Ref = int | str  # a vocabulary id, free text kept as the consultant typed it, or an ISCO-08 group ref


def as_rows(refs, id_col: str, group_titles: dict[str, str] | None = None, **extra) -> list[dict]:
    """Link rows for refs; an ISCO-08 group ref (occupations only) becomes a row with `isco_group` and
    the group's label as its text (`group_titles`: code -> title, db.isco_groups.titles)."""
    rows, seen = [], set()
    for ref in refs or ():
        code = group_code(ref)
        if code is not None:
            if ("g", code) not in seen:
                seen.add(("g", code))
                text = isco_groups.label(code, (group_titles or {}).get(code, ""))
                rows.append({id_col: None, "free_text": text, "isco_group": code, **extra})
            continue
        if isinstance(ref, str):
            text = ref.strip()
            if not text or ("t", text.casefold()) in seen:
                continue
            seen.add(("t", text.casefold()))
            rows.append({id_col: None, "free_text": text, **extra})
        else:
            if ("i", int(ref)) in seen:
                continue
            seen.add(("i", int(ref)))
            rows.append({id_col: int(ref), "free_text": None, **extra})
    return rows


def check_ids(db: Database, check: Checker, field: str, table: str, refs) -> dict[str, str]:
    """Refs that name no entry fail `field`; for occupations an ISCO-08 group ref is checked as a group.
    Returns code -> title of the groups named (empty for other tables)."""
    check_texts(check, field, refs)
    titles: dict[str, str] = {}
    if table == "occupations":
        refs, codes = isco_groups.refs_and_codes(refs)
        titles = isco_groups.check(db, check, field, codes) if codes else {}
    ids = [r for r in refs or () if not isinstance(r, str)]
    if not ids:
        return titles
    # An id SQLite cannot hold (beyond 64 bits, or not a whole number) names no entry.
    storable = [i for i in ids if isinstance(i, int) and not isinstance(i, bool) and -MAX_INTEGER <= i <= MAX_INTEGER]
    marks = ", ".join("?" for _ in storable)
    found = {r[0] for r in db.execute(f"SELECT id FROM {table} WHERE id IN ({marks})", storable)} if storable else set()
    missing = [i for i in ids if i not in found]
    if missing:
        check.fail(field, QT_TRANSLATE_NOOP("Validation", "Unknown vocabulary entry: {value}."),
                   value=", ".join(str(i)[:40] for i in missing[:5]))
    return titles


def check_texts(check: Checker, field: str, refs) -> None:
    """Free entries follow the rule of every stored text (no control characters, a name's length)."""
    for ref in refs or ():
        if isinstance(ref, str):
            try:
                checked_text(ref.strip(), "name")
            except FieldProblem as problem:
                check.fail(field, problem.message, **problem.params)
                return


def read(db: Database, link_table: str, owner_col: str, owner_id: int, vocab: str, id_col: str,
         label_col: str, where: str = "", args=()) -> list[dict]:
    """Linked entries as dicts with id (or None), label and whether it is in the vocabulary; a link to
    an ISCO-08 group (occupations) has the group ref as its id, its title and `group` (the code)."""
    group = "l.isco_group" if vocab == "occupations" else "NULL"
    sql = (f"SELECT l.{id_col}, coalesce(v.{label_col}, l.free_text), l.free_text IS NULL, {group}, "
           f"(SELECT {isco_groups.TITLE_SQL} FROM isco_groups g WHERE g.code = {group}) "
           f"FROM {link_table} l LEFT JOIN {vocab} v ON v.id = l.{id_col} WHERE l.{owner_col} = ? {where} "
           "ORDER BY l.id")
    out = []
    for ref, text, known, code, title in db.execute(sql, [owner_id, *args]):
        if code:
            out.append({"id": group_ref(code), "label": title or text, "known": True, "group": code})
        else:
            out.append({"id": ref, "label": text, "known": bool(known)})
    return out


def as_refs(entries: list[dict]) -> list[Ref]:
    return [e["id"] if e["id"] is not None else e["label"] for e in entries]

"""Full-text search (FTS5) over companies, needs, candidates and contacts, kept in step by triggers."""

from __future__ import annotations

import re
from contextlib import contextmanager

from sqlite_utils import Database

TOKENIZE = "unicode61 remove_diacritics 2"

CANDIDATE_TERMS = """(
    SELECT coalesce(group_concat(coalesce(s.name, cs.free_text), ' '), '')
    FROM candidate_skills cs LEFT JOIN skills s ON s.id = cs.skill_id WHERE cs.candidate_id = {id}
  ) || ' ' || (
    SELECT coalesce(group_concat(coalesce(o.title, co.free_text), ' '), '')
    FROM candidate_occupations co LEFT JOIN occupations o ON o.id = co.occupation_id
    WHERE co.candidate_id = {id})"""

NEED_COMPANY = "(SELECT name FROM companies WHERE id = {company_id})"

# table -> (fts columns, expressions for a row given its alias "r")
INDEXED = {
    "companies": (["name", "notes"], ["r.name", "coalesce(r.notes, '')"]),
    "needs": (["title", "company", "notes"],
              ["r.title || ' ' || coalesce(r.occupation_text, '')",
               NEED_COMPANY.format(company_id="r.company_id"), "coalesce(r.notes, '')"]),
    "candidates": (["name", "skills", "notes"],
                   ["r.name", CANDIDATE_TERMS.format(id="r.id"), "coalesce(r.notes, '')"]),
    "contacts": (["summary", "outcome", "task"],
                 ["coalesce(r.summary, '')", "coalesce(r.outcome, '')", "coalesce(r.follow_up_task, '')"]),
}


def _row_triggers(table: str) -> list[str]:
    cols, exprs = INDEXED[table]
    col_list = ", ".join(cols)
    new_vals = ", ".join(e.replace("r.", "new.") for e in exprs)
    return [
        f"""CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} BEGIN
            INSERT INTO {table}_fts(rowid, {col_list}) VALUES (new.id, {new_vals}); END""",
        f"""CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} BEGIN
            DELETE FROM {table}_fts WHERE rowid = old.id; END""",
        f"""CREATE TRIGGER {table}_fts_au AFTER UPDATE ON {table} BEGIN
            DELETE FROM {table}_fts WHERE rowid = old.id;
            INSERT INTO {table}_fts(rowid, {col_list}) VALUES (new.id, {new_vals}); END""",
    ]


def _link_triggers() -> list[str]:
    refresh_candidate = """UPDATE candidates_fts SET skills = {terms} WHERE rowid = {side}.candidate_id;"""
    out = []
    for link in ("candidate_skills", "candidate_occupations"):
        for event, side in (("INSERT", "new"), ("DELETE", "old")):
            terms = CANDIDATE_TERMS.format(id=f"{side}.candidate_id")
            out.append(
                f"""CREATE TRIGGER {link}_fts_{event[0].lower()} AFTER {event} ON {link} BEGIN
                {refresh_candidate.format(terms=terms, side=side)} END""")
    out.append(
        """CREATE TRIGGER companies_fts_needs AFTER UPDATE OF name ON companies BEGIN
        UPDATE needs_fts SET company = new.name
        WHERE rowid IN (SELECT id FROM needs WHERE company_id = new.id); END""")
    return out


def trigger_statements() -> list[str]:
    out = []
    for table in INDEXED:
        out += _row_triggers(table)
    return out + _link_triggers()


def trigger_names(db: Database) -> list[str]:
    return [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%fts%'").fetchall()]


def create(db: Database) -> None:
    """Create the FTS tables and triggers and index what is already stored."""
    for table, (cols, _) in INDEXED.items():
        db.execute(
            f"CREATE VIRTUAL TABLE {table}_fts USING fts5({', '.join(cols)}, "
            f"tokenize = '{TOKENIZE}', prefix = '1 2 3')")
    for statement in trigger_statements():
        db.execute(statement)
    rebuild(db)


def rebuild(db: Database) -> None:
    """Re-index every row from the base tables (after bulk writes with triggers suspended)."""
    for table, (cols, exprs) in INDEXED.items():
        db.execute(f"DELETE FROM {table}_fts")
        db.execute(
            f"INSERT INTO {table}_fts(rowid, {', '.join(cols)}) "
            f"SELECT r.id, {', '.join(exprs)} FROM {table} r")


@contextmanager
def suspended(db: Database):
    """Drop the FTS triggers for a bulk write, then rebuild the index and restore them.

    Use inside the bulk write's atomic() block so that an error leaves triggers and index as they were.
    """
    for name in trigger_names(db):
        db.execute(f"DROP TRIGGER {name}")
    yield
    rebuild(db)
    for statement in trigger_statements():
        db.execute(statement)


_TOKEN = re.compile(r"\w+", re.UNICODE)


def match_expression(text: str) -> str | None:
    """Turn what a user typed into a safe FTS5 query: every word must match as a prefix."""
    words = _TOKEN.findall(text or "")
    if not words:
        return None
    return " ".join('"' + w.replace('"', '') + '"*' for w in words)


def matching_ids(db: Database, table: str, text: str) -> list[int] | None:
    """Ids of rows in `table` whose indexed text matches `text`; None when there is nothing to search."""
    expr = match_expression(text)
    if expr is None:
        return None
    if table not in INDEXED:
        raise ValueError(table)
    return [r[0] for r in db.execute(f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?", [expr])]

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


def phone_terms(column: str) -> str:
    """A stored phone (validation.phone: 8 digits or +45 and 8 digits) and, for a Danish number, its 8
    digits alone, so typing "2012" finds "+4520123456"."""
    return (f"coalesce({column}, '') || ' ' || "
            f"CASE WHEN {column} LIKE '+45%' THEN substr({column}, 4) ELSE '' END")


# Contact persons are found through their company: name, phone and e-mail.
COMPANY_PEOPLE = """(
    SELECT coalesce(group_concat(p.name || ' ' || {phone} || ' ' || coalesce(p.email, ''), ' '), '')
    FROM contact_persons p WHERE p.company_id = {{id}})""".format(phone=phone_terms("p.phone"))

COMPANY_IDS = ("coalesce(r.cvr, '') || ' ' || coalesce(r.p_number, '') || ' ' || " + phone_terms("r.phone")
               + " || ' ' || coalesce(r.email, '')")
COMPANY_ADDRESS = "coalesce(r.address, '') || ' ' || coalesce(r.postcode, '') || ' ' || coalesce(r.town, '')"
CANDIDATE_IDS = "coalesce(r.external_id, '') || ' ' || " + phone_terms("r.phone")

# table -> (fts columns, expressions for a row given its alias "r"). Migration 0010 added the
# companies' ids, address and people and the candidates' ids (see recreate()).
INDEXED = {
    "companies": (["name", "notes", "ids", "address", "people"],
                  ["r.name", "coalesce(r.notes, '')", COMPANY_IDS, COMPANY_ADDRESS,
                   COMPANY_PEOPLE.format(id="r.id")]),
    "needs": (["title", "company", "notes"],
              ["r.title || ' ' || coalesce(r.occupation_text, '')",
               NEED_COMPANY.format(company_id="r.company_id"), "coalesce(r.notes, '')"]),
    "candidates": (["name", "skills", "notes", "ids"],
                   ["r.name", CANDIDATE_TERMS.format(id="r.id"), "coalesce(r.notes, '')", CANDIDATE_IDS]),
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
    refresh_people = "UPDATE companies_fts SET people = {people} WHERE rowid = {side}.company_id;"
    for event, sides in (("INSERT", ("new",)), ("DELETE", ("old",)), ("UPDATE", ("old", "new"))):
        body = " ".join(refresh_people.format(people=COMPANY_PEOPLE.format(id=f"{side}.company_id"), side=side)
                        for side in sides)
        out.append(f"""CREATE TRIGGER contact_persons_fts_{event[0].lower()} AFTER {event} ON contact_persons
            BEGIN {body} END""")
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


def recreate(db: Database) -> None:
    """Drop the index tables and triggers and create them as INDEXED says, indexing every row again
    (migration 0010: FTS5 tables take no new columns)."""
    for name in trigger_names(db):
        db.execute(f"DROP TRIGGER {name}")
    for table in INDEXED:
        db.execute(f"DROP TABLE IF EXISTS {table}_fts")
    create(db)


def _current(db: Database) -> bool:
    """Whether the index tables have INDEXED's columns (a store migrating from before 0010 has not)."""
    return all([r[1] for r in db.execute(f"PRAGMA table_info({table}_fts)")] == cols
               for table, (cols, _) in INDEXED.items())


def rebuild(db: Database) -> None:
    """Re-index every row from the base tables (after bulk writes with triggers suspended).

    On a store whose index predates migration 0010 (a migration before it rebuilding), it does
    nothing: 0010 recreates and fills the index."""
    if not _current(db):
        return
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


def words(text: str) -> list[str]:
    """The words of a search text as match_expression sees them."""
    return _TOKEN.findall(text or "")


def _term(word: str) -> str:
    return '"' + word.replace('"', '') + '"*'


def match_expression(text: str) -> str | None:
    """Turn what a user typed into a safe FTS5 query: every word must match as a prefix.

    Digits typed in groups ("20 12 34 56", "2012 3456") also match written together, as phone
    numbers are stored: such a run becomes (the groups OR the digits joined).
    """
    words = _TOKEN.findall(text or "")
    if not words:
        return None
    parts: list[str] = []
    run: list[str] = []
    for word in words + [""]:
        if word.isdigit():
            run.append(word)
            continue
        if len(run) > 1:
            parts.append("((" + " AND ".join(_term(w) for w in run) + ") OR " + _term("".join(run)) + ")")
        elif run:
            parts.append(_term(run[0]))
        run = []
        if word:
            parts.append(_term(word))
    return " AND ".join(parts)


def matching_ids(db: Database, table: str, text: str) -> list[int] | None:
    """Ids of rows in `table` whose indexed text matches `text`; None when there is nothing to search."""
    expr = match_expression(text)
    if expr is None:
        return None
    if table not in INDEXED:
        raise ValueError(table)
    return [r[0] for r in db.execute(f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?", [expr])]

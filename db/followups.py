"""Mine opfølgninger: everything a consultant has to follow up, from the contact log and from hires."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from db import contacts, records, validation
from db.changes import Changes
from db.errors import QT_TRANSLATE_NOOP
from db.validation import Checker

SOURCES = ("contact", "shortlist", "placement")
ALL_OPEN = dt.date.max  # as due(until=...): every open follow-up
TABLES = {"contact": "contacts", "shortlist": "shortlist_follow_ups", "placement": "placement_follow_ups"}
DATE_COLUMNS = {"contact": "follow_up_date", "shortlist": "due_date", "placement": "due_date"}
KEYS = ("source", "id", "follow_up_date", "follow_up_task", "company_id", "company", "summary", "consultant",
        "candidate_id", "need_id")


def _hire_follow_ups(db: Database, consultant: str | None, today: dt.date) -> list[dict]:
    sql = ("SELECT f.id, f.due_date, f.task, n.company_id, co.name, c.name, n.title, f.consultant, "
           "e.candidate_id, e.need_id, e.status_date, f.updated_at "
           "FROM shortlist_follow_ups f JOIN shortlist_entries e ON e.id = f.entry_id "
           "JOIN needs n ON n.id = e.need_id JOIN companies co ON co.id = n.company_id "
           "JOIN candidates c ON c.id = e.candidate_id "
           "WHERE f.done = 0 AND f.due_date <= ?")
    args: list = [today.isoformat()]
    if consultant:
        sql += " AND f.consultant = ?"
        args.append(consultant)
    out = []
    for (fid, due, task, company_id, company, candidate, need_title, who, candidate_id, need_id,
         hired_on, updated_at) in db.execute(sql, args).fetchall():
        out.append({"source": "shortlist", "id": fid, "follow_up_date": due, "follow_up_task": task,
                    "company_id": company_id, "company": company, "summary": f"{candidate} – {need_title}",
                    "consultant": who, "candidate_id": candidate_id, "need_id": need_id,
                    # For a translated sentence in the UI: who was hired as what, and when.
                    "candidate": candidate, "need_title": need_title, "hired_on": hired_on,
                    "updated_at": updated_at})
    return out


def _placement_follow_ups(db: Database, consultant: str | None, today: dt.date) -> list[dict]:
    sql = ("SELECT f.id, f.due_date, f.task, f.kind, p.company_id, co.name, c.name, m.name, f.consultant, "
           "p.candidate_id, p.need_id, p.id, p.start_date, p.end_date, f.updated_at "
           "FROM placement_follow_ups f JOIN placements p ON p.id = f.placement_id "
           "JOIN companies co ON co.id = p.company_id JOIN candidates c ON c.id = p.candidate_id "
           "LEFT JOIN measures m ON m.code = p.measure_code WHERE f.done = 0 AND f.due_date <= ?")
    args: list = [today.isoformat()]
    if consultant:
        sql += " AND f.consultant = ?"
        args.append(consultant)
    out = []
    for (fid, due_date, task, kind, company_id, company, candidate, measure, who, candidate_id, need_id,
         placement_id, start, end, updated_at) in db.execute(sql, args).fetchall():
        out.append({"source": "placement", "id": fid, "follow_up_date": due_date, "follow_up_task": task,
                    "company_id": company_id, "company": company, "summary": f"{candidate} – {measure}",
                    "consultant": who, "candidate_id": candidate_id, "need_id": need_id,
                    "candidate": candidate, "measure": measure, "kind": kind, "placement_id": placement_id,
                    "start_date": start, "end_date": end, "updated_at": updated_at})
    return out


def due(db: Database, *, consultant: str | None, today: dt.date | None = None,
        until: dt.date | None = None) -> list[dict]:
    """Open follow-ups due by `until` (default today; overdue ones included), oldest first: the contact
    log's and the hires'. ALL_OPEN as `until` gives every open follow-up, however far ahead.

    For one consultant, or everyone's when `consultant` is None. Rows have KEYS and updated_at (when the
    follow-up last changed); a hire's row also
    has candidate, need_title and hired_on; a placement's has candidate, measure, kind ('midway' or
    'end'), placement_id, start_date and end_date.
    """
    until = until or today or dt.date.today()
    rows = [{"source": "contact", "id": r["id"], "follow_up_date": r["follow_up_date"],
             "follow_up_task": r["follow_up_task"], "company_id": r["company_id"], "company": r["company"],
             "summary": r["summary"], "consultant": r["consultant"], "candidate_id": None, "need_id": None,
             "updated_at": r["updated_at"]}
            for r in contacts.follow_ups_due(db, consultant=consultant, until=until)]
    rows += _hire_follow_ups(db, consultant, until)
    rows += _placement_follow_ups(db, consultant, until)
    rows.sort(key=lambda r: (r["follow_up_date"], SOURCES.index(r["source"]), r["id"]))
    return rows


def set_done(db: Database, source: str, record_id: int, *, who: str, done: bool = True) -> Changes:
    """Mark a follow-up done (or open again), audited; NotFound when it no longer exists."""
    if source == "contact":
        return contacts.set_done(db, record_id, done, who=who)
    table = TABLES.get(source)
    if table is None:
        raise ValueError(f"unknown follow-up source {source!r}")
    with records.transaction(db) as log:
        changed = records.update(db, table, record_id, {"done": int(bool(done))}, who=who)
    return log.changes(id=record_id, fields=changed)


def postpone(db: Database, source: str, record_id: int, to: str | dt.date, *, who: str,
             today: dt.date | None = None) -> Changes:
    """Move an open follow-up to another day (today or later), audited; NotFound when it no longer exists."""
    if source not in TABLES:
        raise ValueError(f"unknown follow-up source {source!r}")
    today = today or dt.date.today()
    check = Checker({"follow_up_date": to.isoformat() if isinstance(to, dt.date) else to})
    check.field("follow_up_date", validation.date, optional=False)
    clean = check.done()
    if clean["follow_up_date"] < today.isoformat():
        check.fail("follow_up_date", QT_TRANSLATE_NOOP("Validation", "Postpone to today or a later day (not {value})."),
                   value=_dmy(clean["follow_up_date"]))
        check.done()
    with records.transaction(db) as log:
        changed = records.update(db, TABLES[source], record_id, {DATE_COLUMNS[source]: clean["follow_up_date"]},
                                 who=who)
    return log.changes(id=record_id, fields=changed)


def log_contact(db: Database, source: str, record_id: int, *, who: str, **contact) -> Changes:
    """Log the contact a follow-up asks for and close the follow-up, in one transaction: a refused
    contact closes nothing. The changes' id is the new contact's."""
    with records.transaction(db) as log:
        contact_id = contacts.add(db, who=who, **contact).id
        set_done(db, source, record_id, who=who)
    return log.changes(id=contact_id)


def _dmy(iso: str) -> str:
    return "-".join(reversed(iso.split("-")))

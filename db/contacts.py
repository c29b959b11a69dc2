"""Logged contacts with companies and the follow-ups they create."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from db import records, validation
from db.changes import Changes
from db.errors import QT_TRANSLATE_NOOP
from db.listing import Listing
from db.validation import Checker

KINDS = ("visit", "phone", "email", "meeting", "online")
FIELDS = ("company_id", "at", "kind", "consultant", "contact_person_id", "summary", "outcome",
          "follow_up_date", "follow_up_task", "done")

LISTING = Listing(
    table="contacts",
    columns={
        "at": "r.at", "company": "c.name", "kind": "r.kind", "consultant": "r.consultant",
        "person": "(SELECT name FROM contact_persons p WHERE p.id = r.contact_person_id)",
        "summary": "r.summary", "follow_up_date": "r.follow_up_date", "done": "r.done",
    },
    sort_exprs={"company": "c.name_key"},
    joins="JOIN companies c ON c.id = r.company_id",
    filters={"kind": "r.kind = ?", "consultant": "r.consultant = ?", "company": "r.company_id = ?",
             "municipality": "c.municipality_code = ?",
             "open_follow_up": "(r.follow_up_date IS NOT NULL AND r.done = 0) = ?"},
    default_order="r.at",
    default_descending=True,
)


def _check(db: Database, values: dict) -> dict:
    check = Checker(values)
    check.field("at", validation.datetime, optional=False)
    check.field("kind", validation.one_of, KINDS, optional=False)
    check.field("follow_up_date", validation.date)
    check.copy("company_id", "consultant", "contact_person_id", "summary", "outcome", "follow_up_task", "done")
    clean = check.done()
    if clean.get("follow_up_task") and not clean.get("follow_up_date"):
        check.fail("follow_up_date", QT_TRANSLATE_NOOP("Validation", "A follow-up task needs a date."))
    person = clean.get("contact_person_id")
    if person is not None:
        row = db.execute("SELECT company_id FROM contact_persons WHERE id = ?", [person]).fetchone()
        if row is None or row[0] != clean.get("company_id"):
            check.fail("contact_person_id",
                       QT_TRANSLATE_NOOP("Validation", "The contact person does not belong to this company."))
    if db.execute("SELECT 1 FROM companies WHERE id = ?", [clean.get("company_id")]).fetchone() is None:
        check.fail("company_id", QT_TRANSLATE_NOOP("Validation", "Choose the company the contact was with."))
    clean = check.done()
    clean["done"] = int(bool(clean.get("done")))
    return clean


def add(db: Database, *, who: str, **values) -> Changes:
    values.setdefault("consultant", who)
    with records.transaction(db) as log:
        clean = _check(db, values)
        contact_id = records.insert(db, "contacts", clean, who=who)
    return log.changes(id=contact_id)


def update(db: Database, contact_id: int, *, who: str, **values) -> Changes:
    with records.transaction(db) as log:
        current = records.get(db, "contacts", contact_id)
        clean = _check(db, {k: current[k] for k in FIELDS} | values)
        changed = records.update(db, "contacts", contact_id, clean, who=who)
    return log.changes(id=contact_id, fields=changed)


def delete(db: Database, contact_id: int, *, who: str) -> Changes:
    with records.transaction(db) as log:
        records.delete(db, "contacts", contact_id, who=who)
    return log.changes(id=contact_id)


def get(db: Database, contact_id: int) -> dict:
    return records.get(db, "contacts", contact_id)


def set_done(db: Database, contact_id: int, done: bool = True, *, who: str) -> Changes:
    with records.transaction(db) as log:
        changed = records.update(db, "contacts", contact_id, {"done": int(done)}, who=who)
    return log.changes(id=contact_id, fields=changed)


def for_company(db: Database, company_id: int) -> list[dict]:
    cur = db.execute(
        "SELECT r.id, r.at, r.kind, r.consultant, p.name AS person, r.summary, r.outcome, "
        "r.follow_up_date, r.follow_up_task, r.done FROM contacts r "
        "LEFT JOIN contact_persons p ON p.id = r.contact_person_id "
        "WHERE r.company_id = ? ORDER BY r.at DESC", [company_id])
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def follow_ups_due(db: Database, *, consultant: str | None, today: dt.date | None = None,
                   until: dt.date | None = None) -> list[dict]:
    """Open follow-ups due by `until` (default today), oldest first; for one consultant, or everyone when None."""
    until = until or today or dt.date.today()
    sql = ("SELECT r.id, r.follow_up_date, r.follow_up_task, r.company_id, c.name AS company, r.kind, "
           "r.summary, r.consultant, r.updated_at FROM contacts r JOIN companies c ON c.id = r.company_id "
           "WHERE r.done = 0 AND r.follow_up_date IS NOT NULL AND r.follow_up_date <= ?")
    args: list = [until.isoformat()]
    if consultant:
        sql += " AND r.consultant = ?"
        args.append(consultant)
    cur = db.execute(sql + " ORDER BY r.follow_up_date, r.id", args)
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]

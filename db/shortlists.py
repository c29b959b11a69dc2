"""Shortlists: the candidates put forward for a need, each with its status steps, and hire follow-ups.

An entry starts 'proposed' and moves forward along proposed -> sent -> interview -> hired (steps may
be skipped), or ends 'rejected' (with a reason) or 'withdrawn'. hired, rejected and withdrawn are
final. Every step is a row in shortlist_events; the entry keeps the newest status and its date.
A hire makes the candidate 'in_job', creates a follow-up FOLLOW_UP_MONTHS later and fills the need
when enough are hired. See docs/SHORTLISTS.md.
"""

from __future__ import annotations

import calendar
import datetime as dt

from sqlite_utils import Database

from db import consent, records, validation
from db.changes import SHORTLISTS, Changes
from db.errors import QT_TRANSLATE_NOOP
from db.validation import Checker, FieldProblem
from matching import rules

STATUSES = rules.SHORTLIST_STATUSES
FINAL = rules.FINAL_STATUSES
FOLLOW_UP_MONTHS = 3
FOLLOW_UP_TASK = QT_TRANSLATE_NOOP("FollowUps", "Is the person still in the job?")

_ENTRY_SQL = (
    "SELECT e.id, e.need_id, e.candidate_id, c.name AS candidate_name, e.position, e.note, e.status, "
    "e.status_date, e.rejection_code, r.name AS rejection_name, e.score, c.consent_date, c.consent_scope, "
    f"c.consent_until, coalesce({consent.sql_valid('c')}, 0) AS consent_valid, "
    "e.created_at AS added_at, e.added_by "
    "FROM shortlist_entries e LEFT JOIN candidates c ON c.id = e.candidate_id "
    "LEFT JOIN rejection_reasons r ON r.code = e.rejection_code ")

_HISTORY_SQL = (
    "SELECT e.id AS entry_id, e.need_id, n.title AS need_title, n.company_id, co.name AS company_name, "
    "e.candidate_id, c.name AS candidate_name, e.status, e.status_date, r.name AS rejection_name, "
    "e.created_at AS added_at, e.note "
    "FROM shortlist_entries e JOIN needs n ON n.id = e.need_id JOIN companies co ON co.id = n.company_id "
    "LEFT JOIN candidates c ON c.id = e.candidate_id LEFT JOIN rejection_reasons r ON r.code = e.rejection_code ")
_HISTORY_ORDER = " ORDER BY e.status_date DESC, e.updated_at DESC, e.id DESC"


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day of the month `months` later, clamped to the month's end (31 Jan + 3 = 30 Apr)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _rows(db: Database, sql: str, args) -> list[dict]:
    cur = db.execute(sql, list(args))
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def _danish_date(iso: str) -> str:
    day = dt.date.fromisoformat(iso[:10])
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


def _score(value) -> float:
    try:
        return float(str(value).replace(",", "."))
    except ValueError:
        raise FieldProblem(QT_TRANSLATE_NOOP("Validation", "\"{value}\" is not a number."), value=value) from None


def _text(value) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _day(check: Checker, name: str, value, today: dt.date) -> str | None:
    """The ISO date of `value` (default today); a problem is recorded on `name` when invalid or future."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return today.isoformat()
    try:
        day = validation.date(value)
    except FieldProblem as problem:
        check.fail(name, problem.message, **problem.params)
        return None
    if day > today.isoformat():
        check.fail(name, QT_TRANSLATE_NOOP("Validation", "The date cannot be in the future."))
        return None
    return day


def _event(db: Database, entry_id: int, status: str, at: str, *, who: str, reason_code: str | None = None,
           note: str | None = None) -> int:
    values = {"entry_id": entry_id, "status": status, "at": at, "who": who or "?"}
    if reason_code is not None:
        values["reason_code"] = reason_code
    if note is not None:
        values["note"] = note
    return records.insert(db, "shortlist_events", values, who=who)


def _set_need_status(db: Database, need_id: int, status: str, *, who: str) -> None:
    records.update(db, "needs", need_id, {"status": status}, who=who)


def add(db: Database, need_id: int, candidate_id: int, *, who: str, note: str | None = None,
        score: float | None = None, on: dt.date | None = None) -> Changes:
    """Put a candidate at the end of the need's shortlist, 'proposed' on `on` (default today).

    An 'open' need becomes 'shortlisted'. The changes' id is the entry's.
    """
    with records.transaction(db) as log:
        need = records.get(db, "needs", need_id)
        candidate = records.get(db, "candidates", candidate_id)
        check = Checker({"score": score, "note": note})
        check.field("score", _score)
        check.copy("note")
        day = _day(check, "on", on, dt.date.today())
        if not rules.need_takes_candidates(need["status"]):
            check.fail("need_id", QT_TRANSLATE_NOOP(
                "Validation", "The need is filled or cancelled; its shortlist takes no new candidates."))
        if candidate["status"] == "inactive":
            check.fail("candidate_id", QT_TRANSLATE_NOOP("Validation", "The candidate is inactive and cannot be put forward."))
        if db.execute("SELECT 1 FROM shortlist_entries WHERE need_id = ? AND candidate_id = ?",
                      [need_id, candidate_id]).fetchone():
            check.fail("candidate_id", QT_TRANSLATE_NOOP("Validation", "The candidate is already on this shortlist."))
        clean = check.done()
        position = db.execute("SELECT coalesce(max(position), 0) + 1 FROM shortlist_entries WHERE need_id = ?",
                              [need_id]).fetchone()[0]
        values = {"need_id": need_id, "candidate_id": candidate_id, "position": position, "status": "proposed",
                  "status_date": day, "added_by": who or "?"}
        if clean["note"] is not None:
            values["note"] = clean["note"]
        if clean["score"] is not None:
            values["score"] = clean["score"]
        entry_id = records.insert(db, "shortlist_entries", values, who=who)
        _event(db, entry_id, "proposed", day, who=who)
        if rules.need_status_after_list_change(need["status"], 1) != need["status"]:
            _set_need_status(db, need_id, rules.need_status_after_list_change(need["status"], 1), who=who)
        log.note(SHORTLISTS, need_id)
    return log.changes(id=entry_id)


def _renumber(db: Database, need_id: int, ordered_ids: list[int], *, who: str) -> None:
    """Give the entries positions 1..n in the order given, auditing only those that changed."""
    current = dict(db.execute("SELECT id, position FROM shortlist_entries WHERE need_id = ?", [need_id]).fetchall())
    for position, entry_id in enumerate(ordered_ids, start=1):
        if current.get(entry_id) != position:
            records.update(db, "shortlist_entries", entry_id, {"position": position}, who=who)


def _ordered_ids(db: Database, need_id: int) -> list[int]:
    return [r[0] for r in db.execute(
        "SELECT id FROM shortlist_entries WHERE need_id = ? ORDER BY position, id", [need_id])]


def remove(db: Database, entry_id: int, *, who: str) -> Changes:
    """Take a 'proposed' entry off its list; the rest close up. A 'shortlisted' need left empty is 'open'."""
    with records.transaction(db) as log:
        current = records.get(db, "shortlist_entries", entry_id)
        if not rules.can_remove_entry(current["status"]):
            check = Checker({})
            check.fail("status", QT_TRANSLATE_NOOP(
                "Validation", "Only a proposed candidate can be removed; mark the candidate as withdrawn instead."))
            check.done()
        need_id = current["need_id"]
        for (event_id,) in db.execute("SELECT id FROM shortlist_events WHERE entry_id = ?", [entry_id]).fetchall():
            records.delete(db, "shortlist_events", event_id, who=who)
        records.delete(db, "shortlist_entries", entry_id, who=who)
        _renumber(db, need_id, _ordered_ids(db, need_id), who=who)
        need = records.get(db, "needs", need_id)
        left = db.execute("SELECT count(*) FROM shortlist_entries WHERE need_id = ?", [need_id]).fetchone()[0]
        after = rules.need_status_after_list_change(need["status"], left)
        if after != need["status"]:
            _set_need_status(db, need_id, after, who=who)
        log.note(SHORTLISTS, need_id)
    return log.changes(id=entry_id)


def move(db: Database, entry_id: int, position: int, *, who: str) -> Changes:
    """Move an entry to `position` (1-based, clamped to the list); the others are renumbered 1..n."""
    with records.transaction(db) as log:
        current = records.get(db, "shortlist_entries", entry_id)
        check = Checker({"position": position})
        check.field("position", validation.integer, optional=False)
        wanted = check.done()["position"]
        ids = [i for i in _ordered_ids(db, current["need_id"]) if i != entry_id]
        wanted = max(1, min(wanted, len(ids) + 1))
        ids.insert(wanted - 1, entry_id)
        _renumber(db, current["need_id"], ids, who=who)
        log.note(SHORTLISTS, current["need_id"])
    return log.changes(id=entry_id)


def set_note(db: Database, entry_id: int, note: str | None, *, who: str) -> Changes:
    with records.transaction(db) as log:
        current = records.get(db, "shortlist_entries", entry_id)
        check = Checker({"note": note})
        check.copy("note")
        changed = records.update(db, "shortlist_entries", entry_id, {"note": check.done()["note"]}, who=who)
        log.note(SHORTLISTS, current["need_id"])
    return log.changes(id=entry_id, fields=changed)


def _check_step(check: Checker, old: str, new: str) -> None:
    problem = rules.step_problem(old, new)
    if problem is not None:
        check.fail("status", problem, value=new)


def set_status(db: Database, entry_id: int, status: str, *, who: str, on: dt.date | None = None,
               reason_code: str | None = None, note: str | None = None, placement: dict | None = None) -> Changes:
    """Move an entry one step (see the module doc), recording the step as a shortlist event.

    A hire also makes the candidate 'in_job', adds a follow-up due `on` + FOLLOW_UP_MONTHS for `who`
    and marks the need 'filled' once its hired entries reach its positions. `reason_code` is only
    used (and then required) for 'rejected'. A hire through a measure other than an ordinary job
    passes `placement` (measure_code, start_date, end_date, workplace_id …): a planned placement is
    made in the same transaction (db/placements.py checks its rules) and its id returned.
    """
    today = dt.date.today()
    with records.transaction(db) as log:
        current = records.get(db, "shortlist_entries", entry_id)
        need = records.get(db, "needs", current["need_id"])
        check = Checker({"note": note})
        check.copy("note")
        _check_step(check, current["status"], status)
        day = _day(check, "on", on, today)
        if day is not None and day < current["status_date"]:
            check.fail("on", QT_TRANSLATE_NOOP("Validation", "The date cannot be before the previous step ({date})."),
                       date=_danish_date(current["status_date"]))
        reason = _text(reason_code) if status == "rejected" else None
        if status == "rejected":
            if reason is None:
                check.fail("reason_code", QT_TRANSLATE_NOOP("Validation", "A rejection needs a reason."))
            elif db.execute("SELECT 1 FROM rejection_reasons WHERE code = ? AND active = 1",
                            [reason]).fetchone() is None:
                check.fail("reason_code", QT_TRANSLATE_NOOP("Validation", "Unknown or inactive rejection reason: {value}."),
                           value=reason)
        if status == "hired" and not check.errors:
            if current["candidate_id"] is None:
                check.fail("status", QT_TRANSLATE_NOOP(
                    "Validation", "The candidate was erased; an anonymous entry cannot be hired."))
            elif need["status"] == "cancelled":
                check.fail("status", QT_TRANSLATE_NOOP("Validation", "The need is cancelled; nobody can be hired for it."))
            elif rules.hire_fills_need(hired_count(db, need["id"]), need["positions"]):
                check.fail("status", QT_TRANSLATE_NOOP(
                    "Validation", "All positions of the need are filled; raise the number of positions first."))
        note = check.done()["note"]
        values = {"status": status, "status_date": day, "rejection_code": reason}
        records.update(db, "shortlist_entries", entry_id, values, who=who)
        _event(db, entry_id, status, day, who=who, reason_code=reason, note=note)
        if status == "hired":
            _hire(db, current, need, dt.date.fromisoformat(day), who=who)
            if placement:
                from db import placements  # late: placements reads the rules, shortlists need not

                placements.add(db, who=who, **{**placement, "candidate_id": current["candidate_id"],
                                                "company_id": need["company_id"], "need_id": need["id"],
                                                "status": "planned"})
        log.note(SHORTLISTS, current["need_id"])
    return log.changes(id=entry_id, fields=("status",))


def _hire(db: Database, entry_row: dict, need: dict, day: dt.date, *, who: str) -> None:
    records.update(db, "candidates", entry_row["candidate_id"], {"status": "in_job"}, who=who)
    records.insert(db, "shortlist_follow_ups", {
        "entry_id": entry_row["id"], "due_date": add_months(day, FOLLOW_UP_MONTHS).isoformat(),
        "task": FOLLOW_UP_TASK, "consultant": who, "done": 0}, who=who)
    if need["status"] != "filled" and rules.hire_fills_need(hired_count(db, need["id"]), need["positions"]):
        _set_need_status(db, need["id"], "filled", who=who)


def entries(db: Database, need_id: int) -> list[dict]:
    """The need's list in position order."""
    return _rows(db, _ENTRY_SQL + "WHERE e.need_id = ? ORDER BY e.position, e.id", [need_id])


def exists(db: Database, entry_id: int) -> bool:
    return db.execute("SELECT 1 FROM shortlist_entries WHERE id = ?", [entry_id]).fetchone() is not None


def entry(db: Database, entry_id: int) -> dict:
    rows = _rows(db, _ENTRY_SQL + "WHERE e.id = ?", [entry_id])
    if not rows:
        records.get(db, "shortlist_entries", entry_id)  # raises NotFound
    return rows[0]


def events(db: Database, entry_id: int) -> list[dict]:
    """Each status step of an entry, oldest first."""
    return _rows(db, "SELECT v.id, v.entry_id, v.status, v.at, v.reason_code, r.name AS reason_name, v.note, v.who "
                     "FROM shortlist_events v LEFT JOIN rejection_reasons r ON r.code = v.reason_code "
                     "WHERE v.entry_id = ? ORDER BY v.at, v.id", [entry_id])


def history_for_need(db: Database, need_id: int) -> list[dict]:
    return _rows(db, _HISTORY_SQL + "WHERE e.need_id = ?" + _HISTORY_ORDER, [need_id])


def history_for_company(db: Database, company_id: int) -> list[dict]:
    return _rows(db, _HISTORY_SQL + "WHERE n.company_id = ?" + _HISTORY_ORDER, [company_id])


def history_for_candidate(db: Database, candidate_id: int) -> list[dict]:
    return _rows(db, _HISTORY_SQL + "WHERE e.candidate_id = ?" + _HISTORY_ORDER, [candidate_id])


def hired_count(db: Database, need_id: int) -> int:
    return db.execute("SELECT count(*) FROM shortlist_entries WHERE need_id = ? AND status = 'hired'",
                      [need_id]).fetchone()[0]

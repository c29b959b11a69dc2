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

from db import records, validation
from db.errors import QT_TRANSLATE_NOOP
from db.validation import Checker, FieldProblem

STATUSES = ("proposed", "sent", "interview", "hired", "rejected", "withdrawn")
FINAL = frozenset({"hired", "rejected", "withdrawn"})
# The forward path; 'rejected' and 'withdrawn' leave it from any non-final status.
FORWARD = ("proposed", "sent", "interview", "hired")
FOLLOW_UP_MONTHS = 3
FOLLOW_UP_TASK = QT_TRANSLATE_NOOP("FollowUps", "Is the person still in the job?")

# Why a step is refused, by the status the entry has now (final) or by the pair (backwards).
_FINAL_MESSAGES = {
    "hired": QT_TRANSLATE_NOOP("Validation", "Cannot move a hired candidate to another step: hired is final."),
    "rejected": QT_TRANSLATE_NOOP("Validation", "Cannot move a rejected candidate to another step: a rejection is final."),
    "withdrawn": QT_TRANSLATE_NOOP("Validation", "Cannot move a withdrawn candidate to another step: withdrawn is final."),
}
_BACKWARD_MESSAGES = {
    ("sent", "proposed"): QT_TRANSLATE_NOOP("Validation", "Cannot move from sent to the company back to proposed."),
    ("interview", "proposed"): QT_TRANSLATE_NOOP("Validation", "Cannot move from interview back to proposed."),
    ("interview", "sent"): QT_TRANSLATE_NOOP("Validation", "Cannot move from interview back to sent to the company."),
}

_ENTRY_SQL = (
    "SELECT e.id, e.need_id, e.candidate_id, c.name AS candidate_name, e.position, e.note, e.status, "
    "e.status_date, e.rejection_code, r.name AS rejection_name, e.score, c.consent_date, c.consent_scope, "
    "e.created_at AS added_at, e.added_by "
    "FROM shortlist_entries e JOIN candidates c ON c.id = e.candidate_id "
    "LEFT JOIN rejection_reasons r ON r.code = e.rejection_code ")

_HISTORY_SQL = (
    "SELECT e.id AS entry_id, e.need_id, n.title AS need_title, n.company_id, co.name AS company_name, "
    "e.candidate_id, c.name AS candidate_name, e.status, e.status_date, r.name AS rejection_name, "
    "e.created_at AS added_at, e.note "
    "FROM shortlist_entries e JOIN needs n ON n.id = e.need_id JOIN companies co ON co.id = n.company_id "
    "JOIN candidates c ON c.id = e.candidate_id LEFT JOIN rejection_reasons r ON r.code = e.rejection_code ")
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
        score: float | None = None, on: dt.date | None = None) -> int:
    """Put a candidate at the end of the need's shortlist, 'proposed' on `on` (default today).

    An 'open' need becomes 'shortlisted'. Returns the entry id.
    """
    with records.transaction(db):
        need = records.get(db, "needs", need_id)
        candidate = records.get(db, "candidates", candidate_id)
        check = Checker({"score": score, "note": note})
        check.field("score", _score)
        check.copy("note")
        day = _day(check, "on", on, dt.date.today())
        if need["status"] in ("filled", "cancelled"):
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
        if need["status"] == "open":
            _set_need_status(db, need_id, "shortlisted", who=who)
    return entry_id


def _renumber(db: Database, need_id: int, ordered_ids: list[int], *, who: str) -> None:
    """Give the entries positions 1..n in the order given, auditing only those that changed."""
    current = dict(db.execute("SELECT id, position FROM shortlist_entries WHERE need_id = ?", [need_id]).fetchall())
    for position, entry_id in enumerate(ordered_ids, start=1):
        if current.get(entry_id) != position:
            records.update(db, "shortlist_entries", entry_id, {"position": position}, who=who)


def _ordered_ids(db: Database, need_id: int) -> list[int]:
    return [r[0] for r in db.execute(
        "SELECT id FROM shortlist_entries WHERE need_id = ? ORDER BY position, id", [need_id])]


def remove(db: Database, entry_id: int, *, who: str) -> None:
    """Take a 'proposed' entry off its list; the rest close up. A 'shortlisted' need left empty is 'open'."""
    with records.transaction(db):
        current = records.get(db, "shortlist_entries", entry_id)
        if current["status"] != "proposed":
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
        if need["status"] == "shortlisted" and not left:
            _set_need_status(db, need_id, "open", who=who)


def move(db: Database, entry_id: int, position: int, *, who: str) -> None:
    """Move an entry to `position` (1-based, clamped to the list); the others are renumbered 1..n."""
    with records.transaction(db):
        current = records.get(db, "shortlist_entries", entry_id)
        check = Checker({"position": position})
        check.field("position", validation.integer, optional=False)
        wanted = check.done()["position"]
        ids = [i for i in _ordered_ids(db, current["need_id"]) if i != entry_id]
        wanted = max(1, min(wanted, len(ids) + 1))
        ids.insert(wanted - 1, entry_id)
        _renumber(db, current["need_id"], ids, who=who)


def set_note(db: Database, entry_id: int, note: str | None, *, who: str) -> None:
    with records.transaction(db):
        records.get(db, "shortlist_entries", entry_id)
        check = Checker({"note": note})
        check.copy("note")
        records.update(db, "shortlist_entries", entry_id, {"note": check.done()["note"]}, who=who)


def _check_step(check: Checker, old: str, new: str) -> None:
    if new not in STATUSES:
        check.fail("status", QT_TRANSLATE_NOOP("Validation", "\"{value}\" is not a known value."), value=new)
    elif old in FINAL:
        check.fail("status", _FINAL_MESSAGES[old])
    elif old == new:
        check.fail("status", QT_TRANSLATE_NOOP("Validation", "The candidate already has this status."))
    elif (old, new) in _BACKWARD_MESSAGES:
        check.fail("status", _BACKWARD_MESSAGES[(old, new)])


def set_status(db: Database, entry_id: int, status: str, *, who: str, on: dt.date | None = None,
               reason_code: str | None = None, note: str | None = None) -> None:
    """Move an entry one step (see the module doc), recording the step as a shortlist event.

    A hire also makes the candidate 'in_job', adds a follow-up due `on` + FOLLOW_UP_MONTHS for `who`
    and marks the need 'filled' once its hired entries reach its positions. `reason_code` is only
    used (and then required) for 'rejected'.
    """
    today = dt.date.today()
    with records.transaction(db):
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
            if need["status"] == "cancelled":
                check.fail("status", QT_TRANSLATE_NOOP("Validation", "The need is cancelled; nobody can be hired for it."))
            elif hired_count(db, need["id"]) >= need["positions"]:
                check.fail("status", QT_TRANSLATE_NOOP(
                    "Validation", "All positions of the need are filled; raise the number of positions first."))
        note = check.done()["note"]
        values = {"status": status, "status_date": day, "rejection_code": reason}
        records.update(db, "shortlist_entries", entry_id, values, who=who)
        _event(db, entry_id, status, day, who=who, reason_code=reason, note=note)
        if status == "hired":
            _hire(db, current, need, dt.date.fromisoformat(day), who=who)


def _hire(db: Database, entry_row: dict, need: dict, day: dt.date, *, who: str) -> None:
    records.update(db, "candidates", entry_row["candidate_id"], {"status": "in_job"}, who=who)
    records.insert(db, "shortlist_follow_ups", {
        "entry_id": entry_row["id"], "due_date": add_months(day, FOLLOW_UP_MONTHS).isoformat(),
        "task": FOLLOW_UP_TASK, "consultant": who, "done": 0}, who=who)
    if need["status"] != "filled" and hired_count(db, need["id"]) >= need["positions"]:
        _set_need_status(db, need["id"], "filled", who=who)


def entries(db: Database, need_id: int) -> list[dict]:
    """The need's list in position order."""
    return _rows(db, _ENTRY_SQL + "WHERE e.need_id = ? ORDER BY e.position, e.id", [need_id])


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

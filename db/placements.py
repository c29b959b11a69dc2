"""Placements: a person in a measure (praktik, løntilskud, fleksjob, IGU …) at a company's workplace.

Every write checks the rules of matching/measure_rules.py against the store (ratio per workplace,
who may use the measure, praktik length, the measure in force on the start day) in one transaction;
a rule that stands in the way refuses the write unless an exemption is recorded with a note. A
measure out of force is never exempted. Løntilskud cannot start before the company has confirmed
the extra employment (merbeskæftigelse). Each placement has two follow-ups: the midway talk and
the end. See docs/MEASURES.md.
"""

from __future__ import annotations

import datetime as dt
import math

from sqlite_utils import Database

from db import measure_rules, records, validation, workplaces
from db.changes import Changes
from db.errors import QT_TRANSLATE_NOOP
from db.validation import Checker
from matching import measure_rules as R

STATUSES = ("planned", "active", "ended", "interrupted")
OPEN_STATUSES = ("planned", "active")
OUTCOMES = ("ordinary_job", "education", "still_unemployed", "other_measure", "other")
FIELDS = ("candidate_id", "company_id", "workplace_id", "need_id", "measure_code", "start_date", "end_date",
          "hours_per_week", "mentor_name", "mentor_hours", "status", "interruption_reason", "outcome",
          "exemption", "exemption_note", "extra_employment_confirmed_on", "consultant", "notes")
MIDWAY_TASK = QT_TRANSLATE_NOOP("FollowUps", "Midway talk about the placement")
END_TASK = QT_TRANSLATE_NOOP("FollowUps", "What now after the placement?")

_SQL = ("SELECT p.*, c.name AS candidate_name, co.name AS company_name, co.cvr AS company_cvr, "
        "w.name AS workplace_name, w.p_number AS workplace_p_number, m.name AS measure_name, "
        "n.title AS need_title FROM placements p JOIN candidates c ON c.id = p.candidate_id "
        "JOIN companies co ON co.id = p.company_id LEFT JOIN company_workplaces w ON w.id = p.workplace_id "
        "LEFT JOIN measures m ON m.code = p.measure_code LEFT JOIN needs n ON n.id = p.need_id ")


def person(db: Database, candidate_id: int) -> R.Person:
    """What the rules need to know about a candidate, from the store."""
    c = records.get(db, "candidates", candidate_id)
    return person_of(c)


def person_of(c: dict) -> R.Person:
    def day(value):
        try:
            return dt.date.fromisoformat(value[:10]) if value else None
        except ValueError:
            return None

    return R.Person(target_group=c.get("target_group_code"), birth_date=day(c.get("birth_date")),
                    birth_year=c.get("birth_year"), unemployed_since=day(c.get("unemployed_since")),
                    education_level=c.get("education_level"),
                    single_parent=None if c.get("single_parent") is None else bool(c["single_parent"]),
                    fleksjob_visited=bool(c.get("fleksjob_visited_on")), arrived_on=day(c.get("arrived_in_denmark")))


def _field_error(check: Checker, name: str, verdict: R.Verdict) -> None:
    """A rule's refusal as a field problem; its text is in context "Rules" (ui.messages looks there too)."""
    check.fail(name, verdict.template, **{k: R.param_text(v) for k, v in verdict.params.items()})


def validate(db: Database, values: dict, placement_id: int | None, *, pending: list[dict] = (),
             rules: R.Rules | None = None) -> dict:
    """The cleaned placement, or ValidationError. `pending`: placements checked but not yet written
    (earlier rows of an import), counted like stored ones for overlaps and the ratio."""
    check = Checker(values)
    check.field("start_date", validation.date, optional=False)
    check.field("end_date", validation.date, optional=False)
    check.field("hours_per_week", validation.hours)
    check.field("mentor_hours", validation.hours)
    check.field("status", validation.one_of, STATUSES, optional=False)
    check.field("outcome", validation.one_of, OUTCOMES)
    check.field("extra_employment_confirmed_on", validation.date)
    check.copy("candidate_id", "company_id", "workplace_id", "need_id", "measure_code", "mentor_name",
               "interruption_reason", "exemption_note", "consultant", "notes")
    clean = check.done()
    clean["exemption"] = int(bool(values.get("exemption")))
    _check_links(db, check, clean)
    check.done()
    _check_dates_and_status(check, clean)
    check.done()
    _check_overlap(db, check, clean, placement_id, pending)
    _check_rules(db, check, clean, placement_id, pending, rules)
    return check.done()


def _exists(db: Database, table: str, record_id) -> bool:
    return record_id is not None and db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [record_id]).fetchone() is not None


def _check_links(db: Database, check: Checker, clean: dict) -> None:
    if not _exists(db, "candidates", clean.get("candidate_id")):
        check.fail("candidate_id", QT_TRANSLATE_NOOP("Validation", "Choose the candidate of the placement."))
    if not _exists(db, "companies", clean.get("company_id")):
        check.fail("company_id", QT_TRANSLATE_NOOP("Validation", "Choose the company of the placement."))
        return
    places = [r[0] for r in db.execute("SELECT id FROM company_workplaces WHERE company_id = ? ORDER BY id",
                                       [clean["company_id"]])]
    if not places:
        check.fail("workplace_id", QT_TRANSLATE_NOOP(
            "Validation", "The company has no workplace with its ordinary employees; add one on the company first."))
    elif clean.get("workplace_id") is None and len(places) == 1:
        clean["workplace_id"] = places[0]
    elif clean.get("workplace_id") not in places:
        check.fail("workplace_id", QT_TRANSLATE_NOOP("Validation", "Choose one of the company's workplaces."))
    if clean.get("need_id") is not None:
        row = db.execute("SELECT company_id FROM needs WHERE id = ?", [clean["need_id"]]).fetchone()
        if row is None or row[0] != clean["company_id"]:
            check.fail("need_id", QT_TRANSLATE_NOOP("Validation", "The need belongs to another company."))
    code = clean.get("measure_code")
    if not code:
        check.fail("measure_code", QT_TRANSLATE_NOOP("Validation", "This field must be filled in."))
    elif code == R.ORDINARY:
        check.fail("measure_code", QT_TRANSLATE_NOOP(
            "Validation", "An ordinary job is not a placement; choose the measure (praktik, løntilskud …)."))
    elif db.execute("SELECT 1 FROM measures WHERE code = ?", [code]).fetchone() is None:
        check.fail("measure_code", QT_TRANSLATE_NOOP("Validation", "Unknown measure: {value}."), value=code)


def _check_dates_and_status(check: Checker, clean: dict) -> None:
    if clean["end_date"] < clean["start_date"]:
        check.fail("end_date", QT_TRANSLATE_NOOP("Validation", "The placement ends ({end}) before it starts ({start})."),
                   end=_danish(clean["end_date"]), start=_danish(clean["start_date"]))
    status = clean["status"]
    if status == "interrupted" and not clean.get("interruption_reason"):
        check.fail("interruption_reason", QT_TRANSLATE_NOOP("Validation", "An interrupted placement needs a reason."))
    if clean.get("outcome") and status not in ("ended", "interrupted"):
        check.fail("outcome", QT_TRANSLATE_NOOP("Validation", "The outcome is recorded when the placement has ended."))
    if clean.get("exemption") and not clean.get("exemption_note"):
        check.fail("exemption_note", QT_TRANSLATE_NOOP("Validation", "An exemption needs a note saying why and by whom."))
    if clean.get("mentor_hours") and not clean.get("mentor_name"):
        check.fail("mentor_name", QT_TRANSLATE_NOOP("Validation", "Mentor hours need the mentor's name."))
    if clean["measure_code"] == R.WAGE_SUBSIDY and status != "planned" and not clean.get("extra_employment_confirmed_on"):
        check.fail("extra_employment_confirmed_on", QT_TRANSLATE_NOOP(
            "Validation", "A wage subsidy placement stays planned until the company has confirmed the extra employment."))
    confirmed = clean.get("extra_employment_confirmed_on")
    if confirmed and confirmed > dt.date.today().isoformat():
        check.fail("extra_employment_confirmed_on", QT_TRANSLATE_NOOP("Validation", "The date cannot be in the future."))


def _new(pending: dict) -> bool:
    """A pending placement not in the store yet (an update's stored version is counted from the store)."""
    return pending.get("id") is None


def _overlaps(a: dict, b: dict) -> bool:
    return a["start_date"] <= b["end_date"] and b["start_date"] <= a["end_date"]


def _check_overlap(db: Database, check: Checker, clean: dict, placement_id: int | None, pending) -> None:
    if clean["status"] not in OPEN_STATUSES:
        return
    for other in pending:
        if other["candidate_id"] == clean["candidate_id"] and other["status"] in OPEN_STATUSES and \
                _new(other) and _overlaps(other, clean):
            check.fail("start_date", QT_TRANSLATE_NOOP(
                "Validation", "The candidate already has a placement in this period ({company}, {start}–{end})."),
                company=other.get("company_name") or "", start=_danish(other["start_date"]), end=_danish(other["end_date"]))
            return
    row = db.execute(
        "SELECT p.start_date, p.end_date, co.name FROM placements p JOIN companies co ON co.id = p.company_id "
        "WHERE p.candidate_id = ? AND p.status IN ('planned', 'active') AND p.start_date <= ? AND p.end_date >= ? "
        "AND p.id IS NOT ? ORDER BY p.start_date LIMIT 1",
        [clean["candidate_id"], clean["end_date"], clean["start_date"], placement_id]).fetchone()
    if row:
        check.fail("start_date", QT_TRANSLATE_NOOP(
            "Validation", "The candidate already has a placement in this period ({company}, {start}–{end})."),
            company=row[2], start=_danish(row[0]), end=_danish(row[1]))


def _check_rules(db: Database, check: Checker, clean: dict, placement_id: int | None, pending=(),
                 rules: R.Rules | None = None) -> None:
    """The measure in force, who may use it, praktik length and the ratio; the last three give way to
    a recorded exemption. Only for placements that are planned or running: history is not re-judged."""
    if clean["status"] not in OPEN_STATUSES or check.errors:
        return
    rules = rules or measure_rules.load(db)
    start, end = (dt.date.fromisoformat(clean[k]) for k in ("start_date", "end_date"))
    code = clean["measure_code"]
    if not rules.measure_in_force(code, start):
        _field_error(check, "measure_code", R.Verdict(code, R.REFUSED, R.T_NOT_IN_FORCE,
                                                      {"measure": rules.name(code), "date": start}))
        return
    exempt = bool(clean.get("exemption"))
    candidate = records.get(db, "candidates", clean["candidate_id"])
    verdict = rules.verdict(person_of(candidate), code, start)
    if verdict.state in (R.REFUSED, R.LATER) and not exempt:
        _field_error(check, "measure_code", verdict)
    if code == R.INTERNSHIP:
        limit = rules.internship_weeks(candidate.get("target_group_code"), start)
        weeks = math.ceil(((end - start).days + 1) / 7)
        if limit is not None and weeks > limit.weeks and not exempt:
            check.fail("end_date", QT_TRANSLATE_NOOP(
                "Validation", "A praktik for this target group lasts at most {limit} weeks (this one {weeks})."),
                limit=limit.weeks, weeks=weeks)
    igu = rules.igu_version(start) if code == R.IGU else None
    hours = clean.get("hours_per_week")
    if igu is not None and hours is not None and hours < igu.min_hours and not exempt:
        check.fail("hours_per_week", QT_TRANSLATE_NOOP(
            "Validation", "An IGU needs at least {low} hours a week of paid work (got {value})."),
            low=R.param_text(igu.min_hours), value=R.param_text(float(hours)))
    if code in rules.ratio_measures(start) and not exempt:
        ratio = workplaces.ratio_at(db, rules, workplaces.get(db, clean["workplace_id"]), start, end,
                                    exclude_placement=placement_id)
        # earlier rows of the same import at this workplace in the period (an upper bound: they may not overlap)
        waiting = sum(1 for p in pending if p["workplace_id"] == clean["workplace_id"] and _new(p)
                      and p["status"] in OPEN_STATUSES and p["measure_code"] in rules.ratio_measures(start)
                      and _overlaps(p, clean))
        if ratio is not None and ratio.used + waiting + 1 > ratio.capacity:
            check.fail("workplace_id", QT_TRANSLATE_NOOP(
                "Validation", "The workplace has no more placements ({used} of {capacity}); record an exemption to go beyond."),
                used=ratio.used + waiting, capacity=ratio.capacity)


def _danish(iso: str) -> str:
    day = dt.date.fromisoformat(iso[:10])
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


def follow_ups(db: Database, placement_id: int, clean: dict, *, who: str) -> None:
    """Create or move the midway and end follow-ups (only those not done yet)."""
    start, end = (dt.date.fromisoformat(clean[k]) for k in ("start_date", "end_date"))
    wanted = {"midway": (start + (end - start) / 2, MIDWAY_TASK), "end": (end, END_TASK)}
    if clean["status"] not in OPEN_STATUSES:
        wanted = {}
    existing = {kind: (fid, done) for fid, kind, done in db.execute(
        "SELECT id, kind, done FROM placement_follow_ups WHERE placement_id = ?", [placement_id])}
    for kind, (due, task) in wanted.items():
        if kind not in existing:
            records.insert(db, "placement_follow_ups", {
                "placement_id": placement_id, "kind": kind, "due_date": due.isoformat(), "task": task,
                "consultant": clean.get("consultant") or who, "done": 0}, who=who)
        elif not existing[kind][1]:
            records.update(db, "placement_follow_ups", existing[kind][0], {"due_date": due.isoformat()}, who=who)
    if not wanted:  # ended or interrupted: nothing left to follow up
        for fid, done in existing.values():
            if not done:
                records.update(db, "placement_follow_ups", fid, {"done": 1}, who=who)


def add(db: Database, *, who: str, **values) -> Changes:
    """A new placement ('planned' unless another status is given); the changes' id is its id."""
    values.setdefault("status", "planned")
    with records.transaction(db) as log:
        clean = validate(db, {k: values.get(k) for k in FIELDS if k in values}, None)
        placement_id = records.insert(db, "placements", clean, who=who)
        follow_ups(db, placement_id, clean, who=who)
    return log.changes(id=placement_id)


def update(db: Database, placement_id: int, *, who: str, **values) -> Changes:
    with records.transaction(db) as log:
        current = records.get(db, "placements", placement_id)
        clean = validate(db, {k: current[k] for k in FIELDS} | values, placement_id)
        changed = records.update(db, "placements", placement_id, clean, who=who)
        follow_ups(db, placement_id, clean, who=who)
    return log.changes(id=placement_id, fields=changed)


def delete(db: Database, placement_id: int, *, who: str) -> Changes:
    with records.transaction(db) as log:
        for (fid,) in db.execute("SELECT id FROM placement_follow_ups WHERE placement_id = ?",
                                 [placement_id]).fetchall():
            records.delete(db, "placement_follow_ups", fid, who=who)
        records.delete(db, "placements", placement_id, who=who)
    return log.changes(id=placement_id)


def get(db: Database, placement_id: int) -> dict:
    rows = _rows(db, _SQL + "WHERE p.id = ?", [placement_id])
    if not rows:
        records.get(db, "placements", placement_id)  # raises NotFound
    return rows[0]


def _rows(db: Database, sql: str, args) -> list[dict]:
    cur = db.execute(sql, list(args))
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


_ORDER = " ORDER BY p.start_date DESC, p.id DESC"


def for_candidate(db: Database, candidate_id: int) -> list[dict]:
    return _rows(db, _SQL + "WHERE p.candidate_id = ?" + _ORDER, [candidate_id])


def for_company(db: Database, company_id: int) -> list[dict]:
    return _rows(db, _SQL + "WHERE p.company_id = ?" + _ORDER, [company_id])


def for_need(db: Database, need_id: int) -> list[dict]:
    return _rows(db, _SQL + "WHERE p.need_id = ?" + _ORDER, [need_id])


def listing(db: Database, *, company_id: int | None = None, status: str | None = None) -> list[dict]:
    where, args = [], []
    if company_id is not None:
        where.append("p.company_id = ?")
        args.append(company_id)
    if status is not None:
        where.append("p.status = ?")
        args.append(status)
    return _rows(db, _SQL + (f"WHERE {' AND '.join(where)}" if where else "") + _ORDER, args)


def check(db: Database, *, company_id: int, measure: str, candidate_id: int | None = None,
          workplace_id: int | None = None, day: dt.date | None = None, end: dt.date | None = None,
          exclude_placement: int | None = None) -> list[R.Verdict]:
    """Every rule's answer for a placement that has not been made: the measure in force, the ratio at
    each of the company's workplaces (or the one given) and, with a candidate, who may use the measure.
    Nothing is written. A verdict in state REFUSED or LATER stands in the way."""
    day = day or dt.date.today()
    end = end or day
    rules = measure_rules.load(db)
    records.get(db, "companies", company_id)
    name = rules.name(measure)
    out: list[R.Verdict] = []
    if not rules.measure_in_force(measure, day):
        out.append(R.Verdict(measure, R.REFUSED, R.T_NOT_IN_FORCE, {"measure": name, "date": day}))
    if measure in rules.ratio_measures(day):
        places = [w for w in workplaces.for_company(db, company_id, day=day)
                  if workplace_id is None or w["id"] == workplace_id]
        if not places:
            out.append(R.Verdict(measure, R.REFUSED, R.T_RATIO_NO_WORKPLACE, {}))
        else:
            best = max((workplaces.ratio_at(db, rules, w, day, end, exclude_placement=exclude_placement)
                        for w in places),
                       key=lambda r: r.capacity - r.used)
            out.append(best.verdict(measure))
    if candidate_id is not None:
        out += rules.verdicts(person(db, candidate_id), measure, day)
    return out


def candidate_choices(db: Database, company_id: int) -> list[tuple[int, str]]:
    """(id, name) of the candidates put forward to the company or placed there: whom a placement made from
    the company is usually for (a placement for anyone else starts from the candidate)."""
    return [(r[0], r[1]) for r in db.execute(
        "SELECT c.id, c.name FROM candidates c WHERE c.id IN (SELECT e.candidate_id FROM shortlist_entries e "
        "JOIN needs n ON n.id = e.need_id WHERE n.company_id = ? UNION SELECT candidate_id FROM placements "
        "WHERE company_id = ?) ORDER BY c.name_key", [company_id, company_id])]


def stands_in_the_way(verdicts: list[R.Verdict]) -> bool:
    return any(v.state in (R.REFUSED, R.LATER) for v in verdicts)

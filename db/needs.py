"""A company's needs to hire: validated writes, their skill requirements and the needs listing."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from db import isco_groups, records, reference, validation, vocab_links
from db.changes import Changes
from db.errors import QT_TRANSLATE_NOOP
from db.listing import Listing
from db.validation import Checker
from matching import rules
from matching.isco_groups import group_code

STATUSES = rules.NEED_STATUSES
EMPLOYMENT_FORMS = ("ordinary", "fleksjob", "wage_subsidy", "internship", "igu", "apprenticeship", "seasonal")
SHIFTS = ("day", "evening", "night", "weekend")
DANISH_LEVELS = (0, 1, 2, 3, 4)  # none, basic, good, fluent, native
FIELDS = ("company_id", "title", "occupation_id", "occupation_text", "workplace_postcode", "positions",
          "danish_level", "hours_min", "hours_max", "shifts", "start_date", "deadline", "employment_form",
          "status", "consultant", "notes", "isco_group")
OCCUPATION_FIELDS = ("occupation_id", "occupation_text", "isco_group")  # one occupation, said one of three ways
SKILL_RELATIONS = ("essential", "desired", "required")

# A need still to fill: open, or with candidates on its list. The needs view shows these by default.
OPEN_STATUSES = "open,shortlisted"

LISTING = Listing(
    table="needs",
    columns={
        "title": "r.title", "company": "c.name",
        "occupation": "coalesce((SELECT title FROM occupations o WHERE o.id = r.occupation_id), r.occupation_text)",
        "positions": "r.positions", "employment_form": "r.employment_form", "start_date": "r.start_date",
        "deadline": "r.deadline", "status": "r.status", "consultant": "r.consultant",
        "town": "coalesce((SELECT town FROM postcodes p WHERE p.postcode = r.workplace_postcode), c.town)",
    },
    sort_exprs={"title": "r.title_key", "company": "c.name_key"},
    joins="JOIN companies c ON c.id = r.company_id",
    # status: one status, or several joined by commas (OPEN_STATUSES)
    filters={"status": "instr(',' || ? || ',', ',' || r.status || ',') > 0",
             "consultant": "r.consultant = ?", "employment_form": "r.employment_form = ?",
             "company": "r.company_id = ?", "municipality": "c.municipality_code = ?"},
    default_order="r.deadline IS NULL, r.deadline",
)


def _dmy(iso: str) -> str:
    """A stored ISO date as consultants write it in messages: dd-mm-yyyy."""
    return dt.date.fromisoformat(iso).strftime("%d-%m-%Y")


def _check_dates(check: Checker, clean: dict, before: dict | None, today: dt.date | None) -> None:
    """The application deadline (Ansøgningsfrist) comes before the start date (Startdato). A new need, or a
    date changed now, may not lie in the past (today None: not checked, e.g. an import of past needs); an
    existing need keeps the dates it was saved with."""
    start, deadline = clean.get("start_date"), clean.get("deadline")
    old = before or {}
    changed_start = before is None or start != old.get("start_date")
    changed_deadline = before is None or deadline != old.get("deadline")
    if today and deadline and changed_deadline and deadline < today.isoformat():
        check.fail("deadline", QT_TRANSLATE_NOOP("Validation", "The application deadline {deadline} has passed."),
                   deadline=_dmy(deadline))
    if today and start and changed_start and start < today.isoformat():
        check.fail("start_date", QT_TRANSLATE_NOOP("Validation", "The start date {start} is before today."),
                   start=_dmy(start))
    if start and deadline and deadline > start and (changed_start or changed_deadline):
        check.fail("deadline", QT_TRANSLATE_NOOP(
            "Validation", "The application deadline {deadline} is after the start date {start}."),
            deadline=_dmy(deadline), start=_dmy(start))


def _check(db: Database, values: dict, skills: dict, measures, demands, before: dict | None = None,
           today: dt.date | None = None) -> dict:
    """The clean values or a ValidationError; `today` is the day before which new dates are refused (None:
    any date, as an import of the needs a job centre already had)."""
    check = Checker(values)
    check.field("title", validation.required_text, optional=False)
    check.field("workplace_postcode", validation.postcode, reference.known_postcodes(db))
    check.field("positions", validation.integer, low=1, high=999, optional=False)
    check.field("danish_level", validation.one_of, DANISH_LEVELS)
    check.field("hours_min", validation.hours)
    check.field("hours_max", validation.hours)
    check.field("start_date", validation.date)
    check.field("deadline", validation.date)
    check.field("employment_form", validation.one_of, EMPLOYMENT_FORMS, optional=False)
    check.field("status", validation.one_of, STATUSES, optional=False)
    check.copy("company_id", "occupation_id", "occupation_text", "consultant", "notes")
    shifts = [s for s in str(values.get("shifts") or "").split(",") if s]
    if any(s not in SHIFTS for s in shifts):
        check.fail("shifts", QT_TRANSLATE_NOOP("Validation", "Unknown shift: {value}."), value=values.get("shifts"))
    clean = check.done()
    clean["shifts"] = ",".join(s for s in SHIFTS if s in shifts)
    lo, hi = clean.get("hours_min"), clean.get("hours_max")
    if lo is not None and hi is not None and lo > hi:
        check.fail("hours_max", QT_TRANSLATE_NOOP("Validation", "The maximum hours ({high}) are below the minimum ({low})."),
                   low=lo, high=hi)
    _check_dates(check, clean, before, today)
    if db.execute("SELECT 1 FROM companies WHERE id = ?", [clean.get("company_id")]).fetchone() is None:
        check.fail("company_id", QT_TRANSLATE_NOOP("Validation", "Choose the company that has the need."))
    _check_occupation(db, check, clean, values)
    for relation, refs in skills.items():
        vocab_links.check_ids(db, check, f"{relation}_skills", "skills", refs)
    _check_codes(db, check, "measures", measures)
    _check_codes(db, check, "strains", demands, field="demands")
    return check.done()


def _check_occupation(db: Database, check: Checker, clean: dict, values: dict) -> None:
    """The occupation is an occupation id, an ISCO-08 group (its code, or its ref as the occupation id,
    or its label as the text: "ISCO-08 2341 …", as an export writes it) or free text; a group keeps its
    label as the text, so listings and exports show it."""
    occupation_id, code = clean.get("occupation_id"), values.get("isco_group")
    if group_code(occupation_id) is not None:
        if code is not None and code != group_code(occupation_id):
            check.fail("isco_group", QT_TRANSLATE_NOOP(
                "Validation", "Choose an occupation or an occupational group, not both."))
        occupation_id, code = None, group_code(occupation_id)
    if occupation_id is None and code is None:
        code = isco_groups.code_in(clean.get("occupation_text"))
    code = None if code is None or str(code).strip() == "" else str(code).strip()
    clean["occupation_id"] = occupation_id
    if code is not None or "isco_group" in values:  # (a store before migration 0011 has no such column)
        clean["isco_group"] = code
    if code is not None:
        if occupation_id is not None:
            check.fail("isco_group", QT_TRANSLATE_NOOP(
                "Validation", "Choose an occupation or an occupational group, not both."))
        titles = isco_groups.check(db, check, "occupation_id", [code])
        clean["occupation_text"] = isco_groups.label(code, titles.get(code, ""))
    elif occupation_id is not None and db.execute(
            "SELECT 1 FROM occupations WHERE id = ?", [occupation_id]).fetchone() is None:
        check.fail("occupation_id", QT_TRANSLATE_NOOP("Validation", "Unknown occupation."))


def _check_codes(db: Database, check: Checker, table: str, values, field: str | None = None) -> None:
    unknown = set(values or ()) - reference.codes(db, table)
    if unknown:
        check.fail(field or table, QT_TRANSLATE_NOOP("Validation", "Unknown value: {value}."), value=", ".join(sorted(unknown)))


def _write_links(db: Database, need_id: int, skills: dict, measures, demands) -> list[str]:
    changed = []
    if skills is not None:
        rows = []
        for relation in SKILL_RELATIONS:
            rows += vocab_links.as_rows(skills.get(relation, ()), "skill_id", relation=relation)
        if records.replace_links(db, "need_skills", "need_id", need_id, rows):
            changed.append("skills")
    if measures is not None and records.replace_links(
            db, "need_measures", "need_id", need_id, [{"measure_code": m} for m in measures]):
        changed.append("measures")
    if demands is not None and records.replace_links(
            db, "need_demands", "need_id", need_id, [{"strain_code": s} for s in demands]):
        changed.append("demands")
    return changed


def _skills_arg(essential, desired, required) -> dict | None:
    if essential is None and desired is None and required is None:
        return None
    return {"essential": essential or [], "desired": desired or [], "required": required or []}


def add(db: Database, *, who: str, essential=None, desired=None, required=None, measures=(), demands=(),
        today: dt.date | None = None, **values) -> Changes:
    values.setdefault("status", "open")
    values.setdefault("employment_form", "ordinary")
    values.setdefault("positions", 1)
    skills = _skills_arg(essential, desired, required) or {}
    with records.transaction(db) as log:
        clean = _check(db, values, skills, measures, demands, today=today or dt.date.today())
        clean["title_key"] = records.sort_key(clean["title"])
        need_id = records.insert(db, "needs", clean, who=who)
        _write_links(db, need_id, skills, measures, demands)
    return log.changes(id=need_id)


def update(db: Database, need_id: int, *, who: str, essential=None, desired=None, required=None,
           measures=None, demands=None, today: dt.date | None = None, **values) -> Changes:
    skills = _skills_arg(essential, desired, required)
    with records.transaction(db) as log:
        current = records.get(db, "needs", need_id)
        if any(f in values for f in OCCUPATION_FIELDS):  # a new occupation replaces all three
            values = {f: None for f in OCCUPATION_FIELDS if f in current} | values
        clean = _check(db, {k: current[k] for k in FIELDS} | values, skills or {}, measures, demands,
                       before=current, today=today or dt.date.today())
        clean["title_key"] = records.sort_key(clean["title"])
        extra = _write_links(db, need_id, skills, measures, demands)
        changed = records.update(db, "needs", need_id, clean, who=who, extra_changed=tuple(extra))
    return log.changes(id=need_id, fields=changed)


def delete(db: Database, need_id: int, *, who: str) -> Changes:
    """Delete a need; its shortlist goes with it (ON DELETE CASCADE)."""
    with records.transaction(db) as log:
        records.delete(db, "needs", need_id, who=who)
        log.note("shortlists", need_id)
    return log.changes(id=need_id)


def get(db: Database, need_id: int) -> dict:
    row = records.get(db, "needs", need_id)
    for relation in SKILL_RELATIONS:
        row[relation] = vocab_links.read(db, "need_skills", "need_id", need_id, "skills", "skill_id", "name",
                                         "AND l.relation = ?", [relation])
    row["measures"] = [r["measure_code"] for r in records.links(db, "need_measures", "need_id", need_id,
                                                                 ["measure_code"])]
    row["demands"] = [r["strain_code"] for r in records.links(db, "need_demands", "need_id", need_id,
                                                               ["strain_code"])]
    return row


def for_company(db: Database, company_id: int) -> list[dict]:
    cur = db.execute("SELECT id, title, positions, employment_form, start_date, deadline, status FROM needs "
                     "WHERE company_id = ? ORDER BY status = 'open' DESC, deadline", [company_id])
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]

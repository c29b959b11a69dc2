"""A company's workplaces (P-numbers) with their ordinary employees in FTE: the base of the ratio rule."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from db import measure_rules, records, validation
from db.changes import Changes
from db.errors import QT_TRANSLATE_NOOP
from db.validation import Checker, FieldProblem

FIELDS = ("p_number", "name", "postcode", "ordinary_fte", "fte_stated_on")
# The largest Danish workplaces have some tens of thousands of employees; more is a typing error.
MAX_FTE = 50_000.0
# Placements that take a place in the ratio: those not ended early or finished.
COUNTED_STATUSES = ("planned", "active")


def fte(value) -> float:
    """Ordinary employees in full-time equivalents: more than 0 and at most MAX_FTE."""
    try:
        number = float(str(value).replace(",", ".").replace(" ", ""))
    except ValueError:
        raise FieldProblem(QT_TRANSLATE_NOOP("Validation", "\"{value}\" is not a number of employees."),
                           value=value) from None
    if not 0 < number <= MAX_FTE:
        raise FieldProblem(QT_TRANSLATE_NOOP(
            "Validation", "Ordinary employees (FTE) must be more than 0 and at most 50,000 (got {value})."),
            value=value)
    return number


def _check(db: Database, values: dict, company_id: int, workplace_id: int | None) -> dict:
    check = Checker(values)
    check.field("name", validation.required_text, optional=False)
    check.field("p_number", validation.p_number)
    check.field("postcode", validation.postcode)
    check.field("ordinary_fte", fte, optional=False)
    check.field("fte_stated_on", validation.date, optional=False)
    clean = check.done()
    if clean["fte_stated_on"] > dt.date.today().isoformat():
        check.fail("fte_stated_on", QT_TRANSLATE_NOOP("Validation", "The date cannot be in the future."))
    if clean.get("p_number"):
        row = db.execute("SELECT id FROM company_workplaces WHERE company_id = ? AND p_number = ?",
                         [company_id, clean["p_number"]]).fetchone()
        if row and row[0] != workplace_id:
            check.fail("p_number", QT_TRANSLATE_NOOP("Validation", "The company already has a workplace with P-number {value}."),
                       value=clean["p_number"])
    return check.done()


def add(db: Database, company_id: int, *, who: str, **values) -> Changes:
    with records.transaction(db) as log:
        records.get(db, "companies", company_id)
        clean = _check(db, values, company_id, None)
        workplace_id = records.insert(db, "company_workplaces", {"company_id": company_id, **clean}, who=who)
    return log.changes(id=workplace_id)


def update(db: Database, workplace_id: int, *, who: str, **values) -> Changes:
    with records.transaction(db) as log:
        current = records.get(db, "company_workplaces", workplace_id)
        clean = _check(db, {k: current[k] for k in FIELDS} | values, current["company_id"], workplace_id)
        changed = records.update(db, "company_workplaces", workplace_id, clean, who=who)
    return log.changes(id=workplace_id, fields=changed)


def delete(db: Database, workplace_id: int, *, who: str) -> Changes:
    with records.transaction(db) as log:
        records.get(db, "company_workplaces", workplace_id)
        if db.execute("SELECT 1 FROM placements WHERE workplace_id = ? AND status IN ('planned', 'active')",
                      [workplace_id]).fetchone():
            check = Checker({})
            check.fail("workplace_id", QT_TRANSLATE_NOOP(
                "Validation", "The workplace has planned or running placements; move or end them first."))
            check.done()
        records.delete(db, "company_workplaces", workplace_id, who=who)
    return log.changes(id=workplace_id)


def get(db: Database, workplace_id: int) -> dict:
    return records.get(db, "company_workplaces", workplace_id)


def for_company(db: Database, company_id: int, *, day: dt.date | None = None) -> list[dict]:
    """The company's workplaces with the ratio on `day` (default today): used, capacity, source."""
    day = day or dt.date.today()
    rules = measure_rules.load(db)
    cur = db.execute("SELECT id, company_id, p_number, name, postcode, ordinary_fte, fte_stated_on "
                     "FROM company_workplaces WHERE company_id = ? ORDER BY name, id", [company_id])
    cols = [c[0] for c in cur.description]
    out = []
    for row in cur.fetchall():
        item = dict(zip(cols, row))
        ratio = ratio_at(db, rules, item, day, day)
        item["used"] = ratio.used if ratio else used(db, item["id"], day, day, rules.ratio_measures(day))
        item["capacity"] = ratio.capacity if ratio else None
        item["source"] = ratio.source if ratio else ""
        out.append(item)
    return out


def used(db: Database, workplace_id: int, start: dt.date, end: dt.date, measures, *,
         exclude_placement: int | None = None) -> int:
    """The most persons in the counted measures at the workplace on any one day from `start` to `end`."""
    if not measures:
        return 0
    marks = ", ".join("?" for _ in measures)
    spans = db.execute(
        f"SELECT start_date, end_date FROM placements WHERE workplace_id = ? AND status IN ('planned', 'active') "
        f"AND measure_code IN ({marks}) AND start_date <= ? AND end_date >= ? AND id IS NOT ?",
        [workplace_id, *sorted(measures), end.isoformat(), start.isoformat(), exclude_placement]).fetchall()
    if not spans:
        return 0
    # the count can only rise at the start of the period or on a day a placement starts
    days = {start.isoformat()} | {s for s, _ in spans if s >= start.isoformat()}
    return max(sum(1 for s, e in spans if s <= d <= e) for d in days)


def ratio_at(db: Database, rules, workplace: dict, start: dt.date, end: dt.date, *,
             exclude_placement: int | None = None):
    """The ratio check at one workplace for a period (None when no ratio rule is in force at the start)."""
    measures = rules.ratio_measures(start)
    count = used(db, workplace["id"], start, end, measures, exclude_placement=exclude_placement)
    return rules.ratio_check(workplace["ordinary_fte"], count, start, workplace.get("name") or "")

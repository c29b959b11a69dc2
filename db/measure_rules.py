"""The measure rules in the store: seeding them from resources/reference, reading them as matching's Rules, edits."""

from __future__ import annotations

from sqlite_utils import Database

from db import records, reference, validation
from db.changes import Changes
from db.errors import QT_TRANSLATE_NOOP
from db.validation import Checker
from matching import measure_rules as R

# table -> (CSV file, its columns besides the dated ones, the CSV column a store column comes from)
RULE_TABLES = {
    "ratio_rules": ("ratio_rules.csv", ("measures", "first_employees", "per_first", "per_beyond", "minimum"), {}),
    "eligibility_rules": ("eligibility_rules.csv", ("measure_code", "rule", "value"), {"measure_code": "measure"}),
    "internship_limits": ("internship_limits.csv", ("target_group", "weeks"), {}),
    "igu_versions": ("igu_versions.csv", ("age_from", "age_under", "residence_years_under", "min_hours", "months"), {}),
}
DATED = ("valid_from", "valid_to", "source", "url")
ELIGIBILITY_RULES = ("wait_months", "exempt_age_from", "exempt_single_parent", "exempt_education",
                     "requires_visitation")


def seed(db: Database) -> None:
    """Rule rows from resources/ into empty rule tables (edited tables are kept), and the dates and
    sources of the measures and target groups where none are recorded yet."""
    stamp = records.now()
    for table, (name, columns, renamed) in RULE_TABLES.items():
        if db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]:
            continue
        for row in reference.read_csv(name):
            cols = columns + DATED
            values = [row.get(renamed.get(c, c)) or None for c in cols]
            values = ["" if v is None and c in ("source", "url", "value") else v for c, v in zip(cols, values)]
            db.execute(f"INSERT INTO {table} ({', '.join(cols)}, created_at, updated_at) "
                       f"VALUES ({', '.join('?' for _ in cols)}, ?, ?)", [*values, stamp, stamp])
    for table in ("measures", "target_groups"):
        for row in reference.read_csv(f"{table}.csv"):
            db.execute(f"UPDATE {table} SET valid_from = coalesce(valid_from, ?), valid_to = coalesce(valid_to, ?), "
                       "source = coalesce(source, ?) WHERE code = ?",
                       [row.get("valid_from") or None, row.get("valid_to") or None, row.get("source") or None,
                        row["code"]])


def rows(db: Database, table: str) -> list[dict]:
    if table not in RULE_TABLES:
        raise ValueError(table)
    cur = db.execute(f"SELECT * FROM {table} ORDER BY valid_from, id")
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def load(db: Database) -> R.Rules:
    """Every rule row, measure and target group with their dates, as the pure rules object."""
    eligibility = [{**r, "measure": r["measure_code"]} for r in rows(db, "eligibility_rules")]
    groups: dict[str, set] = {}
    for code, measure in db.execute("SELECT target_group_code, measure_code FROM target_group_measures"):
        groups.setdefault(code, set()).add(measure)
    measures = _code_rows(db, "measures")
    target_groups = _code_rows(db, "target_groups")
    for row in target_groups:
        groups.setdefault(row["code"], set())
    return R.from_rows(ratio=rows(db, "ratio_rules"), eligibility=eligibility,
                       internship=rows(db, "internship_limits"), igu=rows(db, "igu_versions"),
                       measures=measures, target_groups=target_groups,
                       target_group_measures={k: frozenset(v) for k, v in groups.items()})


def _code_rows(db: Database, table: str) -> list[dict]:
    cur = db.execute(f"SELECT code, name, valid_from, valid_to, source, active FROM {table}")
    out = []
    for code, name, valid_from, valid_to, source, active in cur.fetchall():
        if not active and not valid_to:
            # an entry switched off in the reference lists is out of force from the day it was switched off
            valid_to = "0001-01-01"
        out.append({"code": code, "name": name, "valid_from": valid_from, "valid_to": valid_to, "source": source})
    return out


# ---- edits -----------------------------------------------------------------------------------

def _positive_int(value) -> int:
    return validation.integer(value, low=1, high=1000)


def save_rule(db: Database, table: str, *, who: str, rule_id: int | None = None, **values) -> Changes:
    """Add or change one rule row; validated like every form (dates, numbers, a source is required)."""
    if table not in RULE_TABLES:
        raise ValueError(table)
    columns = RULE_TABLES[table][1]
    check = Checker(values)
    check.field("valid_from", validation.date, optional=False)
    check.field("valid_to", validation.date)
    check.field("source", validation.required_text, optional=False)
    check.copy("url")
    for col in columns:
        if col in ("measures", "target_group", "measure_code", "value"):
            check.field(col, validation.required_text, optional=col == "value")
        elif col == "rule":
            check.field(col, validation.one_of, ELIGIBILITY_RULES, optional=False)
        elif col == "min_hours":
            check.field(col, validation.hours, optional=False)
        else:
            check.field(col, _positive_int, optional=False)
    clean = check.done()
    if clean.get("valid_to") and clean["valid_to"] < clean["valid_from"]:
        check.fail("valid_to", QT_TRANSLATE_NOOP("Validation", "The end date is before the start date."))
    if table == "igu_versions" and clean.get("age_under", 0) <= clean.get("age_from", 0):
        check.fail("age_under", QT_TRANSLATE_NOOP("Validation", "The upper age must be above the lower age."))
    check.done()
    clean["url"] = clean.get("url") or ""
    clean["value"] = clean.get("value") or "" if "value" in columns else None
    clean = {k: v for k, v in clean.items() if k in columns + DATED}
    with records.transaction(db) as log:
        if rule_id is None:
            rule_id = records.insert(db, table, clean, who=who)
        else:
            records.update(db, table, rule_id, clean, who=who)
    return log.changes(id=rule_id)


def delete_rule(db: Database, table: str, rule_id: int, *, who: str) -> Changes:
    if table not in RULE_TABLES:
        raise ValueError(table)
    with records.transaction(db) as log:
        records.delete(db, table, rule_id, who=who)
    return log.changes(id=rule_id)


def set_validity(db: Database, table: str, code: str, *, who: str, valid_from=None, valid_to=None,
                 source: str | None = None) -> Changes:
    """The dates (and source) of a measure or target group: when it may be used."""
    if table not in ("measures", "target_groups"):
        raise ValueError(table)
    check = Checker({"valid_from": valid_from, "valid_to": valid_to})
    check.field("valid_from", validation.date)
    check.field("valid_to", validation.date)
    clean = check.done()
    if clean["valid_from"] and clean["valid_to"] and clean["valid_to"] < clean["valid_from"]:
        check.fail("valid_to", QT_TRANSLATE_NOOP("Validation", "The end date is before the start date."))
        check.done()
    with records.transaction(db) as log:
        if db.execute(f"SELECT 1 FROM {table} WHERE code = ?", [code]).fetchone() is None:
            check.fail("code", QT_TRANSLATE_NOOP("Validation", "Unknown value: {value}."), value=code)
            check.done()
        db.execute(f"UPDATE {table} SET valid_from = ?, valid_to = ?, source = coalesce(?, source), updated_at = ? "
                   "WHERE code = ?", [clean["valid_from"], clean["valid_to"], source, records.now(), code])
        records.audit(db, who=who, action="update", table=table, record_id=None,
                      fields=("valid_from", "valid_to", "source"))
    return log.changes()


def validity(db: Database, table: str, code: str) -> dict:
    """The dates and source of one measure or target group ({} when unknown)."""
    if table not in ("measures", "target_groups"):
        raise ValueError(table)
    row = db.execute(f"SELECT valid_from, valid_to, source FROM {table} WHERE code = ?", [code]).fetchone()
    return dict(zip(("valid_from", "valid_to", "source"), row)) if row else {}

"""Candidates (citizens the job centre serves): validated writes, skills, consent and the listing."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from db import consent, isco_groups, records, reference, validation, vocab_links
from db.changes import Changes
from db.errors import QT_TRANSLATE_NOOP
from db.listing import Listing
from db.validation import Checker
from matching import rules

STATUSES = rules.CANDIDATE_STATUSES
EDUCATION_LEVELS = ("none", "primary", "upper_secondary", "vocational", "short_higher", "bachelor", "master")
CONSENT_SCOPES = rules.CONSENT_SCOPES
FIELDS = ("external_id", "name", "phone", "email", "postcode", "birth_year", "target_group_code",
          "unemployed_since", "caseworker", "own_car", "max_commute_min", "hours_per_week", "danish_level",
          "education_level", "available_from", "consent_date", "consent_scope", "consent_by", "consent_until", "status",
          "consultant", "notes", "birth_date", "single_parent", "fleksjob_visited_on", "arrived_in_denmark")

LISTING = Listing(
    table="candidates",
    columns={
        "name": "r.name", "postcode": "r.postcode",
        "town": "(SELECT town FROM postcodes p WHERE p.postcode = r.postcode)",
        "target_group": "(SELECT name FROM target_groups t WHERE t.code = r.target_group_code)",
        "occupations": "(SELECT group_concat(coalesce(o.title, co.free_text), ', ') FROM candidate_occupations co "
                       "LEFT JOIN occupations o ON o.id = co.occupation_id WHERE co.candidate_id = r.id)",
        "hours_per_week": "r.hours_per_week", "unemployed_since": "r.unemployed_since",
        "consent": consent.sql_valid("r"), "status": "r.status", "caseworker": "r.caseworker",
    },
    sort_exprs={"name": "r.name_key"},
    filters={"status": "r.status = ?", "target_group": "r.target_group_code = ?",
             "consultant": "r.consultant = ?",
             "municipality": "r.postcode IN (SELECT postcode FROM postcodes WHERE municipality_code = ?)",
             "consent": f"{consent.sql_valid('r')} = ?"},
    default_order="r.name_key",
    order_indexes={"r.name_key": "idx_candidates_name_key"},
)


def _check(db: Database, values: dict, occupations, skills, restrictions, record_id: int | None = None) -> dict:
    year = dt.date.today().year
    check = Checker(values)
    check.field("name", validation.required_text, optional=False)
    check.field("phone", validation.phone)
    check.field("email", validation.email)
    check.field("postcode", validation.postcode, reference.known_postcodes(db))
    check.field("birth_year", validation.integer, low=year - 80, high=year - 14)
    check.field("target_group_code", validation.one_of, reference.codes(db, "target_groups"))
    check.field("unemployed_since", validation.date)
    check.field("max_commute_min", validation.integer, low=0, high=600)
    check.field("hours_per_week", validation.hours)
    check.field("danish_level", validation.one_of, (0, 1, 2, 3, 4))
    check.field("education_level", validation.one_of, EDUCATION_LEVELS)
    check.field("available_from", validation.date)
    check.field("consent_date", validation.date)
    check.field("consent_scope", validation.one_of, CONSENT_SCOPES)
    check.field("consent_until", validation.date)
    check.field("status", validation.one_of, STATUSES, optional=False)
    check.copy("external_id", "caseworker", "consent_by", "consultant", "notes", "own_car")
    _check_rule_facts(check)
    clean = check.done()
    clean["own_car"] = int(bool(clean.get("own_car")))
    _past_dates(check, clean)
    _check_consent(check, clean)
    if clean.get("unemployed_since") and clean["unemployed_since"] > dt.date.today().isoformat():
        check.fail("unemployed_since", QT_TRANSLATE_NOOP("Validation", "Unemployed since cannot be in the future."))
    _check_external_id(db, check, clean.get("external_id"), record_id)
    vocab_links.check_ids(db, check, "occupations", "occupations", occupations)
    vocab_links.check_ids(db, check, "skills", "skills", skills)
    unknown = set(restrictions or ()) - reference.codes(db, "strains")
    if unknown:
        check.fail("restrictions", QT_TRANSLATE_NOOP("Validation", "Unknown value: {value}."), value=", ".join(sorted(unknown)))
    return check.done()


def _yes_no(value) -> int:
    text = str(value).strip().casefold()
    if value is True or text in ("1", "ja", "yes", "true", "j", "x"):
        return 1
    if value is False or text in ("0", "nej", "no", "false", "n"):
        return 0
    raise validation.FieldProblem(QT_TRANSLATE_NOOP("Validation", "\"{value}\" is not yes or no."), value=value)


def _check_rule_facts(check: Checker) -> None:
    """The facts the measure rules read (see db/placements.py and docs/MEASURES.md)."""
    check.field("birth_date", validation.date)
    check.field("single_parent", _yes_no)
    check.field("fleksjob_visited_on", validation.date)
    check.field("arrived_in_denmark", validation.date)


def _past_dates(check: Checker, clean: dict) -> None:
    today = dt.date.today().isoformat()
    for name in ("birth_date", "fleksjob_visited_on", "arrived_in_denmark"):
        if clean.get(name) and clean[name] > today:
            check.fail(name, QT_TRANSLATE_NOOP("Validation", "The date cannot be in the future."))
    born = clean.get("birth_date")
    if born:  # the date of birth decides the birth year
        clean["birth_year"] = int(born[:4])
    if born and not (dt.date.today().year - 80 <= int(born[:4]) <= dt.date.today().year - 14):
        check.fail("birth_date", QT_TRANSLATE_NOOP("Validation", "{value} is outside the allowed range {low}–{high}."),
                   value=born[:4], low=dt.date.today().year - 80, high=dt.date.today().year - 14)
def _check_external_id(db: Database, check: Checker, external_id: str | None, record_id: int | None) -> None:
    """A case-system id names one candidate; the message names the other record by its Jobbro id only
    (a citizen's name never goes into an error that may be logged)."""
    if external_id is None or external_id == "":  # 0 is an id too (a generated test found it)
        return
    row = db.execute("SELECT id FROM candidates WHERE external_id = ?", [external_id]).fetchone()
    if row and row[0] != record_id:
        check.fail("external_id", QT_TRANSLATE_NOOP(
            "Validation", "The case-system id {value} is already used by candidate no. {other} in Jobbro."),
            value=external_id, other=row[0])


def _check_consent(check: Checker, clean: dict) -> None:
    """A consent is only recorded with its date, scope and who recorded it; it ends on its end date,
    by default rules.CONSENT_DEFAULT_MONTHS after it was given."""
    parts = [clean.get("consent_date"), clean.get("consent_scope"), clean.get("consent_by")]
    if any(parts) and not all(parts):
        check.fail("consent_date", QT_TRANSLATE_NOOP("Validation", "A consent needs a date, a scope and who recorded it."))
    if clean.get("consent_date") and clean["consent_date"] > dt.date.today().isoformat():
        check.fail("consent_date", QT_TRANSLATE_NOOP("Validation", "The consent date cannot be in the future."))
    if not clean.get("consent_date"):
        if clean.get("consent_until"):
            clean["consent_until"] = None  # no consent (or a withdrawn one): nothing to end
    elif clean.get("consent_until") and clean["consent_until"] < clean["consent_date"]:
        check.fail("consent_until", QT_TRANSLATE_NOOP("Validation", "The consent cannot end before it was given."))
    elif not clean.get("consent_until"):
        clean["consent_until"] = rules.default_consent_until(clean["consent_date"])


def _write_links(db: Database, candidate_id: int, occupations, skills, restrictions) -> list[str]:
    changed = []
    if occupations is not None and records.replace_links(
            db, "candidate_occupations", "candidate_id", candidate_id, occupation_rows(db, occupations)):
        changed.append("occupations")
    if skills is not None and records.replace_links(
            db, "candidate_skills", "candidate_id", candidate_id, vocab_links.as_rows(skills, "skill_id")):
        changed.append("skills")
    if restrictions is not None and records.replace_links(
            db, "candidate_restrictions", "candidate_id", candidate_id,
            [{"strain_code": s} for s in restrictions]):
        changed.append("restrictions")
    return changed


def occupation_rows(db: Database, refs, titles: dict[str, str] | None = None) -> list[dict]:
    """Rows of candidate_occupations for wished occupations, ISCO-08 groups (with their label) and
    free text."""
    codes = isco_groups.refs_and_codes(refs)[1]
    if titles is None:
        titles = isco_groups.titles(db, codes) if codes else {}
    return vocab_links.as_rows(refs, "occupation_id", titles)


def add(db: Database, *, who: str, occupations=(), skills=(), restrictions=(), **values) -> Changes:
    values.setdefault("status", "active")
    with records.transaction(db) as log:
        clean = _check(db, values, occupations, skills, restrictions)
        clean["name_key"] = records.sort_key(clean["name"])
        candidate_id = records.insert(db, "candidates", clean, who=who)
        _write_links(db, candidate_id, occupations, skills, restrictions)
    return log.changes(id=candidate_id)


def update(db: Database, candidate_id: int, *, who: str, occupations=None, skills=None, restrictions=None,
           **values) -> Changes:
    with records.transaction(db) as log:
        current = records.get(db, "candidates", candidate_id)
        if "consent_date" in values and values["consent_date"] != current["consent_date"] \
                and "consent_until" not in values:
            values = {**values, "consent_until": None}  # a renewed consent gets a new default end date
        clean = _check(db, {k: current[k] for k in FIELDS} | values, occupations, skills, restrictions,
                       candidate_id)
        clean["name_key"] = records.sort_key(clean["name"])
        extra = _write_links(db, candidate_id, occupations, skills, restrictions)
        changed = records.update(db, "candidates", candidate_id, clean, who=who, extra_changed=tuple(extra))
    return log.changes(id=candidate_id, fields=changed)


def delete(db: Database, candidate_id: int, *, who: str) -> Changes:
    """Delete a candidate; their shortlist entries go with them (ON DELETE CASCADE)."""
    with records.transaction(db) as log:
        for (need_id,) in db.execute("SELECT need_id FROM shortlist_entries WHERE candidate_id = ?", [candidate_id]):
            log.note("shortlists", need_id)
        records.delete(db, "candidates", candidate_id, who=who)
    return log.changes(id=candidate_id)


def get(db: Database, candidate_id: int) -> dict:
    row = records.get(db, "candidates", candidate_id)
    row["occupations"] = vocab_links.read(db, "candidate_occupations", "candidate_id", candidate_id,
                                          "occupations", "occupation_id", "title")
    row["skills"] = vocab_links.read(db, "candidate_skills", "candidate_id", candidate_id, "skills",
                                     "skill_id", "name")
    row["restrictions"] = [r["strain_code"] for r in records.links(
        db, "candidate_restrictions", "candidate_id", candidate_id, ["strain_code"])]
    return row


def exists(db: Database, candidate_id: int) -> bool:
    if not -2**63 <= candidate_id < 2**63:  # an id SQLite cannot hold names no record
        return False
    return db.execute("SELECT 1 FROM candidates WHERE id = ?", [candidate_id]).fetchone() is not None


def find_by_external_id(db: Database, external_id: str) -> int | None:
    row = db.execute("SELECT id FROM candidates WHERE external_id = ?", [external_id]).fetchone()
    return row[0] if row else None

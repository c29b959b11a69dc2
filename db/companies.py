"""Companies and their contact persons: validated writes, lookups and the companies listing."""

from __future__ import annotations

from sqlite_utils import Database

from db import records, reference, validation
from db.changes import Changes
from db.errors import QT_TRANSLATE_NOOP
from db.listing import Listing
from db.validation import Checker

STATUSES = ("prospect", "active", "inactive")
SIZE_BANDS = ("1", "2-9", "10-49", "50-249", "250+")
FIELDS = ("cvr", "p_number", "name", "address", "postcode", "town", "municipality_code", "industry_code",
          "size_band", "phone", "email", "web", "consultant", "status", "notes")

LISTING = Listing(
    table="companies",
    columns={
        "name": "r.name", "cvr": "r.cvr", "town": "r.town",
        "municipality": "(SELECT name FROM municipalities m WHERE m.code = r.municipality_code)",
        "status": "r.status", "consultant": "r.consultant",
        "open_needs": "(SELECT count(*) FROM needs n WHERE n.company_id = r.id AND n.status = 'open')",
        "last_contact": "(SELECT max(at) FROM contacts c WHERE c.company_id = r.id)",
        # who in the team had that contact: with a team register, a colleague's visit last week shows here
        "last_contact_by": "(SELECT c.consultant FROM contacts c WHERE c.company_id = r.id ORDER BY c.at DESC, c.id DESC "
                           "LIMIT 1)",
    },
    sort_exprs={"name": "r.name_key"},
    filters={"status": "r.status = ?", "consultant": "r.consultant = ?",
             "municipality": "r.municipality_code = ?"},
    default_order="r.name_key",
    order_indexes={"r.name_key": "idx_companies_name_key"},
)


def _check(db: Database, values: dict, record_id: int | None = None) -> dict:
    check = Checker(values)
    check.field("name", validation.required_text, optional=False)
    check.field("cvr", validation.cvr)
    check.field("p_number", validation.p_number)
    check.field("postcode", validation.postcode, reference.known_postcodes(db))
    check.field("email", validation.email)
    check.field("phone", validation.phone)
    check.field("web", validation.url)
    check.field("status", validation.one_of, STATUSES, optional=False)
    check.field("size_band", validation.one_of, SIZE_BANDS)
    check.field("municipality_code", validation.one_of, {c for c, _ in reference.municipalities(db)})
    check.field("industry_code", validation.one_of, {c for c, _ in reference.industries(db)})
    check.copy("address", "town", "consultant", "notes")
    if "measures" in values:
        unknown = set(values["measures"]) - reference.codes(db, "measures")
        if unknown:
            check.fail("measures", QT_TRANSLATE_NOOP("Validation", "Unknown measure: {value}."), value=", ".join(sorted(unknown)))
    clean = check.done()
    if clean.get("cvr"):
        row = db.execute("SELECT id, name FROM companies WHERE cvr = ?", [clean["cvr"]]).fetchone()
        if row and row[0] != record_id:
            check.fail("cvr", QT_TRANSLATE_NOOP("Validation", "CVR number {value} is already registered for {name}."),
                       value=clean["cvr"], name=row[1])
            check.done()
    _fill_from_postcode(db, clean)
    return clean


def _fill_from_postcode(db: Database, clean: dict) -> None:
    info = reference.postcode_info(db, clean["postcode"]) if clean.get("postcode") else None
    if info:
        if not clean.get("town"):
            clean["town"] = info["town"]
        if not clean.get("municipality_code"):
            clean["municipality_code"] = info["municipality_code"]


def add(db: Database, *, who: str, measures: list[str] = (), **values) -> Changes:
    values.setdefault("status", "prospect")
    with records.transaction(db) as log:
        clean = _check(db, {**values, "measures": list(measures)})
        clean["name_key"] = records.sort_key(clean["name"])
        company_id = records.insert(db, "companies", clean, who=who)
        records.replace_links(db, "company_measures", "company_id", company_id,
                              [{"measure_code": m} for m in measures])
    return log.changes(id=company_id)


def update(db: Database, company_id: int, *, who: str, measures: list[str] | None = None, **values) -> Changes:
    with records.transaction(db) as log:
        current = records.get(db, "companies", company_id)
        merged = {k: current[k] for k in FIELDS} | values
        if measures is not None:
            merged["measures"] = list(measures)
        clean = _check(db, merged, company_id)
        clean["name_key"] = records.sort_key(clean["name"])
        extra = ()
        if measures is not None and records.replace_links(
                db, "company_measures", "company_id", company_id, [{"measure_code": m} for m in measures]):
            extra = ("measures",)
        changed = records.update(db, "companies", company_id, clean, who=who, extra_changed=extra)
    return log.changes(id=company_id, fields=changed)


def delete(db: Database, company_id: int, *, who: str) -> Changes:
    """Delete a company; its contact persons, contacts and needs go with it (ON DELETE CASCADE)."""
    with records.transaction(db) as log:
        for table, kind in (("contact_persons", "contact_persons"), ("contacts", "contacts"), ("needs", "needs")):
            for (record_id,) in db.execute(f"SELECT id FROM {table} WHERE company_id = ?", [company_id]):
                log.note(kind, record_id)
        records.delete(db, "companies", company_id, who=who)
    return log.changes(id=company_id)


def get(db: Database, company_id: int) -> dict:
    row = records.get(db, "companies", company_id)
    row["measures"] = [r["measure_code"] for r in
                       records.links(db, "company_measures", "company_id", company_id, ["measure_code"])]
    return row


def find_by_cvr(db: Database, cvr: str) -> int | None:
    row = db.execute("SELECT id FROM companies WHERE cvr = ?", [validation.cvr(cvr)]).fetchone()
    return row[0] if row else None


def names(db: Database) -> list[tuple[int, str]]:
    return [(r[0], r[1]) for r in db.execute("SELECT id, name FROM companies ORDER BY name_key")]


def consultants(db: Database) -> list[str]:
    cur = db.execute("SELECT DISTINCT consultant FROM companies WHERE consultant IS NOT NULL AND consultant != '' "
                     "UNION SELECT DISTINCT consultant FROM contacts WHERE consultant IS NOT NULL "
                     "AND consultant != '' ORDER BY 1")
    return [r[0] for r in cur]


# ---- contact persons ----------------------------------------------------------------------

PERSON_FIELDS = ("name", "role", "phone", "email", "notes")


def _check_person(values: dict) -> dict:
    check = Checker(values)
    check.field("name", validation.required_text, optional=False)
    check.field("phone", validation.phone)
    check.field("email", validation.email)
    check.copy("role", "notes")
    return check.done()


def add_person(db: Database, company_id: int, *, who: str, **values) -> Changes:
    with records.transaction(db) as log:
        clean = _check_person(values)
        records.get(db, "companies", company_id)
        person_id = records.insert(db, "contact_persons", {"company_id": company_id, **clean}, who=who)
    return log.changes(id=person_id)


def update_person(db: Database, person_id: int, *, who: str, **values) -> Changes:
    with records.transaction(db) as log:
        current = records.get(db, "contact_persons", person_id)
        clean = _check_person({k: current[k] for k in PERSON_FIELDS} | values)
        changed = records.update(db, "contact_persons", person_id, clean, who=who)
    return log.changes(id=person_id, fields=changed)


def delete_person(db: Database, person_id: int, *, who: str) -> Changes:
    with records.transaction(db) as log:
        records.delete(db, "contact_persons", person_id, who=who)
    return log.changes(id=person_id)


def persons(db: Database, company_id: int) -> list[dict]:
    cur = db.execute("SELECT id, name, role, phone, email, notes FROM contact_persons "
                     "WHERE company_id = ? ORDER BY name", [company_id])
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]

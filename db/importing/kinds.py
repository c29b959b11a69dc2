"""The five kinds of import row, each checked by its aggregate module's own rules (`_check`).

The per-record API (companies.add, candidates.update ...) validates with the modules' `_check`
functions; the import calls the same functions, so a row from a file passes exactly the rules a
record typed into a form does. Only the writing differs: in bulk, see writing.py.
"""

from __future__ import annotations

import datetime as dt
import re

from db import (candidates, companies, contacts, isco_groups, measure_rules, needs, placements, records, validation,
                vocab_links)
import db.importing.cells as cells
from db.errors import QT_TRANSLATE_NOOP
from db.importing.rule import Rule
from db.validation import FieldProblem

CANDIDATE_SKILL_COLUMNS = ("skills", "certificates", "licences")


class CompanyRule(Rule):
    table, owner = "companies", "company_id"
    fields = companies.FIELDS
    scalars = tuple(f for f in companies.FIELDS)
    list_names = ("measures",)

    def defaults(self, ctx):
        return {"status": "prospect"}

    def find(self, ctx, row, given, values):
        try:
            cvr = validation.cvr(given["cvr"]) if "cvr" in given else None
        except FieldProblem:
            cvr = None  # the module's check reports it with its own message
        if cvr:
            found = ctx.lookups.company(cvr)
            if found or "id" not in given:
                return (found[0] if found else None), ("cvr", cvr, ("cvr", cvr))
        return super().find(ctx, row, given, values)

    def current(self, ctx, record_id):
        record = companies.get(ctx.db, record_id)
        return record, {"measures": record["measures"]}

    def combine(self, ctx, current, given):
        return {"measures": [], **(current or {}), **given}

    def check(self, ctx, values, lists, record_id):
        return companies._check(ctx.reads, {**values, "measures": lists["measures"]}, record_id)

    def finish(self, clean):
        return {**clean, "name_key": records.sort_key(clean["name"])}

    def link_rows(self, lists):
        return {"measures": ("company_measures", [{"measure_code": m} for m in lists["measures"]])}


class PersonRule(Rule):
    table = "contact_persons"
    fields = ("company_id", *companies.PERSON_FIELDS)
    scalars = companies.PERSON_FIELDS

    def natural(self, ctx, row, given, values):
        if "company_id" not in values or "name" not in values:
            return None, None
        name = " ".join(values["name"].casefold().split())
        return (ctx.lookups.person(values["company_id"], values["name"]),
                ("name", values["name"], ("person", values["company_id"], name)))

    def check(self, ctx, values, lists, record_id):
        clean = companies._check_person({k: v for k, v in values.items() if k != "company_id"})
        return {"company_id": values["company_id"], **clean} if "company_id" in values else clean

    def label(self, ctx, values):
        company = ctx.lookups.company_name(values.get("company_id"))
        return f"{values.get('name') or ''} ({company})" if company else str(values.get("name") or "")


class CandidateRule(Rule):
    table, owner = "candidates", "candidate_id"
    fields = candidates.FIELDS
    scalars = candidates.FIELDS
    list_names = ("occupations", *CANDIDATE_SKILL_COLUMNS, "restrictions")

    def defaults(self, ctx):
        return {"status": "active"}

    def convert(self, ctx, row, given):
        values, lists = super().convert(ctx, row, given)
        if _looks_like_cpr(values.get("external_id")):
            ctx.fail(row, QT_TRANSLATE_NOOP("Import", "\"{value}\" looks like a CPR number. Jobbro stores no CPR "
                                                      "numbers: "
                                       "use the case system's own id."),
                     {"value": values["external_id"][:6] + "-****"}, key="external_id")
        return values, lists

    def find(self, ctx, row, given, values):
        external = values.get("external_id")
        if external:
            found = candidates.find_by_external_id(ctx.db, external)
            if found is not None or "id" not in given:
                return found, ("external_id", external, ("external_id", external))
        found, key = super().find(ctx, row, given, values)
        if found is not None and external:
            stored = ctx.db.execute("SELECT external_id FROM candidates WHERE id = ?", [found]).fetchone()[0]
            if stored:  # an id from another store would otherwise overwrite someone else's record
                ctx.fail(row, QT_TRANSLATE_NOOP("Import", "Jobbro id {value} belongs to a candidate with another case "
                                           "system id ({other})."), {"value": found, "other": stored}, key="id")
        return found, key

    def current(self, ctx, record_id):
        record = candidates.get(ctx.db, record_id)
        return record, {"occupations": vocab_links.as_refs(record["occupations"]),
                "skills": vocab_links.as_refs(record["skills"]), "restrictions": record["restrictions"]}

    def combine(self, ctx, current, given):
        lists = {"occupations": [], "skills": [], "restrictions": [], **(current or {})}
        for name in ("occupations", "restrictions"):
            if name in given:
                lists[name] = given[name]
        covered = [name for name in CANDIDATE_SKILL_COLUMNS if name in given]
        if covered:
            # A licences column replaces the licences only: the skills and certificates stay.
            kept = [r for r in lists["skills"] if skill_column(ctx.lookups.skill_kinds, r) not in covered]
            lists["skills"] = kept + [r for name in covered for r in given[name]]
        return lists

    def check(self, ctx, values, lists, record_id):
        if getattr(self, "_group_titles", None) is None:  # for the labels of wished ISCO-08 groups
            self._group_titles = isco_groups.titles(ctx.reads)
        return candidates._check(ctx.reads, values, lists["occupations"], lists["skills"], lists["restrictions"],
                                 record_id)

    def finish(self, clean):
        return {**clean, "name_key": records.sort_key(clean["name"])}

    def link_rows(self, lists):
        return {"occupations": ("candidate_occupations", candidates.occupation_rows(
                    None, lists["occupations"], getattr(self, "_group_titles", None) or {})),
                "skills": ("candidate_skills", vocab_links.as_rows(lists["skills"], "skill_id")),
                "restrictions": ("candidate_restrictions", [{"strain_code": s} for s in lists["restrictions"]])}

    def stored_list(self, name):
        return "skills" if name in CANDIDATE_SKILL_COLUMNS else name

    def error_field(self, ctx, name):
        if name == "skills":
            return next((c for c in CANDIDATE_SKILL_COLUMNS if c in ctx.index), "skills")
        return super().error_field(ctx, name)


def skill_column(kinds: dict[int, str], ref) -> str:
    """Which candidate column a skill belongs in: licences, certificates, or skills (also free entries)."""
    if isinstance(ref, str):
        return "skills"
    return {"licence": "licences", "certificate": "certificates"}.get(kinds.get(ref), "skills")


def _looks_like_cpr(value) -> bool:
    match = re.fullmatch(r"(\d{2})(\d{2})(\d{2})-?\d{4}", str(value or "").strip())
    if not match:
        return False
    try:
        dt.date(2000 + int(match[3]), int(match[2]), int(match[1]))
    except ValueError:
        return False
    return True


class NeedRule(Rule):
    table, owner = "needs", "need_id"
    fields = needs.FIELDS
    scalars = tuple(f for f in needs.FIELDS if f not in needs.OCCUPATION_FIELDS)
    list_names = ("essential", "desired", "required", "measures", "demands")

    def defaults(self, ctx):
        return {"status": "open", "employment_form": "ordinary", "positions": 1}

    def convert(self, ctx, row, given):
        values, lists = super().convert(ctx, row, given)
        if "occupation" in given:
            entry = given["occupation"][0]
            values["occupation_id"] = entry.id  # an ISCO-08 group's ref too ("ISCO-08 2341 …" in the file)
            values["occupation_text"] = entry.text if entry.id is None else None
            values["isco_group"] = None
        return values, lists

    def natural(self, ctx, row, given, values):
        """The same job order: same company, title and start date (so a list can be imported again)."""
        if "company_id" not in values or "title" not in values:
            return None, None
        try:
            start = validation.date(values["start_date"]) if values.get("start_date") else None
        except FieldProblem:
            return None, None  # the module's check reports it
        title = records.sort_key(values["title"])
        found = ctx.db.execute("SELECT id FROM needs WHERE company_id = ? AND title_key = ? AND start_date IS ? "
                               "ORDER BY id DESC", [values["company_id"], title, start]).fetchone()
        return (found[0] if found else None), ("title", values["title"], ("need", values["company_id"], title, start))

    def adjust(self, ctx, values, current, given):
        stored = current.get("occupation_text")
        if "occupation" in given and stored and given["occupation"][0].text.casefold() == stored.casefold():
            return {**values, "occupation_id": None, "occupation_text": stored, "isco_group": current.get("isco_group")}
        return values

    def current(self, ctx, record_id):
        record = needs.get(ctx.db, record_id)
        return record, {**{r: vocab_links.as_refs(record[r]) for r in needs.SKILL_RELATIONS},
                "measures": record["measures"], "demands": record["demands"]}

    def combine(self, ctx, current, given):
        return {**{name: [] for name in self.list_names}, **(current or {}), **given}

    def check(self, ctx, values, lists, record_id):
        skills = {r: lists[r] for r in needs.SKILL_RELATIONS}
        return needs._check(ctx.reads, values, skills, lists["measures"], lists["demands"])

    def finish(self, clean):
        return {**clean, "title_key": records.sort_key(clean["title"])}

    def link_rows(self, lists):
        skills = []
        for relation in needs.SKILL_RELATIONS:
            skills += vocab_links.as_rows(lists[relation], "skill_id", relation=relation)
        return {"skills": ("need_skills", skills),
                "measures": ("need_measures", [{"measure_code": m} for m in lists["measures"]]),
                "demands": ("need_demands", [{"strain_code": s} for s in lists["demands"]])}

    def label(self, ctx, values):
        company = ctx.lookups.company_name(values.get("company_id"))
        return " – ".join(p for p in (str(values.get("title") or ""), company) if p)


class ContactRule(Rule):
    table = "contacts"
    fields = contacts.FIELDS
    scalars = tuple(f for f in contacts.FIELDS if f not in ("company_id", "contact_person_id"))

    def defaults(self, ctx):
        return {"consultant": ctx.who}

    def convert(self, ctx, row, given):
        values, lists = super().convert(ctx, row, given)
        if "person" in given and "company_id" in values:
            person = ctx.lookups.person(values["company_id"], given["person"])
            if person is None:
                ctx.fail(row, QT_TRANSLATE_NOOP("Import", "{company} has no contact person named \"{value}\"."),
                         {"company": ctx.lookups.company_name(values["company_id"]), "value": given["person"]},
                         key="person")
            values["contact_person_id"] = person
        return values, lists

    def adjust(self, ctx, values, current, given):
        person = current.get("contact_person_id")
        if "person" in given and person is not None and values.get("company_id", current["company_id"]) == \
                current["company_id"]:
            stored = ctx.db.execute("SELECT name FROM contact_persons WHERE id = ?", [person]).fetchone()
            if stored and " ".join(stored[0].casefold().split()) == " ".join(given["person"].casefold().split()):
                return {**values, "contact_person_id": person}  # two persons may share a name
        return values

    def natural(self, ctx, row, given, values):
        if "company_id" not in values:
            return None, None
        try:
            at = validation.datetime(values.get("at"))
        except FieldProblem:
            return None, None  # the module's check reports it
        kind = values.get("kind")
        found = ctx.db.execute("SELECT id FROM contacts WHERE company_id = ? AND at = ? AND kind = ? ORDER BY id",
                               [values["company_id"], at, kind]).fetchone()
        return (found[0] if found else None), ("at", at.replace("T", " "), ("contact", values["company_id"], at, kind))

    def check(self, ctx, values, lists, record_id):
        return contacts._check(ctx.reads, values)

    def label(self, ctx, values):
        company = ctx.lookups.company_name(values.get("company_id"))
        at = values.get("at")
        return ", ".join(p for p in (company, at.replace("T", " ") if isinstance(at, str) else "") if p)


class PlacementRule(Rule):
    """A placement row: its candidate by case system id (or Jobbro id), its company by CVR number and
    its workplace by P-number or name; checked by db/placements.py with the earlier rows of the file
    counted, so that two rows cannot together go over the ratio or overlap for one person."""

    table = "placements"
    fields = placements.FIELDS
    scalars = tuple(f for f in placements.FIELDS if f not in ("candidate_id", "company_id", "workplace_id"))
    error_fields = {**Rule.error_fields, "candidate_id": "candidate", "workplace_id": "workplace",
                    "measure_code": "measure_code"}

    def defaults(self, ctx):
        return {"status": "planned", "consultant": ctx.who}

    def convert(self, ctx, row, given):
        values, lists = super().convert(ctx, row, given)
        if "candidate" in given:
            ref = cells.text(given["candidate"])
            found = candidates.find_by_external_id(ctx.db, ref)
            if found is None and ref.isdigit() and ctx.db.execute(
                    "SELECT 1 FROM candidates WHERE id = ? AND external_id IS NULL", [int(ref)]).fetchone():
                found = int(ref)
            if found is None:
                ctx.fail(row, QT_TRANSLATE_NOOP("Import", "There is no candidate with id \"{value}\" in Jobbro. "
                                                          "Import the candidates first."), {"value": ref}, key="candidate")
            values["candidate_id"] = found
        if "workplace" in given and "company_id" in values:
            ref = cells.text(given["workplace"])
            found = ctx.db.execute(
                "SELECT id FROM company_workplaces WHERE company_id = ? AND (p_number = ? OR name = ?) ORDER BY id",
                [values["company_id"], re.sub(r"\D", "", ref) or None, ref]).fetchone()
            if found is None:
                ctx.fail(row, QT_TRANSLATE_NOOP("Import", "{company} has no workplace \"{value}\"."),
                         {"company": ctx.lookups.company_name(values["company_id"]), "value": ref}, key="workplace")
            else:
                values["workplace_id"] = found[0]
        return values, lists

    def natural(self, ctx, row, given, values):
        """The same placement: same candidate, company, measure and start day."""
        if not all(values.get(k) for k in ("candidate_id", "company_id", "measure_code", "start_date")):
            return None, None
        try:
            start = validation.date(values["start_date"])
        except FieldProblem:
            return None, None  # the module's check reports it
        found = ctx.db.execute("SELECT id FROM placements WHERE candidate_id = ? AND company_id = ? AND "
                               "measure_code = ? AND start_date = ? ORDER BY id",
                               [values["candidate_id"], values["company_id"], values["measure_code"], start]).fetchone()
        key = ("placement", values["candidate_id"], values["company_id"], values["measure_code"], start)
        return (found[0] if found else None), ("start_date", start, key)

    def check(self, ctx, values, lists, record_id):
        state = ctx.__dict__.setdefault("placements", {"pending": [], "rules": measure_rules.load(ctx.db)})
        clean = placements.validate(ctx.reads, values, record_id, pending=state["pending"], rules=state["rules"])
        state["pending"].append({**clean, "id": record_id,
                                 "company_name": ctx.lookups.company_name(clean.get("company_id"))})
        return clean

    def after_write(self, db, rows, who):
        """The midway and end follow-ups of every written placement, as a save in the app makes them."""
        for row in rows:
            placements.follow_ups(db, row.record_id, records.get(db, "placements", row.record_id), who=who)

    def label(self, ctx, values):
        candidate = ctx.db.execute("SELECT name FROM candidates WHERE id = ?", [values.get("candidate_id")]).fetchone()
        company = ctx.lookups.company_name(values.get("company_id"))
        return " – ".join(p for p in (candidate[0] if candidate else "", company) if p)


RULES: dict[str, Rule] = {"companies": CompanyRule(), "contacts": PersonRule(), "candidates": CandidateRule(),
                          "needs": NeedRule(), "contact-log": ContactRule(), "placements": PlacementRule()}


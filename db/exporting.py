"""Rows of a kind for export, in the column set the importer reads, so that re-importing changes nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

from sqlite_utils import Database

from db import read_audit
from db.importing import cells, columns
from db.importing.kinds import RULES, skill_column

CHUNK = 500
# Name parts are read on import only; an export writes the whole name.
IMPORT_ONLY = ("first_name", "last_name")
DATES = {"unemployed_since", "available_from", "consent_date", "consent_until", "start_date", "deadline",
         "follow_up_date", "end_date", "extra_employment_confirmed_on", "birth_date", "fleksjob_visited_on",
         "arrived_in_denmark"}
ENUMS = {"companies": {"status": "company_status"},
         "candidates": {"status": "candidate_status", "danish_level": "danish_level",
                        "education_level": "education_level", "consent_scope": "consent_scope"},
         "needs": {"status": "need_status", "danish_level": "danish_level", "employment_form": "employment_form"},
         "contact-log": {"kind": "contact_kind"},
         "placements": {"status": "placement_status", "outcome": "placement_outcome"}}


def export_fields(kind: str) -> list[columns.Field]:
    return [f for f in columns.fields(kind) if f.key not in IMPORT_ONLY]


def headers(kind: str) -> list[str]:
    return [f.header for f in export_fields(kind)]


def person_table(kind: str) -> str | None:
    """The table when an export of `kind` is a read of people's records (docs/PRIVACY.md), else None."""
    table = RULES[kind].table
    return table if table in read_audit.PERSON_TABLES else None


def all_ids(db: Database, kind: str) -> list[int]:
    return [r[0] for r in db.execute(f"SELECT id FROM {RULES[kind].table} ORDER BY id")]


def rows(db: Database, kind: str, ids: list[int] | None = None,
         progress: Callable[[int, int], None] | None = None) -> Iterator[list]:
    """One list of plain values (str, int, float, date, datetime or None) per record, in `ids` order."""
    ids = all_ids(db, kind) if ids is None else list(ids)
    keys = [f.key for f in export_fields(kind)]
    build = _BUILDERS[kind]
    names = _Names(db)
    for start in range(0, len(ids), CHUNK):
        if progress:
            progress(start, len(ids))
        chunk = ids[start:start + CHUNK]
        records = build(db, chunk, names)
        for record_id in chunk:
            if record_id in records:
                yield [records[record_id].get(k) for k in keys]
    if progress:
        progress(len(ids), len(ids))


class _Names:
    """Names of codes and places, read once per export."""

    def __init__(self, db: Database):
        self.codes = {t: dict(db.execute(f"SELECT code, name FROM {t}").fetchall())
                      for t in ("measures", "strains", "target_groups")}
        self.municipalities = dict(db.execute("SELECT code, name FROM municipalities").fetchall())

    def join(self, table: str, codes: list[str]) -> str:
        return cells.join_list([self.codes[table].get(c, c) for c in codes])


def _base(db: Database, table: str, ids: list[int], extra: str = "", joins: str = "") -> dict[int, dict]:
    marks = ", ".join("?" for _ in ids)
    cur = db.execute(f"SELECT r.*{extra} FROM {table} r {joins} WHERE r.id IN ({marks})", ids)
    cols = [c[0] for c in cur.description]
    return {r[0]: dict(zip(cols, r)) for r in cur.fetchall()}


def _grouped(db: Database, sql: str, ids: list[int]) -> dict[int, list[tuple]]:
    out: dict[int, list[tuple]] = {}
    for row in db.execute(sql.format(marks=", ".join("?" for _ in ids)), ids):
        out.setdefault(row[0], []).append(row[1:])
    return out


def _plain(record: dict, kind: str) -> dict:
    """Stored values as export values: dates as dates, codes as the words the importer reads back."""
    out = dict(record)
    for key in DATES & out.keys():
        out[key] = dt.date.fromisoformat(out[key]) if out[key] else None
    for key, domain in ENUMS.get(kind, {}).items():
        if key in out:
            out[key] = cells.word(domain, out[key]) if out[key] is not None else None
    return out


def _companies(db, ids, names):
    measures = _grouped(db, "SELECT company_id, measure_code FROM company_measures WHERE company_id IN ({marks}) "
                            "ORDER BY rowid", ids)
    out = {}
    for record_id, record in _base(db, "companies", ids).items():
        row = _plain(record, "companies")
        row["municipality_code"] = names.municipalities.get(record["municipality_code"], record["municipality_code"])
        row["measures"] = names.join("measures", [m for (m,) in measures.get(record_id, [])])
        out[record_id] = row
    return out


_COMPANY = ", c.cvr AS company_cvr, c.name AS company_name"
_COMPANY_JOIN = "JOIN companies c ON c.id = r.company_id"


def _persons(db, ids, names):
    return {i: _plain(r, "contacts") for i, r in _base(db, "contact_persons", ids, _COMPANY, _COMPANY_JOIN).items()}


def _vocab(db, link: str, owner: str, vocab: str, id_col: str, label: str, ids, relation: str = "") -> dict:
    extra = ", l.relation" if relation else ""
    kind = ", v.kind" if vocab == "skills" else ", NULL"
    return _grouped(db, f"SELECT l.{owner}, l.{id_col}, coalesce(v.{label}, l.free_text){kind}{extra} "
                        f"FROM {link} l LEFT JOIN {vocab} v ON v.id = l.{id_col} "
                        f"WHERE l.{owner} IN ({{marks}}) ORDER BY l.id", ids)


def _candidates(db, ids, names):
    occupations = _vocab(db, "candidate_occupations", "candidate_id", "occupations", "occupation_id", "title", ids)
    skills = _vocab(db, "candidate_skills", "candidate_id", "skills", "skill_id", "name", ids)
    restrictions = _grouped(db, "SELECT candidate_id, strain_code FROM candidate_restrictions "
                                "WHERE candidate_id IN ({marks}) ORDER BY rowid", ids)
    out = {}
    for record_id, record in _base(db, "candidates", ids).items():
        row = _plain(record, "candidates")
        row["own_car"] = cells.word("yes_no", record["own_car"])
        row["single_parent"] = cells.word("yes_no", record["single_parent"]) if record["single_parent"] is not None \
            else None
        row["target_group_code"] = names.codes["target_groups"].get(record["target_group_code"],
                                                                    record["target_group_code"])
        row["occupations"] = cells.join_list([label for _, label, _ in occupations.get(record_id, [])])
        columns_: dict[str, list[str]] = {c: [] for c in ("skills", "certificates", "licences")}
        for skill_id, label, kind in skills.get(record_id, []):
            column = "skills" if skill_id is None else skill_column({skill_id: kind}, skill_id)
            columns_[column].append(label)
        row.update({c: cells.join_list(labels) for c, labels in columns_.items()})
        row["restrictions"] = names.join("strains", [s for (s,) in restrictions.get(record_id, [])])
        out[record_id] = row
    return out


def _needs(db, ids, names):
    skills = _vocab(db, "need_skills", "need_id", "skills", "skill_id", "name", ids, relation="yes")
    measures = _grouped(db, "SELECT need_id, measure_code FROM need_measures WHERE need_id IN ({marks}) "
                            "ORDER BY rowid", ids)
    demands = _grouped(db, "SELECT need_id, strain_code FROM need_demands WHERE need_id IN ({marks}) "
                           "ORDER BY rowid", ids)
    out = {}
    extra = _COMPANY + ", (SELECT title FROM occupations o WHERE o.id = r.occupation_id) AS occupation_title"
    for record_id, record in _base(db, "needs", ids, extra, _COMPANY_JOIN).items():
        row = _plain(record, "needs")
        row["occupation"] = record["occupation_title"] or record["occupation_text"]
        row["shifts"] = cells.join_list([cells.word("shift", s) for s in (record["shifts"] or "").split(",") if s])
        for relation in ("essential", "desired", "required"):
            row[relation] = cells.join_list([label for _, label, _, rel in skills.get(record_id, [])
                                             if rel == relation])
        row["measures"] = names.join("measures", [m for (m,) in measures.get(record_id, [])])
        row["demands"] = names.join("strains", [s for (s,) in demands.get(record_id, [])])
        out[record_id] = row
    return out


def _contact_log(db, ids, names):
    extra = _COMPANY + ", (SELECT name FROM contact_persons p WHERE p.id = r.contact_person_id) AS person"
    out = {}
    for record_id, record in _base(db, "contacts", ids, extra, _COMPANY_JOIN).items():
        row = _plain(record, "contact-log")
        row["at"] = dt.datetime.fromisoformat(record["at"]) if record["at"] else None
        row["done"] = cells.word("yes_no", record["done"])
        out[record_id] = row
    return out


def _placements(db, ids, names):
    extra = (_COMPANY + ", coalesce(k.external_id, CAST(k.id AS TEXT)) AS candidate, k.name AS candidate_name, "
             "coalesce(w.p_number, w.name) AS workplace")
    joins = (_COMPANY_JOIN + " JOIN candidates k ON k.id = r.candidate_id "
             "LEFT JOIN company_workplaces w ON w.id = r.workplace_id")
    out = {}
    for record_id, record in _base(db, "placements", ids, extra, joins).items():
        row = _plain(record, "placements")
        row["measure_code"] = names.codes["measures"].get(record["measure_code"], record["measure_code"])
        row["exemption"] = cells.word("yes_no", record["exemption"])
        out[record_id] = row
    return out


_BUILDERS = {"companies": _companies, "contacts": _persons, "candidates": _candidates, "needs": _needs,
             "contact-log": _contact_log, "placements": _placements}

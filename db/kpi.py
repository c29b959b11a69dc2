"""The records behind Overblik's figures, read for one set of filters; matching/kpi.py counts them.

Filters narrow by the company: its consultant, its municipality (code) and its industry (code or any
code under it). Only plain facts are read: no names, phones or notes of persons.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from matching import kpi


@dataclass(frozen=True)
class Filters:
    consultant: str | None = None
    municipality: str | None = None
    industry: str | None = None


def _company_clause(filters: Filters, alias: str = "co") -> tuple[str, list]:
    parts, params = ["1 = 1"], []
    if filters.consultant:
        parts.append(f"{alias}.consultant = ?")
        params.append(filters.consultant)
    if filters.municipality:
        parts.append(f"{alias}.municipality_code = ?")
        params.append(filters.municipality)
    if filters.industry:
        parts.append(f"({alias}.industry_code = ? OR {alias}.industry_code LIKE ?)")
        params += [filters.industry, filters.industry + "%"]
    return " AND ".join(parts), params


def _person(row) -> kpi.Person:
    return kpi.Person(target_group=row["target_group_code"], birth_year=row["birth_year"],
                      unemployed_since=row["unemployed_since"])


def read(db, filters: Filters = Filters()) -> kpi.Records:
    """Every record Overblik counts for companies passing the filters (the period is applied in kpi.count)."""
    where, params = _company_clause(filters)
    conn_rows = _rows(db)
    companies = [kpi.Company(*r) for r in db.execute(
        f"SELECT co.id, co.created_at FROM companies co WHERE {where}", params)]
    needs = [kpi.Need(*r) for r in db.execute(
        f"""SELECT n.id, n.company_id, n.created_at, n.positions, n.status, n.employment_form
            FROM needs n JOIN companies co ON co.id = n.company_id WHERE {where}""", params)]
    steps = [kpi.Step(r["entry_id"], r["need_id"], r["status"], r["at"], _person(r))
             for r in conn_rows(f"""SELECT ev.entry_id, e.need_id, ev.status, ev.at,
                                           ca.target_group_code, ca.birth_year, ca.unemployed_since
                                    FROM shortlist_events ev JOIN shortlist_entries e ON e.id = ev.entry_id
                                    JOIN candidates ca ON ca.id = e.candidate_id
                                    JOIN needs n ON n.id = e.need_id JOIN companies co ON co.id = n.company_id
                                    WHERE ev.status IN ('sent', 'interview', 'hired') AND {where}""", params)]
    placements = [kpi.Placement(r["id"], r["company_id"], r["measure_code"], r["start_date"], r["end_date"], _person(r))
                  for r in conn_rows(f"""SELECT p.id, p.company_id, p.measure_code, p.start_date, p.end_date,
                                                ca.target_group_code, ca.birth_year, ca.unemployed_since
                                         FROM placements p JOIN candidates ca ON ca.id = p.candidate_id
                                         JOIN companies co ON co.id = p.company_id
                                         WHERE {where}""",
                                      params)]
    # Positional rows straight into the records: a big store has hundreds of thousands of contacts.
    contacts = [kpi.Contact(*r) for r in db.execute(
        f"""SELECT c.id, c.company_id, c.at, c.kind, c.consultant, c.follow_up_date, c.done
            FROM contacts c JOIN companies co ON co.id = c.company_id WHERE {where}""", params)]
    return kpi.Records(companies, needs, steps, placements, contacts)


def _rows(conn):
    def run(sql: str, params: list):
        cursor = conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor]
    return run


def report(db, period: kpi.Period, filters: Filters = Filters(), *, municipality_total: int | None = None) -> dict:
    """The counted figures plus `names`: the Danish names of the target groups and measures they mention."""
    out = kpi.count(read(db, filters), period, municipality_total=municipality_total)
    out["names"] = {table: dict(db.execute(f"SELECT code, name FROM {table}").fetchall())
                    for table in ("target_groups", "measures")}
    return out


def consultants(db) -> list[str]:
    return [r[0] for r in db.execute(
        "SELECT DISTINCT consultant FROM companies WHERE consultant IS NOT NULL AND consultant != '' ORDER BY 1")]


def default_period(today: dt.date | None = None) -> kpi.Period:
    return kpi.Period.last_12_months(today or dt.date.today())


# A figure's drill-down list: the export kind (db/exporting.py) of the records its ids name.
DRILL_KINDS = {"companies": "companies", "needs": "needs", "contacts": "contact-log", "hires": "needs",
               "placements": "placements"}


def drill(db, key: str, ids: list[int]) -> tuple[str, list[int]]:
    """The export kind and record ids behind figure `key` ("block.figure"); a hire is shown as its need."""
    block = key.split(".", 1)[0]
    if block == "hires" and ids:
        marks = ",".join("?" * len(ids))
        found = dict(db.execute(f"SELECT id, need_id FROM shortlist_entries WHERE id IN ({marks})", ids).fetchall())
        ids = list(dict.fromkeys(found[i] for i in ids if i in found))
    return DRILL_KINDS[block], list(ids)


def choices(db) -> dict[str, list[tuple[str, str]]]:
    """The filter choices that occur among the companies: consultants, municipalities, industries."""
    return {
        "consultant": [(c, c) for c in consultants(db)],
        "municipality": [tuple(r) for r in db.execute(
            "SELECT DISTINCT m.code, m.name FROM companies c JOIN municipalities m ON m.code = c.municipality_code "
            "ORDER BY m.name")],
        "industry": [tuple(r) for r in db.execute(
            "SELECT DISTINCT i.code, i.title FROM companies c JOIN industries i ON i.code = c.industry_code "
            "ORDER BY i.code")],
    }

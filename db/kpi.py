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


def read(db, filters: Filters = Filters(), *, with_contacts: bool = True) -> kpi.Records:
    """Every record Overblik counts for companies passing the filters (the period is applied in kpi.count);
    without the contacts when `with_contacts` is false (report() counts those in SQL)."""
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
    contacts = read_contacts(db, filters) if with_contacts else []
    return kpi.Records(companies, needs, steps, placements, contacts)


def read_contacts(db, filters: Filters = Filters()) -> list[kpi.Contact]:
    """Every contact of the filtered companies, one record each (for kpi.tally_contacts; slow on a big store)."""
    where, params = _company_clause(filters)
    return [kpi.Contact(*r) for r in db.execute(
        f"""SELECT c.id, c.company_id, c.at, c.kind, c.consultant, c.follow_up_date, c.done
            FROM contacts c JOIN companies co ON co.id = c.company_id WHERE {where}""", params)]


@dataclass(frozen=True)
class Query:
    """A drill-down list not read yet: the ids a query gives, read when the list is opened (drill)."""
    sql: str
    params: tuple

    def ids(self, db) -> list[int]:
        return [r[0] for r in db.execute(self.sql, self.params)]


def tally_contacts(db, period: kpi.Period, filters: Filters = Filters()) -> kpi.ContactTally:
    """The same as kpi.tally_contacts(read_contacts(db, filters), period), counted by SQLite.

    A big store has hundreds of thousands of contacts: reading them into Python on every refresh took
    seconds. SQLite groups them (idx_contacts_month, migration 0008) and the drill-down ids are read only
    when their list is opened. A day holds when its first 10 characters lie in the period, as Period.holds."""
    first, last = period.start.isoformat(), period.end.isoformat()
    own, params = "", []
    if filters != Filters():
        where, params = _company_clause(filters)
        own = f" AND c.company_id IN (SELECT co.id FROM companies co WHERE {where})"
    # c.at >= first is the same test as substr(c.at, 1, 10) >= first and lets SQLite use an index
    held = "c.at >= ? AND substr(c.at, 1, 10) <= ?" + own
    held_params = [first, last, *params]
    cells: dict[tuple[str, str, str], int] = {}
    for month, kind, consultant, n in db.execute(
            f"""SELECT substr(c.at, 1, 7), c.kind, c.consultant, count(*) FROM contacts c WHERE {held}
                GROUP BY substr(c.at, 1, 7), c.kind, c.consultant""", held_params):
        key = (month, kind, consultant or "")  # no consultant and "" are one row, as kpi.tally_contacts
        cells[key] = cells.get(key, 0) + n
    # The latest `at` has the latest first 10 characters. One index seek per company (idx_contacts_company):
    # the range `at <= last + U+10FFFF` holds every `at` whose first 10 characters are <= last (all of
    # them: `at` is stored as YYYY-MM-DDTHH:MM) and lets SQLite take the max from the index; the substr
    # test keeps the rule exact. A company was contacted in the period exactly when its last contact up to
    # the period's end is on or after its first day.
    company_where, company_params = _company_clause(filters)
    last_contact = {company: at[:10] for company, at in db.execute(
        f"""SELECT co.id, (SELECT max(c.at) FROM contacts c WHERE c.company_id = co.id AND c.at > ''
                           AND c.at <= ? AND substr(c.at, 1, 10) <= ?)
            FROM companies co WHERE {company_where}""", [last + "\U0010ffff", last, *company_params])
        if at is not None}
    contacted = {company for company, day in last_contact.items() if day >= first}
    due = f"substr(c.follow_up_date, 1, 10) BETWEEN ? AND ?{own}"
    due_params = [first, last, *params]
    overdue = "NOT c.done AND substr(c.follow_up_date, 1, 10) < ?"
    n_due, n_done, n_overdue = db.execute(
        f"SELECT count(*), count(CASE WHEN c.done THEN 1 END), count(CASE WHEN {overdue} THEN 1 END) "
        f"FROM contacts c WHERE {due}", [last, *due_params]).fetchone()
    drill = {
        "contacts.total": Query(f"SELECT c.id FROM contacts c WHERE {held} ORDER BY c.id", tuple(held_params)),
        "contacts.follow_ups_done": Query(f"SELECT c.id FROM contacts c WHERE {due} AND c.done ORDER BY c.id",
                                          tuple(due_params)),
        "contacts.follow_ups_overdue": Query(f"SELECT c.id FROM contacts c WHERE {due} AND {overdue} ORDER BY c.id",
                                             (*due_params, last)),
    }
    return kpi.ContactTally(cells, contacted, last_contact, n_due, n_done, n_overdue, drill)


def _rows(conn):
    def run(sql: str, params: list):
        cursor = conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor]
    return run


def report(db, period: kpi.Period, filters: Filters = Filters(), *, municipality_total: int | None = None) -> dict:
    """The counted figures plus `names`: the Danish names of the target groups and measures they mention."""
    out = kpi.count(read(db, filters, with_contacts=False), period, municipality_total=municipality_total,
                    contact_tally=tally_contacts(db, period, filters))
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


def drill(db, key: str, ids: list[int] | Query) -> tuple[str, list[int]]:
    """The export kind and record ids behind figure `key` ("block.figure"); a hire is shown as its need."""
    block = key.split(".", 1)[0]
    if isinstance(ids, Query):
        ids = ids.ids(db)
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

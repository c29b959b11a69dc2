"""Overblik: the key figures of the company effort for one period, counted from plain records.

Pure: no Qt, no SQL. db/kpi.py reads the records (already narrowed to the filters: consultant,
municipality, industry of the company); this module counts. Every figure also names the ids of the
records behind it (`drill`), so a view can open the list behind any number. The rules are in
docs/OVERVIEW.md; dates are ISO strings (YYYY-MM-DD, or timestamps whose first 10 characters are one).
"""

from __future__ import annotations

import collections
import datetime as dt
import statistics
from dataclasses import dataclass, field

ORDINARY = "ordinary"
FILLED_AGE_MONTHS = 3  # a need counts towards share_filled when created ≥ 3 months before the period ends
STALE_DAYS = 30
SENT_STATUSES = frozenset({"sent", "interview", "hired"})


@dataclass(frozen=True)
class Company:
    id: int
    created: str


@dataclass(frozen=True)
class Need:
    id: int
    company_id: int
    created: str
    positions: int
    status: str
    employment_form: str = ORDINARY


@dataclass(frozen=True)
class Person:
    target_group: str | None = None
    birth_year: int | None = None
    unemployed_since: str | None = None


@dataclass(frozen=True)
class Step:
    """One shortlist event: a candidate's entry on a need reached `status` on `at`."""
    entry_id: int
    need_id: int
    status: str
    at: str
    person: Person = field(default_factory=Person)


@dataclass(frozen=True)
class Placement:
    id: int
    company_id: int
    measure: str
    start: str
    end: str
    person: Person = field(default_factory=Person)


@dataclass(frozen=True)
class Contact:
    id: int
    company_id: int
    at: str
    kind: str
    consultant: str | None = None
    follow_up: str | None = None
    done: bool = False


@dataclass
class ContactTally:
    """What the figures need of the contacts, for one period: counts per (month, kind, consultant), the
    companies contacted, each company's last contact up to the period's end, and the follow-ups.

    `tally_contacts` makes one from Contact records; db/kpi.py makes the same in SQL on a big store. The
    drill-down lists may be anything db/kpi.drill can turn into ids (a list here, a query there)."""
    cells: dict[tuple[str, str, str], int]
    contacted: set[int]
    last_contact: dict[int, str]
    follow_ups_due: int
    follow_ups_done: int
    follow_ups_overdue: int
    drill: dict[str, object]


@dataclass(frozen=True)
class Records:
    companies: list[Company]
    needs: list[Need]
    steps: list[Step]
    placements: list[Placement]
    contacts: list[Contact]


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date

    @classmethod
    def last_12_months(cls, today: dt.date) -> Period:
        start = _add_months(today, -12) + dt.timedelta(days=1)
        return cls(start, today)

    def __post_init__(self) -> None:
        # The ISO bounds once: holds() runs for every contact of a big store.
        object.__setattr__(self, "_bounds", (self.start.isoformat(), self.end.isoformat()))

    def holds(self, day: str | None) -> bool:
        return bool(day) and self._bounds[0] <= day[:10] <= self._bounds[1]

    def months(self) -> list[str]:
        out, month = [], self.start.replace(day=1)
        while month <= self.end:
            out.append(month.strftime("%Y-%m"))
            month = _add_months(month, 1)
        return out


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for dom in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month + 1, dom)
        except ValueError:
            continue
    raise ValueError(day)


def _days(a: str, b: str) -> int:
    return (dt.date.fromisoformat(b[:10]) - dt.date.fromisoformat(a[:10])).days


def _median(values: list[int]) -> float | None:
    return float(statistics.median(values)) if values else None


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _under_30(person: Person, day: str) -> bool:
    return person.birth_year is not None and int(day[:4]) - person.birth_year < 30


def _long_term(person: Person, day: str) -> bool:
    return bool(person.unemployed_since) and _days(person.unemployed_since, day) > 365


def count(records: Records, period: Period, *, municipality_total: int | None = None,
          contact_tally: ContactTally | None = None) -> dict:
    """All figures for the period, as the JSON report has them, plus `drill`: figure name -> record ids.

    The contacts are counted from `contact_tally` when given (records.contacts is then not read), else
    from records.contacts."""
    end = period.end.isoformat()
    companies = [c for c in records.companies if c.created[:10] <= end]
    company_ids = {c.id for c in companies}
    needs_by_id = {n.id: n for n in records.needs}
    hires = [s for s in records.steps if s.status == "hired" and period.holds(s.at)]
    placements = [p for p in records.placements if p.start[:10] <= end and p.end[:10] >= period.start.isoformat()]
    drill: dict[str, list] = {}

    ordinary_coop = {needs_by_id[s.need_id].company_id for s in hires
                     if needs_by_id[s.need_id].employment_form == ORDINARY}
    measure_coop = {p.company_id for p in placements} | {
        needs_by_id[s.need_id].company_id for s in hires if needs_by_id[s.need_id].employment_form != ORDINARY}
    with_ordinary = (ordinary_coop | measure_coop) & company_ids
    without_ordinary = measure_coop & company_ids
    drill["companies.cooperating"] = sorted(with_ordinary)
    drill["companies.cooperating_measures"] = sorted(without_ordinary)
    drill["companies.registered"] = sorted(company_ids)
    samarbejdsgrad = {
        "with_ordinary": _share(len(with_ordinary), len(company_ids)),
        "without_ordinary": _share(len(without_ordinary), len(company_ids)),
        "of_municipality_total": _share(len(with_ordinary), municipality_total or 0) if municipality_total else None,
        "by_month": _coop_by_month(records, period, needs_by_id),
    }

    tally = contact_tally if contact_tally is not None else tally_contacts(records.contacts, period)
    contacted = tally.contacted
    drill["contacts.total"] = tally.drill["contacts.total"]
    drill["companies.contacted"] = sorted(contacted)

    return {
        "period": {"from": period.start.isoformat(), "to": end},
        "samarbejdsgrad": samarbejdsgrad,
        "companies": {"registered": len(company_ids), "cooperating": len(with_ordinary),
                      "cooperating_measures": len(without_ordinary), "contacted": len(contacted),
                      "open_need_no_contact_30_days": len(_stale(records, tally, period, drill))},
        "needs": _needs(records, period, drill),
        "contacts": _contacts(tally, period, drill),
        "hires": _people(hires, lambda s: s.at, lambda s: s.entry_id, "hires", drill),
        "placements": _placements(placements, period, drill),
        "drill": drill,
    }


def _coop_by_month(records: Records, period: Period, needs_by_id: dict[int, Need]) -> dict[str, float | None]:
    out = {}
    for month in period.months():
        first = dt.date.fromisoformat(month + "-01")
        last = _add_months(first, 1) - dt.timedelta(days=1)
        first_day, last_day = first.isoformat(), last.isoformat()  # once a month, not once a company
        registered = {c.id for c in records.companies if c.created[:10] <= last_day}
        coop = {needs_by_id[s.need_id].company_id for s in records.steps
                if s.status == "hired" and s.at[:7] == month}
        coop |= {p.company_id for p in records.placements
                 if p.start[:10] <= last_day and p.end[:10] >= first_day}
        out[month] = _share(len(coop & registered), len(registered))
    return out


def _needs(records: Records, period: Period, drill: dict) -> dict:
    created = [n for n in records.needs if period.holds(n.created)]
    first_sent: dict[int, str] = {}
    hired_days: dict[int, list[str]] = {}
    for s in sorted(records.steps, key=lambda s: s.at):
        if s.status in SENT_STATUSES:
            first_sent.setdefault(s.need_id, s.at)
        if s.status == "hired":
            hired_days.setdefault(s.need_id, []).append(s.at)
    filled_on = {n.id: hired_days[n.id][n.positions - 1] for n in records.needs
                 if len(hired_days.get(n.id, [])) >= n.positions}
    cutoff = _add_months(period.end, -FILLED_AGE_MONTHS).isoformat()
    old_enough = [n for n in created if n.created[:10] <= cutoff]
    sent = [n for n in created if n.id in first_sent]
    filled = [n for n in old_enough if n.id in filled_on]
    drill["needs.created"] = [n.id for n in created]
    drill["needs.candidates_sent"] = [n.id for n in sent]
    drill["needs.counted_for_filled"] = [n.id for n in old_enough]
    drill["needs.filled"] = [n.id for n in filled]
    months = period.months()
    created_in = collections.Counter(n.created[:7] for n in created)
    filled_in = collections.Counter(day[:7] for day in filled_on.values())
    return {
        "created": len(created),
        "positions": sum(n.positions for n in created),
        "share_candidates_sent": _share(len(sent), len(created)),
        "counted_for_filled": len(old_enough),
        "share_filled": _share(len(filled), len(old_enough)),
        "median_days_to_first_sent": _median([_days(n.created, first_sent[n.id]) for n in sent]),
        "median_days_to_filled": _median([_days(n.created, filled_on[n.id]) for n in created if n.id in filled_on]),
        "created_by_month": {m: created_in.get(m, 0) for m in months},
        "filled_by_month": {m: filled_in.get(m, 0) for m in months},
    }


def tally_contacts(contacts: list[Contact], period: Period) -> ContactTally:
    """The contact figures' parts counted from the records, one by one."""
    end = period.end.isoformat()
    cells: dict[tuple[str, str, str], int] = {}
    in_period = [c for c in contacts if period.holds(c.at)]
    for c in in_period:
        key = (c.at[:7], c.kind, c.consultant or "")
        cells[key] = cells.get(key, 0) + 1
    last: dict[int, str] = {}
    for c in contacts:
        if c.at[:10] <= end and c.at[:10] > last.get(c.company_id, ""):
            last[c.company_id] = c.at[:10]
    due = [c for c in contacts if period.holds(c.follow_up)]
    done = [c.id for c in due if c.done]
    overdue = [c.id for c in due if not c.done and c.follow_up[:10] < end]
    return ContactTally(cells, {c.company_id for c in in_period}, last, len(due), len(done), len(overdue),
                        {"contacts.total": [c.id for c in in_period], "contacts.follow_ups_done": done,
                         "contacts.follow_ups_overdue": overdue})


def _contacts(tally: ContactTally, period: Period, drill: dict) -> dict:
    by_kind: dict[str, int] = {}
    by_consultant: dict[str, int] = {}
    by_month: dict[str, dict[str, int]] = {m: {} for m in period.months()}
    for (month, kind, consultant), n in sorted(tally.cells.items()):
        by_kind[kind] = by_kind.get(kind, 0) + n
        by_consultant[consultant] = by_consultant.get(consultant, 0) + n
        cell = by_month.setdefault(month, {})
        cell[kind] = cell.get(kind, 0) + n
    drill["contacts.follow_ups_done"] = tally.drill["contacts.follow_ups_done"]
    drill["contacts.follow_ups_overdue"] = tally.drill["contacts.follow_ups_overdue"]
    return {"total": sum(tally.cells.values()), "by_kind": dict(sorted(by_kind.items())),
            "by_consultant": dict(sorted(by_consultant.items())), "by_month": by_month,
            "follow_ups_due": tally.follow_ups_due, "follow_ups_done": tally.follow_ups_done,
            "follow_ups_overdue": tally.follow_ups_overdue}


def _stale(records: Records, tally: ContactTally, period: Period, drill: dict) -> list[int]:
    end = period.end.isoformat()
    open_companies = {n.company_id for n in records.needs
                      if n.status in ("open", "shortlisted") and n.created[:10] <= end}
    last = tally.last_contact
    stale = sorted(cid for cid in open_companies
                   if cid not in last or _days(last[cid], end) > STALE_DAYS)
    drill["companies.open_need_no_contact_30_days"] = stale
    return stale


def _people(rows: list, day_of, id_of, name: str, drill: dict) -> dict:
    by_group: dict[str, int] = {}
    for row in rows:
        group = row.person.target_group or ""
        by_group[group] = by_group.get(group, 0) + 1
    young = [id_of(r) for r in rows if _under_30(r.person, day_of(r))]
    long_term = [id_of(r) for r in rows if _long_term(r.person, day_of(r))]
    drill[f"{name}.total"] = [id_of(r) for r in rows]
    drill[f"{name}.under_30"] = young
    drill[f"{name}.long_term_unemployed"] = long_term
    return {"total": len(rows), "by_target_group": dict(sorted(by_group.items())),
            "under_30": len(young), "long_term_unemployed": len(long_term)}


def _placements(rows: list[Placement], period: Period, drill: dict) -> dict:
    started = [p for p in rows if period.holds(p.start)]
    out = _people(started, lambda p: p.start, lambda p: p.id, "placements", drill)
    by_measure: dict[str, int] = {}
    for p in started:
        by_measure[p.measure] = by_measure.get(p.measure, 0) + 1
    out["by_measure"] = dict(sorted(by_measure.items()))
    out["running"] = len(rows)
    return out

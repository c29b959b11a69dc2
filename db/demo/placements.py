"""Demo placements: people in praktik, løntilskud, mentor, fleksjob and IGU at the demo companies,
started over the last year, so Overblik's samarbejdsgrad and placement figures show a real year.

Every placement is at a workplace of its company and passes the same checks as one a consultant
saves (db.placements: who may use the measure, praktik length, IGU hours, the ratio, no overlap,
løntilskud's confirmed extra employment), so exporting the demo and importing it again is clean.
"""

from __future__ import annotations

import datetime as dt

from db import measure_rules
from db import placements as store_placements
from db.demo.context import Context, stamp
from db.errors import ValidationError

COLUMNS = ("id", "candidate_id", "company_id", "workplace_id", "measure_code", "start_date", "end_date",
           "hours_per_week", "status", "extra_employment_confirmed_on", "consultant", "created_at", "updated_at")
WORKPLACE_COLUMNS = ("id", "company_id", "name", "postcode", "ordinary_fte", "fte_stated_on", "created_at",
                     "updated_at")
MEASURES = (("internship", 0.45, 4, 13), ("wage_subsidy", 0.25, 13, 26), ("mentor", 0.15, 8, 26),
            ("fleksjob", 0.1, 26, 52), ("igu", 0.05, 52, 104))  # code, share, weeks from–to
PER_COMPANY = 1 / 8  # about one placement a year for every eighth company
FTE = {"1": (1, 1), "2-9": (2, 9), "10-49": (10, 49), "50-249": (50, 249), "250+": (250, 600)}
TRIES = 25  # drafts per placement before giving up on it (a candidate the rules refuse, a full workplace)


def generate(ctx: Context, first_candidate: int | None, candidates: int) -> int:
    """Insert the placements (and a workplace for each company that gets one); returns how many."""
    companies = [c for c in ctx.companies if c.status != "inactive"]
    n = int(len(companies) * PER_COMPANY)
    if not n or not first_candidate or candidates <= 0:
        return 0
    ctx.writer.flush()  # the checks below read candidates and companies from the store
    db = ctx.writer.db
    rules = measure_rules.load(db)
    places = ctx.writer.table("company_workplaces", WORKPLACE_COLUMNS)
    out = ctx.writer.table("placements", COLUMNS)
    workplace_id = ctx.writer.next_id("company_workplaces")
    placement_id = ctx.writer.next_id("placements")
    codes = [m[0] for m in MEASURES]
    weights = [m[1] for m in MEASURES]
    weeks = {m[0]: (m[2], m[3]) for m in MEASURES}
    workplace_of: dict[int, int] = {}
    pending: list[dict] = []
    made = 0
    for _ in range(n):
        company = ctx.pick(companies)
        if company.id not in workplace_of:
            low, high = FTE.get(company.size, (2, 9))
            created = stamp(company.created, ctx.rng)
            places.append((workplace_id, company.id, "Hovedafdelingen",
                           ctx.places.postcodes[company.place] if company.place >= 0 else None,
                           float(ctx.rng.randint(low, high)), company.created.isoformat(), created, created))
            workplace_of[company.id] = workplace_id
            workplace_id += 1
            ctx.writer.flush()
        draft = _draft(ctx, company, workplace_of[company.id], codes, weights, weeks, first_candidate, candidates,
                       rules, pending)
        if draft is None:
            continue
        created = stamp(dt.date.fromisoformat(draft["start_date"]) - dt.timedelta(days=ctx.rng.randint(3, 20)),
                        ctx.rng)
        out.append((placement_id, *(draft[c] for c in COLUMNS[1:-2]), created, created))
        pending.append(draft)
        placement_id += 1
        made += 1
        ctx.writer.tick()
    ctx.writer.flush()
    return made


def _draft(ctx: Context, company, workplace: int, codes, weights, weeks, first_candidate: int, candidates: int,
           rules, pending: list[dict]) -> dict | None:
    """A placement at `company` the rules accept, or None when TRIES drafts were all refused."""
    for _ in range(TRIES):
        code = ctx.rng.choices(codes, weights)[0]
        start = max(company.created, ctx.days_ago(0, 365))
        end = start + dt.timedelta(weeks=ctx.rng.randint(*weeks[code]), days=-1)
        status = "planned" if start > ctx.today else "ended" if end < ctx.today else "active"
        confirmed = None
        if code == "wage_subsidy" and status != "planned":
            confirmed = min(ctx.today, start - dt.timedelta(days=ctx.rng.randint(3, 14))).isoformat()
        hours = 37.0 if code == "igu" else float(ctx.rng.choice((15, 20, 25, 30, 37)))
        draft = {"candidate_id": first_candidate + ctx.rng.randrange(candidates), "company_id": company.id,
                 "workplace_id": workplace, "measure_code": code, "start_date": start.isoformat(),
                 "end_date": end.isoformat(), "hours_per_week": hours, "status": status,
                 "extra_employment_confirmed_on": confirmed, "consultant": company.consultant, "id": None}
        try:
            store_placements.validate(ctx.writer.db, draft, None, pending=pending, rules=rules)
        except ValidationError:
            continue
        return draft
    return None

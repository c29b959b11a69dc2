"""Demo placements: people in praktik, løntilskud, mentor, fleksjob and IGU at the demo companies,
started over the last year, so Overblik's samarbejdsgrad and placement figures show a real year."""

from __future__ import annotations

import datetime as dt

from db.demo.context import Context, stamp

COLUMNS = ("id", "candidate_id", "company_id", "measure_code", "start_date", "end_date", "hours_per_week",
           "status", "consultant", "created_at", "updated_at")
MEASURES = (("internship", 0.45, 4, 13), ("wage_subsidy", 0.25, 13, 26), ("mentor", 0.15, 8, 26),
            ("fleksjob", 0.1, 26, 52), ("igu", 0.05, 52, 104))  # code, share, weeks from–to
PER_COMPANY = 1 / 8  # about one placement a year for every eighth company


def generate(ctx: Context, first_candidate: int | None, candidates: int) -> int:
    """Insert the placements; returns how many."""
    companies = [c for c in ctx.companies if c.status != "inactive"]
    n = int(len(companies) * PER_COMPANY)
    if not n or not first_candidate or candidates <= 0:
        return 0
    out = ctx.writer.table("placements", COLUMNS)
    placement_id = ctx.writer.next_id("placements")
    codes = [m[0] for m in MEASURES]
    weights = [m[1] for m in MEASURES]
    weeks = {m[0]: (m[2], m[3]) for m in MEASURES}
    for _ in range(n):
        company = ctx.pick(companies)
        code = ctx.rng.choices(codes, weights)[0]
        start = max(company.created, ctx.days_ago(0, 365))
        end = start + dt.timedelta(weeks=ctx.rng.randint(*weeks[code]))
        status = "planned" if start > ctx.today else "ended" if end < ctx.today else "active"
        created = stamp(start - dt.timedelta(days=ctx.rng.randint(3, 20)), ctx.rng)
        out.append((placement_id, first_candidate + ctx.rng.randrange(candidates), company.id, code,
                    start.isoformat(), end.isoformat(), float(ctx.rng.choice((15, 20, 25, 30, 37))), status,
                    company.consultant, created, created))
        placement_id += 1
        ctx.writer.tick()
    ctx.writer.flush()
    return n

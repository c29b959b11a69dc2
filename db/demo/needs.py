"""Demo needs: what companies want to hire, with skills, hours, shifts, measures and physical demands."""

from __future__ import annotations

import datetime as dt

import numpy as np

from db.demo.context import CompanyInfo, Context, stamp
from db.demo.vocab import Occupation
from db.demo.words import Weighted
from db.records import sort_key

COLUMNS = ("id", "company_id", "title", "title_key", "occupation_id", "occupation_text", "workplace_postcode",
           "positions", "danish_level", "hours_min", "hours_max", "shifts", "start_date", "deadline",
           "employment_form", "status", "consultant", "notes", "created_at", "updated_at", "isco_group")
# Every GROUP_EVERY-th need asks for a field (its occupation's ISCO-08 unit group) rather than one
# occupation, as "Pædagogisk personale" or "Leder, daginstitution" do; by id, so the random draws and
# with them the rest of the demo stay as they were.
GROUP_EVERY = 40

COMPANY_WEIGHT = {"active": 1.0, "prospect": 0.15, "inactive": 0.03}
SIZE_WEIGHT = {"1": 0.4, "2-9": 0.8, "10-49": 1.5, "50-249": 2.5, "250+": 4.0}
POSITIONS = Weighted.of({1: 70, 2: 15, 3: 8, 4: 4, 5: 3})
STATUS = Weighted.of({"open": 68, "shortlisted": 12, "filled": 13, "cancelled": 7})
CLOSED = Weighted.of({"filled": 60, "cancelled": 40})
FORMS = {"ordinary": 62, "fleksjob": 9, "wage_subsidy": 10, "internship": 8, "igu": 2, "apprenticeship": 5,
         "seasonal": 4}
# Forms where the person is trained on the job, so a finished education is not asked for.
TRAINEE_FORMS = ("apprenticeship", "igu", "internship")
SEASONAL_TRADES = ("agriculture", "hotel", "restaurant", "landscaping", "food")
APPRENTICE_TRADES = ("carpentry", "masonry", "painting", "plumbing", "electrical", "construction", "metal",
                     "auto", "food", "retail", "restaurant")
# The measure an employment form is arranged under (seasonal work is ordinary employment).
FORM_MEASURE = {"ordinary": "ordinary", "fleksjob": "fleksjob", "wage_subsidy": "wage_subsidy",
                "internship": "internship", "igu": "igu", "apprenticeship": "apprenticeship",
                "seasonal": "ordinary"}
# Danish asked for by ISCO major group: managers and professionals need fluent Danish, manual work less.
DANISH = {"1": {3: 40, 4: 60}, "2": {3: 50, 4: 50}, "3": {2: 20, 3: 60, 4: 20}, "4": {2: 30, 3: 60, 4: 10},
          "5": {1: 15, 2: 50, 3: 35}, "6": {0: 15, 1: 45, 2: 40}, "7": {1: 30, 2: 55, 3: 15},
          "8": {0: 10, 1: 45, 2: 45}, "9": {0: 25, 1: 50, 2: 25}}
DANISH_DEFAULT = Weighted.of({1: 30, 2: 50, 3: 20})
DANISH_PICK = {k: Weighted.of(v) for k, v in DANISH.items()}


def generate(ctx: Context, n: int) -> None:
    if not ctx.companies or n <= 0:
        return
    writer = ctx.writer
    rows = writer.table("needs", COLUMNS)
    skills = writer.table("need_skills", ("need_id", "skill_id", "free_text", "relation"))
    measures = writer.table("need_measures", ("need_id", "measure_code"))
    demands = writer.table("need_demands", ("need_id", "strain_code"))
    owners = _owners(ctx, n)
    any_occupation = Weighted([(i, 1.0) for i in range(len(ctx.vocab.occupations))]) \
        if ctx.vocab.occupations else None
    need_id = writer.next_id("needs")
    for owner in owners:
        company = ctx.companies[owner]
        pick = ctx.vocab.occupation_picker(company.trade.isco) or any_occupation
        occ_index = pick(ctx.rng) if pick and not ctx.chance(0.04) else None
        occ = ctx.vocab.occupations[occ_index] if occ_index is not None else None
        row, form, shifts = _need_row(ctx, company, occ, need_id)
        rows.append(row)
        if occ is not None:
            skills.extend(_skills(ctx, occ, need_id, trainee=form in TRAINEE_FORMS))
            ctx.need_occupations[occ_index] += 1
        measures.extend((need_id, m) for m in _measures(ctx, company, form))
        demands.extend((need_id, s) for s in _demands(ctx, company, occ, shifts))
        company.needs.append((row[2], row[7], occ_index))
        need_id += 1
        writer.tick()
    writer.flush()


def _owners(ctx: Context, n: int) -> np.ndarray:
    """Company indexes for n needs: active and bigger companies hire more, in company order."""
    weights = np.array([COMPANY_WEIGHT[c.status] * SIZE_WEIGHT[c.size] for c in ctx.companies])
    return np.sort(ctx.np_rng.choice(len(ctx.companies), size=n, p=weights / weights.sum()))


def _need_row(ctx: Context, company: CompanyInfo, occ: Occupation | None, need_id: int) -> tuple:
    group = ctx.group_of(occ.isco) if occ is not None and need_id % GROUP_EVERY == 0 else None
    if occ is None:
        title = ctx.text("need.free")
        occupation_text = title
    elif group:
        _, title, occupation_text = group
    else:
        # Companies mostly use the common title; synonyms are stored in lower case.
        title = occ.title
        if occ.synonyms and ctx.chance(0.2):
            synonym = ctx.pick(occ.synonyms)
            title = synonym[:1].upper() + synonym[1:]
        occupation_text = None
    form = _form(ctx, company)
    status = CLOSED(ctx.rng) if company.status == "inactive" and ctx.chance(0.8) else STATUS(ctx.rng)
    start, deadline, created = _dates(ctx, company, status)
    low, high = _hours(ctx, form)
    shifts = _shifts(ctx, company)
    place = company.place
    workplace = None
    near = ctx.places.near.get(ctx.places.postcodes[place], []) if place >= 0 else []
    if near and ctx.chance(0.15):
        workplace = ctx.places.postcodes[ctx.pick(near)]
    danish = None if ctx.chance(0.15) else DANISH_PICK.get(occ.isco[:1] if occ else "", DANISH_DEFAULT)(ctx.rng)
    at = stamp(created, ctx.rng)
    row = (need_id, company.id, title, sort_key(title), occ.id if occ and not group else None, occupation_text, workplace,
           POSITIONS(ctx.rng), danish, low, high, ",".join(shifts), start, deadline, form, status,
           company.consultant if company.consultant and ctx.chance(0.9) else ctx.consultant(),
           ctx.text("note.need") if ctx.chance(0.25) else None, at, at, group[0] if group else None)
    return row, form, shifts


_FORM_PICKERS: dict[str, Weighted] = {}


def _form(ctx: Context, company: CompanyInfo) -> str:
    key = company.trade.key
    if key not in _FORM_PICKERS:
        weights = dict(FORMS)
        if key in SEASONAL_TRADES:
            weights["seasonal"] *= 4
        if key in APPRENTICE_TRADES:
            weights["apprenticeship"] *= 3
        _FORM_PICKERS[key] = Weighted.of(weights)
    return _FORM_PICKERS[key](ctx.rng)


def _dates(ctx: Context, company: CompanyInfo, status: str) -> tuple[str | None, str | None, dt.date]:
    """Start date, application deadline (before the start) and the day the need was registered."""
    if status in ("filled", "cancelled"):
        start = ctx.days_ago(-20, 300)
    else:
        start = ctx.days_ago(-90, 30)
    created = min(ctx.today, max(company.created, start - dt.timedelta(days=ctx.rng.randint(7, 75))))
    deadline = start - dt.timedelta(days=ctx.rng.randint(7, 60))
    if ctx.chance(0.1):
        return None, None, created
    return start.isoformat(), deadline.isoformat() if ctx.chance(0.8) else None, created


def _hours(ctx: Context, form: str) -> tuple[float, float]:
    if form == "fleksjob":
        low = float(ctx.rng.choice((10, 12, 12, 15, 15)))
        return low, float(max(low, ctx.rng.choice((15, 16, 18, 20, 20))))
    if form == "internship":
        return ctx.rng.choice(((37.0, 37.0), (25.0, 37.0), (15.0, 30.0), (20.0, 37.0), (10.0, 20.0)))
    if form in ("igu", "apprenticeship", "wage_subsidy"):
        return 37.0, 37.0
    r = ctx.rng.random()
    if r < 0.6:
        return 37.0, 37.0
    if r < 0.75:
        return 30.0, 37.0
    if r < 0.9:
        return ctx.rng.choice(((20.0, 30.0), (25.0, 32.0), (15.0, 25.0)))
    return ctx.rng.choice(((8.0, 15.0), (10.0, 20.0), (0.0, 15.0)))


def _shifts(ctx: Context, company: CompanyInfo) -> list[str]:
    extra = [s for s, pct in company.trade.shifts.items() if ctx.chance(pct / 100)]
    day = not extra or not ctx.chance(0.2)
    return [s for s in ("day", "evening", "night", "weekend") if (s == "day" and day) or s in extra]


def _skills(ctx: Context, occ: Occupation, need_id: int, trainee: bool) -> list[tuple]:
    rng = ctx.rng
    want = rng.randint(3, 6)
    essential = rng.sample(occ.essential, min(len(occ.essential), want))
    if len(essential) < 3:
        # Occupations with few essential skills: companies then insist on some of the optional ones.
        spare = [s for s in occ.optional if s not in essential]
        essential += rng.sample(spare, min(len(spare), 3 - len(essential)))
    if ctx.chance(0.15):
        pool = [s for s in occ.optional if s not in essential] or ctx.vocab.general_skills
        if pool:
            essential.append(ctx.pick(pool))
    rest = [s for s in occ.optional if s not in essential]
    desired = rng.sample(rest, min(len(rest), rng.randint(0, 3)))
    required = [s for s in occ.certs_essential if ctx.chance(0.6)]
    required += [s for s in occ.certs_optional if ctx.chance(0.1)]
    if trainee:
        required = [s for s in required if s not in ctx.vocab.qualifications]
    return ([(need_id, s, None, "essential") for s in essential]
            + [(need_id, s, None, "desired") for s in desired if s not in essential]
            + [(need_id, s, None, "required") for s in dict.fromkeys(required)])


def _measures(ctx: Context, company: CompanyInfo, form: str) -> list[str]:
    known = ctx.vocab.measures
    out = [FORM_MEASURE[form]]
    if "internship" in company.measures and ctx.chance(0.25):
        out.append("internship")  # a trial period as the way in to the job
    if "mentor" in company.measures and ctx.chance(0.1):
        out.append("mentor")
    return [m for m in dict.fromkeys(out) if m in known]


def _demands(ctx: Context, company: CompanyInfo, occ: Occupation | None, shifts: list[str]) -> list[str]:
    out = [s for s in company.trade.strains if ctx.chance(0.45)]
    if "night" in shifts:
        out.append("night")
    if occ is not None and occ.isco.startswith("83"):
        out.append("driving")
    known = set(ctx.vocab.strains)
    return [s for s in dict.fromkeys(out) if s in known]


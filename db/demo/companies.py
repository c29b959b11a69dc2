"""Demo companies: names, CVR numbers, addresses, measures they are open to, and their contact persons."""

from __future__ import annotations

import datetime as dt
from functools import cache

from db.demo.context import CompanyInfo, Context, stamp
from db.demo.words import Trade, Weighted, house_number, origin_picker, phone, sections, slug, trades
from db.records import sort_key
from db.validation import CVR_WEIGHTS

COLUMNS = ("id", "cvr", "p_number", "name", "name_key", "address", "postcode", "town", "municipality_code",
           "industry_code", "size_band", "phone", "email", "web", "consultant", "status", "notes",
           "created_at", "updated_at")
PERSON_COLUMNS = ("id", "company_id", "name", "role", "phone", "email", "notes", "created_at", "updated_at")

STATUS = Weighted.of({"active": 55, "prospect": 30, "inactive": 15})
SIZE = Weighted.of({"1": 18, "2-9": 40, "10-49": 27, "50-249": 11, "250+": 4})
SMALL_SIZE = Weighted.of({"1": 30, "2-9": 50, "10-49": 18, "50-249": 2})
SMALL_TRADES = ("restaurant", "beauty", "clinic", "agriculture", "painting", "masonry")
INSTITUTIONS = ("care", "childcare")
PERSONS = {"1": (1,), "2-9": (1, 1, 2), "10-49": (1, 2, 2, 3), "50-249": (2, 2, 3), "250+": (2, 3, 3)}

# How likely a company is open to each measure; crafts train apprentices, big firms host company centres.
MEASURE_CHANCE = {"ordinary": 0.9, "internship": 0.55, "wage_subsidy": 0.4, "senior_wage_subsidy": 0.08,
                  "fleksjob": 0.25, "igu": 0.1, "mentor": 0.2, "apprenticeship": 0.2, "skaanejob": 0.05,
                  "company_centre": 0.03}
CRAFTS = ("carpentry", "masonry", "painting", "plumbing", "electrical", "construction", "metal", "auto", "food")
OPEN_BY_STATUS = {"active": 1.0, "prospect": 0.5, "inactive": 0.3}


def cvr_numbers(ctx: Context, n: int, taken: set[str]) -> list[str]:
    """n distinct valid CVR numbers (modulus-11 check digit), avoiding those already stored."""
    out: list[str] = []
    seen = set(taken)
    while len(out) < n:
        body = [ctx.rng.randint(1, 4)] + [ctx.rng.randint(0, 9) for _ in range(6)]
        check = -sum(d * w for d, w in zip(body, CVR_WEIGHTS)) % 11
        if check == 10:
            continue  # no digit makes this body valid; real CVR never issues it
        number = "".join(map(str, body)) + str(check)
        if number not in seen:
            seen.add(number)
            out.append(number)
    return out


def _region_word(ctx: Context, place: int) -> str:
    """A regional adjective that fits where the company lies, now and then a country-wide one."""
    section = f"region.{ctx.places.region(place)}"
    if ctx.chance(0.8) and section in sections("places.txt"):
        return ctx.word(section, "places.txt")
    return ctx.word("region", "places.txt")


def _company_name(ctx: Context, trade: Trade, place: int) -> str:
    pattern = ctx.pick(trade.patterns)
    town = ctx.places.towns[place] if place >= 0 else None
    region = _region_word(ctx, place)
    values = {
        "word": ctx.pick(trade.words), "town": town or region,
        "region": region, "brand": ctx.word("brand", "places.txt"),
        "spot": ctx.word("spot", "places.txt"), "care": ctx.word("care", "places.txt"),
        "farm": ctx.word("farm", "places.txt"),
    }
    if "{last" in pattern or "{first" in pattern:
        first, last, _ = ctx.people.name(ctx.rng)
        values.update(first=first, last=last, last2=ctx.people.name(ctx.rng)[1])
    return pattern.format(**values)


def _unique_name(ctx: Context, trade: Trade, place: int, used: set[str]) -> str:
    # Real registers do hold namesakes, but distinct names keep demo searches unambiguous.
    for _ in range(6):
        base = _company_name(ctx, trade, place)
        if base not in used:
            break
    used.add(base)
    return base


def _domain(base: str, town: str | None, used: set[str]) -> str:
    stem = slug(base) or "firma"
    domain = f"{stem}.dk"
    if domain in used:
        domain = f"{stem}-{slug(town or '')}.dk" if town else domain
    n = 2
    while domain in used:
        domain, n = f"{stem}{n}.dk", n + 1
    used.add(domain)
    return domain


def _measures(ctx: Context, trade: Trade, status: str, size: str) -> list[str]:
    out = []
    for code in ctx.vocab.measures:
        p = MEASURE_CHANCE.get(code, 0.1)
        if code == "apprenticeship" and trade.key in CRAFTS:
            p = 0.6
        if code == "company_centre" and size in ("50-249", "250+"):
            p = 0.25
        if code == "ordinary" or ctx.chance(OPEN_BY_STATUS[status]):
            if ctx.chance(p):
                out.append(code)
    return out


def _created(ctx: Context, status: str) -> dt.date:
    # Most companies were known before the year of contacts; prospects are often new.
    if ctx.chance(0.45 if status == "prospect" else 0.12):
        return ctx.days_ago(20, 365)
    return ctx.days_ago(366, 4 * 365)


def generate(ctx: Context, n: int) -> None:
    rows = ctx.writer.table("companies", COLUMNS)
    person_rows = ctx.writer.table("contact_persons", PERSON_COLUMNS)
    measure_rows = ctx.writer.table("company_measures", ("company_id", "measure_code"))
    all_trades = trades()
    trade_pick = Weighted([(t, t.weight) for t in all_trades])
    industry = {t.key: ctx.vocab.industry_for(t.db07) for t in all_trades}
    taken = {r[0] for r in ctx.writer.db.execute("SELECT cvr FROM companies WHERE cvr IS NOT NULL")}
    cvrs = iter(cvr_numbers(ctx, n, taken))
    places = ctx.places.sample(ctx.np_rng, n, home_share=0.5, near_share=0.35)
    names: set[str] = {r[0] for r in ctx.writer.db.execute("SELECT name FROM companies")}
    domains: set[str] = set()
    company_id = ctx.writer.next_id("companies")
    person_id = ctx.writer.next_id("contact_persons")
    for i in range(n):
        trade = trade_pick(ctx.rng)
        place = int(places[i])
        town = ctx.places.towns[place] if place >= 0 else None
        status = STATUS(ctx.rng)
        size = (SMALL_SIZE if trade.key in SMALL_TRADES else SIZE)(ctx.rng)
        form = trade.forms(ctx.rng)
        if size in ("50-249", "250+") and form in ("", "I/S") and trade.key not in INSTITUTIONS:
            form = "A/S"  # big firms are limited companies; care homes and kindergartens carry no form
        base = _unique_name(ctx, trade, place, names)
        name = f"{base} {form}" if form else base
        domain = _domain(base, town, domains)
        created = _created(ctx, status)
        info = CompanyInfo(company_id, trade, place, status, size,
                           None if status == "prospect" and ctx.chance(0.1) else ctx.consultant(),
                           created, _measures(ctx, trade, status, size))
        at = stamp(created, ctx.rng)
        rows.append((
            company_id, next(cvrs) if ctx.chance(0.97) else None,
            "1" + f"{ctx.rng.randint(0, 999_999_999):09d}" if ctx.chance(0.4) else None,
            name, sort_key(name), f"{ctx.word(f'street.{trade.street}', 'places.txt')} {house_number(ctx.rng)}",
            ctx.places.postcodes[place] if place >= 0 else None, town,
            ctx.places.municipalities[place] if place >= 0 else None, industry[trade.key], size,
            phone(ctx.rng, mobile=size == "1"), f"{ctx.pick(('info', 'kontakt', 'post', 'mail'))}@{domain}",
            f"www.{domain}" if ctx.chance(0.55 if size in ("1", "2-9") else 0.95) else None,
            info.consultant, status, ctx.text("note.company", role=ctx.pick(trade.roles).lower(),
                                              town=town or "", month=ctx.word("month"))
            if ctx.chance(0.2) else None, at, at))
        measure_rows.extend((company_id, code) for code in info.measures)
        person_id = _persons(ctx, info, domain, at, person_rows, person_id)
        ctx.companies.append(info)
        company_id += 1
        ctx.writer.tick()
    ctx.writer.flush()


@cache
def _person_origins() -> Weighted:
    return origin_picker(0.08)  # contact persons: a workforce share, fewer than among candidates


def _persons(ctx: Context, info: CompanyInfo, domain: str, at: str, rows: list, person_id: int) -> int:
    for k in range(ctx.pick(PERSONS[info.size])):
        first, last, full = ctx.people.name(ctx.rng, _person_origins()(ctx.rng))
        if k == 0 and info.size in ("1", "2-9") and ctx.chance(0.7):
            role = "Indehaver"
        elif ctx.chance(0.5):
            role = ctx.pick(info.trade.roles)
        else:
            role = ctx.word("role.generic")
        style = ctx.rng.random()
        local = f"{slug(first)}.{slug(last)}" if style < 0.5 else \
            slug(first) if style < 0.75 else slug(first[0] + last[:2])
        rows.append((person_id, info.id, full, role, phone(ctx.rng, mobile=ctx.chance(0.85)),
                     f"{local}@{domain}" if ctx.chance(0.85) else None,
                     ctx.text("note.person") if ctx.chance(0.08) else None, at, at))
        info.persons.append((person_id, first, role))
        person_id += 1
    return person_id


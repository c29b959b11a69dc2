"""Demo contacts: a year of visits, calls and mails with companies, and the follow-ups they left."""

from __future__ import annotations

import datetime as dt

import numpy as np

from db.demo.context import CompanyInfo, Context, stamp
from db.demo.words import Weighted, lower_first

COLUMNS = ("id", "company_id", "at", "kind", "consultant", "contact_person_id", "summary", "outcome",
           "follow_up_date", "follow_up_task", "done", "created_at", "updated_at")
AT, CONSULTANT, FOLLOW_UP, TASK, DONE, CREATED, UPDATED = 2, 4, 8, 9, 10, 11, 12

KINDS = Weighted.of({"phone": 35, "email": 25, "visit": 20, "meeting": 10, "online": 10})
COMPANY_WEIGHT = {"active": 1.0, "prospect": 0.5, "inactive": 0.15}
SIZE_WEIGHT = {"1": 0.5, "2-9": 0.8, "10-49": 1.2, "50-249": 1.8, "250+": 2.5}
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december")
FOLLOW_UP_SHARE = 1 / 3
# Follow-ups a consultant has left undone: the user's own list must never be empty in a demo.
MIN_OVERDUE, MIN_DUE_TODAY = 3, 1


def generate(ctx: Context, n: int) -> int:
    """Insert n contacts in time order; return how many have a follow-up."""
    if not ctx.companies or n <= 0:
        return 0
    owners = _owners(ctx, n)
    rows = [_contact(ctx, ctx.companies[int(o)]) for o in owners]
    rows.sort(key=lambda r: (r[AT], r[1]))
    _ensure_follow_ups(ctx, rows)
    out = ctx.writer.table("contacts", COLUMNS)
    contact_id = ctx.writer.next_id("contacts")
    for row in rows:
        row[0] = contact_id
        out.append(tuple(row))
        contact_id += 1
        ctx.writer.tick()
    ctx.writer.flush()
    return sum(1 for r in rows if r[FOLLOW_UP])


def _owners(ctx: Context, n: int) -> np.ndarray:
    weights = np.array([COMPANY_WEIGHT[c.status] * SIZE_WEIGHT[c.size] * (1 + len(c.needs) ** 0.5)
                        for c in ctx.companies])
    return ctx.np_rng.choice(len(ctx.companies), size=n, p=weights / weights.sum())


def _day(ctx: Context, company: CompanyInfo) -> dt.date:
    """A working day in the last 12 months, after the company was registered, before today."""
    first = max(company.created, ctx.today - dt.timedelta(days=365))
    span = max(1, (ctx.today - first).days)
    day = ctx.today - dt.timedelta(days=1 + int(ctx.rng.random() * span))
    if day.weekday() >= 5:
        # Consultants work weekdays: move to the Monday after, or the Friday before near today.
        monday = day + dt.timedelta(days=7 - day.weekday())
        day = monday if monday < ctx.today else day - dt.timedelta(days=day.weekday() - 4)
    return max(day, first)


def _need_words(ctx: Context, company: CompanyInfo) -> tuple[str, str]:
    """("lagermedarbejder (2 stillinger)", "lagermedarbejder") from the company's needs or its trade."""
    if company.needs and ctx.chance(0.7):
        title, positions, _ = ctx.pick(company.needs)
    else:
        pick = ctx.vocab.occupation_picker(company.trade.isco) if ctx.chance(0.9) else None
        title = ctx.vocab.occupations[pick(ctx.rng)].title if pick else ctx.text("need.free")
        positions = 1 if ctx.chance(0.7) else ctx.rng.randint(2, 4)
    title = lower_first(title)
    count = f"{positions} {'stilling' if positions == 1 else 'stillinger'}"
    return (f"{title}, {count}" if "(" in title else f"{title} ({count})"), title


def _contact(ctx: Context, company: CompanyInfo) -> list:
    rng = ctx.rng
    day = _day(ctx, company)
    minutes = 8 * 60 + int(rng.random() * 8.5 * 60)
    at = f"{day.isoformat()}T{minutes // 60:02d}:{minutes % 60:02d}"
    kind = KINDS(rng)
    person = ctx.pick(company.persons) if company.persons and ctx.chance(0.9) else None
    need, title = _need_words(ctx, company)
    measure = ctx.vocab.measures.get(ctx.pick(company.measures)) if company.measures else None
    later = day + dt.timedelta(days=rng.randint(3, 30))
    values = {"need": need, "title": title, "measure": lower_first(measure or "virksomhedspraktik"),
              "topic": ctx.text("topic"), "n": rng.randint(2, 5), "person": person[1] if person else "kontakten",
              "role": lower_first(person[2]) if person else "ledelsen", "weekday": ctx.word("weekday"),
              "date": f"{later.day}. {MONTHS[later.month - 1]}", "month": ctx.pick(MONTHS)}
    consultant = company.consultant if company.consultant and ctx.chance(0.85) else ctx.consultant()
    follow_up, task, done, updated = None, None, 0, None
    if ctx.chance(FOLLOW_UP_SHARE):
        follow_up = day + dt.timedelta(days=rng.randint(2, 30))
        task = ctx.text("task", **values)
        done = int(ctx.chance(_done_chance(ctx, follow_up)))
        if done:
            updated = stamp(min(follow_up, ctx.today), rng)
    created = f"{at}:{int(rng.random() * 60):02d}"
    return [None, company.id, at, kind, consultant, person[0] if person else None,
            ctx.text(f"summary.{kind}", **values), ctx.text("outcome", **values) if ctx.chance(0.8) else None,
            follow_up.isoformat() if follow_up else None, task, done, created, updated or created]


def _done_chance(ctx: Context, follow_up: dt.date) -> float:
    """Old follow-ups are nearly all done; recent ones are often still open."""
    if follow_up >= ctx.today:
        return 0.05
    return 0.99 if (ctx.today - follow_up).days > 30 else 0.7


def _ensure_follow_ups(ctx: Context, rows: list[list]) -> None:
    """Give every consultant some overdue follow-ups and one due today, reusing their latest contacts."""
    today, yesterday = ctx.today.isoformat(), (ctx.today - dt.timedelta(days=1)).isoformat()
    for own in _past_by_consultant(ctx, rows).values():
        is_open = [bool(r[FOLLOW_UP]) and not r[DONE] for r in own]
        overdue = sum(1 for r, o in zip(own, is_open) if o and r[FOLLOW_UP] < today)
        due = sum(1 for r, o in zip(own, is_open) if o and r[FOLLOW_UP] == today)
        for r in (r for r, o in zip(own, is_open) if not o):
            if due < MIN_DUE_TODAY:
                _reopen(ctx, r, ctx.today)
                due += 1
            elif overdue < MIN_OVERDUE and r[AT][:10] < yesterday:
                start = dt.date.fromisoformat(r[AT][:10])
                _reopen(ctx, r, start + dt.timedelta(days=ctx.rng.randint(1, (ctx.today - start).days - 1)))
                overdue += 1
            elif due >= MIN_DUE_TODAY and overdue >= MIN_OVERDUE:
                break


def _past_by_consultant(ctx: Context, rows: list[list]) -> dict[str, list[list]]:
    """Each consultant's contacts before today, newest first; topped up from others' when too few."""
    today = ctx.today.isoformat()
    past = [r for r in rows if r[AT][:10] < today]
    out: dict[str, list[list]] = {c: [] for c in ctx.consultants}
    for r in reversed(past):
        if r[CONSULTANT] in out:
            out[r[CONSULTANT]].append(r)
    wanted = MIN_OVERDUE + MIN_DUE_TODAY
    for consultant, own in out.items():
        # Tiny demo sets: hand over other consultants' older contacts so everyone has a list to show.
        donors = (r for r in past if r[CONSULTANT] != consultant and len(out.get(r[CONSULTANT], ())) > wanted)
        while len(own) < wanted:
            r = next(donors, None)
            if r is None:
                break
            if r[CONSULTANT] in out:
                out[r[CONSULTANT]].remove(r)
            r[CONSULTANT] = consultant
            own.append(r)
    return out


def _reopen(ctx: Context, row: list, when: dt.date) -> None:
    row[FOLLOW_UP] = when.isoformat()
    row[TASK] = row[TASK] or ctx.text("task", title="kandidaterne", need="behovet", measure="virksomhedspraktik",
                                      person="kontakten")
    row[DONE] = 0
    row[UPDATED] = row[CREATED]

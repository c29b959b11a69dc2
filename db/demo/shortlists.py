"""Demo shortlists: candidates put forward for needs, at every stage, with hires and their follow-ups.

Written in bulk like the other demo phases, but holding the rules db/shortlists.py enforces:
status steps in order with dates ascending and never after today, a reason on every rejection,
hired candidates 'in_job' with a follow-up three months on, a need 'filled' exactly when its hires
reach its positions, and 'shortlisted' only for a need with a list. Candidates are the best matches
for the need (the matching engine on stores up to MATCHER_LIMIT active candidates; above that, the
candidates who wish the need's occupation, by shared skills), so the lists look like a consultant's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from db.demo.context import Context, between, stamp
from db.demo.words import Weighted
from db.shortlists import FOLLOW_UP_MONTHS, FOLLOW_UP_TASK, add_months

ENTRY_COLUMNS = ("id", "need_id", "candidate_id", "position", "note", "score", "status", "status_date",
                 "rejection_code", "added_by", "created_at", "updated_at")
EVENT_COLUMNS = ("id", "entry_id", "status", "at", "reason_code", "note", "who", "created_at", "updated_at")
FOLLOW_UP_COLUMNS = ("id", "entry_id", "due_date", "task", "consultant", "done", "created_at", "updated_at")

# Needs with a list: a share of the needs, at least a few, at most CAP (a big store's demo stays quick).
SHARE, MINIMUM, CAP = 0.16, 4, 250
FILLED_SHARE = 0.35  # of the lists, those of needs that were filled through the job centre
MATCHER_LIMIT = 20_000  # active candidates up to which the matching engine ranks them (under a second)
MIN_SCORE = 50.0  # match points (of 100) a candidate needs to be put forward in the demo
TRIES = 3  # needs tried per list wanted
POOL = 16  # best candidates a list is drawn from
MIN_HIRE_DAYS = 7  # a filled list's first proposal to its hires
# The user (first consultant) finds at least this many hire follow-ups waiting in Mine opfølgninger.
MIN_DUE_HIRES = 2

# The stage an entry on a list still being worked on has reached.
ACTIVE = Weighted.of({"proposed": 26, "sent": 24, "interview": 16, "rejected": 20, "withdrawn": 8, "hired": 6})
# Why companies say no; "filled" is what the others on a filled need hear.
REASONS = Weighted.of({"experience": 22, "skills": 20, "chemistry": 14, "language": 10, "hours": 9, "commute": 8,
                       "no_show": 6, "candidate_declined": 8, "other": 3})
FORWARD_PATHS = {"proposed": ["proposed"], "sent": ["proposed", "sent"], "interview": ["proposed", "sent", "interview"]}
# Fewest days from the step before: a profile can go out the day it is proposed, an interview takes
# a few days to arrange, an answer at least a day.
MIN_GAP = {"proposed": 0, "sent": 0, "interview": 3, "hired": 1, "rejected": 1, "withdrawn": 1}
# The order a consultant's list tends to end in: the best are hired, the weakest rejected.
RANK = {"hired": 0, "interview": 1, "sent": 2, "proposed": 3, "withdrawn": 4, "rejected": 5}

ENTRY_NOTES = ("Kan starte med kort varsel.", "Har kørekort og egen bil.", "Ønsker primært dagarbejde.",
               "Har erfaring fra lignende job.", "Motiveret, har selv spurgt til virksomheden.",
               "Taler godt dansk, skriver mindre sikkert.", "Har været i praktik i branchen.",
               "Vil gerne starte på nedsat tid.", "Har truckcertifikat.", "Skal have en mentor de første uger.")
EVENT_NOTES = {
    "sent": ("Sendt anonymt til virksomheden.", "Profil sendt med samtykke.", "Sendt pr. mail til kontaktpersonen."),
    "interview": ("Samtale aftalt.", "Samtale på virksomheden.", "Telefonsamtale først, derefter besøg."),
    "hired": ("Ansat efter prøvedag.", "Kontrakt underskrevet.", "Starter først i måneden."),
    "rejected": ("Virksomheden valgte en anden kandidat.", "Virksomheden ønskede mere erfaring.",
                 "Passede ikke med arbejdstiderne."),
    "withdrawn": ("Kandidaten har fået job andetsteds.", "Kandidaten er blevet syg.",
                  "Kandidaten ønskede ikke at gå videre."),
}


@dataclass
class NeedRow:
    id: int
    status: str
    positions: int
    consultant: str
    created: dt.date
    occupation_id: int | None


@dataclass
class Result:
    lists: int = 0
    hires: int = 0
    audit: int = 0
    audit_rows: list[tuple] = field(default_factory=list)


def list_count(needs: int) -> int:
    """How many needs get a list when `needs` are made."""
    if needs <= 0:
        return 0
    return min(CAP, needs, max(MINIMUM, round(needs * SHARE)))


def generate(ctx: Context, first_need_id: int | None, first_candidate_id: int | None) -> dict[str, int]:
    """Make lists for some of the needs made in this run; return counts (lists, hires, audit rows)."""
    db = ctx.writer.db
    result = Result()
    if first_need_id is None or first_candidate_id is None:
        return {"shortlists": 0, "hires": 0, "audit": 0}
    rows = [NeedRow(i, s, p, c or ctx.consultant(), dt.date.fromisoformat(a[:10]), o) for i, s, p, c, a, o in db.execute(
        "SELECT id, status, positions, consultant, created_at, occupation_id FROM needs WHERE id >= ? ORDER BY id",
        [first_need_id])]
    wanted = list_count(len(rows))
    filled, working = _candidate_needs(ctx, rows, wanted)
    pools = _pools(ctx, filled + working, first_candidate_id)
    maker = _Maker(ctx, result)
    quota = round(wanted * FILLED_SHARE)
    for need in filled:
        if result.lists >= quota:
            break
        maker.make(need, pools.get(need.id, []))
    for need in working:
        if result.lists >= wanted:
            break
        maker.make(need, pools.get(need.id, []))
    maker.ensure_due_hires()
    maker.write()
    # 'shortlisted' means a list exists: needs that got none are open.
    db.execute("UPDATE needs SET status = 'open' WHERE id >= ? AND status = 'shortlisted' "
               "AND id NOT IN (SELECT need_id FROM shortlist_entries)", [first_need_id])
    return {"shortlists": result.lists, "hires": result.hires, "audit": result.audit}


def _candidate_needs(ctx: Context, rows: list[NeedRow], wanted: int) -> tuple[list[NeedRow], list[NeedRow]]:
    """Needs that may get a list, in the order tried: filled ones (for hires), and ones still worked on
    (those already 'shortlisted' first). More than wanted, as some have too few fitting candidates."""
    def shuffled(items: list[NeedRow]) -> list[NeedRow]:
        return ctx.rng.sample(items, len(items))

    quota = round(wanted * FILLED_SHARE)
    filled = shuffled([r for r in rows if r.status == "filled"])[:TRIES * quota]
    working = shuffled([r for r in rows if r.status == "shortlisted"]) + shuffled([r for r in rows if r.status == "open"])
    return filled, working[:TRIES * wanted]


# ---- candidate pools ------------------------------------------------------------------------------------


def _pools(ctx: Context, needs: list[NeedRow], first_candidate_id: int) -> dict[int, list[tuple[int, float | None]]]:
    """Per need, the active candidates of this run who fit it, best first, with the match score."""
    db = ctx.writer.db
    active = {r[0] for r in db.execute("SELECT id FROM candidates WHERE id >= ? AND status = 'active'",
                                       [first_candidate_id])}
    if not active or not needs:
        return {}
    if len(active) <= MATCHER_LIMIT:
        return _matcher_pools(ctx, needs, active)
    return _occupation_pools(ctx, needs, first_candidate_id)


def _matcher_pools(ctx: Context, needs: list[NeedRow], active: set[int]) -> dict[int, list[tuple[int, float]]]:
    from db.matching_data import load_candidates, load_needs, load_vocabulary
    from matching.engine import Matcher

    db = ctx.writer.db
    vocab = load_vocabulary(db)
    wanted = {n.id for n in needs}
    need_data = [n for n in load_needs(db, vocab, only_open=False) if n.id in wanted]
    # Filled needs are not in a matcher's index (it holds open ones): each is ranked as given.
    matcher = Matcher.build(vocab, [c for c in load_candidates(db) if c.id in active], [])
    out = {}
    for need in need_data:
        ranking = matcher.rank_candidates(need, top=POOL, today=ctx.today)
        out[need.id] = [(m.candidate_id, round(float(m.score), 1)) for m in ranking.matches if m.score >= MIN_SCORE]
    return out


def _occupation_pools(ctx: Context, needs: list[NeedRow], first_candidate_id: int) -> dict[int, list]:
    """Big stores: candidates who wish the need's occupation (then one in its ISCO unit group), most
    shared skills first; no score, as the matching engine is not built for the demo."""
    db = ctx.writer.db
    isco = dict(db.execute("SELECT id, isco FROM occupations").fetchall())
    groups = {isco[n.occupation_id][:4] for n in needs if n.occupation_id in isco}
    related = sorted(o for o, code in isco.items() if code[:4] in groups)
    wishing: dict[str, dict[int, list[int]]] = {}  # ISCO unit group -> occupation -> candidates
    for start in range(0, len(related), 500):  # one scan of the wishes per 500 occupations
        part = related[start:start + 500]
        for occ, cid in db.execute(
                "SELECT co.occupation_id, co.candidate_id FROM candidate_occupations co "
                "JOIN candidates c ON c.id = co.candidate_id "
                f"WHERE co.occupation_id IN ({', '.join('?' * len(part))}) AND c.id >= ? AND c.status = 'active' "
                "ORDER BY co.candidate_id", [*part, first_candidate_id]):
            wishing.setdefault(isco[occ][:4], {}).setdefault(occ, []).append(cid)
    out = {}
    for need in needs:
        if need.occupation_id not in isco:
            continue
        by_occupation = wishing.get(isco[need.occupation_id][:4], {})
        same = by_occupation.get(need.occupation_id, [])
        near = sorted({c for occ, cids in by_occupation.items() if occ != need.occupation_id for c in cids} - set(same))
        sample = ctx.rng.sample(same, min(len(same), POOL * 2))
        sample += ctx.rng.sample(near, min(len(near), POOL * 2 - len(sample)))
        if not sample:
            continue
        exact = set(same)
        marks = ", ".join("?" * len(sample))
        shared = dict(db.execute(
            f"SELECT candidate_id, count(*) FROM candidate_skills WHERE candidate_id IN ({marks}) "
            "AND skill_id IN (SELECT skill_id FROM need_skills WHERE need_id = ? AND skill_id IS NOT NULL) "
            "GROUP BY candidate_id", [*sample, need.id]).fetchall())
        sample.sort(key=lambda c: (c not in exact, -shared.get(c, 0), c))
        out[need.id] = [(c, None) for c in sample[:POOL]]
    return out


# ---- lists --------------------------------------------------------------------------------------------


class _Maker:
    def __init__(self, ctx: Context, result: Result):
        self.ctx = ctx
        self.result = result
        writer = ctx.writer
        for table, columns in (("shortlist_entries", ENTRY_COLUMNS), ("shortlist_events", EVENT_COLUMNS),
                               ("shortlist_follow_ups", FOLLOW_UP_COLUMNS)):
            writer.table(table, columns)  # registered parents first, filled in write()
        # Kept here until write(): a hire's follow-up may still be handed to the user.
        self.entries: list[tuple] = []
        self.events: list[list] = []
        self.follow_ups: list[list] = []
        self.entry_id = writer.next_id("shortlist_entries")
        self.event_id = writer.next_id("shortlist_events")
        self.follow_up_id = writer.next_id("shortlist_follow_ups")
        self.state: dict[int, str] = {}  # candidate -> 'open' | 'final' | 'hired'
        self.due_hires = 0  # hire follow-ups due by today so far
        self.registered = self._registered()
        self.hired_events: dict[int, list] = {}  # follow-up id -> the hire's event row (to hand it over)
        self.in_job: list[tuple[int, str]] = []
        self.need_status: list[tuple[int, str, str]] = []

    def _registered(self) -> dict[int, dt.date]:
        """When each candidate of this run came to the job centre: nobody is put forward before that."""
        db = self.ctx.writer.db
        first = self.ctx.writer.first_ids.get("candidates", 1)
        return {i: dt.date.fromisoformat(a[:10])
                for i, a in db.execute("SELECT id, created_at FROM candidates WHERE id >= ?", [first])}

    def make(self, need: NeedRow, pool: list[tuple[int, float | None]]) -> None:
        ctx, today = self.ctx, self.ctx.today
        filled = need.status == "filled"
        start = max(need.created, today - dt.timedelta(days=400 if filled else 120))
        start = between(ctx.rng, start, min(today, start + dt.timedelta(days=21)))
        if filled:
            # A filled need's decisions were all taken one day; early on, one old enough that the
            # follow-up of its hires is due, so the user's list shows some.
            latest = today - dt.timedelta(days=95) if self.due_hires < MIN_DUE_HIRES + 2 else today
            end = between(ctx.rng, min(today, start + dt.timedelta(days=14)), max(latest, start))
            end = min(end, today)
            if (end - start).days < MIN_HIRE_DAYS:
                return  # filled too recently to have gone through the job centre's steps
        else:
            end = today  # a list still worked on
        size = ctx.rng.randint(max(2, need.positions + (1 if filled else 0)), 8)
        statuses = self._statuses(size, need.positions, filled)
        # Only candidates already registered: by the list's start when hires must have room for every step.
        ready = start if filled else end
        fits = [item for item in pool if self.registered.get(item[0], start) <= ready]
        picked = self._assign(statuses, fits)
        if len(picked) < 2 or (filled and sum(s == "hired" for s, _ in picked) < need.positions):
            return  # too few candidates who fit: the need keeps its status (a filled one was filled elsewhere)
        self._commit(picked)
        self.result.lists += 1
        rank = {item[0]: i for i, item in enumerate(fits)}
        picked.sort(key=lambda p: rank[p[1][0]])  # the list in match order
        stamps = [self._entry(need, position, status, candidate, score, max(start, self.registered.get(candidate, start)),
                              end, filled)
                  for position, (status, (candidate, score)) in enumerate(picked, start=1)]
        if need.status == "open":
            self.need_status.append((need.id, "shortlisted", min(stamps)))

    def _statuses(self, size: int, positions: int, filled: bool) -> list[str]:
        rng = self.ctx.rng
        if filled:
            rest = ["rejected" if rng.random() < 0.75 else "withdrawn" for _ in range(size - positions)]
            return ["hired"] * positions + rest
        out, hires = [], 0
        for _ in range(size):
            status = ACTIVE(rng)
            if status == "hired":
                if hires + 1 >= positions:
                    status = "interview"  # a hire that fills the need would have made it 'filled'
                else:
                    hires += 1
            out.append(status)
        return out

    def _assign(self, statuses: list[str], pool: list) -> list[tuple[str, tuple[int, float | None]]]:
        """Best candidates to the furthest stages, with a little noise; each candidate hired at most once
        and never hired while on another list."""
        rng = self.ctx.rng
        order = sorted(statuses, key=lambda s: (RANK[s], rng.random()))
        for i in range(len(order) - 1):
            if order[i] != "hired" and order[i + 1] != "hired" and rng.random() < 0.3:
                order[i], order[i + 1] = order[i + 1], order[i]
        out, used = [], set()
        for status in order:
            for item in pool:
                candidate = item[0]
                seen = self.state.get(candidate)
                if candidate in used or seen == "hired" or (seen is not None and status == "hired"):
                    continue
                used.add(candidate)
                out.append((status, item))
                break
        return out

    def _commit(self, picked: list) -> None:
        for status, (candidate, _) in picked:
            old = self.state.get(candidate)
            self.state[candidate] = "hired" if status == "hired" else \
                "open" if status not in ("rejected", "withdrawn") or old == "open" else old or "final"

    def _path(self, status: str) -> list[str]:
        r = self.ctx.rng.random()
        if status == "hired":
            return ["proposed", "sent", "interview", "hired"] if r < 0.85 else ["proposed", "sent", "hired"]
        if status == "rejected":
            return ["proposed", "sent", "rejected"] if r < 0.6 else ["proposed", "sent", "interview", "rejected"]
        if status == "withdrawn":
            return ["proposed", "withdrawn"] if r < 0.4 else ["proposed", "sent", "withdrawn"] if r < 0.8 else \
                ["proposed", "sent", "interview", "withdrawn"]
        return FORWARD_PATHS[status]

    @staticmethod
    def _fitting(path: list[str], span: int) -> list[str]:
        """The path, or the longest start of the forward path, whose steps fit in `span` days."""
        if sum(MIN_GAP[s] for s in path) <= span:
            return path
        for status in ("interview", "sent", "proposed"):
            if sum(MIN_GAP[s] for s in FORWARD_PATHS[status]) <= span:
                return FORWARD_PATHS[status]
        return ["proposed"]

    def _entry(self, need: NeedRow, position: int, status: str, candidate: int, score: float | None,
               start: dt.date, end: dt.date, filled: bool) -> str:
        rng = self.ctx.rng
        late = rng.random() < 0.2 and not filled  # added to the list a while after the first ones
        proposed = min(end, start + dt.timedelta(days=rng.randint(0, 20 if late else 3)))
        path = self._fitting(self._path(status), (end - proposed).days)
        status = path[-1]
        # Each step at least its MIN_GAP after the one before, the rest of the time spread at random.
        slack = (end - proposed).days - sum(MIN_GAP[s] for s in path)
        extra = sorted(rng.randint(0, slack) for _ in path[1:])
        days, gap = [proposed], 0
        for step, more in zip(path[1:], extra):
            gap += MIN_GAP[step]
            days.append(proposed + dt.timedelta(days=gap + more))
        if filled and status in ("hired", "rejected"):
            days[-1] = end  # the company decided on everyone the same day
        reason = None
        if status == "rejected":
            reason = "filled" if filled and rng.random() < 0.6 else REASONS(rng)
        stamps = [stamp(d, rng) for d in days]
        stamps = [max(stamps[:i + 1]) for i in range(len(stamps))]  # same-day steps keep their order
        entry_id = self.entry_id
        self.entry_id += 1
        note = rng.choice(ENTRY_NOTES) if rng.random() < 0.3 else None
        self.entries.append((entry_id, need.id, candidate, position, note, score, status, days[-1].isoformat(),
                             reason, need.consultant, stamps[0], stamps[-1]))
        for step, day, at in zip(path, days, stamps):
            step_note = rng.choice(EVENT_NOTES[step]) if step in EVENT_NOTES and rng.random() < 0.35 else None
            row = [self.event_id, entry_id, step, day.isoformat(), reason if step == "rejected" else None,
                   step_note, need.consultant, at, at]
            self.events.append(row)
            self.event_id += 1
            if step == "hired":
                self._hire(candidate, entry_id, day, at, need.consultant, row)
        self.ctx.writer.tick()
        return stamps[0]

    def _hire(self, candidate: int, entry_id: int, day: dt.date, at: str, who: str, event: list) -> None:
        self.result.hires += 1
        self.in_job.append((candidate, at))
        due = add_months(day, FOLLOW_UP_MONTHS)
        late = (self.ctx.today - due).days
        self.due_hires += late >= 0
        done = late > 0 and self.ctx.rng.random() < (0.85 if late > 30 else 0.35)
        updated = stamp(between(self.ctx.rng, due, self.ctx.today), self.ctx.rng) if done else at
        self.follow_ups.append([self.follow_up_id, entry_id, due.isoformat(), FOLLOW_UP_TASK, who, int(done), at,
                                max(at, updated)])
        self.hired_events[self.follow_up_id] = event
        self.follow_up_id += 1

    def ensure_due_hires(self) -> None:
        """The user's Mine opfølgninger shows hire follow-ups: hand over due ones from colleagues if needed."""
        user, today = self.ctx.consultants[0], self.ctx.today.isoformat()
        due = [f for f in self.follow_ups if f[2] <= today]
        mine = [f for f in due if f[4] == user and not f[5]]
        for f in sorted((f for f in due if f not in mine), key=lambda f: f[2], reverse=True):
            if len(mine) >= MIN_DUE_HIRES:
                break
            f[4], f[5], f[7] = user, 0, f[6]
            self.hired_events[f[0]][6] = user  # the user made the hire, so the follow-up is theirs
            mine.append(f)

    def write(self) -> None:
        writer, db = self.ctx.writer, self.ctx.writer.db
        writer.table("shortlist_entries", ENTRY_COLUMNS).extend(self.entries)
        writer.table("shortlist_events", EVENT_COLUMNS).extend(tuple(e) for e in self.events)
        writer.table("shortlist_follow_ups", FOLLOW_UP_COLUMNS).extend(tuple(f) for f in self.follow_ups)
        writer.flush()
        audit = self.result.audit_rows
        for need_id, status, at in self.need_status:
            db.execute("UPDATE needs SET status = ?, updated_at = max(updated_at, ?) WHERE id = ?",
                       [status, at, need_id])
            audit.append((at, "needs", need_id, "status"))
        for candidate, at in self.in_job:
            changed = db.execute("UPDATE candidates SET status = 'in_job', updated_at = max(updated_at, ?) "
                                 "WHERE id = ? AND status != 'in_job'", [at, candidate]).rowcount
            if changed:
                audit.append((at, "candidates", candidate, "status"))
        # The side effects a consultant's steps would have audited: field names only, as always.
        db.conn.executemany("INSERT INTO audit(at, who, action, table_name, record_id, fields) "
                            "VALUES (?, 'demo', 'update', ?, ?, ?)", sorted(audit))
        self.result.audit = len(audit)

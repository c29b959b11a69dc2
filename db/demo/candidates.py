"""Demo candidates: citizens with target groups, wished occupations, skills, restrictions and consent."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from db.demo.context import Context, between, stamp
from db.demo.vocab import ISCO_MAJOR_WEIGHT
from db.demo.words import Weighted, lower_first, origin_picker, origins, phone, private_email
from matching.rules import default_consent_until as default_until
from db.records import sort_key

COLUMNS = ("id", "external_id", "name", "name_key", "phone", "email", "postcode", "birth_year",
           "target_group_code", "unemployed_since", "caseworker", "own_car", "max_commute_min", "hours_per_week",
           "danish_level", "education_level", "available_from", "consent_date", "consent_scope", "consent_by",
           "consent_until", "status", "consultant", "notes", "created_at", "updated_at")


@dataclass(frozen=True)
class Profile:
    """How a target group typically looks: share, names, ages, time out of work and health."""

    weight: float
    immigrant_share: float
    ages: tuple[int, int, int]  # low, mode, high
    months_out: float  # mean time since becoming unemployed
    restricted: float  # chance of health restrictions
    hours: tuple[float, ...] = (37.0,)  # hours per week a candidate can work, drawn evenly


PROFILES = {
    "dagpenge": Profile(30, 0.10, (23, 40, 66), 7, 0.05, (37.0,) * 9 + (30.0,)),
    "kontanthjaelp_jobparat": Profile(10, 0.25, (20, 32, 60), 12, 0.1),
    "kontanthjaelp_aktivitetsparat": Profile(12, 0.3, (20, 36, 64), 24, 0.4, (37.0,) * 6 + (20.0, 25.0, 30.0)),
    "uddannelseshjaelp": Profile(8, 0.2, (18, 21, 29), 10, 0.15),
    "integration": Profile(7, 0.92, (18, 32, 60), 14, 0.15),
    "sygedagpenge": Profile(10, 0.12, (25, 48, 66), 6, 0.7, (37.0,) * 5 + (15.0, 20.0, 25.0, 30.0)),
    "jobafklaring": Profile(3, 0.12, (28, 48, 64), 20, 0.8, (10.0, 15.0, 20.0, 25.0)),
    "ressourceforloeb": Profile(4, 0.15, (25, 42, 64), 28, 0.8, (8.0, 10.0, 12.0, 15.0, 20.0)),
    "fleksjob": Profile(9, 0.1, (30, 52, 66), 18, 0.9, (8.0, 10.0, 12.0, 14.0, 15.0, 16.0, 18.0, 20.0)),
    "revalidering": Profile(1, 0.1, (25, 40, 60), 12, 0.6),
    "foertidspension": Profile(1, 0.1, (35, 55, 66), 24, 0.9, (5.0, 8.0, 10.0, 12.0, 15.0)),
    "selvforsoergende": Profile(2, 0.15, (20, 35, 60), 4, 0.05),
}
DEFAULT_PROFILE = Profile(1, 0.15, (20, 40, 66), 12, 0.1)

STATUS = Weighted.of({"active": 82, "in_job": 10, "inactive": 8})
EDUCATION_COL = COLUMNS.index("education_level")
UNSKILLED = ("none", "primary", "upper_secondary")
EDUCATION_BY_MAJOR = {"1": {"master": 35, "bachelor": 35, "short_higher": 20, "vocational": 10},
             "2": {"master": 45, "bachelor": 45, "short_higher": 10},
             "3": {"short_higher": 35, "vocational": 35, "bachelor": 20, "upper_secondary": 10},
             "4": {"upper_secondary": 30, "vocational": 35, "short_higher": 15, "primary": 15, "bachelor": 5},
             "5": {"vocational": 40, "primary": 30, "upper_secondary": 20, "none": 5, "short_higher": 5},
             "6": {"vocational": 40, "primary": 45, "none": 15},
             "7": {"vocational": 65, "primary": 25, "none": 10},
             "8": {"primary": 45, "vocational": 35, "upper_secondary": 10, "none": 10},
             "9": {"primary": 55, "none": 20, "upper_secondary": 15, "vocational": 10}}
EDUCATION_PICK = {k: Weighted.of(v) for k, v in EDUCATION_BY_MAJOR.items()}
EDUCATION_BY_GROUP = {
    "uddannelseshjaelp": Weighted.of({"none": 10, "primary": 60, "upper_secondary": 30}),
    "integration": Weighted.of({"none": 30, "primary": 30, "upper_secondary": 15, "vocational": 10,
                                "bachelor": 12, "master": 3})}
DANISH_IMMIGRANT = Weighted.of({1: 10, 2: 25, 3: 35, 4: 30})
DANISH_NEWCOMER = Weighted.of({0: 15, 1: 35, 2: 35, 3: 15})
COMMUTE_CAR = Weighted.of({30: 10, 45: 25, 60: 35, 75: 10, 90: 15, 120: 5})
COMMUTE_NO_CAR = Weighted.of({30: 35, 45: 35, 60: 25, 90: 5})
RESTRICTIONS = {"heavy_lifting": 5, "standing": 3, "repetitive": 3, "kneeling": 3, "heights": 1,
                "cold_outdoor": 2, "night": 3, "noise": 1, "dust_chemicals": 1, "driving": 1, "customer_stress": 3}


class CandidateMaker:
    """Draws one candidate at a time; pickers are built once from the vocabulary and the needs made."""

    def __init__(self, ctx: Context, n: int):
        self.ctx = ctx
        vocab = ctx.vocab
        self.groups = Weighted([(g, PROFILES.get(g, DEFAULT_PROFILE).weight) for g in vocab.target_groups]) \
            if vocab.target_groups else None
        self.origins = {g: origin_picker(PROFILES.get(g, DEFAULT_PROFILE).immigrant_share)
                        for g in vocab.target_groups}
        self.default_origin = origin_picker(DEFAULT_PROFILE.immigrant_share)
        occs = vocab.occupations
        self.global_occ = Weighted([(i, ISCO_MAJOR_WEIGHT.get(o.isco[:1], 1.0)) for i, o in enumerate(occs)]) \
            if occs else None
        self.need_occ = Weighted([(i, c ** 0.7) for i, c in sorted(ctx.need_occupations.items())]) \
            if ctx.need_occupations else None
        self.restrictions = Weighted([(s, RESTRICTIONS.get(s, 1)) for s in vocab.strains]) \
            if vocab.strains else None
        self.caseworkers = self._caseworkers(n)
        self.language_ids = self._language_ids()
        self.places = ctx.places.sample(ctx.np_rng, n, home_share=0.8, near_share=0.15)
        self.external = iter(self._external_numbers(n))

    def _external_numbers(self, n: int) -> list[int]:
        """n distinct case numbers for "KS-000123" ids, none already in the store."""
        taken = {int(r[0][3:]) for r in self.ctx.writer.db.execute(
            "SELECT external_id FROM candidates WHERE external_id GLOB 'KS-[0-9]*'") if r[0][3:].isdigit()}
        drawn = self.ctx.rng.sample(range(1, max(1_000_000, (n + len(taken)) * 2)), n + len(taken))
        return sorted(x for x in drawn if x not in taken)[:n]

    def _caseworkers(self, n: int) -> list[str]:
        # Roughly one caseworker per hundred citizens, as in a mid-size job centre.
        count = max(5, min(60, n // 100))
        return [self.ctx.people.name(self.ctx.rng, "dk")[2] for _ in range(count)]

    def _language_ids(self) -> dict[str, int]:
        """Language skills by the Danish word for the language ("arabisk" -> skill id)."""
        words = {o.language for o in origins().values()} | {"engelsk", "tysk"}
        out: dict[str, int] = {}
        for skill_id, name in sorted(self.ctx.vocab.languages.items()):
            word = name.split()[0].strip("(),") if name.split() else ""
            if word in words and word not in out:
                out[word] = skill_id
        return out

    def occupations(self) -> list[int]:
        """1-3 wished occupations: often ones companies ask for, then neighbours in the ISCO tree."""
        ctx, vocab = self.ctx, self.ctx.vocab
        if self.global_occ is None:
            return []
        first = self.need_occ(ctx.rng) if self.need_occ and ctx.chance(0.55) else self.global_occ(ctx.rng)
        out = [first]
        for p in (0.6, 0.25):
            if not ctx.chance(p):
                break
            isco = vocab.occupations[first].isco
            r = ctx.rng.random()
            pool = vocab.by_isco3.get(isco[:3], []) if r < 0.5 else \
                vocab.by_isco2.get(isco[:2], []) if r < 0.8 else []
            pool = [i for i in pool if i not in out]
            nxt = ctx.pick(pool) if pool else self.global_occ(ctx.rng)
            if nxt not in out:
                out.append(nxt)
        return out


# Every GROUP_EVERY-th candidate also wishes the field of a first wish (its ISCO-08 unit group); by
# id, so the random draws and with them the rest of the demo stay as they were.
GROUP_EVERY = 25


def generate(ctx: Context, n: int) -> None:
    if n <= 0:
        return
    writer = ctx.writer
    rows = writer.table("candidates", COLUMNS)
    occ_rows = writer.table("candidate_occupations", ("candidate_id", "occupation_id", "free_text", "isco_group"))
    skill_rows = writer.table("candidate_skills", ("candidate_id", "skill_id", "free_text"))
    restriction_rows = writer.table("candidate_restrictions", ("candidate_id", "strain_code"))
    maker = CandidateMaker(ctx, n)
    candidate_id = writer.next_id("candidates")
    for i in range(n):
        group = maker.groups(ctx.rng) if maker.groups else None
        profile = PROFILES.get(group, DEFAULT_PROFILE)
        origin = maker.origins.get(group, maker.default_origin)(ctx.rng)
        occs = maker.occupations()
        row, licence = _candidate_row(ctx, maker, candidate_id, i, group, profile, origin, occs)
        rows.append(row)
        occ_rows.extend((candidate_id, ctx.vocab.occupations[o].id, None, None) for o in occs)
        group = ctx.group_of(ctx.vocab.occupations[occs[0]].isco) if occs and candidate_id % GROUP_EVERY == 0 else None
        if group:
            occ_rows.append((candidate_id, None, group[2], group[0]))  # "anything in the field" as well
        if ctx.chance(0.03) or not occs:
            occ_rows.append((candidate_id, None, ctx.text("candidate.free_occupation"), None))
        skilled = row[EDUCATION_COL] not in UNSKILLED
        skill_rows.extend((candidate_id, s, t) for s, t in _skills(ctx, maker, occs, origin, licence, skilled))
        if maker.restrictions and ctx.chance(profile.restricted):
            picked = dict.fromkeys(maker.restrictions(ctx.rng) for _ in range(ctx.rng.randint(1, 3)))
            restriction_rows.extend((candidate_id, s) for s in picked)
        candidate_id += 1
        writer.tick()
    writer.flush()


def _age(ctx: Context, profile: Profile) -> int:
    low, mode, high = profile.ages
    return max(18, min(66, int(ctx.rng.triangular(low, high + 1, mode))))


def _candidate_row(ctx: Context, maker: CandidateMaker, candidate_id: int, i: int, group: str | None,
                   profile: Profile, origin: str, occs: list[int]) -> tuple[tuple, bool]:
    rng = ctx.rng
    first, last, name = ctx.people.name(rng, origin)
    age = _age(ctx, profile)
    months = min(36.0, 0.5 + rng.expovariate(1 / profile.months_out))
    unemployed = ctx.today - dt.timedelta(days=int(months * 30.4))
    created = min(ctx.today, unemployed + dt.timedelta(days=rng.randint(0, 30)))
    newcomer = group == "integration" or (origin != "dk" and ctx.chance(0.15))
    danish = 4 if origin == "dk" else (DANISH_NEWCOMER if newcomer else DANISH_IMMIGRANT)(rng)
    licence_p = 0.3 if group == "integration" else 0.4 if age < 22 else 0.78
    licence = ctx.vocab.licence_b is not None and ctx.chance(licence_p)
    own_car = licence and ctx.chance(0.7)
    consent, scope, consent_by = None, None, None
    if ctx.chance(0.4):
        consent = between(rng, max(created, ctx.today - dt.timedelta(days=540)), ctx.today).isoformat()
        scope = "named_profile_and_contact" if ctx.chance(0.6) else "named_profile"
        consent_by = ctx.consultant()
    consultant = consent_by if consent_by and ctx.chance(0.9) else ctx.consultant() if ctx.chance(0.5) else None
    place = int(maker.places[i])
    available = None
    if ctx.chance(0.7):
        available = (ctx.days_ago(-120, -14) if group == "sygedagpenge" else ctx.days_ago(-60, 30)).isoformat()
    at = stamp(created, rng)
    row = (
        candidate_id, f"KS-{next(maker.external):06d}" if ctx.chance(0.85) else None, name, sort_key(name),
        phone(rng) if ctx.chance(0.95) else None, private_email(rng, first, last) if ctx.chance(0.85) else None,
        ctx.places.postcodes[place] if place >= 0 else None, ctx.today.year - age, group, unemployed.isoformat(),
        ctx.pick(maker.caseworkers), int(own_car), (COMMUTE_CAR if own_car else COMMUTE_NO_CAR)(rng),
        ctx.pick(profile.hours), danish, _education(ctx, group, occs), available, consent, scope, consent_by,
        default_until(consent) if consent else None, STATUS(rng), consultant,
        _note(ctx, maker, occs, origin) if ctx.chance(0.15) else None, at, at)
    return row, licence


def _education(ctx: Context, group: str | None, occs: list[int]) -> str:
    if group in EDUCATION_BY_GROUP:
        return EDUCATION_BY_GROUP[group](ctx.rng)
    major = ctx.vocab.occupations[occs[0]].isco[:1] if occs else "9"
    return EDUCATION_PICK.get(major, EDUCATION_PICK["9"])(ctx.rng)


def _skills(ctx: Context, maker: CandidateMaker, occs: list[int], origin: str, licence: bool,
            skilled: bool) -> list[tuple]:
    """Mostly the wished occupations' skills, some dropped, plus the odd unrelated one."""
    vocab, chance = ctx.vocab, ctx.chance
    picked: dict[int, None] = {}
    for k, index in enumerate(occs):
        occ = vocab.occupations[index]
        keep, extra = (0.7, 0.25) if k == 0 else (0.4, 0.12)
        picked.update((s, None) for s in occ.essential if chance(keep))
        picked.update((s, None) for s in occ.optional if chance(extra))
        picked.update((s, None) for s in occ.certs_essential if chance(0.6))
        picked.update((s, None) for s in occ.certs_optional if chance(0.2))
    if vocab.general_skills and chance(0.4):
        picked.update((ctx.pick(vocab.general_skills), None) for _ in range(ctx.rng.randint(1, 2)))
    if vocab.certs and chance(0.08):
        picked[ctx.pick(vocab.certs)] = None
    if not skilled:
        picked = {s: None for s in picked if s not in vocab.qualifications}
    if licence:
        picked[vocab.licence_b] = None
    for word in _languages(ctx, origin):
        if word in maker.language_ids:
            picked[maker.language_ids[word]] = None
    out = [(s, None) for s in picked]
    if chance(0.03):
        out.append((None, ctx.text("candidate.free_skill")))
    return out


def _languages(ctx: Context, origin: str) -> list[str]:
    words = ["engelsk"] if ctx.chance(0.5) else []
    if origin != "dk":
        words.append(origins()[origin].language)
    elif ctx.chance(0.1):
        words.append("tysk")
    return words


def _note(ctx: Context, maker: CandidateMaker, occs: list[int], origin: str) -> str:
    title = lower_first(ctx.vocab.occupations[occs[0]].title) if occs else "ufaglært"
    skill = ctx.vocab.skill_names.get(ctx.pick(ctx.vocab.occupations[occs[0]].essential)) \
        if occs and ctx.vocab.occupations[occs[0]].essential else "truckkørsel"
    language = origins()[origin].language if origin != "dk" else "tysk"
    return ctx.text("note.candidate", title=title, years=ctx.rng.randint(2, 15), language=language,
                    skill=lower_first(skill))

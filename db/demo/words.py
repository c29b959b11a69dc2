"""Authored word lists for demo data (resources/demo) and the pickers that draw from them."""

from __future__ import annotations

import bisect
import csv
import itertools
import random
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import resources

DEMO = resources.path("demo")

# Letters that NFKD does not take apart but that e-mail addresses and domains spell in ASCII.
_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ł": "l", "ı": "i", "ß": "ss", "đ": "d",
                        "Æ": "Ae", "Ø": "Oe", "Å": "Aa", "Ł": "L"})


class Weighted:
    """Values with weights, drawn with one random() call and a bisect (fast in tight loops)."""

    def __init__(self, items: list[tuple[object, float]]):
        items = [(v, w) for v, w in items if w > 0]
        if not items:
            raise ValueError("nothing to choose from")
        self.values = [v for v, _ in items]
        self.cum = list(itertools.accumulate(w for _, w in items))
        self.total = self.cum[-1]

    @classmethod
    def of(cls, weights: dict) -> Weighted:
        return cls(list(weights.items()))

    def __call__(self, rng: random.Random):
        return self.values[bisect.bisect_right(self.cum, rng.random() * self.total)
                           if len(self.values) > 1 else 0]

    def __len__(self) -> int:
        return len(self.values)


def parse_weight(line: str) -> tuple[str, float]:
    text, _, weight = line.partition("|")
    return text.strip(), float(weight) if weight.strip() else 1.0


@cache
def sections(name: str) -> dict[str, list[tuple[str, float]]]:
    """The "[section]" blocks of resources/demo/<name>, as (text, weight) lists."""
    out: dict[str, list[tuple[str, float]]] = {}
    current = None
    for raw in (DEMO / name).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = out.setdefault(line[1:-1], [])
        elif current is not None:
            current.append(parse_weight(line))
    return out


def picker(name: str, section: str) -> Weighted:
    return Weighted(sections(name)[section])


def pick_map(text: str) -> dict[str, float]:
    """Parse "a=30|b=10|=5" (an empty key is allowed) into {key: weight}."""
    out = {}
    for part in (text or "").split("|"):
        if "=" in part:
            key, _, weight = part.partition("=")
            out[key.strip()] = float(weight)
    return out


@dataclass(frozen=True)
class Trade:
    """A kind of business: how its name is built, its DB07 groups, typical ISCO groups and strains."""

    key: str
    weight: float
    db07: tuple[str, ...]
    isco: tuple[str, ...]
    strains: tuple[str, ...]
    shifts: dict[str, float]
    forms: Weighted
    street: str  # section of places.txt the company's street comes from
    words: tuple[str, ...]
    patterns: tuple[str, ...]
    roles: tuple[str, ...]


@cache
def trades() -> tuple[Trade, ...]:
    with open(DEMO / "trades.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return tuple(Trade(
        key=r["key"], weight=float(r["weight"]), db07=_split(r["db07"]), isco=_split(r["isco"]),
        strains=_split(r["strains"]), shifts=pick_map(r["shifts"]), forms=Weighted.of(pick_map(r["forms"])),
        street=r["street"], words=_split(r["words"]), patterns=_split(r["patterns"]), roles=_split(r["roles"]))
        for r in rows)


def _split(value: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in (value or "").split("|") if x.strip())


def ascii_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_ASCII))
    return "".join(c for c in text if not unicodedata.combining(c))


def slug(text: str) -> str:
    """A lower-case ASCII word for e-mail addresses and domains."""
    return re.sub(r"[^a-z0-9]+", "", ascii_fold(text).lower())


def fill(template: str, values: dict) -> str:
    """str.format that leaves unknown placeholders readable instead of failing."""
    return re.sub(r"\{(\w+)\}", lambda m: str(values.get(m.group(1), m.group(0))), template)


def lower_first(text: str) -> str:
    """Lower-case a title's first letter for use mid-sentence, but keep acronyms like "IGU"."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


# ---- people ---------------------------------------------------------------------------------

GROUP_SHARES = {"mena": 0.55, "east": 0.3, "world": 0.15}  # of people with immigrant-background names


@dataclass(frozen=True)
class Origin:
    key: str
    group: str  # mena, east or world
    weight: float  # how common within its group
    language: str  # Danish name of the language spoken at home


@cache
def origins() -> dict[str, Origin]:
    with open(DEMO / "origins.csv", encoding="utf-8", newline="") as fh:
        return {r["origin"]: Origin(r["origin"], r["group"], float(r["weight"]), r["language"])
                for r in csv.DictReader(fh)}


def origin_picker(immigrant_share: float) -> Weighted:
    """Name origins for a group where `immigrant_share` have names of immigrant background."""
    known = origins()
    totals = {g: sum(o.weight for o in known.values() if o.group == g) for g in GROUP_SHARES}
    items = [("dk", 1 - immigrant_share)]
    items += [(o.key, immigrant_share * GROUP_SHARES[o.group] * o.weight / totals[o.group])
              for o in known.values() if totals.get(o.group)]
    return Weighted(items)


class People:
    """Fictitious names of people living in Denmark, by name origin and gender."""

    def __init__(self):
        names = sections("names.txt")
        keys = ("dk", *origins())
        self.first = {(o, g): Weighted(names[f"{o}.{g}"]) for o in keys for g in ("female", "male")}
        self.last = {o: Weighted(names[f"{o}.last"]) for o in keys}
        self.middle = Weighted(names["dk.middle"])
        self.middle_female = Weighted(names["dk.middle.female"])

    def name(self, rng: random.Random, origin: str = "dk", gender: str | None = None) -> tuple[str, str, str]:
        """(first name, last name, full name); Danes often carry a middle name."""
        gender = gender or ("female" if rng.random() < 0.5 else "male")
        first = self.first[origin, gender](rng)
        # Mixed marriages: a Danish surname with a first name of another origin, now and then.
        last = self.last["dk" if origin != "dk" and rng.random() < 0.04 else origin](rng)
        if "/" in last:
            male, _, female = last.partition("/")
            last = female if gender == "female" else male
        if origin == "dk" and rng.random() < 0.25:
            middle = self.middle_female(rng) if gender == "female" and rng.random() < 0.4 else self.middle(rng)
            if middle not in (first, last):
                return first, last, f"{first} {middle} {last}"
        return first, last, f"{first} {last}"


MOBILE_PREFIXES = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42",
                   "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93")
LANDLINE_PREFIXES = ("32", "33", "36", "43", "44", "45", "46", "48", "56", "59", "62", "63", "64", "65", "66",
                     "70", "72", "73", "74", "75", "76", "86", "87", "89", "96", "97", "98", "99")


def phone(rng: random.Random, mobile: bool = True) -> str:
    prefixes = MOBILE_PREFIXES if mobile else LANDLINE_PREFIXES
    return prefixes[int(rng.random() * len(prefixes))] + f"{int(rng.random() * 1_000_000):06d}"


MAIL_HOSTS = Weighted.of({"gmail.com": 45, "hotmail.com": 20, "outlook.dk": 8, "live.dk": 6, "yahoo.dk": 4,
                          "mail.dk": 6, "icloud.com": 6, "jubii.dk": 2, "outlook.com": 3})


def private_email(rng: random.Random, first: str, last: str) -> str:
    a, b = slug(first), slug(last)
    style = rng.random()
    if style < 0.45:
        local = f"{a}.{b}"
    elif style < 0.7:
        local = f"{a}{b}{rng.randint(1, 99)}"
    elif style < 0.85:
        local = f"{a}{rng.randint(60, 99) if rng.random() < 0.5 else rng.randint(1, 999)}"
    else:
        local = f"{a[:3]}{b[:3]}{rng.randint(1, 9999)}"
    return f"{local}@{MAIL_HOSTS(rng)}"


def house_number(rng: random.Random) -> str:
    number = 1 + int(rng.expovariate(1 / 18))
    if rng.random() < 0.08:
        number = f"{number}{'ABCD'[int(rng.random() * 4)]}"
    return str(number)

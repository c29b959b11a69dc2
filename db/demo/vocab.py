"""The store's vocabulary and places as the demo generator needs them: read once, indexed for sampling."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
from sqlite_utils import Database

from db.demo.words import Weighted

CERT_KINDS = ("certificate", "licence")

# How often people out of work seek jobs in each ISCO major group (unskilled and service work most).
ISCO_MAJOR_WEIGHT = {"9": 3.0, "5": 2.5, "7": 2.0, "8": 2.0, "4": 2.0, "3": 1.0, "2": 0.8, "6": 1.0,
                     "1": 0.3, "0": 0.1}

# Formal qualifications (trade certificates, professional educations, authorisations), which
# trainees and people without vocational education do not hold.
_QUALIFICATION = re.compile(r"svendebrev|autorisation|(hjælper|assistent|pædagog|lærer)uddannelse|\(pau\)"
                            r"|journeyman|authori[sz]ation", re.IGNORECASE)

_LICENCE_B = re.compile(r"(kørekort|korekort|driving licen[cs]e|driver'?s licen[cs]e|licen[cs]e)"
                        r"[\s_:-]*(kategori|category|cat\.?|kat\.?)?[\s_:-]*b\b", re.IGNORECASE)


@dataclass
class Occupation:
    id: int
    title: str
    isco: str  # digits only
    synonyms: list[str] = field(default_factory=list)
    essential: list[int] = field(default_factory=list)  # skills and knowledge
    optional: list[int] = field(default_factory=list)
    certs_essential: list[int] = field(default_factory=list)  # certificates and licences
    certs_optional: list[int] = field(default_factory=list)


@dataclass
class Vocabulary:
    occupations: list[Occupation]
    skill_names: dict[int, str]
    general_skills: list[int]  # kind skill/knowledge, for the odd unrelated skill
    certs: list[int]
    qualifications: set[int]
    languages: dict[int, str]  # skill id -> lower-case name, for languages spoken
    licence_b: int | None
    by_isco3: dict[str, list[int]]  # occupation indexes by ISCO prefix
    by_isco2: dict[str, list[int]]
    measures: dict[str, str]  # code -> name
    target_groups: list[str]
    strains: list[str]
    industries: list[str]
    _by_prefixes: dict[tuple[str, ...], list[int]] = field(default_factory=dict)
    _pickers: dict[tuple[str, ...], Weighted | None] = field(default_factory=dict)

    def occupations_for(self, prefixes: tuple[str, ...]) -> list[int]:
        """Indexes of occupations whose ISCO code starts with one of the prefixes."""
        if prefixes not in self._by_prefixes:
            self._by_prefixes[prefixes] = [i for i, o in enumerate(self.occupations)
                                           if o.isco.startswith(prefixes)]
        return self._by_prefixes[prefixes]

    def occupation_picker(self, prefixes: tuple[str, ...]) -> Weighted | None:
        """Occupations for a trade, its first-listed (core) ISCO groups drawn most often."""
        if prefixes not in self._pickers:
            items = []
            for i in self.occupations_for(prefixes):
                rank = next(k for k, p in enumerate(prefixes) if self.occupations[i].isco.startswith(p))
                items.append((i, 0.75 ** rank))
            self._pickers[prefixes] = Weighted(items) if items else None
        return self._pickers[prefixes]

    def industry_for(self, db07: tuple[str, ...]) -> str | None:
        """The first stored DB07 code that is, or lies under, one of the trade's main groups."""
        for group in db07:
            for code in self.industries:
                if code == group:
                    return code
            for code in self.industries:
                if code.replace(".", "").startswith(group):
                    return code
        return None


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text or "")


def load(db: Database) -> Vocabulary:
    occupations = [Occupation(r[0], r[1], _digits(r[2])) for r in db.execute(
        "SELECT id, title, isco FROM occupations WHERE active = 1 ORDER BY id")]
    index = {o.id: o for o in occupations}
    for occ_id, label in db.execute("SELECT occupation_id, label FROM occupation_labels "
                                    "WHERE lang = 'da' AND preferred = 0 ORDER BY occupation_id, label"):
        if occ_id in index and label != index[occ_id].title:
            index[occ_id].synonyms.append(label)
    skills = [(r[0], r[1], r[2], r[3] or "", r[4] or "") for r in db.execute(
        "SELECT id, name, kind, key, name_en FROM skills WHERE active = 1 ORDER BY id")]
    kinds = {s[0]: s[2] for s in skills}
    for occ_id, skill_id, relation in db.execute(
            "SELECT occupation_id, skill_id, relation FROM occupation_skills ORDER BY occupation_id, skill_id"):
        occ = index.get(occ_id)
        if occ is None or skill_id not in kinds:
            continue
        cert = kinds[skill_id] in CERT_KINDS
        target = {("essential", False): occ.essential, ("optional", False): occ.optional,
                  ("essential", True): occ.certs_essential, ("optional", True): occ.certs_optional}
        target[relation, cert].append(skill_id)
    by3, by2 = defaultdict(list), defaultdict(list)
    for i, occ in enumerate(occupations):
        by3[occ.isco[:3]].append(i)
        by2[occ.isco[:2]].append(i)
    return Vocabulary(
        occupations=occupations,
        skill_names={s[0]: s[1] for s in skills},
        general_skills=[s[0] for s in skills if s[2] in ("skill", "knowledge")],
        certs=[s[0] for s in skills if s[2] in CERT_KINDS],
        qualifications={s[0] for s in skills if s[2] in CERT_KINDS and any(
            _QUALIFICATION.search(t) for t in (s[1], s[4]))},
        languages={s[0]: s[1].casefold() for s in skills if s[2] == "language"},
        licence_b=_find_licence_b(skills),
        by_isco3=dict(by3), by_isco2=dict(by2),
        measures=dict(db.execute("SELECT code, name FROM measures WHERE active = 1 "
                                 "ORDER BY sort, code").fetchall()),
        target_groups=_codes(db, "target_groups"),
        strains=_codes(db, "strains"),
        industries=[r[0] for r in db.execute("SELECT code FROM industries ORDER BY level DESC, code")],
    )


def _codes(db: Database, table: str) -> list[str]:
    return [r[0] for r in db.execute(f"SELECT code FROM {table} WHERE active = 1 ORDER BY sort, code")]


def _find_licence_b(skills) -> int | None:
    """The ordinary car driving licence, whatever the seeded vocabulary calls it."""
    for skill_id, name, kind, key, name_en in skills:
        if kind in CERT_KINDS and any(_LICENCE_B.search(t) for t in (name, key.replace("_", " "), name_en)):
            return skill_id
    return None


# ---- places -------------------------------------------------------------------------------

@dataclass
class Places:
    """Postcodes with sampling weights: a home municipality, its neighbours and the rest of Denmark."""

    postcodes: list[str]
    towns: list[str]
    municipalities: list[str | None]
    home: str | None
    near: dict[str, list[int]]  # postcode -> indexes of postcodes within commuting distance
    regions: dict[str, str] = field(default_factory=dict)  # municipality code -> region name

    def region(self, place: int) -> str | None:
        return self.regions.get(self.municipalities[place]) if place >= 0 else None

    def sample(self, rng: np.random.Generator, n: int, home_share: float, near_share: float) -> np.ndarray:
        """Indexes into `postcodes` for n records (empty array when the store has no postcodes)."""
        if not self.postcodes:
            return np.full(n, -1)
        return rng.choice(len(self.postcodes), size=n, p=self._weights(home_share, near_share))

    def _weights(self, home_share: float, near_share: float) -> np.ndarray:
        home = np.array([m == self.home for m in self.municipalities], dtype=float)
        near = self._neighbour_weights() * (1 - home)
        rest = np.ones(len(self.postcodes)) * (1 - home)
        parts = [(home, home_share), (near, near_share), (rest, 1 - home_share - near_share)]
        total = sum(share * vec / vec.sum() for vec, share in parts if vec.sum() > 0)
        return total / total.sum()

    def _neighbour_weights(self) -> np.ndarray:
        out = np.zeros(len(self.postcodes))
        home_idx = [i for i, m in enumerate(self.municipalities) if m == self.home]
        for i in {j for h in home_idx for j in self.near.get(self.postcodes[h], [])}:
            out[i] = 1.0
        return out


def load_places(db: Database, home: str | None, rng: np.random.Generator) -> Places:
    rows = db.execute("SELECT postcode, town, municipality_code, lat, lon FROM postcodes "
                      "ORDER BY postcode").fetchall()
    if home is None:
        home = _pick_home(rows, rng)
    regions = {r[0]: r[1] for r in db.execute("SELECT code, region FROM municipalities WHERE region IS NOT NULL")}
    return Places(postcodes=[r[0] for r in rows], towns=[r[1] for r in rows],
                  municipalities=[r[2] for r in rows], home=home, near=_neighbours(rows), regions=regions)


def _pick_home(rows, rng: np.random.Generator) -> str | None:
    """A municipality with several postcodes, so that "home" looks like a job centre's area."""
    counts: dict[str, int] = defaultdict(int)
    for r in rows:
        if r[2]:
            counts[r[2]] += 1
    if not counts:
        return None
    codes = sorted(counts)
    best = max(counts.values())
    eligible = [c for c in codes if counts[c] >= min(3, best)]
    return eligible[int(rng.integers(len(eligible)))]


NEAR_KM = 40.0


def _neighbours(rows) -> dict[str, list[int]]:
    """Postcodes within NEAR_KM of each postcode (an empty map when coordinates are missing)."""
    coords = [(i, r[3], r[4]) for i, r in enumerate(rows) if r[3] is not None and r[4] is not None]
    if not coords:
        return {}
    idx = np.array([c[0] for c in coords])
    lat = np.radians([c[1] for c in coords])
    lon = np.radians([c[2] for c in coords])
    out = {}
    for k, i in enumerate(idx):
        # Equirectangular distance is plenty at Danish scale.
        x = (lon - lon[k]) * math.cos(lat[k])
        y = lat - lat[k]
        dist = 6371.0 * np.sqrt(x * x + y * y)
        out[rows[i][0]] = [int(j) for j in idx[(dist <= NEAR_KM) & (idx != i)]]
    return out

"""Columnar, growable arrays of the features of all candidates or all needs, one row per entity."""

from __future__ import annotations

import datetime as dt

import numpy as np

from matching import measure_rules
from matching import weights as W
from matching.geo import PlaceTable
from matching.model import CandidateData, NeedData, Vocabulary

NAN = float("nan")


class Bits:
    """Stable bit positions for codes (measures, strains) so sets become uint64 masks."""

    def __init__(self) -> None:
        self.position: dict[str, int] = {}

    def mask(self, codes) -> int:
        out = 0
        for code in codes:
            if code not in self.position:
                if len(self.position) >= 64:
                    continue  # more than 64 codes: the extra ones are not compared
                self.position[code] = len(self.position)
            out |= 1 << self.position[code]
        return out


class Columns:
    """Named numpy columns sharing one row count, doubling their capacity as rows are added."""

    def __init__(self, spec: dict[str, tuple[type, object]], capacity: int = 1024):
        self.spec = spec
        self.size = 0
        self.data = {name: np.full(capacity, fill, dtype=dtype) for name, (dtype, fill) in spec.items()}

    def __getitem__(self, name: str) -> np.ndarray:
        return self.data[name][:self.size]

    def new_row(self) -> int:
        if self.size == len(next(iter(self.data.values()))):
            for name, (dtype, fill) in self.spec.items():
                grown = np.full(2 * self.size, fill, dtype=dtype)
                grown[:self.size] = self.data[name]
                self.data[name] = grown
        self.size += 1
        return self.size - 1

    def set_row(self, row: int, values: dict) -> None:
        for name, value in values.items():
            self.data[name][row] = value

    def fill(self, columns: dict[str, list]) -> None:
        """Replace everything with whole columns (a fresh build)."""
        n = len(next(iter(columns.values()))) if columns else 0
        self.size = 0
        while len(next(iter(self.data.values()))) < n:
            for name, (dtype, fill) in self.spec.items():
                self.data[name] = np.full(2 * len(self.data[name]), fill, dtype=dtype)
        for name, values in columns.items():
            self.data[name][:n] = np.asarray(values, dtype=self.spec[name][0])
        self.size = n

    def nbytes(self) -> int:
        return sum(a.nbytes for a in self.data.values())


CANDIDATE_COLUMNS = {
    "id": (np.int64, -1), "alive": (bool, False), "place": (np.int32, -1), "own_car": (bool, False),
    "max_daily": (np.float64, NAN), "hours": (np.float64, NAN), "danish": (np.float64, NAN),
    "available": (np.float64, NAN), "dagpenge": (bool, False), "unemployed": (np.float64, NAN),
    "birth_year": (np.float64, NAN), "consent": (bool, False), "restrictions": (np.uint64, 0),
    "measures": (np.uint64, 0), "measures_known": (bool, False), "target_group": (np.int32, -1),
    "has_occupation": (bool, False), "has_inferred": (bool, False), "inferred_factor": (np.float64, 0.0),
    "occupation_known": (bool, False),
    "skill_total": (np.float64, 0.0),
}

NEED_COLUMNS = {
    "id": (np.int64, -1), "alive": (bool, False), "place": (np.intp, -1), "hours_low": (np.float64, NAN),
    "hours_high": (np.float64, NAN), "danish": (np.float64, NAN), "start": (np.float64, NAN),
    "measures": (np.uint64, 0), "measures_only": (bool, False), "demands": (np.uint64, 0),
    "has_occupation": (bool, False), "n_required": (np.int32, 0),
    "essential_total": (np.float64, 0.0), "desired_total": (np.float64, 0.0),
}


def ordinal(day: dt.date | None) -> float:
    return float(day.toordinal()) if day else NAN


def _num(value) -> float:
    return NAN if value is None else float(value)


class Features:
    """Turns NeedData / CandidateData into the features the columns hold, one by one or in bulk."""

    def __init__(self, vocab: Vocabulary, places: PlaceTable):
        self.vocab = vocab
        self.places = places
        self.measure_bits = Bits()
        self.strain_bits = Bits()
        self.target_groups = {code: i for i, code in enumerate(sorted(vocab.target_group_measures))}
        self._masks: dict[tuple[str, frozenset], int] = {}
        self._screen = None

    def screen(self):
        """The measure rules' screen for the vocabulary's day (None without rules): a measure the person
        cannot use on that day (not yet, or not at all) is not among their usable measures."""
        rules = self.vocab.rules
        if rules is None:
            return None
        day = self.vocab.rules_day or dt.date.today()
        if self._screen is None or self._screen.day != day:
            self._screen = measure_rules.Screen(rules, day)
        return self._screen

    def _mask(self, bits: Bits, codes: frozenset) -> int:
        key = (id(bits), codes)
        found = self._masks.get(key)
        if found is None:
            found = self._masks[key] = bits.mask(sorted(codes))
        return found

    def candidate(self, c: CandidateData) -> dict:
        return {name: values[0] for name, values in self.candidates([c]).items()}

    def candidates(self, cs: list[CandidateData]) -> dict[str, list]:
        usable = [self.vocab.target_group_measures.get(c.target_group) if c.target_group else None for c in cs]
        screen = self.screen()
        if screen is not None:
            touched = screen.judged | screen.out_of_force
            usable = [screen.usable(rule_person(c), u) if u is not None and not u.isdisjoint(touched) else u
                      for c, u in zip(cs, usable)]
        return {
            "id": [c.id for c in cs], "alive": [True] * len(cs), "place": [self.places.of(c.postcode) for c in cs],
            "own_car": [bool(c.own_car) for c in cs], "max_daily": [_num(c.max_commute_min) for c in cs],
            "hours": [_num(c.hours_per_week) for c in cs], "danish": [_num(c.danish_level) for c in cs],
            "available": [ordinal(c.available_from) for c in cs],
            "dagpenge": [c.target_group == W.DAGPENGE_TARGET_GROUP for c in cs],
            "unemployed": [ordinal(c.unemployed_since) for c in cs], "birth_year": [_num(c.birth_year) for c in cs],
            "consent": [bool(c.consent) for c in cs],
            "restrictions": [self._mask(self.strain_bits, c.restrictions) for c in cs],
            "measures": [self._mask(self.measure_bits, u) if u is not None else 0 for u in usable],
            "measures_known": [u is not None for u in usable],
            "target_group": [self.target_groups.get(c.target_group, -1) for c in cs],
            "has_occupation": [bool(c.occupations) for c in cs],
            "occupation_known": [bool(c.occupations) for c in cs],  # or inferred: set by the index
        }

    def need(self, n: NeedData) -> dict:
        return {name: values[0] for name, values in self.needs([n]).items()}

    def needs(self, ns: list[NeedData]) -> dict[str, list]:
        hours = [hours_range(n) for n in ns]
        return {
            "id": [n.id for n in ns], "alive": [True] * len(ns), "place": [self.places.of(n.postcode) for n in ns],
            "hours_low": [h[0] for h in hours], "hours_high": [h[1] for h in hours],
            "danish": [_num(n.danish_level) for n in ns], "start": [ordinal(n.start_date) for n in ns],
            "measures": [self._mask(self.measure_bits, open_measures(n)) for n in ns],
            "measures_only": [measures_only(n) for n in ns],
            "demands": [self._mask(self.strain_bits, demands(n)) for n in ns],
            "has_occupation": [n.occupation_id is not None for n in ns],
            "n_required": [len(set(n.required)) for n in ns],
        }


def hours_range(n: NeedData) -> tuple[float, float]:
    """(low, high) hours a week; one bound alone means "at least" or "up to"; none means unknown."""
    if n.hours_min is None and n.hours_max is None:
        return NAN, NAN
    low = float(n.hours_min) if n.hours_min is not None else 0.0
    high = float(n.hours_max) if n.hours_max is not None else float("inf")
    return low, high


def offered_measures(n: NeedData) -> frozenset[str]:
    """The measures the need is open to, its employment form counting as one."""
    form = W.FORM_MEASURES.get(n.employment_form)
    return n.measures | ({form} if form else frozenset())


def open_measures(n: NeedData) -> frozenset[str]:
    """The measures the need is open to that the company has room for now (the ratio rule)."""
    return offered_measures(n) - n.full_measures


def rule_person(c: CandidateData) -> measure_rules.Person:
    return measure_rules.Person(
        target_group=c.target_group, birth_date=c.birth_date, birth_year=c.birth_year,
        unemployed_since=c.unemployed_since, education_level=c.education_level, single_parent=c.single_parent,
        fleksjob_visited=c.fleksjob_visited, arrived_on=c.arrived_on)


def measures_only(n: NeedData) -> bool:
    """True when the need can only be filled through a measure (fleksjob, IGU ...), not as an ordinary hire."""
    return W.ORDINARY_MEASURE not in offered_measures(n)


def demands(n: NeedData) -> frozenset[str]:
    # a night shift is a night-work demand whether or not it was ticked as one
    return n.demands | ({"night"} if "night" in n.shifts else frozenset())


class Combos:
    """Rows coded by their distinct combination of a few features, so that a part depending only on
    those features is computed once per combination and gathered: a few hundred values, not 100,000."""

    def __init__(self, fields: tuple[str, ...]):
        self.fields = fields
        self.code_of: dict[tuple, int] = {}
        self.values: list[tuple] = []
        self.codes = np.zeros(0, np.intp)  # intp: numpy gathers with native indices about twice as fast
        self._tables: dict[str, np.ndarray] | None = None
        self._subs: dict[tuple, tuple[dict, np.ndarray]] = {}

    def fill(self, columns: dict[str, np.ndarray], size: int) -> None:
        keys = list(zip(*(columns[f][:size].tolist() for f in self.fields))) if size else []
        self.codes = np.array([self._code(k) for k in keys], dtype=np.intp)

    def set_row(self, row: int, values: dict) -> None:
        if row >= len(self.codes):
            self.codes = np.concatenate([self.codes, np.zeros(max(row + 1 - len(self.codes), len(self.codes)),
                                                              np.intp)])
        self.codes[row] = self._code(tuple(values[f] for f in self.fields))

    def _code(self, key: tuple) -> int:
        # NaN != NaN, so unknown numbers are keyed as None
        key = tuple(None if isinstance(v, float) and v != v else v for v in key)
        code = self.code_of.get(key)
        if code is None:
            code = self.code_of[key] = len(self.values)
            self.values.append(key)
            self._tables = None
            self._subs = {}
        return code

    def table(self, field: str) -> np.ndarray:
        """The field's value for each combination (None back to NaN)."""
        if self._tables is None:
            self._tables = {}
        if field not in self._tables:
            i = self.fields.index(field)
            column = [NAN if v[i] is None else v[i] for v in self.values]
            dtype = np.uint64 if field in MASK_FIELDS else (bool if field in BOOL_FIELDS else np.float64)
            self._tables[field] = np.array(column, dtype=dtype)
        return self._tables[field]


    def sub(self, fields: tuple[str, ...]) -> tuple[dict[str, np.ndarray], np.ndarray]:
        """The distinct combinations of some of the fields, and each combination's code among them: a part
        that reads only those fields is computed on a handful of values and gathered twice."""
        if fields not in self._subs:
            keys = [tuple(v[self.fields.index(f)] for f in fields) for v in self.values]
            distinct: dict[tuple, int] = {}
            codes = np.array([distinct.setdefault(k, len(distinct)) for k in keys], dtype=np.intp)
            tables = {}
            for i, f in enumerate(fields):
                column = [NAN if k[i] is None else k[i] for k in distinct]
                dtype = np.uint64 if f in MASK_FIELDS else (bool if f in BOOL_FIELDS else np.float64)
                tables[f] = np.array(column, dtype=dtype)
            self._subs[fields] = (tables, codes)
        return self._subs[fields]


MASK_FIELDS = {"measures", "restrictions", "demands"}
BOOL_FIELDS = {"measures_known", "measures_only", "own_car", "occupation_known"}
CANDIDATE_CATEGORIES = ("hours", "danish", "measures", "measures_known", "restrictions", "occupation_known")
NEED_CATEGORIES = ("hours_low", "hours_high", "danish", "measures", "measures_only", "demands")
COMMUTE_CATEGORIES = ("place", "own_car", "max_daily", "rule")
AVAILABLE_CATEGORIES = ("available",)
START_CATEGORIES = ("start",)

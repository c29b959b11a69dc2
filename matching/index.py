"""The in-memory match index: features and inverted lists of all active candidates and open needs.

Built once from plain data (in a background thread if need be), then kept in step one need or
candidate at a time with put_*/remove_*; nothing is ever rebuilt behind the user's back. Skill
weights (IDF over the active candidates) follow every change: an O(skills) step now, and one pass
over the inverted lists for the per-row totals on the next ranking.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

import numpy as np

from matching import weights as W
from matching.geo import PlaceTable
from matching.infer import Inferred, ProfileIndex
from matching.model import CandidateData, NeedData, SkillRef, Vocabulary
from matching.occupations import OccupationPostings
from matching.parts import rule_minutes
from matching.postings import Postings, distinct
from matching.tables import (AVAILABLE_CATEGORIES, CANDIDATE_CATEGORIES, CANDIDATE_COLUMNS, COMMUTE_CATEGORIES,
                             NEED_CATEGORIES, NEED_COLUMNS, START_CATEGORIES, Columns, Combos, Features)

_NO_COLS = np.zeros(0, np.int64)


def inferred_factor(inferred: Inferred) -> float:
    """How much an inferred occupation counts: less than one the candidate recorded.

    (Scaling it by how close the resemblance is was tried and ranked worse: see docs/MATCHING.md.)
    """
    return W.INFERRED_OCCUPATION_FACTOR


class MatchIndex:
    """Candidates and needs with everything the scorer reads; see matching.engine for the queries."""

    def __init__(self, vocab: Vocabulary):
        self.vocab = vocab
        self.lock = threading.RLock()
        self.places = PlaceTable(vocab.places)
        self.features = Features(vocab, self.places)
        self.profiles = ProfileIndex(vocab)
        self.skill_col: dict[SkillRef, int] = {}
        self.skill_ref: list[SkillRef] = []
        self.df = np.zeros(0, np.int64)
        self.idf = np.zeros(0)
        self._weights_version = 0  # bumped when df or the candidate count changes
        self._totals_version = -1
        self.cands = Columns(CANDIDATE_COLUMNS)
        self.cand_row: dict[int, int] = {}
        self.cand_data: list[CandidateData | None] = []
        self.cand_cols: dict[int, np.ndarray] = {}  # skill columns of rows added or edited after the build
        self._built_cols, self._built_ptr = _NO_COLS, np.zeros(1, np.int64)
        self.cand_skills = Postings()
        self.cand_occ = OccupationPostings(vocab)
        self.inferred: dict[int, Inferred] = {}  # candidate row -> occupation the skills point to
        self.needs = Columns(NEED_COLUMNS)
        self.need_row: dict[int, int] = {}
        self.need_data: list[NeedData | None] = []
        self.need_cols: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        self.need_essential = Postings()  # essential and required skills
        self.need_desired = Postings()
        self.need_required = Postings()
        self.need_occ = OccupationPostings(vocab)
        self._free_cand_rows: list[int] = []
        self._free_need_rows: list[int] = []
        self.cand_cat = Combos(CANDIDATE_CATEGORIES)
        self.cand_available = Combos(AVAILABLE_CATEGORIES)
        self.need_cat = Combos(NEED_CATEGORIES)
        self.need_start = Combos(START_CATEGORIES)
        self._commute: tuple[object, Combos] | None = None  # (day, combinations for that day's rule)
        self._occupation_factor: tuple[int, tuple] = (-1, ())
        self._inverse_total = np.zeros(0)
        self.query_cache: dict = {}  # results that depend only on the candidates (e.g. commute by workplace)

    # ---- building -------------------------------------------------------------------------

    @classmethod
    def build(cls, vocab: Vocabulary, candidates: Iterable[CandidateData], needs: Iterable[NeedData]) -> MatchIndex:
        """An index of the active candidates and open needs; the others are left out."""
        index = cls(vocab)
        with index.lock:
            index._build_candidates([c for c in candidates if c.is_active])
            index._build_needs([n for n in needs if n.is_open])
            index._refresh_weights()
        return index

    def skill_key(self, ref: SkillRef):
        return ref.strip().casefold() if isinstance(ref, str) else int(ref)

    def columns_of(self, refs: Iterable[SkillRef]) -> np.ndarray:
        """Sorted distinct skill columns of `refs`, registering new skills; free text is compared case-folded."""
        return distinct(self._columns(list(refs)))

    def _columns(self, refs: list[SkillRef]) -> np.ndarray:
        for ref in set(refs).difference(self.skill_col):
            self._register(ref)
        get = self.skill_col.get
        return np.array([get(ref) if type(ref) is int else get(self.skill_key(ref)) for ref in refs], dtype=np.int64)

    def _register(self, ref: SkillRef) -> int:
        key = self.skill_key(ref)
        if key in self.skill_col:
            return self.skill_col[key]
        col = self.skill_col[key] = len(self.skill_ref)
        self.skill_ref.append(ref)
        self.df = np.append(self.df, 0)
        if len(self.idf):
            # a skill no candidate has yet: the highest weight, and no row total changes
            self.idf = np.append(self.idf, np.log(self.candidate_count + 1) + 1.0)
        return col

    def _build_candidates(self, candidates: list[CandidateData]) -> None:
        n = len(candidates)
        if n:
            self.cands.fill(self.features.candidates(candidates))
        self.cand_available.fill(self.cands.data, n)
        self.cand_row = {c.id: row for row, c in enumerate(candidates)}
        self.cand_data = list(candidates)
        refs = [ref for c in candidates for ref in c.skills]
        rows = np.repeat(np.arange(n, dtype=np.int64), [len(c.skills) for c in candidates])
        cols = self._columns(refs)
        base = max(len(self.skill_ref), 1)
        codes = distinct(rows * base + cols)  # (row, col) pairs, sorted by row then column
        rows, cols = codes // base, codes % base
        self.cand_skills = Postings.build(cols, rows)
        # the built rows' skill columns stay in one sorted array; edited rows get their own
        self._built_cols, self._built_ptr = cols, np.searchsorted(rows, np.arange(n + 1))
        self.cand_cols = {}
        self.df = np.bincount(cols, minlength=len(self.skill_ref)).astype(np.int64)
        self._infer(range(n))
        self.cand_cat.fill(self.cands.data, n)  # after the inference: it reads occupation_known
        occs = [self._occupations(row) for row in range(n)]
        self.cand_occ.build(np.repeat(np.arange(n, dtype=np.int64), [len(o) for o in occs]),
                            np.array([o for row in occs for o in row], dtype=np.int64))

    def _infer(self, rows) -> None:
        """Infer an occupation from the skills for the candidates (in `rows`) who recorded none."""
        wanting = [r for r in rows if not self.cand_data[r].occupations and self.cand_data[r].skills]
        found = self.profiles.infer_many([self.cand_data[r].skills for r in wanting]) if self.profiles else []
        for row, inferred in zip(wanting, found):
            if inferred is not None:
                self.inferred[row] = inferred
                self.cands.data["has_inferred"][row] = True
                self.cands.data["inferred_factor"][row] = inferred_factor(inferred)
                self.cands.data["occupation_known"][row] = True

    def _occupations(self, row: int) -> tuple[int, ...]:
        c = self.cand_data[row]
        if c.occupations:
            return tuple(c.occupations)
        return (self.inferred[row].occupation_id,) if row in self.inferred else ()

    def _build_needs(self, needs: list[NeedData]) -> None:
        if needs:
            self.needs.fill(self.features.needs(needs))
        self.need_cat.fill(self.needs.data, len(needs))
        self.need_start.fill(self.needs.data, len(needs))
        self.need_row = {n.id: row for row, n in enumerate(needs)}
        self.need_data = list(needs)
        self.need_cols = [self.need_skill_cols(n) for n in needs]
        for i, postings in enumerate(("need_essential", "need_desired", "need_required")):
            cols = [c[i] for c in self.need_cols]
            rows = np.repeat(np.arange(len(needs)), [len(c) for c in cols])
            setattr(self, postings, Postings.build(np.concatenate(cols) if cols else _NO_COLS, rows))
        pairs = [(row, n.occupation_id) for row, n in enumerate(needs) if n.occupation_id is not None]
        self.need_occ.build(np.array([r for r, _ in pairs], np.int64), np.array([o for _, o in pairs], np.int64))

    def need_skill_cols(self, n: NeedData) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(essential incl. required, desired not essential, required) skill columns of a need."""
        required = set(self._columns(list(n.required)).tolist())
        essential = required | set(self._columns(list(n.essential)).tolist())
        desired = set(self._columns(list(n.desired)).tolist()) - essential
        return tuple(np.array(sorted(x), dtype=np.int64) for x in (essential, desired, required))

    # ---- skill weights ----------------------------------------------------------------------

    def _refresh_weights(self) -> None:
        n = len(self.cand_row)
        self.idf = np.log((n + 1) / (self.df + 1)) + 1.0
        self._weights_version += 1

    def ensure_totals(self) -> None:
        """Per-row sums of skill weights, recomputed after the weights changed."""
        if self._totals_version == self._weights_version:
            return
        keys, rows = self.cand_skills.pairs()
        size = self.cands.size
        self.cands.data["skill_total"][:size] = np.bincount(rows, weights=self.idf[keys], minlength=size)[:size]
        for postings, column in ((self.need_essential, "essential_total"), (self.need_desired, "desired_total")):
            keys, rows = postings.pairs()
            size = self.needs.size
            self.needs.data[column][:size] = np.bincount(rows, weights=self.idf[keys], minlength=size)[:size]
        self._totals_version = self._weights_version
        total = self.cands.data["skill_total"][:self.cands.size]
        self._inverse_total = np.divide(1.0, total, out=np.zeros_like(total), where=total > 0)

    def inverse_skill_total(self) -> np.ndarray:
        """1 / each candidate row's summed skill weights (0 for a row without skills)."""
        self.ensure_totals()
        return self._inverse_total

    # ---- incremental updates ----------------------------------------------------------------

    def put_candidate(self, c: CandidateData) -> None:
        """Add or replace one candidate; one who is no longer active leaves the index."""
        with self.lock:
            self.query_cache.clear()
            self._drop_candidate(c.id)
            if c.is_active:
                self._add_candidate(c)
            self._refresh_weights()

    def remove_candidate(self, candidate_id: int) -> None:
        with self.lock:
            self.query_cache.clear()
            if self._drop_candidate(candidate_id):
                self._refresh_weights()

    def _add_candidate(self, c: CandidateData) -> None:
        row = self._free_cand_rows.pop() if self._free_cand_rows else self.cands.new_row()
        if row == len(self.cand_data):
            self.cand_data.append(c)
        self.cand_data[row] = c
        features = self.features.candidate(c)
        self.cands.set_row(row, features)
        self.cand_available.set_row(row, features)
        if self._commute is not None:
            day, combos = self._commute
            combos.set_row(row, self._commute_key(features, day))
        cols = self.columns_of(c.skills)
        self.cand_cols[row] = cols
        self.cand_skills.add(row, cols.tolist())
        self.df[cols] += 1
        self.cand_row[c.id] = row
        self._infer([row])
        features["occupation_known"] = bool(self.cands.data["occupation_known"][row])
        self.cand_cat.set_row(row, features)
        self.cand_occ.add(row, self._occupations(row))

    def _drop_candidate(self, candidate_id: int) -> bool:
        row = self.cand_row.pop(candidate_id, None)
        if row is None:
            return False
        cols = self.skill_cols_of(row)
        self.cand_skills.remove(row, cols.tolist())
        self.df[cols] -= 1
        self.cand_occ.remove(row, self._occupations(row))
        self.inferred.pop(row, None)
        self.cands.set_row(row, {name: fill for name, (_, fill) in CANDIDATE_COLUMNS.items()})
        self.cand_data[row] = None
        self.cand_cols[row] = _NO_COLS
        self._free_cand_rows.append(row)
        return True

    def put_need(self, n: NeedData) -> None:
        """Add or replace one need; one that is filled or cancelled leaves the index."""
        with self.lock:
            self._drop_need(n.id)
            if n.is_open:
                self._add_need(n)
            self._totals_version = -1  # the new row's totals

    def remove_need(self, need_id: int) -> None:
        with self.lock:
            self._drop_need(need_id)

    def _add_need(self, n: NeedData) -> None:
        row = self._free_need_rows.pop() if self._free_need_rows else self.needs.new_row()
        if row == len(self.need_data):
            self.need_data.append(n)
            self.need_cols.append((_NO_COLS,) * 3)
        self.need_data[row] = n
        features = self.features.need(n)
        self.needs.set_row(row, features)
        self.need_cat.set_row(row, features)
        self.need_start.set_row(row, features)
        cols = self.need_cols[row] = self.need_skill_cols(n)
        for postings, c in zip((self.need_essential, self.need_desired, self.need_required), cols):
            postings.add(row, c.tolist())
        if n.occupation_id is not None:
            self.need_occ.add(row, [n.occupation_id])
        self.need_row[n.id] = row

    def _drop_need(self, need_id: int) -> bool:
        row = self.need_row.pop(need_id, None)
        if row is None:
            return False
        for postings, c in zip((self.need_essential, self.need_desired, self.need_required), self.need_cols[row]):
            postings.remove(row, c.tolist())
        if self.need_data[row].occupation_id is not None:
            self.need_occ.remove(row, [self.need_data[row].occupation_id])
        self.needs.set_row(row, {name: fill for name, (_, fill) in NEED_COLUMNS.items()})
        self.need_data[row] = None
        self.need_cols[row] = (_NO_COLS,) * 3
        self._free_need_rows.append(row)
        return True

    # ---- per-row constants ------------------------------------------------------------------

    def occupation_factor(self) -> tuple[np.ndarray, np.ndarray]:
        """How much each candidate row's occupation counts (1 recorded, less inferred, 0 none), and the
        occupation part of a row no occupation list names (0, or unknown when the row has none)."""
        if self._occupation_factor[0] != self._weights_version:
            cands = self.cands
            factor = np.where(cands["has_occupation"], 1.0,
                              np.where(cands["has_inferred"], cands["inferred_factor"], 0.0))
            self._occupation_factor = (self._weights_version, (factor, np.where(factor > 0, 0.0, W.UNKNOWN)))
        return self._occupation_factor[1]

    # ---- commute combinations ----------------------------------------------------------------

    def commute_combos(self, today) -> Combos:
        """Candidate rows coded by (place, car, own limit, dagpenge rule on `today`), kept for the day."""
        if self._commute is None or self._commute[0] != today:
            size = self.cands.size
            columns = {name: self.cands[name] for name in ("place", "own_car", "max_daily")}
            columns["rule"] = rule_minutes(self.cands["dagpenge"], self.cands["unemployed"], today)
            combos = Combos(COMMUTE_CATEGORIES)
            combos.fill(columns, size)
            self._commute = (today, combos)
            self.query_cache.clear()
        return self._commute[1]

    def _commute_key(self, features: dict, today) -> dict:
        rule = float(rule_minutes(features["dagpenge"], features["unemployed"], today))
        return {"place": features["place"], "own_car": features["own_car"], "max_daily": features["max_daily"],
                "rule": rule}

    # ---- lookups ----------------------------------------------------------------------------

    def skill_cols_of(self, row: int) -> np.ndarray:
        """Sorted skill columns of a candidate row."""
        found = self.cand_cols.get(row)
        if found is not None:
            return found
        if row + 1 < len(self._built_ptr):
            return self._built_cols[self._built_ptr[row]:self._built_ptr[row + 1]]
        return _NO_COLS

    def candidate(self, candidate_id: int) -> CandidateData | None:
        row = self.cand_row.get(candidate_id)
        return None if row is None else self.cand_data[row]

    def need(self, need_id: int) -> NeedData | None:
        row = self.need_row.get(need_id)
        return None if row is None else self.need_data[row]

    @property
    def candidate_count(self) -> int:
        return len(self.cand_row)

    @property
    def need_count(self) -> int:
        return len(self.need_row)

    def nbytes(self) -> int:
        """Memory of the arrays and inverted lists (the plain-data objects are counted apart)."""
        return (self.cands.nbytes() + self.needs.nbytes() + self.cand_skills.nbytes() + self.cand_occ.nbytes()
                + self.need_essential.nbytes() + self.need_desired.nbytes() + self.need_required.nbytes()
                + self.need_occ.nbytes() + self.df.nbytes + self.idf.nbytes
                + self._built_cols.nbytes + self._built_ptr.nbytes + sum(c.nbytes + 100 for c in self.cand_cols.values())
                + sum(3 * 100 for _ in self.need_cols))

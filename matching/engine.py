"""The matching engine's front door: build once, keep in step, rank both ways, explain any pair."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable

import numpy as np

from matching.explain import build_match, need_column_sets
from matching.index import MatchIndex
from matching.model import CandidateData, Match, NeedData, RankFilter, Ranking, Vocabulary
from matching.score import Scored, score_candidates, score_needs
from matching.weights import Weights

SCORE_DECIMALS = 9  # scores equal to this many decimals tie, and ties go to the lower id


class Matcher:
    """Thread use: build() may run in a worker thread; afterwards rank and update from one thread
    (the index also holds a lock, so a worker may rank while the GUI thread saves)."""

    def __init__(self, index: MatchIndex, weights: Weights | None = None):
        self.index = index
        self.weights = weights or Weights()

    @classmethod
    def build(cls, vocab: Vocabulary, candidates: Iterable[CandidateData], needs: Iterable[NeedData],
              weights: Weights | None = None) -> Matcher:
        return cls(MatchIndex.build(vocab, candidates, needs), weights)

    # ---- keeping in step ----------------------------------------------------------------------

    def put_need(self, need: NeedData) -> None:
        self.index.put_need(need)

    def put_candidate(self, candidate: CandidateData) -> None:
        self.index.put_candidate(candidate)

    def remove_need(self, need_id: int) -> None:
        self.index.remove_need(need_id)

    def remove_candidate(self, candidate_id: int) -> None:
        self.index.remove_candidate(candidate_id)

    # ---- queries -------------------------------------------------------------------------------

    def rank_candidates(self, need: int | NeedData, *, top: int = 20, filters: RankFilter | None = None,
                        today: dt.date | None = None) -> Ranking:
        """The best candidates for a need (an id in the index, or a NeedData, e.g. an unsaved draft)."""
        filters, today = filters or RankFilter(), today or dt.date.today()
        with self.index.lock:
            need = self._need(need)
            scored = score_candidates(self.index, need, self.weights, today)
            cands = self.index.cands
            keep = None  # no filter: every row
            if filters.target_groups is not None:
                wanted = [self.index.features.target_groups.get(t, -2) for t in filters.target_groups]
                keep = np.isin(cands["target_group"], wanted)
            if filters.consent_only:
                keep = cands["consent"] if keep is None else keep & cands["consent"]
            need_cols = _Once(lambda: need_column_sets(self.index, need))
            return self._ranking(scored, cands["id"], keep, filters, top, today,
                                 lambda row: (need, self.index.cand_data[row], need_cols,
                                              self.index.skill_cols_of(row)))

    def rank_needs(self, candidate: int | CandidateData, *, top: int = 20, filters: RankFilter | None = None,
                   today: dt.date | None = None) -> Ranking:
        """The best open needs for a candidate (an id in the index, or a CandidateData)."""
        filters, today = filters or RankFilter(), today or dt.date.today()
        with self.index.lock:
            candidate = self._candidate(candidate)
            scored = score_needs(self.index, candidate, self.weights, today)
            keep = None
            own = self.index.columns_of(candidate.skills)
            return self._ranking(scored, self.index.needs["id"], keep, filters, top, today,
                                 lambda row: (self.index.need_data[row], candidate, self.index.need_cols[row], own))

    def match(self, need: int | NeedData, candidate: int | CandidateData, today: dt.date | None = None) -> Match:
        """One pair, scored and explained exactly as in a ranking (the candidate may be excluded).

        At least one side must be in the index as given (a draft need against a saved candidate is fine).
        """
        today = today or dt.date.today()
        with self.index.lock:
            need, candidate = self._need(need), self._candidate(candidate)
            if self.index.candidate(candidate.id) == candidate:
                scored = score_candidates(self.index, need, self.weights, today)
                return self._match(scored, self.index.cand_row[candidate.id], today, need, candidate)
            if self.index.need(need.id) == need:
                scored = score_needs(self.index, candidate, self.weights, today)
                return self._match(scored, self.index.need_row[need.id], today, need, candidate)
            raise KeyError("neither the need nor the candidate is in the index as given")

    def explain(self, need: NeedData, candidates: Iterable[CandidateData], today: dt.date | None = None) -> list[Match]:
        """Each candidate scored and explained for `need` against the index's current weights, whatever the
        status of either side (a filled need, a candidate now in a job): what a shortlist shows long after.

        When the need is not in the index as given, an open stand-in of it (under an id no need has) is
        put in for the scoring and taken out again, once for all the candidates, under the index lock.
        Needs do not count in the skill weights, so the index ranks exactly as before, for everyone.
        """
        today = today or dt.date.today()
        candidates = list(candidates)
        with self.index.lock:
            stand_in = None
            if self.index.need(need.id) != need:
                stand_in = dataclasses.replace(need, id=min(min(self.index.need_row, default=0), 0) - 1,
                                               status="open")
                self.index.put_need(stand_in)
            try:
                row = self.index.need_row[(stand_in or need).id]
                # values and flags are read now; the reasons need the need's data, not its row
                return [self._match(score_needs(self.index, c, self.weights, today), row, today, need, c)
                        for c in candidates]
            finally:
                if stand_in is not None:
                    self.index.remove_need(stand_in.id)

    def scores_for_need(self, need: int | NeedData, today: dt.date | None = None) -> Scored:
        """All part values and scores over the candidate rows (for benchmarks and custom views)."""
        with self.index.lock:
            return score_candidates(self.index, self._need(need), self.weights, today or dt.date.today())

    def scores_for_candidate(self, candidate: int | CandidateData, today: dt.date | None = None) -> Scored:
        with self.index.lock:
            return score_needs(self.index, self._candidate(candidate), self.weights, today or dt.date.today())

    # ---- helpers -------------------------------------------------------------------------------

    def _need(self, need: int | NeedData) -> NeedData:
        if isinstance(need, NeedData):
            return need
        found = self.index.need(int(need))
        if found is None:
            raise KeyError(f"need {need} is not among the open needs")
        return found

    def _candidate(self, candidate: int | CandidateData) -> CandidateData:
        if isinstance(candidate, CandidateData):
            return candidate
        found = self.index.candidate(int(candidate))
        if found is None:
            raise KeyError(f"candidate {candidate} is not among the active candidates")
        return found

    def _ranking(self, scored: Scored, ids: np.ndarray, keep: np.ndarray | None, filters: RankFilter, top: int,
                 today: dt.date, pair_of) -> Ranking:
        if filters.max_km is not None:  # unknown distance stays: it is said, not hidden
            keep = ~(scored.km > filters.max_km) if keep is None else keep & ~(scored.km > filters.max_km)
        alive = scored.alive if keep is None else scored.alive & keep
        excluded = scored.excluded
        shown = alive & ~excluded
        out = Ranking(matches=[], considered=int(np.count_nonzero(alive)),
                      excluded_count=int(np.count_nonzero(alive & excluded)),
                      filtered_count=0 if keep is None else int(np.count_nonzero(scored.alive & ~keep)))
        out.matches = self._matches(scored, best_rows(scored.score, ids, shown, top), today, pair_of)
        if filters.include_excluded:
            rows = best_rows(scored.score, ids, alive & excluded, filters.excluded_limit)
            out.excluded = self._matches(scored, rows, today, pair_of)
        return out

    def _matches(self, scored: Scored, rows: np.ndarray, today: dt.date, pair_of) -> list[Match]:
        """Matches for `rows`, their parts read in one vector pass while the index is locked (so a
        save that follows cannot change what they show)."""
        values, flags, scores = scored.rows_values(rows), scored.rows_flags(rows), scored.score[rows].tolist()
        out = []
        for i, row in enumerate(rows.tolist()):
            need, candidate, need_cols, own_cols = pair_of(row)
            out.append(build_match(self.index, need, candidate, scores[i], values[i], flags[i], self.weights, today,
                                   need_cols, own_cols))
        return out

    def _match(self, scored: Scored, row: int, today: dt.date, need: NeedData, candidate: CandidateData) -> Match:
        return self._matches(scored, np.array([row]), today, lambda _: (need, candidate, None, None))[0]


class _Once:
    """A value computed on first call and kept: what every explanation of one ranking shares."""

    def __init__(self, fn):
        self.fn, self.value = fn, None

    def __call__(self):
        if self.fn is not None:
            self.value, self.fn = self.fn(), None
        return self.value


BLOCK = 64  # rows per block when bounding the top scores


def best_rows(score: np.ndarray, ids: np.ndarray, mask: np.ndarray, top: int) -> np.ndarray:
    """Rows of the `top` highest scores among `mask`, ties broken by the lower id: deterministic.

    Scores equal to SCORE_DECIMALS tie. The k-th highest maximum of k or more disjoint groups of rows
    is a lower bound of the k-th highest score, so only rows at or above it are sorted. Scores are
    never negative, so multiplying by the mask removes the other rows from the bound.
    """
    if top <= 0 or not len(score):
        return np.zeros(0, np.int64)
    masked = score * mask
    whole = len(masked) // BLOCK * BLOCK
    groups = masked[:whole].reshape(BLOCK, -1).max(axis=0)  # strided groups: a SIMD-friendly reduction
    if whole < len(masked):
        groups = np.append(groups, masked[whole:].max())
    bound = 0.0
    if top < len(groups):
        bound = np.partition(groups, len(groups) - top)[len(groups) - top] - 10.0 ** -SCORE_DECIMALS
    rows = np.flatnonzero(masked >= bound) if bound > 0 else np.flatnonzero(mask)
    rows = rows[mask[rows]]
    order = np.lexsort((ids[rows], -np.round(score[rows], SCORE_DECIMALS)))[:top]
    return rows[order]

"""Rows by occupation and by ISCO-08 group, for grading how close two occupations are."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from matching.model import Vocabulary
from matching.postings import Postings

ISCO_LEVELS = ("unit", "minor", "sub")


def isco_keys(code: str) -> dict[str, int]:
    """Integer keys of an ISCO-08 unit code at each level: "8344" -> unit 8344, minor 834, sub-major 83;
    a minor group's code (an ISCO-08 group as an answer, matching/isco_groups.py) has no unit key."""
    if not code or len(code) < 3 or not code[:3].isdigit():
        return {}
    keys = {"minor": int(code[:3]), "sub": int(code[:2])}
    if len(code) >= 4 and code[:4].isdigit():
        keys = {"unit": int(code[:4]), **keys}
    return keys



class OccupationPostings:
    """Rows by occupation id and by each ISCO level, for graded occupation closeness."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self.by = {"occupation": Postings(), **{level: Postings() for level in ISCO_LEVELS}}

    def _keys(self, occupations: Iterable[int]) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {name: [] for name in self.by}
        for occ in occupations:
            out["occupation"].append(occ)
            for level, key in isco_keys(self.vocab.isco(occ)).items():
                out[level].append(key)
        return out

    def build(self, rows: np.ndarray, occupations: np.ndarray) -> None:
        """From parallel arrays of (row, occupation) pairs."""
        self.by["occupation"] = Postings.build(occupations, rows)
        distinct_occ, which = np.unique(occupations, return_inverse=True)
        keys = [isco_keys(self.vocab.isco(int(occ))) for occ in distinct_occ]
        for level in ISCO_LEVELS:
            level_keys = np.array([k.get(level, -1) for k in keys], dtype=np.int64)[which]
            known = level_keys >= 0
            self.by[level] = Postings.build(level_keys[known], rows[known])

    def add(self, row: int, occupations) -> None:
        for name, values in self._keys(occupations).items():
            self.by[name].add(row, values)

    def remove(self, row: int, occupations) -> None:
        for name, values in self._keys(occupations).items():
            self.by[name].remove(row, values)

    def nbytes(self) -> int:
        return sum(p.nbytes() for p in self.by.values())

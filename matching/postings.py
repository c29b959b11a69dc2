"""Inverted lists key -> rows as numpy arrays, built in one pass and edited one owner at a time."""

from __future__ import annotations

import numpy as np

ROW_DTYPE = np.int32
_EMPTY = np.zeros(0, dtype=ROW_DTYPE)


def distinct(values: np.ndarray) -> np.ndarray:
    """Sorted distinct values (np.unique without its overhead on big integer arrays)."""
    values = np.sort(values)
    return values[np.r_[True, values[1:] != values[:-1]]] if len(values) else values


def weighted_count(rows: np.ndarray, weights: np.ndarray, size: int) -> np.ndarray:
    """np.bincount with weights, always float64 of length `size` (numpy gives int64 for empty input)."""
    if not len(rows):
        return np.zeros(size)
    return np.bincount(rows, weights=weights, minlength=size)[:size]


class Postings:
    """For each integer key (a skill column, an occupation, an ISCO group) the rows that hold it."""

    def __init__(self) -> None:
        self._lists: dict[int, np.ndarray] = {}

    @classmethod
    def build(cls, keys: np.ndarray, rows: np.ndarray) -> Postings:
        """From parallel arrays of (key, row) pairs; duplicates are kept once."""
        out = cls()
        if len(keys) == 0:
            return out
        keys, rows = np.asarray(keys, np.int64), np.asarray(rows, np.int64)
        base = int(rows.max()) + 1
        codes = np.sort(keys * base + rows)  # sorted by key, then row
        codes = codes[np.r_[True, codes[1:] != codes[:-1]]]
        keys, rows = codes // base, (codes % base).astype(ROW_DTYPE)
        starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
        for key, chunk in zip(keys[starts].tolist(), np.split(rows, starts[1:])):
            out._lists[key] = chunk
        return out

    def get(self, key: int) -> np.ndarray:
        return self._lists.get(key, _EMPTY)

    def count(self, key: int) -> int:
        return len(self._lists.get(key, _EMPTY))

    def gather(self, keys, weights=None) -> tuple[np.ndarray, np.ndarray | None]:
        """Rows of all `keys` concatenated, with each key's weight repeated over its rows."""
        lists = [self._lists.get(k, _EMPTY) for k in keys]
        if not lists:
            return _EMPTY, (None if weights is None else np.zeros(0))
        rows = np.concatenate(lists)
        if weights is None:
            return rows, None
        return rows, np.repeat(np.asarray(weights, dtype=np.float64), [len(x) for x in lists])

    def add(self, row: int, keys) -> None:
        for key in set(keys):
            current = self._lists.get(key, _EMPTY)
            if not (current == row).any():
                self._lists[key] = np.append(current, ROW_DTYPE(row))

    def remove(self, row: int, keys) -> None:
        for key in set(keys):
            current = self._lists.get(key)
            if current is None:
                continue
            kept = current[current != row]
            if len(kept):
                self._lists[key] = kept
            else:
                del self._lists[key]

    def pairs(self) -> tuple[np.ndarray, np.ndarray]:
        """All (key, row) pairs, for recomputing per-row totals after the weights changed."""
        if not self._lists:
            return np.zeros(0, np.int64), _EMPTY
        keys = list(self._lists)
        lists = [self._lists[k] for k in keys]
        return np.repeat(np.array(keys, np.int64), [len(x) for x in lists]), np.concatenate(lists)

    def nbytes(self) -> int:
        # array data plus roughly 100 bytes of Python object and dict slot per list
        return sum(a.nbytes + 100 for a in self._lists.values())

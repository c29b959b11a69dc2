"""Inverted lists (term -> label documents) in numpy, for scoring every label of a vocabulary per query."""

from __future__ import annotations

import numpy as np


class TermPostings:
    """Documents per term id, stored as one sorted array with offsets (a CSR matrix by term)."""

    def __init__(self, docs: np.ndarray, terms: np.ndarray, n_docs: int, n_terms: int):
        """From parallel arrays of (document, term) pairs, each pair once."""
        order = np.argsort(terms, kind="stable")
        self.docs = np.asarray(docs, dtype=np.int32)[order]
        self.ptr = np.zeros(n_terms + 1, dtype=np.int64)
        np.cumsum(np.bincount(terms, minlength=n_terms), out=self.ptr[1:])
        self.n_docs = n_docs

    def terms(self) -> np.ndarray:
        """The term of each position in `docs`."""
        return np.repeat(np.arange(len(self.ptr) - 1), np.diff(self.ptr))

    def df(self) -> np.ndarray:
        """How many documents hold each term."""
        return np.diff(self.ptr)

    def of(self, term: int) -> np.ndarray:
        return self.docs[self.ptr[term]:self.ptr[term + 1]]

    def many(self, terms) -> tuple[np.ndarray, np.ndarray]:
        """The documents of several terms concatenated, with the position of each one's term."""
        parts = [self.of(t) for t in terms]
        if not parts:
            return np.empty(0, dtype=np.int32), np.empty(0, dtype=np.int64)
        which = np.repeat(np.arange(len(parts)), [len(p) for p in parts])
        return np.concatenate(parts), which

    def weighted_sum(self, terms, weights) -> np.ndarray:
        """Per document, the sum of the weights of the given terms it holds."""
        docs, which = self.many(terms)
        return np.bincount(docs, weights=np.asarray(weights, dtype=np.float64)[which], minlength=self.n_docs)


# Keys hold only folded letters and digits (see matching.normalize.key); with the two boundary
# marks every character 3-gram gets a fixed code, so no gram dictionary is needed.
ALPHABET = "^$0123456789abcdefghijklmnopqrstuvwxyz"
N_GRAMS = len(ALPHABET) ** 3
_CODE = np.zeros(128, dtype=np.int64)
_CODE[[ord(c) for c in ALPHABET]] = np.arange(len(ALPHABET))


def gram_pairs(keys: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(document, gram code) pairs of the padded keys' character 3-grams, each pair once."""
    if not keys:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    padded = "".join(f"^{k}$" for k in keys).encode("ascii", "replace")
    chars = _CODE[np.frombuffer(padded, dtype=np.uint8) & 127]
    lengths = np.array([len(k) + 2 for k in keys], dtype=np.int64)
    base = len(ALPHABET)
    codes = (chars[:-2] * base + chars[1:-1]) * base + chars[2:]
    doc = np.repeat(np.arange(len(keys), dtype=np.int64), lengths)[:-2]
    offset = np.arange(len(codes)) - (np.cumsum(lengths) - lengths)[doc]
    inside = offset + 3 <= lengths[doc]
    pairs = distinct(doc[inside] * N_GRAMS + codes[inside])
    return pairs // N_GRAMS, pairs % N_GRAMS


def gram_codes(key: str) -> np.ndarray:
    """The distinct gram codes of one key (a query)."""
    return gram_pairs([key])[1]


def distinct(values: np.ndarray) -> np.ndarray:
    """Sorted distinct integers; np.unique is ten times slower on a few million int64 in numpy 2.x."""
    if not len(values):
        return values
    ordered = np.sort(values)
    keep = np.empty(len(ordered), dtype=bool)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]

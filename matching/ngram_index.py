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
SIZES = (3,)  # 3-grams tolerate typos; adding 4-grams did not change the benchmarks
_OFFSETS = [sum(len(ALPHABET) ** m for m in SIZES[:i]) for i in range(len(SIZES))]
N_GRAMS = sum(len(ALPHABET) ** n for n in SIZES)
_CODE = np.zeros(128, dtype=np.int64)
_CODE[[ord(c) for c in ALPHABET]] = np.arange(len(ALPHABET))


def gram_pairs(keys: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(document, gram code) pairs of the padded keys' character n-grams, each pair once."""
    if not keys:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    padded = "".join(f"^{k}$" for k in keys).encode("ascii", "replace")
    chars = _CODE[np.frombuffer(padded, dtype=np.uint8) & 127]
    lengths = np.array([len(k) + 2 for k in keys], dtype=np.int64)
    doc_all = np.repeat(np.arange(len(keys), dtype=np.int64), lengths)
    offset_all = np.arange(len(chars)) - (np.cumsum(lengths) - lengths)[doc_all]
    parts = []
    for size, base_code in zip(SIZES, _OFFSETS):
        m = len(chars) - size + 1
        if m <= 0:
            continue
        codes = np.zeros(m, dtype=np.int64)
        for j in range(size):
            codes = codes * len(ALPHABET) + chars[j:j + m]
        doc = doc_all[:m]
        inside = offset_all[:m] + size <= lengths[doc]
        parts.append(doc[inside] * N_GRAMS + codes[inside] + base_code)
    pairs = distinct(np.concatenate(parts)) if parts else np.empty(0, dtype=np.int64)
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

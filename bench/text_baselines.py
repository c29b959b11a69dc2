"""Baselines for the title-search benchmark: character n-gram TF-IDF and BM25, as the textbooks define them."""

from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np

WORD = re.compile(r"\w+")


def char_wb_grams(text: str, low: int = 3, high: int = 5) -> Counter:
    """scikit-learn's "char_wb" analyser: n-grams inside space-padded words of the lower-cased text."""
    out: Counter = Counter()
    for word in text.lower().split():
        padded = f" {word} "
        for n in range(low, high + 1):
            if len(padded) < n:
                continue
            out.update(padded[i:i + n] for i in range(len(padded) - n + 1))
    return out


def words(text: str) -> Counter:
    return Counter(WORD.findall(text.lower()))


class _Sparse:
    """Weighted term -> documents lists built from per-document term counters."""

    def __init__(self, docs: list[Counter]):
        self.ids: dict[str, int] = {}
        rows, cols, counts = [], [], []
        for d, counter in enumerate(docs):
            for term, count in counter.items():
                rows.append(self.ids.setdefault(term, len(self.ids)))
                cols.append(d)
                counts.append(count)
        order = np.argsort(np.array(rows, dtype=np.int64), kind="stable")
        self.term = np.array(rows, dtype=np.int64)[order]
        self.doc = np.array(cols, dtype=np.int64)[order]
        self.count = np.array(counts, dtype=np.float64)[order]
        self.ptr = np.searchsorted(self.term, np.arange(len(self.ids) + 1))
        self.n_docs = len(docs)
        self.df = np.diff(self.ptr).astype(np.float64)

    def dot(self, query: dict[int, float], weight: np.ndarray) -> np.ndarray:
        """Per document, sum over query terms of query weight x stored weight."""
        parts = [(self.doc[self.ptr[t]:self.ptr[t + 1]], q * weight[self.ptr[t]:self.ptr[t + 1]])
                 for t, q in query.items()]
        if not parts:
            return np.zeros(self.n_docs)
        return np.bincount(np.concatenate([p[0] for p in parts]), weights=np.concatenate([p[1] for p in parts]),
                           minlength=self.n_docs)


class CharTfidf:
    """Cosine similarity of sublinear-tf, smooth-idf, l2-normalised char_wb n-gram vectors (3-5 by default)."""

    def __init__(self, texts: list[str], low: int = 3, high: int = 5):
        self.low, self.high = low, high
        self.m = _Sparse([char_wb_grams(t, low, high) for t in texts])
        self.idf = np.log((1 + self.m.n_docs) / (1 + self.m.df)) + 1
        w = (1 + np.log(self.m.count)) * self.idf[self.m.term]
        norms = np.sqrt(np.bincount(self.m.doc, weights=w * w, minlength=self.m.n_docs))
        self.w = w / np.maximum(norms, 1e-12)[self.m.doc]

    def scores(self, text: str) -> np.ndarray:
        q = {self.m.ids[g]: (1 + math.log(c)) * self.idf[self.m.ids[g]]
             for g, c in char_wb_grams(text, self.low, self.high).items() if g in self.m.ids}
        norm = math.sqrt(sum(v * v for v in q.values())) or 1.0
        return self.m.dot({k: v / norm for k, v in q.items()}, self.w)


class Bm25:
    """Okapi BM25 (k1 = 1.2, b = 0.75) over lower-cased word tokens."""

    def __init__(self, texts: list[str], k1: float = 1.2, b: float = 0.75):
        self.m = _Sparse([words(t) for t in texts])
        lengths = np.bincount(self.m.doc, weights=self.m.count, minlength=self.m.n_docs)
        avg = float(lengths.mean()) if len(lengths) else 1.0
        tf = self.m.count
        self.w = tf * (k1 + 1) / (tf + k1 * (1 - b + b * lengths[self.m.doc] / avg))
        self.idf = np.log(1 + (self.m.n_docs - self.m.df + 0.5) / (self.m.df + 0.5))

    def scores(self, text: str) -> np.ndarray:
        return self.m.dot({self.m.ids[t]: self.idf[self.m.ids[t]] for t in words(text) if t in self.m.ids}, self.w)

"""Character n-gram TF-IDF over labels: the plain lexical method the title search must never fall behind.

The analyser is scikit-learn's "char_wb" (n-grams inside space-padded, lower-cased words) with sizes 2–5,
sublinear term frequency, smooth idf and l2-normalised rows, so a label's score is the cosine that
such a vectoriser gives. The title search adds it to its own score and takes its ten best labels into
the candidates whatever its own parts say.
"""

from __future__ import annotations

import math
from collections import Counter

import numpy as np

LOW, HIGH = 2, 5


def word_grams(word: str, low: int = LOW, high: int = HIGH) -> list[str]:
    padded = f" {word} "
    return [padded[i:i + n] for n in range(low, min(high, len(padded)) + 1) for i in range(len(padded) - n + 1)]


def grams(text: str, low: int = LOW, high: int = HIGH) -> Counter:
    out: Counter = Counter()
    for word in text.lower().split():
        out.update(word_grams(word, low, high))
    return out


class CharTfidf:
    """Cosine of sublinear-tf, smooth-idf, l2-normalised char_wb n-gram vectors of every label."""

    def __init__(self, texts: list[str], low: int = LOW, high: int = HIGH):
        self.low, self.high, self.n_docs = low, high, len(texts)
        self.ids: dict[str, int] = {}
        terms, docs, counts = [], [], []
        ids = self.ids
        by_word: dict[str, list[int]] = {}  # labels share most of their words: their gram ids once
        for d, text in enumerate(texts):
            bag: Counter = Counter()
            for word in text.lower().split():
                known = by_word.get(word)
                if known is None:
                    known = by_word[word] = [ids.setdefault(g, len(ids)) for g in word_grams(word, low, high)]
                bag.update(known)
            terms.extend(bag.keys())
            counts.extend(bag.values())
            docs.extend([d] * len(bag))
        term = np.array(terms, dtype=np.int64)
        order = np.argsort(term, kind="stable")
        self.doc = np.array(docs, dtype=np.int32)[order]
        count = np.array(counts, dtype=np.float64)[order]
        term = term[order]
        self.ptr = np.zeros(len(ids) + 1, dtype=np.int64)
        np.cumsum(np.bincount(term, minlength=len(ids)), out=self.ptr[1:])
        self.idf = np.log((1 + self.n_docs) / (1 + np.diff(self.ptr).astype(np.float64))) + 1
        weight = (1 + np.log(count)) * self.idf[term]
        norms = np.sqrt(np.bincount(self.doc, weights=weight * weight, minlength=self.n_docs))
        self.weight = weight / np.maximum(norms, 1e-12)[self.doc]

    def scores(self, text: str) -> np.ndarray:
        """The cosine of the text with every label."""
        query = {self.ids[g]: (1 + math.log(c)) * self.idf[self.ids[g]]
                 for g, c in grams(text, self.low, self.high).items() if g in self.ids}
        if not query:
            return np.zeros(self.n_docs)
        norm = math.sqrt(sum(v * v for v in query.values()))
        docs = np.concatenate([self.doc[self.ptr[t]:self.ptr[t + 1]] for t in query])
        weights = np.concatenate([self.weight[self.ptr[t]:self.ptr[t + 1]] * (q / norm) for t, q in query.items()])
        return np.bincount(docs, weights=weights, minlength=self.n_docs)

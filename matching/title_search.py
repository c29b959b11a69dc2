"""Ranked search of occupations and skills by the words people use: character n-grams plus stemmed tokens."""

from __future__ import annotations

import math
from dataclasses import dataclass
from collections.abc import Iterable, Sequence

import numpy as np

from matching import normalize
from matching.ngram_index import N_GRAMS, TermPostings, distinct, gram_codes, gram_pairs

GRAM = 3
# How the parts add up: n-gram cosine catches typos and compounds, token coverage catches word order,
# abbreviations and words typed half-way; an exact or leading match of the whole key wins ties.
W_GRAM = 0.55
W_TOKEN = 0.45
W_LABEL = 0.2  # share of the label's own token weight the query covers: short exact labels beat long ones
EXACT_BONUS = 0.25
PREFIX_BONUS = 0.10
PREFIX_TOKEN = 0.8  # a query word that is the start of a label word ("lagerm" in "lagermedarbejder")
MIN_PREFIX = 3
MIN_SCORE = 0.09

def _scale() -> float:
    return 1.0 / (W_GRAM + W_TOKEN + W_LABEL + EXACT_BONUS + PREFIX_BONUS)  # the best label scores 1

# Label weights: a concept's own preferred name counts fully, other names slightly less.
PREFERRED = 1.0
ALTERNATIVE = 0.97


@dataclass(frozen=True, slots=True)
class Entry:
    """One thing that can be found: an occupation or a skill, with what a result reports about it."""
    id: int
    title: str
    isco: str = ""
    uri: str = ""
    source: str = ""


@dataclass(frozen=True, slots=True)
class Label:
    """A name under which entries are found; several owners for a group name (an ISCO-08 group)."""
    text: str
    owners: tuple[int, ...]  # positions in the entry list
    weight: float = ALTERNATIVE


@dataclass(frozen=True, slots=True)
class Hit:
    entry: Entry
    score: float
    label: str  # the name that matched best


class TitleIndex:
    """All labels of a vocabulary, searchable in a few milliseconds per keystroke."""

    def __init__(self, entries: Sequence[Entry], labels: Sequence[Label]):
        self.entries = list(entries)
        labels = list(labels)
        owned = {(lab.text, o) for lab in labels for o in lab.owners}
        # every entry is findable by its own title, even when the caller gave no labels for it
        labels += [Label(e.title, (i,), PREFERRED) for i, e in enumerate(self.entries) if (e.title, i) not in owned]
        self.labels = labels
        analysed = normalize.analyse_many([lab.text for lab in labels])
        keys = [a[1] for a in analysed]
        self._build_grams(keys)
        self._build_tokens([a[0] for a in analysed])
        self._build_keys(keys)
        self.bags: dict[str, list[int]] = {}
        for doc, (tokens, _) in enumerate(analysed):
            self.bags.setdefault(_bag(tokens), []).append(doc)
        self._build_owners(labels)

    # -- building ------------------------------------------------------------------------------
    def _build_grams(self, keys: list[str]) -> None:
        docs, codes = gram_pairs(keys)
        self.grams = TermPostings(docs, codes, len(keys), N_GRAMS)
        df = self.grams.df()
        self.gram_known = df > 0
        self.gram_idf2 = _idf(df, len(keys)) ** 2
        self.max_idf2 = float(self.gram_idf2[self.gram_known].max(initial=1.0))
        self.doc_norm = np.sqrt(np.bincount(self.grams.docs, weights=self.gram_idf2[self.grams.terms()],
                                            minlength=len(keys)))
        self.doc_norm[self.doc_norm == 0] = 1.0

    def _build_tokens(self, doc_tokens: list[list[str]]) -> None:
        flat = [t for ts in doc_tokens for t in ts]
        names, inverse = np.unique(np.array(flat or [""]), return_inverse=True)
        docs = np.repeat(np.arange(len(doc_tokens)), [len(ts) for ts in doc_tokens])
        pairs = distinct(docs * len(names) + inverse[:len(flat)]) if flat else np.empty(0, dtype=np.int64)
        self.tokens = TermPostings(pairs // len(names), pairs % len(names), len(doc_tokens), len(names))
        self.token_idf = _idf(self.tokens.df(), len(doc_tokens))
        self.label_mass = np.maximum(np.bincount(self.tokens.docs, weights=self.token_idf[self.tokens.terms()],
                                                 minlength=len(doc_tokens)), 1e-9)
        self.sorted_tokens = names
        self.token_ids = {t: i for i, t in enumerate(names.tolist())}

    def _build_keys(self, keys: list[str]) -> None:
        order = sorted(range(len(keys)), key=keys.__getitem__)
        self.sorted_keys = np.array([keys[i] for i in order]) if keys else np.array([""])
        self.key_order = np.array(order, dtype=np.int64)
        self.key_len = np.array([max(1, len(k)) for k in keys], dtype=np.float64)

    def _build_owners(self, labels: list[Label]) -> None:
        pairs = sorted((o, d, lab.weight) for d, lab in enumerate(labels) for o in lab.owners)
        self.pair_entry = np.array([p[0] for p in pairs], dtype=np.int64)
        self.pair_doc = np.array([p[1] for p in pairs], dtype=np.int64)
        self.pair_weight = np.array([p[2] for p in pairs], dtype=np.float64)
        self.entry_ptr = np.searchsorted(self.pair_entry, np.arange(len(self.entries) + 1))

    # -- scoring -------------------------------------------------------------------------------
    def doc_scores(self, query: str) -> np.ndarray:
        """A score per label: n-gram cosine and token coverage, plus a bonus for whole-key matches."""
        n = len(self.labels)
        qkey = normalize.key(query)
        if not qkey:
            return np.zeros(n)
        coverage, label_share = self._token_coverage(normalize.tokens(query))
        scores = W_GRAM * self._gram_cosine(qkey) + W_TOKEN * coverage + W_LABEL * label_share
        lo, hi = self._key_range(qkey)
        if hi > lo:
            docs = self.key_order[lo:hi]
            scores[docs] += PREFIX_BONUS * len(qkey) / self.key_len[docs]
            exact = docs[self.sorted_keys[lo:hi] == qkey]
            scores[exact] += EXACT_BONUS
        # the same words in another order ("C kørekort" for "kørekort C") count as exact too
        same_words = np.setdiff1d(self.bags.get(_bag(normalize.tokens(query)), []),
                                  exact if hi > lo else [])
        scores[same_words.astype(np.int64)] += EXACT_BONUS
        return scores * _scale()

    def _gram_cosine(self, qkey: str) -> np.ndarray:
        codes = gram_codes(qkey)
        ids = codes[self.gram_known[codes]]
        weights = self.gram_idf2[ids]
        # unseen grams are as rare as the rarest: they lower the query's match, as a typo should
        qnorm = math.sqrt(float(weights.sum()) + (len(codes) - len(ids)) * self.max_idf2)
        dot = self.grams.weighted_sum(ids.tolist(), weights)
        return dot / (self.doc_norm * max(qnorm, 1e-9))

    def _token_coverage(self, qtokens: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Share of the query's token weight that a label holds, and share of the label's token weight
        that the query holds; a word counts fully when equal, partly as a start or a compound head."""
        n = len(self.labels)
        total, label_side, mass = np.zeros(n), np.zeros(n), 0.0
        rare = float(self.token_idf.max(initial=1.0))
        for token in dict.fromkeys(qtokens):
            best, side = np.zeros(n), np.zeros(n)
            matches = self._matches(token)
            for ids, weights in matches:  # weakest kind first, so stronger matches overwrite
                docs, which = self.tokens.many(ids)
                np.maximum.at(best, docs, weights[which])
                np.maximum.at(side, docs, (weights * self.token_idf[ids])[which])
            exact = self.token_ids.get(token)
            weight = (self.token_idf[exact] if exact is not None else
                      float(self.token_idf[matches[-1][0]].mean()) if matches else rare)
            total += weight * best
            label_side += side
            mass += weight
        return (total / mass if mass else total), np.minimum(label_side / self.label_mass, 1.0)

    def _matches(self, token: str) -> list[tuple[np.ndarray, np.ndarray]]:
        """Label words that match a query word, weakest kind first: words it starts ("lagerm" ->
        "lagermedarbejder"), then the word itself. (Compound heads matched as words lowered the Danish
        benchmark: the n-grams already reward them, and generic heads like "assistent" misled.)"""
        out: list[tuple[np.ndarray, np.ndarray]] = []
        if len(token) >= MIN_PREFIX:
            lo, hi = self._range(self.sorted_tokens, token)
            if hi > lo:
                out.append((np.arange(lo, hi), np.full(hi - lo, PREFIX_TOKEN)))
        if token in self.token_ids:
            out.append((np.array([self.token_ids[token]]), np.ones(1)))
        return out

    @staticmethod
    def _range(sorted_words: np.ndarray, start: str) -> tuple[int, int]:
        return (int(np.searchsorted(sorted_words, start, side="left")),
                int(np.searchsorted(sorted_words, start + "\uffff", side="left")))

    def _key_range(self, qkey: str) -> tuple[int, int]:
        lo = int(np.searchsorted(self.sorted_keys, qkey, side="left"))
        hi = int(np.searchsorted(self.sorted_keys, qkey + "\uffff", side="left"))
        return lo, hi

    def exact(self, query: str) -> list[int]:
        """Ids of the entries with a name equal to the query once normalised, in entry order."""
        qkey = normalize.key(query)
        lo, hi = self._key_range(qkey)
        docs = self.key_order[lo:hi][self.sorted_keys[lo:hi] == qkey] if qkey else []
        owners = sorted({o for d in docs for o in self.labels[int(d)].owners})
        return [self.entries[o].id for o in owners]

    def entry_scores(self, query: str, exclude: Iterable[int] = ()) -> tuple[np.ndarray, np.ndarray]:
        """Per entry, the best weighted label score; and per pair the weighted score (for the label)."""
        docs = self.doc_scores(query)
        exclude = list(exclude)
        if exclude:
            docs[exclude] = 0.0
        pair_scores = docs[self.pair_doc] * self.pair_weight
        if not len(pair_scores):
            return np.zeros(len(self.entries)), pair_scores
        best = np.maximum.reduceat(pair_scores, self.entry_ptr[:-1]) if len(self.entries) else np.zeros(0)
        return best, pair_scores

    def search(self, query: str, top: int = 10, exclude: Iterable[int] = (),
               min_score: float = MIN_SCORE) -> list[Hit]:
        """The best `top` entries for the query, best first; ties keep the entry order."""
        if not self.entries or not query.strip():
            return []
        scores, pair_scores = self.entry_scores(query, exclude)
        k = min(top, len(scores))
        candidates = np.argpartition(-scores, k - 1)[: max(k * 3, k)] if k < len(scores) else np.arange(len(scores))
        ranked = sorted(candidates.tolist(), key=lambda i: (-round(float(scores[i]), 9), i))[:k]
        return [Hit(self.entries[i], float(scores[i]), self._best_label(i, pair_scores))
                for i in ranked if scores[i] >= min_score]

    def _best_label(self, entry: int, pair_scores: np.ndarray) -> str:
        lo, hi = self.entry_ptr[entry], self.entry_ptr[entry + 1]
        doc = self.pair_doc[lo + int(np.argmax(pair_scores[lo:hi]))]
        return self.labels[doc].text


def _bag(tokens: list[str]) -> str:
    return " ".join(sorted(set(tokens)))


def _idf(df: np.ndarray, n: int) -> np.ndarray:
    return np.log((n + 1) / (df + 1)) + 1.0

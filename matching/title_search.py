"""Ranked search of occupations and skills by the words people use: character n-grams plus stemmed tokens."""

from __future__ import annotations

import itertools
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from collections.abc import Iterable, Sequence

import numpy as np

from matching import normalize
from matching.char_tfidf import CharTfidf
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
MODIFIER_MIN = 5  # a compound's first part that counts as a word of its own
MIN_MODIFIER_REST = 3  # ... when at least this much of the word follows it
MODIFIER_TOKEN = 0.6
MIN_SCORE = 0.12
# Recall first, then rank: a label's score is the mean of ours and a plain char 2-5-gram TF-IDF cosine,
# whose ten best entries are always among the candidates; an entry adds part of its second-best label
# (a concept that several of its names match is the likelier one), but an entry whose name equals the
# query once normalised never scores below that name.
W_TFIDF = 1.0
SECOND = 0.6
TFIDF_RECALL = 10
# Danish word structure: the term before a comma is the main term, what follows is context
# ("Sygeplejerske, psykiatri": a name that does not hold the main term keeps only QUALIFIED_FLOOR of
# its score); a phrase and a qualified title also meet the compound they stand for ("chef for
# telekommunikation" / "telekommunikationschef", "Chauffør, renovation" / "renovationschauffør"), on
# both sides, at FORM_WEIGHT; a compound the vocabulary does not know is also tried as its head (its
# longest known last part: "hospitalsportør" -> "portør"), below a direct match; a trainee title is
# the occupation being learnt ("murerlærling" -> "murer").
QUALIFIED_FLOOR = 0.8
HEAD_WEIGHT = 0.8
TRAINEE_WEIGHT = 0.97  # the occupation learnt, just below a name that says the trainee title itself
HEAD_MAIN = 0.7
MIN_HEAD, MIN_MODIFIER = 4, 3
FORM_WEIGHT = 0.95
TIE_BREAK = 0.001
# Synonyms the vocabulary teaches: where names of one occupation differ in a single word or compound
# part ("kundeservicechef" / "kundeserviceleder", "tobakshandler" / "tobakssælger") in at least
# SWAP_SUPPORT occupations, a query with one is also tried with the other, at SWAP_WEIGHT; the
# SWAP_MAX best-supported swaps per query.
SWAP_SUPPORT = 3
SWAP_WEIGHT = 0.85
SWAP_MAX = 4
_WORD = re.compile(r"[^\W_]+")


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
    title_en: str = ""  # tells apart two entries of the same Danish name


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

    def __init__(self, entries: Sequence[Entry], labels: Sequence[Label], recall: bool = True):
        """`recall`: add the char n-gram TF-IDF (the occupation index; the much larger skill index,
        whose phrases are not titles, leaves it out to stay quick to build and to type in)."""
        self.entries = list(entries)
        labels = list(labels)
        owned = {(lab.text, o) for lab in labels for o in lab.owners}
        # every entry is findable by its own title, even when the caller gave no labels for it
        labels += [Label(e.title, (i,), PREFERRED) for i, e in enumerate(self.entries) if (e.title, i) not in owned]
        self.labels = labels
        # a label phrased as "occupation of field" is also searchable as its compound ("tankbestyrer"):
        # extra documents after the labels, whose scores fold back onto their label
        self.phrases = recall  # titles only: skill phrases are no "occupation of field"
        forms = [(d, normalize.compound_form(lab.text)) for d, lab in enumerate(labels)] if recall else []
        forms = [(d, f) for d, f in forms if f]
        self.n_labels = len(labels)
        self.form_of = np.array([d for d, _ in forms], dtype=np.int64)
        # an occupation title is read without the words that only say the level ("Senior", "Jr.")
        texts = [normalize.without_level(lab.text) if recall else lab.text for lab in labels]
        texts += [f for _, f in forms]
        analysed = normalize.analyse_many(texts)
        keys = [a[1] for a in analysed]
        self._build_grams(keys)
        self._build_tokens([a[0] for a in analysed])
        self._build_keys(keys)
        self.bags: dict[str, list[int]] = {}
        for doc, (tokens, _) in enumerate(analysed):
            self.bags.setdefault(_bag(tokens), []).append(doc)
        self._build_owners(labels)
        self.tfidf = CharTfidf(texts) if recall else None
        self._build_swaps(labels if recall else [])

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

    def _build_swaps(self, labels: list[Label]) -> None:
        """The swaps the names of one occupation show: for each word or compound part, the others it
        stands for, with the occupations whose names show it."""
        self.known_words = {w for lab in labels if len(lab.owners) == 1 for w in _WORD.findall(lab.text.lower())}
        shown: dict[tuple[str, str], set[int]] = defaultdict(set)
        slots: dict[tuple, set[str]] = defaultdict(set)
        for lab in labels:
            if len(lab.owners) != 1:  # a group's name tells nothing about one occupation's names
                continue
            parts = [p for w in _WORD.findall(lab.text.lower()) for p in _placed(self._word_parts(w))]
            for i, part in enumerate(parts):  # the name with one part blank: names that fill it alike
                slots[(lab.owners[0], i, *parts[:i], "", *parts[i + 1:])].add(part)
        for key, filled in slots.items():
            for a, b in itertools.permutations(filled, 2):
                shown[(a, b)].add(key[0])
        self.swaps: dict[str, list[tuple[str, frozenset[int]]]] = defaultdict(list)
        for (part, other), entries in shown.items():
            if len(entries) >= SWAP_SUPPORT:
                self.swaps[part].append((other, frozenset(entries)))

    def _word_parts(self, word: str) -> tuple[str, ...]:
        """A word as its first part and its longest known last part, or whole."""
        for i in range(MIN_MODIFIER, len(word) - MIN_HEAD + 1):
            if word[i:] in self.known_words:
                return word[:i], word[i:]
        return (word,)

    def swapped(self, query: str, exclude: Iterable[int] = ()) -> list[str]:
        """The query with one word or compound part swapped for another the vocabulary shows for it,
        best-supported first. `exclude`: labels left out; what their occupations show does not count
        either (a held-out name's own occupation must not teach the way to it)."""
        text = query.lower()
        excluded = {o for d in exclude for o in self.labels[d].owners}
        found: list[tuple[int, str]] = []
        for match in _WORD.finditer(text):
            parts = self._word_parts(match.group())
            for j, part in enumerate(_placed(parts)):
                for other, entries in self.swaps.get(part, ()):
                    support = len(entries - excluded) if excluded else len(entries)
                    if support >= SWAP_SUPPORT:
                        new = "".join(parts[:j]) + other[1] + "".join(parts[j + 1:])
                        found.append((support, text[:match.start()] + new + text[match.end():]))
        found.sort(key=lambda f: -f[0])
        return list(dict.fromkeys(variant for _, variant in found))[:SWAP_MAX]

    # -- scoring -------------------------------------------------------------------------------
    def doc_scores(self, query: str) -> np.ndarray:
        """A score per label: ours and the char n-gram TF-IDF cosine, averaged; with the main term
        before a comma, a trainee's occupation and an unknown compound's head understood."""
        return self._query_scores(query)[0]

    def _query_scores(self, query: str, exclude: Iterable[int] = ()
                      ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray | None]:
        """Per label: the score, the TF-IDF cosine, the labels equal to the query; and for a qualified
        title, how much of its main term each label holds (None otherwise)."""
        if self.phrases:
            query = normalize.without_level(query)
        scores, tfidf, exact = self._doc_scores(query)
        held = None
        form = normalize.compound_form(query) if self.phrases else None
        if form:
            phrased, phrased_tfidf, _ = self._doc_scores(form)
            scores = np.maximum(scores, FORM_WEIGHT * phrased)
            tfidf = np.maximum(tfidf, FORM_WEIGHT * phrased_tfidf)
        main = query
        parts = normalize.qualified(query)
        if parts:
            # the main term is what is asked for, the qualifier picks among the names that hold it
            main = parts[0]
            held = self._fold(self._containment(main))
        trainee = normalize.trainee_base(main)
        if trainee:
            learnt, _, learnt_exact = self._doc_scores(trainee)
            scores = np.maximum(scores, TRAINEE_WEIGHT * learnt)
            exact = np.union1d(exact, learnt_exact)
        head_word = self.compound_head(main)
        if head_word:
            head = self._doc_scores(head_word)[0]
            scores = np.maximum(scores, HEAD_WEIGHT * (HEAD_MAIN * head + (1 - HEAD_MAIN) * scores))
        for variant in self.swapped(query, exclude):
            scores = np.maximum(scores, SWAP_WEIGHT * self._doc_scores(variant)[0])
        return self._fold(scores), self._fold(tfidf), exact[exact < self.n_labels], held

    def _fold(self, scores: np.ndarray) -> np.ndarray:
        """Per label: its own score, or its compound form's when that is higher (slightly discounted)."""
        out = scores[: self.n_labels].copy()
        if len(self.form_of):
            np.maximum.at(out, self.form_of, FORM_WEIGHT * scores[self.n_labels:])
        return out

    def compound_head(self, text: str) -> str | None:
        """The last word's head when it is a compound the vocabulary does not hold but whose last part
        it does (the longest such part): "hospitalsportør" -> "portoer" (as a stem)."""
        ws = normalize.words(text)
        if not ws:
            return None
        word = normalize.stem(ws[-1])
        if word in self.token_ids:
            return None
        for i in range(MIN_MODIFIER, len(word) - MIN_HEAD + 1):
            if word[i:] in self.token_ids:
                return word[i:]
        return None

    def _doc_scores(self, query: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(combined score, TF-IDF cosine, labels equal to the query) per label."""
        ours, exact = self._own_scores(query)
        if self.tfidf is None:
            return ours, ours, exact
        tfidf = self.tfidf.scores(query)
        return (ours + W_TFIDF * tfidf) / (1 + W_TFIDF), tfidf, exact

    def _own_scores(self, query: str) -> tuple[np.ndarray, np.ndarray]:
        """A score per label: n-gram cosine and token coverage, plus a bonus for whole-key matches; and
        the labels whose key is the query's."""
        n = len(self.key_len)
        qkey = normalize.key(query)
        exact = np.empty(0, dtype=np.int64)
        if not qkey:
            return np.zeros(n), exact
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
        return scores * _scale(), np.asarray(exact, dtype=np.int64)

    def _containment(self, text: str) -> np.ndarray:
        """Per document, the share of the text's n-gram weight it holds (1: the text is part of it)."""
        codes = gram_codes(normalize.key(text))
        ids = codes[self.gram_known[codes]]
        total = float(self.gram_idf2[ids].sum()) + (len(codes) - len(ids)) * self.max_idf2
        return self.grams.weighted_sum(ids.tolist(), self.gram_idf2[ids]) / max(total, 1e-9)

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
        n = len(self.key_len)
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
        """Label words that match a query word, weakest kind first: the first part of a compound
        ("afsaltning" in "afsaltningsanlæg", in proportion to its length), words it starts ("lagerm" ->
        "lagermedarbejder"), then the word itself. (Compound heads matched as words lowered the Danish
        benchmark: the n-grams already reward them, and generic heads like "assistent" misled; tried
        again with the first parts: still lower.)"""
        out: list[tuple[np.ndarray, np.ndarray]] = []
        parts = [(self.token_ids[token[:k]], k / len(token))
                 for k in range(MODIFIER_MIN, len(token) - MIN_MODIFIER_REST + 1) if token[:k] in self.token_ids]
        if parts:
            out.append((np.array([p[0] for p in parts]), MODIFIER_TOKEN * np.array([p[1] for p in parts])))
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
        docs = [d for d in docs if d < self.n_labels]
        owners = sorted({o for d in docs for o in self.labels[int(d)].owners})
        return [self.entries[o].id for o in owners]

    def entry_scores(self, query: str, exclude: Iterable[int] = ()) -> tuple[np.ndarray, np.ndarray]:
        """Per entry, its best weighted label score plus part of its second best; and per pair the
        weighted score (for the label)."""
        return self._entry_scores(query, exclude)[:2]

    def _entry_scores(self, query: str, exclude: Iterable[int] = ()) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        exclude = list(exclude)
        docs, tfidf, exact, held = self._query_scores(query, exclude)
        if exclude:
            docs[exclude] = 0.0
            tfidf = tfidf.copy()
            tfidf[exclude] = 0.0
            exact = np.setdiff1d(exact, exclude)
            if held is not None:
                held[exclude] = 0.0
        pair_scores = docs[self.pair_doc] * self.pair_weight
        n = len(self.entries)
        if not len(pair_scores) or not n:
            return np.zeros(n), pair_scores, np.zeros(n)
        starts = self.entry_ptr[:-1]
        empty = starts >= len(pair_scores)  # an entry without labels (cannot happen: titles are labels)
        starts = np.minimum(starts, len(pair_scores) - 1)
        if held is not None:  # an occupation none of whose names holds the main term counts less
            holds = np.maximum.reduceat(held[self.pair_doc], starts)
            pair_scores = pair_scores * (QUALIFIED_FLOOR + (1 - QUALIFIED_FLOOR) * holds)[self.pair_entry]
        best = np.maximum.reduceat(pair_scores, starts)
        sizes = np.diff(self.entry_ptr)
        is_best = pair_scores == np.repeat(best, sizes)
        second = np.maximum.reduceat(np.where(is_best, -1.0, pair_scores), starts)
        second = np.where(sizes > 1, np.maximum(second, 0.0), 0.0)
        scores = (best + SECOND * second) / (1 + SECOND)
        if len(exact):  # a name equal to the query is never outranked by a crowd of near names
            owners = np.unique(self.pair_entry[np.isin(self.pair_doc, exact)])
            scores[owners] = np.maximum(scores[owners], best[owners])
        # equal otherwise: the entry more of whose names match, a hair ahead (the best still scores 1)
        scores = (1 - TIE_BREAK) * scores + TIE_BREAK * np.add.reduceat(pair_scores, starts) / np.maximum(sizes, 1)
        scores[empty] = 0.0
        entry_tfidf = np.maximum.reduceat(tfidf[self.pair_doc], starts)
        return scores, pair_scores, entry_tfidf

    def search(self, query: str, top: int = 10, exclude: Iterable[int] = (),
               min_score: float = MIN_SCORE) -> list[Hit]:
        """The best `top` entries for the query, best first; ties keep the entry order."""
        if not self.entries or not query.strip():
            return []
        scores, pair_scores, tfidf = self._entry_scores(query, exclude)
        k = min(top, len(scores))
        if k < len(scores):
            # candidates: our best and the TF-IDF's best ten, then ranked by the combined score
            ours = np.argpartition(-scores, k - 1)[: k * 3]
            plain = np.argpartition(-tfidf, min(TFIDF_RECALL, len(tfidf)) - 1)[:TFIDF_RECALL]
            candidates = np.union1d(ours, plain)
        else:
            candidates = np.arange(len(scores))
        ranked = sorted(candidates.tolist(), key=lambda i: (-round(float(scores[i]), 9), i))[:k]
        return [Hit(self.entries[i], float(scores[i]), self._best_label(i, pair_scores))
                for i in ranked if scores[i] >= min_score]

    def _best_label(self, entry: int, pair_scores: np.ndarray) -> str:
        lo, hi = self.entry_ptr[entry], self.entry_ptr[entry + 1]
        doc = self.pair_doc[lo + int(np.argmax(pair_scores[lo:hi]))]
        return self.labels[doc].text


def _placed(parts: tuple[str, ...]) -> list[tuple[str, str]]:
    """A word's parts with where they stand: a whole word, a compound's first or last part."""
    return [("word", parts[0])] if len(parts) == 1 else [("first", parts[0]), ("last", parts[1])]


def _bag(tokens: list[str]) -> str:
    return " ".join(sorted(set(tokens)))


def _idf(df: np.ndarray, n: int) -> np.ndarray:
    return np.log((n + 1) / (df + 1)) + 1.0

"""Which occupation a candidate's skills resemble most, from the vocabulary's occupation profiles.

Used for the occupation part when a candidate has not recorded a desired occupation. The weights
come from the vocabulary alone (how many occupation profiles name a skill), so the inference of one
candidate never changes when other candidates are added or edited. Certificates, licences and
languages take no part: they are hard requirements or checked on their own, and a licence says what
someone may do, not what they have done.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from matching import weights as W
from matching.model import Vocabulary
from matching.postings import Postings

CHUNK = 256  # candidates inferred together in one vectorised pass (memory: CHUNK x occupations)
MIN_SHARED = 2  # fewer shared skills than this is no evidence of an occupation
IGNORED_KINDS = frozenset({"certificate", "licence", "language"})


@dataclass(frozen=True, slots=True)
class Inferred:
    occupation_id: int
    similarity: float  # 0..1


class ProfileIndex:
    """The occupation profiles as an inverted index skill -> profile rows."""

    def __init__(self, vocab: Vocabulary):
        self.occupation_ids = np.array(sorted(vocab.occupation_profiles), dtype=np.int64)
        pairs = {"essential": ([], []), "optional": ([], [])}
        self.ignored = {s for s, kind in vocab.skill_kinds.items() if kind in IGNORED_KINDS}
        for row, occ in enumerate(self.occupation_ids.tolist()):
            essential, optional = (tuple(s for s in skills if s not in self.ignored)
                                   for skills in vocab.occupation_profiles[occ])
            for relation, skills in (("essential", set(essential)), ("optional", set(optional) - set(essential))):
                pairs[relation][0].extend(skills)
                pairs[relation][1].extend([row] * len(skills))
        self.skills = sorted(set(pairs["essential"][0]) | set(pairs["optional"][0]))
        self.column = {s: i for i, s in enumerate(self.skills)}
        cols = {k: np.array([self.column[s] for s in v[0]], np.int64) for k, v in pairs.items()}
        rows = {k: np.array(v[1], np.int64) for k, v in pairs.items()}
        df = np.bincount(np.concatenate(list(cols.values())), minlength=len(self.skills))
        self.idf = np.log((len(self.occupation_ids) + 1) / (df + 1)) + 1.0
        self.essential = Postings.build(cols["essential"], rows["essential"])
        self.optional = Postings.build(cols["optional"], rows["optional"])
        n = len(self.occupation_ids)
        self.norm = (np.bincount(rows["essential"], weights=self.idf[cols["essential"]], minlength=n)
                     + W.DESIRED_IN_PROFILE * np.bincount(rows["optional"], weights=self.idf[cols["optional"]],
                                                          minlength=n))

    def __bool__(self) -> bool:
        return len(self.occupation_ids) > 0

    def infer(self, skills) -> Inferred | None:
        found = self.infer_many([skills])
        return found[0]

    def infer_many(self, skill_lists: list) -> list[Inferred | None]:
        out: list[Inferred | None] = []
        for start in range(0, len(skill_lists), CHUNK):
            out += self._chunk(skill_lists[start:start + CHUNK])
        return out

    def _chunk(self, skill_lists: list) -> list[Inferred | None]:
        n_occ = len(self.occupation_ids)
        if not n_occ:
            return [None] * len(skill_lists)
        rows, cols = [], []
        for i, skills in enumerate(skill_lists):
            mine = {self.column[s] for s in skills if isinstance(s, int) and s in self.column}
            rows += [i] * len(mine)
            cols += list(mine)
        rows, cols = np.array(rows, np.int64), np.array(cols, np.int64)
        own_total = np.bincount(rows, weights=self.idf[cols], minlength=len(skill_lists)) if len(cols) else \
            np.zeros(len(skill_lists))
        hit_w = np.zeros(len(skill_lists) * n_occ)
        hit_idf = np.zeros(len(skill_lists) * n_occ)
        hit_n = np.zeros(len(skill_lists) * n_occ)
        for postings, weight in ((self.essential, 1.0), (self.optional, W.DESIRED_IN_PROFILE)):
            lists = [postings.get(c) for c in cols.tolist()]
            if not lists:
                continue
            lengths = np.array([len(x) for x in lists])
            occ_rows = np.concatenate(lists).astype(np.int64)
            keys = np.repeat(rows, lengths) * n_occ + occ_rows
            idf = np.repeat(self.idf[cols], lengths)
            hit_w += np.bincount(keys, weights=weight * idf, minlength=len(hit_w))
            hit_idf += np.bincount(keys, weights=idf, minlength=len(hit_idf))
            hit_n += np.bincount(keys, minlength=len(hit_n))
        shape = (len(skill_lists), n_occ)
        recall = hit_w.reshape(shape) / np.where(self.norm > 0, self.norm, 1.0)[None, :]
        precision = hit_idf.reshape(shape) / np.where(own_total > 0, own_total, 1.0)[:, None]
        sim = np.sqrt(recall * precision)
        sim[hit_n.reshape(shape) < MIN_SHARED] = 0.0
        # ties go to the lowest occupation id, so the inference is deterministic
        best = sim.argmax(axis=1)
        return [Inferred(int(self.occupation_ids[b]), float(sim[i, b])) if sim[i, b] > 0 else None
                for i, b in enumerate(best.tolist())]

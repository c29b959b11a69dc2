"""Matching quality on the official ESCO v1.1.1 files: Jobbro against four baselines, both directions.

One need per ESCO occupation (its essential and optional skills, its occupation and ISCO-08 code);
one synthetic candidate per occupation: all essential and half the optional skills, then noise
(each skill dropped with probability p, and p x that many unrelated skills added). Candidates get no
desired occupation: Jobbro sees the same skills as the baselines, plus what the vocabulary knows.

Ranks are pessimistic: a tie with the true match ranks it last among the tied. "partial" credit
counts a candidate/need of another occupation in the same ISCO-08 unit group as half a hit.

    python bench/bench_matching_quality.py [--levels 0.2 0.4 0.6] [--seed 2] [--no-bm25]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import sys
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from matching.engine import Matcher
from matching.model import CandidateData, NeedData, Occupation, Vocabulary
from targets import Report

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "esco_v1.1.1"
TODAY = dt.date(2026, 1, 1)
OPTIONAL_KEPT = 0.5  # a person in an occupation has all its essential and about half its optional skills
PARTIAL = 0.5  # credit for the same ISCO-08 unit group
KS = (1, 5, 10)


@dataclass
class Esco:
    isco: list[str]  # per occupation row
    essential: list[np.ndarray]  # skill rows per occupation
    optional: list[np.ndarray]
    n_skills: int


def load_esco() -> Esco:
    import pandas as pd

    with zipfile.ZipFile(DATA / "esco_v1.1.1_en_csv.zip") as z:
        occ = pd.read_csv(z.open("occupations_en.csv"), usecols=["conceptUri", "iscoGroup"], dtype=str)
    with zipfile.ZipFile(DATA / "esco_v1.1.1_relations_csv.zip") as z:
        rel = pd.read_csv(z.open("occupationSkillRelations.csv"), dtype=str)
    occ = occ.sort_values("conceptUri").reset_index(drop=True)
    occ_row = {u: i for i, u in enumerate(occ.conceptUri)}
    rel = rel[rel.occupationUri.isin(occ_row)]
    skills = sorted(rel.skillUri.unique())
    skill_row = {u: i for i, u in enumerate(skills)}
    rel = rel.assign(o=rel.occupationUri.map(occ_row), s=rel.skillUri.map(skill_row))
    essential = [np.zeros(0, np.int64)] * len(occ)
    optional = [np.zeros(0, np.int64)] * len(occ)
    for (o, relation), group in rel.groupby(["o", "relationType"]):
        target = essential if relation == "essential" else optional
        target[o] = np.sort(group.s.to_numpy(np.int64))
    optional = [np.setdiff1d(opt, ess) for ess, opt in zip(essential, optional)]
    return Esco(occ.iscoGroup.fillna("").tolist(), essential, optional, len(skills))


def make_candidates(esco: Esco, level: float, seed: int) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    out = []
    for ess, opt in zip(esco.essential, esco.optional):
        base = np.concatenate([ess, opt[rng.random(len(opt)) < OPTIONAL_KEPT]])
        kept = base[rng.random(len(base)) >= level]
        n_add = int(round(level * len(base)))
        profile = set(ess.tolist()) | set(opt.tolist())
        added: set[int] = set()
        while len(added) < n_add:
            s = int(rng.integers(esco.n_skills))
            if s not in profile:
                added.add(s)
        out.append(np.union1d(kept, np.array(sorted(added), np.int64)))
    return out


# ---- Jobbro ------------------------------------------------------------------------------------

def jobbro_matcher(esco: Esco, cands: list[np.ndarray]) -> Matcher:
    n = len(esco.isco)
    vocab = Vocabulary(
        skill_names={i: f"s{i}" for i in range(esco.n_skills)},
        occupations={i + 1: Occupation(i + 1, f"o{i}", esco.isco[i]) for i in range(n)},
        occupation_profiles={i + 1: (tuple(esco.essential[i].tolist()), tuple(esco.optional[i].tolist()))
                             for i in range(n)})
    needs = [NeedData(id=i + 1, occupation_id=i + 1, essential=tuple(esco.essential[i].tolist()),
                      desired=tuple(esco.optional[i].tolist())) for i in range(n)]
    people = [CandidateData(id=i + 1, skills=tuple(c.tolist())) for i, c in enumerate(cands)]
    return Matcher.build(vocab, people, needs)


def jobbro_scores(matcher: Matcher, direction: str) -> np.ndarray:
    index = matcher.index
    n = len(index.need_data)
    out = np.zeros((n, n))
    for q in range(n):
        if direction == "n2c":
            scored = matcher.scores_for_need(index.need_data[q], today=TODAY)
            out[q, index.cands["id"] - 1] = scored.score
        else:
            scored = matcher.scores_for_candidate(index.cand_data[q], today=TODAY)
            out[q, index.needs["id"] - 1] = scored.score
    return out


# ---- baselines -----------------------------------------------------------------------------------

def inverted(docs: list[np.ndarray], n_skills: int) -> list[np.ndarray]:
    skills = np.concatenate(docs)
    rows = np.repeat(np.arange(len(docs)), [len(d) for d in docs])
    order = np.argsort(skills, kind="stable")
    bounds = np.searchsorted(skills[order], np.arange(n_skills + 1))
    return [rows[order][bounds[i]:bounds[i + 1]] for i in range(n_skills)]


def baseline_scores(queries: list[np.ndarray], docs: list[np.ndarray], n_skills: int) -> dict[str, np.ndarray]:
    post = inverted(docs, n_skills)
    df = np.array([len(p) for p in post], dtype=np.float64)
    idf = np.log((len(docs) + 1) / (df + 1)) + 1.0
    doc_len = np.array([len(d) for d in docs], dtype=np.float64)
    doc_norm = np.sqrt(np.array([(idf[d] ** 2).sum() for d in docs]))
    out = {name: np.zeros((len(queries), len(docs))) for name in ("count", "jaccard", "tfidf")}
    for q, skills in enumerate(queries):
        rows = np.concatenate([post[s] for s in skills]) if len(skills) else np.zeros(0, np.int64)
        w = np.repeat(idf[skills] ** 2, [len(post[s]) for s in skills])
        inter = np.bincount(rows, minlength=len(docs)).astype(np.float64)
        out["count"][q] = inter
        out["jaccard"][q] = inter / np.maximum(len(skills) + doc_len - inter, 1)
        q_norm = np.sqrt((idf[skills] ** 2).sum())
        out["tfidf"][q] = np.bincount(rows, weights=w, minlength=len(docs)) / np.maximum(q_norm * doc_norm, 1e-12)
    return out


def bm25_scores(queries: list[np.ndarray], docs: list[np.ndarray]) -> np.ndarray:
    """SQLite FTS5's own bm25() (k1 1.2, b 0.75); documents that share no skill rank last."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE docs USING fts5(skills)")
    conn.executemany("INSERT INTO docs(rowid, skills) VALUES (?, ?)",
                     [(i + 1, " ".join(f"s{s}" for s in d)) for i, d in enumerate(docs)])
    out = np.full((len(queries), len(docs)), -np.inf)
    for q, skills in enumerate(queries):
        if not len(skills):
            continue
        expr = " OR ".join(f"s{s}" for s in skills)
        for rowid, score in conn.execute("SELECT rowid, bm25(docs) FROM docs WHERE docs MATCH ?", [expr]):
            out[q, rowid - 1] = -score  # bm25() is lower-is-better
    return out


# ---- metrics -------------------------------------------------------------------------------------

def metrics(score: np.ndarray, isco: list[str]) -> dict[str, float]:
    """Pessimistic ranks of the true item (row q's true item is column q), strict and with partial credit."""
    isco_arr = np.array(isco)
    strict, partial = np.zeros(len(score)), np.zeros(len(score))
    hits = {k: np.zeros(len(score)) for k in KS}
    hits_partial = {k: np.zeros(len(score)) for k in KS}
    for q in range(len(score)):
        s = score[q]
        related = np.flatnonzero((isco_arr == isco_arr[q]) & (isco_arr[q] != ""))
        related = np.union1d(related, [q])
        ranks = (s[None, :] >= s[related][:, None]).sum(axis=1)  # ties count against
        gains = np.where(related == q, 1.0, PARTIAL)
        true_rank = ranks[related == q][0]
        strict[q] = 1.0 / true_rank
        partial[q] = (gains / ranks).max()
        for k in KS:
            hits[k][q] = true_rank <= k
            hits_partial[k][q] = gains[ranks <= k].max() if (ranks <= k).any() else 0.0
    out = {"mrr": strict.mean(), "mrr_partial": partial.mean()}
    for k in KS:
        out[f"r@{k}"] = hits[k].mean()
        out[f"r@{k}_partial"] = hits_partial[k].mean()
    return out


def evaluate(esco: Esco, level: float, seed: int, with_bm25: bool) -> dict:
    cands = make_candidates(esco, level, seed)
    needs = [np.union1d(e, o) for e, o in zip(esco.essential, esco.optional)]
    matcher = jobbro_matcher(esco, cands)
    results = {}
    for direction, queries, docs in (("n2c", needs, cands), ("c2n", cands, needs)):
        methods = baseline_scores(queries, docs, esco.n_skills)
        if with_bm25:
            methods["bm25"] = bm25_scores(queries, docs)
        started = time.perf_counter()
        methods["jobbro"] = jobbro_scores(matcher, direction)
        elapsed = time.perf_counter() - started
        results[direction] = {name: metrics(s, esco.isco) for name, s in methods.items()}
        results[direction]["jobbro"]["ms_per_query"] = 1000 * elapsed / len(queries)
    return results


def report(level: float, results: dict) -> tuple[list[str], list[tuple[str, float]]]:
    """The printed table and the figures held to targets: per direction, Jobbro's MRR* over the best baseline's."""
    lines, figures = [], []
    for direction, label in (("n2c", "need -> candidates"), ("c2n", "candidate -> needs")):
        res = results[direction]
        lines.append(f"noise {level:.1f}  {label}")
        lines.append(f"  {'method':8s} {'MRR':>6s} {'R@1':>6s} {'R@5':>6s} {'R@10':>6s} | {'MRR*':>6s} {'R@1*':>6s} "
                     f"{'R@5*':>6s} {'R@10*':>6s}")
        for name, m in res.items():
            lines.append(f"  {name:8s} {m['mrr']:6.3f} {m['r@1']:6.3f} {m['r@5']:6.3f} {m['r@10']:6.3f} | "
                         f"{m['mrr_partial']:6.3f} {m['r@1_partial']:6.3f} {m['r@5_partial']:6.3f} "
                         f"{m['r@10_partial']:6.3f}")
        base = {k: v for k, v in res.items() if k != "jobbro"}
        best_p = max(base, key=lambda k: base[k]["mrr_partial"])
        best_s = max(base, key=lambda k: base[k]["mrr"])
        ratio_p = res["jobbro"]["mrr_partial"] / base[best_p]["mrr_partial"]
        ratio_s = res["jobbro"]["mrr"] / base[best_s]["mrr"]
        verdict = "beats" if ratio_p > 1 else "DOES NOT beat"
        lines.append(f"  Jobbro / best baseline: MRR* {ratio_p:.3f} (vs {best_p}), strict MRR {ratio_s:.3f} "
                     f"(vs {best_s}) -> Jobbro {verdict} the best baseline")
        figures.append((f"noise {level:.1f}, {label}, MRR* / best baseline", ratio_p))
        figures.append((f"noise {level:.1f}, {label}, strict MRR / best baseline", ratio_s))
    return lines, figures


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--levels", type=float, nargs="+", default=[0.2, 0.4, 0.6])
    parser.add_argument("--seed", type=int, default=2)
    parser.add_argument("--no-bm25", action="store_true")
    args = parser.parse_args(argv)
    verdicts = Report.open(__file__)
    if not DATA.is_dir():
        print(f"ESCO files not found at {DATA}; nothing measured.")
        return verdicts.finish()
    started = time.perf_counter()
    esco = load_esco()
    print(f"ESCO v1.1.1: {len(esco.isco)} occupations, {esco.n_skills} skills; seed {args.seed}; "
          f"* = partial credit {PARTIAL} for the same ISCO-08 unit group; ties count against the method")
    for level in args.levels:
        lines, figures = report(level, evaluate(esco, level, args.seed, not args.no_bm25))
        for line in lines:
            print(line)
        for name, ratio in figures:
            verdicts.figure(name, ratio, "x")
    print(f"done in {time.perf_counter() - started:.0f} s")
    return verdicts.finish()


if __name__ == "__main__":
    sys.exit(main())

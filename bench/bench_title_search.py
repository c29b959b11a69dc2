"""Title-search benchmark: ESCO import time, ranking quality (English, Danish) against baselines, time per keystroke.

    .venv/bin/python bench/bench_title_search.py [--data ../shared/data] [--limit N] [--json OUT]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from targets import Report  # noqa: E402
from text_baselines import Bm25, CharTfidf  # noqa: E402

from db import vocabulary  # noqa: E402
from db.importing.esco_files import read as read_esco  # noqa: E402
from db.importing.esco import import_esco  # noqa: E402
from db.store import open_store  # noqa: E402
from matching import normalize  # noqa: E402
from matching.title_search import PREFERRED, ALTERNATIVE, TitleIndex  # noqa: E402

KEYSTROKE_QUERIES = ["truckchauffør", "SOSU hjælper", "lager medarb.", "pædagogisk assistent", "rengøringsdame",
                     "social- og sundhedsassistent", "tømrerlærling", "buschauffør", "kok", "software developer",
                     "butiksassistent", "elektriker", "regnskabsmedarbejder", "ufaglært produktionsmedarbejder"]
SKILL_QUERIES = ["truckcertifikat", "kørekort C", "hygiejnebevis", "excel", "kundeservice", "svejsning",
                 "customer service", "forklift", "personlig pleje", "engelsk", "førstehjælp", "SAP"]


# -- ranking ----------------------------------------------------------------------------------
def rank_of(scores: np.ndarray, target: int) -> int:
    """1-based rank of the target; every other entry with an equal score counts as ahead of it."""
    t = scores[target]
    return int(1 + (scores > t).sum() + (scores == t).sum() - 1)


def metrics(ranks: list[int]) -> dict:
    r = np.array(ranks, dtype=np.float64)
    return {"queries": len(ranks), "mrr": float((1 / r).mean()), "r@1": float((r <= 1).mean()),
            "r@5": float((r <= 5).mean()), "r@10": float((r <= 10).mean())}


class Baseline:
    """A plain method over the ESCO labels of one language; an occupation scores its best label."""

    def __init__(self, model, owners: list[int], n_entries: int):
        self.model = model
        owners = np.array(owners)
        self.order = np.argsort(owners, kind="stable")
        self.ptr = np.searchsorted(owners[self.order], np.arange(n_entries + 1))[:-1]

    def scores(self, query: str, exclude=()) -> np.ndarray:
        doc_scores = self.model.scores(query).copy()
        if exclude:
            doc_scores[list(exclude)] = -1.0
        return np.maximum.reduceat(doc_scores[self.order], self.ptr)


def same_text(text: str) -> str:
    """A held-out name's text as the baselines see it: case and spacing aside, the same string."""
    return " ".join(text.casefold().split())


class Ours:
    """Jobbro's occupation index as the app builds it from the store (every label of every language, our
    own synonyms, ISCO-08 group names), scored per ESCO concept. A held-out query is also removed from
    the index: every name of the target with the query's text (`same`: case and spacing aside, as
    for the baselines, which leave out the held-out label; with `normalize.key` the stricter rule of
    earlier runs, which also leaves out the target's inflected and gendered forms of the query). The
    target's names then teach no swap either (`TitleIndex.swapped`): a held-out name must not show
    the way to its own occupation."""

    def __init__(self, index: TitleIndex, uris: list[str], same=same_text):
        self.index = index
        self.same = same
        position = {u: i for i, u in enumerate(uris)}
        self.rows = np.array([position.get(e.uri, -1) for e in index.entries])
        self.keys = [same(lab.text) for lab in index.labels]
        self.n = len(uris)

    def scores(self, query: str, target: int, held_out: bool) -> np.ndarray:
        exclude = ()
        if held_out:
            qkey = self.same(query)
            entries = np.nonzero(self.rows == target)[0]
            exclude = [int(self.index.pair_doc[p]) for e in entries
                       for p in range(self.index.entry_ptr[e], self.index.entry_ptr[e + 1])
                       if self.keys[self.index.pair_doc[p]] == qkey]
        entry_scores = self.index.entry_scores(query, exclude)[0]
        out = np.full(self.n, -1.0)
        known = self.rows >= 0
        np.maximum.at(out, self.rows[known], entry_scores[known])
        # entries that are no ESCO concept (ours without a link) still compete: the best of them
        # counts as one more concept ahead of the target when it scores higher
        others = entry_scores[~known]
        return np.append(out, others.max() if len(others) else -1.0)


METHODS = ("jobbro", "char-tfidf", "char-tfidf-3-5", "bm25")


def evaluate(ours: Ours, texts: list[str], owners: list[int], n_entries: int,
             queries: list[tuple[str, int, tuple]], held_out: bool, strict: Ours | None = None) -> dict:
    baselines = {"char-tfidf": Baseline(CharTfidf(texts, 2, 5), owners, n_entries),
                 "char-tfidf-3-5": Baseline(CharTfidf(texts, 3, 5), owners, n_entries),
                 "bm25": Baseline(Bm25(texts), owners, n_entries)}
    out = {}
    for name in METHODS:
        started = time.perf_counter()
        if name == "jobbro":
            ranks = [rank_of(ours.scores(q, target, held_out), target) for q, target, _ in queries]
        else:
            ranks = [rank_of(baselines[name].scores(q, ex), target) for q, target, ex in queries]
        out[name] = {**metrics(ranks), "ms_per_query": 1000 * (time.perf_counter() - started) / max(1, len(queries))}
    if strict is not None:
        out["jobbro-strict"] = metrics([rank_of(strict.scores(q, target, True), target) for q, target, _ in queries])
    return out


# -- data -------------------------------------------------------------------------------------
def esco_labels(data, lang: str) -> tuple[list[str], list[str], list[int], list[float]]:
    """ESCO occupations (by URI) and their labels in one language, read from the files."""
    position: dict[str, int] = {}
    texts, owners, weights = [], [], []
    for uri, concept in data.occupations.items():
        names = concept.names.get(lang)
        if not names:
            continue
        owner = position.setdefault(uri, len(position))
        texts.append(names.preferred)
        owners.append(owner)
        weights.append(PREFERRED)
        for label in sorted(set(names.alternative + names.hidden) - {names.preferred}):
            texts.append(label)
            owners.append(owner)
            weights.append(ALTERNATIVE)
    return list(position), texts, owners, weights


def english_benchmark(index: TitleIndex, esco, data: Path, limit: int | None) -> dict:
    uris, texts, owners, weights = esco_labels(esco, "en")
    position = {u: i for i, u in enumerate(uris)}
    queries, missing = [], 0
    with gzip.open(data / "jobbert_eval_titles_esco_validation.csv.gz", "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["conceptUri"] in position:
                queries.append((row["vacancyTitle"], position[row["conceptUri"]], ()))
            else:
                missing += 1
    queries = queries[:limit] if limit else queries
    return {"labels": len(texts), "occupations": len(uris), "unmatched_uris": missing,
            "results": evaluate(Ours(index, uris), texts, owners, len(uris), queries, held_out=False)}


def danish_benchmark(index: TitleIndex, esco, limit: int | None) -> dict:
    uris, texts, owners, weights = esco_labels(esco, "da")
    per_entry = defaultdict(list)
    for doc, owner in enumerate(owners):
        per_entry[owner].append(doc)
    # every alternative label of an occupation that has another label, held out from the index in turn
    queries = [(texts[d], owners[d], (d,)) for d in range(len(texts))
               if weights[d] != PREFERRED and len(per_entry[owners[d]]) > 1]
    queries = queries[:limit] if limit else queries
    return {"labels": len(texts), "occupations": len(set(owners)),
            "results": evaluate(Ours(index, uris), texts, owners, len(uris), queries, held_out=True,
                                strict=Ours(index, uris, normalize.key))}


def keystrokes(index: TitleIndex, queries: list[str]) -> dict:
    times = []
    for query in queries:
        for end in range(1, len(query) + 1):
            started = time.perf_counter()
            index.search(query[:end], 12)
            times.append(1000 * (time.perf_counter() - started))
    times.sort()
    return {"keystrokes": len(times), "median_ms": statistics.median(times),
            "p95_ms": times[int(0.95 * (len(times) - 1))], "max_ms": times[-1]}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--limit", type=int, help="use only the first N queries of each quality set")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    verdicts = Report.open(__file__)
    report: dict = {}
    paths = [args.data / "esco_v1.1.1", args.data / "esco_v1.0.8_da"]
    needed = [*paths, args.data / "jobbert_eval_titles_esco_validation.csv.gz"]
    if not all(path.exists() for path in needed):
        print(f"data not found ({', '.join(str(p) for p in needed if not p.exists())}); nothing measured.")
        return verdicts.finish()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_store(Path(tmp) / "bench.sqlite")
        for run, figure in (("first_import", "ESCO import, first"), ("re_import", "ESCO import, again")):
            started = time.perf_counter()
            counts = import_esco(db, paths)
            report[run] = {"seconds": time.perf_counter() - started, "occupations": counts.occupations_added +
                           counts.occupations_updated, "skills": counts.skills_added + counts.skills_updated,
                           "relations": counts.relations, "labels": counts.labels}
            print(run, json.dumps(report[run]), flush=True)
            verdicts.figure(figure, report[run]["seconds"], "s")
        for name, build in (("occupations", vocabulary.occupation_index), ("skills", vocabulary.skill_index)):
            started = time.perf_counter()
            index = build(db)
            build_s = time.perf_counter() - started
            typed = keystrokes(index, KEYSTROKE_QUERIES if name == "occupations" else SKILL_QUERIES)
            report[f"keystroke_{name}"] = {"entries": len(index.entries), "labels": len(index.labels),
                                           "index_build_s": build_s, **typed}
            print(f"keystroke_{name}", json.dumps(report[f"keystroke_{name}"]), flush=True)
            verdicts.figure(f"keystroke, {name}, median", typed["median_ms"], "ms")
            verdicts.figure(f"keystroke, {name}, max", typed["max_ms"], "ms")
        esco = read_esco(paths)
        index = vocabulary.occupation_index(db)
        report["english"] = english_benchmark(index, esco, args.data, args.limit)
        print("english", json.dumps(report["english"]), flush=True)
        report["danish"] = danish_benchmark(index, esco, args.limit)
        print("danish", json.dumps(report["danish"]), flush=True)
        db.close()
    _print_tables(report, verdicts)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))
    return verdicts.finish()


def _print_tables(report: dict, verdicts: Report) -> None:
    for name in ("english", "danish"):
        print(f"\n{name}: {report[name]['results']['jobbro']['queries']} queries over {report[name]['labels']} labels")
        print("| method | MRR | R@1 | R@5 | R@10 | ms/query |\n|---|---|---|---|---|---|")
        for method, r in report[name]["results"].items():
            print(f"| {method} | {r['mrr']:.3f} | {r['r@1']:.3f} | {r['r@5']:.3f} | {r['r@10']:.3f} | "
                  f"{r.get('ms_per_query', float('nan')):.2f} |")
        results = report[name]["results"]
        best = max(r["mrr"] for m, r in results.items() if not m.startswith("jobbro"))
        tfidf = results["jobbro"]["mrr"] / results["char-tfidf"]["mrr"]
        print(f"jobbro / best baseline MRR: {results['jobbro']['mrr'] / best:.3f}; "
              f"/ char 2-5-gram TF-IDF: {tfidf:.3f}")
        verdicts.figure(f"{name.capitalize()} titles, jobbro MRR", results["jobbro"]["mrr"])
        verdicts.figure(f"{name.capitalize()} titles, jobbro / best baseline MRR", results["jobbro"]["mrr"] / best, "x")
        verdicts.figure(f"{name.capitalize()} titles, jobbro / char TF-IDF MRR", tfidf, "x")
        verdicts.figure(f"{name.capitalize()} titles, jobbro / char TF-IDF recall@10",
                        results["jobbro"]["r@10"] / results["char-tfidf"]["r@10"], "x")


if __name__ == "__main__":
    sys.exit(main())

"""Import benchmark: 100,000 candidate rows from a CSV file, as a dry run, for real, and again (all unchanged).

Run: .venv/bin/python bench/bench_import.py [--rows N] [--keep DIR]
Prints the figures with the machine they were measured on; docs/IMPORT.md keeps a copy.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import platform
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db import importing
from db.importing import columns
from db.store import open_store
from targets import Report

FIRST = ["Anna", "Mohammed", "Mette", "Jonas", "Fatima", "Lars", "Sofie", "Ali", "Camilla", "Peter", "Emma",
         "Ahmad", "Louise", "Mads", "Ida", "Omar", "Line", "Rasmus", "Zeynep", "Søren", "Åse", "Bjørn"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
        "Yilmaz", "Hassan", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Johansen", "Møller"]
FREE = ["Erfaring fra køkken i udlandet", "Kan lidt tysk", "Har passet egne heste", "Frivillig i fodboldklub"]


def vocabulary(db) -> dict:
    return {
        "postcodes": [r[0] for r in db.execute("SELECT postcode FROM postcodes")],
        "target_groups": [r[0] for r in db.execute("SELECT name FROM target_groups")],
        "occupations": [r[0] for r in db.execute("SELECT title FROM occupations")],
        "skills": [r[0] for r in db.execute("SELECT name FROM skills WHERE kind IN ('skill', 'knowledge')")],
        "certificates": [r[0] for r in db.execute("SELECT name FROM skills WHERE kind = 'certificate'")],
        "licences": ["B", "C", "CE", "D", "B, C"],
    }


def write_csv(path: Path, rows: int, vocab: dict, seed: int = 7) -> None:
    """A case-system style export, semicolon-separated, UTF-8 with BOM, as Danish Excel writes it."""
    rng = random.Random(seed)
    headers = ["Sags-id", "Fornavn", "Efternavn", "Telefon", "E-mail", "Postnr.", "Fødselsår", "Målgruppe",
               "Ledig siden", "Timer pr. uge", "Egen bil", "Ønskede stillinger", "Kompetencer", "Certifikater",
               "Kørekort", "Status"]
    today = dt.date.today()
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(headers)
        for i in range(rows):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            skills = rng.sample(vocab["skills"], rng.randint(2, 5)) + ([rng.choice(FREE)] if rng.random() < 0.1 else [])
            since = today - dt.timedelta(days=rng.randint(10, 900))
            writer.writerow([
                f"SAG-{100000 + i}", first, last, f"{rng.randint(20, 99)} {rng.randint(10, 99)} "
                f"{rng.randint(10, 99)} {rng.randint(10, 99)}", f"{first.lower()}.{i}@example.dk",
                rng.choice(vocab["postcodes"]), rng.randint(today.year - 64, today.year - 18),
                rng.choice(vocab["target_groups"]), since.strftime("%d-%m-%Y"), rng.choice(["37", "25", "15,5", ""]),
                rng.choice(["Ja", "Nej"]), "; ".join(rng.sample(vocab["occupations"], rng.randint(1, 2))),
                "; ".join(skills), rng.choice(vocab["certificates"]) if rng.random() < 0.3 else "",
                rng.choice(vocab["licences"]) if rng.random() < 0.6 else "", "Aktiv"])


def timed(report: Report, label: str, fn):
    started = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - started
    print(f"{label:<38} {seconds:7.1f} s", flush=True)
    report.figure(label, seconds, "s")
    return result, seconds


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        ram = int(Path("/proc/meminfo").read_text().split()[1]) / 1024 / 1024
    except OSError:
        ram = 0
    return f"{os.cpu_count()} CPUs (nproc), {cpu}, {ram:.0f} GB RAM, Python {platform.python_version()}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--keep", metavar="DIR", help="write the CSV and store here instead of a temp dir")
    args = parser.parse_args()
    report = Report.open(__file__)
    folder = Path(args.keep or tempfile.mkdtemp(prefix="jobbro-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "candidates.csv"
    fresh = [open_store(_fresh(folder / name)) for name in ("dialog.sqlite", "cli.sqlite")]
    write_csv(source, args.rows, vocabulary(fresh[0]))
    print(f"{dt.date.today()}  {machine()}")
    print(f"{args.rows} candidate rows, {source.stat().st_size / 1024 / 1024:.1f} MB CSV")
    timed(report, "read CSV", lambda: importing.read_table(source))
    # The dialog: the preview is a dry run; confirming writes the plan it showed.
    plan, checked = timed(report, "dry run / preview (read + check)",
                          lambda: importing.run(fresh[0], source, "candidates", who="bench", dry_run=True))
    assert plan.ok, [(r.row, r.errors) for r in plan.rows if r.errors][:3]
    _, written = timed(report, "write after the preview (Import)", lambda: importing.apply(fresh[0], plan, who="bench"))
    print(f"{'  preview + write':<38} {checked + written:7.1f} s")
    report.figure("preview + write", checked + written, "s")
    # The command line: read, check and write in one go, into another empty store.
    plan, _ = timed(report, "jobbro import (read + check + write)",
                    lambda: importing.run(fresh[1], source, "candidates", who="bench"))
    print(f"  created {plan.counts()['create']}")
    plan, _ = timed(report, "same file again (every row unchanged)",
                    lambda: importing.run(fresh[1], source, "candidates", who="bench"))
    mapping = plan.mapping
    print(f"  unchanged {plan.counts()['skip']} of {len(plan.rows)}; columns: "
          f"{', '.join(columns.field_map('candidates')[k].header for k, _ in mapping.columns())}")
    for db in fresh:
        db.close()
    return report.finish()


def _fresh(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


if __name__ == "__main__":
    sys.exit(main())

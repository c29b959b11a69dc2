"""The team register's speed and the bigger simulation (docs/TEAM.md, issue #14).

    PGPASSWORD=... .venv/bin/python bench/bench_team_sync.py --server URL [--store DEMO.sqlite]
        [--clients 20] [--changes 500]

URL names an empty database on a PostgreSQL server this run may fill (its schema `jobbro` is dropped
first). With --store, a copy of that store joins and makes the first full sync to the server, and a
fresh laptop receives everything (the new laptop's first full sync). Then the simulation: CLIENTS
laptops each make CHANGES random edits with random offline periods; at the end every laptop's
companies must equal the server's (a hash per table), and an incremental sync of 100 changes is timed.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import psycopg

from db import companies
from db.store import open_store
from db.team import server, sync


def fresh_schema(url: str) -> None:
    with psycopg.connect(url) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {server.SCHEMA} CASCADE")
    server.init(url)


def first_sync(url: str, store: Path, work: Path, report) -> None:
    copy = work / "sender.sqlite"
    shutil.copy(store, copy)
    db = open_store(copy)
    sync.join(db, url)
    started = time.perf_counter()
    sync.sync(db)
    report.figure("first push of a full store", time.perf_counter() - started, "s")
    db.close()
    fresh = open_store(work / "new-laptop.sqlite")
    sync.join(fresh, url)
    started = time.perf_counter()
    sync.sync(fresh)
    report.figure("a new laptop's first full sync", time.perf_counter() - started, "s")
    fresh.close()


def simulate(url: str, work: Path, clients: int, changes: int, report) -> None:
    from tests.team.test_team_simulation import laptop_hash, server_hash  # the test's hashes, one definition

    rng = random.Random(14)
    laptops = [open_store(work / f"laptop{i}.sqlite") for i in range(clients)]
    for db in laptops:
        sync.join(db, url)
    for _ in range(changes * clients):
        db = rng.choice(laptops)
        ids = [r[0] for r in db.execute("SELECT id FROM companies ORDER BY random() LIMIT 1")]
        if rng.random() < 0.3 or not ids:
            companies.add(db, who="sim", name=f"Firma {rng.randrange(10**6)}")
        elif rng.random() < 0.95:
            companies.update(db, ids[0], who="sim", town=rng.choice(["Vejle", "Kolding", "Horsens"]),
                             phone=str(rng.randrange(10**7, 10**8)))
        else:
            companies.delete(db, ids[0], who="sim")
        if rng.random() < 0.05:
            sync.sync(rng.choice(laptops))
    for _ in range(2):
        for db in laptops:
            sync.sync(db)
    expected = server_hash(url)
    equal = sum(laptop_hash(db) == expected for db in laptops)
    report.figure("laptops equal to the server after the simulation", equal / clients, "x")
    db = laptops[0]
    ids = [r[0] for r in db.execute("SELECT id FROM companies LIMIT 100")]
    for record_id in ids:
        companies.update(db, record_id, who="sim", phone=str(rng.randrange(10**7, 10**8)))
    started = time.perf_counter()
    sync.sync(db)
    sync.sync(laptops[1])
    report.figure("incremental sync of 100 changes (push and pull)", time.perf_counter() - started, "s")
    for db in laptops:
        db.close()


def main(argv: list[str]) -> int:
    from targets import Report

    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--store", type=Path)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--changes", type=int, default=500)
    args = parser.parse_args(argv)
    report = Report.open(__file__)
    fresh_schema(args.server)
    with tempfile.TemporaryDirectory(prefix="jobbro-team-bench-") as folder:
        if args.store:
            first_sync(args.server, args.store, Path(folder), report)
            fresh_schema(args.server)
        simulate(args.server, Path(folder), args.clients, args.changes, report)
    return report.finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The team register's speed and the full simulation (docs/TEAM.md, issue #14).

    .venv/bin/python bench/bench_team_sync.py --throwaway [--store DEMO.sqlite] [--clients 20] [--changes 500]
    PGPASSWORD=... .venv/bin/python bench/bench_team_sync.py --server URL [--store DEMO.sqlite] ...

--throwaway starts a throwaway PostgreSQL (tests/team/throwaway.py: initdb in a temporary folder, a
unix socket) and removes it afterwards; --server URL names an empty database this run may fill (its
schema `jobbro` is dropped first).

With --store, a copy of that store joins and pushes everything (the first push of a full store), then
a fresh empty laptop joins and receives everything (a new laptop's first full sync) while a second
thread reads the store on its own connection (the longest read: the app stays responsive, since the
app's sync runs in a StoreWorker thread of the same process); then 100 changes go from the first
laptop to the new one (the incremental sync).

Then the simulation: CLIENTS laptops each make CHANGES random changes through the db modules, about 70 %
of companies (new companies, edits of one field, the same field edited on two laptops, deletions) and
30 % of a company's contact persons (added, edited, deleted), logged contacts (added) and needs (added,
edited), with random offline periods (a sync
attempted while offline fails and the work waits). Their syncs run in this process and as real
processes, some killed with SIGKILL: a child that kills itself after the server committed a push but
before its outbox was emptied, before the server commit, or half-way through applying a pull, and
`jobbro sync` processes killed at a random moment. At the end every laptop's companies, contact persons,
contacts and needs equal the server's (a hash per table, tests/team/test_team_simulation.py) and every
change is applied on the server or listed as a conflict (or its record or company was deleted: a
tombstone wins).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402  (after the path: the bench runs as a script)

from db import companies, contacts, needs  # noqa: E402
from db.store import open_store  # noqa: E402
from db.team import outbox, pull, push, server, sync  # noqa: E402
from db.errors import NotFound, ValidationError  # noqa: E402
from db.team.errors import TeamError  # noqa: E402

TOWNS = ("Vejle", "Kolding", "Horsens", "Fredericia", "Billund")
OFFLINE = "host=/nonexistent/jobbro-offline port=5432 dbname=jobbro user=jobbro"  # a server never there


def fresh_schema(url: str) -> None:
    with psycopg.connect(url) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {server.SCHEMA} CASCADE")
    server.init(url)


class Timed:
    """Wraps pull.apply: how long the pull held the store in its one write transaction."""

    def __init__(self):
        self.real = pull.apply
        self.last = 0.0

    def __call__(self, *args, **kwargs):
        started = time.perf_counter()
        try:
            return self.real(*args, **kwargs)
        finally:
            self.last = time.perf_counter() - started


class Reader(threading.Thread):
    """Reads the store on its own connection every 20 ms (a list of the newest candidates and a count)
    and keeps the longest read: in WAL mode a reader is never blocked by the pull's write transaction;
    what it can feel is the pull's CPU and Python's GIL, as the app's GUI thread would."""

    def __init__(self, path: Path):
        super().__init__(daemon=True)
        self.path = path
        self.longest = 0.0
        self.reads = 0
        self.stop = threading.Event()

    def run(self):
        conn = sqlite3.connect(self.path)
        while not self.stop.is_set():
            started = time.perf_counter()
            conn.execute("SELECT id, name FROM candidates ORDER BY id DESC LIMIT 50").fetchall()
            conn.execute("SELECT count(*) FROM companies").fetchone()
            self.longest = max(self.longest, time.perf_counter() - started)
            self.reads += 1
            time.sleep(0.02)
        conn.close()


def first_sync(url: str, store: Path, work: Path, report) -> None:
    copy = work / "sender.sqlite"
    shutil.copy(store, copy)
    db = open_store(copy)
    started = time.perf_counter()
    queued = sync.join(db, url)
    report.figure("join of a full store (queue every record)", time.perf_counter() - started, "s")
    print(f"  {queued} records queued")
    timed = pull.apply = Timed()
    try:
        started = time.perf_counter()
        sync.sync(db)
        report.figure("first push of a full store", time.perf_counter() - started, "s")
        fresh = open_store(work / "new-laptop.sqlite")
        sync.join(fresh, url)
        reader = Reader(work / "new-laptop.sqlite")
        reader.start()
        started = time.perf_counter()
        result = sync.sync(fresh)
        report.figure("a new laptop's first full sync", time.perf_counter() - started, "s")
        reader.stop.set()
        reader.join()
        print(f"  {result.pulled} records received, {reader.reads} reads meanwhile")
        report.figure("write transaction of the full pull", timed.last, "s")
        report.figure("read on a second connection during a full pull, max", reader.longest * 1000, "ms")
        ids = [r[0] for r in db.execute("SELECT id FROM companies ORDER BY id LIMIT 100")]
        rng = random.Random(7)
        for record_id in ids:
            companies.update(db, record_id, who="bench", phone=str(rng.randrange(10**7, 10**8)))
        started = time.perf_counter()
        sent = sync.sync(db).pushed
        received = sync.sync(fresh).pulled
        report.figure("incremental sync of 100 changes (push and pull)", time.perf_counter() - started, "s")
        report.figure("write transaction of the incremental pull", timed.last * 1000, "ms")
        print(f"  {sent} sent, {received} received")
        fresh.close()
    finally:
        pull.apply = timed.real
        db.close()


# --- the simulation -------------------------------------------------------------------------------

CHILD = "--child"  # bench_team_sync.py --child STORE WHERE K: one sync that kills itself at WHERE


def child(argv: list[str]) -> int:
    """One sync of STORE in this process, killed with SIGKILL (by itself) at a chosen point: 'commit'
    after the server committed the K-th push batch and before the outbox is emptied, 'write' in the
    K-th push batch before the server commit, 'pull' at the K-th record applied by the pull."""
    path, where, k = argv[0], argv[1], int(argv[2])
    count = [0]

    def dying(real):
        def call(*args, **kwargs):
            count[0] += 1
            if count[0] == k:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(*args, **kwargs)
        return call

    if where == "commit":
        push.done = dying(push.done)
    elif where == "write":
        push._write = dying(push._write)
    elif where == "pull":
        pull._apply_one = dying(pull._apply_one)
    sync.sync(open_store(Path(path)))
    return 0


class Simulation:
    def __init__(self, url: str, work: Path, clients: int, changes: int, seed: int = 14):
        self.url, self.work, self.rng = url, work, random.Random(seed)
        self.paths = [work / f"laptop{i}.sqlite" for i in range(clients)]
        self.laptops = [open_store(path) for path in self.paths]
        for db in self.laptops:
            sync.join(db, url)
        self.changes = changes
        self.made = [0] * clients
        self.online = [True] * clients
        self.running: dict[int, tuple[subprocess.Popen, str, float]] = {}
        # (laptop, gid, field or "+" / "-"): the gid is taken when the change is made, since SQLite gives
        # a deleted company's local id to the next one
        self.edits: list[tuple[int, str, str]] = []
        self.stats = Counter()
        self.lost: list[tuple] = []
        self.oids: list = []  # debugging: the outbox row of each field edit
        self.parent: dict[str, str] = {}  # gid of a person, contact or need -> its company's gid

    # one random change on laptop i: companies most often, then their contact persons, logged contacts
    # and needs (roughly 70 / 12 / 8 / 10 per cent)
    def change(self, i: int) -> None:
        db, rng, who = self.laptops[i], self.rng, f"k{i}"
        ids = [r[0] for r in db.execute("SELECT id FROM companies")]
        action = rng.random()
        if action < 0.30 and ids:
            if not self.other(i, rng.choice(ids), action / 0.30):
                return
        elif action < 0.38 or not ids:
            new = companies.add(db, who=who, name=f"Firma {rng.randrange(10**6)}").id
            self.edits.append((i, self.gid(i, new), "+"))
        elif action < 0.98:
            record_id = rng.choice(ids)
            field = rng.choice(("town", "phone", "name"))
            if not self.edit(i, record_id, field):
                return
            if rng.random() < 0.15:  # the same field of the same company on another laptop
                self.same_field(i, record_id, field)
        else:
            record_id = rng.choice(ids)
            gid = self.gid(i, record_id)
            try:
                companies.delete(db, record_id, who=who)
            except NotFound:
                return  # deleted meanwhile by a pull of this laptop's sync process
            self.edits.append((i, gid, "-"))
        self.made[i] += 1

    def other(self, i: int, company_id: int, draw: float) -> bool:
        """A change of a company's contact persons (40 %), logged contacts (27 %) or needs (33 %); False
        when nothing changed (the record went meanwhile, or the value drawn is the one it has)."""
        db, rng, who = self.laptops[i], self.rng, f"k{i}"
        company = self.gid(i, company_id)
        person = db.execute("SELECT id FROM contact_persons WHERE company_id = ? ORDER BY random() LIMIT 1",
                            [company_id]).fetchone()
        need = db.execute("SELECT id FROM needs WHERE company_id = ? ORDER BY random() LIMIT 1",
                          [company_id]).fetchone()
        try:
            if draw < 0.4:
                if person and draw < 0.3:
                    field = rng.choice(("role", "phone"))
                    value = rng.choice(("HR", "Ejer", "Leder", "Formand")) if field == "role" \
                        else str(rng.randrange(10**7, 10**8))
                    table, record_id, op = "contact_persons", person[0], field
                    if field not in companies.update_person(db, person[0], who=who, **{field: value}).fields:
                        return False
                elif person and draw < 0.33:
                    table, record_id, op = "contact_persons", person[0], "-"
                    gid = self.gid(i, record_id, table)
                    companies.delete_person(db, person[0], who=who)
                    self.edits.append((i, gid, op))
                    self.parent[gid] = company
                    self.stats["kinds: contact_persons"] += 1
                    return True
                else:
                    table, op = "contact_persons", "+"
                    record_id = companies.add_person(db, company_id, who=who, name=f"Person {rng.randrange(10**6)}").id
            elif draw < 0.67:
                table, op = "contacts", "+"
                record_id = contacts.add(db, who=who, company_id=company_id, at="2026-12-01 10:00",
                                         kind=rng.choice(contacts.KINDS), contact_person_id=person[0] if person else None,
                                         summary=f"Samtale {rng.randrange(10**6)}").id
            elif need and draw < 0.85:
                table, record_id = "needs", need[0]
                op = rng.choice(("title", "positions"))
                value = f"Stilling {rng.randrange(10**6)}" if op == "title" else rng.randint(1, 9)
                if op not in needs.update(db, need[0], who=who, **{op: value}).fields:
                    return False
            else:
                table, op = "needs", "+"
                record_id = needs.add(db, who=who, company_id=company_id, title=f"Stilling {rng.randrange(10**6)}").id
        except (NotFound, ValidationError):
            return False  # the company or person deleted meanwhile by a pull of this laptop's sync process
        gid = self.gid(i, record_id, table)
        self.edits.append((i, gid, op))
        self.parent[gid] = company
        self.stats[f"kinds: {table}"] += 1
        return True

    def value(self, field: str) -> str:
        rng = self.rng
        return {"town": rng.choice(TOWNS), "phone": str(rng.randrange(10**7, 10**8)),
                "name": f"Firma {rng.randrange(10**6)}"}[field]

    def same_field(self, i: int, record_id: int, field: str) -> None:
        gid = self.gid(i, record_id)
        for j in self.rng.sample(range(len(self.laptops)), len(self.laptops)):
            if j == i or self.made[j] >= self.changes:
                continue
            row = self.laptops[j].execute("SELECT c.id FROM team_ids t JOIN companies c ON c.id = t.record_id "
                                          "WHERE t.tbl = 'companies' AND t.gid = ?", [gid]).fetchone()
            if row and self.edit(j, row[0], field):
                self.made[j] += 1
                self.stats["same-field edits on two laptops"] += 1
                return

    def edit(self, i: int, record_id: int, field: str) -> bool:
        """Give one field of a company a new value on laptop i; False when the value drawn is the one it has."""
        db, value = self.laptops[i], self.value(field)
        try:
            if field not in companies.update(db, record_id, who=f"k{i}", **{field: value}).fields:
                return False  # the value it has
        except NotFound:
            return False  # deleted meanwhile by a pull of this laptop's sync process
        self.edits.append((i, self.gid(i, record_id), field))
        self.oids.append(db.execute("SELECT max(id) FROM team_outbox").fetchone()[0])
        return True

    def gid(self, i: int, record_id: int, table: str = "companies") -> str:
        return outbox.gid(self.laptops[i], table, record_id)

    # syncs: in this process, offline, or as a process that may be killed
    def sync(self, i: int) -> None:
        if not self.online[i]:
            try:
                sync.sync(self.laptops[i], OFFLINE)
            except TeamError:
                self.stats["syncs refused while offline"] += 1
            return
        if i in self.running or len(self.running) >= 3 or self.rng.random() < 0.55:
            sync.sync(self.laptops[i])
            self.stats["syncs in this process"] += 1
            return
        plan = self.rng.choice(("commit", "write", "pull", "random", "whole"))
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        if plan in ("random", "whole"):
            command = [sys.executable, str(ROOT / "main.py"), "sync", "--db", str(self.paths[i]), "--json"]
        else:
            command = [sys.executable, __file__, CHILD, str(self.paths[i]), plan, str(self.rng.randint(1, 3))]
        process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + self.rng.uniform(0.3, 2.5) if plan == "random" else float("inf")
        self.running[i] = (process, plan, deadline)

    def reap(self, wait: bool = False) -> None:
        for i, (process, plan, deadline) in list(self.running.items()):
            if process.poll() is None and time.monotonic() >= deadline:
                process.kill()  # SIGKILL at a random moment of `jobbro sync`
            if wait:
                process.wait()
            if process.poll() is None:
                continue
            del self.running[i]
            err = process.stderr.read().decode(errors="replace")
            process.stderr.close()
            if process.returncode == -signal.SIGKILL:
                self.stats[f"processes killed ({plan})"] += 1
            elif process.returncode == 0:
                self.stats[f"processes ended ({plan})"] += 1
            else:
                raise RuntimeError(f"a sync process failed ({plan}, exit {process.returncode}): {err[-2000:]}")

    def run(self) -> None:
        rng = self.rng
        while min(self.made) < self.changes:
            self.reap()
            i = rng.choice([k for k, made in enumerate(self.made) if made < self.changes])
            if i in self.running and rng.random() < 0.5:
                time.sleep(0.01)  # mostly let a laptop's sync process work; sometimes edit meanwhile
                continue
            self.change(i)
            if rng.random() < 0.01:
                self.online[i] = not self.online[i]  # a visit without network begins or ends
                self.stats["offline periods" if not self.online[i] else "back online"] += 1
            if rng.random() < 0.05:
                self.sync(i)
        while self.running:
            self.reap()
            time.sleep(0.05)
        self.online = [True] * len(self.laptops)
        for _ in range(2):
            for db in self.laptops:
                sync.sync(db)

    def check(self, report) -> None:
        from tests.team.test_team_simulation import laptop_hash, server_hash  # one definition of the hashes

        expected = server_hash(self.url)
        hashes = [laptop_hash(db) for db in self.laptops]
        for table in expected:
            equal = sum(h[table] == expected[table] for h in hashes)
            report.figure(f"laptops equal to the server after the simulation: {table}", equal / len(hashes), "x")
            rows = self.laptops[0].execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            print(f"  {table}: {equal} of {len(hashes)} laptops equal the server ({rows} rows on laptop 0)")
        equal = sum(h == expected for h in hashes)  # the target: every table on every laptop
        report.figure("laptops equal to the server after the simulation", equal / len(hashes), "x")
        with psycopg.connect(self.url) as conn:
            logged = {(str(c), g, f) for c, g, fields in conn.execute(
                f"SELECT client, gid::text, fields FROM {server.SCHEMA}.log") for f in fields}
            logged_ops = {(str(c), g, op) for c, g, op in conn.execute(
                f"SELECT client, gid::text, op FROM {server.SCHEMA}.log")}
            lost = {(g, f, by) for g, f, by in conn.execute(
                f"SELECT gid::text, field, lost_by FROM {server.SCHEMA}.conflicts")}
            gone = {g for (g,) in conn.execute(f"SELECT gid::text FROM {server.SCHEMA}.records WHERE deleted")}
            open_ids = {i for (i,) in conn.execute(f"SELECT id FROM {server.SCHEMA}.conflicts WHERE NOT resolved")}
            waiting = sum(db.execute("SELECT count(*) FROM team_outbox").fetchone()[0] for db in self.laptops)
        verdict = Counter()
        clients = [db.execute("SELECT client_id FROM team_membership").fetchone()[0] for db in self.laptops]
        for i, gid, field in self.edits:
            client = clients[i]
            if field == "+":
                ok = (client, gid, "insert") in logged_ops
            elif field == "-":
                ok = gid in gone
            else:
                ok = (client, gid, field) in logged
            kind = ("applied" if ok else "in a conflict list" if (gid, field, f"k{i}") in lost
                    else "record deleted (a tombstone wins)" if gid in gone
                    else "company deleted (a tombstone wins)" if self.parent.get(gid) in gone else "LOST")
            verdict[kind] += 1
            if kind == "LOST" and verdict[kind] <= 5:
                print(f"  LOST: laptop k{i}, gid {gid}, {field!r}")
                self.lost.append((i, gid, field))
        accounted = sum(n for kind, n in verdict.items() if kind != "LOST")
        report.figure("changes applied or in a conflict list", accounted / max(len(self.edits), 1), "x")
        same_conflicts = sum({r[0] for r in db.execute("SELECT server_id FROM team_conflicts WHERE NOT resolved "
                                                       "AND server_id IS NOT NULL")} == open_ids
                             for db in self.laptops)
        report.figure("laptops listing every open conflict", same_conflicts / len(self.laptops), "x")
        print(f"  {len(self.edits)} changes: " + ", ".join(f"{n} {kind}" for kind, n in verdict.most_common()))
        print(f"  {len(open_ids)} open conflicts on the server, {waiting} changes still waiting on the laptops")
        print("  " + ", ".join(f"{kind}: {n}" for kind, n in sorted(self.stats.items())))

    def close(self) -> None:
        for db in self.laptops:
            db.close()


def simulate(url: str, work: Path, clients: int, changes: int, report) -> None:
    simulation = Simulation(url, work, clients, changes)
    try:
        started = time.perf_counter()
        simulation.run()
        print(f"  simulation ran {time.perf_counter() - started:.0f} s")
        simulation.check(report)
    finally:
        simulation.close()


def main(argv: list[str]) -> int:
    if argv[:1] == [CHILD]:
        return child(argv[1:])
    from targets import Report

    parser = argparse.ArgumentParser()
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--server", help="libpq connection string of an empty database")
    where.add_argument("--throwaway", action="store_true", help="start a throwaway PostgreSQL for the run")
    parser.add_argument("--store", type=Path)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--changes", type=int, default=500)
    parser.add_argument("--no-simulation", action="store_true")
    args = parser.parse_args(argv)
    report = Report.open(__file__)
    if args.throwaway:
        from tests.team.throwaway import PASSWORD, throwaway_server

        os.environ["PGPASSWORD"] = PASSWORD
        with throwaway_server() as pg:
            with psycopg.connect(pg.url(), autocommit=True) as conn:
                conn.execute("CREATE DATABASE bench")
            run(pg.url("bench"), args, report)
    else:
        run(args.server, args, report)
    return report.finish()


def run(url: str, args, report) -> None:
    fresh_schema(url)
    with tempfile.TemporaryDirectory(prefix="jobbro-team-bench-") as folder:
        if args.store:
            first_sync(url, args.store, Path(folder), report)
            fresh_schema(url)
        if not args.no_simulation:
            simulate(url, Path(folder), args.clients, args.changes, report)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""A small simulation: a few laptops make random changes with random offline periods; after everyone
synchronised twice, every laptop's companies equal the server's (a hash per table)."""

from __future__ import annotations

import hashlib
import random

import psycopg

from db import companies
from db.store import open_store
from db.team import server, sync

FIELDS = ("name", "town", "phone")


def table_hash(rows) -> str:
    return hashlib.sha256(repr(sorted(rows)).encode()).hexdigest()


def laptop_hash(db) -> str:
    return table_hash(tuple(r) for r in db.execute(
        "SELECT t.gid, c.name, c.town, c.phone FROM companies c JOIN team_ids t "
        "ON t.tbl = 'companies' AND t.record_id = c.id"))


def server_hash(url: str) -> str:
    with psycopg.connect(url) as conn:
        rows = conn.execute("SELECT gid::text, data FROM jobbro.records WHERE tbl = 'companies' AND NOT deleted")
        return table_hash((gid, *(data.get(f) for f in FIELDS)) for gid, data in rows)


def test_random_changes_offline_periods_and_conflicts_end_equal_everywhere(team_url, tmp_path):
    server.init(team_url)
    rng = random.Random(14)
    laptops = [open_store(tmp_path / f"{i}.sqlite") for i in range(3)]
    for db in laptops:
        sync.join(db, team_url)
    try:
        for _ in range(40):
            db = rng.choice(laptops)
            ids = [r[0] for r in db.execute("SELECT id FROM companies")]
            action = rng.random()
            if action < 0.35 or not ids:
                companies.add(db, who=f"k{laptops.index(db)}", name=f"Firma {rng.randrange(10**6)}")
            elif action < 0.9:
                field = rng.choice(["town", "phone", "name"])
                value = {"town": rng.choice(["Vejle", "Kolding", "Horsens"]), "phone": str(rng.randrange(10**7, 10**8)),
                         "name": f"Firma {rng.randrange(10**6)}"}[field]
                companies.update(db, rng.choice(ids), who=f"k{laptops.index(db)}", **{field: value})
            else:
                companies.delete(db, rng.choice(ids), who=f"k{laptops.index(db)}")
            if rng.random() < 0.4:  # the others are offline on a visit
                sync.sync(rng.choice(laptops))
        for _ in range(2):
            for db in laptops:
                sync.sync(db)
        expected = server_hash(team_url)
        assert [laptop_hash(db) for db in laptops] == [expected] * len(laptops)
        assert all(db.execute("SELECT count(*) FROM team_outbox").fetchone()[0] == 0 for db in laptops)
    finally:
        for db in laptops:
            db.close()

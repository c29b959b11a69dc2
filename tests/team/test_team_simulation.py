"""A small simulation: a few laptops make random changes (companies, their contact persons, logged contacts and
needs) with random offline periods; after everyone synchronised twice, every laptop's content equals the
server's (a hash per table, references compared by global id)."""

from __future__ import annotations

import hashlib
import random

import psycopg

from db import companies, contacts, needs
from db.store import open_store
from db.team import server, sync

# The fields each table's hash covers; references (payload.REFERENCES) are compared by global id.
FIELDS = {
    "companies": ("name", "town", "phone"),
    "contact_persons": ("company_id", "name", "role", "phone"),
    "contacts": ("company_id", "contact_person_id", "at", "kind", "summary"),
    "needs": ("company_id", "title", "positions"),
}
REFERENCES = {"company_id": "companies", "contact_person_id": "contact_persons"}


def table_hash(rows) -> str:
    return hashlib.sha256(repr(sorted(rows, key=repr)).encode()).hexdigest()


def _laptop_column(table: str, field: str) -> str:
    if field in REFERENCES:
        return f"(SELECT gid FROM team_ids g WHERE g.tbl = '{REFERENCES[field]}' AND g.record_id = r.{field})"
    return f"r.{field}"


def laptop_hash(db) -> dict[str, str]:
    """Per table, a hash of every record's global id and fields, references as global ids."""
    return {table: table_hash(tuple(row) for row in db.execute(
        f"SELECT t.gid, {', '.join(_laptop_column(table, f) for f in fields)} FROM {table} r "
        f"JOIN team_ids t ON t.tbl = '{table}' AND t.record_id = r.id"))
        for table, fields in FIELDS.items()}


def server_hash(url: str) -> dict[str, str]:
    """The same hashes from the server's current state. A laptop deletes a company's persons, contacts and
    needs with it (ON DELETE CASCADE) and empties a contact's reference to a deleted person (SET NULL); the
    server keeps those records' last values, so a record whose company is gone is not content, and a
    reference to a record that is gone counts as empty."""
    with psycopg.connect(url) as conn:
        live = {}
        for table in FIELDS:
            live[table] = {gid: data for gid, data in conn.execute(
                "SELECT gid::text, data FROM jobbro.records WHERE tbl = %s AND NOT deleted", [table])}
    hashes = {}
    for table, fields in FIELDS.items():
        rows = []
        for gid, data in live[table].items():
            if "company_id" in fields and data.get("company_id") not in live["companies"]:
                continue
            rows.append((gid, *(data.get(f) if f not in REFERENCES or data.get(f) in live[REFERENCES[f]] else None
                                for f in fields)))
        hashes[table] = table_hash(rows)
    return hashes


def random_change(db, rng, who: str) -> None:
    """One random change through the db modules: mostly companies, some persons, contacts and needs."""
    ids = [r[0] for r in db.execute("SELECT id FROM companies")]
    action = rng.random()
    if action < 0.25 or not ids:
        companies.add(db, who=who, name=f"Firma {rng.randrange(10**6)}")
    elif action < 0.6:
        field = rng.choice(["town", "phone", "name"])
        value = {"town": rng.choice(["Vejle", "Kolding", "Horsens"]), "phone": str(rng.randrange(10**7, 10**8)),
                 "name": f"Firma {rng.randrange(10**6)}"}[field]
        companies.update(db, rng.choice(ids), who=who, **{field: value})
    elif action < 0.7:
        companies.add_person(db, rng.choice(ids), who=who, name=f"Person {rng.randrange(10**6)}")
    elif action < 0.75:
        person = db.execute("SELECT id FROM contact_persons ORDER BY random() LIMIT 1").fetchone()
        if person:
            companies.update_person(db, person[0], who=who, role=rng.choice(["HR", "Ejer", "Leder"]))
    elif action < 0.82:
        company = rng.choice(ids)
        person = db.execute("SELECT id FROM contact_persons WHERE company_id = ? LIMIT 1", [company]).fetchone()
        contacts.add(db, who=who, company_id=company, at="2026-12-01 10:00", kind="phone",
                     contact_person_id=person[0] if person else None, summary=f"Opkald {rng.randrange(1000)}")
    elif action < 0.88:
        needs.add(db, who=who, company_id=rng.choice(ids), title=f"Stilling {rng.randrange(1000)}")
    elif action < 0.94:
        need = db.execute("SELECT id FROM needs ORDER BY random() LIMIT 1").fetchone()
        if need:
            needs.update(db, need[0], who=who, positions=rng.randint(1, 5))
    else:
        companies.delete(db, rng.choice(ids), who=who)


def test_random_changes_offline_periods_and_conflicts_end_equal_everywhere(team_url, tmp_path):
    server.init(team_url)
    rng = random.Random(14)
    laptops = [open_store(tmp_path / f"{i}.sqlite") for i in range(3)]
    for db in laptops:
        sync.join(db, team_url)
    try:
        for _ in range(60):
            db = rng.choice(laptops)
            random_change(db, rng, who=f"k{laptops.index(db)}")
            if rng.random() < 0.4:  # the others are offline on a visit
                sync.sync(rng.choice(laptops))
        for _ in range(2):
            for db in laptops:
                sync.sync(db)
        expected = server_hash(team_url)
        assert [laptop_hash(db) for db in laptops] == [expected] * len(laptops)
        assert all(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in FIELDS for db in laptops)
        assert all(db.execute("SELECT count(*) FROM team_outbox").fetchone()[0] == 0 for db in laptops)
    finally:
        for db in laptops:
            db.close()

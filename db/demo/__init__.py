"""Fictitious but realistic Danish demo data, written in bulk in one transaction."""

from __future__ import annotations

import datetime as dt
import os
import random
from collections.abc import Callable

import numpy as np
from sqlite_utils import Database

from db import isco_groups, search
from db.demo import candidates as demo_candidates
from db.demo import companies as demo_companies
from db.demo import contacts as demo_contacts
from db.demo import needs as demo_needs
from db.demo import placements as demo_placements
from db.demo import shortlists as demo_shortlists
from db.demo.context import Context, Writer
from db.demo.vocab import load, load_places
from db.demo.words import People
from db.store import open_store

WHO = "demo"
DEFAULT_CONSULTANTS = ["Mette Kjær", "Jonas Bech", "Sara Lindholm", "Karim Hassan"]
# A job centre's business team's worth of data: enough to browse, quick to create.
DEFAULT_COUNTS = {"companies": 300, "candidates": 2000, "needs": 400, "contacts": 3000}
# Tables whose rows are records with an id of their own (the per-record API audits exactly these).
AUDITED = ("companies", "contact_persons", "needs", "candidates", "contacts", "shortlist_entries",
           "shortlist_events", "shortlist_follow_ups")
ENTITY_TABLES = ("companies", "needs", "candidates", "contacts")
COUNTED = ("companies", "contact_persons", "company_measures", "needs", "need_skills", "need_measures",
           "need_demands", "candidates", "candidate_occupations", "candidate_skills", "candidate_restrictions",
           "contacts", "shortlist_entries", "shortlist_events", "shortlist_follow_ups")

Progress = Callable[[int, int], None]


def create(db: Database, *, companies: int = DEFAULT_COUNTS["companies"],
           candidates: int = DEFAULT_COUNTS["candidates"], needs: int = DEFAULT_COUNTS["needs"],
           contacts: int = DEFAULT_COUNTS["contacts"], seed: int = 1, consultants: list[str] | None = None,
           today: dt.date | None = None, progress: Progress | None = None,
           home_municipality: str | None = None) -> dict[str, int]:
    """Fill a migrated store with demo records; return the number of rows created per table.

    Deterministic for a seed and `today`. The first consultant (the app passes the current user)
    gets overdue follow-ups and one due today, and hire follow-ups from shortlists (which some of the
    needs get, at every stage: see demo_shortlists). `home_municipality` (a code) is where most records
    lie; by default one with several postcodes is drawn. `progress(done, total)` is called about
    a hundred times. Everything is written in one transaction, so an error leaves the store as it was.
    """
    consultants = [c.strip() for c in consultants or () if c and c.strip()] or list(DEFAULT_CONSULTANTS)
    consultants = list(dict.fromkeys(consultants))
    today = today or dt.date.today()
    records = companies + needs + candidates + contacts + demo_shortlists.list_count(needs) * 5
    # Progress counts records, plus a share for indexing and auditing them at the end.
    total = records + max(1, records // 5)
    with db.atomic():
        with search.suspended(db):
            ctx = _context(db, seed, consultants, today, progress, total, home_municipality)
            demo_companies.generate(ctx, companies)
            demo_needs.generate(ctx, needs)
            demo_candidates.generate(ctx, candidates)
            follow_ups = demo_contacts.generate(ctx, contacts)
            lists = demo_shortlists.generate(ctx, ctx.writer.first_ids.get("needs"),
                                             ctx.writer.first_ids.get("candidates"))
            demo_placements.generate(ctx, ctx.writer.first_ids.get("candidates"), candidates)
            audited = _audit(ctx.writer) + lists["audit"]
    if progress:
        progress(total, total)
    counts = {name: ctx.writer.counts.get(name, 0) for name in (*COUNTED, *ctx.writer.buffers)}
    return {**counts, "follow_ups": follow_ups, "shortlists": lists["shortlists"], "hires": lists["hires"],
            "audit": audited}


def _context(db: Database, seed: int, consultants: list[str], today: dt.date, progress: Progress | None,
             total: int, home: str | None) -> Context:
    # Separate streams per purpose would be over-engineering; one of each kind keeps runs reproducible.
    rng = random.Random(seed)
    np_rng = np.random.default_rng(seed)
    return Context(rng=rng, np_rng=np_rng, vocab=load(db), places=load_places(db, home, np_rng), people=People(),
                   today=today, consultants=consultants, writer=Writer(db, total, progress),
                   group_titles=isco_groups.titles(db))


def _audit(writer: Writer) -> int:
    """One 'create' row per new record, dated when the record was created, naming its fields."""
    count = 0
    for table in AUDITED:
        if table not in writer.columns or table not in writer.first_ids:
            continue
        fields = ",".join(sorted(c for c in writer.columns[table] if c not in ("id", "created_at", "updated_at")))
        cursor = writer.db.execute(
            "INSERT INTO audit(at, who, action, table_name, record_id, fields) "
            f"SELECT created_at, ?, 'create', ?, id, ? FROM {table} WHERE id >= ? ORDER BY id",
            [WHO, table, fields, writer.first_ids[table]])
        count += cursor.rowcount
    return count


def is_empty(db: Database) -> bool:
    """True when the store holds no companies, needs, candidates or contacts yet."""
    return all(db.execute(f"SELECT NOT EXISTS (SELECT 1 FROM {t})").fetchone()[0] for t in ENTITY_TABLES)


def create_default(path: str | os.PathLike, consultants: list[str] | None = None, *,
                   progress: Progress | None = None, seed: int = 1) -> dict[str, int]:
    """Create (or open) the store at `path` and fill it with the default demo data set.

    For the GUI's "demo store" action: the current user's name goes first in `consultants`.
    Raises StoreError when the file cannot be used and ValueError when it already has records.
    """
    db = open_store(path)
    try:
        if not is_empty(db):
            raise ValueError(f"{path} already holds records")
        return create(db, consultants=consultants, progress=progress, seed=seed)
    finally:
        db.conn.close()

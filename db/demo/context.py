"""What the demo generator's phases share: random sources, vocabulary, places and a bulk row writer."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from dataclasses import dataclass, field
from collections.abc import Callable

import numpy as np
from sqlite_utils import Database

from db import isco_groups
from db.demo.vocab import Places, Vocabulary
from db.demo.words import People, Weighted, fill, picker

# Records (each with its link rows) buffered before one executemany per table: amortises the calls
# while keeping memory flat.
FLUSH_RECORDS = 5000


class Writer:
    """Buffers rows per table and inserts them with executemany, parents before children."""

    def __init__(self, db: Database, total: int, progress: Callable[[int, int], None] | None):
        self.db = db
        self.buffers: dict[str, tuple[str, list]] = {}
        self.columns: dict[str, tuple[str, ...]] = {}
        self.counts: dict[str, int] = defaultdict(int)
        self.first_ids: dict[str, int] = {}
        self.pending = 0
        self.total = total
        self.done = 0
        self.progress = progress
        self._reported = -1

    def table(self, name: str, columns: tuple[str, ...]) -> list:
        """The row buffer of `name`; register parents before children so flushes keep foreign keys."""
        if name not in self.buffers:
            marks = ", ".join("?" for _ in columns)
            self.buffers[name] = (f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({marks})", [])
            self.columns[name] = columns
        return self.buffers[name][1]

    def next_id(self, table: str) -> int:
        """The first id this run gives new rows of `table` (ids are assigned here, not by SQLite)."""
        if table not in self.first_ids:
            self.first_ids[table] = self.db.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]
        return self.first_ids[table]

    def tick(self, records: int = 1) -> None:
        """Count finished records for progress, and flush when enough rows are waiting."""
        self.done += records
        self.pending += records
        if self.pending >= FLUSH_RECORDS:
            self.flush()
        if self.progress and self.total:
            step = self.done * 100 // self.total
            if step != self._reported:
                self._reported = step
                self.progress(min(self.done, self.total), self.total)

    def flush(self) -> None:
        for name, (sql, rows) in self.buffers.items():
            if rows:
                self.db.conn.executemany(sql, rows)
                self.counts[name] += len(rows)
                rows.clear()
        self.pending = 0


@dataclass
class CompanyInfo:
    """What later phases need to know about a generated company."""

    id: int
    trade: object
    place: int  # index into Places, or -1
    status: str
    size: str
    consultant: str | None
    created: dt.date
    measures: list[str]
    persons: list[tuple[int, str, str]] = field(default_factory=list)  # (id, first name, role)
    needs: list[tuple[str, int, int | None]] = field(default_factory=list)  # (title, positions, occupation)


@dataclass
class Context:
    rng: random.Random
    np_rng: np.random.Generator
    vocab: Vocabulary
    places: Places
    people: People
    today: dt.date
    consultants: list[str]
    writer: Writer
    companies: list[CompanyInfo] = field(default_factory=list)
    need_occupations: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    group_titles: dict[str, str] = field(default_factory=dict)  # ISCO-08 groups that can be answers
    _texts: dict[str, Weighted] = field(default_factory=dict)

    def text(self, section: str, **values) -> str:
        """A filled-in sentence template from resources/demo/texts.txt."""
        if section not in self._texts:
            self._texts[section] = picker("texts.txt", section)
        return fill(self._texts[section](self.rng), values)

    def word(self, section: str, name: str = "texts.txt") -> str:
        key = f"{name}:{section}"
        if key not in self._texts:
            self._texts[key] = picker(name, section)
        return self._texts[key](self.rng)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, seq):
        return seq[int(self.rng.random() * len(seq))]

    def days_ago(self, low: int, high: int) -> dt.date:
        return self.today - dt.timedelta(days=self.rng.randint(low, high))

    def group_of(self, isco: str) -> tuple[str, str, str] | None:
        """(code, title, stored text) of the ISCO-08 unit group an occupation belongs to, when it can be
        an answer: a need or a wish for a field rather than one occupation."""
        code = (isco or "")[:4]
        title = self.group_titles.get(code) if len(code) == 4 else None
        return (code, title, isco_groups.label(code, title)) if title else None

    def consultant(self) -> str:
        return self.pick(self.consultants)


def stamp(day: dt.date, rng: random.Random) -> str:
    """A working-hours timestamp on `day` as records.now() writes them."""
    minutes = 7 * 60 + 30 + int(rng.random() * 9.5 * 60)
    return f"{day.isoformat()}T{minutes // 60:02d}:{minutes % 60:02d}:{int(rng.random() * 60):02d}"


def between(rng: random.Random, low: dt.date, high: dt.date) -> dt.date:
    if high <= low:
        return low
    return low + dt.timedelta(days=rng.randint(0, (high - low).days))

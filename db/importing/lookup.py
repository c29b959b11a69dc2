"""What a plan looks up row after row, read once: vocabulary labels, reference codes, companies, persons."""

from __future__ import annotations

import re
from typing import NamedTuple

from sqlite_utils import Database

import db.importing.cells as cells
from db import isco_groups
from db.importing.columns import normalise
from matching.isco_groups import group_ref

# Tables the import never writes; the modules' validators read them on every row, so the plan answers
# those reads from memory (see CachedReads).
REFERENCE_TABLES = {"postcodes", "municipalities", "industries", "measures", "target_groups", "strains",
                    "rejection_reasons", "skills", "occupations", "isco_groups", "target_group_measures"}
_TABLE_NAMES = re.compile(r"\b(?:FROM|JOIN)\s+(\w+)", re.IGNORECASE)
_CACHE_LIMIT = 20_000
LICENCE_FORMS = ("{}", "kørekort {}", "kørekort kategori {}", "{}-kørekort", "{} kørekort", "truckcertifikat {}")


class Entry(NamedTuple):
    """One entry of a vocabulary cell as written, and the vocabulary id it names (None: a free entry)."""

    text: str
    id: int | None


def as_refs(entries: list[Entry], stored=()) -> list[int | str]:
    """Entries as vocabulary refs; an entry the record already holds as free text stays free text, so a
    re-import does not turn a stored "Lagerarbejder" into the vocabulary entry it is a synonym of."""
    free = {r.casefold(): r for r in stored if isinstance(r, str)}
    return [free.get(e.text.casefold(), e.text if e.id is None else e.id) for e in entries]


class _Rows:
    """A remembered query result that reads like a cursor."""

    def __init__(self, description, rows):
        self.description = description
        self._rows = rows

    def fetchone(self):
        return self._rows[0] if self._rows else None

    def fetchall(self):
        return list(self._rows)

    def __iter__(self):
        return iter(self._rows)


class CachedReads:
    """Stands in for the Database when the aggregate modules validate imported rows.

    Their checks read the postcodes, codes and vocabulary again for every record, which is right for a
    form and far too slow for 100,000 rows. Reads of reference tables are answered from memory; every
    other statement goes to the store, so the checks themselves are exactly those of the per-record API.
    """

    def __init__(self, db: Database):
        self._db = db
        self._cache: dict = {}
        self._readonly: dict[str, bool] = {}  # per statement: does it only read reference tables?

    def execute(self, sql: str, parameters=None):
        key = (sql, tuple(parameters or ()))
        hit = self._cache.get(key)
        if hit is not None:
            return _Rows(*hit)
        cursor = self._db.execute(sql, parameters)
        if not self._reference_read(sql):
            return cursor
        rows = cursor.fetchall()
        if len(self._cache) < _CACHE_LIMIT:
            self._cache[key] = (cursor.description, rows)
        return _Rows(cursor.description, rows)

    def _reference_read(self, sql: str) -> bool:
        known = self._readonly.get(sql)
        if known is None:
            tables = {t.lower() for t in _TABLE_NAMES.findall(sql)}
            known = sql.lstrip()[:6].upper() == "SELECT" and bool(tables) and tables <= REFERENCE_TABLES
            self._readonly[sql] = known
        return known

    def __getattr__(self, name):
        return getattr(self._db, name)


def _key(text: str) -> str:
    return " ".join(str(text).casefold().split())


class Lookups:
    def __init__(self, db: Database):
        self.db = db
        self.vocab = {"skills": self._labels("skills", "skill_labels", "skill_id", "name"),
                      "occupations": self._labels("occupations", "occupation_labels", "occupation_id", "title")}
        self.skill_kinds = dict(db.execute("SELECT id, kind FROM skills").fetchall())
        self.codes = {table: self._codes(table) for table in ("measures", "strains", "target_groups")}
        self.municipalities = {}
        for code, name in db.execute("SELECT code, name FROM municipalities"):
            self.municipalities[code] = code
            self.municipalities.setdefault(normalise(name), code)
        self.industries = {r[0] for r in db.execute("SELECT code FROM industries")}
        self._companies: dict[str, tuple[int, str] | None] = {}
        self._persons: dict[int, dict[str, int]] = {}
        self._names: dict[int, str] = {}
        self._entries: dict[tuple[str, str], tuple[Entry, ...]] = {}

    def _labels(self, table: str, label_table: str, owner: str, name_col: str) -> dict[str, int]:
        # Names before English names before synonyms; an active entry before a retired one.
        rows = self.db.execute(
            f"SELECT id, {name_col}, 0 AS rank, active FROM {table} "
            f"UNION ALL SELECT id, {name_col}_en, 1, active FROM {table} WHERE {name_col}_en IS NOT NULL "
            f"UNION ALL SELECT l.{owner}, l.label, 2 - l.preferred, v.active FROM {label_table} l "
            f"JOIN {table} v ON v.id = l.{owner} ORDER BY 3, 4 DESC, 1").fetchall()
        index: dict[str, int] = {}
        for record_id, label, _, _ in rows:
            index.setdefault(_key(label), record_id)
        return index

    def _codes(self, table: str) -> dict[str, str]:
        index: dict[str, str] = {}
        for code, name, name_en in self.db.execute(f"SELECT code, name, name_en FROM {table}"):
            index[code] = code
            for label in (name, name_en):
                if label:
                    index.setdefault(normalise(label), code)
        return index

    # ---- vocabulary -----------------------------------------------------------------------------
    def find(self, vocab: str, entry: str) -> int | None:
        """The id of a vocabulary entry by name or synonym; licences also by their bare category ("CE")."""
        if vocab == "occupations" and isco_groups.code_in(entry) is not None:
            code = isco_groups.code_in(entry)  # an ISCO-08 group as an export writes it: "ISCO-08 2341 …"
            return group_ref(code)
        index = self.vocab["skills" if vocab == "licences" else vocab]
        forms = LICENCE_FORMS if vocab == "licences" else ("{}",)
        for form in forms:
            found = index.get(_key(form.format(entry)))
            if found is not None:
                return found
        return None

    def entries(self, vocab: str, value) -> list[Entry]:
        """The entries of a list cell with the vocabulary ids they name (a lone label may hold a comma)."""
        raw = cells.text(value)
        found = self._entries.get((vocab, raw))
        if found is None:  # the same cells come again and again in a long list
            whole = self.find(vocab, raw) if ";" not in raw else None
            texts = [raw] if whole is not None else cells.split_list(raw)
            found = tuple(Entry(text, self.find(vocab, text)) for text in texts)
            if len(self._entries) < 50_000:
                self._entries[(vocab, raw)] = found
        return list(found)

    # ---- codes and places -----------------------------------------------------------------------
    def code(self, table: str, value) -> str:
        raw = cells.text(value)
        index = self.codes[table]
        return index.get(raw) or index.get(normalise(raw)) or raw

    def code_list(self, table: str, value) -> list[str]:
        return [self.code(table, entry) for entry in cells.split_list(value)]

    def municipality(self, value) -> str:
        raw = cells.text(value)
        if re.fullmatch(r"\d{1,3}", raw):
            raw = raw.zfill(4)
        return self.municipalities.get(raw) or self.municipalities.get(normalise(raw)) or raw

    def industry(self, value) -> str:
        """A known DB07 code; a finer code than the store holds (494100) becomes its known group (49)."""
        raw = cells.text(value).upper()
        if raw in self.industries:
            return raw
        digits = re.sub(r"[\s.]", "", raw)
        if digits.isdigit():
            for length in range(len(digits), 1, -1):
                if digits[:length] in self.industries:
                    return digits[:length]
        return raw

    # ---- records --------------------------------------------------------------------------------
    def company(self, cvr: str) -> tuple[int, str] | None:
        if cvr not in self._companies:
            row = self.db.execute("SELECT id, name FROM companies WHERE cvr = ?", [cvr]).fetchone()
            self._companies[cvr] = (row[0], row[1]) if row else None
        return self._companies[cvr]

    def person(self, company_id: int, name: str) -> int | None:
        if company_id not in self._persons:
            names: dict[str, int] = {}
            for person_id, stored in self.db.execute(
                    "SELECT id, name FROM contact_persons WHERE company_id = ? ORDER BY id", [company_id]):
                names.setdefault(_key(stored), person_id)
            self._persons[company_id] = names
        return self._persons[company_id].get(_key(name))

    def company_name(self, company_id: int | None) -> str:
        if company_id is None:
            return ""
        if company_id not in self._names:
            row = self.db.execute("SELECT name FROM companies WHERE id = ?", [company_id]).fetchone()
            self._names[company_id] = row[0] if row else ""
        return self._names[company_id]

"""The column sets of each import kind and matching a file's headings to them (Danish or English)."""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

import resources
from db.errors import QT_TRANSLATE_NOOP

RESOURCES = resources.path("import")

KINDS = ("companies", "contacts", "candidates", "needs", "contact-log", "placements")

# Per kind: (field, how its cells are read, required). Headings and aliases come from columns.csv;
# the cell types are explained in db/importing/cells.py and fields.py.
TYPES = {
    "companies": [
        ("id", "id", False), ("cvr", "cvr", False), ("p_number", "text", False), ("name", "text", True),
        ("address", "text", False), ("postcode", "postcode", False), ("town", "text", False),
        ("municipality_code", "municipality", False), ("industry_code", "industry", False),
        ("size_band", "size", False), ("phone", "text", False), ("email", "text", False),
        ("web", "text", False), ("consultant", "text", False), ("status", "enum:company_status", False),
        ("measures", "codes:measures", False), ("notes", "text", False)],
    "contacts": [
        ("id", "id", False), ("company_cvr", "cvr", True), ("company_name", "info", False),
        ("name", "text", True), ("first_name", "text", False), ("last_name", "text", False),
        ("role", "text", False), ("phone", "text", False), ("email", "text", False), ("notes", "text", False)],
    "candidates": [
        ("id", "id", False), ("external_id", "text", False), ("name", "text", True),
        ("first_name", "text", False), ("last_name", "text", False), ("phone", "text", False),
        ("email", "text", False), ("postcode", "postcode", False), ("birth_year", "whole", False),
        ("target_group_code", "ref:target_groups", False), ("unemployed_since", "date", False),
        ("caseworker", "text", False), ("consultant", "text", False), ("own_car", "yes_no", False),
        ("max_commute_min", "whole", False), ("hours_per_week", "number", False),
        ("danish_level", "enum:danish_level", False), ("education_level", "enum:education_level", False),
        ("available_from", "date", False), ("consent_date", "date", False),
        ("consent_scope", "enum:consent_scope", False), ("consent_by", "text", False),
        ("consent_until", "date", False),
        ("status", "enum:candidate_status", False), ("occupations", "vocab:occupations", False),
        ("skills", "vocab:skills", False), ("certificates", "vocab:skills", False),
        ("licences", "vocab:licences", False), ("restrictions", "codes:strains", False),
        ("birth_date", "date", False), ("single_parent", "yes_no", False), ("fleksjob_visited_on", "date", False),
        ("arrived_in_denmark", "date", False), ("notes", "text", False)],
    "needs": [
        ("id", "id", False), ("company_cvr", "cvr", True), ("company_name", "info", False),
        ("title", "text", True), ("occupation", "vocab1:occupations", False),
        ("workplace_postcode", "postcode", False), ("positions", "whole", False),
        ("danish_level", "enum:danish_level", False), ("hours_min", "number", False),
        ("hours_max", "number", False), ("shifts", "enums:shift", False), ("start_date", "date", False),
        ("deadline", "date", False), ("employment_form", "enum:employment_form", False),
        ("status", "enum:need_status", False), ("consultant", "text", False),
        ("essential", "vocab:skills", False), ("desired", "vocab:skills", False),
        ("required", "vocab:licences", False), ("measures", "codes:measures", False),
        ("demands", "codes:strains", False), ("notes", "text", False)],
    "contact-log": [
        ("id", "id", False), ("company_cvr", "cvr", True), ("company_name", "info", False),
        ("at", "datetime", True), ("kind", "enum:contact_kind", True), ("consultant", "text", False),
        ("person", "text", False), ("summary", "text", False), ("outcome", "text", False),
        ("follow_up_date", "date", False), ("follow_up_task", "text", False), ("done", "yes_no", False)],
    "placements": [
        ("id", "id", False), ("candidate", "text", True), ("candidate_name", "info", False),
        ("company_cvr", "cvr", True), ("company_name", "info", False), ("workplace", "text", False),
        ("measure_code", "ref:measures", True), ("start_date", "date", True), ("end_date", "date", True),
        ("hours_per_week", "number", False), ("need_id", "whole", False), ("mentor_name", "text", False),
        ("mentor_hours", "number", False), ("status", "enum:placement_status", False),
        ("interruption_reason", "text", False), ("outcome", "enum:placement_outcome", False),
        ("exemption", "yes_no", False), ("exemption_note", "text", False),
        ("extra_employment_confirmed_on", "date", False), ("consultant", "text", False), ("notes", "text", False)],
}

# A required field is also present when one of these stands in for it.
STAND_INS = {"name": ("first_name", "last_name")}


@dataclass(frozen=True)
class Field:
    key: str
    type: str
    required: bool
    header: str
    aliases: tuple[str, ...]


@lru_cache(maxsize=8192)  # also used for cell words (statuses, target groups), which repeat a lot
def normalise(heading: str) -> str:
    """Compare headings without case, accents other than æøå, spaces and punctuation."""
    text = unicodedata.normalize("NFC", str(heading or "")).casefold().replace("aa", "å")
    # Drop accents (Resumé = Resume) but keep the ring of å, a letter of its own in Danish.
    kept = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c) or c == "\u030a")
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFC", kept))


@cache
def fields(kind: str) -> tuple[Field, ...]:
    with open(RESOURCES / "columns.csv", encoding="utf-8", newline="") as fh:
        words = {(r["kind"], r["field"]): r for r in csv.DictReader(fh)}
    out = []
    for key, type_, required in TYPES[kind]:
        row = words[(kind, key)]
        aliases = tuple(a for a in row["aliases"].split("|") if a)
        out.append(Field(key, type_, required, row["header"], aliases))
    return tuple(out)


def field_map(kind: str) -> dict[str, Field]:
    return {f.key: f for f in fields(kind)}


@cache
def _alias_index(kind: str) -> dict[str, str]:
    index: dict[str, str] = {}
    for f in fields(kind):
        for name in (f.key, f.header, *f.aliases):
            index.setdefault(normalise(name), f.key)
    return index


def guess(heading: str, kind: str) -> str | None:
    return _alias_index(kind).get(normalise(heading))


def column_letter(index: int) -> str:
    """Spreadsheet letters for a 0-based column index: 0 -> A, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass
class Mapping:
    """Which file column feeds which field: one entry per heading, None for a column left out."""

    kind: str
    headers: list[str]
    fields: list[str | None] = field(default_factory=list)

    def columns(self) -> list[tuple[str, int]]:
        """(field, column index) for every used column, the first column winning for a field."""
        seen, out = set(), []
        for index, key in enumerate(self.fields):
            if key and key not in seen:
                seen.add(key)
                out.append((key, index))
        return out

    def column_of(self, key: str) -> int | None:
        return next((i for k, i in self.columns() if k == key), None)

    def to_json(self) -> dict:
        return {"kind": self.kind, "columns": dict(zip(self.headers, self.fields))}


def match(headers: list[str], kind: str, saved: dict | None = None) -> Mapping:
    """Match headings to fields; a saved mapping ({heading: field or null}) wins over guessing."""
    known = field_map(kind)
    chosen = (saved or {}).get("columns", {}) if saved and saved.get("kind") in (None, kind) else {}
    keys: list[str | None] = []
    for heading in headers:
        if heading in chosen:
            key = chosen[heading]  # a field name, or (written by hand) the field's heading
            keys.append(key if key in known else guess(key, kind) if key else None)
        else:
            keys.append(guess(heading, kind))
    return Mapping(kind, list(headers), keys)


def problems(mapping: Mapping) -> tuple[list[tuple[str, dict]], list[tuple[str, dict]]]:
    """(errors, notes) about the mapping as a whole: missing required columns, unused or doubled ones."""
    known = field_map(mapping.kind)
    used = {k for k, _ in mapping.columns()}
    errors, notes = [], []
    for f in fields(mapping.kind):
        if f.required and f.key not in used and not any(s in used for s in STAND_INS.get(f.key, ())):
            errors.append((QT_TRANSLATE_NOOP("Import", "The required column \"{column}\" is missing."),
                           {"column": f.header}))
    first: dict[str, int] = {}
    for index, (heading, key) in enumerate(zip(mapping.headers, mapping.fields)):
        label = heading or column_letter(index)
        if key is None:
            if _looks_like_cpr(heading):
                notes.append((QT_TRANSLATE_NOOP(
                    "Import", "Column \"{column}\" is not imported: Jobbro stores no CPR numbers."), {"column": label}))
            else:
                notes.append((QT_TRANSLATE_NOOP("Import", "Column \"{column}\" is not used."), {"column": label}))
        elif key in first:
            notes.append((QT_TRANSLATE_NOOP("Import", "Column \"{column}\" is not used: column \"{other}\" "
                                                      "already gives "
                                       "\"{field}\"."),
                          {"column": label, "other": mapping.headers[first[key]], "field": known[key].header}))
        else:
            first[key] = index
    return errors, notes


def _looks_like_cpr(heading: str) -> bool:
    return normalise(heading) in {"cpr", "cprnr", "cprnummer", "personnummer", "cprno"}


def load_mapping(path: str | Path) -> dict:
    """A mapping saved as JSON: {"kind": ..., "columns": {heading: field or null}}.

    Raises OSError, or ValueError for a file that is not such a mapping (a byte order mark is fine:
    Notepad writes one)."""
    with open(path, encoding="utf-8-sig") as fh:
        data = json.load(fh)
    if not isinstance(data, dict) or not isinstance(data.get("columns"), dict) \
            or not all(v is None or isinstance(v, str) for v in data["columns"].values()):
        raise ValueError("not a Jobbro column mapping")
    return data


def saved_problem(saved: dict, kind: str) -> tuple[str, dict] | None:
    """Why a saved mapping cannot be used for an import of `kind` ((message, params) in context
    "Import"), or None: saved for another kind, or naming a field this kind does not have."""
    saved_kind = saved.get("kind")
    if saved_kind is not None and saved_kind != kind:
        return (QT_TRANSLATE_NOOP("Import", "The column mapping was saved for importing {saved}, not {kind}."),
                {"saved": saved_kind, "kind": kind})
    known = field_map(kind)
    unknown = [v for v in saved.get("columns", {}).values() if v and v not in known and guess(v, kind) is None]
    if unknown:
        return (QT_TRANSLATE_NOOP("Import", "The column mapping names fields that {kind} do not have: {fields}."),
                {"kind": kind, "fields": ", ".join(sorted(set(unknown)))})
    return None


def save_mapping(mapping: Mapping, path: str | Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(mapping.to_json(), fh, ensure_ascii=False, indent=2)

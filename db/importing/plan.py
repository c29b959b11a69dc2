"""The import plan: for every row of a file, what would be created, updated or skipped, and why."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from collections.abc import Callable

from sqlite_utils import Database

from db.changes import Changes
from db.errors import QT_TRANSLATE_NOOP
import db.importing.cells as cells
import db.importing.columns as columns
from db.importing.columns import Mapping, column_letter
from db.importing.lookup import CachedReads, Entry, Lookups
from db.importing.reading import Formula, Table
from db.validation import FREE_TEXT, FieldProblem, looks_like_cpr, record_id

ACTIONS = ("create", "update", "skip", "error")
# Columns written in a consultant's own words: a CPR number there is refused (the forms warn).
CPR_FREE_COLUMNS = FREE_TEXT | {"first_name", "last_name", "person"}
STEP = 500  # rows between progress reports and cancel checks

Progress = Callable[[int, int], None]
Cancel = Callable[[], None]


@dataclass(slots=True)
class Problem:
    """An error or note: an English source text (in `context`) and where it is, as the file shows it."""

    message: str
    params: dict = field(default_factory=dict)
    context: str = "Import"
    column: str | None = None  # the file's heading
    letter: str | None = None  # the spreadsheet column letter


@dataclass(slots=True)
class RowPlan:
    row: int  # the spreadsheet row number; the headings are row 1
    action: str = "error"
    label: str = ""
    record_id: int | None = None
    values: dict | None = None  # create: the whole record; update: the changed fields
    links: dict | None = None  # link table -> rows that replace the record's
    changed: tuple = ()  # the field names an update's audit row names
    errors: list = field(default_factory=list)
    notes: list = field(default_factory=list)


@dataclass
class Plan:
    kind: str
    table: Table
    mapping: Mapping
    version: tuple  # which connection planned, and the store's data_version then
    errors: list = field(default_factory=list)  # about the file as a whole
    notes: list = field(default_factory=list)
    rows: list = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)  # what writing the plan changed (set by apply)

    def counts(self) -> dict[str, int]:
        counted = Counter(r.action for r in self.rows)
        return {action: counted.get(action, 0) for action in ACTIONS}

    @property
    def ok(self) -> bool:
        """True when the file can go in: no error in the file or any row."""
        return not self.errors and bool(self.rows) and not any(r.action == "error" for r in self.rows)


class Context:
    """One plan's view of the store and of the file's columns."""

    def __init__(self, db: Database, mapping: Mapping, who: str, *, text_file: bool = True):
        self.db = db
        self.text_file = text_file
        self.reads = CachedReads(db)
        self.lookups = Lookups(db)
        self.who = who
        self.mapping = mapping
        self.fields = columns.field_map(mapping.kind)
        self.used = mapping.columns()
        self.index = dict(self.used)
        self.readers = [(key, index, reader(self.lookups, self.fields[key].type),
                         self.fields[key].type.startswith("vocab")) for key, index in self.used]
        self.foreign_ids = 0  # rows whose Jobbro id is not in this store

    def problem(self, message: str, params: dict | None = None, *, key: str | None = None,
                context: str = "Import") -> Problem:
        index = self.index.get(key) if key else None
        if index is None:
            return Problem(message, params or {}, context)
        heading = self.mapping.headers[index] or column_letter(index)
        return Problem(message, params or {}, context, heading, column_letter(index))

    def fail(self, row: RowPlan, message: str, params: dict | None = None, *, key: str | None = None,
             context: str = "Import") -> None:
        row.errors.append(self.problem(message, params, key=key, context=context))

    def note(self, row: RowPlan, message: str, params: dict | None = None, *, key: str | None = None) -> None:
        row.notes.append(self.problem(message, params, key=key))


def data_version(db: Database) -> tuple:
    return id(db.conn), db.execute("PRAGMA data_version").fetchone()[0]


def check_duplicates(ctx: Context, row: RowPlan, row_cells: list, key, keys: dict, same: dict) -> None:
    fingerprint = tuple(row_cells)
    if fingerprint in same:
        ctx.fail(row, QT_TRANSLATE_NOOP("Import", "This row is the same as row {other}."), {"other": same[fingerprint]})
        return
    same[fingerprint] = row.row
    if key is None:
        return
    field_key, shown, value = key
    if value in keys:
        ctx.fail(row, QT_TRANSLATE_NOOP("Import", "\"{value}\" also appears in row {other}."),
                 {"value": shown, "other": keys[value]}, key=field_key)
    else:
        keys[value] = row.row


def read_cells(ctx: Context, row: RowPlan, row_cells: list) -> dict:
    """The row's filled cells by field, read as their type says; empty cells are left out."""
    given: dict = {}
    width = len(ctx.mapping.headers)
    if len(row_cells) > width and any(cells.text(c) for c in row_cells[width:]):
        ctx.fail(row, QT_TRANSLATE_NOOP("Import", "The row has values to the right of the last column heading."))
    for key, index, read, vocabulary in ctx.readers:
        value = row_cells[index] if index < len(row_cells) else None
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if isinstance(value, str) and not isinstance(value, Formula):
            value = value.strip()  # checked after trimming: " =HYPERLINK(...)" is stored trimmed
        if cells.is_formula(value, text_file=ctx.text_file):
            ctx.fail(row, QT_TRANSLATE_NOOP("Import", "The cell holds a formula ({value}). Jobbro imports values "
                                                      "only: paste the column as values in the spreadsheet first."),
                     {"value": _short(str(value))}, key=key)
            continue
        if isinstance(value, str):
            value = cells.unescape(value)
        try:
            parsed = read(value)
        except FieldProblem as problem:
            ctx.fail(row, problem.message, problem.params, key=key,
                     context=getattr(problem, "context", "Validation"))
            continue
        if key in CPR_FREE_COLUMNS and isinstance(parsed, str) and looks_like_cpr(parsed):
            ctx.fail(row, QT_TRANSLATE_NOOP("Import", "The cell holds what looks like a CPR number. Jobbro stores "
                                                      "no CPR numbers: remove it from the file."), key=key)
            continue
        if vocabulary:
            free = [e.text for e in parsed if e.id is None]
            if free:
                ctx.note(row, QT_TRANSLATE_NOOP("Import", "Not in the vocabulary, kept as a free entry: {value}."),
                         {"value": "; ".join(free)}, key=key)
        if parsed is not None and parsed != "" and parsed != []:
            given[key] = parsed
    return given


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def reader(lookups: Lookups, type_: str):
    """How a column of this type is read: a function from one cell to the value the checks take."""
    simple = {"text": cells.text, "cvr": cells.text, "whole": cells.whole, "number": cells.text,
              "date": cells.date, "datetime": cells.datetime, "postcode": cells.postcode, "size": cells.size_band,
              "yes_no": cells.yes_no, "municipality": lookups.municipality, "industry": lookups.industry,
              "info": lambda value: None, "id": lambda value: record_id(cells.whole(value))}
    if type_ in simple:
        return simple[type_]
    kind, _, arg = type_.partition(":")
    if kind == "enum":
        return lambda value: cells.enum(arg, value)
    if kind == "enums":
        return lambda value: ",".join(str(cells.enum(arg, v)) for v in cells.split_list(value))
    if kind == "ref":
        return lambda value: lookups.code(arg, value)
    if kind == "codes":
        return lambda value: lookups.code_list(arg, value)
    if kind == "vocab":
        return lambda value: lookups.entries(arg, value)
    # vocab1: one entry, the need's occupation
    return lambda value: [Entry(cells.text(value), lookups.find(arg, cells.text(value)))]

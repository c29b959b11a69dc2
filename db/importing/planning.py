"""Planning an import: every row of a read file checked against its kind's rule, nothing written."""

from __future__ import annotations

from sqlite_utils import Database

from db.errors import QT_TRANSLATE_NOOP
import db.importing.columns as columns
from db.importing.columns import Mapping
from db.importing.kinds import RULES
from db.importing.plan import (STEP, Cancel, Context, Plan, Problem, Progress, RowPlan, check_duplicates,
                               data_version, read_cells)
from db.importing.reading import Table


def build(db: Database, table: Table, mapping: Mapping, *, who: str, progress: Progress | None = None,
          cancel: Cancel | None = None) -> Plan:
    """Plan every row of `table`; reads only, so it is also the dry run."""
    plan = Plan(mapping.kind, table, mapping, data_version(db))
    errors, notes = columns.problems(mapping)
    plan.errors += [Problem(m, p) for m, p in errors]
    plan.notes += [Problem(m, p) for m, p in notes]
    if not table.rows:
        plan.errors.append(Problem(QT_TRANSLATE_NOOP("Import", "The file has column headings but no rows.")))
    if plan.errors:
        return plan
    ctx = Context(db, mapping, who, text_file=table.format == "csv")
    rule = RULES[mapping.kind]
    keys: dict = {}
    same: dict = {}
    total = len(table.rows)
    for i, (number, row_cells) in enumerate(zip(table.numbers, table.rows)):
        if i % STEP == 0:
            if cancel:
                cancel()
            if progress:
                progress(i, total)
        row = RowPlan(number)
        given = read_cells(ctx, row, row_cells)
        if row.errors:
            key, row.label = None, str(given.get("name") or given.get("title") or "")
        else:
            key = rule.plan(ctx, row, given)
        check_duplicates(ctx, row, row_cells, key, keys, same)
        if row.errors:
            row.action = "error"
        plan.rows.append(row)
    if ctx.foreign_ids:
        plan.notes.append(ctx.problem(
            QT_TRANSLATE_NOOP("Import", "{count} row(s) have a Jobbro id that is not in this store (the file comes "
                                        "from "
                         "another one); those ids are not used."), {"count": ctx.foreign_ids}, key="id"))
    if progress:
        progress(total, total)
    return plan

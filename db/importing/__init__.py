"""CSV and Excel import: read a file, match its columns, plan every row, then write it in one transaction."""

from __future__ import annotations

import os

from sqlite_utils import Database

from db.importing.columns import KINDS, Mapping, load_mapping, match, save_mapping
from db.importing.plan import Cancel, Plan, Problem, Progress, RowPlan
from db.importing.planning import build
from db.importing.reading import Cancelled, ImportFailure, ReadError, Table, read_table
from db.importing.writing import Rejected, StoreChanged, apply

__all__ = ["KINDS", "Cancelled", "ImportFailure", "Mapping", "Plan", "Problem", "ReadError", "Rejected", "RowPlan",
           "StoreChanged", "Table", "apply", "build", "load_mapping", "match", "read_table", "run", "save_mapping"]


def run(db: Database, path: str | os.PathLike, kind: str, *, who: str, dry_run: bool = False,
        saved_mapping: dict | None = None, progress: Progress | None = None, cancel: Cancel | None = None) -> Plan:
    """Read, plan and (unless `dry_run` or the plan has errors) write a file; returns the plan.

    Raises ReadError when the file cannot be read; check `plan.ok` to see whether it went in.
    """
    table = read_table(path, cancel)
    plan = build(db, table, match(table.headers, kind, saved_mapping), who=who, progress=progress, cancel=cancel)
    if dry_run or not plan.ok:
        return plan
    return apply(db, plan, who=who, progress=progress, cancel=cancel)

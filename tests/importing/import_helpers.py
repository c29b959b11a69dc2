"""Helpers for the import and export tests: files written as spreadsheets write them, store snapshots."""

from __future__ import annotations

import csv
from pathlib import Path

# Valid CVR numbers (weights 2,7,6,5,4,3,2,1; sum divisible by 11).
CVR_A, CVR_B, CVR_C = "13748136", "29189846", "28675658"
BAD_CVR = "24256791"  # the check digit is wrong (DOMAIN.md)


def write_csv(path: Path, rows: list[list], *, delimiter: str = ";", encoding: str = "utf-8-sig") -> Path:
    with open(path, "w", encoding=encoding, newline="") as fh:
        csv.writer(fh, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def snapshot(db) -> dict[str, list]:
    """Every row of every table, so a test can say the store is exactly as it was."""
    tables = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {t: db.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables if "_fts" not in t}


def count(db, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

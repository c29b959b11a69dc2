"""Listing for table views: ids in order for a search and filters, then rows fetched by id on demand."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlite_utils import Database

from db import search


@dataclass(frozen=True)
class Listing:
    """How one aggregate is listed: its table, columns (key -> SQL expression) and filters."""

    table: str
    columns: dict[str, str]
    sort_exprs: dict[str, str] = field(default_factory=dict)
    filters: dict[str, str] = field(default_factory=dict)
    joins: str = ""
    default_order: str = "id"
    default_descending: bool = False
    # order expression -> the index that holds it in order: a search for one letter, which matches most
    # rows, reads the rows in that index's order instead of sorting tens of thousands of matches.
    order_indexes: dict[str, str] = field(default_factory=dict)

    def order_expr(self, key: str | None) -> str:
        if key is None:
            return self.default_order
        return self.sort_exprs.get(key) or self.columns[key]


def ids(db: Database, listing: Listing, *, text: str = "", filters: dict | None = None,
        order: str | None = None, descending: bool = False) -> list[int]:
    """Ids of the rows matching the search text and filters, sorted by the column key `order`."""
    where, args = [], []
    expression = search.match_expression(text) if text else None
    if expression is not None:  # (one FTS query, inside this one: a keystroke on 100k rows counts)
        where.append(f"r.id IN (SELECT rowid FROM {listing.table}_fts WHERE {listing.table}_fts MATCH ?)")
        args.append(expression)
    for key, value in (filters or {}).items():
        if value is None or value == "":
            continue
        where.append(listing.filters[key])
        args.append(value)
    if order is None:
        descending = listing.default_descending
    index = listing.order_indexes.get(listing.order_expr(order))
    broad = expression is not None and max(len(w) for w in search.words(text)) == 1
    hint = f" INDEXED BY {index}" if index and broad else ""
    sql = f"SELECT r.id FROM {listing.table} r{hint} {listing.joins}"
    if where:
        sql += " WHERE " + " AND ".join(where)
    direction = "DESC" if descending else "ASC"
    sql += f" ORDER BY {listing.order_expr(order)} {direction}, r.id {direction}"
    return [r[0] for r in db.execute(sql, args)]


def rows(db: Database, listing: Listing, row_ids: list[int]) -> dict[int, dict]:
    """The listed columns of the given ids, keyed by id."""
    if not row_ids:
        return {}
    exprs = ", ".join(f"{expr} AS {key}" for key, expr in listing.columns.items())
    out: dict[int, dict] = {}
    for start in range(0, len(row_ids), 500):
        chunk = row_ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        cur = db.execute(
            f"SELECT r.id, {exprs} FROM {listing.table} r {listing.joins} WHERE r.id IN ({marks})", chunk)
        cols = [c[0] for c in cur.description]
        for row in cur.fetchall():
            out[row[0]] = dict(zip(cols, row))
    return out


def distinct(db: Database, listing: Listing, column: str) -> list[str]:
    """Distinct non-empty values of one listed column, for filter choices."""
    expr = listing.columns[column]
    cur = db.execute(f"SELECT DISTINCT {expr} FROM {listing.table} r {listing.joins} "
                     f"WHERE {expr} IS NOT NULL AND {expr} != '' ORDER BY 1")
    return [r[0] for r in cur]

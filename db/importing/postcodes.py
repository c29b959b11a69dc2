"""Importing a full Danish postcode file (postcode, town, coordinate, municipality) over the built-in table."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlite_utils import Database

from db.changes import Changes
from db import records
from db.errors import QT_TRANSLATE_NOOP
from db.importing.files import Cancelled, ImportProblem, Progress, check, csv_sources

# Column names as the common sources spell them: PostNord lists, DAWA's /postnumre CSV, our own.
POSTCODE = ("postnr", "nr", "postnummer", "postcode", "post_code", "zip")
TOWN = ("bynavn", "navn", "postnrnavn", "town", "name", "by")
LAT = ("lat", "latitude", "rep_lat", "visueltcenter_y", "y")
LON = ("lon", "lng", "longitude", "rep_lon", "visueltcenter_x", "x")
MUNICIPALITY = ("kommunekode", "kommunekoder", "municipality_code", "kommune_kode", "kommunenr")

NO_POSTCODE_COLUMNS = QT_TRANSLATE_NOOP("ImportProblem", "The file {name} has no postcode and town columns.")


@dataclass
class PostcodeCounts:
    added: int = 0
    updated: int = 0
    without_coordinates: int = 0
    skipped: int = 0  # rows whose postcode is not 4 digits
    changes: Changes = field(default_factory=Changes)


def _pick(columns: list[str], names: tuple[str, ...]) -> str | None:
    lower = {c.strip().lower(): c for c in columns if isinstance(c, str)}  # None holds cells beyond the headings
    return next((lower[n] for n in names if n in lower), None)


def _number(text: str | None, low: float, high: float) -> float | None:
    try:
        value = float((text or "").replace(",", "."))
    except ValueError:
        return None
    # a projected coordinate (UTM metres) is not a latitude or longitude: treat it as unknown
    return value if low <= value <= high else None


def _rows(source, cancelled):
    rows = source.rows()
    first = next(rows, None)
    if first is None:
        return
    columns = list(first)
    cols = {"postcode": _pick(columns, POSTCODE), "town": _pick(columns, TOWN), "lat": _pick(columns, LAT),
            "lon": _pick(columns, LON), "municipality": _pick(columns, MUNICIPALITY)}
    if not cols["postcode"] or not cols["town"]:
        raise ImportProblem(NO_POSTCODE_COLUMNS, {"name": source.name})
    for n, row in enumerate([first, *rows]):
        if n % 500 == 0:
            check(cancelled)
        def get(key: str, row=row) -> str:
            return (row.get(cols[key]) or "").strip() if cols[key] else ""

        municipality = get("municipality").replace("|", ";").split(";")[0].strip()
        yield (get("postcode"), get("town"), _number(get("lat"), 54.0, 58.0), _number(get("lon"), 7.0, 16.0),
               municipality.zfill(4) if municipality.isdigit() else None)


def import_postcodes(db: Database, paths, *, who: str = "import", progress: Progress | None = None,
                     cancelled: Cancelled | None = None) -> PostcodeCounts:
    """Add or update postcodes; a row without a coordinate keeps the one already stored, if any."""
    counts = PostcodeCounts()
    known = {r[0] for r in db.execute("SELECT postcode FROM postcodes")}
    stamp = records.now()
    sources = csv_sources(paths)
    with records.transaction(db) as log:
        for i, source in enumerate(sources):
            if progress:
                progress(i, len(sources), "postcodes")
            for postcode, town, lat, lon, municipality in _rows(source, cancelled):
                if not postcode.isdigit() or len(postcode) > 4 or not town:
                    counts.skipped += 1
                    continue
                postcode = postcode.zfill(4)
                counts.updated += postcode in known
                counts.added += postcode not in known
                counts.without_coordinates += lat is None or lon is None
                known.add(postcode)
                db.execute(
                    "INSERT INTO postcodes(postcode, town, municipality_code, lat, lon, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(postcode) DO UPDATE SET town = excluded.town, "
                    "municipality_code = coalesce(excluded.municipality_code, municipality_code), "
                    "lat = coalesce(excluded.lat, lat), lon = coalesce(excluded.lon, lon), "
                    "updated_at = excluded.updated_at",
                    [postcode, town, municipality, lat, lon, stamp, stamp])
        records.audit(db, who=who, action="update", table="postcodes", record_id=None, fields=("postcode_import",))
    counts.changes = log.changes()
    if progress:
        progress(len(sources), len(sources), "done")
    return counts

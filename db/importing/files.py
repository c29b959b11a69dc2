"""Reading public CSV downloads (single files, zips or folders of them) for the vocabulary importers."""

from __future__ import annotations

import csv
import io
import itertools
import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Callable, Iterator

from db.errors import QT_TRANSLATE_NOOP

# progress(done, total, stage): stage names what is being done ("read", "occupations", ...)
Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

# One limit for every CSV Jobbro reads, the csv module's own (never raised process-wide: a cell
# of more than 128 KiB is a damaged file, or one no import here needs).
FIELD_LIMIT = csv.field_size_limit()


class ImportCancelled(Exception):
    """The user stopped an import; nothing was written."""


@dataclass
class ImportProblem(Exception):
    """A file cannot be imported; `message` is an English source text in context "ImportProblem"."""

    message: str
    params: dict = field(default_factory=dict)

    def __str__(self) -> str:
        return self.message.format(**self.params)


NO_FILES = QT_TRANSLATE_NOOP("ImportProblem", "No files to import were found in {path}.")
MISSING_COLUMNS = QT_TRANSLATE_NOOP("ImportProblem", "The file {name} lacks the columns {columns}.")
NOT_FOUND = QT_TRANSLATE_NOOP("ImportProblem", "{path} does not exist.")
BAD_FILE = QT_TRANSLATE_NOOP("ImportProblem", "The file {name} cannot be read: {detail}")
NO_USABLE_ROWS = QT_TRANSLATE_NOOP("ImportProblem", "The file {name} has no usable rows: nothing was imported.")
FIELD_TOO_LONG = QT_TRANSLATE_NOOP("ImportProblem", "Row {row} of {name} has a cell longer than {limit} characters. "
                                                    "The file is damaged, or a quote (\") is not closed.")
NOT_UTF8 = QT_TRANSLATE_NOOP("ImportProblem", "Line {row} of {name} is not UTF-8 text. Save the file as UTF-8 "
                                              "and try again.")


@dataclass(frozen=True)
class CsvSource:
    """One CSV file, on disk or inside a zip; `name` is its file name without folders."""

    path: Path
    member: str | None = None

    @property
    def name(self) -> str:
        return os.path.basename(self.member or self.path.name)

    def open(self) -> io.TextIOBase:
        # utf-8-sig: files saved by spreadsheet programs start with a byte order mark
        if self.member is None:
            return open(self.path, encoding="utf-8-sig", newline="")
        archive = zipfile.ZipFile(self.path)
        return io.TextIOWrapper(archive.open(self.member), encoding="utf-8-sig", newline="")

    def rows(self, required: tuple[str, ...] = ()) -> Iterator[dict]:
        reader = None
        try:
            with self.open() as fh:
                first = fh.readline()
                reader = csv.DictReader(itertools.chain([first], fh), delimiter=delimiter_of(first))
                missing = [c for c in required if c not in (reader.fieldnames or ())]
                if missing:
                    raise ImportProblem(MISSING_COLUMNS, {"name": self.name, "columns": ", ".join(missing)})
                yield from reader
        except UnicodeDecodeError as exc:
            raise ImportProblem(NOT_UTF8, {"name": self.name, "row": self.bad_line()}) from exc
        except csv.Error as exc:
            row = reader.line_num if reader else 1
            if "field limit" in str(exc):
                raise ImportProblem(FIELD_TOO_LONG, {"name": self.name, "row": row, "limit": FIELD_LIMIT}) from exc
            raise ImportProblem(BAD_FILE, {"name": self.name, "detail": str(exc)}) from exc
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise ImportProblem(BAD_FILE, {"name": self.name, "detail": str(exc)}) from exc


    def bad_line(self) -> int:
        """The line of the first byte that is not UTF-8 (the decoder's own position is per chunk)."""
        if self.member is None:
            data = self.path.read_bytes()
        else:
            with zipfile.ZipFile(self.path) as archive:
                data = archive.read(self.member)
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as exc:
            return data.count(b"\n", 0, exc.start) + 1
        return 1


def delimiter_of(heading_line: str) -> str:
    """Comma, or the semicolon or tab a Danish spreadsheet writes when the heading line has more of it."""
    counts = {d: heading_line.count(d) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: (counts[d], d == ","))


def csv_sources(paths) -> list[CsvSource]:
    """Every CSV file in the given files, zips and folders (and the folders inside them)."""
    found: list[CsvSource] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise ImportProblem(NOT_FOUND, {"path": str(path)})
        before = len(found)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file():
                    found.extend(_file_sources(child))
        else:
            found.extend(_file_sources(path))
        if len(found) == before:
            raise ImportProblem(NO_FILES, {"path": str(path)})
    return found


def _file_sources(path: Path) -> list[CsvSource]:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return [CsvSource(path)]
    if suffix == ".zip":
        try:
            with zipfile.ZipFile(path) as archive:
                return [CsvSource(path, m) for m in sorted(archive.namelist()) if m.lower().endswith(".csv")]
        except zipfile.BadZipFile as exc:
            raise ImportProblem(BAD_FILE, {"name": path.name, "detail": str(exc)}) from exc
    return []


def check(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled()

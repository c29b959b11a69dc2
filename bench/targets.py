"""The targets the benchmarks are held to, read from the "## Targets" table in docs/BENCHMARKS.md.

A bench script opens a `Report` for itself, hands it every figure it measures (`figure(name, value,
unit)`: the figure is printed with PASS, FALLS SHORT or NO TARGET) and ends with `finish()`, which
names every target of the script the run did not produce (MISSING) and returns the exit status:
0 when every target was met, 1 when one fell short or is missing.

The table (one row per target; the same figure name as the script reports, spaces and case aside):

    | benchmark | figure | target | for |
    |---|---|---|---|
    | bench_match_view.py | click -> ranked list painted, max | ≤ 150 ms | the 100k demo store |

A target is a comparison (≤ < ≥ >, or <= >=) and a number with a unit: ms, s, min (time);
B, KB, MB, GB, KiB, MiB, GiB (memory; KB/MB/GB are powers of 1000); x or × (a ratio); none (a plain
number such as an MRR). A figure is compared in its own unit converted to the target's kind: a figure
in MiB against a target in MB, in s against ms. "for" says what the target was promised for (a store
size, a data set); it is printed with the verdict so a run on a small store is not taken for the promise.
"""

from __future__ import annotations

import math
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

DOC = Path(__file__).resolve().parents[1] / "docs" / "BENCHMARKS.md"
SECTION = "## Targets"
COLUMNS = ("benchmark", "figure", "target", "for")

# unit -> (kind, factor to the kind's base unit)
UNITS: dict[str, tuple[str, float]] = {
    "ms": ("time", 1e-3), "s": ("time", 1.0), "min": ("time", 60.0),
    "B": ("memory", 1.0), "KB": ("memory", 1e3), "MB": ("memory", 1e6), "GB": ("memory", 1e9),
    "KiB": ("memory", 2.0 ** 10), "MiB": ("memory", 2.0 ** 20), "GiB": ("memory", 2.0 ** 30),
    "x": ("ratio", 1.0), "×": ("ratio", 1.0), "": ("number", 1.0),
}
OPERATORS = {"≤": "<=", "<=": "<=", "<": "<", "≥": ">=", ">=": ">=", ">": ">"}
_TARGET = re.compile(r"^\s*(≤|<=|<|≥|>=|>)\s*([0-9]+(?:\.[0-9]+)?)\s*(\S*)\s*$")

PASS, FALLS_SHORT, NO_TARGET, MISSING = "PASS", "FALLS SHORT", "NO TARGET", "MISSING"


class TargetError(ValueError):
    """The targets table cannot be read (the message names the line), or a figure cannot be compared."""


@dataclass(frozen=True)
class Target:
    benchmark: str
    figure: str
    op: str  # "<=", "<", ">=", ">"
    number: float  # as written, in `unit`
    unit: str
    text: str  # the target as written, e.g. "≤ 50 ms"
    scope: str = ""  # what the target was promised for

    def met_by(self, value: float, unit: str) -> bool:
        """Whether `value` in `unit` meets the target; TargetError when the units measure different things."""
        if unit not in UNITS:
            raise TargetError(f"unknown unit {unit!r} for the figure {self.figure!r}")
        kind, factor = UNITS[unit]
        target_kind, target_factor = UNITS[self.unit]
        if kind != target_kind:
            raise TargetError(f"the figure {self.figure!r} is in {unit or 'a plain number'} ({kind}) but its "
                              f"target {self.text!r} is {target_kind}")
        if isinstance(value, float) and math.isnan(value):
            return False
        have, want = value * factor, self.number * target_factor
        return {"<=": have <= want, "<": have < want, ">=": have >= want, ">": have > want}[self.op]


def key(text: str) -> str:
    """Figure and benchmark names match regardless of case and runs of spaces."""
    return " ".join(text.split()).casefold()


def parse_target(text: str) -> tuple[str, float, str]:
    """'≤ 50 ms' -> ('<=', 50.0, 'ms'); TargetError for anything else."""
    match = _TARGET.match(text)
    if not match or match.group(3) not in UNITS:
        units = ", ".join(u for u in UNITS if u)
        raise TargetError(f"cannot read the target {text!r}: write a comparison (≤ < ≥ >) and a number, "
                          f"optionally with a unit ({units})")
    return OPERATORS[match.group(1)], float(match.group(2)), match.group(3)


def _cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return [cell.strip().strip("`").strip() for cell in inner.split("|")]


def parse_targets(text: str, source: str = "docs/BENCHMARKS.md") -> dict[tuple[str, str], Target]:
    """The targets of the first table in the "## Targets" section, keyed by (benchmark, figure) `key`s."""
    lines = text.splitlines()
    try:
        start = next(i for i, line in enumerate(lines) if line.strip() == SECTION)
    except StopIteration:
        raise TargetError(f"{source}: no {SECTION!r} section") from None
    targets: dict[tuple[str, str], Target] = {}
    header_seen = False
    for number, line in enumerate(lines[start + 1:], start + 2):
        if line.startswith("## "):
            break
        if not line.strip().startswith("|"):
            if header_seen and targets:
                break  # the table ended
            continue
        cells = _cells(line)
        if not header_seen:
            if tuple(c.casefold() for c in cells) != COLUMNS:
                raise TargetError(f"{source} line {number}: the targets table's columns must be "
                                  f"{' | '.join(COLUMNS)}")
            header_seen = True
            continue
        if all(set(c) <= set("-: ") for c in cells):
            continue  # the |---| line
        if len(cells) != len(COLUMNS):
            raise TargetError(f"{source} line {number}: {len(cells)} cells, expected {len(COLUMNS)}")
        benchmark, figure, target, scope = cells
        if not benchmark or not figure:
            raise TargetError(f"{source} line {number}: a target needs a benchmark and a figure")
        try:
            op, value, unit = parse_target(target)
        except TargetError as error:
            raise TargetError(f"{source} line {number}: {error}") from None
        k = (key(benchmark), key(figure))
        if k in targets:
            raise TargetError(f"{source} line {number}: a second target for {benchmark} / {figure}")
        targets[k] = Target(benchmark, figure, op, value, unit, " ".join(target.split()), scope)
    if not header_seen:
        raise TargetError(f"{source}: no table in the {SECTION!r} section")
    return targets


def load_targets(path: Path = DOC) -> dict[tuple[str, str], Target]:
    return parse_targets(path.read_text(encoding="utf-8"), str(path.name))


def _number(value: float) -> str:
    """Four significant digits (a ratio of 1.003 must not read as 1.00 beside "> 1 x"), no exponents."""
    return f"{value:.0f}" if abs(value) >= 1000 else f"{value:.4g}"


class Report:
    """The verdicts of one benchmark run against its targets."""

    def __init__(self, benchmark: str, targets: dict[tuple[str, str], Target], out: TextIO | None = None):
        self.benchmark = benchmark
        self.targets = {k: t for k, t in targets.items() if k[0] == key(benchmark)}
        self.out = out
        self.seen: set[tuple[str, str]] = set()
        self.verdicts: list[tuple[str, str]] = []  # (figure, verdict)

    @classmethod
    def open(cls, script: str, path: Path = DOC) -> Report:
        """The report for a bench script (its file name is the benchmark's name); a table that cannot be
        read ends the script at once with the reason on stderr and exit status 2."""
        try:
            targets = load_targets(path)
        except (OSError, TargetError) as error:
            print(f"the benchmark targets cannot be read: {error}", file=sys.stderr)
            raise SystemExit(2) from None
        return cls(Path(script).name, targets)

    def _print(self, line: str) -> None:
        print(line, file=self.out or sys.stdout, flush=True)

    def figure(self, name: str, value: float, unit: str = "") -> str:
        """Print the figure with its verdict against its target; returns the verdict."""
        k = (key(self.benchmark), key(name))
        target = self.targets.get(k)
        shown = f"{name}: {_number(value)}{' ' + unit if unit else ''}"
        if target is None:
            verdict = NO_TARGET
            self._print(f"  {verdict:<11}  {shown}")
        else:
            try:
                verdict = PASS if target.met_by(value, unit) else FALLS_SHORT
                why = f"target {target.text}"
            except TargetError as error:
                verdict, why = FALLS_SHORT, f"cannot compare: {error}"
            scope = f", for {target.scope}" if target.scope else ""
            self._print(f"  {verdict:<11}  {shown}  ({why}{scope})")
            self.seen.add(k)
        self.verdicts.append((name, verdict))
        return verdict

    def missing(self) -> list[Target]:
        return [t for k, t in self.targets.items() if k not in self.seen]

    def finish(self) -> int:
        """Name the targets this run did not produce and sum up; 0 when every target was met, else 1."""
        for target in self.missing():
            self.verdicts.append((target.figure, MISSING))
            self._print(f"  {MISSING:<11}  {target.figure}  (target {target.text}; this run did not produce it)")
        counts = {v: sum(1 for _, verdict in self.verdicts if verdict == v)
                  for v in (PASS, FALLS_SHORT, MISSING, NO_TARGET)}
        failed = counts[FALLS_SHORT] + counts[MISSING]
        summary = ", ".join(f"{n} {v.lower()}" for v, n in counts.items() if n)
        self._print(f"{self.benchmark} against the targets in docs/BENCHMARKS.md: {summary or 'no figures'} -> "
                    f"{'FALLS SHORT' if failed else 'PASS'}")
        return 1 if failed else 0

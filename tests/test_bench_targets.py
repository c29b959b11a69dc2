"""The benchmark targets: the table in docs/BENCHMARKS.md is read, figures are compared in their units, and
a run's exit status says whether every target was met. Made-up figures only: no benchmark runs here."""

from __future__ import annotations

import io
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from targets import (  # noqa: E402 - bench/ is not a package; its scripts import it from their folder
    FALLS_SHORT, MISSING, NO_TARGET, PASS, Report, Target, TargetError, load_targets, parse_target, parse_targets,
)

SAMPLE = """\
# Benchmarks

| measure | result | target |
|---|---|---|
| not this table | 1 s | ≤ 2 s |

## Targets

Some prose about the table.

| benchmark | figure | target | for |
|---|---|---|---|
| bench_demo.py | keystroke, max | ≤ 50 ms | the full import |
| bench_demo.py | Start to  first window | <= 2 s | |
| `bench_demo.py` | ratio to baseline | ≥ 1.15x | same run |
| bench_demo.py | memory | ≤ 300 MB | 100k store |
| bench_demo.py | MRR | > 0.3 | |
| bench_other.py | import | < 1 min | 100,000 rows |

| benchmark | figure | target | for |
|---|---|---|---|
| bench_demo.py | a later table | ≤ 1 s | |

## Another section

| benchmark | figure | target | for |
|---|---|---|---|
| bench_demo.py | in another section | ≤ 1 s | |
"""


def sample() -> dict:
    return parse_targets(SAMPLE)


def report(targets: dict | None = None, benchmark: str = "bench_demo.py") -> tuple[Report, io.StringIO]:
    out = io.StringIO()
    return Report(benchmark, sample() if targets is None else targets, out), out


# -- reading the table ------------------------------------------------------------------------------

def test_the_first_table_of_the_targets_section_is_read():
    targets = sample()
    assert sorted(t.figure for t in targets.values()) == [
        "MRR", "Start to  first window", "import", "keystroke, max", "memory", "ratio to baseline"]
    keystroke = targets[("bench_demo.py", "keystroke, max")]
    assert (keystroke.op, keystroke.number, keystroke.unit, keystroke.text, keystroke.scope) == \
        ("<=", 50.0, "ms", "≤ 50 ms", "the full import")
    assert targets[("bench_demo.py", "ratio to baseline")].op == ">="  # back-quotes around the name are dropped
    assert targets[("bench_other.py", "import")].unit == "min"


@pytest.mark.parametrize(("text", "expected"), [
    ("≤ 50 ms", ("<=", 50.0, "ms")), ("<= 2 s", ("<=", 2.0, "s")), ("< 1 min", ("<", 1.0, "min")),
    ("≥ 1.15x", (">=", 1.15, "x")), (">= 1.15 ×", (">=", 1.15, "×")), ("> 1 x", (">", 1.0, "x")),
    ("≤ 300 MB", ("<=", 300.0, "MB")), ("≤ 46 MiB", ("<=", 46.0, "MiB")), ("> 0.31", (">", 0.31, "")),
])
def test_a_target_is_a_comparison_a_number_and_a_unit(text, expected):
    assert parse_target(text) == expected


@pytest.mark.parametrize("text", ["50 ms", "≤ fifty ms", "≤ 50 parsecs", "≈ 50 ms", "≤ 50 ms or so", "", "smooth"])
def test_a_target_that_cannot_be_read_is_refused(text):
    with pytest.raises(TargetError, match="cannot read the target"):
        parse_target(text)


def test_a_bad_row_is_refused_with_its_line_number():
    text = SAMPLE.replace("| bench_demo.py | memory | ≤ 300 MB |", "| bench_demo.py | memory | about 300 MB |")
    with pytest.raises(TargetError, match=r"line 16: cannot read the target 'about 300 MB'"):
        parse_targets(text)


@pytest.mark.parametrize(("text", "message"), [
    ("# Benchmarks\n\nno targets here\n", "no '## Targets' section"),
    ("## Targets\n\nprose only\n\n## Next\n", "no table"),
    ("## Targets\n\n| benchmark | figure | target |\n|---|---|---|\n| a | b | ≤ 1 s |\n", "columns must be"),
    ("## Targets\n\n| benchmark | figure | target | for |\n|---|---|---|---|\n| a | b | ≤ 1 s |\n", "3 cells"),
    ("## Targets\n\n| benchmark | figure | target | for |\n|---|---|---|---|\n| a | b | ≤ 1 s | |\n"
     "| a | B | ≤ 2 s | |\n", "a second target for a / B"),
    ("## Targets\n\n| benchmark | figure | target | for |\n|---|---|---|---|\n|  | b | ≤ 1 s | |\n", "needs a benchmark"),
])
def test_a_table_that_cannot_be_read_says_why(text, message):
    with pytest.raises(TargetError, match=message):
        parse_targets(text)


# -- comparing ---------------------------------------------------------------------------------------

def target(text: str) -> Target:
    op, number, unit = parse_target(text)
    return Target("bench_demo.py", "figure", op, number, unit, text)


@pytest.mark.parametrize(("text", "value", "unit", "met"), [
    ("≤ 50 ms", 50.0, "ms", True), ("≤ 50 ms", 50.01, "ms", False), ("≤ 50 ms", 0.049, "s", True),
    ("≤ 50 ms", 0.051, "s", False), ("< 50 ms", 50.0, "ms", False), ("≤ 2 s", 1999, "ms", True),
    ("≤ 2 s", 2001, "ms", False), ("< 1 min", 59.9, "s", True), ("< 1 min", 60, "s", False),
    ("≥ 1.15x", 1.15, "x", True), ("≥ 1.15x", 1.149, "×", False), ("> 1 x", 1.0, "x", False),
    ("> 1 x", 1.001, "x", True), ("≤ 3 x", 2.34, "x", True), ("≤ 3 x", 3.01, "x", False),
    ("≤ 300 MB", 286, "MiB", True),  # 286 MiB = 299.9 MB
    ("≤ 300 MB", 287, "MiB", False),  # 287 MiB = 300.9 MB
    ("≤ 600 MB", 0.5, "GiB", True), ("≤ 200 MB", 200_000, "KB", True), ("≤ 200 MB", 200_001, "KB", False),
    ("> 0.31", 0.337, "", True), ("> 0.31", 0.31, "", False), ("≤ 50 ms", float("nan"), "ms", False),
])
def test_a_figure_is_compared_in_the_targets_unit(text, value, unit, met):
    assert target(text).met_by(value, unit) is met


@pytest.mark.parametrize(("text", "unit"), [("≤ 50 ms", "MB"), ("≤ 300 MB", "s"), ("> 1 x", ""), ("> 0.3", "x"),
                                            ("≤ 50 ms", "fortnights")])
def test_a_figure_in_a_unit_of_another_kind_cannot_be_compared(text, unit):
    with pytest.raises(TargetError):
        target(text).met_by(1.0, unit)


# -- the report and its exit status --------------------------------------------------------------------

ALL_MET = [("keystroke, max", 6.4, "ms"), ("start to first window", 1.42, "s"), ("ratio to baseline", 1.2, "x"),
           ("memory", 225, "MiB"), ("MRR", 0.337, "")]


def test_every_target_met_is_exit_status_0():
    rep, out = report()
    assert [rep.figure(*f) for f in ALL_MET] == [PASS] * 5
    assert rep.finish() == 0
    lines = out.getvalue().splitlines()
    assert lines[0] == "  PASS         keystroke, max: 6.4 ms  (target ≤ 50 ms, for the full import)"
    assert lines[-1] == "bench_demo.py against the targets in docs/BENCHMARKS.md: 5 pass -> PASS"


def test_one_figure_falling_short_is_exit_status_1():
    rep, out = report()
    for name, value, unit in ALL_MET:
        verdict = rep.figure(name, 61.0 if name == "keystroke, max" else value, unit)
        assert verdict == (FALLS_SHORT if name == "keystroke, max" else PASS)
    assert rep.finish() == 1
    assert "  FALLS SHORT  keystroke, max: 61 ms  (target ≤ 50 ms, for the full import)" in out.getvalue()
    assert out.getvalue().splitlines()[-1].endswith("4 pass, 1 falls short -> FALLS SHORT")


def test_a_target_the_run_did_not_produce_is_missing_and_exit_status_1():
    rep, out = report()
    for figure in ALL_MET[1:]:
        rep.figure(*figure)
    assert [t.figure for t in rep.missing()] == ["keystroke, max"]
    assert rep.finish() == 1
    assert "  MISSING      keystroke, max  (target ≤ 50 ms; this run did not produce it)" in out.getvalue()
    assert out.getvalue().splitlines()[-1].endswith("4 pass, 1 missing -> FALLS SHORT")


def test_a_run_that_produced_nothing_misses_every_target():
    rep, out = report()
    assert rep.finish() == 1
    assert out.getvalue().count(MISSING) == 5  # bench_other.py's target is not this benchmark's


def test_a_figure_without_a_target_is_shown_and_is_no_failure():
    rep, out = report()
    for figure in ALL_MET:
        rep.figure(*figure)
    assert rep.figure("keystroke, median", 180.0, "ms") == NO_TARGET
    assert rep.finish() == 0
    assert "  NO TARGET    keystroke, median: 180 ms" in out.getvalue()


def test_a_benchmark_without_targets_passes_on_its_figures_alone():
    rep, _ = report(benchmark="bench_unlisted.py")
    assert rep.figure("anything", 1e9, "s") == NO_TARGET
    assert rep.finish() == 0


def test_figure_names_match_regardless_of_case_and_spacing():
    rep, _ = report()
    assert rep.figure("START to first  window", 1.0, "s") == PASS  # the table writes "Start to  first window"


def test_a_figure_that_cannot_be_compared_falls_short():
    rep, out = report()
    assert rep.figure("memory", 225, "ms") == FALLS_SHORT
    assert "cannot compare" in out.getvalue()


def test_the_exit_status_of_a_script_using_the_report(tmp_path):
    doc = tmp_path / "BENCHMARKS.md"
    doc.write_text(SAMPLE, encoding="utf-8")
    script = tmp_path / "bench_other.py"
    script.write_text(textwrap.dedent(f"""\
        import sys
        from pathlib import Path
        sys.path.insert(0, {str(ROOT / "bench")!r})
        from targets import Report
        report = Report.open(__file__, Path({str(doc)!r}))
        if sys.argv[1] != "none":
            report.figure("import", float(sys.argv[1]), "s")
        sys.exit(report.finish())
        """), encoding="utf-8")

    def run(arg: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, str(script), arg], capture_output=True, text=True, timeout=60)

    met, short, missing = run("31.0"), run("61.0"), run("none")
    assert (met.returncode, short.returncode, missing.returncode) == (0, 1, 1)
    assert "PASS         import: 31 s  (target < 1 min, for 100,000 rows)" in met.stdout
    assert "FALLS SHORT  import: 61 s" in short.stdout
    assert "MISSING      import" in missing.stdout
    doc.write_text(SAMPLE.replace("< 1 min", "under a minute"), encoding="utf-8")
    broken = run("31.0")
    assert broken.returncode == 2
    assert "cannot read the target 'under a minute'" in broken.stderr
    assert "Traceback" not in broken.stderr and broken.stdout == ""


# -- the real table ---------------------------------------------------------------------------------------

def test_the_targets_in_docs_benchmarks_name_existing_bench_scripts():
    targets = load_targets()
    scripts = {path.name for path in (ROOT / "bench").glob("bench_*.py")}
    assert targets
    assert {t.benchmark for t in targets.values()} <= scripts


def test_every_bench_script_holds_its_figures_to_the_targets():
    for path in sorted((ROOT / "bench").glob("bench_*.py")):
        source = path.read_text(encoding="utf-8")
        assert "Report.open(" in source and ".finish()" in source, f"{path.name} does not report to bench/targets.py"

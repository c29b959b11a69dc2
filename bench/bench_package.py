"""Benchmark: the built app (dist/jobbro, from `./dev package`) against the venv app: size on disk and start time.

Start time is the wall time of `jobbro --db STORE --screenshot OUT.png` on a small demo store: start the
process, open the store, build and paint the main window, save it, exit; the closest the command line
comes to "first window". Also `jobbro --version` (start without Qt). Median of --runs after one warm-up.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"


def tree_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def runtime_distributions() -> set[str]:
    """jobbro's run-time requirements, followed through their own requirements (extras left out)."""
    seen: set[str] = set()
    todo = ["jobbro"]
    while todo:
        name = todo.pop()
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        key = dist.metadata["Name"].lower()
        if key in seen:
            continue
        seen.add(key)
        todo += [re.split(r"[ ;<>=!~\[(]", r, maxsplit=1)[0] for r in dist.requires or [] if "extra ==" not in r]
    return seen - {"jobbro", "pip"}


def distribution_size(name: str) -> int:
    files = metadata.distribution(name).files or []
    return sum(p.stat().st_size for p in (f.locate() for f in files) if p.is_file())


def wall_times(cmd: list[str], runs: int, env: dict[str, str]) -> list[float]:
    times = []
    for i in range(runs + 1):
        started = time.perf_counter()
        subprocess.run(cmd, env=env, check=True, capture_output=True, cwd=tempfile.gettempdir())
        if i:  # the first run warms the file cache
            times.append(time.perf_counter() - started)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from targets import Report

    report = Report.open(__file__)
    built = DIST / "jobbro" / "jobbro"
    if not built.exists():
        print("dist/jobbro is missing: run ./dev package first", file=sys.stderr)
        return 2
    venv = Path(sys.prefix)
    print(f"{platform.node()}: {os.cpu_count()} cores, {platform.platform()}, Python {platform.python_version()}, "
          f"{time.strftime('%Y-%m-%d')}")
    print("\nsize on disk")
    print(f"  built folder dist/jobbro          {tree_size(DIST / 'jobbro') / 2**20:7.0f} MiB")
    report.figure("built folder", tree_size(DIST / "jobbro") / 2**20, "MiB")
    for archive in sorted(DIST.glob("jobbro*.tar.gz")) + sorted(DIST.glob("jobbro*.deb")):
        print(f"  {archive.name:34} {archive.stat().st_size / 2**20:7.0f} MiB")
    runtime = sum(distribution_size(name) for name in runtime_distributions())
    print(f"  venv, run-time packages only      {runtime / 2**20:7.0f} MiB (+ the system's Python)")
    print(f"  venv, whole (with test and build tools) {tree_size(venv) / 2**20:7.0f} MiB")

    with tempfile.TemporaryDirectory(prefix="jobbro-bench-") as tmp:
        work = Path(tmp)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(work / "config"),
               "XDG_DATA_HOME": str(work / "data"), "XDG_CACHE_HOME": str(work / "cache")}
        store = work / "demo.sqlite"
        subprocess.run([str(built), "demo", "--db", str(store), "--seed", "1"], env=env, check=True, capture_output=True)
        apps = {"built app": [str(built)], "venv app": [str(venv / "bin" / "jobbro")]}
        print(f"\nstart time, median of {args.runs} (min / max), default demo store")
        for label, app in apps.items():
            for what, extra in (("--version", ["--version"]),
                                ("first window (--screenshot)", ["--db", str(store), "--screenshot",
                                                                 str(work / "shot.png"), "--size", "1024x700"])):
                times = wall_times(app + extra, args.runs, env)
                print(f"  {label:10} {what:28} {statistics.median(times):6.2f} s "
                      f"({min(times):.2f} / {max(times):.2f})")
                report.figure(f"{label} {what.split(' (')[0]} median", statistics.median(times), "s")
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())

"""Prove the built folder runs on its own: copied to a clean folder, run with no Python path and no venv on PATH.

Run by `./dev package --check` (bundle/build.py --check) after the build; `python bundle/check_bundle.py`
checks the folder already in dist/. Prints one line per check and exits non-zero when any fails. The
screenshots are kept in dist/check/ to be looked at.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

VIEWS = ("companies", "contacts", "needs", "candidates", "match", "followups")
SIZE = (1024, 700)
DEMO = ["--companies", "25", "--candidates", "80", "--needs", "20", "--contacts", "60", "--seed", "18"]


class Checks:
    def __init__(self) -> None:
        self.failed: list[str] = []

    def __call__(self, ok: bool, what: str, detail: str = "") -> bool:
        print(f"{'ok  ' if ok else 'FAIL'} {what}" + (f": {detail}" if detail else ""), flush=True)
        if not ok:
            self.failed.append(what)
        return ok


def clean_env(work: Path, display: bool = True) -> dict[str, str]:
    """The caller's environment less anything that could lead to the venv or the checkout."""
    drop = ("VIRTUAL_ENV", "PYTHONHOME", "PYTHONPATH", "LD_LIBRARY_PATH", "QT_PLUGIN_PATH", "JOBBRO_FONT_DIR")
    env = {k: v for k, v in os.environ.items() if k not in drop}
    venv_bin = str(Path(sys.executable).parent)
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep)
                                  if p and ".venv" not in p and p != venv_bin)
    env["PYTHONPATH"] = ""
    env["HOME"] = str(work / "home")
    for name in ("CONFIG", "DATA", "CACHE"):
        env[f"XDG_{name}_HOME"] = str(work / "home" / name.lower())
    env["LANG"] = "C.UTF-8"
    if display:
        env["QT_QPA_PLATFORM"] = "offscreen"
    else:
        for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
            env.pop(name, None)
    return env


def run(cmd: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=300)


def image_facts(path: Path) -> tuple[tuple[int, int], int, float]:
    """(width, height), the number of distinct colours, and the share of pixels unlike the commonest colour."""
    from PySide6.QtGui import QImage

    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    if image.isNull():
        return (0, 0), 0, 0.0
    pixels = np.frombuffer(image.constBits(), dtype=np.uint32, count=image.width() * image.height())
    colours, counts = np.unique(pixels, return_counts=True)
    return (image.width(), image.height()), len(colours), 1.0 - counts.max() / pixels.size


def differing_share(a: Path, b: Path) -> float:
    from PySide6.QtGui import QImage

    first, second = (QImage(str(p)).convertToFormat(QImage.Format.Format_RGB32) for p in (a, b))
    if first.size() != second.size():
        return 1.0
    n = first.width() * first.height()
    x = np.frombuffer(first.constBits(), dtype=np.uint32, count=n)
    y = np.frombuffer(second.constBits(), dtype=np.uint32, count=n)
    return float(np.count_nonzero(x != y)) / n


def executable(folder: Path) -> Path:
    return folder / ("jobbro-cli.exe" if sys.platform == "win32" else "jobbro")


def check_views(ok: Checks, exe: Path, store: Path, work: Path, env: dict[str, str]) -> None:
    """A screenshot of every view from the built app, held against the same from the venv app."""
    shots = ROOT / "dist" / "check"
    shutil.rmtree(shots, ignore_errors=True)
    shots.mkdir(parents=True)
    size = f"{SIZE[0]}x{SIZE[1]}"
    venv_env = dict(env, PATH=os.environ.get("PATH", ""))
    for view in VIEWS:
        png, reference = shots / f"{view}.png", shots / f"{view}-venv.png"
        done = run([str(exe), "--db", str(store), "--screenshot", str(png), "--view", view, "--size", size], env, work)
        made = done.returncode == 0 and png.is_file()
        if not ok(made, f"screenshot of {view}", "" if made else done.stderr.strip()[-300:]):
            continue
        run([sys.executable, str(ROOT / "main.py"), "--db", str(store), "--screenshot", str(reference), "--view", view,
             "--size", size], venv_env, ROOT)
        (width, height), colours, inked = image_facts(png)
        expected = image_facts(reference)[0] if reference.is_file() else SIZE
        ok((width, height) == expected and width >= SIZE[0] and height >= SIZE[1],
           f"{view}.png size", f"{width}x{height}, the venv app's {expected[0]}x{expected[1]}")
        ok(colours >= 50 and inked >= 0.05, f"{view}.png not blank", f"{colours} colours, {inked:.0%} drawn")
        if reference.is_file():
            share = differing_share(png, reference)
            ok(share <= 0.2, f"{view}.png like the venv app's", f"{share:.1%} of pixels differ")


def check_on_x(ok: Checks, exe: Path, store: Path, work: Path, env: dict[str, str]) -> None:
    """The same window on a real X server (Xvfb), through the bundled xcb plugin and its libraries."""
    if not sys.platform.startswith("linux") or shutil.which("xvfb-run") is None:
        print("skip window on X (xvfb-run is not installed: apt-get install xvfb xauth)")
        return
    png = ROOT / "dist" / "check" / "companies-xcb.png"
    done = run(["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", str(exe), "--db", str(store), "--screenshot", str(png),
                "--view", "companies", "--size", f"{SIZE[0]}x{SIZE[1]}"], dict(env, QT_QPA_PLATFORM="xcb"), work)
    (width, height), colours, inked = image_facts(png) if png.is_file() else ((0, 0), 0, 0.0)
    ok(done.returncode == 0 and width >= SIZE[0] and colours >= 50 and inked >= 0.05, "window on X (xcb)",
       f"{width}x{height}, {colours} colours" if done.returncode == 0 else done.stderr.strip()[-300:])


def check_folder(ok: Checks, folder: Path, version: str, work: Path) -> None:
    env, exe = clean_env(work), executable(folder)
    done = run([str(exe), "--version"], clean_env(work, display=False), work)
    ok(done.returncode == 0 and done.stdout.strip() == f"Jobbro {version}", "--version without a display",
       (done.stdout + done.stderr).strip()[-200:])
    done = run([str(exe), "demo", "--help"], env, work)
    ok(done.returncode == 0 and "Fyld en ny database" in done.stdout, "Danish help (bundled translations)")
    store = work / "demo.sqlite"
    done = run([str(exe), "demo", "--db", str(store), *DEMO], env, work)
    ok(done.returncode == 0 and store.is_file(), "demo store", (done.stdout + done.stderr).strip()[-200:])
    check_views(ok, exe, store, work, env)
    check_on_x(ok, exe, store, work, env)
    pdf = work / "shortlist.pdf"
    done = run([str(exe), "shortlist", "--db", str(store), "--need", "1", "--variant", "internal", "--out", str(pdf)],
               env, work)
    ok(done.returncode == 0 and pdf.is_file() and pdf.read_bytes()[:5] == b"%PDF-", "shortlist PDF",
       done.stderr.strip()[-200:])
    if pdf.is_file() and shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
        ok("Jobbro-Regular" in fonts or "DejaVu" in fonts, "PDF embeds the Danish font")


def check_archives(ok: Checks, version: str, work: Path) -> None:
    """The tarball and the .deb hold a folder that starts, plus the desktop entry and the icon."""
    for tarball in sorted((ROOT / "dist").glob(f"jobbro-{version}-linux-*.tar.gz")):
        with tarfile.open(tarball) as tar:
            tar.extractall(work / "tar", filter="tar")
        done = run([str(work / "tar" / f"jobbro-{version}" / "jobbro"), "--version"], clean_env(work, False), work)
        ok(done.stdout.strip() == f"Jobbro {version}", f"{tarball.name} runs", done.stderr.strip()[-200:])
    for deb in sorted((ROOT / "dist").glob(f"jobbro_{version}_*.deb")):
        fields = subprocess.run(["dpkg-deb", "-f", str(deb), "Package", "Version", "Depends"],
                                capture_output=True, text=True).stdout
        ok(f"Package: jobbro\nVersion: {version}" in fields, f"{deb.name} control fields")
        subprocess.run(["dpkg-deb", "-x", str(deb), str(work / "deb")], check=True)
        for part in ("usr/share/applications/jobbro.desktop", "usr/share/icons/hicolor/256x256/apps/jobbro.png",
                     "usr/share/icons/hicolor/scalable/apps/jobbro.svg"):
            ok((work / "deb" / part).is_file(), f"{deb.name} has {part}")
        ok(os.readlink(work / "deb" / "usr" / "bin" / "jobbro") == "/opt/jobbro/jobbro", f"{deb.name} links /usr/bin/jobbro")
        done = run([str(work / "deb" / "opt" / "jobbro" / "jobbro"), "--version"], clean_env(work, False), work)
        ok(done.stdout.strip() == f"Jobbro {version}", f"{deb.name} app runs", done.stderr.strip()[-200:])


def check(app: Path, version: str) -> int:
    ok = Checks()
    problems = ROOT / "build" / "stage" / "licence-list-problems.txt"
    if problems.is_file():
        text = problems.read_text(encoding="utf-8").strip()
        ok(not text, "the About dialog's licence list names what is bundled", text.replace("\n", "; "))
    with tempfile.TemporaryDirectory(prefix="jobbro-check-") as tmp:
        work = Path(tmp)
        folder = work / "installed" / "jobbro"
        shutil.copytree(app, folder, symlinks=True)
        print(f"Checking a copy of {app} in {folder}")
        check_folder(ok, folder, version, work)
        if sys.platform.startswith("linux"):
            check_archives(ok, version, work)
    print(f"{len(ok.failed)} failed" if ok.failed else "all checks passed; screenshots in dist/check/")
    return 1 if ok.failed else 0


if __name__ == "__main__":
    import resources

    sys.exit(check(ROOT / "dist" / "jobbro", resources.version()))

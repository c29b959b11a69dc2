"""Build the self-contained Jobbro folder with PyInstaller; on Linux also a tarball and a .deb (docs/INSTALL.md).

    python bundle/build.py           # dist/jobbro/ (+ dist/jobbro-VERSION-linux-ARCH.tar.gz and jobbro_VERSION_ARCH.deb)
    python bundle/build.py --check   # build, then run the built app from a clean folder (bundle/check_bundle.py)
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import resources  # noqa: E402 - after the checkout is on the path

DIST = ROOT / "dist"
APP = DIST / "jobbro"
BUNDLE = ROOT / "bundle"
# What the bundle takes from the machine (ldd over the built folder): the C library, the OpenGL/EGL driver,
# libxcb and libwayland-client of the desktop, fontconfig's configuration, and a font for the screen.
DEB_DEPENDS = "libc6 (>= 2.36), libgl1, libegl1, libxcb1, libwayland-client0, libfontconfig1, fonts-dejavu-core"


def build_folder() -> float:
    """Run PyInstaller on bundle/jobbro.spec; returns the seconds it took."""
    started = time.monotonic()
    shutil.rmtree(APP, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"),
                    str(BUNDLE / "jobbro.spec")], check=True, cwd=ROOT)
    shutil.copyfile(BUNDLE / "jobbro.desktop", APP / "jobbro.desktop")
    strip_python_debug_info()
    return time.monotonic() - started


def strip_python_debug_info() -> None:
    """Debian's libpython and its extension modules carry ~25 MiB of debug information; drop it.

    Only Python's own files: PyInstaller's strip=True on everything breaks numpy's bundled OpenBLAS."""
    if not sys.platform.startswith("linux") or shutil.which("strip") is None:
        return
    internal = APP / "_internal"
    files = [*internal.glob("libpython3*.so*"), *internal.glob("python3*/lib-dynload/*.so")]
    subprocess.run(["strip", "--strip-debug", *(str(f) for f in files if not f.is_symlink())], check=True)


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def debian_arch() -> str:
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())


def make_tarball(version: str) -> Path:
    target = DIST / f"jobbro-{version}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(APP, arcname=f"jobbro-{version}")
    return target


def make_deb(version: str) -> Path:
    """/opt/jobbro (the folder), /usr/bin/jobbro, a desktop entry and the icon; built with dpkg-deb alone."""
    stage = ROOT / "build" / "deb"
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(APP, stage / "opt" / "jobbro", symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    os.symlink("/opt/jobbro/jobbro", stage / "usr" / "bin" / "jobbro")
    share = stage / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copyfile(BUNDLE / "jobbro.desktop", share / "applications" / "jobbro.desktop")
    for folder, name in (("scalable", "jobbro.svg"), ("256x256", "jobbro.png")):
        icons = share / "icons" / "hicolor" / folder / "apps"
        icons.mkdir(parents=True)
        shutil.copyfile(resources.path("icons", name), icons / name)
    doc = share / "doc" / "jobbro"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Jobbro, with the components listed in Help > About Jobbro. Their licence texts are in\n"
        "/opt/jobbro/_internal/*.dist-info and /opt/jobbro/_internal/resources/fonts.\n", encoding="utf-8")
    control = stage / "DEBIAN"
    control.mkdir()
    installed_kib = folder_size(stage) // 1024
    (control / "control").write_text(
        f"Package: jobbro\nVersion: {version}\nSection: misc\nPriority: optional\nArchitecture: {debian_arch()}\n"
        f"Maintainer: Jobbro <jobbro@localhost>\nInstalled-Size: {installed_kib}\nDepends: {DEB_DEPENDS}\n"
        "Description: Jobbro: companies, needs and candidates for job centres\n"
        " A desktop workbench for the business consultants of Danish job centres, with its own\n"
        " Python and Qt in /opt/jobbro.\n", encoding="utf-8")
    for path in stage.rglob("*"):  # dpkg wants 0755 folders whatever the umask of the build
        if path.is_dir():
            path.chmod(0o755)
    target = DIST / f"jobbro_{version}_{debian_arch()}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "--build", str(stage), str(target)], check=True,
                   stdout=subprocess.DEVNULL)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the self-contained Jobbro folder (and on Linux a tarball and .deb).")
    parser.add_argument("--check", action="store_true", help="then run the built app from a clean folder")
    args = parser.parse_args(argv)
    version = resources.version()
    seconds = build_folder()
    print(f"Built {APP} in {seconds:.0f} s: {folder_size(APP) / 2**20:.0f} MiB")
    if sys.platform.startswith("linux"):
        for made in (make_tarball(version), make_deb(version) if shutil.which("dpkg-deb") else None):
            if made is not None:
                print(f"Made {made}: {made.stat().st_size / 2**20:.0f} MiB")
    if args.check:
        from check_bundle import check  # beside this script, which Python puts first on the path

        return check(APP, version)
    return 0


if __name__ == "__main__":
    sys.exit(main())

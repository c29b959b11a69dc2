"""The Linux archives around the built folder: the .deb's layout and control fields, the tarball's folder.

PyInstaller itself runs only in `./dev package --check` (minutes); here a stand-in folder goes through
the same archive code with the real dpkg-deb."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def build(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("jobbro_bundle_build", ROOT / "bundle" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    app = tmp_path / "dist" / "jobbro"
    (app / "_internal").mkdir(parents=True)
    (app / "jobbro").write_text("#!/bin/sh\necho stand-in\n", encoding="utf-8")
    (app / "jobbro").chmod(0o755)
    shutil.copyfile(ROOT / "bundle" / "jobbro.desktop", app / "jobbro.desktop")
    monkeypatch.setattr(module, "ROOT", tmp_path)
    monkeypatch.setattr(module, "DIST", tmp_path / "dist")
    monkeypatch.setattr(module, "APP", app)
    return module


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("dpkg-deb") is None, reason="needs dpkg-deb")
def test_the_deb_installs_the_folder_in_opt_with_a_command_a_desktop_entry_and_icons(build, tmp_path):
    deb = build.make_deb("1.2.3")
    assert deb.name == f"jobbro_1.2.3_{build.debian_arch()}.deb"
    fields = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True).stdout
    assert "Package: jobbro\nVersion: 1.2.3\n" in fields
    assert "Depends: libc6" in fields and "fonts-dejavu-core" in fields
    out = tmp_path / "unpacked"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(out)], check=True)
    assert os.access(out / "opt" / "jobbro" / "jobbro", os.X_OK)
    assert os.readlink(out / "usr" / "bin" / "jobbro") == "/opt/jobbro/jobbro"
    desktop = (out / "usr" / "share" / "applications" / "jobbro.desktop").read_text(encoding="utf-8")
    assert "Exec=jobbro" in desktop and "Icon=jobbro" in desktop
    assert (out / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps" / "jobbro.svg").is_file()
    assert (out / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps" / "jobbro.png").is_file()
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    assert "root/root" in listing and "drwxr-xr-x" in listing


def test_the_tarball_holds_the_folder_named_by_version(build):
    tarball = build.make_tarball("1.2.3")
    with tarfile.open(tarball) as tar:
        names = tar.getnames()
    assert "jobbro-1.2.3/jobbro" in names and "jobbro-1.2.3/jobbro.desktop" in names


def test_the_desktop_entry_is_valid():
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate is not installed (apt-get install desktop-file-utils)")
    done = subprocess.run([validator, str(ROOT / "bundle" / "jobbro.desktop")], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout

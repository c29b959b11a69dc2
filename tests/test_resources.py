"""Where the bundled files are (one helper for the checkout, the venv and the built app) and the version."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import resources

ROOT = Path(__file__).resolve().parents[1]


def pyproject_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["project"]["version"]


def test_the_helper_finds_the_checkouts_resources():
    assert resources.root() == ROOT / "resources"
    assert resources.path("reference", "measures.csv").is_file()
    assert resources.path("icons", "jobbro.png").is_file()


def test_in_the_built_app_it_looks_inside_the_bundle(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.path("i18n", "jobbro_da.qm") == tmp_path / "resources" / "i18n" / "jobbro_da.qm"


def test_every_reader_of_resources_asks_the_helper():
    from db import reference
    from db.demo import words as demo_words
    from db.importing import columns
    from reports import pdf_fonts
    from ui import i18n

    assert reference.RESOURCES == resources.path("reference")
    assert demo_words.DEMO == resources.path("demo")
    assert columns.RESOURCES == resources.path("import")
    assert i18n.I18N == resources.path("i18n")
    assert pdf_fonts._search_dirs()[0] == resources.path("fonts")


def test_a_bundle_with_only_the_compiled_catalogue_uses_it(monkeypatch, tmp_path):
    from ui import i18n

    (tmp_path / "jobbro_da.qm").write_bytes(b"compiled")
    monkeypatch.setattr(i18n, "I18N", tmp_path)
    assert i18n.qm_file("da") == tmp_path / "jobbro_da.qm"
    assert i18n.qm_file("en") is None


def test_the_version_is_pyprojects():
    assert resources.version() == pyproject_version()


def test_a_checkout_run_without_installing_reads_pyproject(monkeypatch):
    def not_installed(name):
        raise resources.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(resources.metadata, "version", not_installed)
    assert resources.version() == pyproject_version()


def test_version_prints_without_a_display():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--version"], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Jobbro {pyproject_version()}"


def test_it_system_wide_settings_file_names_the_store(qapp, tmp_path):
    """IT can point every user at a store with a system-wide Jobbro.ini; the user's own choice wins."""
    from PySide6.QtCore import QSettings

    from ui import settings

    system = QSettings(QSettings.Format.IniFormat, QSettings.Scope.SystemScope, "Jobbro", "Jobbro")
    system.setValue("store/path", str(tmp_path / "shared" / "jobbro.sqlite"))
    system.sync()
    assert settings.get("store_path") == str(tmp_path / "shared" / "jobbro.sqlite")
    settings.put("store_path", str(tmp_path / "mine.sqlite"))
    assert settings.get("store_path") == str(tmp_path / "mine.sqlite")


def test_version_with_other_options_goes_through_the_parser(qapp, capsys):
    from main import main

    with pytest.raises(SystemExit) as done:
        main(["--lang", "en", "--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"Jobbro {pyproject_version()}"

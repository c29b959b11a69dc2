"""Where Jobbro's bundled files are (reference data, translations, fonts, icons) and which version they ship with.

One answer for the source checkout, the installed venv and the frozen build: every module that reads a
file under resources/ asks path(), never its own __file__. Qt-free and SQL-free, so db/ and reports/
may use it too.
"""

from __future__ import annotations

import sys
import tomllib
from importlib import metadata
from pathlib import Path

DISTRIBUTION = "jobbro"


def root() -> Path:
    """The resources folder: beside this module in a checkout, inside the bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)  # set by the PyInstaller bootloader of the built app
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent


def path(*parts: str) -> Path:
    """A file or folder under resources/, e.g. path("reference", "measures.csv")."""
    return root().joinpath(*parts)


def version() -> str:
    """The version in pyproject.toml: from the installed metadata (also copied into the built app),
    else read from pyproject.toml beside the sources (a checkout run without installing)."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        pass
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        with open(pyproject, "rb") as fh:
            return str(tomllib.load(fh)["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "unknown"

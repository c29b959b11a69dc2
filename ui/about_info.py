"""What the About dialog tells: the components the built app bundles, their licences, the ESCO attribution.

Qt-free on purpose: packaging/jobbro.spec reads COMPONENTS to copy each component's metadata (its
version and licence text) into the built app, so the dialog and the bundle name the same list.
"""

from __future__ import annotations

import platform
import sqlite3
from dataclasses import dataclass
from importlib import metadata

# The attribution ESCO's terms of use ask for, word for word and untranslated.
ESCO_ATTRIBUTION = "This service uses the ESCO classification of the European Commission."


@dataclass(frozen=True)
class Component:
    name: str
    licence: str
    distribution: str | None = None  # the Python distribution it ships in, for its version and licence file


# What the built app bundles. bundle/jobbro.spec checks the list against what the analysis takes in and
# check_bundle.py fails when something ships unlisted. Installed but never imported, so neither bundled nor
# listed: pandas (and its tzdata), click-default-group.
COMPONENTS = (
    Component("Qt 6 / PySide6", "LGPL-3.0", "PySide6_Essentials"),
    Component("Shiboken 6", "LGPL-3.0", "shiboken6"),
    Component("Python", "PSF-2.0"),
    Component("SQLite", "Public domain"),
    Component("sqlcipher3 / SQLCipher", "zlib; SQLCipher BSD-3-Clause", "sqlcipher3"),
    Component("NumPy (with OpenBLAS)", "BSD-3-Clause", "numpy"),
    Component("python-dateutil", "BSD-3-Clause", "python-dateutil"),
    Component("sqlite-utils", "Apache-2.0", "sqlite-utils"),
    Component("sqlite-fts4", "Apache-2.0", "sqlite-fts4"),
    Component("click", "BSD-3-Clause", "click"),
    Component("tabulate", "MIT", "tabulate"),
    Component("pluggy", "MIT", "pluggy"),
    Component("ReportLab", "BSD-3-Clause", "reportlab"),
    Component("Pillow", "MIT-CMU", "pillow"),
    Component("charset-normalizer", "MIT", "charset-normalizer"),
    Component("openpyxl", "MIT", "openpyxl"),
    Component("et-xmlfile", "MIT", "et_xmlfile"),
    Component("pypdfium2 / PDFium", "Apache-2.0 or BSD-3-Clause; PDFium BSD-3-Clause", "pypdfium2"),
    Component("typing_extensions", "PSF-2.0", "typing_extensions"),
    Component("DejaVu fonts", "Bitstream Vera licence (free)"),
)


def component_version(component: Component) -> str:
    """The version that runs here, or "" when it cannot be told."""
    if component.name == "Python":
        return platform.python_version()
    if component.name == "SQLite":
        return sqlite3.sqlite_version
    if component.distribution is None:
        return ""
    try:
        return metadata.version(component.distribution)
    except metadata.PackageNotFoundError:
        return ""

"""Translations: Qt's own plus ours, built from resources/i18n/*.ts with pyside6-lrelease when needed."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QStandardPaths, QTranslator

import resources

I18N = resources.path("i18n")
LANGUAGES = ("da", "en")
DEFAULT_LANGUAGE = "da"

_installed: list[QTranslator] = []


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate outside a QObject; pyside6-lupdate extracts translate("context", "text") calls."""
    return QCoreApplication.translate(context, text, disambiguation, n)


# Old name kept for callers; lupdate cannot extract tr("context", "text"), so new code uses translate().
tr = translate


def _lrelease() -> str | None:
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else None


def qm_file(lang: str) -> Path | None:
    """The compiled catalogue for `lang`, rebuilt from the .ts when that is newer."""
    ts = I18N / f"jobbro_{lang}.ts"
    qm = ts.with_suffix(".qm")
    if not ts.exists():  # the built app ships the compiled catalogue only
        return qm if qm.exists() else None
    if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    tool = _lrelease()
    if tool is None:
        return qm if qm.exists() else None
    target = qm
    if not _writable(qm.parent):
        cache = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
        cache.mkdir(parents=True, exist_ok=True)
        target = cache / qm.name
    subprocess.run([tool, "-silent", str(ts), "-qm", str(target)], check=False, capture_output=True)
    return target if target.exists() else None


def _writable(folder: Path) -> bool:
    probe = folder / ".write-test"
    try:
        probe.touch()
        probe.unlink()
        return True
    except OSError:
        return False


def install(app: QCoreApplication, lang: str = DEFAULT_LANGUAGE) -> None:
    """Install Qt's and Jobbro's translators for `lang` and set the matching locale."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    locale = QLocale("da_DK") if lang == "da" else \
        QLocale("en_GB")
    QLocale.setDefault(locale)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    qm = qm_file(lang)
    ours = QTranslator(app)
    if qm is not None and ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)

"""Finds and registers a TrueType font pair that covers the Danish letters æ, ø and å."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

import resources

REGULAR = "Jobbro-Regular"
BOLD = "Jobbro-Bold"

# The PDF core fonts (Helvetica) only cover Latin-1 through a fixed encoding and
# are not embedded, so a TrueType font is embedded instead. DejaVu is preferred
# for its wide Unicode coverage; reportlab's bundled Vera is the last resort
# because it ships with every reportlab install.
_FONT_DIRS = (
    "/usr/share/fonts/truetype/dejavu",  # Debian/Ubuntu fonts-dejavu-core
    "/usr/share/fonts/dejavu",  # Fedora, Arch
    "/usr/share/fonts/TTF",  # Arch (older)
    "/usr/local/share/fonts",
    "/Library/Fonts",  # macOS, if the user installed DejaVu
    os.path.join(os.environ.get("WINDIR", r"C:\Windows"), "Fonts"),
)
_CANDIDATES = (
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("Vera.ttf", "VeraBd.ttf"),
)
_DANISH = "æøåÆØÅ"


class FontNotFoundError(RuntimeError):
    """No usable TrueType font with Danish letters could be located."""


@dataclass(frozen=True)
class FontPair:
    regular_path: Path
    bold_path: Path
    regular: str = REGULAR
    bold: str = BOLD


def _search_dirs() -> list[Path]:
    dirs = [resources.path("fonts"), *(Path(d) for d in _FONT_DIRS)]  # the built app bundles its own pair
    env = os.environ.get("JOBBRO_FONT_DIR")  # lets packagers point at a bundled copy
    if env:
        dirs.insert(0, Path(env))
    try:
        import reportlab

        dirs.append(Path(reportlab.__file__).parent / "fonts")
    except Exception:  # noqa: BLE001 - reportlab is a hard dependency; no font folder is not an error
        pass
    return dirs


def _covers_danish(path: Path) -> bool:
    try:
        face = TTFont("probe", str(path)).face
    except Exception:  # noqa: BLE001 - a broken font file of any kind is just not a candidate
        return False
    return all(ord(ch) in face.charToGlyph for ch in _DANISH)


def find_fonts() -> FontPair:
    """Return the first regular/bold pair found whose regular face has æøå."""
    tried = []
    for regular, bold in _CANDIDATES:
        for folder in _search_dirs():
            reg, bld = folder / regular, folder / bold
            tried.append(str(reg))
            if reg.is_file() and bld.is_file() and _covers_danish(reg):
                return FontPair(reg, bld)
    raise FontNotFoundError(
        "No TrueType font with Danish letters (æ, ø, å) was found. Install DejaVu Sans "
        "(Debian: apt-get install fonts-dejavu-core) or set JOBBRO_FONT_DIR to a folder "
        "holding DejaVuSans.ttf and DejaVuSans-Bold.ttf. Looked for: " + ", ".join(tried)
    )


@lru_cache(maxsize=1)
def register_fonts() -> FontPair:
    """Register the pair once per process; repeated renders reuse the parsed fonts."""
    pair = find_fonts()
    pdfmetrics.registerFont(TTFont(pair.regular, str(pair.regular_path)))
    pdfmetrics.registerFont(TTFont(pair.bold, str(pair.bold_path)))
    # Map <b> in Paragraph markup to the bold face; italics fall back to upright.
    addMapping(pair.regular, 0, 0, pair.regular)
    addMapping(pair.regular, 1, 0, pair.bold)
    addMapping(pair.regular, 0, 1, pair.regular)
    addMapping(pair.regular, 1, 1, pair.bold)
    return pair


@lru_cache(maxsize=1)
def glyph_coverage() -> frozenset[int]:
    """Code points both faces can draw; text uses either face, so the rest is replaced."""
    pair = register_fonts()
    regular = pdfmetrics.getFont(pair.regular).face.charToGlyph
    bold = pdfmetrics.getFont(pair.bold).face.charToGlyph
    # reportlab writes TrueType text with 16-bit codes: a character beyond the Basic Multilingual Plane
    # (most emoji) would come out as another glyph (U+1F600 as U+1F60), so it counts as not drawable.
    return frozenset(c for c in regular.keys() & bold.keys() if c <= 0xFFFF)

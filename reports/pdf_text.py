"""Turns untrusted data strings into safe Paragraph markup for the registered font."""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from reports.pdf_fonts import glyph_coverage

# Paragraph markup is XML-like: <, > and & in data would be read as tags, and
# quotes matter inside attribute values, so all of them are escaped.
_ENTITIES = {'"': "&quot;", "'": "&#39;"}
# C0/C1 control characters (except newline and tab) are not valid in the
# markup parser and carry no meaning on paper.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_REPLACEMENT = "\u25a1"  # WHITE SQUARE: visible stand-in for glyphs the font lacks
_INVISIBLE = {0x200D, 0xFE0E, 0xFE0F}  # emoji joiners/selectors: meaningless without emoji


# The longest value a PDF shows (the store's limit for notes); older or imported data may be longer,
# and cutting it first keeps the layout linear in the size of the document.
VALUE_LIMIT = 10_000
# The longest value in a table cell that cannot split across pages (the overview, a heading).
CELL_LIMIT = 200
ELLIPSIS = "…"


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + ELLIPSIS


def plain(text: object, limit: int = VALUE_LIMIT) -> str:
    """Clean text for direct canvas drawing: no controls, only drawable glyphs, at most `limit` long."""
    if text is None:
        return ""
    value = unicodedata.normalize("NFC", _CONTROL.sub("", shorten(str(text), limit + 1)))
    value = shorten(value, limit)
    covered = glyph_coverage()
    if all(ord(ch) in covered or ch in "\n\t" for ch in value):
        return value  # fast path: nearly every real string
    replacement = _REPLACEMENT if ord(_REPLACEMENT) in covered else "?"
    out: list[str] = []
    for ch in value:
        code = ord(ch)
        if code in covered or ch in "\n\t":
            out.append(ch)
        elif code in _INVISIBLE or 0x1F3FB <= code <= 0x1F3FF or unicodedata.category(ch) in ("Mn", "Cf"):
            continue  # joiners, skin tones, combining marks: nothing to show on their own
        elif not out or out[-1] != replacement:
            out.append(replacement)  # one box per run, so "🇩🇰👍🏽" is not a row of boxes
    return "".join(out)


def markup(text: object, limit: int = VALUE_LIMIT) -> str:
    """Escape a data string for a Paragraph; newlines become line breaks."""
    return escape(plain(text, limit), _ENTITIES).replace("\n", "<br/>").replace("\t", " ")


def bold(text: object) -> str:
    return f"<b>{markup(text)}</b>"


def join_markup(items: list[str], sep: str = ", ") -> str:
    """Escape each item and join them; items keep their commas as break points."""
    return escape(sep).join(markup(item, CELL_LIMIT) for item in items if item and str(item).strip())


def number(value: float, decimal_separator: str, decimals: int = 2, trim: bool = True) -> str:
    """Format a number with the locale's separator; `trim` drops trailing zeros."""
    text = f"{float(value):.{decimals}f}"
    if trim and decimals:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", decimal_separator)

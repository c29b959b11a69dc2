"""Tests of the font lookup and the text sanitising used by the shortlist PDF."""

from __future__ import annotations

import pytest

from reports import pdf_fonts
from reports.pdf_text import markup, plain


def test_found_font_covers_danish_letters():
    pair = pdf_fonts.find_fonts()
    assert pair.regular_path.is_file() and pair.bold_path.is_file()
    assert pdf_fonts._covers_danish(pair.regular_path)


def test_missing_fonts_raise_clear_error(monkeypatch, tmp_path):
    monkeypatch.setattr(pdf_fonts, "_search_dirs", lambda: [tmp_path])
    with pytest.raises(pdf_fonts.FontNotFoundError, match="fonts-dejavu-core"):
        pdf_fonts.find_fonts()


def test_font_dir_override(monkeypatch, tmp_path):
    pair = pdf_fonts.find_fonts()
    for src in (pair.regular_path, pair.bold_path):
        (tmp_path / src.name).write_bytes(src.read_bytes())
    monkeypatch.setenv("JOBBRO_FONT_DIR", str(tmp_path))
    assert pdf_fonts.find_fonts().regular_path.parent == tmp_path


def test_markup_escapes_and_drops_control_characters():
    assert markup('<b>"x" & \'y\'</b>\nz\x00') == "&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;<br/>z"


def test_unknown_glyphs_become_one_visible_box():
    covered = pdf_fonts.glyph_coverage()
    flag = "\U0001F1E9\U0001F1F0"  # regional indicators, absent from DejaVu and Vera
    assert not any(ord(c) in covered for c in flag)
    # one white square per run of missing glyphs, or "?" where the font has no square either
    box = "\u25a1" if ord("\u25a1") in covered else "?"
    assert plain(f"A{flag}\U0001F44D\U0001F3FDB") == f"A{box}B"

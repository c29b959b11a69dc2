"""Values of any length and any character: the PDF wraps or shortens them, never fails, and stays quick."""

from __future__ import annotations

import dataclasses
import io

import pytest
from pypdf import PdfReader

from reports.pdf_text import CELL_LIMIT, ELLIPSIS, VALUE_LIMIT, plain
from reports.shortlist_data import ShortlistDoc, ShortlistEntry
from reports.shortlist_pdf import render_shortlist

LONG_WORDS = "Ærø " * 700  # 2,800 characters in short words
ONE_WORD = "Å" * 2500  # no place to break a line

ENTRY_TEXTS = [f.name for f in dataclasses.fields(ShortlistEntry) if f.type in ("str", "str | None")]
ENTRY_LISTS = [f.name for f in dataclasses.fields(ShortlistEntry) if f.type == "list[str]"]
DOC_TEXTS = [f.name for f in dataclasses.fields(ShortlistDoc)
             if f.type in ("str", "str | None") and f.name != "logo_path"]


def pages(doc) -> int:
    out = io.BytesIO()
    render_shortlist(doc, out)
    return len(PdfReader(io.BytesIO(out.getvalue())).pages)


@pytest.mark.parametrize("text", [LONG_WORDS, ONE_WORD], ids=["words", "one-word"])
@pytest.mark.parametrize("variant", ["company", "internal"])
@pytest.mark.parametrize("name", ENTRY_TEXTS + ENTRY_LISTS)
def test_a_long_candidate_value_never_fails_the_pdf(entry_factory, doc_factory, name, variant, text):
    value = [text, text] if name in ENTRY_LISTS else text
    entry = entry_factory(1, consent=True, **{name: value})
    assert pages(doc_factory([entry, entry_factory(2)], variant=variant)) >= 1


@pytest.mark.parametrize("name", DOC_TEXTS)
def test_a_long_need_or_company_value_never_fails_the_pdf(doc_factory, name):
    assert pages(doc_factory(**{name: LONG_WORDS})) >= 1


def test_a_megabyte_note_is_shortened_before_layout(entry_factory, doc_factory):
    note = "ord " * 250_000
    assert len(plain(note)) == VALUE_LIMIT and plain(note).endswith(ELLIPSIS)
    entry = entry_factory(1, consent=True, note=note)
    assert pages(doc_factory([entry], variant="internal")) >= 1


def test_cells_that_cannot_split_are_shortened():
    assert len(plain("x" * 5000, CELL_LIMIT)) == CELL_LIMIT


def test_emoji_beyond_16_bits_become_a_box_not_another_letter(entry_factory, doc_factory, tmp_path):
    entry = entry_factory(1, consent=True, note="Glad 😀 og 𐌀 men ☺ og ❤ bliver")
    path = tmp_path / "emoji.pdf"
    render_shortlist(doc_factory([entry], variant="internal"), path)
    text = "".join(page.extract_text() for page in PdfReader(str(path)).pages)
    assert "Glad □ og □ men ☺ og ❤ bliver" in " ".join(text.split())
    assert "\u1f60" not in text and "\u1030" not in text  # what reportlab made of U+1F600 and U+10300

"""Tests of the shortlist PDF: required content, privacy of each variant and hostile input."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from reports.shortlist_labels import english_labels
from reports.shortlist_pdf import render_shortlist
from tests.helpers import pdf_text, squash


def render(doc, tmp_path, name="out.pdf", **kw):
    path = tmp_path / name
    result = render_shortlist(doc, path, **kw)
    text, pages = pdf_text(path)
    return result, text, pages


def test_company_variant_contains_what_the_company_needs(doc_factory, tmp_path):
    result, text, pages = render(doc_factory(), tmp_path)
    assert result.warnings == [] and result.pages == pages
    for expected in ("Ølstykke Lager & Logistik A/S", "Lagermedarbejdere til nyt distributionscenter",
                     f"Side 1 af {pages}", "Kandidat 2", "Kandidat 3", "Truckcertifikat", "Kranfører",
                     "Kørekort B", "Kørekort C", "Lagermedarbejder, 4 år", "Erhvervsuddannelse",
                     "25 t/uge", "01-02-2027", "38 km, ca. 45 min i bil", "Virksomhedspraktik",
                     "Jobcenter Aarhus", "04-11-2026", "Udarbejdet af Anne Holm"):
        assert squash(expected) in text, expected


def test_company_variant_hides_unconsented_candidates(doc_factory, tmp_path):
    _, text, _ = render(doc_factory(), tmp_path)
    for name, phone, email, birth in (("Jens Østergaard Åby", "51627384", "jens.aaby@example.dk", "1977"),
                                      ("Fatima El-Sayed", "61728394", "fatima.elsayed@example.dk", "1989")):
        for secret in (name, "Østergaard", "El-Sayed", phone, email, birth, f"Privat note om {name}"):
            assert squash(secret) not in text, secret
    # Internal bookkeeping never leaves the job centre, whatever the consent.
    for secret in ("CID-9001", "CID-9002", "Kontaktet", "Matcher 4 af 5", "Intet samtykke"):
        assert squash(secret) not in text, secret


def test_company_variant_shows_consented_candidate(doc_factory, tmp_path):
    _, text, _ = render(doc_factory(), tmp_path)
    for expected in ("Mette Ærø Sørensen", "41526374", "mette.soerensen@example.dk",
                     "8260 Viby J", "Privat note om Mette Ærø Sørensen"):
        assert squash(expected) in text, expected
    assert "1.MetteÆrøSørensen" in text and "Kandidat1" not in text  # named, not anonymous


def test_internal_variant_shows_everything(doc_factory, tmp_path):
    _, text, pages = render(doc_factory(variant="internal"), tmp_path)
    for expected in ("Mette Ærø Sørensen", "Jens Østergaard Åby", "Fatima El-Sayed", "51627384",
                     "jens.aaby@example.dk", "1977", "CID-9002", "Kontaktet",
                     "Matcher 4 af 5 ønskede kompetencer (kandidat 2).", "Scoreforklaring",
                     "Samtykke registreret", "Samtykke 03-11-2026, registreret af Anne Holm",
                     "Intet samtykke registreret", "Kompetencer", "0,80", "0,50",
                     "Privat note om Fatima El-Sayed", "Intern version", f"Side {pages} af {pages}"):
        assert squash(expected) in text, expected


def test_markup_characters_are_escaped(doc_factory, entry_factory, tmp_path):
    hostile = 'Ærlig <b>"O\'Brien"</b> & <Søn>'
    note = "Note med <script>alert('x')</script> & \"citat\"\nog ny linje </para>"
    entries = [entry_factory(1, name=hostile, note=note, matching_skills=["C++ & <C#>"]),
               entry_factory(2, name="Skjult <i>Navn</i> & Co")]
    for variant in ("company", "internal"):
        _, text, _ = render(doc_factory(entries, variant, company_name='A&B <"Firma">'), tmp_path)
        for expected in (hostile, note, "C++ & <C#>", 'A&B <"Firma">'):
            assert squash(expected) in text, (variant, expected)
        assert ("Skjult" in text) == (variant == "internal")


def test_emoji_and_long_words_do_not_break_layout(doc_factory, entry_factory, tmp_path):
    word = "q" * 300
    entries = [entry_factory(1, name="Søren 😀🇩🇰👍🏽 Hansen", note=f"Glad 🎉 {word}",
                             matching_skills=[word] + [f"Kompetence {i}" for i in range(150)],
                             commute=word, experience=[word])]
    for variant in ("company", "internal"):
        result, text, pages = render(doc_factory(entries, variant), tmp_path)
        assert "Søren" in text and "Hansen" in text and "Kompetence149" in text
        # The long word wraps over several lines but nothing of it is cut off.
        assert word in text and result.pages == pages


def test_empty_shortlist(doc_factory, tmp_path):
    _, text, pages = render(doc_factory(entries=[]), tmp_path)
    assert pages == 1
    assert squash("Ingen kandidater på listen") in text and "Side1af1" in text


def test_two_hundred_entries(doc_factory, entry_factory, tmp_path):
    entries = [entry_factory(n) for n in range(1, 201)]
    result, text, pages = render(doc_factory(entries), tmp_path)
    assert pages > 20 and result.pages == pages
    assert f"Side{pages}af{pages}" in text and "Kandidat200" in text
    # The overview starts right under the need on page 1 (a long table must not
    # be pushed whole to page 2) and repeats its column headings on page 2.
    reader = PdfReader(str(tmp_path / "out.pdf"))
    page_one, page_two = (squash(reader.pages[i].extract_text()) for i in (0, 1))
    assert "OverblikNr.KandidatScoreMatcherMangler" in page_one
    assert "Nr.KandidatScoreMatcherMangler" in page_two


@pytest.mark.parametrize("logo, code", [("missing.png", "logo_not_found"), ("not-an-image.png", "logo_unreadable")])
def test_bad_logo_gives_pdf_and_warning(doc_factory, tmp_path, logo, code):
    path = tmp_path / logo
    if logo.startswith("not"):
        path.write_text("this is not a PNG file")
    result, text, pages = render(doc_factory(logo_path=str(path)), tmp_path)
    assert [w.code for w in result.warnings] == [code]
    assert str(path) in result.warnings[0].message
    assert pages >= 1 and squash("Jobcenter Aarhus") in text


def test_valid_logo_is_used(doc_factory, tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 90), (31, 78, 121)).save(logo)
    result, _, _ = render(doc_factory(logo_path=str(logo)), tmp_path)
    assert result.warnings == []
    reader = PdfReader(str(tmp_path / "out.pdf"))
    assert reader.pages[0].images, "logo should be embedded as an image"


def test_need_without_occupation(doc_factory, tmp_path):
    _, text, _ = render(doc_factory(need_occupation=None, need_start=None, need_deadline=None), tmp_path)
    assert "Stillingsbetegnelse" not in text and "Lagerarbejder" not in text
    assert squash("Ikke oplyst") in text


def test_english_labels_and_stream_output(doc_factory):
    buffer = io.BytesIO()
    result = render_shortlist(doc_factory(), buffer, english_labels())
    assert buffer.getvalue().startswith(b"%PDF")
    text = squash("".join(p.extract_text() for p in PdfReader(io.BytesIO(buffer.getvalue())).pages))
    assert f"Page1of{result.pages}" in text and "Candidate2" in text and "Side1af" not in text


def test_unknown_variant_is_rejected(doc_factory):
    with pytest.raises(ValueError):
        doc_factory(variant="public")

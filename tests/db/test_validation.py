"""Every validator: what it accepts, how it cleans, and what it refuses."""

import pytest

from db import validation as v
from db.validation import FieldProblem


@pytest.mark.parametrize("raw, clean", [("13748136", "13748136"), ("DK13748136", "13748136"),
                                        ("DK-13748136", "13748136"), (" 1374 8136 ", "13748136")])
def test_cvr_accepts_valid_numbers_and_strips_prefixes(raw, clean):
    assert v.cvr(raw) == clean


@pytest.mark.parametrize("raw", ["24256791", "1374813", "137481360", "abcdefgh", "03748136", ""])
def test_cvr_refuses_wrong_check_digit_or_length(raw):
    with pytest.raises(FieldProblem):
        v.cvr(raw)


def test_p_number_needs_ten_digits():
    assert v.p_number("1003 388 394") == "1003388394"
    with pytest.raises(FieldProblem):
        v.p_number("12345")


def test_postcode_checks_format_and_known_codes():
    assert v.postcode("8000") == "8000"
    assert v.postcode("DK-8000", {"8000"}) == "8000"
    for bad in ("800", "80000", "abcd"):
        with pytest.raises(FieldProblem):
            v.postcode(bad)
    with pytest.raises(FieldProblem):
        v.postcode("9999", {"8000"})


@pytest.mark.parametrize("good", ["anne@firma.dk", "a.b-c+d@sub.example.com"])
def test_email_accepts(good):
    assert v.email(good) == good


@pytest.mark.parametrize("bad", ["anne", "anne@", "anne@firma", "an ne@firma.dk", "a@b@c.dk"])
def test_email_refuses(bad):
    with pytest.raises(FieldProblem):
        v.email(bad)


def test_phone_normalises_danish_and_international_numbers():
    assert v.phone("12 34 56 78") == "12345678"
    assert v.phone("+45 12 34 56 78") == "+4512345678"
    assert v.phone("+46 70 123 45 67") == "+46701234567"
    for bad in ("1234", "12-34-56-7", "telefon"):
        with pytest.raises(FieldProblem):
            v.phone(bad)


@pytest.mark.parametrize("raw", ["24-12-2026", "24.12.2026", "2026-12-24", "24/12/2026"])
def test_date_accepts_danish_and_iso_forms(raw):
    assert v.date(raw) == "2026-12-24"


@pytest.mark.parametrize("raw", ["31-02-2026", "2026-13-01", "i morgen", "24-12-26x"])
def test_date_refuses_impossible_dates(raw):
    with pytest.raises(FieldProblem):
        v.date(raw)


def test_hours_within_zero_and_37_with_decimal_comma():
    assert v.hours("37") == 37.0
    assert v.hours("12,5") == 12.5
    for bad in ("-1", "38", "mange"):
        with pytest.raises(FieldProblem):
            v.hours(bad)


def test_problem_messages_are_source_texts_with_parameters():
    with pytest.raises(FieldProblem) as info:
        v.cvr("24256791")
    assert "{value}" in info.value.message
    assert info.value.params == {"value": "24256791"}


def test_links_may_mix_vocabulary_ids_and_free_text(store):
    from db import candidates, reference

    db = store
    skill = reference.skills(db)[0]["id"]
    cid = candidates.add(db, who="t", name="Mia", skills=[skill, "fri tekst"]).id
    assert candidates.update(db, cid, who="t", skills=["fri tekst", skill]).fields == ()
    assert [s["label"] for s in candidates.get(db, cid)["skills"]][1] == "fri tekst"

"""Fixtures for the report writer tests: small shortlist documents with known personal data."""

from __future__ import annotations

import datetime as dt

import pytest

from reports.shortlist_data import ShortlistDoc, ShortlistEntry

# Distinct, easily searched personal data per candidate; birth years and
# phone numbers are chosen so they cannot occur anywhere else in the PDF.
PEOPLE = {
    1: ("Mette Ærø Sørensen", "41526374", "mette.soerensen@example.dk", 1961, True),
    2: ("Jens Østergaard Åby", "51627384", "jens.aaby@example.dk", 1977, False),
    3: ("Fatima El-Sayed", "61728394", "fatima.elsayed@example.dk", 1989, False),
}


def make_entry(number: int, consent: bool | None = None, **overrides) -> ShortlistEntry:
    name, phone, email, birth, default_consent = PEOPLE.get(
        number, (f"Person Nummer{number}", f"7{number:07d}", f"person{number}@example.dk", 1950, False))
    consent = default_consent if consent is None else consent
    values = dict(
        number=number, candidate_id=f"CID-{9000 + number}", name=name, phone=phone, email=email,
        birth_year=birth, postcode="8260", town="Viby J", consent=consent,
        consent_text="Samtykke 03-11-2026, registreret af Anne Holm" if consent else None,
        status="Kontaktet", note=f"Privat note om {name}", score=90.0 - number,
        matching_skills=["Truckcertifikat", "Lagerstyring", "Pluk og pak", "Varemodtagelse"],
        missing_skills=["Kranfører"], certificates=["Kørekort B"], missing_certificates=["Kørekort C"],
        experience=["Lagermedarbejder, 4 år"], education_level="Erhvervsuddannelse",
        hours="25 t/uge", earliest_start="01-02-2027", commute="38 km, ca. 45 min i bil",
        measures=["Virksomhedspraktik"],
        reasons=[f"Matcher 4 af 5 ønskede kompetencer (kandidat {number})."],
        score_parts=[("Kompetencer", 0.8, 0.5), ("Afstand", 0.6, 0.2)],
    )
    values.update(overrides)
    return ShortlistEntry(**values)


def make_doc(entries=None, variant: str = "company", **overrides) -> ShortlistDoc:
    values = dict(
        job_centre_name="Jobcenter Aarhus", company_name="Ølstykke Lager & Logistik A/S",
        company_address="Industrivej 12, 8200 Aarhus N",
        need_title="Lagermedarbejdere til nyt distributionscenter", need_occupation="Lagerarbejder",
        need_positions=3, need_hours="30-37 t/uge", need_start="01-02-2027", need_deadline="15-12-2026",
        need_measures=["Virksomhedspraktik", "Løntilskud"], consultant_name="Anne Holm",
        consultant_email="anne.holm@example.dk", consultant_phone="87130000",
        date=dt.date(2026, 11, 4), variant=variant,
        entries=[make_entry(n) for n in (1, 2, 3)] if entries is None else entries,
    )
    values.update(overrides)
    return ShortlistDoc(**values)


@pytest.fixture
def entry_factory():
    return make_entry


@pytest.fixture
def doc_factory():
    return make_doc

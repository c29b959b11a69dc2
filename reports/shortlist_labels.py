"""Every fixed text of the shortlist PDF, Danish by default, so the UI can pass translations."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace


@dataclass(frozen=True)
class ShortlistLabels:
    """Fixed texts; `{placeholders}` are filled with str.format by the writer."""

    # Document titles and notices
    title_company: str = "Kandidatliste"
    title_internal: str = "Kandidatliste – intern"
    internal_notice: str = "Intern version – må ikke udleveres til virksomheden"
    company_notice: str = "Fortroligt – kun til brug for rekruttering"
    anonymity_intro: str = (
        "Kandidater, der ikke har givet samtykke til at dele deres oplysninger, "
        "vises anonymt som »Kandidat nr.«. Kontakt jobcentret, hvis I ønsker at "
        "gå videre med en af dem."
    )
    score_scale: str = (
        "Score: 0 til 100 point. Jo højere, jo bedre passer kandidaten til behovet; "
        "scoreforklaringen ved hver kandidat viser, hvordan pointene er givet."
    )
    empty_list: str = "Ingen kandidater på listen"

    # Need summary
    section_need: str = "Behov"
    company: str = "Virksomhed"
    address: str = "Adresse"
    need_title: str = "Stilling"
    need_occupation: str = "Stillingsbetegnelse"
    need_positions: str = "Antal stillinger"
    need_hours: str = "Timer"
    need_start: str = "Startdato"
    need_deadline: str = "Ansøgningsfrist"
    need_measures: str = "Mulige ordninger"
    consultant: str = "Konsulent"
    date: str = "Dato"
    candidate_count: str = "Antal kandidater"

    # Overview table
    section_overview: str = "Overblik"
    col_number: str = "Nr."
    col_candidate: str = "Kandidat"
    col_score: str = "Score"
    col_matching: str = "Matcher"
    col_missing: str = "Mangler"
    col_hours: str = "Timer"
    col_start: str = "Start"
    col_commute: str = "Transport"
    more_items: str = "+{count} flere"

    # Candidate details
    section_candidates: str = "Kandidater"
    anonymous_candidate: str = "Kandidat {number}"
    score_badge: str = "Score {score} af 100"
    phone: str = "Telefon"
    email: str = "E-mail"
    birth_year: str = "Fødselsår"
    residence: str = "Bopæl"
    hours: str = "Timer"
    earliest_start: str = "Tidligste start"
    commute: str = "Transport"
    education_level: str = "Uddannelsesniveau"
    experience: str = "Erfaring"
    matching_skills: str = "Matchende kompetencer"
    missing_skills: str = "Manglende kompetencer"
    certificates: str = "Certifikater og kørekort"
    missing_certificates: str = "Manglende certifikater og kørekort"
    measures: str = "Mulige ordninger"
    note: str = "Note"
    candidate_id: str = "Kandidat-ID"
    status: str = "Status"
    consent: str = "Samtykke"
    consent_given: str = "Samtykke registreret"
    consent_missing: str = "Intet samtykke registreret"
    reasons: str = "Scoreforklaring"
    score_parts: str = "Scoreelementer"
    part_name: str = "Element"
    part_value: str = "Værdi"
    part_weight: str = "Vægt"
    not_given: str = "Ikke oplyst"
    none_listed: str = "Ingen"

    # Page template
    page_of: str = "Side {page} af {pages}"
    prepared_by: str = "Udarbejdet af {consultant}"

    # Number and date formatting
    date_format: str = "%d-%m-%Y"
    decimal_separator: str = ","

    # Warnings handed back to the UI
    logo_not_found: str = "Logoet blev ikke fundet og er udeladt: {path}"
    logo_unreadable: str = "Logoet kunne ikke læses som et billede og er udeladt: {path}"

    def with_overrides(self, **texts: str) -> ShortlistLabels:
        """Return a copy with some texts replaced (e.g. from a translation catalogue)."""
        return replace(self, **texts)


_ENGLISH = dict(
    title_company="Candidate shortlist",
    title_internal="Candidate shortlist – internal",
    internal_notice="Internal version – must not be given to the company",
    company_notice="Confidential – for recruitment use only",
    anonymity_intro=(
        "Candidates who have not consented to sharing their details are shown "
        "anonymously as “Candidate no.”. Contact the job centre if you would "
        "like to proceed with one of them."
    ),
    score_scale=(
        "Score: 0 to 100 points. The higher, the better the candidate fits the need; "
        "the score explanation with each candidate shows how the points were given."
    ),
    empty_list="No candidates on the list",
    section_need="Need", company="Company", address="Address", need_title="Position",
    need_occupation="Occupation", need_positions="Number of positions", need_hours="Hours",
    need_start="Start date", need_deadline="Application deadline", need_measures="Possible schemes",
    consultant="Consultant", date="Date", candidate_count="Number of candidates",
    section_overview="Overview", col_number="No.", col_candidate="Candidate",
    col_score="Score", col_matching="Matches", col_missing="Missing", col_hours="Hours",
    col_start="Start", col_commute="Commute", more_items="+{count} more",
    section_candidates="Candidates", anonymous_candidate="Candidate {number}",
    score_badge="Score {score} of 100", phone="Phone", email="E-mail", birth_year="Year of birth",
    residence="Residence", hours="Hours", earliest_start="Earliest start", commute="Commute",
    education_level="Education level", experience="Experience",
    matching_skills="Matching skills", missing_skills="Missing skills",
    certificates="Certificates and licences",
    missing_certificates="Missing certificates and licences", measures="Possible schemes",
    note="Note", candidate_id="Candidate ID", status="Status", consent="Consent",
    consent_given="Consent recorded", consent_missing="No consent recorded",
    reasons="Score explanation", score_parts="Score components", part_name="Component",
    part_value="Value", part_weight="Weight", not_given="Not stated", none_listed="None",
    page_of="Page {page} of {pages}", prepared_by="Prepared by {consultant}",
    date_format="%d/%m/%Y", decimal_separator=".",
    logo_not_found="The logo was not found and has been left out: {path}",
    logo_unreadable="The logo could not be read as an image and has been left out: {path}",
)


def english_labels() -> ShortlistLabels:
    """English texts, for consultants who choose English in the UI."""
    return ShortlistLabels(**_ENGLISH)


def label_names() -> list[str]:
    """Names of all label fields; lets the UI build its translation table."""
    return [f.name for f in fields(ShortlistLabels)]

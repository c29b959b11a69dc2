"""The rows of the Overblik report: one list per block of (JSON path, Danish label), shared by the
xlsx and the PDF so both show the same figures under the same words as the view."""

from __future__ import annotations

BLOCKS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("samarbejdsgrad", "Samarbejdsgrad", [
        ("samarbejdsgrad.with_ordinary", "Samarbejdsgrad (med ordinære ansættelser)"),
        ("samarbejdsgrad.without_ordinary", "Samarbejdsgrad (kun ordninger)"),
        ("samarbejdsgrad.of_municipality_total", "Andel af kommunens virksomheder med ansatte"),
    ]),
    ("companies", "Virksomheder", [
        ("companies.registered", "Registrerede virksomheder"),
        ("companies.cooperating", "Virksomheder med samarbejde"),
        ("companies.cooperating_measures", "Virksomheder med samarbejde om ordninger"),
        ("companies.contacted", "Kontaktede virksomheder"),
        ("companies.open_need_no_contact_30_days", "Åbent behov, ingen kontakt i over 30 dage"),
    ]),
    ("needs", "Jobordrer", [
        ("needs.created", "Oprettede behov"),
        ("needs.positions", "Stillinger"),
        ("needs.share_candidates_sent", "Andel med mindst én kandidat sendt"),
        ("needs.counted_for_filled", "Behov oprettet mindst 3 måneder før periodens slut"),
        ("needs.share_filled", "Andel besat"),
        ("needs.median_days_to_first_sent", "Median dage til første kandidat sendt"),
        ("needs.median_days_to_filled", "Median dage til besat"),
    ]),
    ("contacts", "Kontakter", [
        ("contacts.total", "Registrerede kontakter"),
        ("contacts.follow_ups_due", "Opfølgninger med frist i perioden"),
        ("contacts.follow_ups_done", "Opfølgninger udført"),
        ("contacts.follow_ups_overdue", "Opfølgninger overskredet"),
    ]),
    ("hires", "Ansættelser", [
        ("hires.total", "Ansættelser via kandidatlister"),
        ("hires.under_30", "Heraf under 30 år"),
        ("hires.long_term_unemployed", "Heraf ledige i over 12 måneder"),
    ]),
    ("placements", "Ordninger", [
        ("placements.total", "Påbegyndte forløb i ordninger"),
        ("placements.running", "Forløb i perioden i alt"),
        ("placements.under_30", "Heraf under 30 år"),
        ("placements.long_term_unemployed", "Heraf ledige i over 12 måneder"),
    ]),
]

# Breakdowns (a dict of name -> number) shown after a block's figures.
BREAKDOWNS: dict[str, list[tuple[str, str]]] = {
    "contacts": [("contacts.by_kind", "Kontakter pr. type"), ("contacts.by_consultant", "Kontakter pr. konsulent")],
    "hires": [("hires.by_target_group", "Ansættelser pr. målgruppe")],
    "placements": [("placements.by_measure", "Forløb pr. ordning"),
                   ("placements.by_target_group", "Forløb pr. målgruppe")],
}

# The PDF's first page has room for the short breakdowns only; target groups are its second page's chart.
PDF_BREAKDOWNS: dict[str, list[tuple[str, str]]] = {
    "contacts": [("contacts.by_kind", "Kontakter pr. type")],
    "placements": [("placements.by_measure", "Forløb pr. ordning")],
}

KINDS = {"visit": "Besøg", "phone": "Telefon", "email": "E-mail", "meeting": "Møde", "online": "Online"}
PERCENT_KEYS = frozenset({"samarbejdsgrad.with_ordinary", "samarbejdsgrad.without_ordinary",
                          "samarbejdsgrad.of_municipality_total", "needs.share_candidates_sent", "needs.share_filled"})


def value(report: dict, path: str):
    node = report
    for part in path.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    return node


def shown(path: str, number) -> str:
    """A figure as the report prints it: percent with one decimal, days with one decimal, '–' for none."""
    if number is None:
        return "–"
    if path in PERCENT_KEYS:
        return f"{number * 100:.1f} %".replace(".", ",")
    if isinstance(number, float):
        return f"{number:.1f}".replace(".", ",")
    return f"{number:,}".replace(",", ".")

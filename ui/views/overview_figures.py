"""Overblik's figure tiles: what each shows, how it is counted (docs/OVERVIEW.md), and the list behind it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Figure:
    path: str  # where the number sits in the report (matching/kpi.count)
    label: str  # English source, translated in context "Overview"
    how: str  # how it is counted, one sentence
    drill: str | None  # the key of the records behind it in report["drill"]
    percent: bool = False


FIGURES = [
    Figure("samarbejdsgrad.with_ordinary", QT_TRANSLATE_NOOP("Overview", "Samarbejdsgrad"),
           QT_TRANSLATE_NOOP("Overview", "Share of the registered companies with a hire through a shortlist or a "
                                         "person in a measure during the period."),
           "companies.cooperating", True),
    Figure("samarbejdsgrad.without_ordinary", QT_TRANSLATE_NOOP("Overview", "Samarbejdsgrad, measures only"),
           QT_TRANSLATE_NOOP("Overview", "As samarbejdsgrad, but ordinary hires do not count: only measures "
                                         "(praktik, løntilskud, fleksjob, IGU, mentor …)."),
           "companies.cooperating_measures", True),
    Figure("samarbejdsgrad.of_municipality_total", QT_TRANSLATE_NOOP("Overview", "Of the municipality's companies"),
           QT_TRANSLATE_NOOP("Overview", "Cooperating companies as a share of the municipality's companies with "
                                         "employees (the number you enter; jobindsats counts them)."),
           "companies.cooperating", True),
    Figure("companies.registered", QT_TRANSLATE_NOOP("Overview", "Registered companies"),
           QT_TRANSLATE_NOOP("Overview", "Companies in Jobbro (within the filters) created by the end of the period."),
           "companies.registered"),
    Figure("companies.contacted", QT_TRANSLATE_NOOP("Overview", "Companies contacted"),
           QT_TRANSLATE_NOOP("Overview", "Companies with at least one logged contact in the period."),
           "companies.contacted"),
    Figure("companies.open_need_no_contact_30_days", QT_TRANSLATE_NOOP("Overview", "Open need, no contact > 30 days"),
           QT_TRANSLATE_NOOP("Overview", "Companies with an open need and no logged contact in the 30 days before "
                                         "the period's end: a list to act on."),
           "companies.open_need_no_contact_30_days"),
    Figure("needs.created", QT_TRANSLATE_NOOP("Overview", "Needs created"),
           QT_TRANSLATE_NOOP("Overview", "Needs created in the period; the line above gives their positions."), "needs.created"),
    Figure("needs.share_candidates_sent", QT_TRANSLATE_NOOP("Overview", "Candidates sent"),
           QT_TRANSLATE_NOOP("Overview", "Share of the needs created in the period with at least one candidate sent "
                                         "to the company."),
           "needs.candidates_sent", True),
    Figure("needs.share_filled", QT_TRANSLATE_NOOP("Overview", "Needs filled"),
           QT_TRANSLATE_NOOP("Overview", "Share filled (hires reach the positions) of the needs created in the period "
                                         "and at least 3 months before its end, as the national measure counts."),
           "needs.filled", True),
    Figure("needs.median_days_to_first_sent", QT_TRANSLATE_NOOP("Overview", "Days to first candidate"),
           QT_TRANSLATE_NOOP("Overview", "Median days from a need's creation to the first candidate sent."),
           "needs.candidates_sent"),
    Figure("needs.median_days_to_filled", QT_TRANSLATE_NOOP("Overview", "Days to filled"),
           QT_TRANSLATE_NOOP("Overview", "Median days from a need's creation to the hire that filled it."),
           "needs.filled"),
    Figure("contacts.total", QT_TRANSLATE_NOOP("Overview", "Contacts"),
           QT_TRANSLATE_NOOP("Overview", "Logged contacts (visits, calls, e-mails, meetings) in the period."),
           "contacts.total"),
    Figure("contacts.follow_ups_done", QT_TRANSLATE_NOOP("Overview", "Follow-ups done"),
           QT_TRANSLATE_NOOP("Overview", "Contacts' follow-ups due in the period and marked done."),
           "contacts.follow_ups_done"),
    Figure("contacts.follow_ups_overdue", QT_TRANSLATE_NOOP("Overview", "Follow-ups overdue"),
           QT_TRANSLATE_NOOP("Overview", "Contacts' follow-ups due in the period, before its end, and not done."),
           "contacts.follow_ups_overdue"),
    Figure("hires.total", QT_TRANSLATE_NOOP("Overview", "Hires"),
           QT_TRANSLATE_NOOP("Overview", "Candidates hired through a shortlist in the period (the list shows their "
                                         "needs)."),
           "hires.total"),
    Figure("hires.under_30", QT_TRANSLATE_NOOP("Overview", "Hires under 30"),
           QT_TRANSLATE_NOOP("Overview", "Hires of people under 30 in the year of the hire."), "hires.under_30"),
    Figure("hires.long_term_unemployed", QT_TRANSLATE_NOOP("Overview", "Hires, unemployed > 12 months"),
           QT_TRANSLATE_NOOP("Overview", "Hires of people unemployed for more than 12 months at the hire."),
           "hires.long_term_unemployed"),
    Figure("placements.total", QT_TRANSLATE_NOOP("Overview", "Placements started"),
           QT_TRANSLATE_NOOP("Overview", "People who started in a measure at a company in the period."),
           "placements.total"),
]


def value(report: dict, path: str):
    node = report
    for part in path.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    return node

"""Flowables for the first part of the shortlist: title, need summary and overview table."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from reports.pdf_styles import Styles, field_table_style, grid_table_style
from reports.pdf_text import CELL_LIMIT, join_markup, markup, number
from reports.shortlist_data import ShortlistDoc, ShortlistEntry
from reports.shortlist_labels import ShortlistLabels
from reports.shortlist_privacy import display_name, shows_identity

TOP_ITEMS = 3  # skills per overview cell; the candidate block lists them all
# Nr | Kandidat | Score | Matcher | Mangler | Timer | Start | Transport (sums to FRAME_W). The skill
# columns take a long Danish compound ("dokumenthåndtering," is 33 mm at 8 pt with padding) whole:
# narrower, it was split mid-word.
_OVERVIEW_WIDTHS = [m * mm for m in (8, 27, 12, 35, 35, 15, 19, 23)]


def title_block(doc: ShortlistDoc, labels: ShortlistLabels, st: Styles) -> list[Flowable]:
    internal = doc.variant == "internal"
    story: list[Flowable] = [
        Paragraph(markup(labels.title_internal if internal else labels.title_company), st.title)
    ]
    if internal:
        story.append(Paragraph(markup(labels.internal_notice), st.notice))
    story += [Spacer(1, 3 * mm), need_summary(doc, labels, st)]
    if doc.entries:  # what "Score 83 af 100" means, before the first score is read
        story += [Spacer(1, 2 * mm), Paragraph(markup(labels.score_scale), st.muted)]
    if not internal and any(not shows_identity(e, doc.variant) for e in doc.entries):
        story += [Spacer(1, 3 * mm), Paragraph(markup(labels.anonymity_intro), st.muted)]
    return story


def need_summary(doc: ShortlistDoc, labels: ShortlistLabels, st: Styles) -> Table:
    """Two label/value columns so the need fits in a compact block on page one."""
    left = [
        (labels.company, markup(doc.company_name, CELL_LIMIT)),
        (labels.address, markup(doc.company_address or labels.not_given, CELL_LIMIT)),
        (labels.need_title, markup(doc.need_title, CELL_LIMIT)),
    ]
    if doc.need_occupation:
        left.append((labels.need_occupation, markup(doc.need_occupation, CELL_LIMIT)))
    left.append((labels.need_positions, markup(doc.need_positions, CELL_LIMIT)))
    right = [
        (labels.need_hours, markup(doc.need_hours or labels.not_given, CELL_LIMIT)),
        (labels.need_start, markup(doc.need_start or labels.not_given, CELL_LIMIT)),
        (labels.need_deadline, markup(doc.need_deadline or labels.not_given, CELL_LIMIT)),
        (labels.need_measures, join_markup(doc.need_measures) or markup(labels.none_listed)),
        (labels.candidate_count, markup(len(doc.entries))),
    ]
    rows = []
    for i in range(max(len(left), len(right))):
        cells = []
        for side in (left, right):
            label, value = side[i] if i < len(side) else ("", "")
            cells += [Paragraph(markup(label), st.label), Paragraph(value, st.cell)]
        rows.append(cells)
    widths = [m * mm for m in (37, 52, 31, 54)]
    return Table(rows, colWidths=widths, style=field_table_style(), hAlign="LEFT")


def overview_table(doc: ShortlistDoc, labels: ShortlistLabels, st: Styles) -> Table:
    heads = (labels.col_number, labels.col_candidate, labels.col_score, labels.col_matching,
             labels.col_missing, labels.col_hours, labels.col_start, labels.col_commute)
    rows = [[Paragraph(markup(h), st.table_head) for h in heads]]
    rows += [_overview_row(e, doc.variant, labels, st) for e in doc.entries]
    # repeatRows keeps the column headings on every page of a long list.
    return Table(rows, colWidths=_OVERVIEW_WIDTHS, repeatRows=1,
                 style=grid_table_style(len(doc.entries)), hAlign="LEFT")


def _overview_row(e: ShortlistEntry, variant: str, labels: ShortlistLabels, st: Styles) -> list:
    def cell(markup_text: str, style=st.table) -> Paragraph:
        return Paragraph(markup_text, style)

    return [
        cell(markup(e.number)),
        cell(markup(display_name(e, variant, labels), CELL_LIMIT)),
        cell(markup(number(e.score, labels.decimal_separator, 0)), st.table_right),
        cell(top_items(e.matching_skills, labels)),
        cell(top_items(e.missing_skills, labels)),
        cell(markup(e.hours or "–", CELL_LIMIT)),
        cell(markup(e.earliest_start or "–", CELL_LIMIT)),
        cell(markup(e.commute or "–", CELL_LIMIT)),
    ]


def top_items(items: list[str], labels: ShortlistLabels) -> str:
    """First few items plus '+n flere', so overview rows stay short."""
    items = [i for i in items if i and str(i).strip()]
    if not items:
        return "–"
    text = join_markup(items[:TOP_ITEMS])
    if len(items) > TOP_ITEMS:
        more = labels.more_items.format(count=len(items) - TOP_ITEMS)
        text += f' <font color="#5F6B7A">{markup(more)}</font>'
    return text

"""Flowables for one candidate's detail block, filtered by what the PDF variant may show."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from reports.pdf_page import FRAME_W
from reports.pdf_styles import ACCENT, GOOD, WARN, Styles, field_table_style, grid_table_style
from reports.pdf_text import CELL_LIMIT, join_markup, markup, number
from reports.shortlist_data import ShortlistEntry
from reports.shortlist_labels import ShortlistLabels
from reports.shortlist_privacy import display_name, identity_fields, shows_identity

LABEL_W = 48 * mm
PAIR_LABEL_W = 28 * mm  # label of the second field in a paired row ("Tidligste start" is 25 mm)
PAIR_LEFT_W = 42 * mm  # phone, residence, hours, education: short or wrapping at spaces
# The right value gets the rest: an e-mail address or a commute sentence has no space to wrap at,
# and in an even split "…@gmail.com" was cut mid-word.
_PAIR_WIDTHS = [LABEL_W, PAIR_LEFT_W, PAIR_LABEL_W, FRAME_W - LABEL_W - PAIR_LEFT_W - PAIR_LABEL_W]
# The name column holds "Vigtige kompetencer" on one line (36.5 mm at 8.5 pt with padding).
_PARTS_COLS = [40 * mm, 15 * mm, 15 * mm]
_PARTS_W = sum(_PARTS_COLS)
_BADGE_W = 48 * mm


def candidate_block(e: ShortlistEntry, variant: str, labels: ShortlistLabels, st: Styles,
                    lead: list[Flowable] = ()) -> list[Flowable]:
    """Flowables for one candidate; `lead` (a section heading) is kept with it.

    The whole block is kept on one page (about half a page at most), because a
    score explanation continued at the top of a page does not say whose it is;
    KeepTogether still splits a block taller than a page.
    """
    kept = [*lead, _heading(e, variant, labels, st), Spacer(1, 1.5 * mm),
            *_fields(_rows(e, variant, labels), st)]
    if variant == "internal":
        kept += _explanation(e, labels, st)
    return [KeepTogether(kept), Spacer(1, 5 * mm)]


def _heading(e: ShortlistEntry, variant: str, labels: ShortlistLabels, st: Styles) -> Table:
    name = display_name(e, variant, labels)
    badge = labels.score_badge.format(score=number(e.score, labels.decimal_separator, 0))
    row = [[Paragraph(f"{markup(e.number)}.&nbsp;&nbsp;{markup(name, CELL_LIMIT)}", st.candidate),
            Paragraph(markup(badge), st.badge)]]
    # "Score 100 af 100" (the scale in the badge) on one line at the badge's size
    return Table(row, colWidths=[FRAME_W - _BADGE_W, _BADGE_W], style=TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, 0), 1, ACCENT),
    ]))


Field = tuple[str, str]  # (label, value markup)


def _rows(e: ShortlistEntry, variant: str, labels: ShortlistLabels) -> list[list[Field]]:
    """Rows of one or two fields, in reading order: who, fit, practicalities.

    Short facts share a row in pairs so that two internal blocks fit on a page.
    """
    facts = [(label, markup(value)) for label, value in identity_fields(e, variant, labels)]
    if variant == "internal":
        facts.append((labels.candidate_id, markup(e.candidate_id)))
        if e.status:
            facts.append((labels.status, markup(e.status)))
    rows = _pairs(facts)
    if variant == "internal":
        rows.append([(labels.consent, _consent(e, labels))])

    def listed(items: list[str]) -> str:
        return join_markup(items) or markup(labels.none_listed)

    def given(value: str | None) -> str:
        return markup(value) if value and value.strip() else markup(labels.not_given)

    rows += [[field] for field in (
        (labels.matching_skills, listed(e.matching_skills)),
        (labels.missing_skills, listed(e.missing_skills)),
        (labels.certificates, listed(e.certificates)),
        (labels.missing_certificates, listed(e.missing_certificates)),
        (labels.experience, listed(e.experience)),
    )]
    rows += _pairs([(labels.hours, given(e.hours)), (labels.earliest_start, given(e.earliest_start)),
                    (labels.education_level, given(e.education_level)), (labels.commute, given(e.commute))])
    rows.append([(labels.measures, listed(e.measures))])
    # The note is free text that may name the person or their circumstances,
    # so it follows the same rule as the name.
    if e.note and e.note.strip() and shows_identity(e, variant):
        rows.append([(labels.note, markup(e.note))])
    return rows


def _pairs(fields: list[Field]) -> list[list[Field]]:
    return [fields[i:i + 2] for i in range(0, len(fields), 2)]


def _consent(e: ShortlistEntry, labels: ShortlistLabels) -> str:
    colour, text = (GOOD, labels.consent_given) if e.consent else (WARN, labels.consent_missing)
    out = f'<font color="{colour.hexval().replace("0x", "#")}"><b>{markup(text)}</b></font>'
    if e.consent_text:
        out += f"<br/>{markup(e.consent_text)}"
    return out


def _fields(rows: list[list[Field]], st: Styles) -> list[Table]:
    """One table per run of single or paired rows, with aligned label columns.

    Full-width rows get their own two-column table rather than a SPAN, because
    splitInRow measures a spanned cell at its first column's width and would
    then split a long skill list into page-sized pieces that are mostly empty.
    """
    tables, run = [], []
    for row in rows:
        if run and len(run[-1]) != len(row):
            tables.append(_field_table(run, st))
            run = []
        run.append(row)
    if run:
        tables.append(_field_table(run, st))
    return tables


def _field_table(rows: list[list[Field]], st: Styles) -> Table:
    data = []
    for row in rows:
        cells = []
        for label, value in row:
            cells += [Paragraph(markup(label), st.label), Paragraph(value, st.cell)]
        data.append(cells)
    widths = _PAIR_WIDTHS if len(rows[0]) == 2 else [LABEL_W, FRAME_W - LABEL_W]
    # splitInRow lets a single enormous value (hundreds of skills) continue on
    # the next page instead of raising a LayoutError.
    return Table(data, colWidths=widths, style=field_table_style(), hAlign="LEFT", splitInRow=1)


def _explanation(e: ShortlistEntry, labels: ShortlistLabels, st: Styles) -> list[Flowable]:
    """Reasons beside the score parts table: both are short, and side by side they
    keep an internal block to about half a page."""
    left: list[Flowable] = []
    reasons = [r for r in e.reasons if r and r.strip()]
    if reasons:
        left = [Paragraph(markup(labels.reasons), st.label), Spacer(1, 1 * mm)]
        left += [Paragraph(markup(r), st.bullet, bulletText="•") for r in reasons]
    right: list[Flowable] = []
    if e.score_parts:
        right = [Paragraph(markup(labels.score_parts), st.label), Spacer(1, 1 * mm),
                 _score_parts(e, labels, st)]
    if not (left or right):
        return []
    box = Table([[left, right]], colWidths=[FRAME_W - _PARTS_W - 6 * mm, _PARTS_W + 6 * mm],
                style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (0, 0), 6 * mm),
                                  ("RIGHTPADDING", (1, 0), (1, 0), 0),
                                  ("TOPPADDING", (0, 0), (-1, -1), 0)]),
                hAlign="LEFT", splitInRow=1)
    return [Spacer(1, 3 * mm), box]


def _score_parts(e: ShortlistEntry, labels: ShortlistLabels, st: Styles) -> Table:
    sep = labels.decimal_separator
    rows = [[Paragraph(markup(h), st.cell_head if i == 0 else st.cell_head_right)
             for i, h in enumerate((labels.part_name, labels.part_value, labels.part_weight))]]
    for name, value, weight in e.score_parts:
        rows.append([Paragraph(markup(name), st.cell),
                     Paragraph(markup(number(value, sep, trim=False)), st.cell_right),
                     Paragraph(markup(number(weight, sep, trim=False)), st.cell_right)])
    return Table(rows, colWidths=_PARTS_COLS, repeatRows=1,
                 style=grid_table_style(len(e.score_parts), compact=True), hAlign="LEFT")

"""Flowables for one candidate's detail block, filtered by what the PDF variant may show."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from reports.pdf_page import FRAME_W
from reports.pdf_styles import ACCENT, GOOD, WARN, Styles, field_table_style, grid_table_style
from reports.pdf_text import join_markup, markup, number
from reports.shortlist_data import ShortlistEntry
from reports.shortlist_labels import ShortlistLabels
from reports.shortlist_privacy import display_name, identity_fields, shows_identity

LABEL_W = 48 * mm


def candidate_block(e: ShortlistEntry, variant: str, labels: ShortlistLabels, st: Styles,
                    lead: list[Flowable] = ()) -> list[Flowable]:
    """Flowables for one candidate; `lead` (a section heading) is kept with it.

    The heading stays with the decision fields (a third of a page at most, and
    KeepTogether still splits anything taller than a page); the internal
    explanation may flow on so pages are not left half empty.
    """
    head = _heading(e, variant, labels, st)
    kept = [*lead, head, Spacer(1, 1.5 * mm), _fields(_rows(e, variant, labels), st)]
    parts: list[Flowable] = [KeepTogether(kept)]
    if variant == "internal":
        parts += _explanation(e, labels, st)
    return parts + [Spacer(1, 6 * mm)]


def _heading(e: ShortlistEntry, variant: str, labels: ShortlistLabels, st: Styles) -> Table:
    name = display_name(e, variant, labels)
    badge = labels.score_badge.format(score=number(e.score, labels.decimal_separator, 0))
    row = [[Paragraph(f"{markup(e.number)}.&nbsp;&nbsp;{markup(name)}", st.candidate),
            Paragraph(markup(badge), st.badge)]]
    return Table(row, colWidths=[FRAME_W - 32 * mm, 32 * mm], style=TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, 0), 1, ACCENT),
    ]))


def _rows(e: ShortlistEntry, variant: str, labels: ShortlistLabels) -> list[tuple[str, str]]:
    """(label, markup) pairs in the order a company reads them: who, fit, practicalities."""
    rows = [(label, markup(value)) for label, value in identity_fields(e, variant, labels)]
    if variant == "internal":
        rows += [(labels.candidate_id, markup(e.candidate_id)), (labels.consent, _consent(e, labels))]
        if e.status:
            rows.append((labels.status, markup(e.status)))

    def listed(items: list[str]) -> str:
        return join_markup(items) or markup(labels.none_listed)

    def given(value: str | None) -> str:
        return markup(value) if value and value.strip() else markup(labels.not_given)

    rows += [
        (labels.matching_skills, listed(e.matching_skills)),
        (labels.missing_skills, listed(e.missing_skills)),
        (labels.certificates, listed(e.certificates)),
        (labels.missing_certificates, listed(e.missing_certificates)),
        (labels.experience, listed(e.experience)),
        (labels.education_level, given(e.education_level)),
        (labels.hours, given(e.hours)),
        (labels.earliest_start, given(e.earliest_start)),
        (labels.commute, given(e.commute)),
        (labels.measures, listed(e.measures)),
    ]
    # The note is free text that may name the person or their circumstances,
    # so it follows the same rule as the name.
    if e.note and e.note.strip() and shows_identity(e, variant):
        rows.append((labels.note, markup(e.note)))
    return rows


def _consent(e: ShortlistEntry, labels: ShortlistLabels) -> str:
    colour, text = (GOOD, labels.consent_given) if e.consent else (WARN, labels.consent_missing)
    out = f'<font color="{colour.hexval().replace("0x", "#")}"><b>{markup(text)}</b></font>'
    if e.consent_text:
        out += f"<br/>{markup(e.consent_text)}"
    return out


def _fields(rows: list[tuple[str, str]], st: Styles) -> Table:
    data = [[Paragraph(markup(label), st.label), Paragraph(value, st.cell)] for label, value in rows]
    # splitInRow lets a single enormous value (hundreds of skills) continue on
    # the next page instead of raising a LayoutError.
    return Table(data, colWidths=[LABEL_W, FRAME_W - LABEL_W], style=field_table_style(),
                 hAlign="LEFT", splitInRow=1)


def _explanation(e: ShortlistEntry, labels: ShortlistLabels, st: Styles) -> list[Flowable]:
    out: list[Flowable] = []
    reasons = [r for r in e.reasons if r and r.strip()]
    if reasons:
        bullets = [Paragraph(markup(r), st.bullet, bulletText="•") for r in reasons]
        # The caption must not be stranded at the bottom of a page.
        out += [Spacer(1, 2.5 * mm), KeepTogether([Paragraph(markup(labels.reasons), st.label), bullets[0]])]
        out += bullets[1:]
    if e.score_parts:
        caption = Paragraph(markup(labels.score_parts), st.label)
        out += [Spacer(1, 2.5 * mm), KeepTogether([caption, Spacer(1, 1 * mm), _score_parts(e, labels, st)])]
    return out


def _score_parts(e: ShortlistEntry, labels: ShortlistLabels, st: Styles) -> Table:
    sep = labels.decimal_separator
    rows = [[Paragraph(markup(h), st.cell_head if i == 0 else st.cell_head_right)
             for i, h in enumerate((labels.part_name, labels.part_value, labels.part_weight))]]
    for name, value, weight in e.score_parts:
        rows.append([Paragraph(markup(name), st.cell),
                     Paragraph(markup(number(value, sep, trim=False)), st.cell_right),
                     Paragraph(markup(number(weight, sep, trim=False)), st.cell_right)])
    return Table(rows, colWidths=[70 * mm, 22 * mm, 22 * mm], repeatRows=1,
                 style=grid_table_style(len(e.score_parts)), hAlign="LEFT")

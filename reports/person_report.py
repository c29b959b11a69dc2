"""A readable PDF of everything the job centre holds about one person, built from plain display text.

The caller (ui/services/person_doc.py) turns the store's data into sections of label/value pairs and tables
with final, translated text; this module only lays them out, on the shared page template, styles and
fonts of reports/ (header with the job centre, footer with "side x af y").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from reports.pdf_page import FRAME_W, NumberedCanvas, PageDecor, make_doc_template
from reports.pdf_styles import Styles, build_styles, field_table_style, grid_table_style
from reports.pdf_text import markup, plain


@dataclass(frozen=True)
class ReportTable:
    """Column headings, rows of plain text and each column's share of the page width (sums to 1)."""

    headers: list[str]
    rows: list[list[str]]
    shares: list[float]


@dataclass(frozen=True)
class Section:
    title: str
    fields: list[tuple[str, str]] = field(default_factory=list)  # (label, value)
    table: ReportTable | None = None
    empty: str = ""  # said when there are neither fields nor rows
    intro: str = ""


@dataclass(frozen=True)
class PersonReport:
    title: str
    person: str  # the name, in the header beside the date
    job_centre_name: str
    generated: str  # e.g. "Udtrukket 06-12-2026 af Mette"
    intro: str
    footer: str
    page_of: str = "Side {page} af {pages}"
    sections: list[Section] = field(default_factory=list)


def render_person(report: PersonReport, out: str | Path | BinaryIO) -> int:
    """Write the PDF to a path or binary stream; returns the number of pages."""
    styles = build_styles()
    side = "<br/>".join([f"<b>{markup(report.person)}</b>", markup(report.generated)])
    decor = PageDecor(styles, markup(report.job_centre_name), side, markup(report.footer), "")
    template = make_doc_template(str(out) if isinstance(out, Path) else out, decor,
                                 title=plain(f"{report.title}: {report.person}"), author=plain(report.job_centre_name),
                                 creator="Jobbro")
    template.build(_story(report, styles), canvasmaker=partial(NumberedCanvas, page_of=report.page_of,
                                                              font=styles.regular))
    return template.page


def _story(report: PersonReport, st: Styles) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(markup(report.title), st.title), Paragraph(markup(report.intro), st.muted)]
    for section in report.sections:
        story += [CondPageBreak(30 * mm), Paragraph(markup(section.title), st.h2)]
        if section.intro:
            story += [Paragraph(markup(section.intro), st.muted), Spacer(1, 2 * mm)]
        if section.fields:
            story.append(_fields(section.fields, st))
        if section.table is not None and section.table.rows:
            story.append(_table(section.table, st))
        elif not section.fields and section.empty:
            story.append(Paragraph(markup(section.empty), st.body))
    return story


def _fields(pairs: list[tuple[str, str]], st: Styles) -> Table:
    rows = [[Paragraph(markup(label), st.label), Paragraph(markup(value), st.cell)] for label, value in pairs]
    return Table(rows, colWidths=[48 * mm, FRAME_W - 48 * mm], style=field_table_style(), hAlign="LEFT")


def _table(table: ReportTable, st: Styles) -> Table:
    head = [Paragraph(markup(h), st.table_head) for h in table.headers]
    body = [[Paragraph(markup(cell), st.table) for cell in row] for row in table.rows]
    widths = [FRAME_W * share for share in table.shares]
    return Table([head, *body], colWidths=widths, repeatRows=1, style=grid_table_style(len(body)), hAlign="LEFT")

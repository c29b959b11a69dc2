"""Renders a candidate shortlist (company or internal variant) to an A4 PDF."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from reports.pdf_page import NumberedCanvas, PageDecor, load_logo, make_doc_template
from reports.pdf_styles import Styles, build_styles
from reports.pdf_text import markup, plain
from reports.shortlist_candidate import candidate_block
from reports.shortlist_data import ShortlistDoc
from reports.shortlist_labels import ShortlistLabels
from reports.shortlist_story import overview_table, title_block


@dataclass(frozen=True)
class RenderWarning:
    """A problem that did not stop the render but that the user should hear about."""

    code: str  # stable id for the UI, e.g. "logo_not_found", "logo_unreadable"
    message: str  # already translated, from the labels


@dataclass
class RenderResult:
    pages: int = 0
    warnings: list[RenderWarning] = field(default_factory=list)


def render_shortlist(doc: ShortlistDoc, out: str | Path | BinaryIO,
                     labels: ShortlistLabels = ShortlistLabels()) -> RenderResult:
    """Write the shortlist PDF to a path or binary stream.

    Never raises for a bad logo; such problems come back in `RenderResult.warnings`.
    """
    styles = build_styles()
    result = RenderResult()
    logo, problem = load_logo(doc.logo_path)
    if problem:
        template = labels.logo_not_found if problem == "not_found" else labels.logo_unreadable
        result.warnings.append(RenderWarning(f"logo_{problem}", template.format(path=doc.logo_path)))
    template = make_doc_template(str(out) if isinstance(out, Path) else out,
                                 _page_decor(doc, labels, styles, logo), **_metadata(doc, labels))
    canvasmaker = partial(NumberedCanvas, page_of=labels.page_of, font=styles.regular)
    template.build(build_story(doc, labels, styles), canvasmaker=canvasmaker)
    result.pages = template.page
    return result


def build_story(doc: ShortlistDoc, labels: ShortlistLabels, styles: Styles) -> list[Flowable]:
    """Title and need, then the overview table, then one block per candidate."""
    story = title_block(doc, labels, styles)
    if not doc.entries:
        story.append(Paragraph(markup(labels.empty_list), styles.empty))
        return story
    entries = sorted(doc.entries, key=lambda e: e.number)
    ordered = replace(doc, entries=entries)
    # Not keepWithNext: that would push the whole (multi-page) table and leave
    # page one empty; a conditional break only avoids an orphaned heading.
    story += [CondPageBreak(30 * mm), Paragraph(markup(labels.section_overview), styles.h2),
              overview_table(ordered, labels, styles)]
    # The section heading travels inside the first block so it is never
    # stranded at the foot of a page.
    lead = [Paragraph(markup(labels.section_candidates), styles.h2)]
    for entry in entries:
        story += candidate_block(entry, doc.variant, labels, styles, lead)
        lead = []
    return story


def _page_decor(doc: ShortlistDoc, labels: ShortlistLabels, st: Styles, logo) -> PageDecor:
    side = "<br/>".join([
        f"<b>{markup(doc.company_name)}</b>",
        markup(doc.need_title),
        markup(doc.date.strftime(labels.date_format)),
    ])
    contact = " · ".join(markup(x) for x in (doc.consultant_email, doc.consultant_phone) if x)
    footer = markup(labels.prepared_by.format(consultant=plain(doc.consultant_name)))
    if contact:
        footer += f" · {contact}"
    internal = doc.variant == "internal"
    notice = markup(labels.internal_notice if internal else labels.company_notice)
    notice = f'<font color="#A61B1B"><b>{notice}</b></font>' if internal else notice
    return PageDecor(st, markup(doc.job_centre_name), side, footer, notice, logo)


def _metadata(doc: ShortlistDoc, labels: ShortlistLabels) -> dict:
    title = labels.title_internal if doc.variant == "internal" else labels.title_company
    return dict(title=plain(f"{title}: {doc.need_title} – {doc.company_name}"),
                author=plain(doc.consultant_name), subject=plain(doc.job_centre_name),
                creator="Jobbro")

"""Page template of the shortlist PDF: running header, footer and the 'page x of y' canvas."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, KeepInFrame, PageTemplate, Paragraph

from reports.pdf_styles import FOOTER_HEIGHT, HEADER_HEIGHT, MUTED, PAGE_MARGIN, RULE, Styles

PAGE_W, PAGE_H = A4
TOP = PAGE_H - 11 * mm  # top edge of the header band
LOGO_MAX_W, LOGO_MAX_H = 38 * mm, 15 * mm
FRAME_W = PAGE_W - 2 * PAGE_MARGIN
FOOTER_RULE_Y = FOOTER_HEIGHT + 3 * mm
FOOTER_BASELINE = FOOTER_RULE_Y - 1.5 * mm - 7.6  # first 8 pt line below the rule


def load_logo(path: str | None) -> tuple[ImageReader | None, str | None]:
    """Return (image, None) or (None, problem) where problem is 'not_found'/'unreadable'.

    A bad logo must never stop the shortlist from being produced, so every
    failure is reported to the caller instead of raised.
    """
    if not path:
        return None, None
    if not Path(path).is_file():
        return None, "not_found"
    try:
        reader = ImageReader(str(path))
        width, height = reader.getSize()
    except Exception:  # noqa: BLE001 - PIL raises many types for corrupt or non-image files
        return None, "unreadable"
    if width <= 0 or height <= 0:
        return None, "unreadable"
    return reader, None


@dataclass
class PageDecor:
    """Static content drawn on every page (already escaped markup)."""

    styles: Styles
    centre_markup: str
    side_markup: str  # company, need and date, right-aligned
    footer_markup: str  # consultant and contact details
    notice_markup: str  # variant notice (confidential / internal)
    logo: ImageReader | None = None

    def draw(self, canv: Canvas, _doc) -> None:
        canv.saveState()
        self._draw_header(canv)
        self._draw_footer(canv)
        canv.restoreState()

    def _draw_header(self, canv: Canvas) -> None:
        x = PAGE_MARGIN
        if self.logo is not None:
            w, h = self._logo_size()
            canv.drawImage(self.logo, x, TOP - h, w, h, mask="auto")
            x += w + 4 * mm
        side_w = FRAME_W * 0.46
        centre_w = PAGE_MARGIN + FRAME_W - side_w - 4 * mm - x
        _draw_fitted(canv, self.centre_markup, self.styles.header_main, x, TOP, centre_w, LOGO_MAX_H)
        side_x = PAGE_MARGIN + FRAME_W - side_w
        _draw_fitted(canv, self.side_markup, self.styles.header_side, side_x, TOP, side_w, LOGO_MAX_H)
        rule_y = TOP - HEADER_HEIGHT + 4 * mm
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(PAGE_MARGIN, rule_y, PAGE_MARGIN + FRAME_W, rule_y)

    def _draw_footer(self, canv: Canvas) -> None:
        rule_y = FOOTER_RULE_Y
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(PAGE_MARGIN, rule_y, PAGE_MARGIN + FRAME_W, rule_y)
        text = f"{self.footer_markup}<br/>{self.notice_markup}"
        _draw_fitted(canv, text, self.styles.small, PAGE_MARGIN, rule_y - 1.5 * mm, FRAME_W * 0.78, 9 * mm)

    def _logo_size(self) -> tuple[float, float]:
        # Scale into the box while keeping the aspect ratio of the image.
        iw, ih = self.logo.getSize()
        scale = min(LOGO_MAX_W / iw, LOGO_MAX_H / ih)
        return iw * scale, ih * scale


def _draw_fitted(canv: Canvas, text: str, style, x: float, top: float, width: float, height: float) -> None:
    """Draw markup in a box, shrinking it rather than cutting off a long company name."""
    box = KeepInFrame(width, height, [Paragraph(text, style)], mode="shrink")
    _, h = box.wrapOn(canv, width, height)
    box.drawOn(canv, x, top - h)


class NumberedCanvas(Canvas):
    """Canvas that holds pages back until save() so each can show the total page count."""

    def __init__(self, *args, page_of: str = "{page} / {pages}", font: str = "Helvetica", **kw):
        super().__init__(*args, **kw)
        self._page_states: list[dict] = []
        self._page_of = page_of
        self._page_font = font

    def showPage(self) -> None:
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._page_states)
        for state in self._page_states:
            self.__dict__.update(state)
            self._draw_page_number(total)
            super().showPage()
        super().save()

    def _draw_page_number(self, total: int) -> None:
        self.saveState()
        self.setFont(self._page_font, 8)
        self.setFillColor(MUTED)
        text = self._page_of.format(page=self._pageNumber, pages=total)
        # Baseline level with the first footer line drawn by PageDecor.
        self.drawRightString(PAGE_MARGIN + FRAME_W, FOOTER_BASELINE, text)
        self.restoreState()


def make_doc_template(out, decor: PageDecor, **meta) -> BaseDocTemplate:
    """A4 document whose single frame sits between the header and footer bands."""
    bottom = FOOTER_RULE_Y + 4 * mm
    top = TOP - HEADER_HEIGHT + 1 * mm
    frame = Frame(PAGE_MARGIN, bottom, FRAME_W, top - bottom, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=PAGE_MARGIN, rightMargin=PAGE_MARGIN,
                          topMargin=PAGE_H - top, bottomMargin=bottom, **meta)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decor.draw)])
    return doc

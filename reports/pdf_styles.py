"""Stylesheet of the shortlist PDF: colours, paragraph styles and table styles in one place."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from reports.pdf_fonts import register_fonts

# Muted blue/grey palette: prints well in black and white and keeps the
# internal-only red notice the only loud colour on the page.
INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#5F6B7A")
ACCENT = colors.HexColor("#1F4E79")
RULE = colors.HexColor("#C9D2DC")
HEADER_BG = colors.HexColor("#E6EDF4")
ZEBRA = colors.HexColor("#F6F8FA")
WARN = colors.HexColor("#A61B1B")
GOOD = colors.HexColor("#2E6B30")

PAGE_MARGIN = 18 * mm
HEADER_HEIGHT = 22 * mm  # band above the frame holding the running header
FOOTER_HEIGHT = 12 * mm


@dataclass(frozen=True)
class Styles:
    """Named paragraph styles; one instance per render, fonts registered first."""

    regular: str
    bold: str
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    title: ParagraphStyle
    h2: ParagraphStyle
    candidate: ParagraphStyle
    badge: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    cell_right: ParagraphStyle
    table: ParagraphStyle
    table_head: ParagraphStyle
    table_right: ParagraphStyle
    label: ParagraphStyle
    notice: ParagraphStyle
    empty: ParagraphStyle
    bullet: ParagraphStyle
    header_main: ParagraphStyle
    header_side: ParagraphStyle


def build_styles() -> Styles:
    fonts = register_fonts()
    reg, bold = fonts.regular, fonts.bold

    def style(name: str, size: float, leading: float, **kw) -> ParagraphStyle:
        kw.setdefault("fontName", reg)
        kw.setdefault("textColor", INK)
        # splitLongWords lets a 300-character token break inside a cell
        # instead of overflowing it.
        return ParagraphStyle(name, fontSize=size, leading=leading, splitLongWords=1, **kw)

    return Styles(
        regular=reg,
        bold=bold,
        body=style("body", 9.5, 13),
        small=style("small", 8, 10.5),
        muted=style("muted", 8.5, 11.5, textColor=MUTED),
        title=style("title", 18, 22, fontName=bold, textColor=ACCENT, spaceAfter=2 * mm),
        h2=style("h2", 12.5, 16, fontName=bold, textColor=ACCENT, spaceBefore=6 * mm,
                 spaceAfter=2.5 * mm),
        candidate=style("candidate", 11.5, 14.5, fontName=bold, textColor=INK),
        badge=style("badge", 10.5, 14.5, fontName=bold, textColor=ACCENT, alignment=TA_RIGHT),
        cell=style("cell", 8.5, 11),
        cell_head=style("cell_head", 8.5, 11, fontName=bold, textColor=ACCENT),
        cell_head_right=style("cell_head_right", 8.5, 11, fontName=bold, textColor=ACCENT, alignment=TA_RIGHT),
        cell_right=style("cell_right", 8.5, 11, alignment=TA_RIGHT),
        # The overview packs eight columns into A4 portrait, hence a notch smaller.
        table=style("table", 8, 10.5),
        table_head=style("table_head", 8, 10.5, fontName=bold, textColor=ACCENT),
        table_right=style("table_right", 8, 10.5, alignment=TA_RIGHT),
        label=style("label", 8.5, 11, fontName=bold, textColor=MUTED),
        notice=style("notice", 9, 12, fontName=bold, textColor=WARN),
        empty=style("empty", 12, 16, fontName=bold, textColor=MUTED, spaceBefore=8 * mm),
        bullet=style("bullet", 8.5, 11, leftIndent=3.5 * mm, bulletIndent=0),
        header_main=style("header_main", 11, 13.5, fontName=bold, textColor=ACCENT),
        header_side=style("header_side", 8.5, 10.5, textColor=MUTED, alignment=TA_RIGHT),
    )


def grid_table_style(zebra_rows: int, compact: bool = False) -> TableStyle:
    """Overview/score tables: tinted header row, hairlines, zebra body rows."""
    pad = 1.8 if compact else 3  # compact: small tables inside a candidate block
    cmds = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 0.5),
    ]
    cmds += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(2, zebra_rows + 1, 2)]
    return TableStyle(cmds)


def field_table_style() -> TableStyle:
    """Label/value tables of the need summary and each candidate block."""
    return TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
    ])

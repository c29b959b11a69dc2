"""The Overblik report as a two-page PDF a team leader can hand on (Danish): page 1 the figures,
page 2 the charts (reportlab.graphics, so the PDF needs nothing beyond reportlab)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table

from reports.kpi_labels import BLOCKS, KINDS, PDF_BREAKDOWNS, shown, value
from reports.pdf_page import FRAME_W, NumberedCanvas, PageDecor, make_doc_template
from reports.pdf_styles import ACCENT, RULE, build_styles, grid_table_style
from reports.pdf_text import markup

NAMED = {"hires.by_target_group": "target_groups", "placements.by_target_group": "target_groups",
         "placements.by_measure": "measures"}
SERIES = [ACCENT, colors.HexColor("#7FA7CF"), colors.HexColor("#C58B2B"), colors.HexColor("#5F6B7A"),
          colors.HexColor("#2E6B30")]


def write_pdf(report: dict, out: str | Path, *, title: str = "Overblik over virksomhedsindsatsen",
              scope: str = "Alle konsulenter") -> int:
    st = build_styles()
    period = f"{report['period']['from']} – {report['period']['to']}"
    decor = PageDecor(st, markup(title), markup(period) + "<br/>" + markup(scope),
                      markup("Tal fra Jobbro. Tællereglerne står i docs/OVERVIEW.md."), "")
    doc = make_doc_template(str(out), decor, title=f"{title} {period}", creator="Jobbro")
    story = [Paragraph(markup(title), st.title), Paragraph(markup(f"Periode: {period} · {scope}"), st.muted),
             Spacer(0, 4 * mm)]
    half = FRAME_W / 2 - 3 * mm
    cells = [_block(report, key, heading, rows, st, half) for key, heading, rows in BLOCKS]
    pairs = [cells[i:i + 2] + [""] * (2 - len(cells[i:i + 2])) for i in range(0, len(cells), 2)]
    grid = Table(pairs, colWidths=[FRAME_W / 2] * 2)
    grid.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                   ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * mm)])
    story += [grid, PageBreak(), Paragraph("Udvikling måned for måned", st.title)]
    months = list(report["contacts"]["by_month"])
    # the app's order and colours (ui/views/overview_charts.py): visit, phone, e-mail, meeting, online
    kinds = [k for k in KINDS if k in report["contacts"]["by_kind"]]
    kinds = kinds + sorted(k for k in report["contacts"]["by_kind"] if k not in kinds) or ["visit"]
    story += _chart("Kontakter pr. måned efter type", months,
                    [[report["contacts"]["by_month"][m].get(k, 0) for m in months] for k in kinds],
                    [KINDS.get(k, k) for k in kinds], st, stacked=True)
    story += _chart("Behov oprettet og besat", months,
                    [[report["needs"]["created_by_month"].get(m, 0) for m in months],
                     [report["needs"]["filled_by_month"].get(m, 0) for m in months]], ["Oprettet", "Besat"], st)
    story += _chart("Samarbejdsgrad pr. måned (%)", months,
                    [[round((report["samarbejdsgrad"]["by_month"].get(m) or 0) * 100, 1) for m in months]],
                    ["Samarbejdsgrad"], st)
    groups = report["hires"]["by_target_group"]
    names = report.get("names", {}).get("target_groups", {})
    story += _bars("Ansættelser efter målgruppe", [names.get(g, g) or "(ingen)" for g in groups] or ["–"],
                   list(groups.values()) or [0], st)
    doc.build(story, canvasmaker=partial(NumberedCanvas, page_of="Side {page} af {pages}", font=st.regular))
    return doc.page


def _block(report, key, heading, rows, st, width) -> Table:
    data = [[Paragraph(markup(heading), st.cell_head), ""]]
    data += [[Paragraph(markup(label), st.cell), Paragraph(shown(path, value(report, path)), st.cell_right)]
             for path, label in rows]
    for path, label in PDF_BREAKDOWNS.get(key, []):
        for name, number in (value(report, path) or {}).items():
            name = report.get("names", {}).get(NAMED.get(path, ""), {}).get(name, KINDS.get(name, name))
            data.append([Paragraph(markup(f"{label}: {name or '(ingen)'}"), st.cell),
                         Paragraph(shown(path, number), st.cell_right)])
    table = Table(data, colWidths=[width * 0.74, width * 0.26])
    table.setStyle(grid_table_style(len(data) - 1, compact=True))
    return table


def _chart(heading, categories, series, names, st, *, stacked=False) -> list:
    low = 0
    drawing = Drawing(FRAME_W, 48 * mm + low)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 10 * mm, 8 * mm + low, FRAME_W - 45 * mm, 36 * mm
    chart.data = series
    chart.categoryAxis.categoryNames = [c[2:] if len(c) == 7 else c for c in categories]
    chart.categoryAxis.labels.fontName = st.regular
    chart.categoryAxis.labels.fontSize = 6
    chart.valueAxis.labels.fontName = st.regular
    chart.valueAxis.labels.fontSize = 6
    chart.valueAxis.valueMin = 0
    chart.valueAxis.strokeColor = RULE
    if stacked:
        chart.categoryAxis.style = "stacked"
    for i in range(len(series)):
        chart.bars[i].fillColor = SERIES[i % len(SERIES)]
        chart.bars[i].strokeColor = None
    legend = Legend()
    legend.x, legend.y = FRAME_W - 32 * mm, 40 * mm + low
    legend.fontName, legend.fontSize = st.regular, 7
    legend.columnMaximum = len(names)  # one column, in the series' order, as in the app
    legend.colorNamePairs = [(SERIES[i % len(SERIES)], n) for i, n in enumerate(names)]
    drawing.add(chart)
    drawing.add(legend)
    drawing.add(String(0, 46 * mm + low, heading, fontName=st.bold, fontSize=9))
    return [drawing, Spacer(0, 3 * mm)]


def _bars(heading, categories, values, st) -> list:
    """One bar per category, its name on the left in full and its value at the bar's end, as the app's
    horizontal chart draws "Hires by target group" (long Danish names never slanted or cut)."""
    row = 6 * mm
    height = row * len(categories)
    drawing = Drawing(FRAME_W, height + 12 * mm)
    chart = HorizontalBarChart()
    label_w = 85 * mm
    chart.x, chart.y, chart.width, chart.height = label_w, 2 * mm, FRAME_W - label_w - 15 * mm, height
    chart.data = [list(reversed(values))]  # the chart draws its first category at the bottom
    chart.categoryAxis.categoryNames = list(reversed(categories))
    chart.categoryAxis.labels.fontName = st.regular
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -2
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.visible = False
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = SERIES[0]
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%g"
    chart.barLabels.fontName = st.regular
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing.add(chart)
    drawing.add(String(0, height + 7 * mm, heading, fontName=st.bold, fontSize=9))
    return [drawing, Spacer(0, 3 * mm)]

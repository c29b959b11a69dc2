"""Pages of a PDF as images, and printing them.

PySide6-Essentials has no QtPdf, so pages are rasterised by pypdfium2 (Chromium's PDF
renderer). pdfium is not thread-safe: use one document from one thread (the GUI thread).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from ui.i18n import translate

POINTS_PER_INCH = 72.0
# Above this the printed page looks no sharper, but each page costs far more memory and
# spooling time (an A4 page at 300 dpi is 35 MB as RGB, at 1200 dpi it would be 560 MB).
MAX_PRINT_DPI = 300
MIN_DPI = 1.0


class PdfPagesError(ValueError):
    """The bytes are not a PDF that can be shown (message is translated)."""


class PrintFailed(RuntimeError):
    """The printer refused the job (message is translated)."""


class PdfPages:
    """An open PDF: page count, page sizes in points, one page rendered to a QImage."""

    def __init__(self, data: bytes):
        if not data:
            raise PdfPagesError(translate("pdf_pages", "The document is empty."))
        try:
            self._doc = pdfium.PdfDocument(bytes(data))
        except pdfium.PdfiumError as exc:
            raise PdfPagesError(translate("pdf_pages", "The document is not a readable PDF ({detail}).")
                                .format(detail=exc)) from exc
        self._sizes = []
        for index in range(len(self._doc)):
            page = self._doc[index]
            try:
                width, height = page.get_size()
            finally:
                page.close()
            self._sizes.append(QSizeF(width, height))

    def __len__(self) -> int:
        return len(self._sizes)

    def size(self, index: int) -> QSizeF:
        """The page's size in PDF points (1/72 inch)."""
        return QSizeF(self._sizes[index])

    def image(self, index: int, dpi: float) -> QImage:
        """Page `index` (0-based) rendered at `dpi`, white background, as an owned RGB image."""
        page = self._doc[index]
        try:
            bitmap = page.render(scale=max(dpi, MIN_DPI) / POINTS_PER_INCH, rev_byteorder=True,
                                 prefer_bgrx=True)
            # RGBx with rev_byteorder is exactly QImage's RGBX8888; copy() makes the image
            # own its pixels before the bitmap's buffer is freed.
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGBX8888).copy()
        finally:
            page.close()
        image.setDotsPerMeterX(round(dpi / 0.0254))
        image.setDotsPerMeterY(round(dpi / 0.0254))
        return image

    def close(self) -> None:
        self._doc.close()


def render_pages(data: bytes, dpi: float, pages: Iterable[int] | None = None) -> list[QImage]:
    """Render the given pages (0-based; all when None) of PDF bytes at `dpi`."""
    pdf = PdfPages(data)
    try:
        wanted = range(len(pdf)) if pages is None else _checked(pages, len(pdf))
        return [pdf.image(index, dpi) for index in wanted]
    finally:
        pdf.close()


def fit_rect(page: QSizeF, area: QRectF) -> QRectF:
    """The largest rect with the page's proportions inside `area`, centred."""
    if page.width() <= 0 or page.height() <= 0:
        return QRectF(area)
    scale = min(area.width() / page.width(), area.height() / page.height())
    width, height = page.width() * scale, page.height() * scale
    return QRectF(area.x() + (area.width() - width) / 2, area.y() + (area.height() - height) / 2,
                  width, height)


def print_pdf(data: bytes, printer: QPrinter, pages: Iterable[int] | None = None,
              max_dpi: float = MAX_PRINT_DPI,
              progress: Callable[[int, int], bool] | None = None) -> int:
    """Print pages (0-based; all when None) of PDF bytes on a ready-configured printer.

    Each page is rendered at the printer's resolution (at most `max_dpi`) and drawn scaled
    into the printer's paintable area, keeping its proportions; with `printer.fullPage()`
    an A4 page on A4 paper comes out at its true size. `progress(done, total)` is called
    after each page; returning False aborts the job. Returns the number of pages sent.
    Copies are left to the print system when it supports them, else repeated here.
    """
    pdf = PdfPages(data)
    try:
        wanted = list(range(len(pdf))) if pages is None else _checked(pages, len(pdf))
        if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
            wanted.reverse()
        copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
        sequence = wanted * copies
        if not sequence:
            return 0
        dpi = max(min(float(printer.resolution()), float(max_dpi)), MIN_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintFailed(translate("pdf_pages", "The printer could not be started. "
                                                     "Check that it is switched on and try again."))
        sent = 0
        try:
            area = QRectF(0, 0, printer.width(), printer.height())
            for index in sequence:
                if sent and not printer.newPage():
                    raise PrintFailed(translate("pdf_pages", "The printer stopped after 1 page.") if sent == 1 else
                                      translate("pdf_pages", "The printer stopped after %1 pages.").replace("%1", str(sent)))
                image = pdf.image(index, dpi)
                painter.drawImage(fit_rect(pdf.size(index), area), image)
                sent += 1
                if progress is not None and progress(sent, len(sequence)) is False:
                    printer.abort()
                    break
        finally:
            painter.end()
        return sent
    finally:
        pdf.close()


def _checked(pages: Iterable[int], count: int) -> list[int]:
    wanted = list(pages)
    bad = [p for p in wanted if not 0 <= p < count]
    if bad:
        raise IndexError(f"page index {bad[0]} outside 0..{count - 1}")
    return wanted

"""Preview of a shortlist PDF: choose the variant, look at the pages, save exactly those bytes or print them."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QShortcut
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (QApplication, QButtonGroup, QComboBox, QDialog, QFileDialog, QHBoxLayout,
                               QLabel, QProgressDialog, QPushButton, QRadioButton, QSizePolicy,
                               QToolButton, QVBoxLayout, QWidget)

from reports.files import safe_file_name, write_bytes_atomically
from ui import settings
from ui.errors import describe, show_error
from ui.services.pdf_pages import PdfPages, PdfPagesError, PrintFailed, print_pdf
from ui.tasks import run_task
from ui.widgets.pdf_view import ZOOMS, PagesView

log = logging.getLogger("jobbro")

# render(variant) gathers the document's data on the GUI thread (store and matcher) and returns the
# layout work, which runs on the thread pool: () -> (PDF bytes, translated warnings).
RenderJob = Callable[[], tuple[bytes, list[str]]]
RenderFn = Callable[[str], RenderJob]

FIT_WIDTH = 0.0  # the zoom box's value for "fit width"
GEOMETRY_NAME = "shortlist_preview"

WARNING_STYLE = ("QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e8c95c;"
                 " border-radius: 4px; padding: 6px; }")
ERROR_STYLE = ("QLabel { background: #fdecea; color: #8e1b10; border: 1px solid #e6b0aa;"
               " border-radius: 4px; padding: 6px; }")
NOTE_STYLE = "color: #555;"
INTERNAL_NOTE_STYLE = "color: #a61b1b; font-weight: 600;"
STATUS_ERROR_STYLE = "color: #b03a2e;"

_last_folder: str | None = None  # where the consultant saved last, for this session


# ---- the dialog --------------------------------------------------------------------------------------------
class ShortlistPreview(QDialog):
    """The pages of a shortlist, in the company or internal variant, to save as PDF or print.

    `render(variant)` is called on the GUI thread each time the variant is chosen and returns the job
    that lays the PDF out ("company" or "internal") off the GUI thread, so a long list never freezes the
    window; `busy` is True until its pages are shown (or its failure is).
    """

    rendered = Signal(str)  # the variant now shown
    settled = Signal()  # a render ended, shown or failed
    saved = Signal(str)  # the path written
    printed = Signal(int)  # pages sent to the printer

    def __init__(self, render: RenderFn, file_stem: str, parent=None, variant: str = "company"):
        super().__init__(parent)
        self._render = render
        self.file_stem = file_stem
        self.variant = ""
        self.data = b""
        self.warnings: list[str] = []
        self.failure = ""
        self.busy = False
        self._generation = 0  # a newer render makes an older result stale
        self._share = 0.0  # the share of the document in view when the render started
        self.printer: QPrinter | None = None  # created at the first print, then keeps the consultant's choices
        self.setWindowTitle(self.tr("Preview: %1").replace("%1", file_stem))
        self._build()
        self._shortcuts()
        self._default_size()
        settings.restore_geometry(self, GEOMETRY_NAME)
        self.set_variant(variant)
        self.pages.setFocus()  # arrows and Page Down scroll at once; on a radio button they would switch variant

    # ---- building ----------------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(QLabel(self.tr("Version:")))
        self.variant_group = QButtonGroup(self)
        self.company_radio = QRadioButton(self.tr("For the company"))
        self.internal_radio = QRadioButton(self.tr("Internal"))
        for radio, key in ((self.company_radio, "company"), (self.internal_radio, "internal")):
            radio.setProperty("variant", key)
            self.variant_group.addButton(radio)
            top.addWidget(radio)
        self.variant_group.buttonClicked.connect(lambda button: self.set_variant(button.property("variant")))
        top.addStretch(1)
        top.addWidget(self._build_zoom())
        layout.addLayout(top)

        self.variant_note = QLabel()
        self.variant_note.setWordWrap(True)
        layout.addWidget(self.variant_note)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()
        layout.addWidget(self.banner)

        self.pages = PagesView()
        self.pages.current_page_changed.connect(lambda _: self._update_page_label())
        self.pages.zoom_changed.connect(lambda _: self._update_zoom_box())
        layout.addWidget(self.pages, 1)

        bottom = QHBoxLayout()
        self.page_label = QLabel()
        self.page_label.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.tr("Page %1 of %2")) + 40)
        self.status_label = QLabel()
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bottom.addWidget(self.page_label)
        bottom.addWidget(self.status_label, 1)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setToolTip(self._with_key(self.tr("Save these pages as a PDF file"),
                                                   QKeySequence.StandardKey.Save))
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setToolTip(self._with_key(self.tr("Print with the system's print dialog"),
                                                    QKeySequence.StandardKey.Print))
        self.print_button.clicked.connect(self.print_)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.save_button, self.print_button, self.close_button):
            button.setAutoDefault(False)  # Enter must not save or print by surprise
            bottom.addWidget(button)
        layout.addLayout(bottom)

    def _build_zoom(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(self._with_key(self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut))
        self.zoom_out_button.clicked.connect(lambda: self.pages.zoom_out())
        self.zoom_box = QComboBox()
        self.zoom_box.addItem(self.tr("Fit width"), FIT_WIDTH)
        for zoom in ZOOMS:
            self.zoom_box.addItem(self.tr("%1%").replace("%1", str(round(zoom * 100))), zoom)
        self.zoom_box.setToolTip(self.tr("Zoom"))
        self.zoom_box.activated.connect(self._on_zoom_chosen)
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(self._with_key(self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn))
        self.zoom_in_button.clicked.connect(lambda: self.pages.zoom_in())
        for widget in (self.zoom_out_button, self.zoom_box, self.zoom_in_button):
            row.addWidget(widget)
        return box

    def _shortcuts(self) -> None:
        for key, slot in ((QKeySequence.StandardKey.Save, self.save), (QKeySequence.StandardKey.Print, self.print_),
                          (QKeySequence.StandardKey.ZoomIn, self.pages.zoom_in),
                          (QKeySequence.StandardKey.ZoomOut, self.pages.zoom_out)):
            QShortcut(QKeySequence(key), self, activated=slot)
        # Ctrl++ is Ctrl+Shift+= on many keyboards; accept the plain Ctrl+= too.
        QShortcut(QKeySequence("Ctrl+="), self, activated=self.pages.zoom_in)
        # Esc closes: QDialog's own reject on Escape.

    def _default_size(self) -> None:
        width, height = 920, 1000
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None and screen.isValid():
            width, height = min(width, int(screen.width() * 0.9)), min(height, int(screen.height() * 0.9))
        self.resize(width, height)

    @staticmethod
    def _with_key(text: str, key: QKeySequence.StandardKey) -> str:
        shortcut = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        return f"{text} ({shortcut})" if shortcut else text

    # ---- rendering ---------------------------------------------------------------------------------------
    def set_variant(self, variant: str) -> None:
        """Render `variant` ("company" or "internal") and show it, keeping the reading position."""
        if variant not in ("company", "internal"):
            raise ValueError(f"unknown shortlist variant {variant!r}")
        (self.company_radio if variant == "company" else self.internal_radio).setChecked(True)
        if variant == self.variant and (self.data or self.failure):
            return
        self.variant = variant
        self._update_variant_note()
        self.refresh()

    def refresh(self) -> None:
        """Call the render function again for the current variant; the pages follow when laid out."""
        # Keep the same share of the document in view: both variants list the same candidates
        # in the same order, but the internal pages hold fewer candidates each.
        old_count = self.pages.page_count()
        index, fraction = self.pages.position()
        self._share = (index + fraction) / old_count if old_count else 0.0
        self._generation += 1
        generation, variant = self._generation, self.variant
        try:
            job = self._render(variant)
        except Exception as exc:  # noqa: BLE001 - shown in the dialog's banner, never a crash
            self._show_result((generation, None, exc))
            return
        self.busy = True
        self._set_status(self.tr("Making the PDF…"))
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(False)

        def work():
            try:
                return generation, job(), None
            except Exception as exc:  # noqa: BLE001 - handed to the GUI thread with the render it belongs to
                return generation, None, exc

        run_task(work, self._show_result)

    def _show_result(self, result) -> None:
        generation, output, exc = result
        if generation != self._generation:  # the consultant chose the other variant meanwhile
            return
        self.busy = False
        pdf = None
        if exc is None:
            try:
                pdf = PdfPages(output[0])
            except Exception as error:  # noqa: BLE001 - a broken PDF is shown as a failure
                exc = error
        if exc is not None:
            log.error("shortlist preview: rendering the %s variant failed", self.variant, exc_info=exc)
            self.data, self.warnings = b"", []
            self.failure = self._failure_text(exc)
            self.pages.set_document(None)
        else:
            data, warnings = output
            # Plain strings by contract; RenderWarning objects are accepted too.
            self.warnings = [str(getattr(w, "message", w)) for w in warnings]
            self.data, self.failure = bytes(data), ""
            spot = self._share * len(pdf)
            self.pages.set_document(pdf, (int(spot), spot - int(spot)))
        self._show_banner()
        self._set_status("")
        self._update_state()
        if not self.failure:
            self.rendered.emit(self.variant)
        self.settled.emit()

    def _failure_text(self, exc: Exception) -> str:
        reason = str(exc) if isinstance(exc, PdfPagesError) else describe(exc)
        text = self.tr("The shortlist could not be made, so there is nothing to show.") + "\n" + reason
        detail = str(exc).strip()
        if detail and detail != reason:
            text += "\n" + self.tr("Details: %1").replace("%1", f"{type(exc).__name__}: {detail}")
        return text

    def _show_banner(self) -> None:
        if self.failure:
            self.banner.setStyleSheet(ERROR_STYLE)
            self.banner.setText(self.failure)
            self.banner.show()
        elif self.warnings:
            self.banner.setStyleSheet(WARNING_STYLE)
            self.banner.setText("\n".join(f"⚠ {w}" for w in self.warnings))
            self.banner.show()
        else:
            self.banner.clear()
            self.banner.hide()

    def _update_variant_note(self) -> None:
        if self.variant == "internal":
            self.variant_note.setText(self.tr(
                "Internal: every detail, also birth year, status, consent, notes and the score explanation. "
                "Never give this version to the company."))
            self.variant_note.setStyleSheet(INTERNAL_NOTE_STYLE)
        else:
            self.variant_note.setText(self.tr(
                "For the company: candidates without a recorded consent are anonymous (“Candidate 3”), without "
                "name, contact details or note. Birth year, status, consent and the score explanation are left "
                "out for everyone, and so are candidates the company turned down or the job centre withdrew."))
            self.variant_note.setStyleSheet(NOTE_STYLE)

    # ---- state -------------------------------------------------------------------------------------------
    def page_count(self) -> int:
        return self.pages.page_count()

    def _update_state(self) -> None:
        has_pages = bool(self.data) and self.page_count() > 0
        self.save_button.setEnabled(has_pages)
        self.print_button.setEnabled(has_pages)
        for widget in (self.zoom_box, self.zoom_in_button, self.zoom_out_button):
            widget.setEnabled(has_pages)
        self._update_page_label()
        self._update_zoom_box()

    def _update_page_label(self) -> None:
        count = self.page_count()
        if count:
            current = max(self.pages.current_page(), 0) + 1
            self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(current)).replace("%2", str(count)))
        else:
            self.page_label.clear()

    def _update_zoom_box(self) -> None:
        index = 0 if self.pages.fit_width else self.zoom_box.findData(round(self.pages.zoom, 4))
        self.zoom_box.setCurrentIndex(max(index, 0))

    def _on_zoom_chosen(self, index: int) -> None:
        zoom = self.zoom_box.itemData(index)
        if zoom == FIT_WIDTH:
            self.pages.set_fit_width()
        else:
            self.pages.set_zoom(zoom)
        self._update_zoom_box()

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status_label.setStyleSheet(STATUS_ERROR_STYLE if error else NOTE_STYLE)
        self.status_label.setText(text)
        self.status_label.setToolTip(text)

    # ---- save --------------------------------------------------------------------------------------------
    def suggested_path(self) -> str:
        folder = _last_folder or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        stem = safe_file_name(self.file_stem, self.tr("Shortlist"))
        if self.variant == "internal":  # says so in its name, so it is not e-mailed to the company by mistake
            stem += " – " + self.tr("internal")
        name = stem + ".pdf"
        return str(Path(folder) / name) if folder else name

    def save(self) -> None:
        """Ask where, then write exactly the bytes on screen; nothing partial on failure."""
        global _last_folder
        if not self.data:
            return
        data = self.data
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), self.suggested_path(),
                                              self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            write_bytes_atomically(path, data)
        except OSError as exc:
            self._set_status(self.tr("Not saved."), error=True)
            show_error(self, exc, self.tr("Save as PDF"))
            return
        _last_folder = str(Path(path).parent)
        self._set_status(self.tr("Saved as %1").replace("%1", path))
        self.saved.emit(path)

    # ---- print -------------------------------------------------------------------------------------------
    def _new_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)  # the PDF has its own margins; draw it on the whole sheet at true size
        printer.setDocName(self.file_stem)
        return printer

    def chosen_pages(self, printer: QPrinter) -> list[int] | None:
        """0-based pages the print dialog asked for; None means all."""
        count = self.page_count()
        mode = printer.printRange()
        if mode == QPrinter.PrintRange.CurrentPage:
            return [max(self.pages.current_page(), 0)]
        if mode == QPrinter.PrintRange.PageRange:
            ranges = printer.pageRanges()
            if not ranges.isEmpty():
                return [p - 1 for p in range(1, count + 1) if ranges.contains(p)]
            first, last = printer.fromPage(), printer.toPage()
            if first > 0:
                return list(range(first - 1, min(last or count, count)))
        return None

    def print_(self) -> None:
        """The system print dialog with a page range, then each chosen page at up to 300 dpi."""
        if not self.data:
            return
        data, count = self.data, self.page_count()
        if self.printer is None:
            self.printer = self._new_printer()
        printer = self.printer
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print shortlist"))
        options = QAbstractPrintDialog.PrintDialogOption
        dialog.setOptions(options.PrintPageRange | options.PrintCurrentPage | options.PrintToFile
                          | options.PrintShowPageSize | options.PrintCollateCopies)
        dialog.setMinMax(1, count)
        result = dialog.exec()
        dialog.deleteLater()
        if getattr(result, "value", result) != QDialog.DialogCode.Accepted.value:
            return
        pages = self.chosen_pages(printer)
        if pages is not None and not pages:
            self._set_status(self.tr("The chosen pages are not in this document (it has %n page(s)).", None, count),
                             error=True)
            return
        total = len(pages) if pages is not None else count
        progress = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, total, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(800)
        progress.setAutoClose(False)
        cancelled = []

        def step(done: int, _total: int) -> bool:
            progress.setValue(min(done, total))
            if progress.wasCanceled():
                cancelled.append(done)
                return False
            return True

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sent = print_pdf(data, printer, pages, progress=step)
        except PrintFailed as exc:
            self._set_status(self.tr("Not printed: %1").replace("%1", str(exc)), error=True)
            return
        except Exception as exc:  # noqa: BLE001 - shown, never a crash
            self._set_status(self.tr("Not printed."), error=True)
            show_error(self, exc, self.tr("Print shortlist"))
            return
        finally:
            QApplication.restoreOverrideCursor()
            progress.hide()  # not close(): its closeEvent counts as cancelling
            progress.deleteLater()
        if cancelled:
            self._set_status(self.tr("Printing cancelled."), error=True)
            return
        self._set_status(self.tr("Sent %n page(s) to the printer.", None, sent))
        self.printed.emit(sent)

    # ---- closing -----------------------------------------------------------------------------------------
    def done(self, result: int) -> None:
        settings.save_geometry(self, GEOMETRY_NAME)
        self.pages.forget_images()  # a closed dialog kept by its parent must not hold page images
        super().done(result)

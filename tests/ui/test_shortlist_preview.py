"""The shortlist preview: real PDFs from reports.render_shortlist, shown, saved, printed; failures shown in place."""

from __future__ import annotations

import datetime as dt
import io
import threading
from dataclasses import replace
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QPageSize, QWheelEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from reports.shortlist_data import ShortlistDoc, ShortlistEntry
from reports.shortlist_pdf import render_shortlist
from ui.services import pdf_pages
from ui.dialogs import shortlist_preview
from reports import files
from reports.files import safe_file_name
from reports.files import write_bytes_atomically as write_atomically
from ui.dialogs.shortlist_preview import ShortlistPreview
from ui.widgets.pdf_view import PageView

STEM = "Kandidatliste – Lagermedarbejder – Ølstykke Lager & Logistik A/S – 04-11-2026"
A4_PT = (595.28, 841.89)


def entry(number: int) -> ShortlistEntry:
    # Odd numbers consented to sharing; even numbers must stay anonymous for the company.
    return ShortlistEntry(
        number=number, candidate_id=f"CID-{9000 + number}", name=f"Navnesen Nummer{number:03d}",
        phone=f"7{number:07d}", email=f"person{number}@example.dk", birth_year=1950 + number,
        postcode="8260", town="Viby J", consent=number % 2 == 1, status="Kontaktet",
        note=f"Privat note {number}", score=90.0 - number / 10,
        matching_skills=["Truckcertifikat", "Lagerstyring"], missing_skills=["Kranfører"],
        certificates=["Kørekort B"], experience=["Lagermedarbejder, 4 år"], hours="25 t/uge",
        earliest_start="01-02-2027", commute="38 km, ca. 45 min i bil", measures=["Virksomhedspraktik"],
        reasons=[f"Matcher 4 af 5 ønskede kompetencer (kandidat {number})."],
        score_parts=[("Kompetencer", 0.8, 0.5), ("Afstand", 0.6, 0.2)])


def make_doc(candidates: int = 6, **overrides) -> ShortlistDoc:
    values = dict(job_centre_name="Jobcenter Aarhus", company_name="Ølstykke Lager & Logistik A/S",
                  need_title="Lagermedarbejdere", consultant_name="Anne Holm", date=dt.date(2026, 11, 4),
                  entries=[entry(n) for n in range(1, candidates + 1)])
    values.update(overrides)
    return ShortlistDoc(**values)


class Renderer:
    """The render function the lead wires up, here on a fixed ShortlistDoc; remembers what it returned."""

    def __init__(self, doc: ShortlistDoc):
        self.doc = doc
        self.calls: list[str] = []
        self.output: dict[str, bytes] = {}
        self.threads: list[int] = []  # thread idents (current_thread() would register a dummy thread)

    def __call__(self, variant: str):
        """Called on the GUI thread; returns the layout job the dialog runs on the thread pool."""
        self.calls.append(variant)
        return lambda: self.render(variant)

    def render(self, variant: str) -> tuple[bytes, list[str]]:
        self.threads.append(threading.get_ident())
        buffer = io.BytesIO()
        result = render_shortlist(replace(self.doc, variant=variant), buffer)
        self.output[variant] = buffer.getvalue()
        return buffer.getvalue(), [w.message for w in result.warnings]


def text_of(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def open_preview(qtbot, render, width=900, height=800) -> ShortlistPreview:
    dialog = ShortlistPreview(render, STEM)
    qtbot.addWidget(dialog)
    dialog.resize(width, height)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle(qtbot, dialog)
    return dialog


def settle(qtbot, dialog) -> None:
    """Wait until the layout running off the GUI thread is shown (or its failure is)."""
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30000)
@pytest.fixture(autouse=True)
def danish(qapp):
    """The dialog in Danish, whatever language the test before installed."""
    from ui import i18n

    i18n.install(qapp, "da")


@pytest.fixture
def renderer():
    return Renderer(make_doc(6))


@pytest.fixture
def preview(qtbot, renderer):
    return open_preview(qtbot, renderer)


@pytest.fixture
def errors(monkeypatch):
    """The dialog's error hook, recorded instead of a message box."""
    shown = []
    monkeypatch.setattr(shortlist_preview, "show_error", lambda parent, exc, title=None: shown.append(exc))
    return shown


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)
    return printer


# ---- showing ---------------------------------------------------------------------------------------------
def test_one_page_widget_per_pdf_page_and_a_page_counter(preview, renderer):
    pages = page_count(renderer.output["company"])
    assert renderer.calls == ["company"]
    assert renderer.threads and threading.main_thread().ident not in renderer.threads  # the window is not blocked
    assert pages >= 2
    assert preview.page_count() == pages
    assert len(preview.findChildren(PageView)) == pages
    assert preview.company_radio.isChecked()
    assert "1" in preview.page_label.text() and str(pages) in preview.page_label.text()
    assert preview.save_button.isEnabled() and preview.print_button.isEnabled()
    assert not preview.banner.isVisible()


def test_switching_to_internal_renders_again_and_keeps_the_page_in_view(qtbot, preview, renderer):
    company = renderer.output["company"]
    preview.pages.go_to_page(1)
    assert preview.pages.position()[0] == 1
    qtbot.mouseClick(preview.internal_radio, Qt.MouseButton.LeftButton)
    settle(qtbot, preview)
    assert renderer.calls == ["company", "internal"]
    internal = renderer.output["internal"]
    assert preview.variant == "internal" and preview.data == internal
    assert page_count(internal) != page_count(company)
    assert preview.page_count() == page_count(internal)
    assert preview.pages.position()[0] == 1
    # Candidate 2 gave no consent: anonymous for the company, named internally.
    assert "Nummer002" not in text_of(company) and "Nummer002" in text_of(internal)
    assert preview.variant_note.text().startswith("Intern: alle oplysninger")
    qtbot.mouseClick(preview.company_radio, Qt.MouseButton.LeftButton)
    settle(qtbot, preview)
    assert renderer.calls == ["company", "internal", "company"]
    assert preview.page_count() == page_count(company)


def test_after_switching_the_same_candidates_stay_near_the_view(qtbot):
    renderer = Renderer(make_doc(40))
    preview = open_preview(qtbot, renderer, 800, 600)

    def page_with(data, text):
        pages = PdfReader(io.BytesIO(data)).pages
        return next(i for i, page in enumerate(pages) if text in page.extract_text())

    preview.pages.go_to_page(page_with(renderer.output["company"], "70000029"))
    preview.set_variant("internal")
    settle(qtbot, preview)
    wanted = page_with(renderer.output["internal"], "70000029")
    assert wanted > page_with(renderer.output["company"], "70000029") + 2  # the page index alone would be wrong
    assert abs(preview.pages.current_page() - wanted) <= 1


def test_only_pages_near_the_view_are_rendered_until_scrolled_to(qtbot):
    renderer = Renderer(make_doc(24))
    preview = open_preview(qtbot, renderer, 800, 600)
    count = preview.page_count()
    assert count >= 7
    qtbot.waitUntil(lambda: 0 in preview.pages.rendered_pages())
    assert count - 1 not in preview.pages.rendered_pages()
    bar = preview.pages.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: count - 1 in preview.pages.rendered_pages())
    assert 0 not in preview.pages.rendered_pages()  # far out of view: its image is let go
    assert str(count) in preview.page_label.text().split()[1]


def test_zoom_fit_width_by_default_then_100_percent_and_plus(qtbot, preview):
    view = preview.pages.page_views[0]
    assert preview.pages.fit_width
    assert view.width() == pytest.approx(preview.pages.viewport().width() - 2 * preview.pages.MARGIN, abs=2)
    preview.zoom_box.setCurrentIndex(preview.zoom_box.findData(1.0))
    preview.zoom_box.activated.emit(preview.zoom_box.currentIndex())
    assert view.width() == round(A4_PT[0] * 96 / 72) + PageView.SHADOW
    qtbot.mouseClick(preview.zoom_in_button, Qt.MouseButton.LeftButton)
    assert preview.pages.zoom == 1.25
    assert preview.zoom_box.currentData() == 1.25
    qtbot.waitUntil(lambda: abs(view.image_dpi - 1.25 * 96) < 0.5)


def test_ctrl_wheel_zooms_and_a_plain_wheel_scrolls(qtbot, preview):
    def wheel(dy, modifiers):
        viewport = preview.pages.viewport()
        centre = QPointF(viewport.width() / 2, viewport.height() / 2)
        event = QWheelEvent(centre, QPointF(viewport.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, dy),
                            Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(viewport, event)

    fit = preview.pages.zoom
    wheel(120, Qt.KeyboardModifier.ControlModifier)
    assert preview.pages.zoom > fit and not preview.pages.fit_width
    wheel(-120, Qt.KeyboardModifier.ControlModifier)
    wheel(-120, Qt.KeyboardModifier.ControlModifier)
    assert preview.pages.zoom < fit
    bar = preview.pages.verticalScrollBar()
    assert bar.value() == 0
    wheel(-120, Qt.KeyboardModifier.NoModifier)
    assert bar.value() > 0


def test_the_pages_have_the_focus_so_keys_scroll_rather_than_switch_variant(qtbot, preview, renderer):
    preview.activateWindow()
    qtbot.waitActive(preview)
    assert preview.focusWidget() is preview.pages
    qtbot.keyClick(preview.pages, Qt.Key.Key_PageDown)
    assert preview.pages.verticalScrollBar().value() > 0
    assert renderer.calls == ["company"]


def test_render_warnings_show_in_a_banner(qtbot, tmp_path):
    missing = tmp_path / "ingen" / "logo.png"
    preview = open_preview(qtbot, Renderer(make_doc(3, logo_path=str(missing))))
    assert preview.banner.isVisible()
    assert str(missing) in preview.banner.text()
    assert preview.page_count() > 0 and preview.save_button.isEnabled()


def test_a_failing_render_is_explained_in_the_dialog_and_nothing_can_be_saved(qtbot):
    def render(variant):
        if variant == "internal":
            raise RuntimeError("the store went away")  # gathering the data fails, on the GUI thread
        return lambda: (b"%PDF-1.4 this is not a PDF", [])  # the layout gives a broken PDF

    preview = open_preview(qtbot, render)  # the autouse fixture fails the test if a message box pops up
    assert preview.banner.isVisible()
    assert preview.page_count() == 0
    assert not preview.save_button.isEnabled() and not preview.print_button.isEnabled()
    preview.save()  # the shortcut path does nothing either
    qtbot.mouseClick(preview.internal_radio, Qt.MouseButton.LeftButton)
    settle(qtbot, preview)
    assert preview.banner.isVisible() and "the store went away" in preview.banner.text()
    assert preview.page_count() == 0 and preview.data == b""


def test_recovers_when_the_other_variant_renders(qtbot):
    good = Renderer(make_doc(3))

    def render(variant):
        if variant == "company":
            def fail():
                raise ValueError("no consent data")  # the layout fails, off the GUI thread
            return fail
        return good(variant)

    preview = open_preview(qtbot, render)
    assert preview.page_count() == 0
    preview.set_variant("internal")
    settle(qtbot, preview)
    assert not preview.banner.isVisible()
    assert preview.page_count() == page_count(good.output["internal"])
    assert preview.save_button.isEnabled()


# ---- saving ----------------------------------------------------------------------------------------------
def test_save_writes_exactly_the_bytes_shown(qtbot, preview, renderer, tmp_path, monkeypatch):
    asked = []

    def choose(parent, caption, start, filters, *args, **kwargs):
        asked.append((start, filters))
        return str(tmp_path / "liste"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    qtbot.mouseClick(preview.internal_radio, Qt.MouseButton.LeftButton)
    settle(qtbot, preview)
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    start, filters = asked[0]
    name = Path(start).name
    assert name.endswith(".pdf") and "Lagermedarbejder" in name and "Ølstykke" in name
    assert "/" not in name and "*.pdf" in filters
    saved = tmp_path / "liste.pdf"
    assert saved.read_bytes() == renderer.output["internal"]
    assert page_count(saved.read_bytes()) == preview.page_count()
    text = text_of(saved.read_bytes())
    assert "Nummer002" in text and "Ølstykke Lager" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["liste.pdf"]
    assert str(saved) in preview.status_label.text()
    # The next save starts in the folder just used.
    assert Path(preview.suggested_path()).parent == tmp_path


def test_save_shortcut(qtbot, preview, renderer, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "tast.pdf"), "")))
    preview.activateWindow()
    qtbot.waitActive(preview)
    qtbot.keyClick(preview, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert (tmp_path / "tast.pdf").read_bytes() == renderer.output["company"]


def test_cancelled_save_writes_nothing(qtbot, preview, tmp_path, monkeypatch, errors):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    written = [p for p in tmp_path.rglob("*") if p.is_file() and "config" not in p.relative_to(tmp_path).parts]
    assert written == []  # nothing but the test's own settings
    assert errors == [] and preview.status_label.text() == ""


@pytest.mark.parametrize("where", ["missing folder", "a folder by that name"])
def test_save_to_an_unwritable_path_shows_the_error_and_leaves_nothing(qtbot, preview, tmp_path, monkeypatch,
                                                                      errors, where):
    target = tmp_path / "out" / "liste.pdf"
    if where == "a folder by that name":
        target.mkdir(parents=True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if "config" not in p.parts)
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert len(errors) == 1 and isinstance(errors[0], OSError)
    assert errors[0].filename == str(target)
    after = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if "config" not in p.parts)
    assert after == before
    assert preview.status_label.text()


def test_a_failed_replace_keeps_the_old_file_and_removes_the_temporary_one(tmp_path, monkeypatch):
    target = tmp_path / "liste.pdf"
    target.write_bytes(b"old contents")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied", src, None, dst)

    monkeypatch.setattr(files.os, "replace", refuse)
    with pytest.raises(PermissionError) as caught:
        write_atomically(target, b"%PDF new")
    assert caught.value.filename == str(target)
    assert target.read_bytes() == b"old contents"
    assert [p.name for p in tmp_path.iterdir()] == ["liste.pdf"]


def test_atomic_write_gives_an_ordinary_file_mode(tmp_path):
    target = tmp_path / "ny.pdf"
    write_atomically(target, b"%PDF")
    reference = tmp_path / "reference"
    reference.write_bytes(b"x")
    assert target.read_bytes() == b"%PDF"
    assert target.stat().st_mode & 0o777 == reference.stat().st_mode & 0o777


def test_safe_file_name():
    expected = "Kandidatliste – Lagermedarbejder – Ølstykke Lager & Logistik A-S – 04-11-2026"
    assert safe_file_name(STEM) == expected
    assert safe_file_name('a:b*c?"d<e>f|g\\h') == "a-b-c--d-e-f-g-h"
    assert safe_file_name("  ..  ") == "jobbro"
    assert safe_file_name("  ..  ", "shortlist") == "shortlist"
    assert safe_file_name(" ", "Kandidatliste") == "Kandidatliste"


# ---- printing --------------------------------------------------------------------------------------------
def test_print_helper_prints_every_page_on_a4_and_draws_them(qapp, renderer, tmp_path):
    data, _ = renderer.render("internal")
    out = tmp_path / "printed.pdf"
    sent = pdf_pages.print_pdf(data, pdf_printer(out))
    assert sent == page_count(data)
    reader = PdfReader(str(out))
    assert len(reader.pages) == sent
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(A4_PT[0], abs=1) and float(box.height) == pytest.approx(A4_PT[1], abs=1)
    # The printed page is the rendered page: mostly white, with dark text in the header band.
    printed = pdfium.PdfDocument(str(out))[0].render(scale=50 / 72, grayscale=True).to_numpy()
    assert printed.mean() > 200 and printed.min() < 80


def test_print_helper_prints_only_the_chosen_pages(qapp, renderer, tmp_path):
    data, _ = renderer.render("internal")
    out = tmp_path / "some.pdf"
    assert pdf_pages.print_pdf(data, pdf_printer(out), pages=[0, 2]) == 2
    assert len(PdfReader(str(out)).pages) == 2
    with pytest.raises(IndexError):
        pdf_pages.print_pdf(data, pdf_printer(tmp_path / "bad.pdf"), pages=[99])


def test_print_helper_stops_when_progress_says_so(qapp, renderer, tmp_path):
    data, _ = renderer.render("internal")
    seen = []
    sent = pdf_pages.print_pdf(data, pdf_printer(tmp_path / "stop.pdf"),
                               progress=lambda done, total: seen.append((done, total)) or False)
    assert sent == 1 and seen == [(1, page_count(data))]


def test_render_pages_at_a_dpi(qapp, renderer):
    data, _ = renderer.render("company")
    images = pdf_pages.render_pages(data, 72, pages=[0])
    assert len(images) == 1
    assert images[0].width() == pytest.approx(A4_PT[0], abs=1)  # pdfium rounds up
    assert images[0].height() == pytest.approx(A4_PT[1], abs=1)
    assert images[0].pixelColor(2, 2).name() == "#ffffff"
    with pytest.raises(pdf_pages.PdfPagesError):
        pdf_pages.PdfPages(b"not a pdf")


def test_print_button_prints_the_range_chosen_in_the_print_dialog(qtbot, preview, renderer, tmp_path,
                                                                 monkeypatch):
    out = tmp_path / "range.pdf"
    preview.printer = pdf_printer(out)
    chosen = []

    def accept(dialog):
        chosen.append((dialog.minPage(), dialog.maxPage()))
        printer = dialog.printer()
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert chosen == [(1, preview.page_count())]
    assert len(PdfReader(str(out)).pages) == 2
    assert "2" in preview.status_label.text()


def test_print_shortcut_prints_all_pages_and_a_cancelled_dialog_prints_nothing(qtbot, preview, tmp_path,
                                                                             monkeypatch):
    out = tmp_path / "all.pdf"
    preview.printer = pdf_printer(out)
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert not out.exists()
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    preview.activateWindow()
    qtbot.waitActive(preview)
    qtbot.keyClick(preview, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(PdfReader(str(out)).pages) == preview.page_count()


def test_a_printer_that_cannot_start_is_reported_in_the_dialog(qtbot, preview, tmp_path, monkeypatch, errors):
    preview.printer = pdf_printer(tmp_path / "no-such-folder" / "x.pdf")  # QPainter.begin fails
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert errors == []
    assert preview.status_label.text() and not (tmp_path / "no-such-folder").exists()


def test_the_default_printer_is_a4_portrait_full_page(preview):
    printer = preview._new_printer()
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    assert printer.pageLayout().orientation().name == "Portrait"
    assert printer.fullPage()


# ---- window ----------------------------------------------------------------------------------------------
def test_escape_closes_and_the_size_is_remembered(qtbot, renderer):
    preview = open_preview(qtbot, renderer, 700, 640)
    preview.activateWindow()
    qtbot.waitActive(preview)
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    assert not preview.isVisible() and preview.result() == QDialog.DialogCode.Rejected.value
    again = ShortlistPreview(renderer, STEM)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 640)


def test_a_newer_choice_wins_over_a_layout_still_running(qtbot, renderer):
    preview = open_preview(qtbot, renderer)
    preview.set_variant("internal")
    preview.set_variant("company")  # before the internal layout is shown
    settle(qtbot, preview)
    qtbot.wait(50)  # let a stale result arrive, if one would
    assert preview.variant == "company" and preview.data == renderer.output["company"]

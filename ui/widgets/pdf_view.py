"""PDF pages in a scroll area: each page a white sheet, rendered (pypdfium2) only near the view, with zoom."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from ui.services.pdf_pages import PdfPages

SCREEN_DPI = 96.0  # 100 % shows a page at its printed size on a standard screen
MAX_SCREEN_DPI = 600.0  # device pixels; beyond this a page image only costs memory
ZOOMS = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
MIN_ZOOM, MAX_ZOOM = ZOOMS[0], ZOOMS[-1]


class PageView(QWidget):
    """One page: a white sheet with a soft shadow, showing its image once rendered."""

    SHADOW = 4

    def __init__(self, index: int, size_pt, owner: PagesView):
        super().__init__()
        self.index = index
        self.size_pt = size_pt
        self.owner = owner
        self.image = None
        self.image_dpi = 0.0

    def sheet(self) -> QRect:
        return self.rect().adjusted(0, 0, -self.SHADOW, -self.SHADOW)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        sheet = self.sheet()
        for step in range(1, self.SHADOW + 1):
            painter.fillRect(sheet.translated(step, step), QColor(0, 0, 0, 60 - 12 * step))
        painter.fillRect(sheet, Qt.GlobalColor.white)
        if self.image is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRectF(sheet), self.image)
        if self.image is None or abs(self.image_dpi - self.owner.render_dpi()) > 0.5:
            self.owner.schedule_render()
        painter.end()


class PagesView(QScrollArea):
    """All pages stacked in a scroll area; only the pages in and near view are rendered."""

    current_page_changed = Signal(int)
    zoom_changed = Signal(float)

    MARGIN = 16

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pdf: PdfPages | None = None
        self.page_views: list[PageView] = []
        self.zoom = 1.0
        self.fit_width = True
        self.canvas = QWidget()
        self.canvas.setAutoFillBackground(False)
        self.setWidget(self.canvas)
        self.setWidgetResizable(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # fit width must not oscillate
        self.setFrameShape(QFrame.Shape.NoFrame)
        palette = self.viewport().palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#7a7f85"))
        self.viewport().setPalette(palette)
        self.viewport().setAutoFillBackground(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.render_visible)
        self._current = -1
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.horizontalScrollBar().valueChanged.connect(self._on_scrolled)

    # ---- document --------------------------------------------------------------------------------------
    def set_document(self, pdf: PdfPages | None, position: tuple[int, float] | None = None) -> None:
        """Show `pdf` (None: nothing), at `position` (page index, fraction) when given."""
        for view in self.page_views:
            view.setParent(None)
            view.deleteLater()
        if self.pdf is not None:
            self.pdf.close()
        self.pdf = pdf
        self.page_views = []
        if pdf is not None:
            for index in range(len(pdf)):
                view = PageView(index, pdf.size(index), self)
                view.setParent(self.canvas)
                view.show()
                self.page_views.append(view)
        self._current = -1
        if self.fit_width:  # pages may arrive after the first resize: fit them now
            self._apply_zoom(self._fit_zoom())
        self.relayout(position or (0, 0.0))

    def page_count(self) -> int:
        return len(self.page_views)

    # ---- zoom --------------------------------------------------------------------------------------------
    def px_per_pt(self) -> float:
        return self.zoom * SCREEN_DPI / 72.0

    def render_dpi(self) -> float:
        return min(self.zoom * SCREEN_DPI * self.devicePixelRatioF(), MAX_SCREEN_DPI)

    def set_zoom(self, zoom: float) -> None:
        self.fit_width = False
        self._apply_zoom(zoom)

    def set_fit_width(self) -> None:
        self.fit_width = True
        self._apply_zoom(self._fit_zoom())

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOMS if z > self.zoom + 1e-3), MAX_ZOOM))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOMS) if z < self.zoom - 1e-3), MIN_ZOOM))

    def _fit_zoom(self) -> float:
        if not self.page_views:
            return self.zoom
        widest = max(view.size_pt.width() for view in self.page_views)
        room = self.viewport().width() - 2 * self.MARGIN - PageView.SHADOW
        return max(MIN_ZOOM, min(MAX_ZOOM, room / (widest * SCREEN_DPI / 72.0)))

    def _apply_zoom(self, zoom: float) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        changed = abs(zoom - self.zoom) > 1e-4
        position = self.position()
        self.zoom = zoom
        self.relayout(position)
        if changed:
            self.zoom_changed.emit(zoom)

    # ---- layout and position -----------------------------------------------------------------------------
    def relayout(self, position: tuple[int, float] | None = None) -> None:
        scale = self.px_per_pt()
        sizes = [QSize(round(v.size_pt.width() * scale) + PageView.SHADOW,
                       round(v.size_pt.height() * scale) + PageView.SHADOW) for v in self.page_views]
        widest = max((s.width() for s in sizes), default=0)
        width = max(self.viewport().width(), widest + 2 * self.MARGIN)
        y = self.MARGIN
        for view, size in zip(self.page_views, sizes):
            view.setGeometry((width - size.width()) // 2, y, size.width(), size.height())
            y += size.height() + self.MARGIN
        self.canvas.resize(width, max(y, self.viewport().height()))
        if position is not None:
            self.set_position(*position)
        self.schedule_render()
        self._on_scrolled()

    def position(self) -> tuple[int, float]:
        """(page index, fraction of that page) at the top of the view."""
        if not self.page_views:
            return 0, 0.0
        top = self.verticalScrollBar().value()
        for view in self.page_views:
            geometry = view.geometry()
            if geometry.bottom() >= top:  # the gap above a page belongs to that page
                fraction = (top - geometry.top()) / max(geometry.height(), 1)
                return view.index, max(0.0, min(1.0, fraction))
        return self.page_views[-1].index, 1.0

    def set_position(self, index: int, fraction: float = 0.0) -> None:
        if not self.page_views:
            self.verticalScrollBar().setValue(0)
            return
        view = self.page_views[max(0, min(index, len(self.page_views) - 1))]
        geometry = view.geometry()
        if fraction > 0:
            top = geometry.top() + round(fraction * geometry.height())
        else:
            top = max(0, geometry.top() - self.MARGIN // 2) if view.index > 0 else 0
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, self.canvas.height() - self.viewport().height()))
        bar.setValue(top)

    def go_to_page(self, index: int) -> None:
        if 0 <= index < len(self.page_views):
            self.set_position(index, 0.0)

    def current_page(self) -> int:
        """The page that covers the middle of the view (0-based), or -1 without pages."""
        if not self.page_views:
            return -1
        middle = self.verticalScrollBar().value() + self.viewport().height() // 2
        for view in self.page_views:
            if view.geometry().bottom() + self.MARGIN >= middle:
                return view.index
        return self.page_views[-1].index

    def visible_range(self, extra: int = 0) -> range:
        """Indexes of pages in view, widened by `extra` pages on each side."""
        if not self.page_views:
            return range(0)
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        shown = [v.index for v in self.page_views if v.geometry().bottom() >= top and v.geometry().top() <= bottom]
        if not shown:
            return range(0)
        return range(max(0, shown[0] - extra), min(len(self.page_views), shown[-1] + extra + 1))

    # ---- rendering ----------------------------------------------------------------------------------------
    def schedule_render(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def render_visible(self) -> None:
        """Render pages in view and one beyond on each side; forget images far out of view."""
        if self.pdf is None:
            return
        dpi = self.render_dpi()
        wanted = self.visible_range(extra=1)
        keep = self.visible_range(extra=3)
        for view in self.page_views:
            if view.index in wanted:
                if view.image is None or abs(view.image_dpi - dpi) > 0.5:
                    image = self.pdf.image(view.index, dpi)
                    image.setDevicePixelRatio(self.devicePixelRatioF())
                    view.image, view.image_dpi = image, dpi
                    view.update()
            elif view.index not in keep and view.image is not None:
                view.image, view.image_dpi = None, 0.0

    def forget_images(self) -> None:
        for view in self.page_views:
            view.image, view.image_dpi = None, 0.0

    def rendered_pages(self) -> list[int]:
        return [v.index for v in self.page_views if v.image is not None]

    # ---- events -------------------------------------------------------------------------------------------
    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and self.page_views:
            steps = event.angleDelta().y()
            if steps:
                self.zoom_in() if steps > 0 else self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fit_width:
            self._apply_zoom(self._fit_zoom())
        else:
            self.relayout(self.position())

    def _on_scrolled(self, *_args) -> None:
        self.schedule_render()
        current = self.current_page()
        if current != self._current:
            self._current = current
            self.current_page_changed.emit(current)

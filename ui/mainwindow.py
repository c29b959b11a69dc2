"""The main window: a navigation list of views and the actions that work on the current one."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (QApplication, QFileDialog, QHBoxLayout, QListWidget, QListWidgetItem, QMainWindow, QMessageBox,
                               QStackedWidget, QWidget)

from db import changes
from ui import actions as window_actions
from ui import settings
from ui.context import AppContext
from ui.dialogs.contact_dialog import ContactDialog
from ui.views.candidates import CandidatesView
from ui.views.companies import CompaniesView
from ui.views.contacts import ContactsView
from ui.views.entity_view import EntityView
from ui.services.match_service import MatchService
from ui.tasks import wait_for_idle
from ui.team_sync import TeamSync
from ui.views.followups import FollowUpsView
from ui.views.match import MatchView
from ui.views.needs import NeedsView
from ui.views.overview import OverviewView

VIEW_KEYS = ["companies", "contacts", "needs", "candidates", "match", "followups", "overview"]
NAV_FONT_PX, NAV_PADDING, NAV_MIN_WIDTH = 14, 8, 120  # the views' list on the left


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.match_service = MatchService(ctx, self)
        self.update_title()
        self.views: dict[str, QWidget] = {
            "companies": CompaniesView(ctx),
            "contacts": ContactsView(ctx),
            "needs": NeedsView(ctx),
            "candidates": CandidatesView(ctx),
            "match": MatchView(ctx, self.match_service),
            "followups": FollowUpsView(ctx),
            "overview": OverviewView(ctx),
        }
        names = [self.tr("Companies"), self.tr("Contacts"), self.tr("Needs"), self.tr("Candidates"), self.tr("Match"),
                 self.tr("My follow-ups"), self.tr("Overview")]
        self.nav = QListWidget()
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setStyleSheet(f"QListWidget {{ font-size: {NAV_FONT_PX}px; }} "
                               f"QListWidget::item {{ padding: {NAV_PADDING}px; }}")
        self.stack = QStackedWidget()
        for name, key in zip(names, VIEW_KEYS):
            self.nav.addItem(QListWidgetItem(name))
            self.stack.addWidget(self.views[key])
        # as wide as its longest name needs (font, padding, frame and a margin): every pixel left goes
        # to the lists, which are narrow on a 1024 px screen
        font = QFont(self.nav.font())
        font.setPixelSize(NAV_FONT_PX)
        widest = max(QFontMetrics(font).horizontalAdvance(name) for name in names)
        self.nav.setFixedWidth(max(NAV_MIN_WIDTH, widest + 2 * NAV_PADDING + 2 * self.nav.frameWidth() + 16))
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.currentRowChanged.connect(self._update_actions)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.actions_ = window_actions.build(self, names)
        self._wire()
        self.nav.setCurrentRow(0)
        self.statusBar().showMessage(self.tr("Working as %1").replace("%1", ctx.who))
        self.team = TeamSync(ctx, self)  # nothing new unless the store joined a team
        self.team.add_to_menu(self.menuBar().actions()[0].menu(),
                              before=self.actions_.open_store)
        self.resize(1400, 900)
        settings.restore_geometry(self, "main")

    def _wire(self) -> None:
        companies, needs, match = self.views["companies"], self.views["needs"], self.views["match"]
        self.views["followups"].open_company.connect(self.open_company)
        companies.open_need.connect(self.open_need)
        companies.new_need_for.connect(lambda cid: (self.show_view(2), needs.new_need_for(cid)))
        needs.match_need.connect(self.match_need)
        self.views["candidates"].match_candidate.connect(self.match_candidate)
        match.open_need.connect(self.open_need)
        match.open_candidate.connect(self.open_candidate)
        match.preview_requested.connect(self.preview_shortlist)
        needs.shortlist.preview_requested.connect(self.preview_shortlist)
        needs.open_candidate.connect(self.open_candidate)
        self.views["candidates"].open_need.connect(self.open_need)

    # -- navigation ------------------------------------------------------------------------------
    def show_view(self, index: int) -> None:
        self.nav.setCurrentRow(index)
        # Ctrl+1…6 must leave the keyboard somewhere in the view (the hidden view's field lost it): its
        # search line, or its table when it has none.
        view = self.current_view()
        target = getattr(view, "search", None) or getattr(view, "picker", None) or getattr(view, "table", None)
        if target is not None and not view.isAncestorOf(QApplication.focusWidget()):
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_view_key(self, key: str) -> QWidget:
        self.show_view(VIEW_KEYS.index(key))
        return self.views[key]

    def current_view(self) -> QWidget:
        return self.stack.currentWidget()

    def _entity_view(self) -> EntityView | None:
        view = self.current_view()
        return view if isinstance(view, EntityView) else None

    def _update_actions(self) -> None:
        editable = self._entity_view() is not None
        for action in (self.actions_.new, self.actions_.save, self.actions_.delete):
            action.setEnabled(editable)
        self.actions_.find.setEnabled(hasattr(self.current_view(), "focus_search"))
        self.update_day_actions()

    def _day_target(self, key: str):
        """The current view's button (or action) behind one of the day's menu actions, or None here."""
        view, v = self.current_view(), self.views
        panel = {id(v["needs"]): v["needs"].shortlist, id(v["match"]): v["match"].shortlist}.get(id(view))
        if key == "find":
            return view.find_button if view is v["needs"] or view is v["candidates"] else None
        if key in ("step", "pdf"):
            return None if panel is None else (panel.step_button if key == "step" else panel.pdf_button)
        if view is v["followups"]:
            return view.done_action if key == "done" else view.postpone_action
        return None

    def update_day_actions(self) -> None:
        """Enabled where they apply: the view shows them and its button is enabled (e.g. a row is chosen)."""
        for key, action in (self.actions_.day or {}).items():
            target = self._day_target(key)
            action.setEnabled(target is not None and target.isEnabled())

    def run_day_action(self, key: str) -> None:
        target = self._day_target(key)
        if target is not None and target.isEnabled():
            target.click() if hasattr(target, "click") else target.trigger()

    def open_company(self, company_id: int) -> None:
        self.show_view_key("companies").select(company_id)

    def open_need(self, need_id: int) -> None:
        self.show_view_key("needs").select(need_id)

    def open_candidate(self, candidate_id: int) -> None:
        self.show_view_key("candidates").select(candidate_id)

    def preview_shortlist(self, need_id: int) -> None:
        from ui.shortlist_actions import open_preview

        open_preview(self, self.ctx, self.match_service, need_id)

    def match_need(self, need_id: int) -> None:
        if need_id:
            match = self.show_view_key("match")
            match.show_need(need_id)
            match.focus_results()

    def match_candidate(self, candidate_id: int) -> None:
        if candidate_id:
            match = self.show_view_key("match")
            match.show_candidate(candidate_id)
            match.focus_results()

    # -- actions -------------------------------------------------------------------------------
    def new_record(self) -> None:
        if view := self._entity_view():
            view.new_record()

    def save_record(self) -> None:
        if view := self._entity_view():
            view.save()

    def delete_record(self) -> None:
        if view := self._entity_view():
            view.delete()

    def focus_search(self) -> None:
        """Ctrl+F: the current view's search line (in *Match* the line that picks the need or candidate)."""
        if hasattr(view := self.current_view(), "focus_search"):
            view.focus_search()

    def log_contact(self) -> None:
        if self.current_view() is self.views["followups"]:  # answer the selected follow-up (and close it)
            self.views["followups"].log_contact()
            return
        company_id = self.views["companies"].current_id
        if self.current_view() is not self.views["companies"] or company_id is None:
            QMessageBox.information(self, self.tr("Log contact"),
                                    self.tr("Choose a company in Companies first."))
            self.show_view(0)
            return
        ContactDialog(self.ctx, company_id, parent=self).exec()

    def choose_store(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open store"), self.ctx.path,
                                              self.tr("Jobbro store (*.sqlite *.db);;All files (*)"))
        if path:
            settings.put("store_path", path)
            QMessageBox.information(self, self.tr("Open store"),
                                    self.tr("Jobbro will use %1 from the next start.").replace("%1", path))

    def update_title(self) -> None:
        """The organisation's own name (a setting: "Jobcenter X", "Virksomhedsservice X") and the store."""
        organisation = (settings.get("job_centre_name") or "").strip()
        title = self.tr("Jobbro – %1").replace("%1", self.ctx.path)
        self.setWindowTitle(f"{organisation} · {title}" if organisation else title)

    def edit_settings(self) -> None:
        from ui.dialogs.settings_dialog import SettingsDialog

        if SettingsDialog(self).exec():
            self.statusBar().showMessage(self.tr("Working as %1").replace("%1", self.ctx.who))
            self.update_title()
            self.ctx.apply(changes.flag(changes.SETTINGS), self)

    def edit_reference(self) -> None:
        from ui.dialogs.reference_dialog import ReferenceDialog

        ReferenceDialog(self.ctx, self).exec()

    def import_esco(self) -> None:
        from ui.dialogs.esco_dialog import EscoDialog

        EscoDialog(self.ctx, self).exec()

    def import_file(self) -> None:
        from ui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx, self)  # it tells the kind from the file's headings
        dialog.exec()
        dialog.deleteLater()

    def export_view(self) -> None:
        from ui.export_view import export_view

        export_view(self, self.ctx, self.current_view())

    def review_retention(self) -> None:
        from ui.dialogs.retention_dialog import RetentionDialog

        dialog = RetentionDialog(self.ctx, self)
        dialog.exec()
        dialog.deleteLater()

    def about(self) -> None:
        from ui.dialogs.about_dialog import AboutDialog

        AboutDialog(self.ctx.path, self).exec()

    def closeEvent(self, event) -> None:
        for view in self.views.values():
            if isinstance(view, EntityView) and not view.leave_current():
                event.ignore()
                return
        settings.save_geometry(self, "main")
        self.match_service.shutdown()
        self.team.shutdown()
        self.views["overview"].shutdown()
        wait_for_idle()  # a PDF layout or a vocabulary index still being built
        super().closeEvent(event)

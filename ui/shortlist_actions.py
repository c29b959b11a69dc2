"""Opening a need's shortlist as PDF pages in the preview, from wherever the consultant asks for it."""

from __future__ import annotations

import datetime as dt
import io
import threading

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from db import companies, needs, read_audit
from reports.files import safe_file_name
from ui import labels
from ui.context import AppContext
from ui.errors import show_error
from ui.services.match_service import MatchService
from ui.services.shortlist_doc import ReportSettings, build_doc, candidate_ids, report_labels, write_pdf

_LAYOUT = threading.Lock()


def file_stem(db, need_id: int, today: dt.date | None = None) -> str:
    """e.g. "Kandidatliste – Lagermedarbejder – Firma ApS – 23-11-2026", safe as a file name everywhere."""
    need = needs.get(db, need_id)
    parts = [QCoreApplication.translate("ShortlistActions", "Shortlist"), need["title"],
             companies.get(db, need["company_id"])["name"], labels.date((today or dt.date.today()).isoformat())]
    return safe_file_name(" – ".join(p.strip() for p in parts if p and p.strip())).rstrip(" .–")


def open_preview(parent: QWidget, ctx: AppContext, service: MatchService, need_id: int) -> None:
    """The preview dialog of the need's shortlist (its saved list, else the top of the ranking)."""
    from ui.dialogs.shortlist_preview import ShortlistPreview

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        matcher = service.matcher or service.build_now()
        report, words = ReportSettings.from_settings(), report_labels()
        stem = file_stem(ctx.db, need_id)
    except Exception as exc:  # noqa: BLE001 - e.g. the need was deleted meanwhile: said, not crashed
        QApplication.restoreOverrideCursor()
        show_error(parent, exc)
        return
    QApplication.restoreOverrideCursor()

    shown: dict[str, list[int]] = {}  # the candidates in the PDF on screen, for the read audit

    def render(variant: str):
        # The document's data comes from the store and the matcher here, on the GUI thread; the layout,
        # the slow part (seconds for 200 candidates), runs on the thread pool from plain data.
        doc = build_doc(ctx.db, matcher, need_id, variant=variant, report=report, labels=words)
        shown["ids"] = candidate_ids(doc)

        def lay_out() -> tuple[bytes, list[str]]:
            buffer = io.BytesIO()
            with _LAYOUT:  # reportlab keeps global state (fonts): one layout at a time
                result = write_pdf(doc, buffer, words)
            return buffer.getvalue(), [w.message for w in result.warnings]

        return lay_out

    dialog = ShortlistPreview(render, stem, parent)
    # a PDF that leaves the screen (saved or printed) is a read of each person in it
    dialog.saved.connect(lambda _path: read_audit.record(ctx.db, who=ctx.who, kind="pdf", table="candidates",
                                                         ids=shown.get("ids", [])))
    dialog.printed.connect(lambda _pages: read_audit.record(ctx.db, who=ctx.who, kind="pdf", table="candidates",
                                                            ids=shown.get("ids", [])))
    dialog.exec()
    dialog.deleteLater()

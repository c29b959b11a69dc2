"""Export the current view, with its search, filters and sort, to CSV or Excel (off the GUI thread)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from db import exporting, read_audit
from reports import export
from ui.tasks import StoreWorker
from ui.context import AppContext
from ui.errors import show_error
from ui.i18n import translate

# A view's table -> the export kind (the contacts view lists logged contacts).
KINDS = {"companies": "companies", "contacts": "contact-log", "needs": "needs", "candidates": "candidates"}
# Default file names, Danish like the column headings the export writes.
FILE_NAMES = {"companies": "virksomheder", "contact-log": "kontakter", "needs": "behov", "candidates": "kandidater"}


def kind_of(view) -> str | None:
    return KINDS.get(getattr(view, "kind", ""))


class ViewExporter(QObject):
    """Writes the rows of `ids` (the view's current order) to a file; `finished` carries the row count."""

    finished = Signal(str, int)
    failed = Signal(object)

    def __init__(self, ctx: AppContext, kind: str, ids: list[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.kind, self.ids, self.who = kind, list(ids), ctx.who
        self.worker = StoreWorker(ctx.store, self)
        self.worker.done.connect(self._on_done)
        self.worker.failed.connect(self._on_failed)
        self.worker.cancelled.connect(self._on_cancelled)
        self.dialog: QProgressDialog | None = None
        self.path = ""

    def start(self, path: str, *, show_progress: bool = True) -> None:
        self.path = path
        kind, ids, who = self.kind, self.ids, self.who
        if show_progress and isinstance(self.parent(), QWidget):
            self.dialog = QProgressDialog(self.tr("Exporting %n row(s)…", "", len(ids)), self.tr("Cancel"), 0,
                                          max(len(ids), 1), self.parent())
            self.dialog.setWindowTitle(self.tr("Export view"))
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(500)
            self.dialog.canceled.connect(self.worker.cancel)
            self.worker.progress.connect(lambda done, _total, _stage: self.dialog.setValue(done))

        def job(db, progress, cancel):
            def report(done, total):
                cancel()
                progress(done, total)
            count = export.write(path, exporting.headers(kind), exporting.rows(db, kind, ids, report), sheet=kind)
            if table := exporting.person_table(kind):  # exporting a person's record is a read of it (PRIVACY.md)
                read_audit.record(db, who=who, kind="export", table=table, ids=ids)
            return count

        self.worker.submit(job)

    def _close(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
        self.worker.shutdown()

    def _on_done(self, count: int) -> None:
        self._close()
        self.finished.emit(self.path, count)

    def _on_failed(self, exc) -> None:
        self._close()
        self.failed.emit(exc)

    def _on_cancelled(self) -> None:
        self._close()


def export_view(parent: QWidget, ctx: AppContext, view) -> ViewExporter | None:
    """Ask where to write the view's rows, then write them; None when there is nothing to do."""
    kind = kind_of(view)
    if kind is None:
        QMessageBox.information(parent, translate("ExportView", "Export view"), translate(
            "ExportView", "This view cannot be exported. Choose companies, contacts, needs or candidates."))
        return None
    ids = view.model.ids()
    name = f"{FILE_NAMES[kind]}-{dt.date.today().isoformat()}.xlsx"
    path, chosen = QFileDialog.getSaveFileName(
        parent, translate("ExportView", "Export view"), str(Path.home() / name),
        translate("ExportView", "Excel workbook (*.xlsx);;CSV for Excel, semicolon-separated (*.csv)"))
    if not path:
        return None
    if Path(path).suffix.lower() not in (".xlsx", ".csv"):
        path += ".csv" if "*.csv" in chosen else ".xlsx"
    exporter = ViewExporter(ctx, kind, ids, parent)
    exporter.finished.connect(lambda where, count: _report(parent, where, count))
    exporter.failed.connect(lambda exc: show_error(parent, exc))
    exporter.finished.connect(exporter.deleteLater)
    exporter.failed.connect(exporter.deleteLater)
    exporter.start(path)
    return exporter


def _report(parent: QWidget, path: str, count: int) -> None:
    # one message per plural form: pyside6-lupdate does not extract a plural translate() call
    text = (translate("ExportView", "Exported 1 row to %1.") if count == 1 else
            translate("ExportView", "Exported %2 rows to %1.").replace("%2", str(count))).replace("%1", path)
    status = getattr(parent, "statusBar", None)
    if callable(status):
        status().showMessage(text, 10000)
    else:
        QMessageBox.information(parent, translate("ExportView", "Export view"), text)

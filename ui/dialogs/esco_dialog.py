"""Importing ESCO: choose the official files, watch the progress, cancel; the work runs on a StoreWorker."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QListWidget,
                               QProgressBar, QPushButton, QVBoxLayout)

from db.importing.esco import EscoCounts, import_esco
from db.importing.files import ImportProblem
from ui.errors import show_error
from ui.i18n import translate
from ui.tasks import StoreWorker

READ_SHARE = 50  # percent of the bar for reading the files; the rest is writing


class EscoDialog(QDialog):
    """Files or folders of the ESCO CSV download in, occupations and skills with their relations out."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.worker: StoreWorker | None = None
        self.setWindowTitle(self.tr("Import ESCO"))
        self.resize(620, 380)
        intro = QLabel(self.tr("Choose the ESCO CSV download as the EU publishes it: zip files or folders, in one "
                               "or more languages. Importing again, or a newer version, updates in place."))
        intro.setWordWrap(True)
        self.paths = QListWidget()
        add_files = QPushButton(self.tr("Add files…"))
        add_folder = QPushButton(self.tr("Add folder…"))
        remove = QPushButton(self.tr("Remove"))
        add_files.clicked.connect(self._choose_files)
        add_folder.clicked.connect(self._choose_folder)
        remove.clicked.connect(lambda: [self.paths.takeItem(self.paths.row(i)) for i in self.paths.selectedItems()])
        row = QHBoxLayout()
        for button in (add_files, add_folder, remove):
            row.addWidget(button)
        row.addStretch(1)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        for widget in (intro, self.paths):
            layout.addWidget(widget)
        layout.addLayout(row)
        for widget in (self.bar, self.status, self.buttons):
            layout.addWidget(widget)

    # -- choosing ----------------------------------------------------------------------------
    def add_path(self, path: str) -> None:
        if path and not self.paths.findItems(path, Qt.MatchFlag.MatchExactly):
            self.paths.addItem(path)

    def _choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("ESCO files"), "",
                                                self.tr("ESCO download (*.zip *.csv);;All files (*)"))
        for path in files:
            self.add_path(path)

    def _choose_folder(self) -> None:
        self.add_path(QFileDialog.getExistingDirectory(self, self.tr("ESCO folder")))

    def chosen(self) -> list[str]:
        return [self.paths.item(i).text() for i in range(self.paths.count())]

    # -- running -----------------------------------------------------------------------------
    def running(self) -> bool:
        return self.worker is not None and self.worker.busy

    def start(self) -> None:
        if self.running():
            return
        if not self.chosen():
            self.status.setText(self.tr("Add the ESCO files or folders to import first."))
            return
        self.import_button.setEnabled(False)
        self.bar.setValue(0)
        self.status.setText(self.tr("Reading the files…"))
        if self.worker is None:  # one worker (and thread) per import, ended when the import ends
            self.worker = StoreWorker(self.ctx.store, self)
            self.worker.progress.connect(self._progress)
            self.worker.done.connect(self._finished)
            self.worker.failed.connect(self._failed)
            self.worker.cancelled.connect(self._cancelled)
        paths, who, stopped = self.chosen(), self.ctx.who, self.worker.stopped
        self.worker.submit(lambda db, progress, _cancel: import_esco(db, paths, who=who, progress=progress,
                                                                     cancelled=stopped))

    def cancel(self) -> None:
        if self.running():
            self.worker.cancel()
            self.status.setText(self.tr("Cancelling…"))
        else:
            self.reject()

    def _progress(self, done: int, total: int, stage: str) -> None:
        share = done / total if total else 1.0
        value = share * READ_SHARE if stage == "read" else READ_SHARE + share * (100 - READ_SHARE)
        self.bar.setValue(int(value))
        self.status.setText(self._stage_text(stage))

    def _stage_text(self, stage: str) -> str:
        return {"read": self.tr("Reading the files…"), "isco": self.tr("Writing ISCO-08 groups…"),
                "occupations": self.tr("Writing occupations…"), "skills": self.tr("Writing skills…"),
                "relations": self.tr("Writing occupation–skill relations…"), "done": self.tr("Done")}.get(stage, "")

    def _end_worker(self) -> None:
        if self.worker is not None:
            self.worker.shutdown()
            self.worker.deleteLater()
            self.worker = None

    def _finished(self, counts: EscoCounts) -> None:
        self._end_worker()
        self.bar.setValue(100)
        self.ctx.apply(counts.changes, self)
        self.status.setText(self.tr("Imported %1 occupations, %2 skills, %3 occupation–skill relations and %4 "
                                    "ISCO-08 groups.")
                            .replace("%1", str(counts.occupations_added + counts.occupations_updated))
                            .replace("%2", str(counts.skills_added + counts.skills_updated))
                            .replace("%3", str(counts.relations)).replace("%4", str(counts.isco_groups))
                            + " " + self.tr("Linked with ESCO: %1 of our occupations and %2 of our skills; "
                                            "not linked: %3 occupations and %4 skills.")
                            .replace("%1", str(counts.own_occupations_linked))
                            .replace("%2", str(counts.own_skills_linked))
                            .replace("%3", str(len(counts.unlinked_occupations)))
                            .replace("%4", str(len(counts.unlinked_skills))))
        self._done()

    def _failed(self, exc: BaseException) -> None:
        self._end_worker()
        self.bar.setValue(0)
        if isinstance(exc, ImportProblem):
            self.status.setText(translate("ImportProblem", exc.message).format(**exc.params))
        else:
            self.status.setText(self.tr("The import failed; nothing was changed."))
            show_error(self, exc, self.tr("Import ESCO"))
        self.import_button.setEnabled(True)

    def _cancelled(self) -> None:
        self._end_worker()
        self.bar.setValue(0)
        self.status.setText(self.tr("Import cancelled; nothing was changed."))
        self.import_button.setEnabled(True)

    def _done(self) -> None:
        self.import_button.hide()
        self.cancel_button.setText(self.tr("Close"))

    def done(self, result: int) -> None:
        # closing while the import runs: cancel it and wait, so no thread outlives the dialog
        self._end_worker()
        super().done(result)

"""Writing the note on one shortlist entry."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

from db import shortlists
from ui import labels
from ui.context import AppContext
from ui.operations import perform
from ui.widgets.fields import TextArea
from ui.widgets.form import Form


class NoteDialog(QDialog):
    """Write or change the note on one shortlist entry (several lines)."""

    def __init__(self, ctx: AppContext, entry: dict, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.entry = entry
        self.setWindowTitle(self.tr("Note on %1").replace("%1", labels.candidate_name(entry["candidate_name"])))
        self.form = Form()
        self.form.add("note", self.tr("Note"), TextArea(self.tr("e.g. can start at short notice; prefers day shifts")))
        self.form.fields["note"].edit.setMinimumHeight(140)
        self.form.set_values({"note": entry.get("note")})
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.resize(460, 280)
        self.form.fields["note"].edit.setFocus()

    def save(self) -> None:
        note = self.form.values()["note"] or None
        if not self.form.cpr_acknowledged({"note": note}):
            return
        if perform(self, self.ctx, lambda: shortlists.set_note(self.ctx.db, self.entry["id"], note, who=self.ctx.who),
                   on_invalid=self.form.show_errors) is not None:
            self.accept()

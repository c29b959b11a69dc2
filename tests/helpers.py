"""Small helpers the tests of several layers share: store snapshots, spreadsheet files, PDF text, modal dialogs."""

from __future__ import annotations

import csv
import re
from pathlib import Path

# Valid CVR numbers (weights 2,7,6,5,4,3,2,1; sum divisible by 11).
CVR_A, CVR_B, CVR_C = "13748136", "29189846", "28675658"
BAD_CVR = "24256791"  # the check digit is wrong (DOMAIN.md)


# ---- the store ----------------------------------------------------------------------------------------------
def count(db, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def snapshot(db) -> dict[str, list]:
    """Every row of every table, so a test can say the store is exactly as it was."""
    tables = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {t: db.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables if "_fts" not in t}


# ---- files a spreadsheet writes -----------------------------------------------------------------------------
def write_csv(path: Path, rows: list[list], *, delimiter: str = ";", encoding: str = "utf-8-sig") -> Path:
    with open(path, "w", encoding=encoding, newline="") as fh:
        csv.writer(fh, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


# ---- PDFs -----------------------------------------------------------------------------------------------------
def squash(text: str) -> str:
    """Text without whitespace, so line wrapping in a PDF cannot hide a match."""
    return re.sub(r"\s+", "", text)


def pdf_text(path) -> tuple[str, int]:
    """All page text of a PDF file, squashed, and its number of pages."""
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    return squash("".join(page.extract_text() or "" for page in reader.pages)), len(reader.pages)


# ---- widgets --------------------------------------------------------------------------------------------------
def type_into(qtbot, field, text: str) -> None:
    """Clear a form field's editor and type into it, key by key."""
    editor = getattr(field, "edit", None) or field.editor()
    editor.clear()
    qtbot.keyClicks(editor, text)


def when_modal(callback, tries: int = 200) -> list:
    """Run callback(dialog) once a modal dialog is up (its exec() blocks the test until then).

    Returns a list that holds the dialog once the callback ran, so a test can say the dialog opened.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen = []

    def poll(left=tries):
        dialog = QApplication.activeModalWidget()
        if dialog is None and left:
            QTimer.singleShot(10, lambda: poll(left - 1))
            return
        seen.append(dialog)
        try:
            callback(dialog)
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.reject()  # never leave a modal dialog blocking the test run
    QTimer.singleShot(0, poll)
    return seen


# ---- translations ---------------------------------------------------------------------------------------------
I18N = Path(__file__).resolve().parents[1] / "resources" / "i18n"


def shipped_catalogue(lang: str = "da") -> dict[str, dict[str, str | list[str]]]:
    """The catalogue the app ships (resources/i18n/jobbro_<lang>.ts) as {context: {source: translation}}.

    Unfinished, obsolete and vanished messages are left out (they do not reach the user); a plural message
    gives the list of its forms.
    """
    import xml.etree.ElementTree as ET

    out: dict[str, dict[str, str | list[str]]] = {}
    for context in ET.parse(I18N / f"jobbro_{lang}.ts").getroot().iter("context"):
        messages = out.setdefault(context.findtext("name"), {})
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            messages[message.findtext("source")] = forms if message.get("numerus") == "yes" else (translation.text or "")
    return out


# ---- rankings -------------------------------------------------------------------------------------------------
def rankings(matcher, today) -> dict:
    """Every ranking of an index both ways, with exclusions, as plain comparable data."""
    from matching.model import RankFilter

    filters = RankFilter(include_excluded=True, excluded_limit=1000)
    out = {}
    for need_id in sorted(matcher.index.need_row):
        r = matcher.rank_candidates(need_id, top=1000, filters=filters, today=today)
        out[("need", need_id)] = [(m.candidate_id, round(m.score, 9), m.excluded, [x.render() for x in m.reasons])
                                  for m in r.matches + r.excluded]
    for cand_id in sorted(matcher.index.cand_row):
        r = matcher.rank_needs(cand_id, top=1000, filters=filters, today=today)
        out[("candidate", cand_id)] = [(m.need_id, round(m.score, 9), m.excluded) for m in r.matches + r.excluded]
    return out


def close_main_window(win) -> None:
    """Close a test's main window with nothing left unsaved (no "save changes?" question)."""
    for view in win.views.values():
        if hasattr(view, "form"):
            view.form.dirty = False
    win.close()
    win.deleteLater()


def focus(qtbot, edit) -> None:
    """Give a field the keyboard focus, as a click or Tab would, and wait until it has it."""
    edit.window().activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)


def offered(field) -> list[str]:
    """What a vocabulary field's type-ahead offers now, in its order."""
    model = field.type_ahead.model
    return [model.item(i).text() for i in range(model.rowCount())]


def new_need_form(qtbot, ctx, store, company_name: str):
    """The needs view, shown, with a new need of a new company in its form."""
    from db import records
    from ui.views.needs import NeedsView

    company = records.insert(store, "companies", {"name": company_name}, who="test")
    view = NeedsView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.new_record(ask=False, preset={"company_id": company})
    return view

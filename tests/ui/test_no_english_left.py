"""The Danish UI has no English left: every visible text of the main window, each view and its tabs, is
checked against the English source catalogue (an English source shown as it is) and against words only
English uses (a text that never reached the catalogue, as "of 100 points" once did)."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QTableView, QTabWidget,
                               QTextEdit, QWidget)

from tests.helpers import shipped_catalogue

WORD = re.compile(r"[A-Za-zÆØÅæøå]+")
# Words that are English and never Danish (a Danish text may have "By", "form" or "installation"; key names
# such as "Delete" are as Qt names them).
ENGLISH = {"the", "of", "points", "with", "from", "your", "this", "that", "which", "search", "show", "choose",
           "save", "none", "new", "open", "click", "select", "please", "candidate", "candidates", "company",
           "need", "needs", "contact", "follow", "skills", "hours", "week", "date", "name", "phone", "address",
           "add", "remove", "edit", "cancel", "close", "back", "next", "page", "print"}  # not "zoom": Danish zooms too


def untranslated_sources() -> set[str]:
    """Sources of two words or more whose Danish differs (a one-word source such as "By" may be Danish too)."""
    return {text for messages in shipped_catalogue("da").values() for text, translation in messages.items()
            if isinstance(translation, str) and translation and translation != text and len(WORD.findall(text)) > 1}


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    out = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root):
            continue
        name = type(widget).__name__
        if isinstance(widget, QLabel):
            out.append((name, re.sub(r"<[^>]+>", " ", widget.text())))
        elif isinstance(widget, QAbstractButton):
            out.append((name, widget.text()))
        elif isinstance(widget, QTextEdit):
            out.append((name, widget.toPlainText()))
        elif isinstance(widget, QGroupBox):
            out.append((name, widget.title()))
        elif isinstance(widget, QLineEdit):
            out.append((name + " placeholder", widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            out += [(name + " item", widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            out += [(name + " tab", widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            out += [(name + " header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                    for c in range(model.columnCount(QModelIndex()))]
        if widget.toolTip():
            out.append((name + " tooltip", re.sub(r"<[^>]+>", " ", widget.toolTip())))
    return [(where, text.replace("&", "").strip()) for where, text in out if text and text.strip()]


def english_in(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    sources, words = untranslated_sources(), ENGLISH
    return [(where, text) for where, text in texts
            if text in sources or any(w.lower() in words for w in WORD.findall(text))]


def test_no_visible_english_in_the_danish_main_window(qtbot, main_window, jobcentre):
    need = jobcentre.add_need(title="Lagermedarbejder", occupation="forklift_driver", essential=["forklift"])
    jobcentre.add_candidate(name="Anna Bedst", occupations=["forklift_driver"], skills=["forklift"])
    main_window.match_service.build_now()
    main_window.views["match"].show_need(need)  # an explanation to read, with its parts and reasons
    found = []
    for key in main_window.views:
        view = main_window.show_view_key(key)
        tabs = view.findChildren(QTabWidget)
        for tab in tabs:  # every tab of the view, not only the first
            for i in range(tab.count()):
                tab.setCurrentIndex(i)
                found += [(key, *hit) for hit in english_in(visible_texts(main_window))]
        found += [(key, *hit) for hit in english_in(visible_texts(main_window))]
    assert not sorted(set(found)), "\n".join(f"{k}: {w}: {t!r}" for k, w, t in sorted(set(found)))

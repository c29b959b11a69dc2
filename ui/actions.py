"""The main window's actions, menus and toolbar, declared in one place."""

from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStyle, QToolBar


@dataclass
class Actions:
    new: QAction
    save: QAction
    delete: QAction
    find: QAction
    log_contact: QAction
    open_store: QAction
    settings: QAction
    reference: QAction
    import_esco: QAction
    import_file: QAction
    export_view: QAction
    quit: QAction
    about: QAction
    views: list[QAction]
    retention: QAction | None = None
    day: dict[str, QAction] | None = None  # the day's actions of the views, by DAY_KEYS


# The day's actions that belong to a view (its buttons own the shortcuts, active where the view shows): the
# menu names them with their keys and runs the current view's button, enabled only where it applies.
DAY_KEYS = {"find": "Ctrl+M", "step": "Ctrl+Shift+N", "pdf": "Ctrl+P", "done": "Ctrl+D", "postpone": "Ctrl+U"}


def _day_action(window, key: str, text: str, tip: str) -> QAction:
    """An action whose menu entry shows the view's key without registering it a second time (an
    ambiguous shortcut would do nothing)."""
    shown = QKeySequence(DAY_KEYS[key]).toString(QKeySequence.SequenceFormat.NativeText)
    action = QAction(f"{text}\t{shown}", window)
    action.setToolTip(f"{tip} ({shown})")
    action.setStatusTip(action.toolTip())
    action.triggered.connect(lambda _=False: window.run_day_action(key))
    return action


def _action(window: QMainWindow, text: str, slot: Callable, shortcut=None, icon=None, tip: str = "") -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if icon is not None:
        action.setIcon(window.style().standardIcon(icon))
    action.setToolTip(tip or text.replace("&", "").replace("…", ""))
    action.setStatusTip(action.toolTip())
    action.triggered.connect(slot)
    return action


def build(window, view_names: list[str]) -> Actions:
    """Create the actions with their shortcuts and put them in the menu bar and toolbar."""
    sp = QStyle.StandardPixmap
    actions = Actions(
        new=_action(window, QCoreApplication.translate("MainWindow", "&New"), window.new_record, QKeySequence.StandardKey.New, sp.SP_FileIcon,
                    QCoreApplication.translate("MainWindow", "New record in the current view (Ctrl+N)")),
        save=_action(window, QCoreApplication.translate("MainWindow", "&Save"), window.save_record, QKeySequence.StandardKey.Save,
                     sp.SP_DialogSaveButton, QCoreApplication.translate("MainWindow", "Save the record (Ctrl+S)")),
        delete=_action(window, QCoreApplication.translate("MainWindow", "&Delete…"), window.delete_record, QKeySequence.StandardKey.Delete,
                       sp.SP_TrashIcon, QCoreApplication.translate("MainWindow", "Delete the record (Del)")),
        find=_action(window, QCoreApplication.translate("MainWindow", "&Find"), window.focus_search, QKeySequence.StandardKey.Find,
                     sp.SP_FileDialogContentsView, QCoreApplication.translate("MainWindow", "Search in the current view (Ctrl+F)")),
        log_contact=_action(window, QCoreApplication.translate("MainWindow", "&Log contact…"), window.log_contact, "Ctrl+L",
                            sp.SP_MessageBoxInformation, QCoreApplication.translate("MainWindow", "Log a contact with the selected company (Ctrl+L)")),
        open_store=_action(window, QCoreApplication.translate("MainWindow", "&Open store…"), window.choose_store, QKeySequence.StandardKey.Open),
        settings=_action(window, QCoreApplication.translate("MainWindow", "S&ettings…"), window.edit_settings, "Ctrl+,"),
        reference=_action(window, QCoreApplication.translate("MainWindow", "&Reference lists…"), window.edit_reference),
        import_esco=_action(window, QCoreApplication.translate("MainWindow", "Import &ESCO…"), window.import_esco),
        import_file=_action(window, QCoreApplication.translate("MainWindow", "&Import…"), window.import_file, "Ctrl+I",
                            tip=QCoreApplication.translate("MainWindow", "Import companies, contact persons, candidates, needs or contacts from CSV or Excel (Ctrl+I)")),
        export_view=_action(window, QCoreApplication.translate("MainWindow", "&Export view…"), window.export_view, "Ctrl+E",
                            tip=QCoreApplication.translate("MainWindow", "Export the rows of the current view, as filtered and sorted, to CSV or Excel (Ctrl+E)")),
        quit=_action(window, QCoreApplication.translate("MainWindow", "&Quit"), window.close, QKeySequence.StandardKey.Quit),
        about=_action(window, QCoreApplication.translate("MainWindow", "&About Jobbro"), window.about),
        views=[_action(window, name, lambda _=False, i=i: window.show_view(i), f"Ctrl+{i + 1}")
               for i, name in enumerate(view_names)],
    )
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    for action in (actions.new, actions.save, actions.delete):
        file_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(actions.open_store)
    file_menu.addAction(actions.settings)
    file_menu.addSeparator()
    file_menu.addAction(actions.import_file)
    file_menu.addAction(actions.export_view)
    actions.retention = _action(window, QCoreApplication.translate("MainWindow", "&To be erased…"), window.review_retention,
                                tip=QCoreApplication.translate("MainWindow", "People the retention rules select for erasure, to erase or keep"))
    file_menu.addAction(actions.retention)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    edit_menu.addAction(actions.find)
    edit_menu.addAction(actions.log_contact)
    edit_menu.addAction(actions.reference)
    edit_menu.addAction(actions.import_esco)
    actions.day = {
        "find": _day_action(window, "find", QCoreApplication.translate("MainWindow", "Find &candidates or jobs"),
                            QCoreApplication.translate("MainWindow", "Rank the candidates for the need, or the jobs for the candidate, shown")),
        "step": _day_action(window, "step", QCoreApplication.translate("MainWindow", "&Next step on the shortlist…"),
                            QCoreApplication.translate("MainWindow", "Sent to the company, interview, hired, rejection or withdrawn")),
        "pdf": _day_action(window, "pdf", QCoreApplication.translate("MainWindow", "Show shortlist &PDF…"),
                           QCoreApplication.translate("MainWindow", "Preview, save and print the shortlist")),
        "done": _day_action(window, "done", QCoreApplication.translate("MainWindow", "Mark follow-up &done"),
                            QCoreApplication.translate("MainWindow", "Mark the selected follow-up as done")),
        "postpone": _day_action(window, "postpone", QCoreApplication.translate("MainWindow", "&Postpone follow-up…"),
                                QCoreApplication.translate("MainWindow", "Move the selected follow-up to another day")),
    }
    work_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Work"))
    for key in ("find", "step", "pdf"):
        work_menu.addAction(actions.day[key])
    work_menu.addSeparator()
    work_menu.addAction(actions.log_contact)
    work_menu.addAction(actions.day["done"])
    work_menu.addAction(actions.day["postpone"])
    work_menu.aboutToShow.connect(window.update_day_actions)
    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    for action in actions.views:
        view_menu.addAction(action)
    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(actions.about)
    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"))
    toolbar.setObjectName("main_toolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action in (actions.new, actions.save, actions.delete, None, actions.find, actions.log_contact):
        toolbar.addSeparator() if action is None else toolbar.addAction(action)
    window.addToolBar(toolbar)
    return actions

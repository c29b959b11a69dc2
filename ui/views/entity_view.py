"""The shared shape of the record views: search, filters and a lazy table beside a detail form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QScrollArea, QSplitter, QTableView, QVBoxLayout, QWidget)

from db import listing as db_listing
from db.changes import REFERENCE, Changes
from db.errors import NotFound
from ui.context import AppContext
from ui.dialogs import confirm
from ui.errors import show_error
from ui.models.table_model import Column, LazyTableModel
from ui.operations import perform
from ui.widgets.keys import SearchKeys


class EntityView(QWidget):
    """Subclasses give the listing, columns, filters and form, and the store calls behind them."""

    title = ""
    kind = ""  # the db.changes kind of the records shown
    detail_width = 560  # the detail side's share of the default 1340 px (tabs must fit their labels)
    listing = None
    selected = Signal(int)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.current_id: int | None = None
        self._blank_who: str | None = None
        self.model = LazyTableModel(ctx.db, self.listing, self.columns(), self)
        self.filters: dict[str, QComboBox] = {}
        self._loaded = False
        self._build()
        self.new_record(ask=False)
        ctx.changes.connect(self._on_changes)

    # -- to override --------------------------------------------------------------------------
    def columns(self) -> list[Column]:
        return []

    def filter_specs(self) -> list[tuple[str, str, list[tuple[object, str]]]]:
        """(filter key, label, [(value, text)]) for each filter combo."""
        return []

    def build_form(self):
        raise TypeError("subclass must build its form")

    def load(self, record_id: int) -> dict:
        return {}

    def blank(self) -> dict:
        return {}

    def write(self, record_id: int | None, values: dict) -> Changes:
        raise TypeError("subclass must write its records")

    def remove(self, record_id: int) -> Changes:
        raise TypeError("subclass must remove its records")

    def describe(self, record: dict) -> str:
        return str(record.get("name") or record.get("title") or "")

    def reference_choices(self) -> dict[str, list[tuple[object, str]]]:
        """Form fields whose options come from the editable reference lists: field key -> options."""
        return {}

    def detail_extras(self) -> QWidget | None:
        return None

    def field_aliases(self) -> dict[str, str]:
        return {}

    def default_filters(self) -> dict:
        """Filter key -> value each filter combo starts with (the user can change it)."""
        return {}

    def extra_filters(self) -> dict:
        """Filters the view applies besides its combos (e.g. one company's needs)."""
        return {}

    def extra_buttons(self) -> list[QWidget]:
        """Widgets shown before Delete below the form (built after the form and detail_extras)."""
        return []

    # -- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        bar.addWidget(self.search, 2)
        for key, label, options in self.filter_specs():
            combo = QComboBox()
            combo.addItem(self.tr("All: %1").replace("%1", label), None)
            for value, text in options:
                combo.addItem(text, value)
            combo.currentIndexChanged.connect(self._on_filter)
            combo.setToolTip(label)
            # Long option names (a target group, a municipality) must not widen the window past 1024 px.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            self.filters[key] = combo
            bar.addWidget(combo, 1)
        for key, value in self.default_filters().items():
            combo = self.filters[key]
            combo.blockSignals(True)  # the first load (when the view is shown) uses it; no query now
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        self.model.set_query(filters=self.current_filters(), refresh=False)
        self.count_label = QLabel()
        bar.addWidget(self.count_label)
        layout.addLayout(bar)
        self.filter_bar = bar
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_table())
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([1340 - self.detail_width, self.detail_width])
        layout.addWidget(splitter, 1)
        self.keys = SearchKeys(self.search, self.table, lambda row: self.focus_form())

    def _build_table(self) -> QTableView:
        self.table = QTableView()
        self.table.setModel(self.model)
        # No sort indicator at first: the listing's own order (e.g. newest contact first) applies.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(130)
        header.setResizeContentsPrecision(100)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        return self.table

    def _build_detail(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(6, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.form = self.build_form()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)
        # The form scrolls down but never sideways: on a narrow (1024 px) screen the table gives way
        # instead of the form's fields being cut off at the right.
        scroll.setMinimumWidth(self.form.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
                               + 2 * scroll.frameWidth())
        extras = self.detail_extras()
        if extras is not None:
            extras.insertTab(0, scroll, self.tr("Details"))
            # Every tab label whole, no scroll arrows: the detail side keeps the width its tabs need.
            extras.setUsesScrollButtons(False)
            extras.setCurrentIndex(0)
            layout.addWidget(extras, 1)
        else:
            layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.new_button.clicked.connect(lambda: self.new_record())
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        for widget in self.extra_buttons():
            buttons.addWidget(widget)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        return panel

    def showEvent(self, event) -> None:
        # Only the view the user opens queries its rows, so start-up stays fast on big stores.
        self.ensure_loaded()
        super().showEvent(event)

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.model.refresh()
            self._update_count()
            self.fit_columns()

    def fit_columns(self, cap: int = 240) -> None:
        """Size columns to the first rows' contents, within reason, so nothing important is cut."""
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(max(self.table.columnWidth(column), 70), cap))

    # -- behaviour ----------------------------------------------------------------------------
    def _on_search(self, text: str) -> None:
        self._loaded = True
        self.model.set_query(text=text)
        self._update_count()

    def current_filters(self) -> dict:
        return {**{k: c.currentData() for k, c in self.filters.items()}, **self.extra_filters()}

    def _on_filter(self) -> None:
        self._loaded = True
        self.model.set_query(filters=self.current_filters())
        self._update_count()

    def set_filter(self, key: str, value) -> None:
        combo = self.filters[key]
        combo.setCurrentIndex(max(combo.findData(value), 0))

    def _update_count(self) -> None:
        # pyside6-lupdate extracts neither a plural QCoreApplication.translate nor self.tr in an inherited
        # method under the right context: one message per form (Danish and English both have two).
        n = self.model.rowCount()
        text = QCoreApplication.translate("EntityView", "1 row") if n == 1 else \
            QCoreApplication.translate("EntityView", "%1 rows").replace("%1", f"{n:,}".replace(",", "."))
        self.count_label.setText(text)

    def _on_row(self, current, previous) -> None:
        record_id = self.model.id_at(current.row()) if current.isValid() else None
        if record_id is None or record_id == self.current_id:
            return
        if not self.leave_current():
            self.table.selectionModel().blockSignals(True)
            self._select_row(self.model.row_of(self.current_id) if self.current_id else -1)
            self.table.selectionModel().blockSignals(False)
            return
        self.show_record(record_id)

    def leave_current(self) -> bool:
        """Ask what to do with unsaved changes; False means stay."""
        if not self.form.dirty:
            return True
        answer = confirm.save_discard_cancel(self, self.tr("Unsaved changes"),
                                             self.tr("Save the changes to the current record first?"))
        if answer == "save":
            return self.save()
        return answer == "discard"

    def show_record(self, record_id: int) -> None:
        try:
            record = self.load(record_id)
        except NotFound as exc:
            show_error(self, exc)
            self.model.refresh()
            return
        self.current_id = record_id
        self.form.set_values(record)
        self._set_heading(self.describe(record))
        self.delete_button.setEnabled(True)
        self.selected.emit(record_id)

    def new_record(self, ask: bool = True, preset: dict | None = None) -> None:
        if ask and not self.leave_current():
            return
        self.current_id = None
        self.table.clearSelection()
        self._blank_who = self.ctx.who  # the name filled in now; see save()
        self.form.set_values({**self.blank(), **(preset or {})})
        self._set_heading(self.tr("New record"))
        self.delete_button.setEnabled(False)
        self.selected.emit(0)
        first = next(iter(self.form.fields.values()), None)
        if first is not None and first.editor() is not None:
            first.editor().setFocus()

    def save(self) -> bool:
        current, values = self.current_id, self.form.values()
        if current is None and values.get("consultant") and values["consultant"] == self._blank_who:
            # the name filled in when the form was opened, untouched: the consultant's name as it is now
            # (it may have been changed in Settings meanwhile)
            values["consultant"] = self.ctx.who
        if not self.form.cpr_acknowledged(values):
            return False
        changes = perform(self, self.ctx, lambda: self.write(current, values), initiator=self,
                          on_invalid=self._refused)
        if changes is None:
            return False
        self.form.dirty = False
        self.select(changes.id if changes.id is not None else current)
        return True

    def _refused(self, exc) -> None:
        """The heading says the record was not saved; the form marks, reveals and focuses what was wrong."""
        name = self.heading.property("record_name") or self.heading.text()
        self.heading.setProperty("record_name", name)
        self.heading.setText(self.tr("%1 (not saved)").replace("%1", name))
        self.form.show_errors(exc, self.field_aliases())

    def _set_heading(self, text: str) -> None:
        self.heading.setProperty("record_name", None)
        self.heading.setText(text)

    def delete(self) -> None:
        if self.current_id is None:
            return
        name = self.heading.property("record_name") or self.heading.text()
        if not confirm.ask(self, self.tr("Delete"), self.tr("Delete \"%1\"? This cannot be undone.").replace("%1", name)):
            return
        current = self.current_id
        if perform(self, self.ctx, lambda: self.remove(current), initiator=self) is None:
            return
        self.form.dirty = False
        self.model.refresh()
        self._update_count()
        self.new_record(ask=False)

    def select(self, record_id: int) -> None:
        """Show a record and select its row (refreshing the table so a new record is there)."""
        self._loaded = True
        self.model.refresh()
        self._update_count()
        self.show_record(record_id)
        self._select_row(self.model.row_of(record_id))

    def _select_row(self, row: int) -> None:
        if row < 0:
            self.table.clearSelection()
            return
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(self.model.index(row, 0))

    def refresh_choices(self) -> None:
        """Reload choices the form offers from the store (e.g. a company created in another view)."""

    def saved_current_id(self) -> int | None:
        """The shown record's id once its unsaved edits are saved or dropped (None: new, or the user stays)."""
        if self.current_id is None:
            return None
        if self.form.dirty:
            if not self.leave_current():
                return None
            if self.form.dirty:  # changes discarded: show what is stored
                self.form.dirty = False
                self.show_record(self.current_id)
        return self.current_id

    def _take_stored_status(self, record_id: int) -> None:
        """Another writer (a shortlist step) changed the shown record's status while the form has unsaved
        edits: take the stored status into the form so saving the edits does not undo it."""
        field = self.form.fields.get("status")
        if field is None:
            return
        try:
            stored = self.load(record_id)["status"]
        except NotFound:  # deleted meanwhile; the save will say so
            return
        field.blockSignals(True)
        field.set_value(stored)
        field.blockSignals(False)

    def _on_changes(self, changes: Changes, initiator: object) -> None:
        if initiator is self:  # our own save or delete: it showed its result already
            return
        if self.form.dirty and changes.affects(self.kind, self.current_id):
            self._take_stored_status(self.current_id)
        if changes.flagged(REFERENCE):
            for key, options in self.reference_choices().items():
                self.form.fields[key].set_options(options)
        if not changes.concerns(self.depends_on()):
            return
        self.refresh_choices()
        if self._loaded and not self.form.dirty:
            keep = self.current_id
            self.model.refresh()
            self._update_count()
            if keep is not None and self.model.row_of(keep) >= 0:
                self.table.selectionModel().blockSignals(True)
                self._select_row(self.model.row_of(keep))
                self.table.selectionModel().blockSignals(False)
                self.show_record(keep)

    def depends_on(self) -> set[str]:
        """The kinds (and flags) of db.changes whose changes this view shows."""
        return {self.kind}

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def focus_form(self) -> None:
        """Enter on a row: the record is shown already; the keyboard moves on to its first field."""
        for field in self.form.fields.values():
            editor = field.editor()
            if editor is not None and editor.isEnabled() and editor.focusPolicy() & Qt.FocusPolicy.TabFocus:
                editor.setFocus(Qt.FocusReason.TabFocusReason)
                return

    def distinct(self, column: str) -> list[tuple[str, str]]:
        return [(v, v) for v in db_listing.distinct(self.ctx.db, self.listing, column)]

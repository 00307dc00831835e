"""The case list on the left of the window: the search field (full text, best match first, the
field that matched shown), the status filter and the other filters (`case_filters.py`), and the
table, whose ids are queried off the GUI thread (`services.case_listing`, the same query as
`casefile list`) and whose rows the model fetches in pages as they are shown. It keeps the case
selected across reloads and says why the list is empty when it is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QToolButton

from casefile.domain import CaseStatus
from casefile.ui import labels, tasks
from casefile.ui.models.case_table import (
    COL_COUNSEL,
    COL_DEADLINE,
    COL_EVIDENCE,
    COL_FOUND,
    COL_PRIORITY,
    COL_REFERENCE,
    COL_ROUTES,
    COL_STATUS,
    COL_TITLE,
    CaseTableModel,
)
from casefile.ui.settings import Settings
from casefile.ui.window.case_filters import CaseFilterPanel

if TYPE_CHECKING:
    from pathlib import Path

    from casefile.services.case_listing import CaseListing, Listing
    from casefile.store.archive import Archive
    from casefile.store.first_page import FirstPage
    from casefile.store.rows import CaseSummary
    from casefile.ui.main_window import WindowForm

Reader = Callable[..., "tasks.Task[Any]"]  # the window's `read`: abandoned when the archive closes

SEARCH_DELAY_MS = 250
# Columns other than the title fit their contents within these bounds (px); the title stretches.
COLUMN_BOUNDS = {
    COL_REFERENCE: (60, 160),
    COL_ROUTES: (60, 170),
    COL_STATUS: (50, 110),
    COL_PRIORITY: (50, 100),
    COL_DEADLINE: (70, 130),
    COL_EVIDENCE: (40, 90),
    COL_COUNSEL: (60, 150),
    COL_FOUND: (120, 220),
}
FIT_SAMPLE_ROWS = 200  # rows measured to fit the columns: one page, already fetched to show it
# Shown in the detail pane (the routes beside the badges, the count on the Evidence tab), and
# hidden at first: on a 1366 px laptop the other columns, fitted, leave the title ~70 px with
# them. The header's context menu shows them again.
HIDDEN_AT_FIRST = (COL_ROUTES, COL_EVIDENCE)
RANKED = ""  # the sort key of a search's "best match first" (services.case_listing.RANKED)
ALWAYS_SHOWN = (COL_REFERENCE, COL_TITLE)
TITLE_LEAST = 24  # characters of the title kept while "Found in" shows


class CaseList(QObject):
    cases_loaded = Signal(int)  # number of cases in the list
    case_selected = Signal(object)  # the id of the case now current, or None

    def __init__(self, ui: WindowForm, read: Reader, parent: QObject) -> None:
        super().__init__(parent)
        self.ui = ui
        self._read = read
        self.archive: Archive | None = None
        self._listing: CaseListing | None = None
        self.model = CaseTableModel(parent=self)
        ui.caseTable.setModel(self.model)
        self._task: tasks.Task[Listing] | None = None
        self._searched = ""  # the search text of the ids shown ("" when not a search)
        self._sort_before_search: tuple[str, bool] | None = None
        self._columns_fitted = False  # fitted to the contents once, unless the user's widths
        self._choices_due = False  # the filters' choices are read after the list's first load
        self._first_page_of: Path | None = None  # the archive whose first page is shown early
        self._search_timer = tasks.settle_timer(self, SEARCH_DELAY_MS, lambda: self.reload())
        for status in (None, *CaseStatus):
            text = labels.label(status.value) if status else self.tr("All statuses")
            ui.statusFilter.addItem(text, status.value if status else "")
        self._setup_table()
        self.filter_panel = CaseFilterPanel(ui.listPane)
        self.filter_panel.hide()
        ui.listLayout.insertWidget(1, self.filter_panel)
        self.filter_button = QToolButton(ui.listPane)
        self.filter_button.setObjectName("filterButton")
        self.filter_button.setCheckable(True)
        self.filter_button.toggled.connect(self.filter_panel.setVisible)
        ui.filterRow.addWidget(self.filter_button)
        self.filter_panel.changed.connect(self._filters_changed)
        self.retranslate()
        ui.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        ui.searchEdit.returnPressed.connect(self._search_now)
        ui.statusFilter.currentIndexChanged.connect(lambda _index: self.reload())
        self.model.sort_requested.connect(lambda _key, _desc: self.reload())
        ui.caseTable.selectionModel().currentRowChanged.connect(self._current_row_changed)

    def _setup_table(self) -> None:
        table = self.ui.caseTable
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSortIndicatorShown(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(40)
        # The title takes the room left; the other columns fit their contents once (see
        # `fit_columns`) and then keep the widths the user gives them (saved in the settings).
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        vertical = table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(table.fontMetrics().height() + 10)
        # how many rows `sizeHintForColumn` measures: the first page, never the whole archive
        # (the columns' header holds it: Qt measured 1,000 rows, five pages, on the vertical one)
        header.setResizeContentsPrecision(FIT_SAMPLE_ROWS)
        self.fit_columns()  # to the headers, until there are rows
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: self.columns_menu().popup(header.mapToGlobal(pos))
        )

    def restore(self, settings: Settings) -> None:
        """The user's columns, widths, sort order and status filter, else the first-run ones."""
        header = self.ui.caseTable.horizontalHeader()
        saved = settings.case_table_header
        if (
            saved is not None
            and settings.case_table_columns == self.model.columnCount()
            and header.restoreState(saved)
        ):
            self._columns_fitted = True  # the user's widths
            header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSortIndicator(COL_REFERENCE, Qt.SortOrder.DescendingOrder)  # newest first
            for column in HIDDEN_AT_FIRST:
                header.setSectionHidden(column, True)
        header.setSectionHidden(COL_FOUND, True)  # shown while searching
        if header.sortIndicatorSection() == COL_FOUND:  # saved during a search
            header.setSortIndicator(COL_REFERENCE, Qt.SortOrder.DescendingOrder)
        index = self.ui.statusFilter.findData(settings.status_filter)
        self.ui.statusFilter.setCurrentIndex(max(index, 0))
        # enabling sorting asks the model to sort by the header's indicator (restored or not)
        self.ui.caseTable.setSortingEnabled(True)

    def save(self, settings: Settings) -> None:
        settings.case_table_header = self.ui.caseTable.horizontalHeader().saveState()
        key, descending = self._sort_before_search or (self.model.sort_key, self.model.descending)
        settings.case_sort = (key or "reference", descending)  # the first page read early
        settings.case_table_columns = self.model.columnCount()
        settings.status_filter = self.ui.statusFilter.currentData() or ""

    # --- columns ---------------------------------------------------------------------------

    def columns_menu(self) -> QMenu:
        """The header's context menu: which columns the list shows."""
        header = self.ui.caseTable.horizontalHeader()
        menu = QMenu(self.ui.caseTable)
        menu.setObjectName("columnsMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        menu.addSection(self.tr("Columns"))
        for column in range(self.model.columnCount()):
            if column in ALWAYS_SHOWN or column == COL_FOUND:  # shown while searching
                continue
            action = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, column=column: self.show_column(column, on))
        menu.addSeparator()
        fit = menu.addAction(self.tr("Fit Columns to Contents"))
        fit.triggered.connect(self.fit_columns)
        return menu

    def show_column(self, column: int, shown: bool = True) -> None:
        header = self.ui.caseTable.horizontalHeader()
        if column in ALWAYS_SHOWN or header.isSectionHidden(column) != shown:
            return
        header.setSectionHidden(column, not shown)
        if shown:
            self.fit_columns([column])

    def fit_columns(self, columns: list[int] | None = None) -> None:
        """Size every column but the title (or `columns`) to its header and the rows of the
        first page, within COLUMN_BOUNDS; the title stretches over the rest."""
        table = self.ui.caseTable
        header = table.horizontalHeader()
        for column, (low, high) in COLUMN_BOUNDS.items():
            if columns is not None and column not in columns:
                continue
            wanted = max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
            header.resizeSection(column, max(low, min(high, wanted)))
        if not header.isSectionHidden(COL_FOUND):
            self._leave_room_for_the_title()

    def _leave_room_for_the_title(self) -> None:
        """While searching, "Found in" gives up width (down to its least) so that the title
        keeps TITLE_LEAST characters in a narrow list."""
        table = self.ui.caseTable
        header = table.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(self.model.columnCount())
            if c not in (COL_TITLE, COL_FOUND) and not header.isSectionHidden(c)
        )
        title = TITLE_LEAST * table.fontMetrics().averageCharWidth()
        width = table.viewport().width()
        low = COLUMN_BOUNDS[COL_FOUND][0]
        found = max(low, min(header.sectionSize(COL_FOUND), width - others - title))
        header.resizeSection(COL_FOUND, found)
        if width - others - found < title:  # narrower still: the list scrolls sideways
            header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(COL_TITLE, title)

    # --- the archive listed ------------------------------------------------------------------

    def show_first_page(self, first: FirstPage, path: Path) -> bool:
        """The list as it starts, read while the archive at `path` opens (`store.first_page`):
        shown if the list is still empty and in that order, with no search and no filter but
        that status. Nothing is selected until the archive is open (the case's file needs it)."""
        wanted = (self.model.sort_key, self.model.descending, self.status_filter() or "")
        if (
            self.archive is not None
            or self.model.rowCount()
            or self.search_text()
            or self.filter_panel.active()
            or (first.sort, first.descending, first.status) != wanted
        ):
            return False
        self._first_page_of = path
        self.model.show_first_page(first.ids, first.rows)
        self._update_count()
        if first.ids and not self._columns_fitted:
            self.fit_columns()
            self._columns_fitted = True
        return True

    def drop_first_page(self) -> None:
        """The archive shown early did not open: nothing is listed."""
        if self.archive is None and self._first_page_of is not None:
            self._first_page_of = None
            self.model.set_fetcher(None)
            self._update_count()

    def set_archive(self, archive: Archive | None) -> None:
        """List `archive` (None: nothing; its reads were abandoned by the window)."""
        from casefile.services.case_listing import CaseListing

        self.archive = archive
        self._listing = CaseListing(archive) if archive is not None else None
        shown_early, self._first_page_of = self._first_page_of, None
        if archive is None:
            self.model.set_fetcher(None)
            return
        # the filters' choices are read once the list is in: on a large archive that read
        # would slow the list's first page down
        self._choices_due = True

        def fetch(ids: list[int]) -> list[CaseSummary]:
            from casefile.services import cases

            return cases.case_summaries(archive, ids)

        # the first page shown while it opened stays until the list is read again
        self.model.set_fetcher(fetch, keep_rows=shown_early == archive.path)

    def stop(self) -> None:
        self._search_timer.stop()

    # --- search and filter -------------------------------------------------------------------

    def search_text(self) -> str:
        return self.ui.searchEdit.text().strip()

    def status_filter(self) -> str | None:
        return self.ui.statusFilter.currentData() or None

    def filtering(self) -> bool:
        return bool(self.search_text() or self.status_filter() or self.filter_panel.active())

    def retranslate(self) -> None:
        """Word what the list set in code in the interface's language (the search, the filters
        chosen and the selection stay)."""
        self.filter_button.setToolTip(
            self.tr("Filter by route, jurisdiction, brand, police transfer, deadline, tag, counsel")
        )
        self._show_filter_count()
        self.filter_panel.retranslate()
        self._update_count()

    def _filters_changed(self) -> None:
        self._show_filter_count()
        self.reload()

    def _show_filter_count(self) -> None:
        count = self.filter_panel.active()
        self.filter_button.setText(
            self.tr("Filters (%1)").replace("%1", str(count)) if count else self.tr("Filters")
        )

    def refresh_choices(self) -> None:
        """Read again the brands, counsel, tags and jurisdictions the filters offer."""
        archive = self.archive
        if archive is None:
            return

        def read(_ctx: tasks.TaskContext) -> Any:
            from casefile.services.case_listing import filter_choices

            return filter_choices(archive)

        self._read(read, self.filter_panel.set_choices, label=self.tr("Reading the filters"))

    def _search_now(self) -> None:
        self._search_timer.stop()
        self.reload()

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def search_for(self, text: str) -> None:
        """List every case matching `text`, whatever its status (a link in the detail pane)."""
        self.clear_filters()
        self.ui.searchEdit.blockSignals(True)
        self.ui.searchEdit.setText(text)
        self.ui.searchEdit.blockSignals(False)
        self.reload()

    def clear_filters(self) -> None:
        for widget in (self.ui.searchEdit, self.ui.statusFilter, self.filter_panel):
            widget.blockSignals(True)
        self.ui.searchEdit.clear()
        self.ui.statusFilter.setCurrentIndex(0)
        self.filter_panel.clear()
        for widget in (self.ui.searchEdit, self.ui.statusFilter, self.filter_panel):
            widget.blockSignals(False)
        self._show_filter_count()
        self._search_timer.stop()

    # --- loading -----------------------------------------------------------------------------

    def reload(self, select_id: int | None = None, must_show: bool = False) -> None:
        """Query the ids of the list again (search, filter and sort in the core), keeping the
        selection.

        The case `select_id` (default: the one selected) stays selected and in view if it is
        among the results; otherwise the list starts at the top with the first case selected.
        With `must_show`, a search or filter that hides `select_id` is cleared instead.
        A search text too short to search leaves the list as the filters have it and says so.
        """
        archive, listing = self.archive, self._listing
        if archive is None or listing is None:
            return  # nothing to list: the services are not loaded before the first paint
        from casefile.services import search

        self._search_timer.stop()
        keep = select_id if select_id is not None else self.current_case_id()
        text = self.search_text()
        if text and search.too_short(text):
            text = ""
        self._rank_while_searching(bool(text))
        filters = self.filter_panel.filters(self.status_filter())
        sort, descending = self.model.sort_key, self.model.descending
        if self._task is not None:
            self._task.cancel()

        def query(_ctx: tasks.TaskContext) -> Listing:
            return listing.ids(text, filters, sort, descending)

        self._task = self._read(
            query,
            lambda found: self._ids_loaded(found, text, keep, must_show),
            label=self.tr("Loading cases"),
        )

    def _rank_while_searching(self, searching: bool) -> None:
        """A search lists its results best match first, with the "Found in" column; when the
        search is cleared, the list goes back to the order it had."""
        header = self.ui.caseTable.horizontalHeader()
        header.setSectionHidden(COL_FOUND, not searching)
        if not searching:  # the title takes the room left again
            header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        if searching and self._sort_before_search is None:
            self._sort_before_search = (self.model.sort_key, self.model.descending)
            self._sort_by(RANKED, False)
        elif not searching and self._sort_before_search is not None:
            before, self._sort_before_search = self._sort_before_search, None
            if self.model.sort_key == RANKED:
                self._sort_by(*before)

    def _sort_by(self, key: str, descending: bool) -> None:
        """Sort the list by `key` without a query of its own (the caller is querying)."""
        self.model.set_sort(key, descending)
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header = self.ui.caseTable.horizontalHeader()
        header.blockSignals(True)  # the view would ask the model to sort again
        header.setSortIndicator(self.model.sort_column(), order)
        header.blockSignals(False)
        header.viewport().update()

    def _ids_loaded(
        self, found: Listing, text: str, keep: int | None, must_show: bool = False
    ) -> None:
        from casefile.services import search

        archive = self.archive
        self._searched = text
        if text and archive is not None:
            self.model.set_ids(
                found.ids, found.matched, lambda docs: search.matches(archive, text, docs)
            )
        else:
            self.model.set_ids(found.ids)
        ids = found.ids
        self._update_count()
        if ids and not self._columns_fitted:
            self.fit_columns()
            self._columns_fitted = True
        if text:
            self.fit_columns([COL_FOUND])
        if keep is not None and self.select_case(keep):
            pass  # selected and scrolled into view
        elif must_show and keep is not None and self.filtering():
            self.clear_filters()  # the case just saved must be visible
            self.reload(select_id=keep)
            return
        elif ids:  # a new search: its results from the top
            self.ui.caseTable.scrollToTop()
            self._select_row(0)
        else:
            self.show_nothing_selected()
        if self._choices_due:
            self._choices_due = False
            self.refresh_choices()
        self.cases_loaded.emit(len(ids))

    def _update_count(self) -> None:
        count = self.model.rowCount()
        typed = self.search_text()
        if typed and not self._searched:
            text = self.tr("Type 3 characters or more (2 in Chinese) to search")
        elif self.filtering():
            text = labels.plural("cases_match", count) if count else self.tr("No case matches")
        else:
            text = labels.plural("cases", count) if count else ""
        self.ui.countLabel.setText(text)

    def show_nothing_selected(self) -> None:
        pane = self.ui.detailPane
        if self.model.rowCount():
            pane.show_message(self.tr("Select a case in the list to see its file."))
        elif self.filtering():
            pane.show_message(
                self.tr(
                    "No case matches this search.\n\n"
                    "Search looks in the cases, their parties and identifiers, exhibits and "
                    "notary details, notes, proceedings and authority references, rights and "
                    "recordals. Clear the search field and the filters (Clear Filters) to see "
                    "every case."
                )
            )
        else:
            pane.show_message(
                self.tr(
                    "This archive has no cases yet.\n\n"
                    "Create the first one with File › New Case… (Ctrl+N): one case per target, "
                    "such as a seller, a factory, a website or a network."
                )
            )

    # --- selection ---------------------------------------------------------------------------

    def current_case_id(self) -> int | None:
        index = self.ui.caseTable.selectionModel().currentIndex()
        if not index.isValid():
            return None
        return self.model.id_at(index.row())

    def select_case(self, case_id: int) -> bool:
        """Select a case if it is in the list; False if the filter hides it."""
        row = self.model.row_of(case_id)
        if row is None:
            return False
        self._select_row(row)
        return True

    def go_to_case(self, case_id: int | None) -> bool:
        """Select the case, clearing a search or filter that hides it; False if it is gone."""
        if case_id is None:
            return False
        if not self.select_case(case_id):
            self.clear_filters()
            self.reload(select_id=case_id)
        return True

    def _select_row(self, row: int) -> None:
        table = self.ui.caseTable
        index = self.model.index(row, COL_REFERENCE)
        table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        case_id = self.model.id_at(current.row()) if current.isValid() else None
        if case_id is None:
            self.show_nothing_selected()
        self.case_selected.emit(case_id)

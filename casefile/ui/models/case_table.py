"""The case list model, the Anki way: it holds the ordered ids from one SQL query and fetches
`CaseSummary` rows lazily, a page at a time, as the view asks for them.

Searching, filtering and sorting happen in the core (`services.case_listing`); the model only
remembers which column and order the user chose (`sort_requested`; the "Found in" column's is a
search's "best match first") and shows whatever id list it is given, with, for a search, the
field that matched each case, fetched with its page. A
small LRU cache of pages keeps scrolling through 100,000 cases smooth: a page of 200 summaries is
one indexed query of a few milliseconds.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from casefile import clock
from casefile.domain import CaseStatus, Priority
from casefile.store.rows import CaseSummary
from casefile.ui import labels
from casefile.ui.models.row_table import Index
from casefile.ui.search_labels import field_label

FetchPage = Callable[[list[int]], list[CaseSummary]]
# The matching field and its text for index documents a search matched (services.search.matches).
FetchMatches = Callable[[list[int]], dict[int, tuple[str, str]]]

# (header, sort key understood by services.case_listing)
COLUMNS = cast(
    "tuple[tuple[str, str], ...]",
    (
        (QT_TRANSLATE_NOOP("CaseTableModel", "Reference"), "reference"),
        (QT_TRANSLATE_NOOP("CaseTableModel", "Title"), "title"),
        (QT_TRANSLATE_NOOP("CaseTableModel", "Routes"), "routes"),
        (QT_TRANSLATE_NOOP("CaseTableModel", "Status"), "status"),
        (QT_TRANSLATE_NOOP("CaseTableModel", "Priority"), "priority"),
        (QT_TRANSLATE_NOOP("CaseTableModel", "Next deadline"), "next_deadline"),
        (QT_TRANSLATE_NOOP("CaseTableModel", "Evidence"), "evidence_count"),
        (QT_TRANSLATE_NOOP("CaseTableModel", "Counsel"), "counsel"),
        # a search's matching field; sorting by it is "best match first"
        (QT_TRANSLATE_NOOP("CaseTableModel", "Found in"), ""),
    ),
)
(
    COL_REFERENCE,
    COL_TITLE,
    COL_ROUTES,
    COL_STATUS,
    COL_PRIORITY,
    COL_DEADLINE,
    COL_EVIDENCE,
    COL_COUNSEL,
    COL_FOUND,
) = range(len(COLUMNS))

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE = QColor("#c62828")
DUE_SOON = QColor("#b26a00")
MUTED = QColor("#7a7f87")
DUE_SOON_DAYS = 7
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class CaseTableModel(QAbstractTableModel):
    """Rows are case ids; their summaries are fetched in pages through `fetch_page(ids)`."""

    sort_requested = Signal(str, bool)  # (sort key, descending): the owner re-queries the ids

    def __init__(
        self,
        fetch_page: FetchPage | None = None,
        page_size: int = 200,
        cached_pages: int = 10,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._fetch_page = fetch_page
        self._page_size = page_size
        self._cached_pages = cached_pages
        self._ids: list[int] = []
        self._rows_of: dict[int, int] | None = None
        self._pages: OrderedDict[int, dict[int, CaseSummary]] = OrderedDict()
        self._matched: dict[int, int] = {}  # case id → the index document its search matched
        self._found: dict[int, tuple[str, str]] = {}  # case id → (field, text), for cached pages
        self._fetch_matches: FetchMatches | None = None
        self._sort_key = "reference"
        self._descending = False
        self.fetches = 0  # pages fetched since the last reset (for tests and benchmarks)
        self.today = clock.today()
        self._bold: QFont | None = None

    # --- what the owner drives -------------------------------------------------------------

    def set_fetcher(self, fetch_page: FetchPage | None, keep_rows: bool = False) -> None:
        """Fetch pages through `fetch_page` from now on; the list is emptied unless
        `keep_rows` (the first page shown before the archive opened stays until its ids are
        read again)."""
        self._fetch_page = fetch_page
        if not keep_rows:
            self.set_ids([])

    def show_first_page(self, ids: Sequence[int], rows: Sequence[CaseSummary]) -> None:
        """Show these ids, the first page's summaries given (read before there is a fetcher:
        `store.first_page`); the other pages are fetched once there is one."""
        self.set_ids(ids)
        self._pages[0] = {s.id: s for s in rows}
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(COLUMNS) - 1))

    def set_ids(
        self,
        ids: Sequence[int],
        matched: dict[int, int] | None = None,
        fetch_matches: FetchMatches | None = None,
    ) -> None:
        """Show these cases, in this order; cached summaries are dropped. For a search's
        results, `matched` and `fetch_matches` fill the "Found in" column page by page."""
        self.beginResetModel()
        self._ids = list(ids)
        self._rows_of = None
        self._pages.clear()
        self._matched = dict(matched or {})
        self._found = {}
        self._fetch_matches = fetch_matches if matched else None
        self.fetches = 0
        self.today = clock.today()
        self.endResetModel()

    def refresh_rows(self) -> None:
        """Drop cached summaries (after an edit) and repaint, keeping ids and selection."""
        self._pages.clear()
        self._found = {}
        self.today = clock.today()
        if self._ids:
            last = self.index(len(self._ids) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    @property
    def ids(self) -> list[int]:
        return list(self._ids)

    @property
    def sort_key(self) -> str:
        return self._sort_key

    @property
    def descending(self) -> bool:
        return self._descending

    def sort_column(self) -> int:
        return next((i for i, (_h, key) in enumerate(COLUMNS) if key == self._sort_key), 0)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, case_id: int) -> int | None:
        if self._rows_of is None:
            self._rows_of = {cid: row for row, cid in enumerate(self._ids)}
        return self._rows_of.get(case_id)

    def summary_at(self, row: int) -> CaseSummary | None:
        case_id = self.id_at(row)
        if case_id is None:
            return None
        page_no = row // self._page_size
        page = self._pages.get(page_no)
        if page is None:
            if self._fetch_page is None:
                return None  # not fetched yet: the archive is opening
            start = page_no * self._page_size
            ids = self._ids[start : start + self._page_size]
            page = {s.id: s for s in self._fetch_page(ids)}
            self.fetches += 1
            self._pages[page_no] = page
            self._fetch_found(ids)
            while len(self._pages) > self._cached_pages:
                _dropped, summaries = self._pages.popitem(last=False)
                for dropped_id in summaries:
                    self._found.pop(dropped_id, None)
        else:
            self._pages.move_to_end(page_no)
        return page.get(case_id)  # None: deleted since the ids were read

    def _fetch_found(self, ids: list[int]) -> None:
        if self._fetch_matches is None:
            return
        cases_of: dict[int, list[int]] = {}  # a party's document matches each of its cases
        for case_id in ids:
            if case_id in self._matched:
                cases_of.setdefault(self._matched[case_id], []).append(case_id)
        for doc, found in self._fetch_matches(list(cases_of)).items():
            for case_id in cases_of[doc]:
                self._found[case_id] = found

    def found_at(self, row: int) -> tuple[str, str] | None:
        """(field, text around the match) for a search's result at `row`."""
        case_id = self.id_at(row)
        if case_id is None or self.summary_at(row) is None:
            return None
        return self._found.get(case_id)

    def set_sort(self, key: str, descending: bool = False) -> None:
        """Take a sort order the owner chose (a search ranks its results) without asking for a
        new query; the header shows it."""
        self._sort_key, self._descending = key, descending

    # --- QAbstractItemModel -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][0])
        if role == Qt.ItemDataRole.TextAlignmentRole and section == COL_EVIDENCE:
            return RIGHT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][1]
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._sort_key, self._descending):
            self._sort_key, self._descending = key, descending
            self.sort_requested.emit(key, descending)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == CASE_ID_ROLE:
            return self._ids[index.row()]
        if role not in _ROLES:
            return None
        summary = self.summary_at(index.row())
        if summary is None:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == COL_TITLE:
                return self.tr("(no longer in the archive: refresh)")
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(summary, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(summary, column)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(summary, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_EVIDENCE:
            return RIGHT
        return None

    # --- cells ------------------------------------------------------------------------------

    def _display(self, s: CaseSummary, column: int) -> str:
        if column == COL_REFERENCE:
            return s.reference
        if column == COL_TITLE:
            return s.title
        if column == COL_ROUTES:
            return labels.short_labels(s.routes)
        if column == COL_STATUS:
            return labels.label(s.status)
        if column == COL_PRIORITY:
            return labels.label(s.priority)
        if column == COL_DEADLINE:
            if s.next_deadline is None:
                return ""
            mark = "⚠ " if self._overdue(s) else ""
            return mark + labels.day(s.next_deadline)
        if column == COL_EVIDENCE:
            return str(s.evidence_count) if s.evidence_count else ""
        if column == COL_COUNSEL:
            return s.responsible_counsel
        if column == COL_FOUND:
            found = self._found.get(s.id)
            return f"{field_label(found[0])}: {found[1]}" if found else ""
        return ""

    def _tooltip(self, s: CaseSummary, column: int) -> str | None:
        if column == COL_TITLE:
            brand = f"{s.brand}\n" if s.brand else ""
            return labels.rich(f"{brand}{s.title}")
        if column == COL_DEADLINE and s.next_deadline is not None:
            days = labels.days_until(s.next_deadline, self.today)
            if days < 0:
                return labels.plural("overdue_by", -days)
            if days == 0:
                return self.tr("Due today")
            return labels.plural("due_in", days)
        if column == COL_ROUTES:
            return labels.labels(s.routes) if s.routes else self.tr("No proceeding yet")
        if column == COL_FOUND and s.id in self._found:
            field, text = self._found[s.id]
            return labels.rich(f"{field_label(field)}\n{text}")
        return None

    def _overdue(self, s: CaseSummary) -> bool:
        return s.next_deadline is not None and s.next_deadline < self.today

    def _foreground(self, s: CaseSummary, column: int) -> QColor | None:
        if column == COL_DEADLINE and s.next_deadline is not None:
            days = labels.days_until(s.next_deadline, self.today)
            if days < 0:
                return OVERDUE
            if days <= DUE_SOON_DAYS:
                return DUE_SOON
        if column == COL_PRIORITY and s.priority == Priority.URGENT:
            return OVERDUE
        if s.status == CaseStatus.CLOSED and column != COL_REFERENCE:
            return MUTED
        return None

    def _font(self, s: CaseSummary, column: int) -> QFont | None:
        bold = (column == COL_DEADLINE and self._overdue(s)) or (
            column == COL_PRIORITY and s.priority in (Priority.HIGH, Priority.URGENT)
        )
        if not bold:
            return None
        if self._bold is None:
            self._bold = QFont()
            self._bold.setBold(True)
        return self._bold


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole,
    }
)

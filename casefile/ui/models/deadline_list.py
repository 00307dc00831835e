"""The table of the Deadlines view, the Anki way: it holds the ordered ids of every deadline the
filter keeps (one SQL query, `services.deadline_list`) and the rows of the pages shown, fetched a
page at a time through `fetch_page(ids)` as the view asks for them (a few milliseconds each).

Columns: Due (with "in 3 days" / "overdue 2 days" for open ones, overdue in red), Case (its
reference), Deadline (its title), Status, Route, Jurisdiction, Counsel, Rule (in words). The
tooltip is the case's title, the deadline's explanation and the reason it was waived.
`DEADLINE_ROLE` gives a row's `DeadlineItem`, `DEADLINE_ID_ROLE` its id.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QObject, Qt

from casefile import clock
from casefile.domain import DeadlineStatus
from casefile.ui import labels
from casefile.ui.models.deadline_table import DANGER, WARN
from casefile.ui.models.row_table import Index

if TYPE_CHECKING:
    from casefile.services.deadline_list import DeadlineItem

FetchPage = Callable[[list[int]], "list[DeadlineItem]"]

HEADERS = cast(
    "tuple[str, ...]",
    (
        QT_TRANSLATE_NOOP("DeadlineListModel", "Due"),
        QT_TRANSLATE_NOOP("DeadlineListModel", "Case"),
        QT_TRANSLATE_NOOP("DeadlineListModel", "Deadline"),
        QT_TRANSLATE_NOOP("DeadlineListModel", "Status"),
        QT_TRANSLATE_NOOP("DeadlineListModel", "Route"),
        QT_TRANSLATE_NOOP("DeadlineListModel", "Jurisdiction"),
        QT_TRANSLATE_NOOP("DeadlineListModel", "Counsel"),
        QT_TRANSLATE_NOOP("DeadlineListModel", "Rule"),
    ),
)
(
    COL_DUE,
    COL_CASE,
    COL_TITLE,
    COL_STATUS,
    COL_ROUTE,
    COL_JURISDICTION,
    COL_COUNSEL,
    COL_RULE,
) = range(len(HEADERS))
DEADLINE_ROLE = Qt.ItemDataRole.UserRole + 1
DEADLINE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
SOON_DAYS = 7  # open deadlines this close are shown in amber, as on a case's Deadlines tab
_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.ForegroundRole,
    DEADLINE_ROLE,
)


class DeadlineListModel(QAbstractTableModel):
    """Rows are deadline ids; their items are fetched in pages through `fetch_page(ids)`."""

    def __init__(
        self,
        fetch_page: FetchPage | None = None,
        page_size: int = 200,
        cached_pages: int = 10,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch_page = fetch_page
        self._page_size = page_size
        self._cached_pages = cached_pages
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, DeadlineItem]] = OrderedDict()
        self.today = clock.today()
        self.fetches = 0  # pages fetched since the last reset (for tests)

    # --- what the owner drives -------------------------------------------------------------

    def set_ids(
        self,
        ids: Sequence[int],
        fetch_page: FetchPage | None,
        first_page: Sequence[DeadlineItem] = (),
        today: date | None = None,
    ) -> None:
        """Show these deadlines in this order; `first_page` holds the rows read with them."""
        self.beginResetModel()
        self._ids = list(ids)
        self._fetch_page = fetch_page
        self._pages.clear()
        self.fetches = 0
        self.today = today or clock.today()
        if first_page:
            self._pages[0] = {item.id: item for item in first_page}
        self.endResetModel()

    @property
    def ids(self) -> list[int]:
        return list(self._ids)

    def row_of(self, deadline_id: int) -> int:
        """The row of this deadline, -1 if it is not listed."""
        try:
            return self._ids.index(deadline_id)
        except ValueError:
            return -1

    def item_at(self, row: int) -> DeadlineItem | None:
        """The deadline of `row` (fetching its page), None if out of range or gone."""
        if not 0 <= row < len(self._ids):
            return None
        number = row // self._page_size
        page = self._pages.get(number)
        if page is None:
            page = self._fetch(number)
        else:
            self._pages.move_to_end(number)
        return page.get(self._ids[row])

    def _fetch(self, number: int) -> dict[int, DeadlineItem]:
        start = number * self._page_size
        ids = self._ids[start : start + self._page_size]
        items = self._fetch_page(ids) if self._fetch_page is not None else []
        self.fetches += 1
        page = {item.id: item for item in items}
        self._pages[number] = page
        while len(self._pages) > self._cached_pages:
            self._pages.popitem(last=False)
        return page

    # --- Qt's side ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return self.tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == DEADLINE_ID_ROLE:
            return self._ids[index.row()]
        if role not in _ROLES:
            return None
        item = self.item_at(index.row())
        if item is None:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == COL_TITLE:
                return self.tr("(no longer in the archive: refresh)")
            return None
        if role == DEADLINE_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return labels.rich(self._tooltip(item))
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == COL_DUE:
            if item.status is DeadlineStatus.OPEN and item.days_left < 0:
                return DANGER
            if item.status is DeadlineStatus.OPEN and item.days_left <= SOON_DAYS:
                return WARN
        return None

    def _due(self, item: DeadlineItem) -> str:
        shown = labels.day(item.due_on)
        if item.status is not DeadlineStatus.OPEN:
            return shown
        if item.days_left < 0:
            return f"{shown} · {labels.plural('overdue_days', -item.days_left)}"
        if item.days_left == 0:
            return f"{shown} · {self.tr('today')}"
        return f"{shown} · {labels.plural('in_days_after_date', item.days_left)}"

    def _display(self, item: DeadlineItem, column: int) -> str:
        if column == COL_DUE:
            return self._due(item)
        if column == COL_CASE:
            return item.reference
        if column == COL_TITLE:
            return item.title
        if column == COL_STATUS:
            status = labels.label(item.status.value)
            if item.completed_on is not None and item.status is not DeadlineStatus.OPEN:
                return self.tr("%s on %s") % (status, labels.day(item.completed_on))
            return status
        if column == COL_ROUTE:
            return labels.label(item.route.value) if item.route else "—"
        if column == COL_JURISDICTION:
            return item.jurisdiction or "—"
        if column == COL_COUNSEL:
            return item.counsel or "—"
        if column == COL_RULE:
            return labels.rule_label(item.rule_id) if item.rule_id else self.tr("By hand")
        return ""

    def _tooltip(self, item: DeadlineItem) -> str:
        parts = [f"{item.reference} · {item.case_title}", item.title]
        if item.explanation:
            parts.append(item.explanation)
        if item.reason:
            parts.append(self.tr("Reason: %s") % item.reason)
        return "\n\n".join(parts)

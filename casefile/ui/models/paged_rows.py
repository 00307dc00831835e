"""A read-only table of a long list read a page at a time: the ordered ids of one query held in
full, the rows of the first page given with them, and the next page asked for
(`page_wanted(ids)`) when the view scrolls to the end (Qt's `canFetchMore`/`fetchMore`), read
off the GUI thread by the owner and shown by `add_page`. Used for lists that may run to
hundreds of thousands of rows (infringers, exhibits)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Signal

from casefile.ui.models.row_table import Index, RowTableModel

PAGE = 200  # rows read at once as the list is scrolled


class PagedRowsModel(RowTableModel):
    """Rows with an `id`, in the order of `ids`."""

    page_wanted = Signal(list)  # the ids whose rows the list needs next

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.ids: list[int] = []
        self._rows: list[Any] = []
        self._asked = False  # a page is being read

    def set_ids(self, ids: Sequence[int], first: Sequence[Any]) -> None:
        """A new list: its ids and the rows of its first page."""
        self.beginResetModel()
        self.ids = list(ids)
        self._rows = list(first)
        self._asked = False
        self.endResetModel()

    def row_of(self, row_id: int) -> int:
        """The row showing `row_id`, or -1 (not read yet, or not listed)."""
        return next((n for n, r in enumerate(self._rows) if r.id == row_id), -1)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._asked and len(self._rows) < len(self.ids)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        self._asked = True
        start = len(self._rows)
        self.page_wanted.emit(self.ids[start : start + PAGE])

    def add_page(self, asked: Sequence[int], page: Sequence[Any]) -> None:
        """The rows read for `asked` (those removed meanwhile left out)."""
        self._asked = False
        start = len(self._rows)
        if list(asked) != self.ids[start : start + len(asked)]:
            return  # the list was read again meanwhile: this page belongs to the old one
        found = {r.id: r for r in page}
        rows = [found[i] for i in asked if i in found]
        gone = set(asked) - set(found)
        if gone:  # no longer listed: the list forgets them
            self.ids = [i for i in self.ids if i not in gone]
        if rows:
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def page_failed(self) -> None:
        self._asked = False

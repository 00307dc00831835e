"""How the views' lists look and behave: whole rows selected, no editing, Tab leaving the
table, compact rows, and columns that share the width sensibly."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def list_table(parent: QWidget, name: str) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table, as a keyboard user expects
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setHighlightSections(False)
    table.horizontalHeader().setMinimumSectionSize(40)
    return table


def fit_columns(table: QTableView, stretch: tuple[int, ...], fixed: dict[int, int]) -> None:
    """Columns `stretch` share the width left; those in `fixed` get that many average
    characters (resizable); the rest fit their contents."""
    header = table.horizontalHeader()
    em = table.fontMetrics().averageCharWidth()
    for column in range(table.model().columnCount()):
        if column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        elif column in fixed:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, fixed[column] * em)
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

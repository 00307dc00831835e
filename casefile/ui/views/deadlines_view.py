"""The Deadlines view: every deadline across cases in one table, filtered (status, open by
default; overdue or due within N days; the route of its proceeding; the case's counsel; the
jurisdiction whose calendar counted it; the rule), beside a month grid showing how many fall on
each day. From here a deadline is marked done, waived with a reason, or reopened; Enter or a
double-click opens its case on the Deadlines tab (`item_activated(case_id, "deadlines")`).

Reads go through `ArchiveView` (off the GUI thread, `services.deadline_list`): the ids of every
deadline kept and the first page's rows, the month's counts per day and, after a change, the
values to filter by; the table's other pages are read as it scrolls (`DeadlineListModel`).
Clicking a day (or Enter on it) shows only that day's deadlines until "Show all days".
Mark Done and Reopen are written at once through `write` (services.records.set_deadline_status);
Waive asks why in the case's `WaiveDeadlineDialog`, opened through the window's `case_actions`
(the dialog registry) with the case read first. Export Calendar… writes exactly the deadlines the
filters show (a day clicked included) to an .ics file, through the window's `calendars`.
This module imports no service at import time: the window imports it at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QDate, QItemSelectionModel, QLocale, QModelIndex, QPoint, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casefile.domain import DeadlineStatus, Route
from casefile.ui import labels
from casefile.ui.models.deadline_list import (
    COL_CASE,
    COL_COUNSEL,
    COL_DUE,
    COL_JURISDICTION,
    COL_ROUTE,
    COL_RULE,
    COL_STATUS,
    COL_TITLE,
    DeadlineListModel,
)
from casefile.ui.views.archive_view import ArchiveView
from casefile.ui.widgets.deadline_calendar import DeadlineCalendar, to_date

if TYPE_CHECKING:
    from casefile.services.deadline_list import (
        DayCount,
        DeadlineFilters,
        DeadlineItem,
        DeadlineListing,
        FilterChoices,
    )
    from casefile.store.rows import CaseDetail

DEADLINES_TAB = "deadlines"  # DetailTab.DEADLINES: the case detail's tab
DUE_ANY, DUE_OVERDUE, DUE_WITHIN, DUE_OVERDUE_OR_WITHIN = range(4)
MONTH_MARGIN_DAYS = 14  # the grid shows the ends of the months either side


@dataclass(frozen=True, slots=True)
class DeadlinesRead:
    """One read: the deadlines kept, the month's counts, the values to filter by (None: kept
    from the read before)."""

    listing: DeadlineListing
    counts: list[DayCount]
    month: tuple[int, int]
    choices: FilterChoices | None


class DeadlinesView(ArchiveView):
    """The Deadlines page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._day: date | None = None  # a day clicked in the month: only its deadlines
        self._month: tuple[int, int] | None = None  # None: the month of today
        self._choices: FilterChoices | None = None
        self._need_choices = True
        self._selected_id: int | None = None
        self._filling = False
        self._asked: tuple[DeadlineFilters, tuple[int, int] | None, bool] | None = None
        self._build()
        self.retranslate()
        self.show_message(self.tr("No archive is open."))

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.titleLabel.setObjectName("deadlinesTitle")
        self.stateLabel.setObjectName("deadlinesState")
        self.messageLabel.setObjectName("deadlinesMessage")
        self.messageLabel.setStyleSheet("color: palette(placeholder-text);")
        outer = QVBoxLayout(self.content)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)

        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)

        def combo(name: str) -> QComboBox:
            box = QComboBox(self.content)
            box.setObjectName(name)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.setMinimumContentsLength(10)
            box.currentIndexChanged.connect(self._filters_changed)
            return box

        self.statusCombo = combo("statusCombo")
        self.dueCombo = combo("dueCombo")
        self.daysSpin = QSpinBox(self.content)
        self.daysSpin.setObjectName("daysSpin")
        self.daysSpin.setRange(0, 3650)
        self.daysSpin.setValue(7)
        self.daysSpin.valueChanged.connect(self._filters_changed)
        self.routeCombo = combo("routeCombo")
        self.counselCombo = combo("counselCombo")
        self.jurisdictionCombo = combo("jurisdictionCombo")
        self.ruleCombo = combo("ruleCombo")
        self.ruleCombo.setMaximumWidth(360)
        self.clearButton = QPushButton(self.content)
        self.clearButton.setObjectName("clearFiltersButton")
        self.clearButton.clicked.connect(self.clear_filters)

        self.statusLabel = QLabel(self.content)
        self.dueLabel = QLabel(self.content)
        self.routeLabel = QLabel(self.content)
        self.counselLabel = QLabel(self.content)
        self.jurisdictionLabel = QLabel(self.content)
        self.ruleLabel = QLabel(self.content)
        due = QHBoxLayout()
        due.setSpacing(4)
        due.addWidget(self.dueCombo)
        due.addWidget(self.daysSpin)
        pairs: list[tuple[QLabel, QWidget | QHBoxLayout]] = [
            (self.statusLabel, self.statusCombo),
            (self.dueLabel, due),
            (self.routeLabel, self.routeCombo),
            (self.counselLabel, self.counselCombo),
            (self.jurisdictionLabel, self.jurisdictionCombo),
            (self.ruleLabel, self.ruleCombo),
        ]
        for number, (label, field) in enumerate(pairs):
            row, column = divmod(number, 3)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(label, row, 2 * column)
            if isinstance(field, QHBoxLayout):
                grid.addLayout(field, row, 2 * column + 1, Qt.AlignmentFlag.AlignLeft)
            else:  # at its own width, not the column's
                grid.addWidget(field, row, 2 * column + 1, Qt.AlignmentFlag.AlignLeft)
        self.statusLabel.setBuddy(self.statusCombo)
        self.dueLabel.setBuddy(self.dueCombo)
        self.routeLabel.setBuddy(self.routeCombo)
        self.counselLabel.setBuddy(self.counselCombo)
        self.jurisdictionLabel.setBuddy(self.jurisdictionCombo)
        self.ruleLabel.setBuddy(self.ruleCombo)
        grid.addWidget(self.clearButton, 1, 6)
        grid.setColumnStretch(7, 1)
        outer.addLayout(grid)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.content)
        self.splitter.setObjectName("deadlinesSplitter")
        self.splitter.setChildrenCollapsible(False)
        left = QWidget(self.splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(4)
        self.model = DeadlineListModel(parent=self)
        self.table = QTableView(left)
        self.table.setObjectName("deadlinesTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the buttons
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        widths = {
            COL_DUE: 25,
            COL_CASE: 13,
            COL_STATUS: 8,
            COL_ROUTE: 10,
            COL_JURISDICTION: 4,
            COL_COUNSEL: 12,
            COL_RULE: 14,
        }
        self._widths = widths
        self.table.activated.connect(self._activated)
        # right-click, the Menu key or Shift+F10: the buttons' actions on the row
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        left_layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.doneButton = QPushButton(left)
        self.doneButton.setObjectName("markDoneButton")
        self.doneButton.clicked.connect(self.mark_done)
        self.waiveButton = QPushButton(left)
        self.waiveButton.setObjectName("waiveButton")
        self.waiveButton.clicked.connect(self.waive)
        self.reopenButton = QPushButton(left)
        self.reopenButton.setObjectName("reopenButton")
        self.reopenButton.clicked.connect(self.reopen)
        self.openButton = QPushButton(left)
        self.openButton.setObjectName("openCaseButton")
        self.openButton.clicked.connect(self.open_case)
        self.exportButton = QPushButton(left)
        self.exportButton.setObjectName("exportCalendarButton")
        self.exportButton.setAutoDefault(False)
        self.exportButton.clicked.connect(self.export_calendar)
        self.countLabel = QLabel(left)
        self.countLabel.setObjectName("deadlinesCount")
        self.countLabel.setStyleSheet("color: palette(placeholder-text);")
        for button in (self.doneButton, self.waiveButton, self.reopenButton, self.openButton):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.countLabel)
        buttons.addWidget(self.exportButton)
        left_layout.addLayout(buttons)

        right = QWidget(self.splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(4)
        self.monthLabel = QLabel(right)
        self.monthLabel.setObjectName("monthLabel")
        font = self.monthLabel.font()
        font.setBold(True)
        self.monthLabel.setFont(font)
        self.calendar = DeadlineCalendar(right)
        self.calendar.setObjectName("deadlinesCalendar")
        self.calendar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.monthLabel.setBuddy(self.calendar)
        self.calendar.clicked.connect(self._day_picked)
        self.calendar.activated.connect(self._day_picked)
        self.calendar.currentPageChanged.connect(self._month_changed)
        self.dayLabel = QLabel(right)
        self.dayLabel.setObjectName("dayLabel")
        self.dayLabel.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.allDaysButton = QPushButton(right)
        self.allDaysButton.setObjectName("allDaysButton")
        self.allDaysButton.setAutoDefault(False)
        self.allDaysButton.clicked.connect(self.show_all_days)
        # the heading, the day shown and its button on one line: at 200% the grid needs the
        # height (the legend is the grid's tooltip)
        day_row = QHBoxLayout()
        day_row.addWidget(self.monthLabel)
        day_row.addWidget(self.dayLabel, 1)
        day_row.addWidget(self.allDaysButton)
        right_layout.addLayout(day_row)
        right_layout.addWidget(self.calendar, 1)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self._sized = False
        outer.addWidget(self.splitter, 1)

        order: list[QWidget] = [
            self.statusCombo,
            self.dueCombo,
            self.daysSpin,
            self.routeCombo,
            self.counselCombo,
            self.jurisdictionCombo,
            self.ruleCombo,
            self.clearButton,
            self.table,
            self.doneButton,
            self.waiveButton,
            self.reopenButton,
            self.openButton,
            self.exportButton,
            self.calendar,
            self.allDaysButton,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._update_buttons()

    # --- words ---------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Deadlines")

    def reading_text(self) -> str:
        return self.tr("Reading the deadlines…")

    def retranslate(self) -> None:
        self.statusLabel.setText(self.tr("&Status:"))
        self.dueLabel.setText(self.tr("D&ue:"))
        self.routeLabel.setText(self.tr("&Route:"))
        self.counselLabel.setText(self.tr("Cou&nsel:"))
        self.jurisdictionLabel.setText(self.tr("&Jurisdiction:"))
        self.ruleLabel.setText(self.tr("Ru&le:"))
        self.clearButton.setText(self.tr("Clear &all filters"))
        self.daysSpin.setSuffix(self.tr(" days"))
        self.doneButton.setText(self.tr("Mark &Done"))
        self.doneButton.setToolTip(self.tr("Mark the selected deadline done today"))
        self.waiveButton.setText(self.tr("&Waive…"))
        self.waiveButton.setToolTip(self.tr("Waive the selected deadline, saying why"))
        self.reopenButton.setText(self.tr("Re&open"))
        self.reopenButton.setToolTip(self.tr("Count the selected deadline as open again"))
        self.openButton.setText(self.tr("Open Cas&e"))
        self.openButton.setToolTip(self.tr("Open its case on the Deadlines tab (Enter)"))
        self.exportButton.setText(self.tr("Export &Calendar…"))
        self.exportButton.setToolTip(
            self.tr(
                "The deadlines shown here as a calendar file (.ics) with reminders; importing "
                "it again updates them"
            )
        )
        self.monthLabel.setText(self.tr("&Month"))
        self.allDaysButton.setText(self.tr("Show all da&ys"))
        legend = self.tr(
            "The number on a day counts its deadlines under the filters: red, one is "
            "overdue; amber, one is due within a week; grey, all are done or waived. Click "
            "a day, or press Enter on it, to list only its deadlines."
        )
        self.calendar.setToolTip(legend)
        self.calendar.setLocale(QLocale())  # month and day names in the language now chosen
        self._fill_fixed_choices()
        self._fill_choices()
        self._show_day()
        self._size_columns()
        super().retranslate()  # the title; a result shown again

    def _set_items(self, box: QComboBox, items: list[tuple[str, object]]) -> None:
        """Fill `box` keeping what was chosen (by its data) when it is still there."""
        chosen = box.currentData()
        self._filling = True
        box.blockSignals(True)
        box.clear()
        for text, value in items:
            box.addItem(text, value)
        found = box.findData(chosen)
        box.setCurrentIndex(max(found, 0))
        box.blockSignals(False)
        self._filling = False

    def _fill_fixed_choices(self) -> None:
        statuses: list[tuple[str, object]] = [
            (labels.label(s.value), s.value) for s in DeadlineStatus
        ]
        self._set_items(self.statusCombo, [*statuses, (self.tr("Any status"), "all")])
        self._set_items(
            self.dueCombo,
            [
                (self.tr("Any date"), DUE_ANY),
                (self.tr("Overdue"), DUE_OVERDUE),
                (self.tr("Due within"), DUE_WITHIN),
                (self.tr("Overdue or due within"), DUE_OVERDUE_OR_WITHIN),
            ],
        )
        routes: list[tuple[str, object]] = [(labels.label(r.value), r.value) for r in Route]
        self._set_items(self.routeCombo, [(self.tr("Any route"), ""), *routes])
        self._update_days()

    def _fill_choices(self) -> None:
        choices = self._choices
        counsel = choices.counsel if choices else []
        jurisdictions = choices.jurisdictions if choices else []
        rules = choices.rules if choices else []
        self._set_items(
            self.counselCombo, [(self.tr("Any counsel"), ""), *((c, c) for c in counsel)]
        )
        self._set_items(
            self.jurisdictionCombo,
            [(self.tr("Any jurisdiction"), ""), *((j, j) for j in jurisdictions)],
        )
        named = sorted(((labels.rule_label(r), r) for r in rules), key=lambda p: p[0].casefold())
        self._set_items(self.ruleCombo, [(self.tr("Any rule"), ""), *named])
        for index, (_name, rule) in enumerate(named, start=1):
            self.ruleCombo.setItemData(index, rule, Qt.ItemDataRole.ToolTipRole)

    # --- filters -------------------------------------------------------------------------

    def filters(self) -> DeadlineFilters:
        """The filters as chosen (a day clicked included)."""
        from casefile.store.deadline_queries import DeadlineFilters

        status = self.statusCombo.currentData() or DeadlineStatus.OPEN.value
        due = self.dueCombo.currentData() or DUE_ANY
        days = self.daysSpin.value() if due in (DUE_WITHIN, DUE_OVERDUE_OR_WITHIN) else None
        return DeadlineFilters(
            statuses=() if status == "all" else (str(status),),
            overdue=due in (DUE_OVERDUE, DUE_OVERDUE_OR_WITHIN),
            within_days=days,
            due_from=self._day,
            due_to=self._day,
            route=self.routeCombo.currentData() or None,
            counsel=self.counselCombo.currentData() or None,
            jurisdiction=self.jurisdictionCombo.currentData() or None,
            rule_id=self.ruleCombo.currentData() or None,
        )

    def _update_days(self) -> None:
        due = self.dueCombo.currentData()
        self.daysSpin.setEnabled(due in (DUE_WITHIN, DUE_OVERDUE_OR_WITHIN))

    def _filters_changed(self, *_args: object) -> None:
        if self._filling:
            return
        self._update_days()
        self.refresh()

    def clear_filters(self) -> None:
        """Every filter off but the status: the open deadlines, on every day."""
        self._filling = True
        for box in (
            self.statusCombo,
            self.dueCombo,
            self.routeCombo,
            self.counselCombo,
            self.jurisdictionCombo,
            self.ruleCombo,
        ):
            box.setCurrentIndex(0)
        self._filling = False
        self._day = None
        self._show_day()
        self._update_days()
        self.refresh()

    def _day_picked(self, qdate: QDate) -> None:
        self._day = to_date(qdate)
        self._show_day()
        self.refresh()

    def show_all_days(self) -> None:
        self._day = None
        self._show_day()
        self.refresh()

    def show_day(self, day: date) -> None:
        """List only the deadlines of `day` (as a click on it in the month does)."""
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self._day_picked(self.calendar.selectedDate())

    def _show_day(self) -> None:
        if self._day is None:
            self.dayLabel.setText(self.tr("All days."))
        else:
            self.dayLabel.setText(self.tr("Only %s.") % labels.day(self._day))
        self.allDaysButton.setEnabled(self._day is not None)

    def _month_changed(self, year: int, month: int) -> None:
        self._month = (year, month)
        self.refresh()

    # --- reading -------------------------------------------------------------------------

    def set_archive(self, archive: Any) -> None:
        self._need_choices = True
        self._day = None
        self._month = None
        self._show_day()
        super().set_archive(archive)

    def archive_changed(self) -> None:
        self._need_choices = True  # a new counsel, a deadline of a new rule
        super().archive_changed()

    def refresh(self) -> None:
        if not self._filling:
            super().refresh()

    def load(self) -> None:
        # what to read is taken here, on the GUI thread: `read_op` runs on another, where the
        # widgets may not be asked
        self._asked = (self.filters(), self._month, self._need_choices)
        super().load()

    def read_op(self, archive: Any) -> DeadlinesRead:
        from casefile import clock
        from casefile.services import deadline_list as dl

        assert self._asked is not None  # set by `load`, which runs this
        filters, shown, need_choices = self._asked
        today = clock.today()
        year, month = shown or (today.year, today.month)
        listing = dl.deadline_listing(archive, filters, today)
        counts = dl.month_counts(archive, filters, year, month, today, MONTH_MARGIN_DAYS)
        choices = dl.filter_choices(archive) if need_choices else None
        return DeadlinesRead(listing, counts, (year, month), choices)

    def show_result(self, result: Any) -> None:
        read = cast(DeadlinesRead, result)
        if read.choices is not None:
            self._need_choices = False
            if read.choices != self._choices:
                self._choices = read.choices
                self._fill_choices()
        listing = read.listing
        archive = self.archive
        today = listing.today
        keep = self._selected_id
        old_row = self.table.currentIndex().row()

        def fetch(ids: list[int]) -> list[DeadlineItem]:
            from casefile.services.deadline_list import deadline_page

            return deadline_page(archive, ids, today) if archive is not None else []

        self.model.set_ids(listing.ids, fetch, listing.first_page, today)  # rows read anew
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and self.model.rowCount():
            # the next one after a row left the list; the first on a first read
            row = min(max(old_row, 0), self.model.rowCount() - 1)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(self.model.index(row, 0))
        self.calendar.set_counts(((c.day, c.deadlines, c.status) for c in read.counts), today)
        if self._month is None:  # first read: the month of the archive's today, not Qt's
            self._month = read.month
            self.calendar.blockSignals(True)
            self.calendar.setSelectedDate(QDate(today.year, today.month, today.day))
            self.calendar.setCurrentPage(*read.month)
            self.calendar.blockSignals(False)
        self.countLabel.setText(self._count_text(listing.count))
        self._update_buttons()

    def _size_columns(self) -> None:
        """Columns wide enough for their words (and their headers, in this language)."""
        metrics = self.table.fontMetrics()
        char = metrics.averageCharWidth()
        for column, chars in self._widths.items():
            heading = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            self.table.setColumnWidth(
                column, max(chars * char, metrics.horizontalAdvance(heading)) + 16
            )

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._sized:  # the month a quarter of the width, the table (its titles) the rest
            self._sized = True
            width = max(self.width(), 900)
            self.splitter.setSizes([width * 3 // 4, width // 4])
        super().showEvent(event)

    def _count_text(self, count: int) -> str:
        if count == 0:
            return self.tr("No deadline matches these filters.")
        if count == 1:
            return self.tr("1 deadline")
        return self.tr("%s deadlines") % f"{count:,}"

    # --- the selected deadline -----------------------------------------------------------

    def current_item(self) -> DeadlineItem | None:
        index = self.table.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    def select_deadline(self, deadline_id: int) -> bool:
        """Make this deadline the current row (False if it is not listed)."""
        row = self.model.row_of(deadline_id)
        if row < 0:
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.model.item_at(current.row()) if current.isValid() else None
        if item is not None:
            self._selected_id = item.id
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.current_item()
        is_open = item is not None and item.status is DeadlineStatus.OPEN
        self.doneButton.setEnabled(is_open)
        self.waiveButton.setEnabled(is_open and self._case_actions() is not None)
        self.reopenButton.setEnabled(item is not None and not is_open)
        self.openButton.setEnabled(item is not None)

    def row_menu(self) -> QMenu:
        """The selected row's menu: the buttons' actions, enabled as they are."""
        menu = QMenu(self.table)
        for button in (self.doneButton, self.waiveButton, self.reopenButton, self.openButton):
            action = menu.addAction(button.text())
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
        return menu

    def _row_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if index.isValid():
            self.table.setCurrentIndex(index)
        elif self.table.currentIndex().isValid():  # the Menu key: at the current row
            point = self.table.visualRect(self.table.currentIndex()).center()
        if self.current_item() is None:
            return
        menu = self.row_menu()
        menu.exec(self.table.viewport().mapToGlobal(point))
        menu.deleteLater()

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.item_at(index.row())
        if item is not None:
            self.item_activated.emit(item.case_id, DEADLINES_TAB)

    def open_case(self) -> None:
        """Its case, on the Deadlines tab."""
        item = self.current_item()
        if item is not None:
            self.item_activated.emit(item.case_id, DEADLINES_TAB)

    # --- writing -------------------------------------------------------------------------

    def _set_status(self, status: DeadlineStatus) -> None:
        item, archive = self.current_item(), self.archive
        if item is None or archive is None:
            return
        from casefile.ui.changes import ArchiveChange, Changed

        said = {
            DeadlineStatus.DONE: self.tr("Marked “%s” done."),
            DeadlineStatus.OPEN: self.tr("Reopened “%s”."),
        }[status]
        deadline_id = item.id

        def op(_ctx: Any) -> None:
            from casefile.services.records import set_deadline_status

            set_deadline_status(archive, deadline_id, status.value)

        change = ArchiveChange(
            archive, item.case_id, frozenset({Changed.DEADLINES}), said % item.title
        )
        self.write(op, change, self.tr("Saving deadline"))

    def mark_done(self) -> None:
        """Mark the selected deadline done today."""
        self._set_status(DeadlineStatus.DONE)

    def reopen(self) -> None:
        """Count the selected deadline, done or waived, as open again."""
        self._set_status(DeadlineStatus.OPEN)

    def export_calendar(self) -> Any:
        """The deadlines the filters show, to an .ics file (the window asks where)."""
        calendars = getattr(self.window(), "calendars", None)
        if calendars is None or self.archive is None:
            return None
        return calendars.export(self.filters(), None, "Casefile deadlines.ics")

    def _case_actions(self) -> Any:
        """The window's `CaseActions` (its dialog registry), None outside a window."""
        return getattr(self.window(), "case_actions", None)

    def waive(self) -> None:
        """Waive the selected deadline: its case is read, then the Waive dialog asks why."""
        item, actions = self.current_item(), self._case_actions()
        if item is None or actions is None or item.status is not DeadlineStatus.OPEN:
            return
        deadline_id = item.id

        def then(detail: CaseDetail) -> None:
            from casefile.ui.dialogs.deadline_editor import WaiveDeadlineDialog

            row = next((d for d in detail.deadlines if d.id == deadline_id), None)
            if row is None:  # removed meanwhile: the list is read again
                self.refresh()
                return
            window = self.window()
            actions.open_dialog(
                WaiveDeadlineDialog,
                lambda archive: WaiveDeadlineDialog(archive, detail, row, window),
                detail.id,
            )

        actions.with_case(item.case_id, then)

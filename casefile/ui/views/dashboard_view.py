"""The Dashboard view: the practice at a glance, from `services.dashboard.dashboard` (the same
service as `casefile dashboard`).

Sections as compact tables with their counts in the headings (deadlines overdue, due within 7 and
within 30 days; suspicion reached and not transferred; transfer steps overdue; open customs
detentions; rights and recordals expiring; repeat infringers this quarter), each row a case
reference and a short text, its tooltip the item's `why`. Double-click or Enter on a row emits
`item_activated(case_id, tab)`: the window shows that case on that tab. Below, costs against
recoveries per quarter and per route (`widgets/money_chart.py`), one currency at a time.

The dashboard is read off the GUI thread through the window's `read` (abandoned when the
archive closes), and only while the view is shown: a change to the archive while another view is
shown marks it stale, and it is read again when it is next shown. The first read shows
"Reading the dashboard…"; later ones keep the sections shown and say "Updating…".
This module imports no service: the window imports it at start-up, before the SQL libraries load.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casefile.ui import labels
from casefile.ui.core_words import say_phrase
from casefile.ui.views.archive_view import ArchiveView
from casefile.ui.widgets.money_chart import BarGroup, MoneyChart

if TYPE_CHECKING:
    from casefile.services.dashboard import Dashboard, MoneyBar, Quarter

VISIBLE_ROWS = 6  # rows a section shows before it scrolls
SECTIONS = (
    "overdue",
    "due_soon",
    "due_later",
    "suspicion",
    "transfers",
    "detentions",
    "expiring",
    "repeat",
)
# the view's section → the Dashboard field it lists
BOARD_FIELDS = {
    "overdue": "overdue",
    "due_soon": "due_soon",
    "due_later": "due_later",
    "suspicion": "suspicion",
    "transfers": "transfers_overdue",
    "detentions": "detentions",
    "expiring": "expiring",
    "repeat": "repeat_infringers",
}
# the sections' places: three columns, deadlines first
PLACES = {
    "overdue": (0, 0),
    "due_soon": (1, 0),
    "due_later": (2, 0),
    "suspicion": (0, 1),
    "transfers": (1, 1),
    "detentions": (2, 1),
    "expiring": (0, 2),
    "repeat": (1, 2),
}


@dataclass(frozen=True, slots=True)
class DashboardRow:
    """One line of a section: the case it opens (None: none to open) and on which tab."""

    case_id: int | None
    reference: str
    text: str
    when: str  # a date, or ""
    tooltip: str
    tab: str


COL_REFERENCE, COL_TEXT, COL_WHEN = range(3)


class DashboardRowsModel(QAbstractTableModel):
    """A section's rows: reference, text, date; the tooltip of every cell is the row's why."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[DashboardRow, ...] = ()

    def set_rows(self, rows: Sequence[DashboardRow]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def row_at(self, row: int) -> DashboardRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.reference or "—", row.text, row.when)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return labels.rich(row.tooltip)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COL_WHEN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return (self.tr("Case"), self.tr("What"), self.tr("Date"))[section]
        return None


class DashboardSection(QWidget):
    """A heading with the count, and the rows (or a word saying there are none)."""

    activated = Signal(object)  # the DashboardRow activated

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{key}Section")
        self.heading = QLabel(self)
        self.heading.setObjectName(f"{key}Heading")
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.model = DashboardRowsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName(f"{key}Table")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        # Tab goes on to the next list (arrows move within one), and the row to open shows
        # only in the list that has the focus
        self.table.setTabKeyNavigation(False)
        self.table.installEventFilter(self)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.horizontalHeader().hide()
        self.table.verticalHeader().hide()
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_REFERENCE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_WHEN, QHeaderView.ResizeMode.ResizeToContents)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.activated.connect(self._activated)
        self.empty = QLabel(self)
        self.empty.setObjectName(f"{key}Empty")
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.table:
            return super().eventFilter(watched, event)
        kind = event.type()
        if kind == QEvent.Type.FocusOut:
            reason = cast(QFocusEvent, event).reason()
            if reason != Qt.FocusReason.PopupFocusReason:  # a tooltip or menu keeps it
                self.table.clearSelection()
        elif kind == QEvent.Type.FocusIn and not self.table.selectionModel().hasSelection():
            self.table.selectRow(max(0, self.table.currentIndex().row()))  # none if empty
        return super().eventFilter(watched, event)

    def set_rows(
        self, heading: str, rows: Sequence[DashboardRow], empty_text: str, more_text: str = ""
    ) -> None:
        """`more_text`: said under the rows when the section holds more than it lists."""
        self.heading.setText(heading)
        self.model.set_rows(rows)
        self.empty.setText(more_text if rows else empty_text)
        self.empty.setVisible(not rows or bool(more_text))
        self.table.setVisible(bool(rows))
        shown = min(len(rows), VISIBLE_ROWS)
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(shown * self.table.verticalHeader().defaultSectionSize() + frame)

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.activated.emit(row)


class DashboardView(ArchiveView):
    """The Dashboard page. Call `attach(read)` once and `set_archive` with each archive."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build()
        self.retranslate()
        self.show_message(self.tr("No archive is open."))

    @property
    def board(self) -> Dashboard | None:
        """The dashboard shown (None before the first read)."""
        return cast("Dashboard | None", self.result)

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.titleLabel.setObjectName("dashboardTitle")
        self.stateLabel.setObjectName("dashboardState")
        self.stateLabel.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.messageLabel.setObjectName("dashboardMessage")
        self.messageLabel.setStyleSheet("color: palette(placeholder-text);")
        self.problemsLabel = QLabel(self)
        self.problemsLabel.setObjectName("dashboardProblems")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.hide()
        outer = cast(QVBoxLayout, self.layout())
        outer.insertWidget(1, self.problemsLabel)

        self.scrollArea = QScrollArea(self.content)
        self.scrollArea.setObjectName("dashboardScroll")
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        holder = QVBoxLayout(self.content)
        holder.setContentsMargins(0, 0, 0, 0)
        holder.addWidget(self.scrollArea)

        content = QWidget()
        content.setObjectName("dashboardContent")
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 4, 0)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(14)
        self.sections: dict[str, DashboardSection] = {}
        for key in SECTIONS:
            section = DashboardSection(key, content)
            section.activated.connect(self._row_activated)
            row, column = PLACES[key]
            grid.addWidget(section, row, column, Qt.AlignmentFlag.AlignTop)
            self.sections[key] = section
        for column in range(3):
            grid.setColumnStretch(column, 1)
        grid.addWidget(self._build_money(content), 3, 0, 1, 3)
        grid.setRowStretch(4, 1)
        self.scrollArea.setWidget(content)

    def _build_money(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        box.setObjectName("moneySection")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        top = QHBoxLayout()
        self.moneyHeading = QLabel(box)
        self.moneyHeading.setObjectName("moneyHeading")
        font = QFont(self.moneyHeading.font())
        font.setBold(True)
        self.moneyHeading.setFont(font)
        self.currencyCombo = QComboBox(box)
        self.currencyCombo.setObjectName("currencyCombo")
        self.routeCombo = QComboBox(box)
        self.routeCombo.setObjectName("routeCombo")
        self.routeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        top.addWidget(self.moneyHeading)
        top.addStretch(1)
        top.addWidget(self.routeCombo)
        top.addWidget(self.currencyCombo)
        layout.addLayout(top)
        charts = QHBoxLayout()
        charts.setSpacing(18)
        left = QVBoxLayout()
        self.quarterCaption = QLabel(box)
        self.quarterCaption.setStyleSheet("color: palette(placeholder-text);")
        self.quarterChart = MoneyChart(box)
        self.quarterChart.setObjectName("quarterChart")
        left.addWidget(self.quarterCaption)
        left.addWidget(self.quarterChart, 1)
        right = QVBoxLayout()
        self.routeCaption = QLabel(box)
        self.routeCaption.setStyleSheet("color: palette(placeholder-text);")
        self.routeChart = MoneyChart(box)
        self.routeChart.setObjectName("routeChart")
        right.addWidget(self.routeCaption)
        right.addWidget(self.routeChart, 1)
        charts.addLayout(left, 3)
        charts.addLayout(right, 2)
        layout.addLayout(charts)
        self.currencyCombo.currentIndexChanged.connect(lambda _i: self._fill_money())
        self.routeCombo.currentIndexChanged.connect(lambda _i: self._fill_money())
        return box

    # --- reading -----------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Dashboard")

    def reading_text(self) -> str:
        return self.tr("Reading the dashboard…")

    def read_op(self, archive: Any) -> Dashboard:
        from casefile.services.dashboard import SECTION_LIMIT, dashboard

        return dashboard(archive, limit=SECTION_LIMIT)  # exact counts, the first rows each

    def show_result(self, result: Any) -> None:
        self._fill()

    # --- filling -------------------------------------------------------------------------

    def _fill(self) -> None:
        board = self.board
        if board is None:
            return
        self.stateLabel.setText(self.tr("On %s") % labels.day(board.today))
        if board.problems:
            self.problemsLabel.setText(
                "\n".join(self.tr("Not shown: %s") % problem for problem in board.problems)
            )
            self.problemsLabel.show()
        else:
            self.problemsLabel.hide()
        none = self.tr("None.")
        # each section's exact count, thousands grouped ("3,361"); it may list fewer rows
        count = {field: f"{board.count(field):,}" for field in BOARD_FIELDS.values()}
        sections: dict[str, tuple[str, list[DashboardRow], str]] = {
            "overdue": (
                self.tr("Overdue deadlines (%s)") % count["overdue"],
                [self._deadline_row(d) for d in board.overdue],
                self.tr("No deadline is overdue."),
            ),
            "due_soon": (
                self.tr("Due within %s days (%s)") % (board.soon_days, count["due_soon"]),
                [self._deadline_row(d) for d in board.due_soon],
                none,
            ),
            "due_later": (
                self.tr("Due within %s days (%s)") % (board.later_days, count["due_later"]),
                [self._deadline_row(d) for d in board.due_later],
                none,
            ),
            "suspicion": (
                self.tr("Suspicion reached, not transferred (%s)") % count["suspicion"],
                [self._suspicion_row(s) for s in board.suspicion],
                none,
            ),
            "transfers": (
                self.tr("Transfer steps overdue (%s)") % count["transfers_overdue"],
                [self._transfer_row(t) for t in board.transfers_overdue],
                none,
            ),
            "detentions": (
                self.tr("Open customs detentions (%s)") % count["detentions"],
                [self._detention_row(d) for d in board.detentions],
                none,
            ),
            "expiring": (
                self.tr("Rights and recordals expiring by %s (%s)")
                % (labels.day(board.expiry_until), count["expiring"]),
                [self._expiry_row(e) for e in board.expiring],
                none,
            ),
            "repeat": (
                self.tr("Repeat infringers in %s (%s)")
                % (self.quarter_label(board.quarter), count["repeat_infringers"]),
                [self._repeat_row(r) for r in board.repeat_infringers],
                none,
            ),
        }
        for key, (heading, rows, empty) in sections.items():
            total = board.count(BOARD_FIELDS[key])
            more = (
                self.tr("The first %s of %s.") % (f"{len(rows):,}", f"{total:,}")
                if total > len(rows)
                else ""
            )
            self.sections[key].set_rows(heading, rows, empty, more)
        self._fill_money_choices()
        self._fill_money()
        self.stack.setCurrentWidget(self.content)

    def quarter_label(self, quarter: Quarter) -> str:
        return self.tr("%s Q%s") % (quarter.year, quarter.number)

    def _relative(self, days_left: int) -> str:
        if days_left < 0:
            return labels.plural("overdue_days", -days_left)
        if days_left == 0:
            return self.tr("due today")
        return labels.plural("in_days_after_date", days_left)

    @staticmethod
    def _tip(reference: str, title: str, why: str) -> str:
        head = " ".join(part for part in (reference, title) if part)
        return f"{head}\n\n{why}" if head else why

    def _deadline_row(self, d: Any) -> DashboardRow:
        return DashboardRow(
            d.case_id,
            d.reference,
            f"{d.title} · {self._relative(d.days_left)}",
            labels.day(d.due_on),
            self._tip(d.reference, d.case_title, d.why),
            d.tab.value,
        )

    def _suspicion_row(self, s: Any) -> DashboardRow:
        return DashboardRow(
            s.case_id,
            s.reference,
            "; ".join(say_phrase(reason) for reason in s.reason_phrases) or s.case_title,
            "",
            self._tip(s.reference, s.case_title, s.why),
            s.tab.value,
        )

    def _transfer_row(self, t: Any) -> DashboardRow:
        return DashboardRow(
            t.case_id,
            t.reference,
            # the rule's title in the interface's language (the rule book has both)
            f"{labels.rule_label(t.rule_id) if t.rule_id else t.next_title} · "
            f"{labels.plural('overdue_days', t.days_overdue)}",
            labels.day(t.due_on),
            self._tip(t.reference, t.case_title, t.why),
            t.tab.value,
        )

    def _detention_row(self, d: Any) -> DashboardRow:
        who = " ".join(
            part for part in (d.authority or self.tr("Customs"), d.authority_ref) if part
        )
        parts = [who, self.tr("held since %s") % labels.day(d.held_since)]
        if d.deadlines:
            first = d.deadlines[0]
            parts.append(f"{first.title} {self._relative(first.days_left)}")
        else:
            parts.append(self.tr("no open deadline"))
        return DashboardRow(
            d.case_id,
            d.reference,
            " · ".join(parts),
            labels.day(d.next_due),
            self._tip(d.reference, d.case_title, d.why),
            d.tab.value,
        )

    def _expiry_row(self, e: Any) -> DashboardRow:
        right = f"{labels.label(e.kind)} {e.number}".strip()
        if e.record == "recordal":
            what = self.tr("Customs recordal %s of %s") % (e.recordal_number or "—", right)
        else:
            what = right
        states = {
            "valid": self.tr("renewal window not open yet"),
            "renew_now": self.tr("renew now"),
            "late": self.tr("late, in the grace period"),
        }
        state = states.get(e.state.value, labels.label(e.state.value))
        tip = e.why
        if e.case_id is None:
            tip = f"{tip}\n\n" + self.tr("No open case enforces it.")
        elif len(e.open_cases) > 1:
            others = ", ".join(c.reference for c in e.open_cases)
            tip = f"{tip}\n\n" + self.tr("Enforced in %s.") % others
        return DashboardRow(
            e.case_id,
            e.reference,
            f"{what} ({e.jurisdiction}) · {state}",
            labels.day(e.expires),
            self._tip(e.reference, e.title, tip),
            e.tab.value,
        )

    def _repeat_row(self, r: Any) -> DashboardRow:
        return DashboardRow(
            r.case_id,
            r.reference,
            f"{r.name} · {labels.plural('cases', r.cases_count)}",
            labels.day(r.last_seen),
            self._tip(r.reference, r.name, r.why),
            r.tab.value,
        )

    def _row_activated(self, row: DashboardRow) -> None:
        if row.case_id is not None:
            self.item_activated.emit(row.case_id, row.tab)

    # --- money ---------------------------------------------------------------------------

    def _route_name(self, route: str) -> str:
        return labels.label(route) if route else self.tr("No proceeding")

    def _fill_money_choices(self) -> None:
        board = self.board
        if board is None:
            return
        money = board.money
        for combo, values, first in (
            (self.currencyCombo, list(money.currencies), None),
            (self.routeCombo, list(money.routes), self.tr("All routes")),
        ):
            kept = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if first is not None:
                combo.addItem(first, None)
            for value in values:
                combo.addItem(
                    value if combo is self.currencyCombo else self._route_name(value), value
                )
            found = combo.findData(kept) if kept is not None else -1
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)
        self.currencyCombo.setVisible(len(money.currencies) > 1)
        self.currencyCombo.setToolTip(self.tr("The currency shown: amounts are never converted"))
        self.routeCombo.setToolTip(self.tr("The route whose quarters are shown"))
        self.routeCombo.setVisible(bool(money.routes))

    def _fill_money(self) -> None:
        board = self.board
        if board is None:
            return
        money = board.money
        first, last = self.quarter_label(money.quarters[0]), self.quarter_label(money.quarters[-1])
        self.moneyHeading.setText(self.tr("Costs and recoveries, %s – %s") % (first, last))
        self.moneyHeading.setToolTip(labels.rich(money.why))
        currency = self.currencyCombo.currentData() or (money.currencies or ("",))[0]
        route = self.routeCombo.currentData()
        nothing = self.tr("No costs or recoveries recorded in these quarters.")
        quarter_groups = []
        for quarter in money.quarters:
            bars = [
                b
                for b in money.bars
                if b.quarter == quarter
                and b.currency == currency
                and (route is None or b.route == route)
            ]
            name = self.quarter_label(quarter)
            where = self._route_name(route) if route is not None else self.tr("All routes")
            quarter_groups.append(self._group(name, f"{name} · {where}", bars, currency))
        self.quarterCaption.setText(
            self.tr("Per quarter: %s")
            % (self._route_name(route) if route is not None else self.tr("all routes"))
        )
        self.quarterChart.set_groups(quarter_groups, currency, nothing)
        route_groups = (
            [
                self._group(self._route_name(r), self._route_name(r), [total], currency)
                for r, total in money.route_totals(currency).items()
            ]
            if currency
            else []
        )
        self.routeCaption.setText(self.tr("Per route, %s – %s") % (first, last))
        self.routeChart.set_groups(route_groups, currency, nothing)

    def _group(self, name: str, title: str, bars: list[MoneyBar], currency: str) -> BarGroup:
        costs = sum((b.costs for b in bars), Decimal(0))
        recoveries = sum((b.recoveries for b in bars), Decimal(0))
        held = sum((b.bonds_held for b in bars), Decimal(0))
        entries = sum(b.entries for b in bars)
        lines = [
            title,
            self.tr("Costs: %s %s") % (currency, f"{costs:,.2f}"),
            self.tr("Recoveries: %s %s") % (currency, f"{recoveries:,.2f}"),
            self.tr("Net: %s %s") % (currency, f"{recoveries - costs:,.2f}"),
        ]
        if held:
            lines.append(self.tr("Bonds held (not counted): %s %s") % (currency, f"{held:,.2f}"))
        lines.append(self.tr("Entries recorded: %s") % entries)
        return BarGroup(name, costs, recoveries, "\n".join(lines))

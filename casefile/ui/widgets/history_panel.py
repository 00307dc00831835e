"""The History tab: the case's audit trail, newest first (when, who, which record, what, before →
after), filtered by words, by kind of record and by the days it was made on (From, To: each
optional, by its check box). Composes `forms/history_panel.ui`.

It reads nothing itself: `ui.case_history.CaseHistory` reads the trail in the background when the
tab is shown, the case changes or the filter settles, and hands the rows over with `show_rows`.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from casefile.domain import RecordKind
from casefile.ui import i18n, tasks
from casefile.ui.dates import today_qdate
from casefile.ui.dialogs.record_dialog import OptionalDate
from casefile.ui.forms.history_panel_ui import Ui_HistoryPanel
from casefile.ui.models.history_table import (
    COL_ACTION,
    COL_CHANGES,
    COL_RECORD,
    COL_WHEN,
    COL_WHO,
    HistoryTableModel,
)

if TYPE_CHECKING:
    from casefile.services.history import HistoryRow

FILTER_DELAY_MS = 300
# At first (a user may widen them): Before → after takes what is left, on a laptop's 640 px pane.
WHO_WIDTH = 90
RECORD_WIDTH = 170
K = RecordKind


class HistoryPanel(QWidget):
    filter_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HistoryPanel()
        self.ui.setupUi(self)
        self.model = HistoryTableModel(self)
        ui = self.ui
        ui.table.setModel(self.model)
        header = ui.table.horizontalHeader()
        for column, mode in (
            (COL_WHEN, QHeaderView.ResizeMode.ResizeToContents),  # date and time, one line
            (COL_WHO, QHeaderView.ResizeMode.Interactive),
            (COL_RECORD, QHeaderView.ResizeMode.Interactive),
            (COL_ACTION, QHeaderView.ResizeMode.ResizeToContents),
            (COL_CHANGES, QHeaderView.ResizeMode.Stretch),
        ):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(COL_WHO, WHO_WIDTH)
        header.resizeSection(COL_RECORD, RECORD_WIDTH)
        ui.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)  # tall rows
        ui.table.verticalHeader().setVisible(False)
        ui.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.statusLabel.setStyleSheet("color: palette(placeholder-text);")
        ui.kindCombo.addItem(self.tr("All records"), "")
        for kind, words in self._kinds().items():
            ui.kindCombo.addItem(words, kind.value)
        self._timer = tasks.settle_timer(self, FILTER_DELAY_MS, self.filter_changed.emit)
        ui.filterEdit.textChanged.connect(lambda _t: self._timer.start())
        ui.kindCombo.currentIndexChanged.connect(lambda _i: self.filter_changed.emit())
        self._since = OptionalDate(ui.sinceCheck, ui.sinceEdit, today_qdate())
        self._until = OptionalDate(ui.untilCheck, ui.untilEdit, today_qdate())
        for day in (self._since, self._until):
            day.check.toggled.connect(lambda _on: self.filter_changed.emit())
            day.edit.dateChanged.connect(lambda _d: self._timer.start())
            day.edit.refused.connect(lambda _reason: self.filter_changed.emit())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if i18n.is_language_change(event):
            i18n.retranslate_widget(self)

    def retranslate(self) -> None:
        """The record kinds and the table's headers in the new language; the filter typed and
        the kind chosen stay."""
        words = {"": self.tr("All records")} | {k.value: w for k, w in self._kinds().items()}
        combo = self.ui.kindCombo
        for index in range(combo.count()):
            combo.setItemText(index, words.get(combo.itemData(index), combo.itemText(index)))
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )

    def _kinds(self) -> dict[RecordKind, str]:
        """The kinds a user filters by (the bookkeeping ones are found under their record)."""
        return {
            K.CASE: self.tr("The case itself"),
            K.PROCEEDING: self.tr("Proceedings"),
            K.EVENT: self.tr("Events"),
            K.PARTY: self.tr("Parties"),
            K.IDENTIFIER: self.tr("Identifiers"),
            K.CASE_PARTY: self.tr("Parties linked"),
            K.RIGHT: self.tr("Rights"),
            K.RECORDAL: self.tr("Customs recordals"),
            K.EXHIBIT: self.tr("Exhibits"),
            K.CUSTODY: self.tr("Chain of custody"),
            K.FIGURE: self.tr("Threshold figures"),
            K.PRIOR_PENALTY: self.tr("Earlier penalties"),
            K.TRANSFER_STEP: self.tr("Transfer steps"),
            K.DEADLINE: self.tr("Deadlines"),
            K.MONEY: self.tr("Money"),
            K.NOTE: self.tr("Notes"),
            K.LISTING: self.tr("Listings"),
        }

    # --- what the reader asks --------------------------------------------------------------

    def text_filter(self) -> str:
        return self.ui.filterEdit.text().strip()

    def kind_filter(self) -> tuple[str, ...]:
        kind = self.ui.kindCombo.currentData()
        return (kind,) if kind else ()

    def since_filter(self) -> date | None:
        """The first day shown (None: from the start)."""
        return None if self.date_problem() else self._since.day()

    def until_filter(self) -> date | None:
        """The last day shown (None: to the latest)."""
        return None if self.date_problem() else self._until.day()

    def date_problem(self) -> str:
        """Why a date ticked is not a date, in words ("" when both are dates or unticked)."""
        for day in (self._since, self._until):
            problem = day.edit.problem() if day.check.isChecked() else ""
            if problem:
                field = day.check.text().replace("&", "")
                return self.tr("{field}: {problem}").format(field=field, problem=problem)
        return ""

    # --- what it is given ------------------------------------------------------------------

    def show_loading(self) -> None:
        self.ui.statusLabel.setText(self.tr("Reading the history…"))

    def show_rows(self, rows: tuple[HistoryRow, ...]) -> None:
        self.model.set_rows(rows)
        filtered = bool(
            self.text_filter() or self.kind_filter() or self.since_filter() or self.until_filter()
        )
        if rows:
            text = self.tr("%d changes, newest first.") % len(rows)
        elif filtered:
            text = self.tr("No change matches the filter.")
        else:
            text = self.tr("No changes recorded.")
        self.ui.statusLabel.setText(text)

    def show_failure(self, text: str) -> None:
        self.model.set_rows(())
        self.ui.statusLabel.setText(text)

    def clear(self) -> None:
        self.model.set_rows(())
        self.ui.statusLabel.setText("")

    def text(self) -> str:
        """What the tab shows, as text (for tests)."""
        return f"{self.model.text()}\n{self.ui.statusLabel.text()}"

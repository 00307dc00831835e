"""The Rights & Recordals view: every right of the practice with its customs recordals, where
each stands against its expiry by the renewal rules (valid, renew now, late, expired, with the
rule's explanation and source as the tooltip), and the cases that enforce it
(`services.right_list`).

The most pressing first: expired, late, renew now, then valid by soonest expiry. A filter
narrows to what needs attention or what expires within six months. The selected right's cases
are read when it is selected (a right may be enforced in thousands); Enter on one opens it at
its Rights tab. This module imports no service at start-up.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, cast

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from casefile import clock
from casefile.domain import RenewalState
from casefile.ui import errors, labels, tasks
from casefile.ui.core_words import say_all
from casefile.ui.models.row_table import Index, RowTableModel
from casefile.ui.views.archive_view import ArchiveView

if TYPE_CHECKING:
    from casefile.rules.renewals import Renewal
    from casefile.services.right_list import RightCase, RightItem

RIGHTS_TAB = "rights"  # the case detail's tab showing its rights
EXPIRY_MONTHS = 6  # "expiring soon", as the dashboard counts it
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the right's id on each row of its tree
SHOWS = cast(
    "tuple[tuple[str, str], ...]",
    (
        ("all", QT_TRANSLATE_NOOP("RightsView", "All rights")),
        ("attention", QT_TRANSLATE_NOOP("RightsView", "Needing attention")),
        ("expiring", QT_TRANSLATE_NOOP("RightsView", "Expiring within 6 months")),
    ),
)
HEADERS = cast(
    "tuple[str, ...]",
    (
        QT_TRANSLATE_NOOP("RightsView", "Right or recordal"),
        QT_TRANSLATE_NOOP("RightsView", "Title and owner"),
        QT_TRANSLATE_NOOP("RightsView", "Jurisdiction"),
        QT_TRANSLATE_NOOP("RightsView", "Valid until"),
        QT_TRANSLATE_NOOP("RightsView", "Standing"),
        QT_TRANSLATE_NOOP("RightsView", "Cases"),
    ),
)
DANGER, WARN = QColor(176, 32, 32), QColor(166, 100, 0)


def _needs_attention(renewal: Renewal | None) -> bool:
    return renewal is not None and renewal.state is not RenewalState.VALID


def _expires_by(renewal: Renewal | None, until: date) -> bool:
    return renewal is not None and renewal.expires <= until


class RightCaseTableModel(RowTableModel):
    """The cases enforcing the selected right."""

    HEADERS = cast(
        "tuple[str, ...]",
        (
            QT_TRANSLATE_NOOP("RightCaseTableModel", "Reference"),
            QT_TRANSLATE_NOOP("RightCaseTableModel", "Title"),
            QT_TRANSLATE_NOOP("RightCaseTableModel", "Status"),
            QT_TRANSLATE_NOOP("RightCaseTableModel", "Opened"),
        ),
    )

    def set_rows(self, rows: list[RightCase]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def case_at(self, row: int) -> RightCase | None:
        return cast("RightCase | None", self.row_at(row))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        case = self.case_at(index.row()) if index.isValid() else None
        if case is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            case.reference,
            case.title,
            labels.label(case.status.value),
            labels.day(case.opened_on),
        )[index.column()]


class RightsView(ArchiveView):
    """The Rights & Recordals page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[RightItem] = []
        self._cases_task: tasks.Task[Any] | None = None
        self._build()
        self.retranslate()
        self.show_message(self.tr("No archive is open."))

    def _build(self) -> None:
        self.showLabel = QLabel(self)
        self.showCombo = QComboBox(self)
        self.showCombo.setObjectName("rightsShow")
        self.showLabel.setBuddy(self.showCombo)
        for code, _text in SHOWS:
            self.showCombo.addItem("", code)
        self.showCombo.currentIndexChanged.connect(lambda _i: self._fill())
        self.headerBar.addSpacing(12)
        self.headerBar.addWidget(self.showLabel)
        self.headerBar.addWidget(self.showCombo)
        self.headerBar.addStretch(1)

        split = QSplitter(Qt.Orientation.Vertical, self.content)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView(split)
        self.tree.setObjectName("rightsTree")
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.selectionModel().currentRowChanged.connect(lambda *_a: self._right_selected())

        below = QWidget(split)
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 6, 0, 0)
        self.detailLabel = QLabel(below)
        self.detailLabel.setObjectName("rightDetail")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detailLabel.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.casesLabel = QLabel(below)
        self.caseModel = RightCaseTableModel(self)
        self.caseTable = QTableView(below)
        self.caseTable.setObjectName("rightCaseTable")
        self.caseTable.setModel(self.caseModel)
        self.caseTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.caseTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.caseTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.caseTable.setTabKeyNavigation(False)
        self.caseTable.verticalHeader().hide()
        self.caseTable.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.caseTable.horizontalHeader()
        for column in range(self.caseModel.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == 1
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        self.caseTable.activated.connect(self._case_activated)
        self.casesLabel.setBuddy(self.caseTable)
        # the right's standing may run to several lines (a rule's whole reason): it scrolls
        # rather than pushing the cases out of a short window (200 % on a laptop)
        self.detailArea = detail = QScrollArea(below)
        detail.setWidgetResizable(True)
        detail.setFrameShape(QFrame.Shape.NoFrame)
        detail.setWidget(self.detailLabel)
        detail.setSizeAdjustPolicy(QScrollArea.SizeAdjustPolicy.AdjustToContents)
        detail.viewport().installEventFilter(self)
        below_layout.addWidget(detail)
        below_layout.addWidget(self.casesLabel)
        below_layout.addWidget(self.caseTable, 1)
        split.addWidget(self.tree)
        split.addWidget(below)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

    # --- words ---------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Rights & Recordals")

    def reading_text(self) -> str:
        return self.tr("Reading the rights…")

    def retranslate(self) -> None:
        self.showLabel.setText(self.tr("&Show:"))
        for index, (_code, text) in enumerate(SHOWS):
            self.showCombo.setItemText(index, self.tr(text))
        self.casesLabel.setText(self.tr("C&ases enforcing it (Enter opens one):"))
        super().retranslate()

    # --- reading -------------------------------------------------------------------------

    def read_op(self, archive: Any) -> list[RightItem]:
        from casefile.services.right_list import right_list

        return right_list(archive)

    def show_result(self, result: Any) -> None:
        self.items = list(result)
        self._fill()

    def _shown_items(self) -> list[RightItem]:
        show = self.showCombo.currentData()
        if show == "attention":
            keep = lambda i: any(  # noqa: E731
                _needs_attention(r) for r in (i.renewal, *(x.renewal for x in i.recordals))
            )
        elif show == "expiring":
            until = clock.today() + relativedelta(months=EXPIRY_MONTHS)
            keep = lambda i: any(  # noqa: E731
                _expires_by(r, until) for r in (i.renewal, *(x.renewal for x in i.recordals))
            )
        else:
            return self.items
        return [item for item in self.items if keep(item)]

    def _fill(self) -> None:
        selected = self.selected_right_id()
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        shown = self._shown_items()
        for item in shown:
            right = item.right
            row = self._row(
                f"{labels.label(right.kind)} {right.number}",
                " · ".join(p for p in (right.title, right.owner) if p),
                right.jurisdiction,
                right.valid_to,
                item.renewal,
                self.tr("%d (%d open)") % (item.case_count, item.open_count),
            )
            for cell in row:
                cell.setData(right.id, ID_ROLE)
            for recordal_item in item.recordals:
                recordal = recordal_item.recordal
                child = self._row(
                    self.tr("Customs recordal %s") % recordal.number,
                    recordal.authority,
                    "",
                    recordal.valid_to,
                    recordal_item.renewal,
                    "",
                )
                for cell in child:
                    cell.setData(right.id, ID_ROLE)
                row[0].appendRow(child)
            self.model.appendRow(row)
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        if not self.items:
            self.stateLabel.setText(self.tr("No rights are recorded yet."))
        else:
            self.stateLabel.setText(
                self.tr("%d of %d right(s) shown.") % (len(shown), len(self.items))
            )
        if not self._select(selected) and self.model.rowCount():
            self.tree.setCurrentIndex(self.model.index(0, 0))
        elif not self.model.rowCount():
            self._show_detail(None)

    def _row(
        self,
        name: str,
        title: str,
        jurisdiction: str,
        valid_to: date | None,
        renewal: Renewal | None,
        cases: str,
    ) -> list[QStandardItem]:
        standing = labels.label(renewal.state.value) if renewal is not None else ""
        standing = standing[:1].upper() + standing[1:]  # "renew now" said in a sentence elsewhere
        cells = [
            QStandardItem(text)
            for text in (name, title, jurisdiction, labels.day(valid_to), standing, cases)
        ]
        if renewal is not None:
            explained = say_all(renewal.explanation_phrases, renewal.explanation)
            tip = f"{explained}\n{renewal.rule.source}"
            for cell in cells:
                cell.setToolTip(tip)
            if renewal.state in (RenewalState.LATE, RenewalState.EXPIRED):
                cells[4].setForeground(QBrush(DANGER))
            elif renewal.state is RenewalState.RENEW_NOW:
                cells[4].setForeground(QBrush(WARN))
            if renewal.state is not RenewalState.VALID:
                font = cells[4].font()
                font.setBold(True)
                cells[4].setFont(font)
        cells[5].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return cells

    # --- the selected right --------------------------------------------------------------

    def selected_right_id(self) -> int | None:
        index = self.tree.currentIndex()
        value = index.data(ID_ROLE) if index.isValid() else None
        return int(value) if value is not None else None

    def _select(self, right_id: int | None) -> bool:
        if right_id is None:
            return False
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(ID_ROLE) == right_id:
                self.tree.setCurrentIndex(index)
                return True
        return False

    def item_of(self, right_id: int | None) -> RightItem | None:
        return next((i for i in self.items if i.right.id == right_id), None)

    def _right_selected(self) -> None:
        self._show_detail(self.item_of(self.selected_right_id()))

    def _show_detail(self, item: RightItem | None) -> None:
        if self._cases_task is not None:
            self._cases_task.cancel()
            self._cases_task = None
        self.caseModel.set_rows([])
        if item is None:
            self.detailLabel.setText("")
            return
        right = item.right
        lines = [f"{labels.label(right.kind)} {right.number} · {right.jurisdiction}"]
        if right.classes:
            lines.append(self.tr("Classes: %s") % ", ".join(right.classes))
        if right.valid_from or right.valid_to:
            lines.append(
                self.tr("Valid %s – %s")
                % (labels.day(right.valid_from, "?"), labels.day(right.valid_to, "?"))
            )
        for renewal in (item.renewal, *(r.renewal for r in item.recordals)):
            if renewal is not None and renewal.state is not RenewalState.VALID:
                explained = say_all(renewal.explanation_phrases, renewal.explanation)
                standing = labels.label(renewal.state.value)
                lines.append(self.tr("%1: %2").replace("%1", standing).replace("%2", explained))
        self.detailLabel.setText("\n".join(lines))
        self._fit_detail()
        self._read_cases(right.id)

    def _fit_detail(self) -> None:
        """As tall as the standing's text, up to 9 lines (then it scrolls)."""
        area = self.detailArea
        width = max(area.viewport().width(), 200)
        wanted = self.detailLabel.heightForWidth(width)
        most = 9 * self.fontMetrics().lineSpacing()
        area.setFixedHeight(min(max(wanted, self.fontMetrics().lineSpacing()), most) + 4)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # the standing wraps onto more lines in a narrower area: measured at its new width
        if watched is self.detailArea.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_detail()
        return super().eventFilter(watched, event)

    def _read_cases(self, right_id: int) -> None:
        archive, read = self.archive, self._read
        if archive is None or read is None:
            return

        def op(_ctx: tasks.TaskContext) -> list[RightCase]:
            from casefile.services.right_list import cases_of_right

            return cases_of_right(archive, right_id)

        def done(found: list[RightCase]) -> None:
            self._cases_task = None
            if self.selected_right_id() == right_id:
                self.caseModel.set_rows(found)
                item = self.item_of(right_id)
                if item is not None and item.case_count > len(found):
                    self.casesLabel.setText(
                        self.tr("C&ases enforcing it: the newest %d of %d (Enter opens one):")
                        % (len(found), item.case_count)
                    )
                else:
                    self.casesLabel.setText(self.tr("C&ases enforcing it (Enter opens one):"))

        def failed(exc: Exception) -> None:
            self._cases_task = None
            self.casesLabel.setText(
                self.tr("Could not read the archive: %s") % errors.describe(exc)
            )

        task = read(op, done, failed, label=self.tr("Reading the cases"))
        self._cases_task = task if task.running else None

    def _case_activated(self, index: QModelIndex) -> None:
        case = self.caseModel.case_at(index.row())
        if case is not None:
            self.item_activated.emit(case.id, RIGHTS_TAB)

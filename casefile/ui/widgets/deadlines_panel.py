"""The Deadlines tab: a case's deadlines in a table, the selected one's explanation below it,
and the buttons that act on them. Composes `forms/deadlines_panel.ui`.

Like the rest of the detail pane it only displays a frozen `CaseDetail`; what the user asks for
is emitted (`add_requested()`, `status_requested(deadline_id, status)`, and Edit… and Remove as a
`record_requested(RecordLink)` like the links of the other tabs) and the main window does the
writing, off the GUI thread, then shows the case again. A deadline generated from a proceeding's
event follows its event: Edit… and Remove are off for it, and the tab says how to change it.
The deadline selected stays selected when the same case is shown again (after marking it done,
Reopen is one click away).
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QMenu, QWidget

from casefile.domain import DeadlineStatus
from casefile.store.rows import CaseDetail, DeadlineRow
from casefile.ui import i18n, labels
from casefile.ui.forms.deadlines_panel_ui import Ui_DeadlinesPanel
from casefile.ui.models.deadline_table import (
    COL_DUE,
    COL_TITLE,
    DeadlineTableModel,
    due_text,
    reminders_text,
    source_tooltip,
    status_text,
)
from casefile.ui.record_links import RecordAction, RecordKind, RecordLink


class DeadlinesPanel(QWidget):
    """One case's deadlines; `show_case(detail)` fills it, `show_nothing()` empties it."""

    add_requested = Signal()
    status_requested = Signal(int, str)  # deadline id, a DeadlineStatus
    record_requested = Signal(object)  # a RecordLink: edit or remove the deadline selected

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DeadlinesPanel()
        self.ui.setupUi(self)
        self.model = DeadlineTableModel(self)
        self._detail: CaseDetail | None = None
        self._writable = True
        ui = self.ui
        table = ui.table
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        vertical = table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        ui.explanationView.document().setDocumentMargin(6)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([300, 200])  # of the tab's height; the user moves the handle
        # Mark Done, Waive and Reopen go to a second row when the pane is too narrow for six
        # buttons in one (a 1366 px laptop with the list beside it): never cut off
        self._statusRow = QHBoxLayout()
        self._statusRow.addStretch(1)
        ui.panelLayout.addLayout(self._statusRow)
        self._status_buttons = (ui.doneButton, ui.waiveButton, ui.reopenButton)
        self._two_rows = False
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        table.customContextMenuRequested.connect(self._show_menu)
        ui.addButton.clicked.connect(self.add_requested)
        ui.doneButton.clicked.connect(lambda: self._request(DeadlineStatus.DONE))
        ui.waiveButton.clicked.connect(lambda: self._request(DeadlineStatus.WAIVED))
        ui.reopenButton.clicked.connect(lambda: self._request(DeadlineStatus.OPEN))
        ui.editButton.clicked.connect(lambda: self._request_record(RecordAction.EDIT))
        ui.removeButton.clicked.connect(lambda: self._request_record(RecordAction.REMOVE))
        self._edit_tips = (ui.editButton.toolTip(), ui.removeButton.toolTip())
        self.show_nothing()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._arrange_buttons()

    def _arrange_buttons(self) -> None:
        """One row of buttons where they fit, else the status buttons on a row of their own."""
        layout = self.ui.buttonLayout
        margins = layout.contentsMargins().left() + layout.contentsMargins().right()
        buttons = [self.ui.addButton, self.ui.editButton, self.ui.removeButton]
        needed = sum(b.sizeHint().width() for b in (*buttons, *self._status_buttons))
        needed += margins + layout.spacing() * 7 + self.fontMetrics().averageCharWidth() * 4
        two_rows = self.width() < needed
        if two_rows == self._two_rows:
            return
        self._two_rows = two_rows
        for button in self._status_buttons:
            (layout if two_rows else self._statusRow).removeWidget(button)
            (self._statusRow if two_rows else layout).addWidget(button)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if i18n.is_language_change(event):
            i18n.retranslate_widget(self)

    def retranslate(self) -> None:
        """The form's words are new; the tooltips and the table's headers follow. (The case
        pane redraws the deadlines themselves.)"""
        self._edit_tips = (self.ui.editButton.toolTip(), self.ui.removeButton.toolTip())
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )

    # --- public --------------------------------------------------------------------------

    @property
    def detail(self) -> CaseDetail | None:
        return self._detail

    def show_case(self, detail: CaseDetail, today: date | None = None) -> None:
        """Show `detail`'s deadlines; the one selected stays selected if it is the same case."""
        keep: int | None = None
        if self._detail is not None and self._detail.id == detail.id:
            selected = self.selected()
            keep = selected.id if selected is not None else None
        scroll = self.ui.table.verticalScrollBar().value() if keep is not None else 0
        self._detail = detail
        self.model.set_case(detail, today)
        self.ui.table.verticalScrollBar().setValue(scroll)
        row = self.model.row_of(keep) if keep is not None else None
        if row is None and detail.deadlines:  # the first open one, else the first
            row = next(
                (i for i, d in enumerate(detail.deadlines) if d.status == DeadlineStatus.OPEN), 0
            )
        if row is not None:
            self.select_row(row)
        else:
            self._current_changed(QModelIndex(), QModelIndex())

    def show_nothing(self) -> None:
        self._detail = None
        self.model.set_case(None)
        self._current_changed(QModelIndex(), QModelIndex())

    def set_writable(self, writable: bool) -> None:
        """Whether the buttons may ask for changes (not while no archive is open)."""
        self._writable = writable
        self._update_buttons()

    def selected(self) -> DeadlineRow | None:
        index = self.ui.table.selectionModel().currentIndex()
        return self.model.deadline_at(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        index = self.model.index(row, COL_DUE)  # the first column: no sideways scrolling
        self.ui.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.ui.table.scrollTo(index)

    def select_deadline(self, deadline_id: int) -> bool:
        row = self.model.row_of(deadline_id)
        if row is None:
            return False
        self.select_row(row)
        return True

    def text(self) -> str:
        """The table and the explanation as plain text (what a user can read; for tests)."""
        lines = []
        for row in range(self.model.rowCount()):
            cells = [
                str(self.model.index(row, column).data() or "")
                for column in range(self.model.columnCount())
            ]
            lines.append(" | ".join(cells))
        return "\n".join([*lines, self.ui.explanationView.toPlainText()])

    # --- the selected deadline -----------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        deadline = self.model.deadline_at(current.row()) if current.isValid() else None
        self.ui.explanationView.setHtml(self._explanation_html(deadline))
        self._update_buttons()

    def _explanation_html(self, deadline: DeadlineRow | None) -> str:
        muted = self.palette().color(self.palette().ColorRole.PlaceholderText).name()
        if self._detail is None:
            return ""
        if deadline is None:
            if self._detail.deadlines:
                text = self.tr("Select a deadline to see how its date was worked out.")
            else:
                text = self.tr(
                    "No deadlines. Add the dates that matter: the 3 working days to apply for "
                    "detention after a customs notice, the 15 days after a counter-notice, "
                    "appeal periods, recordal renewals. Deadlines counted by the rule book are "
                    "added when a proceeding's event is recorded."
                )
            return f'<p style="color: {muted};">{escape(text)}</p>'
        parts = [
            f"<p><b>{escape(deadline.title)}</b> — {escape(due_text(deadline, self.model.today))}"
            f" · {escape(status_text(deadline, with_date=True))}</p>"
        ]
        if deadline.reason and deadline.status != DeadlineStatus.OPEN:
            said = self.tr("Why: %s") % deadline.reason
            parts.append(f"<p>{'<br/>'.join(escape(line) for line in said.splitlines())}</p>")
        rule = labels.rule_label(deadline.rule_id) if deadline.rule_id else ""
        source = labels.rule_source(deadline.rule_id) if deadline.rule_id else ""
        # the rule in words with its source (the id is for the rules file), unless the title
        # and the explanation already say both
        if rule and not (rule == deadline.title and source and source in deadline.explanation):
            text = self.tr("Rule: %s") % (f"{rule} ({source})" if source else rule)
            parts.append(f'<p style="color: {muted};">{escape(text)}</p>')
        if deadline.explanation:
            body = "<br/>".join(escape(line) for line in deadline.explanation.splitlines())
            parts.append(f"<p>{body}</p>")
        else:
            parts.append(
                f'<p style="color: {muted};">{escape(self.tr("No explanation recorded."))}</p>'
            )
        footer = [
            self.tr("Reminders: %s") % reminders_text(deadline.reminder_days),
            source_tooltip(self._detail, deadline),
        ]
        if deadline.jurisdiction:
            footer.insert(0, self.tr("Counted in %s") % deadline.jurisdiction)
        parts.append(f'<p style="color: {muted};">{escape(" · ".join(footer))}</p>')
        if deadline.event_id is not None:
            parts.append(f'<p style="color: {muted};">{escape(self._generated_text())}</p>')
        return "".join(parts)

    def _generated_text(self) -> str:
        return self.tr(
            "Counted by the rule book from its event: to change it, correct or remove the event "
            "in the Proceedings tab; if it need not be met, waive it."
        )

    def _update_buttons(self) -> None:
        ui = self.ui
        shown = self._detail is not None and self._writable
        deadline = self.selected() if shown else None
        is_open = deadline is not None and deadline.status == DeadlineStatus.OPEN
        ui.addButton.setEnabled(shown)
        by_hand = deadline is not None and deadline.event_id is None
        for button, tip in zip((ui.editButton, ui.removeButton), self._edit_tips, strict=True):
            button.setEnabled(by_hand)
            generated = deadline is not None and not by_hand
            button.setToolTip(self._generated_text() if generated else tip)
        ui.doneButton.setEnabled(is_open)
        ui.waiveButton.setEnabled(is_open)
        ui.reopenButton.setEnabled(deadline is not None and not is_open)

    def _request(self, status: DeadlineStatus) -> None:
        deadline = self.selected()
        if deadline is None or not self._writable or deadline.status == status:
            return
        self.status_requested.emit(deadline.id, status)

    def _request_record(self, action: RecordAction) -> None:
        deadline = self.selected()
        if deadline is None or not self._writable or deadline.event_id is not None:
            return
        self.record_requested.emit(RecordLink(action, RecordKind.DEADLINE, deadline.id))

    def _show_menu(self, pos: QPoint) -> None:
        menu = self.menu()
        menu.popup(self.ui.table.viewport().mapToGlobal(pos))

    def menu(self) -> QMenu:
        """The table's context menu: the buttons' actions on the selected deadline."""
        menu = QMenu(self)
        menu.setObjectName("deadlineMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        ui = self.ui
        buttons = (ui.editButton, ui.removeButton, ui.doneButton, ui.waiveButton, ui.reopenButton)
        for button in buttons:
            if button.isEnabled():
                action = menu.addAction(button.text().replace("&", ""))
                action.triggered.connect(button.click)
        menu.addSeparator()
        add = menu.addAction(self.ui.addButton.text().replace("&", ""))
        add.setEnabled(self.ui.addButton.isEnabled())
        add.triggered.connect(self.add_requested)
        return menu


# lupdate does not read inside f-strings: the words their tr() calls look up, marked here.
_WORDS_IN_F_STRINGS = (QT_TRANSLATE_NOOP("DeadlinesPanel", "No explanation recorded."),)

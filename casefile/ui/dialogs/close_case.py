"""The Close Case dialog: composes `forms/close_case.ui`, asks for the day the case was closed
and closes it through `services.cases.set_status` on the write thread.

The date can be neither before the case was opened nor after today; the core checks it too, and
its `ValidationError` is shown under the date. On success `case_closed(CaseSummary)` is emitted
and the dialog closes. As in the case editor, a write that has started cannot be cancelled: the
buttons are disabled and Esc and the close button are ignored until it has finished.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from casefile.domain import CaseStatus, DeadlineStatus
from casefile.errors import CasefileError, ValidationError
from casefile.store.rows import CaseDetail, CaseSummary
from casefile.ui import errors, labels, tasks
from casefile.ui.changes import Changed
from casefile.ui.dates import qdate, today_qdate
from casefile.ui.dialogs.case_editor import ERROR_COLOUR, INVALID_CSS
from casefile.ui.dialogs.write_dialog import WriteDialog
from casefile.ui.forms.close_case_ui import Ui_CloseCaseDialog

if TYPE_CHECKING:
    from casefile.store.archive import Archive


WARNING_COLOUR = "#a15c00"  # detail_html.Theme.warn


class CloseCaseDialog(WriteDialog):
    """Close `case` in `archive` on the day chosen (today by default)."""

    case_closed = Signal(object)  # CaseSummary of the closed case

    changes = frozenset({Changed.CASE})

    def saved_message(self, result: CaseSummary) -> str:
        return self.tr("Closed %s.") % result.reference

    def __init__(self, archive: Archive, case: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CloseCaseDialog()
        self.ui.setupUi(self)
        self._archive = archive
        self.case = case
        self.closed: CaseSummary | None = None
        ui = self.ui
        self.setWindowTitle(self.tr("Close %s") % case.reference)
        ui.caseLabel.setText(f"{case.reference} · {case.title}")
        bold = ui.caseLabel.font()
        bold.setBold(True)
        ui.caseLabel.setFont(bold)
        ui.introLabel.setStyleSheet("color: palette(placeholder-text);")
        open_deadlines = sum(1 for d in case.deadlines if d.status == DeadlineStatus.OPEN)
        if open_deadlines:
            ui.deadlinesLabel.setText(
                self.tr("It still has %s. Closing the case leaves them as they are.")
                % labels.plural("open_deadlines", open_deadlines)
            )
            ui.deadlinesLabel.setStyleSheet(f"color: {WARNING_COLOUR};")
            ui.deadlinesLabel.setVisible(True)
        today = today_qdate()
        opened = qdate(case.opened_on)
        ui.closedOnEdit.setMinimumDate(min(opened, today))
        ui.closedOnEdit.setMaximumDate(today)
        ui.closedOnEdit.setDate(today)
        ui.closedOnEdit.dateChanged.connect(lambda _date: self._clear_error())
        ui.closedOnEdit.lineEdit().textEdited.connect(lambda _text: self._clear_error())
        ui.closedOnEdit.field_name = "closed_on"  # a date typed that is not one is shown there
        ui.dateErrorLabel.setStyleSheet(f"color: {ERROR_COLOUR};")
        ui.errorLabel.setStyleSheet(f"color: {ERROR_COLOUR};")
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Close Case"))
        ok.setDefault(True)
        ui.buttonBox.accepted.connect(self.save)
        ui.closedOnEdit.setFocus()

    def retranslate(self) -> None:
        """After a language switch: the title and the OK button in the new language."""
        self.setWindowTitle(self.tr("Close %s") % self.case.reference)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Close Case"))

    def closed_on(self) -> date:
        return self.ui.closedOnEdit.date().toPython()  # type: ignore[return-value]

    # --- saving --------------------------------------------------------------------------

    def save(self) -> None:
        """Close the case in the background; the dialog closes when it is saved."""
        if self.saving:
            return
        self._clear_error()
        archive, reference, on = self._archive, self.case.reference, self.closed_on()

        def close_it(_ctx: tasks.TaskContext) -> CaseSummary:
            from casefile.services.cases import set_status

            return set_status(archive, reference, CaseStatus.CLOSED, on)

        self._start_write(close_it, self.tr("Closing case"), self._closed)

    def _closed(self, summary: CaseSummary) -> None:
        self.closed = summary
        self.case_closed.emit(summary)
        self.accept()

    def _busy_widgets(self) -> list[QWidget]:
        return [self.ui.closedOnEdit]

    # --- errors --------------------------------------------------------------------------

    def show_error(self, exc: CasefileError) -> None:
        """A date error under the date (which gets the focus); anything else above the
        buttons."""
        text = errors.describe(exc)
        if isinstance(exc, ValidationError) and exc.field == "closed_on":
            self.ui.dateErrorLabel.setText(text)
            self.ui.dateErrorLabel.setVisible(True)
            self.ui.closedOnEdit.setStyleSheet(f"DateEdit {{ {INVALID_CSS} }}")
            self.ui.closedOnEdit.setFocus()
        else:
            self.ui.errorLabel.setText(text)
            self.ui.errorLabel.setVisible(True)

    @property
    def date_error(self) -> str:
        return self.ui.dateErrorLabel.text() if self.ui.dateErrorLabel.isVisibleTo(self) else ""

    @property
    def general_error(self) -> str:
        return self.ui.errorLabel.text() if self.ui.errorLabel.isVisibleTo(self) else ""

    def _clear_error(self) -> None:
        for label in (self.ui.dateErrorLabel, self.ui.errorLabel):
            label.clear()
            label.setVisible(False)
        self.ui.closedOnEdit.setStyleSheet("")

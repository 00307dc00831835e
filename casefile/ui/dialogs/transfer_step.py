"""The Record Transfer Step dialog: composes `forms/transfer_step.ui`.

It offers only the steps that may follow the transfer's last step (the transfer rules say which),
dated today by default; a new transfer also asks for the authority transferring. The core checks
the step again and its refusal (with the reason) is shown in the dialog; a date typed that is not
one is shown under the date. On success
`step_recorded(int)` is emitted with the transfer's id.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from casefile.errors import CasefileError
from casefile.rules.transfer import allowed_next_steps
from casefile.ui import labels, tasks
from casefile.ui.changes import Changed
from casefile.ui.dates import today_qdate
from casefile.ui.dialogs.case_editor import ERROR_COLOUR
from casefile.ui.dialogs.field_errors import FieldErrors
from casefile.ui.dialogs.write_dialog import WriteDialog
from casefile.ui.forms.transfer_step_ui import Ui_TransferStepDialog

if TYPE_CHECKING:
    from casefile.store.archive import Archive
    from casefile.store.rows import TransferRow


class TransferStepDialog(WriteDialog):
    """Record the next step of `transfer` in case `reference` (None: start a new transfer)."""

    step_recorded = Signal(int)  # the transfer's id

    changes = frozenset({Changed.CRIMINAL})

    def saved_message(self, result: object) -> str:
        return self.tr("Recorded a transfer step in %s.") % self.reference

    def __init__(
        self,
        archive: Archive,
        reference: str,
        transfer: TransferRow | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TransferStepDialog()
        self.ui.setupUi(self)
        self._archive = archive
        self.reference = reference
        self.transfer = transfer
        ui = self.ui
        new = transfer is None
        self.setWindowTitle(
            self.tr("Start a Transfer to the Police") if new else self.tr("Record Transfer Step")
        )
        ui.caseLabel.setText(
            reference if new else f"{reference} · {transfer.authority}"  # type: ignore[union-attr]
        )
        ui.transferAuthorityLabel.setVisible(new)
        ui.transferAuthorityEdit.setVisible(new)
        steps = allowed_next_steps(() if new else transfer.steps)  # type: ignore[union-attr]
        for step in steps:
            ui.stepCombo.addItem(labels.label(step.value), step.value)
        today = today_qdate()
        ui.dateEdit.setMaximumDate(today)
        ui.dateEdit.setDate(today)
        ui.errorLabel.setStyleSheet(f"color: {ERROR_COLOUR};")
        self._errors = FieldErrors(self, ui.formLayout, {"occurred_on": ui.dateEdit}, ui.errorLabel)
        ui.deadlineLabel.setStyleSheet("color: palette(placeholder-text);")
        ui.deadlineLabel.setText(
            self.tr(
                "After saving, the Criminal tab shows the statutory deadline that runs "
                "from this step, counted in calendar days and in working days."
            )
        )
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Record Step"))
        ok.setDefault(True)
        ok.setEnabled(bool(steps))
        if not steps:
            self.show_message(self.tr("This transfer has ended: no step may follow its last."))
        ui.buttonBox.accepted.connect(self.save)
        (ui.transferAuthorityEdit if new else ui.stepCombo).setFocus()

    def chosen_step(self) -> str:
        return str(self.ui.stepCombo.currentData())

    def save(self) -> None:
        if self.saving:
            return
        self._errors.clear_all()
        ui = self.ui
        archive, reference = self._archive, self.reference
        transfer_id = None if self.transfer is None else self.transfer.id
        values = {
            "step": self.chosen_step(),
            "occurred_on": ui.dateEdit.date().toPython(),
            "authority": ui.authorityEdit.text(),
            "reference": ui.referenceEdit.text(),
            "note": ui.noteEdit.toPlainText(),
        }
        transfer_authority = ui.transferAuthorityEdit.text()

        def write(_ctx: tasks.TaskContext) -> int:
            from casefile.services.transfers import record_step

            return record_step(
                archive, reference, transfer_id, transfer_authority=transfer_authority, **values
            )

        self._start_write(write, self.tr("Recording transfer step"), self._recorded)

    def _recorded(self, transfer_id: int) -> None:
        self.step_recorded.emit(transfer_id)
        self.accept()

    def _busy_widgets(self) -> list[QWidget]:
        ui = self.ui
        return [ui.stepCombo, ui.dateEdit, ui.authorityEdit, ui.referenceEdit, ui.noteEdit]

    def show_message(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(True)

    def show_error(self, exc: CasefileError) -> None:
        """A date error under the date; anything else above the buttons."""
        self._errors.show(exc)

    def error_for(self, field: str) -> str:
        """The error shown under `field`, or ''."""
        return self._errors.error_for(field)

    @property
    def error(self) -> str:
        return self.ui.errorLabel.text() if self.ui.errorLabel.isVisibleTo(self) else ""

    def set_date(self, day: date) -> None:
        self.ui.dateEdit.setDate(QDate(day.year, day.month, day.day))

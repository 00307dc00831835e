"""The Record Earlier Penalty dialog: composes `forms/prior_penalty.ui`.

An earlier criminal or administrative penalty of the case's infringer, for conduct under one of
Criminal Law Arts 213–219: within two years of the act it makes the repeat standards of the 2025
Interpretation apply (Arts 3, 5, 6, 10, 13, 14, 17), which the Criminal tab then shows. The core
checks every field again; its refusal is shown beside the field. On success `penalty_recorded(int)`
is emitted with the new row's id.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from casefile.errors import CasefileError
from casefile.rules.threshold_sets import CONDUCT
from casefile.ui import labels, tasks
from casefile.ui.changes import Changed
from casefile.ui.dates import today_qdate
from casefile.ui.dialogs.case_editor import ERROR_COLOUR
from casefile.ui.dialogs.field_errors import FieldErrors
from casefile.ui.dialogs.write_dialog import WriteDialog
from casefile.ui.forms.prior_penalty_ui import Ui_PriorPenaltyDialog

if TYPE_CHECKING:
    from casefile.store.archive import Archive


class PriorPenaltyDialog(WriteDialog):
    """Record an earlier penalty of the infringer in case `reference`."""

    penalty_recorded = Signal(int)

    changes = frozenset({Changed.CRIMINAL})

    def saved_message(self, result: object) -> str:
        return self.tr("Recorded an earlier penalty in %s.") % self.reference

    def __init__(
        self,
        archive: Archive,
        reference: str,
        offences: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PriorPenaltyDialog()
        self.ui.setupUi(self)
        self._archive = archive
        self.reference = reference
        ui = self.ui
        ui.caseLabel.setText(reference)
        ui.introLabel.setStyleSheet("color: palette(placeholder-text);")
        ui.introLabel.setText(
            self.tr(
                "A penalty for the same kind of conduct within two years before the act makes "
                "the repeat standards of the 2025 Interpretation apply (lower figures)."
            )
        )
        ui.kindCombo.addItem(self.tr("Administrative penalty 行政处罚"), "administrative")
        ui.kindCombo.addItem(self.tr("Criminal penalty 刑事处罚"), "criminal")
        for article in CONDUCT:
            ui.conductCombo.addItem(labels.offence_label(article), article)
        # The case's own offence first: the usual repeat is the same conduct again.
        first = next((o.split("-")[0] for o in offences if o.split("-")[0] in CONDUCT), None)
        if first is not None:
            ui.conductCombo.setCurrentIndex(CONDUCT.index(first))
        today = today_qdate()
        ui.decidedOnEdit.setMaximumDate(today)
        ui.decidedOnEdit.setDate(today.addYears(-1))
        ui.decidedOnEdit.field_name = "decided_on"
        ui.errorLabel.setStyleSheet(f"color: {ERROR_COLOUR};")
        self._errors = FieldErrors(
            self,
            ui.formLayout,
            {
                "decided_on": ui.decidedOnEdit,
                "kind": ui.kindCombo,
                "conduct": ui.conductCombo,
                "authority": ui.authorityEdit,
                "reference": ui.referenceEdit,
                "note": ui.noteEdit,
            },
            ui.errorLabel,
        )
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Record Penalty"))
        ok.setDefault(True)
        ui.buttonBox.accepted.connect(self.save)
        ui.decidedOnEdit.setFocus()

    def save(self) -> None:
        if self.saving:
            return
        self._errors.clear_all()
        ui = self.ui
        archive, reference = self._archive, self.reference
        values = {
            "decided_on": ui.decidedOnEdit.date().toPython(),
            "kind": ui.kindCombo.currentData(),
            "conduct": ui.conductCombo.currentData(),
            "authority": ui.authorityEdit.text(),
            "reference": ui.referenceEdit.text(),
            "note": ui.noteEdit.toPlainText(),
        }

        def write(_ctx: tasks.TaskContext) -> int:
            from casefile.services.records import add_prior_penalty

            return add_prior_penalty(archive, reference, **values)

        self._start_write(write, self.tr("Recording earlier penalty"), self._recorded)

    def _recorded(self, penalty_id: int) -> None:
        self.penalty_recorded.emit(penalty_id)
        self.accept()

    def _busy_widgets(self) -> list[QWidget]:
        ui = self.ui
        return [
            ui.decidedOnEdit,
            ui.kindCombo,
            ui.conductCombo,
            ui.authorityEdit,
            ui.referenceEdit,
            ui.noteEdit,
        ]

    def show_error(self, exc: CasefileError) -> None:
        self._errors.show(exc)

    def error_for(self, field: str) -> str:
        return self._errors.error_for(field)

    @property
    def error(self) -> str:
        return self.ui.errorLabel.text() if self.ui.errorLabel.isVisibleTo(self) else ""

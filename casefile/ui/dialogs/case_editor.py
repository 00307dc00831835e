"""The case editor: composes `forms/case_editor.ui`. New Case creates the case through
`services.cases.create_case`; given a case (`CaseEditor(archive, parent, case=detail)`), the same
form opens filled in and saves the changes through `services.cases.update_case`. Both write on
the write thread.

The criminal assessment's inputs are here too: the offences the case's figures are measured
against (check boxes, each with the article, what it punishes and its Chinese name) and the day
the infringing acts were done, which may be "not recorded" (the opening date then stands in).

A `ValidationError` from the core is shown under the field it names, which gets the focus; the
dialog stays open with everything typed intact. On success `case_created(CaseSummary)` (or
`case_updated(CaseSummary)` when editing) is emitted and the dialog closes.

A write cannot be taken back once it has started, so while the case is being saved the dialog
cannot be cancelled: Cancel is disabled and Esc and the close button are ignored until the write
has finished and its result has been delivered.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QWidget

from casefile.domain import Priority
from casefile.errors import CasefileError, ValidationError
from casefile.store.rows import CaseDetail, CaseSummary
from casefile.ui import labels, tasks
from casefile.ui.changes import Changed
from casefile.ui.dates import today_qdate
from casefile.ui.dialogs.field_errors import ERROR_COLOUR, INVALID_CSS, FieldErrors
from casefile.ui.dialogs.write_dialog import WriteDialog
from casefile.ui.forms.case_editor_ui import Ui_CaseEditor

if TYPE_CHECKING:
    from casefile.services.cases import CaseDraft
    from casefile.store.archive import Archive

__all__ = ["ERROR_COLOUR", "INVALID_CSS", "CaseEditor"]  # the colours, for the other dialogs

# Errors the core reports on a field the form does not show, shown where the user can fix them:
# an opening date after the case was closed is refused as "closed_on … is before opened_on".
FIELD_SHOWN_AT = {"closed_on": "opened_on"}


class CaseEditor(WriteDialog):
    """Type a new case, or change `case`; OK creates it or saves the changes in `archive`."""

    case_created = Signal(object)  # CaseSummary of the new case
    case_updated = Signal(object)  # CaseSummary of the edited case

    changes = frozenset({Changed.CASE})

    def saved_message(self, result: CaseSummary) -> str:
        text = self.tr("Saved %1: %2") if self.editing else self.tr("Created %1: %2")
        return text.replace("%1", result.reference).replace("%2", result.title)

    def __init__(
        self, archive: Archive, parent: QWidget | None = None, case: CaseDetail | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseEditor()
        self.ui.setupUi(self)
        self._archive = archive
        self.case = case
        self.created: CaseSummary | None = None
        self.updated: CaseSummary | None = None
        ui = self.ui
        for priority in Priority:
            ui.priorityCombo.addItem(labels.label(priority.value), priority.value)
        ui.priorityCombo.setCurrentIndex(ui.priorityCombo.findData(Priority.NORMAL.value))
        ui.openedOnEdit.setDate(today_qdate())
        ui.openedOnEdit.setMaximumDate(today_qdate().addYears(1))
        ui.summaryEdit.setMinimumHeight(70)
        ui.titleLabel.setText(self.tr("&Title: *"))
        ui.introLabel.setStyleSheet("color: palette(placeholder-text);")
        ui.actsOnHint.setStyleSheet("color: palette(placeholder-text);")
        self.offence_boxes: dict[str, QCheckBox] = {
            "213": ui.offence213Check,
            "214": ui.offence214Check,
            "215": ui.offence215Check,
            "216": ui.offence216Check,
            "217": ui.offence217Check,
            "217-online": ui.offence217OnlineCheck,
            "217-tpm": ui.offence217TpmCheck,
            "218": ui.offence218Check,
            "219": ui.offence219Check,
        }
        for code, box in self.offence_boxes.items():
            box.setText(labels.offence_label(code))
        # A future day is refused (by the core, shown under the field); the editor does not hide
        # it, so a mistyped year is answered in words rather than by a date that will not move.
        ui.actsOnEdit.setMaximumDate(today_qdate().addYears(1))
        ui.actsOnEdit.setDate(today_qdate())
        ui.actsOnCheck.toggled.connect(self._acts_on_known)
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create Case"))
        ok.setDefault(True)
        ui.buttonBox.accepted.connect(self.save)
        fields: dict[str, QWidget] = {
            "title": ui.titleEdit,
            "brand": ui.brandEdit,
            "product_line": ui.productLineEdit,
            "priority": ui.priorityCombo,
            "jurisdictions": ui.jurisdictionsEdit,
            "responsible_counsel": ui.counselEdit,
            "opened_on": ui.openedOnEdit,
            "acts_on": ui.actsOnEdit,
            "offences": ui.offencesBox,
            "tags": ui.tagsEdit,
            "summary": ui.summaryEdit,
        }
        self._errors = FieldErrors(self, ui.formLayout, fields, ui.errorLabel, FIELD_SHOWN_AT)
        ui.actsOnCheck.toggled.connect(lambda _on: self._errors.clear("acts_on"))
        self._acts_on_known(False)
        if case is not None:
            self._fill(case)
        ui.titleEdit.setFocus()

    def retranslate(self) -> None:
        """After a language switch (casefile.ui.i18n): the words set in code, in the new
        language; what was typed stays."""
        ui = self.ui
        ui.titleLabel.setText(self.tr("&Title: *"))
        for code, box in self.offence_boxes.items():
            box.setText(labels.offence_label(code))
        for index in range(ui.priorityCombo.count()):
            ui.priorityCombo.setItemText(index, labels.label(ui.priorityCombo.itemData(index)))
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        if self.case is None:
            ok.setText(self.tr("Create Case"))
            return
        self.setWindowTitle(self.tr("Edit %s") % self.case.reference)
        ui.introLabel.setText(
            self.tr(
                "Change what you know about case %s. Only the title is required; the reference "
                "stays as it is."
            )
            % self.case.reference
        )
        ok.setText(self.tr("Save Changes"))

    def fields(self) -> dict[str, QWidget]:
        """Core field name → the widget its problems show beside (as every record dialog)."""
        return dict(self._errors.fields)

    @property
    def editing(self) -> bool:
        """True when changing an existing case, False for a new one."""
        return self.case is not None

    def _fill(self, case: CaseDetail) -> None:
        """Edit mode: the form shows the case as it is; the reference cannot be changed."""
        ui = self.ui
        self.setWindowTitle(self.tr("Edit %s") % case.reference)
        ui.introLabel.setText(
            self.tr(
                "Change what you know about case %s. Only the title is required; the reference "
                "stays as it is."
            )
            % case.reference
        )
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save Changes"))
        ui.titleEdit.setText(case.title)
        ui.brandEdit.setText(case.brand)
        ui.productLineEdit.setText(case.product_line)
        index = ui.priorityCombo.findData(case.priority)
        ui.priorityCombo.setCurrentIndex(max(index, 0))
        ui.jurisdictionsEdit.setText(", ".join(case.jurisdictions))
        ui.counselEdit.setText(case.responsible_counsel)
        opened = QDate(case.opened_on.year, case.opened_on.month, case.opened_on.day)
        ui.openedOnEdit.setMinimumDate(min(opened, ui.openedOnEdit.minimumDate()))
        if case.closed_on is not None:  # a case cannot have been opened after it was closed
            closed = case.closed_on
            ui.openedOnEdit.setMaximumDate(QDate(closed.year, closed.month, closed.day))
        ui.openedOnEdit.setDate(opened)
        if case.acts_on is not None:
            acts = QDate(case.acts_on.year, case.acts_on.month, case.acts_on.day)
            ui.actsOnEdit.setMinimumDate(min(acts, ui.actsOnEdit.minimumDate()))
            ui.actsOnEdit.setDate(acts)
        ui.actsOnCheck.setChecked(case.acts_on is not None)
        for code, box in self.offence_boxes.items():
            box.setChecked(code in case.offences)
        ui.tagsEdit.setText(", ".join(case.tags))
        ui.summaryEdit.setPlainText(case.summary)
        ui.titleEdit.setCursorPosition(0)  # the start of a long title in view, nothing selected

    def _acts_on_known(self, known: bool) -> None:
        ui = self.ui
        ui.actsOnEdit.setEnabled(known)
        ui.actsOnHint.setVisible(not known)
        if known:
            ui.actsOnEdit.setFocus()

    # --- reading the form ----------------------------------------------------------------

    def offences(self) -> list[str]:
        """The offences ticked, in the rule book's order."""
        return [code for code, box in self.offence_boxes.items() if box.isChecked()]

    def acts_on(self) -> date | None:
        """The day the acts were done; None when not recorded."""
        if not self.ui.actsOnCheck.isChecked():
            return None
        return self.ui.actsOnEdit.date().toPython()  # type: ignore[return-value]

    def draft(self) -> CaseDraft:
        from casefile.services.cases import CaseDraft

        ui = self.ui
        return CaseDraft(
            title=ui.titleEdit.text(),
            brand=ui.brandEdit.text(),
            product_line=ui.productLineEdit.text(),
            priority=ui.priorityCombo.currentData(),
            jurisdictions=ui.jurisdictionsEdit.text(),
            responsible_counsel=ui.counselEdit.text(),
            opened_on=ui.openedOnEdit.date().toPython(),
            summary=ui.summaryEdit.toPlainText(),
            tags=ui.tagsEdit.text(),
            offences=self.offences(),
            acts_on=self.acts_on(),
        )

    # --- saving --------------------------------------------------------------------------

    def save(self) -> None:
        """Create the case, or save the changes, in the background; the dialog closes when it is
        saved."""
        if self.saving:
            return
        self._clear_errors()
        if not self.ui.titleEdit.text().strip():  # the core checks too; answer at once
            self.show_error(ValidationError("title", "is required"))
            return
        draft = self.draft()
        archive = self._archive
        if self.case is not None:
            reference = self.case.reference
            changes = {name: value for name, value in vars(draft).items() if name != "reference"}

            def write(_ctx: tasks.TaskContext) -> CaseSummary:
                from casefile.services.cases import update_case

                return update_case(archive, reference, changes)

            label = self.tr("Saving case")
        else:

            def write(_ctx: tasks.TaskContext) -> CaseSummary:
                from casefile.services.cases import create_case

                return create_case(archive, draft)

            label = self.tr("Creating case")

        self._start_write(write, label, self._saved)

    def _saved(self, summary: CaseSummary) -> None:
        if self.editing:
            self.updated = summary
            self.case_updated.emit(summary)
        else:
            self.created = summary
            self.case_created.emit(summary)
        self.accept()

    # --- errors --------------------------------------------------------------------------

    def show_error(self, exc: CasefileError) -> None:
        """Show an error under the field it names (or above the buttons) and focus that field."""
        self._errors.show(exc)

    def error_for(self, field: str) -> str:
        """The error shown for `field`, or '' (for tests and accessibility checks)."""
        return self._errors.error_for(field)

    @property
    def general_error(self) -> str:
        return self._errors.general_error

    def _clear_errors(self) -> None:
        self._errors.clear_all()

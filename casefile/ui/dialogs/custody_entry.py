"""The Record Custody dialog: composes `forms/custody_entry.ui` and adds one link to an exhibit's
chain of custody (received, sealed, handed over, stored, …) through
`services.evidence.add_custody_event`, on the write thread.

The exhibit is chosen among the case's; its last recorded link is shown under it, so the new one
can continue the chain. The time is local time, as typed. A `ValidationError` from the core is
shown under the field it names. On success `custody_recorded(int)` is emitted with the
exhibit's id and the dialog closes.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from casefile.domain import CustodyAction
from casefile.errors import CasefileError
from casefile.store.rows import CaseDetail, EvidenceRow
from casefile.ui import labels, tasks
from casefile.ui.changes import Changed
from casefile.ui.dates import now_qdatetime
from casefile.ui.dialogs.field_errors import FieldErrors
from casefile.ui.dialogs.write_dialog import WriteDialog
from casefile.ui.forms.custody_entry_ui import Ui_CustodyEntry

if TYPE_CHECKING:
    from casefile.store.archive import Archive

DESCRIPTION_CHARS = 60  # of an exhibit's description, in the exhibit list


class CustodyEntryDialog(WriteDialog):
    """Record a custody event for one of `case`'s exhibits (`evidence_id` chosen first)."""

    custody_recorded = Signal(int)  # the exhibit's id

    changes = frozenset({Changed.EVIDENCE})

    def saved_message(self, result: object) -> str:
        return self.tr("Recorded custody in %s.") % self.case.reference

    def __init__(
        self,
        archive: Archive,
        case: CaseDetail,
        parent: QWidget | None = None,
        evidence_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CustodyEntry()
        self.ui.setupUi(self)
        self._archive = archive
        self.case = case
        self.recorded: int | None = None
        ui = self.ui
        self.setWindowTitle(self.tr("Record Custody in %s") % case.reference)
        ui.caseLabel.setText(f"{case.reference} · {case.title}")
        bold = ui.caseLabel.font()
        bold.setBold(True)
        ui.caseLabel.setFont(bold)
        muted = "color: palette(placeholder-text);"
        ui.introLabel.setStyleSheet(muted)
        ui.lastEntryLabel.setStyleSheet(muted)
        for exhibit in case.evidence:
            ui.exhibitCombo.addItem(self.exhibit_text(exhibit), exhibit.id)
        chosen = ui.exhibitCombo.findData(evidence_id) if evidence_id is not None else -1
        ui.exhibitCombo.setCurrentIndex(chosen if chosen >= 0 else ui.exhibitCombo.count() - 1)
        for action in CustodyAction:
            ui.actionCombo.addItem(labels.label(action.value), action.value)
        ui.occurredAtEdit.setDateTime(now_qdatetime())
        ui.noteEdit.setMinimumHeight(60)
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Record"))
        ok.setDefault(True)
        ok.setEnabled(bool(case.evidence))
        ui.buttonBox.accepted.connect(self.save)
        fields: dict[str, QWidget] = {
            "evidence": ui.exhibitCombo,
            "action": ui.actionCombo,
            "occurred_at": ui.occurredAtEdit,
            "received_from": ui.receivedFromEdit,
            "handed_to": ui.handedToEdit,
            "seal_number": ui.sealNumberEdit,
            "location": ui.locationEdit,
            "note": ui.noteEdit,
        }
        self._errors = FieldErrors(self, ui.formLayout, fields, ui.errorLabel)
        ui.exhibitCombo.currentIndexChanged.connect(lambda _i: self._exhibit_changed())
        self._exhibit_changed()
        if not case.evidence:
            self._errors.show(
                CasefileError(self.tr("This case has no exhibits yet: add evidence first."))
            )
        ui.actionCombo.setFocus()

    def retranslate(self) -> None:
        """After a language switch: the title and the OK button in the new language."""
        self.setWindowTitle(self.tr("Record Custody in %s") % self.case.reference)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record"))

    def exhibit_text(self, exhibit: EvidenceRow) -> str:
        """ "Exhibit 3 · Notarised purchase · Purchase of two X9 scooters…"."""
        parts = [self.tr("Exhibit %s") % exhibit.exhibit_no, labels.label(exhibit.kind)]
        description = " ".join(exhibit.description.split())
        if not description and exhibit.files:
            description = ", ".join(f.original_name for f in exhibit.files)
        if len(description) > DESCRIPTION_CHARS:
            description = description[: DESCRIPTION_CHARS - 1] + "…"
        if description:
            parts.append(description)
        return " · ".join(parts)

    def exhibit(self) -> EvidenceRow | None:
        evidence_id = self.ui.exhibitCombo.currentData()
        return next((e for e in self.case.evidence if e.id == evidence_id), None)

    def _exhibit_changed(self) -> None:
        """The exhibit's last recorded link, to continue the chain from."""
        exhibit = self.exhibit()
        label = self.ui.lastEntryLabel
        if exhibit is None or not exhibit.custody:
            label.setText(self.tr("No custody recorded yet for this exhibit."))
            return
        last = max(exhibit.custody, key=lambda c: (c.occurred_at, c.id))
        details = [
            labels.day(last.occurred_at),
            labels.label(last.action),
            " → ".join(x for x in (last.received_from, last.handed_to) if x),
            self.tr("seal %s") % last.seal_number if last.seal_number else "",
            last.location,
        ]
        label.setText(self.tr("Last: %s") % " · ".join(x for x in details if x))

    # --- saving --------------------------------------------------------------------------

    def occurred_at(self) -> datetime:
        """Local time, as typed (to the minute)."""
        when: datetime = self.ui.occurredAtEdit.dateTime().toPython()  # type: ignore[assignment]
        return when.replace(second=0, microsecond=0)

    def save(self) -> None:
        if self.saving:
            return
        self._errors.clear_all()
        exhibit = self.exhibit()
        if exhibit is None:
            return
        ui = self.ui
        archive, evidence_id = self._archive, exhibit.id
        values = {
            "action": ui.actionCombo.currentData(),
            "occurred_at": self.occurred_at(),
            "received_from": ui.receivedFromEdit.text(),
            "handed_to": ui.handedToEdit.text(),
            "seal_number": ui.sealNumberEdit.text(),
            "location": ui.locationEdit.text(),
            "note": ui.noteEdit.toPlainText(),
        }

        def write(_ctx: tasks.TaskContext) -> EvidenceRow:
            from casefile.services.evidence import add_custody_event

            return add_custody_event(archive, evidence_id, **values)  # type: ignore[arg-type]

        self._start_write(write, self.tr("Recording custody"), self._saved)

    def _saved(self, exhibit: EvidenceRow) -> None:
        self.recorded = exhibit.id
        self.custody_recorded.emit(exhibit.id)
        self.accept()

    def _busy_widgets(self) -> list[QWidget]:
        ui = self.ui
        return [
            ui.exhibitCombo,
            ui.actionCombo,
            ui.occurredAtEdit,
            ui.receivedFromEdit,
            ui.handedToEdit,
            ui.sealNumberEdit,
            ui.locationEdit,
            ui.noteEdit,
        ]

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not busy and bool(self.case.evidence))

    # --- errors --------------------------------------------------------------------------

    def show_error(self, exc: CasefileError) -> None:
        self._errors.show(exc)

    def error_for(self, field: str) -> str:
        return self._errors.error_for(field)

    @property
    def general_error(self) -> str:
        return self._errors.general_error

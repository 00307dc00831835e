"""The exhibit editor: composes `forms/exhibit_editor.ui`. An exhibit's details corrected after
intake (kind, description, when and by whom it was obtained, its source, the notary office and
certificate, internal or not) through `services.evidence.update_evidence`; its files and chain of
custody are not touched (a stored file never is).

Also here: withdrawing an exhibit (`WithdrawExhibitDialog`, a reason required) through
`services.evidence.withdraw_exhibit`, and reinstating it (the Evidence tab's "Reinstate": the
withdrawal removed, `reinstate_exhibit`). A withdrawn exhibit keeps its number, files and custody
log; it leaves bundles unless named for an internal one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from casefile.domain import EvidenceKind
from casefile.store.rows import CaseDetail, EvidenceRow
from casefile.ui import labels
from casefile.ui.changes import Changed
from casefile.ui.dates import qdate, today_qdate
from casefile.ui.dialogs.choices import choose, fill_codes
from casefile.ui.dialogs.reason_dialog import ReasonDialog
from casefile.ui.dialogs.record_dialog import RecordDialog
from casefile.ui.forms.exhibit_editor_ui import Ui_ExhibitEditor
from casefile.ui.record_links import RecordKind
from casefile.ui.record_types import RecordType

if TYPE_CHECKING:
    from casefile.store.archive import Archive


def exhibit_name(exhibit: EvidenceRow) -> str:
    """ "Exhibit 3 · Notarised purchase"."""
    text = QCoreApplication.translate("ExhibitEditor", "Exhibit %1 · %2")
    return text.replace("%1", str(exhibit.exhibit_no)).replace("%2", labels.label(exhibit.kind))


class ExhibitEditor(RecordDialog[EvidenceRow]):
    """Edits an exhibit taken in (new exhibits come in through the intake, with their files)."""

    form = Ui_ExhibitEditor
    changes = frozenset({Changed.EVIDENCE})

    def title(self) -> str:
        name = exhibit_name(self.record) if self.record is not None else ""
        return self.tr("Edit %1 — %2").replace("%1", name).replace("%2", self.case.reference)

    def saved_message(self, result: object) -> str:
        number = self.record.exhibit_no if self.record is not None else ""
        text = self.tr("Saved exhibit %1 in %2.")
        return text.replace("%1", str(number)).replace("%2", self.case.reference)

    def setup(self) -> None:
        ui = self.ui
        ui.introLabel.setText(
            self.tr(
                "Its files and chain of custody stay as they are: a stored file is never changed."
            )
        )
        fill_codes(ui.kindCombo, [k.value for k in EvidenceKind])
        today = today_qdate()
        ui.obtainedOnEdit.setDate(today)
        ui.obtainedOnEdit.setMaximumDate(today)
        ui.obtainedOnEdit.setEnabled(False)
        ui.obtainedOnCheck.toggled.connect(ui.obtainedOnEdit.setEnabled)
        ui.kindCombo.setFocus()

    def fill(self, record: EvidenceRow) -> None:
        ui = self.ui
        choose(ui.kindCombo, record.kind)
        ui.descriptionEdit.setPlainText(record.description)
        ui.obtainedOnCheck.setChecked(record.obtained_on is not None)
        if record.obtained_on is not None:
            ui.obtainedOnEdit.setDate(qdate(record.obtained_on))
        ui.obtainedByEdit.setText(record.obtained_by)
        ui.sourceUrlEdit.setText(record.source_url)
        ui.notaryOfficeEdit.setText(record.notary_office)
        ui.notaryCertificateEdit.setText(record.notary_certificate)
        ui.internalCheck.setChecked(record.internal)
        if record.withdrawn:
            withdrawn = self.tr("Withdrawn on %1: %2").replace(
                "%1", labels.day(record.withdrawn_on)
            )
            ui.introLabel.setText(
                withdrawn.replace("%2", record.withdrawn_reason) + "\n" + ui.introLabel.text()
            )

    def fields(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "kind": ui.kindCombo,
            "description": ui.descriptionEdit,
            "obtained_on": ui.obtainedOnEdit,
            "obtained_by": ui.obtainedByEdit,
            "source_url": ui.sourceUrlEdit,
            "notary_office": ui.notaryOfficeEdit,
            "notary_certificate": ui.notaryCertificateEdit,
            "internal": ui.internalCheck,
        }

    def _busy_widgets(self) -> list[QWidget]:
        return [*super()._busy_widgets(), self.ui.obtainedOnCheck]

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        if not busy:  # a date not known stays off
            self.ui.obtainedOnEdit.setEnabled(self.ui.obtainedOnCheck.isChecked())

    def values(self) -> dict[str, object]:
        ui = self.ui
        known = ui.obtainedOnCheck.isChecked()
        return {
            "kind": ui.kindCombo.currentData(),
            "description": ui.descriptionEdit.toPlainText(),
            "obtained_on": ui.obtainedOnEdit.date().toPython() if known else None,
            "obtained_by": ui.obtainedByEdit.text(),
            "source_url": ui.sourceUrlEdit.text().strip(),
            "notary_office": ui.notaryOfficeEdit.text(),
            "notary_certificate": ui.notaryCertificateEdit.text(),
            "internal": ui.internalCheck.isChecked(),
        }

    def write(self, archive: Archive, values: dict[str, object]) -> object:
        from casefile.services import evidence

        assert self.record is not None
        draft = evidence.EvidenceDraft(**values)  # type: ignore[arg-type]
        return evidence.update_evidence(archive, self.record.id, draft)


class WithdrawExhibitDialog(ReasonDialog[EvidenceRow]):
    """`within`: the exhibit (an EvidenceRow) withdrawn."""

    changes = frozenset({Changed.EVIDENCE})
    within: EvidenceRow

    def title(self) -> str:
        text = self.tr("Withdraw %1 — %2")
        return text.replace("%1", exhibit_name(self.within)).replace("%2", self.case.reference)

    def saved_message(self, result: object) -> str:
        text = self.tr("Withdrew exhibit %1 from %2.")
        return text.replace("%1", str(self.within.exhibit_no)).replace("%2", self.case.reference)

    def ok_text(self) -> str:
        return self.tr("Withdraw")

    def intro(self) -> str:
        return self.tr(
            "A withdrawn exhibit is not deleted: its files and chain of custody stay in the "
            "archive and its number is not reused. It leaves the bundles you export from now "
            "on (an internal bundle can still name it). Reinstate it from the Evidence tab."
        )

    def placeholder(self) -> str:
        return self.tr("e.g. duplicate of exhibit 2; the seller's page was captured again")

    def write(self, archive: Archive, values: dict[str, object]) -> object:
        from casefile.services.evidence import withdraw_exhibit

        return withdraw_exhibit(archive, self.within.id, values["reason"])


def _find(detail: CaseDetail, evidence_id: int) -> tuple[object, object] | None:
    found = next((e for e in detail.evidence if e.id == evidence_id), None)
    return (found, None) if found is not None else None


def _describe(detail: CaseDetail, evidence_id: int) -> str:
    found = _find(detail, evidence_id)
    exhibit = found[0] if found else None
    return exhibit_name(exhibit) if isinstance(exhibit, EvidenceRow) else ""


def _withdrawn(detail: CaseDetail, evidence_id: int) -> tuple[object, object] | None:
    found = _find(detail, evidence_id)
    withdrawn = found is not None and found[0].withdrawn  # type: ignore[attr-defined]
    return found if withdrawn else None


def _not_withdrawn(detail: CaseDetail, evidence_id: int | None) -> object:
    found = _find(detail, evidence_id) if evidence_id is not None else None
    exhibit = found[0] if found else None
    return exhibit if isinstance(exhibit, EvidenceRow) and not exhibit.withdrawn else None


def _describe_withdrawal(detail: CaseDetail, evidence_id: int) -> str:
    found = _find(detail, evidence_id)
    number = found[0].exhibit_no if found else ""  # type: ignore[attr-defined]
    return QCoreApplication.translate("ExhibitEditor", "the withdrawal of exhibit %s") % number


def _reinstate(archive: Archive, evidence_id: int) -> object:
    from casefile.services.evidence import reinstate_exhibit

    return reinstate_exhibit(archive, evidence_id)


EXHIBIT = RecordType(
    RecordKind.EXHIBIT,
    ExhibitEditor,
    ExhibitEditor.changes,
    _find,
    _describe,
    None,  # an exhibit is withdrawn, never removed
    lambda _detail, _id: None,  # added through the intake, with its files
)
WITHDRAWAL = RecordType(
    RecordKind.WITHDRAWAL,
    WithdrawExhibitDialog,
    WithdrawExhibitDialog.changes,
    _withdrawn,
    _describe_withdrawal,
    _reinstate,
    _not_withdrawn,
)

"""The Record Earlier Penalty dialog: composes `forms/prior_penalty.ui`.

An earlier criminal or administrative penalty of the case's infringer, for conduct under one of
Criminal Law Arts 213–219: within two years of the act it makes the repeat standards of the 2025
Interpretation apply (Arts 3, 5, 6, 10, 13, 14, 17), which the Criminal tab then shows. Recorded
through `services.records.add_prior_penalty`, corrected through `update_prior_penalty`; the core
checks every field again and its refusal is shown beside the field. On recording a new one,
`penalty_recorded(int)` is emitted with its id.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from casefile.rules.threshold_sets import CONDUCT
from casefile.store.rows import CaseDetail, PriorPenaltyRow
from casefile.ui import labels
from casefile.ui.changes import Changed
from casefile.ui.dates import qdate, today_qdate
from casefile.ui.dialogs.record_dialog import RecordDialog
from casefile.ui.forms.prior_penalty_ui import Ui_PriorPenaltyDialog
from casefile.ui.record_links import RecordKind
from casefile.ui.record_types import RecordType

if TYPE_CHECKING:
    from casefile.store.archive import Archive


def _kinds() -> dict[str, str]:
    return {
        "administrative": QCoreApplication.translate(
            "PriorPenaltyDialog", "Administrative penalty 行政处罚"
        ),
        "criminal": QCoreApplication.translate("PriorPenaltyDialog", "Criminal penalty 刑事处罚"),
    }


class PriorPenaltyDialog(RecordDialog[PriorPenaltyRow]):
    """Record an earlier penalty of the infringer in the case, or correct one."""

    form = Ui_PriorPenaltyDialog
    changes = frozenset({Changed.CRIMINAL})

    penalty_recorded = Signal(int)

    def title(self) -> str:
        if self.record is None:
            return self.tr("Record Earlier Penalty — %s") % self.case.reference
        return self.tr("Edit Earlier Penalty — %s") % self.case.reference

    def ok_text(self) -> str:
        return self.tr("Save") if self.editing else self.tr("Record Penalty")

    def saved_message(self, result: object) -> str:
        if self.editing:
            return self.tr("Saved the earlier penalty in %s.") % self.case.reference
        return self.tr("Recorded an earlier penalty in %s.") % self.case.reference

    def setup(self) -> None:
        ui = self.ui
        ui.introLabel.setText(
            self.tr(
                "A penalty for the same kind of conduct within two years before the act makes "
                "the repeat standards of the 2025 Interpretation apply (lower figures)."
            )
        )
        for code, text in _kinds().items():
            ui.kindCombo.addItem(text, code)
        for article in CONDUCT:
            ui.conductCombo.addItem(labels.offence_label(article), article)
        # The case's own offence first: the usual repeat is the same conduct again.
        offences = self.case.offences
        first = next((o.split("-")[0] for o in offences if o.split("-")[0] in CONDUCT), None)
        if first is not None:
            ui.conductCombo.setCurrentIndex(CONDUCT.index(first))
        today = today_qdate()
        ui.decidedOnEdit.setMaximumDate(today)
        ui.decidedOnEdit.setDate(today.addYears(-1))
        ui.decidedOnEdit.setFocus()

    def fill(self, record: PriorPenaltyRow) -> None:
        ui = self.ui
        ui.decidedOnEdit.setDate(qdate(record.decided_on))
        ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(record.kind)))
        ui.conductCombo.setCurrentIndex(max(0, ui.conductCombo.findData(record.conduct)))
        ui.authorityEdit.setText(record.authority)
        ui.referenceEdit.setText(record.reference)
        ui.noteEdit.setPlainText(record.note)

    def fields(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "decided_on": ui.decidedOnEdit,
            "kind": ui.kindCombo,
            "conduct": ui.conductCombo,
            "authority": ui.authorityEdit,
            "reference": ui.referenceEdit,
            "note": ui.noteEdit,
        }

    def values(self) -> dict[str, object]:
        ui = self.ui
        return {
            "decided_on": ui.decidedOnEdit.date().toPython(),
            "kind": ui.kindCombo.currentData(),
            "conduct": ui.conductCombo.currentData(),
            "authority": ui.authorityEdit.text(),
            "reference": ui.referenceEdit.text(),
            "note": ui.noteEdit.toPlainText(),
        }

    def write(self, archive: Archive, values: dict[str, object]) -> object:
        from casefile.services import records

        if self.record is None:
            return records.add_prior_penalty(archive, self.case.reference, **values)  # type: ignore[arg-type]
        records.update_prior_penalty(archive, self.record.id, records.PenaltyDraft(**values))
        return self.record.id

    def _written(self, result: object) -> None:
        if self.record is None and isinstance(result, int):
            self.penalty_recorded.emit(result)
        super()._written(result)


def _find(detail: CaseDetail, penalty_id: int) -> tuple[object, object] | None:
    found = next((p for p in detail.penalties if p.id == penalty_id), None)
    return (found, None) if found is not None else None


def _describe(detail: CaseDetail, penalty_id: int) -> str:
    found = _find(detail, penalty_id)
    if found is None:
        return QCoreApplication.translate("PriorPenaltyDialog", "the earlier penalty")
    penalty = found[0]
    assert isinstance(penalty, PriorPenaltyRow)
    kind = _kinds().get(penalty.kind, penalty.kind)
    text = QCoreApplication.translate(
        "PriorPenaltyDialog", "the earlier penalty of %1 (%2, Art %3%4)"
    )
    reference = f" · {penalty.reference}" if penalty.reference else ""
    return (
        text.replace("%1", labels.day(penalty.decided_on))
        .replace("%2", kind)
        .replace("%3", penalty.conduct)
        .replace("%4", reference)
    )


def _remove(archive: Archive, penalty_id: int) -> object:
    from casefile.services.records import remove_prior_penalty

    remove_prior_penalty(archive, penalty_id)
    return None


PENALTY = RecordType(
    RecordKind.PENALTY,
    PriorPenaltyDialog,
    PriorPenaltyDialog.changes,
    _find,
    _describe,
    _remove,
)

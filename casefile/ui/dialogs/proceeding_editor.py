"""The proceeding editor: composes `forms/proceeding_editor.ui`. One route of the case before one
authority (a platform complaint, a customs detention, an administrative raid, a civil suit, a
criminal referral), with its stage, dates and outcome, added through
`services.proceedings.add_proceeding` or changed through `update_proceeding`.

The outcome fields follow the route: quantity seized for customs, administrative and criminal
proceedings; a fine for customs and administrative ones (and criminal: 罚金); damages for civil
suits; a sentence for criminal cases. A field hidden by the route is sent empty.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QWidget

from casefile.domain import ProceedingStage, Route
from casefile.store.rows import CaseDetail, ProceedingRow
from casefile.ui import labels
from casefile.ui.changes import Changed
from casefile.ui.dates import qdate, today_qdate
from casefile.ui.dialogs.record_dialog import RecordDialog
from casefile.ui.forms.proceeding_editor_ui import Ui_ProceedingEditor
from casefile.ui.record_links import RecordKind
from casefile.ui.record_types import RecordType
from casefile.ui.widgets.date_edits import DateEdit

if TYPE_CHECKING:
    from casefile.store.archive import Archive

# Which outcome fields a route has (DOMAIN.md "The work": each route's outcome).
OUTCOME_FIELDS: dict[Route, frozenset[str]] = {
    Route.PLATFORM: frozenset(),
    Route.CUSTOMS: frozenset({"quantity_seized", "fine"}),
    Route.ADMINISTRATIVE: frozenset({"quantity_seized", "fine"}),
    Route.CIVIL: frozenset({"damages"}),
    Route.CRIMINAL: frozenset({"quantity_seized", "fine", "sentence"}),
}
MONEY_FIELDS = frozenset({"fine", "damages"})


def _amount(value: object) -> str:
    return "" if value is None else f"{value}"


class ProceedingEditor(RecordDialog[ProceedingRow]):
    form = Ui_ProceedingEditor
    changes = frozenset({Changed.PROCEEDINGS, Changed.DEADLINES})

    def title(self) -> str:
        if self.record is None:
            return self.tr("Add Proceeding to %s") % self.case.reference
        return self.tr("Edit Proceeding — %s") % labels.label(self.record.route)

    def saved_message(self, result: object) -> str:
        done = self.tr("Saved the proceeding in %s.") if self.editing else None
        return (done or self.tr("Added a proceeding to %s.")) % self.case.reference

    def setup(self) -> None:
        ui = self.ui
        ui.introLabel.setText(
            self.tr(
                "One route of this case before one authority. Record its events (a notice, a "
                "detention, a raid, a judgment served) afterwards: they start the deadlines."
            )
        )
        for route in Route:
            ui.routeCombo.addItem(labels.label(route.value), route.value)
        for stage in ProceedingStage:
            ui.stageCombo.addItem(labels.label(stage.value), stage.value)
        ui.currencyEdit.setText("CNY")
        ui.currencyEdit.setMaxLength(3)
        ui.jurisdictionEdit.setMaxLength(2)
        first = self.case.jurisdictions[0] if self.case.jurisdictions else ""
        ui.jurisdictionEdit.setPlaceholderText(
            self.tr("empty: the case's first (%s)") % first if first else self.tr("e.g. CN")
        )
        today = today_qdate()
        for check, edit in self._optional_dates():
            edit.setDate(today)
            edit.setMaximumDate(today.addYears(1))
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
        ui.startedCheck.setChecked(True)
        ui.routeCombo.currentIndexChanged.connect(lambda _i: self._route_changed())
        self._route_changed()
        ui.routeCombo.setFocus()

    def _optional_dates(self) -> list[tuple[QCheckBox, DateEdit]]:
        return [
            (self.ui.startedCheck, self.ui.startedEdit),
            (self.ui.endedCheck, self.ui.endedEdit),
        ]

    def route(self) -> Route:
        return Route(self.ui.routeCombo.currentData())

    def _route_changed(self) -> None:
        shown = OUTCOME_FIELDS[self.route()]
        layout = self.ui.formLayout
        for name, widget in self.fields().items():
            if name in OUTCOME_FIELDS[Route.CRIMINAL] | MONEY_FIELDS:
                layout.setRowVisible(widget, name in shown)
        layout.setRowVisible(self.ui.currencyEdit, bool(shown & MONEY_FIELDS))

    def fill(self, record: ProceedingRow) -> None:
        ui = self.ui
        ui.routeCombo.setCurrentIndex(ui.routeCombo.findData(record.route))
        ui.stageCombo.setCurrentIndex(ui.stageCombo.findData(record.stage))
        ui.authorityEdit.setText(record.authority)
        ui.authorityRefEdit.setText(record.authority_ref)
        ui.jurisdictionEdit.setText(record.jurisdiction)
        for (check, edit), day in zip(
            self._optional_dates(), (record.started_on, record.ended_on), strict=True
        ):
            check.setChecked(day is not None)
            if day is not None:
                edit.setDate(qdate(day))
        ui.quantitySeizedEdit.setText(_amount(record.quantity_seized))
        money = record.fine or record.damages
        if money is not None:
            ui.currencyEdit.setText(money.currency)
        ui.fineEdit.setText(_amount(record.fine.amount if record.fine else None))
        ui.damagesEdit.setText(_amount(record.damages.amount if record.damages else None))
        ui.sentenceEdit.setText(record.sentence)
        ui.outcomeEdit.setPlainText(record.outcome)

    def fields(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "route": ui.routeCombo,
            "authority": ui.authorityEdit,
            "authority_ref": ui.authorityRefEdit,
            "jurisdiction": ui.jurisdictionEdit,
            "stage": ui.stageCombo,
            "started_on": ui.startedEdit,
            "ended_on": ui.endedEdit,
            "quantity_seized": ui.quantitySeizedEdit,
            "currency": ui.currencyEdit,
            "fine": ui.fineEdit,
            "damages": ui.damagesEdit,
            "sentence": ui.sentenceEdit,
            "outcome": ui.outcomeEdit,
        }

    def _busy_widgets(self) -> list[QWidget]:
        return [*super()._busy_widgets(), self.ui.startedCheck, self.ui.endedCheck]

    def values(self) -> dict[str, object]:
        ui = self.ui
        shown = OUTCOME_FIELDS[self.route()]

        def day(check: QCheckBox, edit: DateEdit) -> date | None:
            return edit.date().toPython() if check.isChecked() else None  # type: ignore[return-value]

        def outcome(name: str, text: str) -> str:
            return text.strip() if name in shown else ""

        return {
            "route": ui.routeCombo.currentData(),
            "authority": ui.authorityEdit.text(),
            "authority_ref": ui.authorityRefEdit.text(),
            "jurisdiction": ui.jurisdictionEdit.text().strip(),
            "stage": ui.stageCombo.currentData(),
            "started_on": day(ui.startedCheck, ui.startedEdit),
            "ended_on": day(ui.endedCheck, ui.endedEdit),
            "quantity_seized": outcome("quantity_seized", ui.quantitySeizedEdit.text()),
            "currency": ui.currencyEdit.text().strip().upper() or "CNY",
            "fine": outcome("fine", ui.fineEdit.text()),
            "damages": outcome("damages", ui.damagesEdit.text()),
            "sentence": outcome("sentence", ui.sentenceEdit.text()),
            "outcome": ui.outcomeEdit.toPlainText(),
        }

    def write(self, archive: Archive, values: dict[str, object]) -> object:
        from casefile.services import proceedings

        draft = proceedings.ProceedingDraft(**values)
        if self.record is None:
            return proceedings.add_proceeding(archive, self.case.reference, draft)
        return proceedings.update_proceeding(archive, self.record.id, draft)


def _find(detail: CaseDetail, proceeding_id: int) -> tuple[object, object] | None:
    found = next((p for p in detail.proceedings if p.id == proceeding_id), None)
    return (found, None) if found is not None else None


def _describe(detail: CaseDetail, proceeding_id: int) -> str:
    found = _find(detail, proceeding_id)
    route = labels.label(found[0].route) if found else ""  # type: ignore[attr-defined]
    return (
        QCoreApplication.translate(
            "ProceedingEditor", "the %s proceeding with its events and their open deadlines"
        )
        % route
    )


def _remove(archive: Archive, proceeding_id: int) -> object:
    from casefile.services.proceedings import remove_proceeding

    return remove_proceeding(archive, proceeding_id)


PROCEEDING = RecordType(
    RecordKind.PROCEEDING,
    ProceedingEditor,
    ProceedingEditor.changes,
    _find,
    _describe,
    _remove,
)

"""The threshold figure editor: composes `forms/figure_editor.ui`. A figure toward the criminal
thresholds (business volume, illegal gains, copies, clicks…) with what one counted item is, the
day it stood at that figure and the exhibit that proves it; added through
`services.records.add_threshold_figure`, corrected through `update_threshold_figure`. The
Criminal tab assesses the case afresh once it is saved.

The units offered follow the measure (`services.records.UNITS_FOR_MEASURE`): amounts are in RMB,
counts are whole.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from casefile.domain import MONEY_MEASURES, ThresholdMeasure
from casefile.store.rows import CaseDetail, ThresholdFigureRow
from casefile.ui import labels
from casefile.ui.changes import Changed
from casefile.ui.dates import qdate, today_qdate
from casefile.ui.dialogs.record_dialog import RecordDialog
from casefile.ui.forms.figure_editor_ui import Ui_FigureEditor
from casefile.ui.record_links import RecordKind
from casefile.ui.record_types import RecordType

if TYPE_CHECKING:
    from casefile.store.archive import Archive

DESCRIPTION_CHARS = 50  # of an exhibit's description in the "Supported by" list


def offence_measures(offences: tuple[str, ...]) -> list[ThresholdMeasure]:
    """The measures the thresholds of these offences are set in, as the newest shipped rule set
    naming each offence lists them (its first standards first)."""
    from casefile.errors import CasefileError
    from casefile.rules.threshold_sets import shipped_rule_sets

    try:
        sets = sorted(shipped_rule_sets(), key=lambda s: s.in_force_from, reverse=True)
    except CasefileError:  # a broken rule file: every measure, unordered
        return []
    known = {m.value for m in ThresholdMeasure}
    found: list[ThresholdMeasure] = []
    for offence in offences:
        rules = next((s.offences[offence] for s in sets if offence in s.offences), None)
        for standard in rules.standards if rules is not None else ():
            if standard.measure in known and ThresholdMeasure(standard.measure) not in found:
                found.append(ThresholdMeasure(standard.measure))
    return found


def figure_text(value: Decimal) -> str:
    """A stored figure as it is typed back: 60000, 1234.50."""
    return format(value, "f")


class FigureEditor(RecordDialog[ThresholdFigureRow]):
    form = Ui_FigureEditor
    changes = frozenset({Changed.CRIMINAL})

    def title(self) -> str:
        if self.record is None:
            return self.tr("Add Figure to %s") % self.case.reference
        return self.tr("Edit Figure — %s") % labels.label(self.record.measure)

    def saved_message(self, result: object) -> str:
        if self.editing:
            return self.tr("Saved the figure in %s.") % self.case.reference
        return self.tr("Added a figure to %s.") % self.case.reference

    def setup(self) -> None:
        from casefile.services.records import UNITS_FOR_MEASURE

        ui = self.ui
        self._units = UNITS_FOR_MEASURE
        ui.introLabel.setText(
            self.tr(
                "A figure the Criminal tab measures against the thresholds of the case's "
                "offences. Figures of the same measure on different days: the latest counts."
            )
        )
        # the measures of the case's offences first, the others after a line
        first = offence_measures(self.case.offences)
        others = [m for m in ThresholdMeasure if m not in first]
        for measure in first:
            ui.measureCombo.addItem(labels.label(measure.value), measure.value)
        if first and others:
            ui.measureCombo.insertSeparator(ui.measureCombo.count())
        for measure in others:
            ui.measureCombo.addItem(labels.label(measure.value), measure.value)
        ui.evidenceCombo.addItem(self.tr("no exhibit"), None)
        for exhibit in self.case.evidence:
            text = f"#{exhibit.exhibit_no} {labels.label(exhibit.kind)}"
            if exhibit.description:
                description = exhibit.description
                if len(description) > DESCRIPTION_CHARS:
                    description = description[: DESCRIPTION_CHARS - 1] + "…"
                text += f" — {description}"
            if exhibit.withdrawn:
                text += " " + self.tr("(withdrawn)")
            ui.evidenceCombo.addItem(text, exhibit.id)
        today = today_qdate()
        ui.asOfEdit.setDate(today)
        ui.asOfEdit.setMaximumDate(today)
        ui.measureCombo.currentIndexChanged.connect(lambda _i: self._measure_changed())
        self._measure_changed()
        ui.measureCombo.setFocus()

    def _measure_changed(self) -> None:
        """The units and the figure's hint follow the measure."""
        ui = self.ui
        measure = ThresholdMeasure(ui.measureCombo.currentData())
        kept = ui.unitCombo.currentData()
        ui.unitCombo.clear()
        for unit in self._units[measure]:
            ui.unitCombo.addItem(labels.label(unit.value), unit.value)
        ui.unitCombo.setCurrentIndex(max(0, ui.unitCombo.findData(kept)))
        ui.unitCombo.setEnabled(ui.unitCombo.count() > 1)
        ui.valueEdit.setPlaceholderText(
            self.tr("an amount in RMB, e.g. 60000")
            if measure in MONEY_MEASURES
            else self.tr("a whole number, e.g. 1200")
        )

    def fill(self, record: ThresholdFigureRow) -> None:
        ui = self.ui
        ui.measureCombo.setCurrentIndex(ui.measureCombo.findData(record.measure))
        ui.unitCombo.setCurrentIndex(max(0, ui.unitCombo.findData(record.unit)))
        ui.valueEdit.setText(figure_text(record.value))
        ui.asOfEdit.setMaximumDate(max(ui.asOfEdit.maximumDate(), qdate(record.as_of)))
        ui.asOfEdit.setDate(qdate(record.as_of))
        ui.evidenceCombo.setCurrentIndex(max(0, ui.evidenceCombo.findData(record.evidence_id)))
        ui.noteEdit.setPlainText(record.note)

    def fields(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "measure": ui.measureCombo,
            "value": ui.valueEdit,
            "unit": ui.unitCombo,
            "as_of": ui.asOfEdit,
            "evidence_id": ui.evidenceCombo,
            "note": ui.noteEdit,
        }

    def values(self) -> dict[str, object]:
        ui = self.ui
        return {
            "measure": ui.measureCombo.currentData(),
            "value": ui.valueEdit.text().strip(),
            "unit": ui.unitCombo.currentData(),
            "as_of": ui.asOfEdit.date().toPython(),
            "evidence_id": ui.evidenceCombo.currentData(),
            "note": ui.noteEdit.toPlainText(),
        }

    def write(self, archive: Archive, values: dict[str, object]) -> object:
        from casefile.services import records

        if self.record is None:
            return records.add_threshold_figure(archive, self.case.reference, **values)  # type: ignore[arg-type]
        draft = records.FigureDraft(**values)  # type: ignore[arg-type]
        return records.update_threshold_figure(archive, self.record.id, draft)


def _find(detail: CaseDetail, figure_id: int) -> tuple[object, object] | None:
    found = next((f for f in detail.figures if f.id == figure_id), None)
    return (found, None) if found is not None else None


def _describe(detail: CaseDetail, figure_id: int) -> str:
    found = _find(detail, figure_id)
    if found is None:
        return QCoreApplication.translate("FigureEditor", "the figure")
    figure = found[0]
    assert isinstance(figure, ThresholdFigureRow)
    return (
        QCoreApplication.translate("FigureEditor", "the figure “%1: %2 %3” of %4")
        .replace("%1", labels.label(figure.measure))
        .replace("%2", f"{figure.value:,}")
        .replace("%3", labels.label(figure.unit))
        .replace("%4", labels.day(figure.as_of))
    )


def _remove(archive: Archive, figure_id: int) -> object:
    from casefile.services.records import remove_threshold_figure

    remove_threshold_figure(archive, figure_id)
    return None


FIGURE = RecordType(
    RecordKind.FIGURE, FigureEditor, FigureEditor.changes, _find, _describe, _remove
)

"""The customs recordal editor: composes `forms/recordal_editor.ui`. A right's recordal with a
customs authority (海关总署 GACC's IP recordal, an EU application for action…), with its number
and validity, added through `services.rights.add_recordal`, corrected or renewed through
`update_recordal`. A recordal belongs to the right, so it shows in every case enforcing it.

A new recordal of a Chinese right is with GACC by default, valid ten years (Customs IP
Regulations Art 10) but not past the right itself; elsewhere one year (an EU application for
action, Reg (EU) 608/2013 Art 11). Both are only what the fields start with.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QWidget

from casefile.store.rows import CaseDetail, RecordalRow, RightRow
from casefile.ui.changes import Changed
from casefile.ui.dates import qdate, today_qdate
from casefile.ui.dialogs.record_dialog import RecordDialog
from casefile.ui.dialogs.right_editor import find_right, right_name
from casefile.ui.forms.recordal_editor_ui import Ui_RecordalEditor
from casefile.ui.record_links import RecordKind
from casefile.ui.record_types import RecordType

if TYPE_CHECKING:
    from casefile.store.archive import Archive

GACC = "海关总署 GACC"
GACC_YEARS = 10  # Customs IP Regulations Art 10
ELSEWHERE_YEARS = 1  # Reg (EU) 608/2013 Art 11: an application for action, up to one year


class RecordalEditor(RecordDialog[RecordalRow]):
    """`within`: the right (a RightRow) the recordal is of."""

    form = Ui_RecordalEditor
    changes = frozenset({Changed.RIGHTS})
    within: RightRow

    def title(self) -> str:
        if self.record is None:
            return self.tr("Add Customs Recordal — %s") % right_name(self.within)
        return self.tr("Edit Customs Recordal — %s") % right_name(self.within)

    def saved_message(self, result: object) -> str:
        if self.editing:
            return self.tr("Saved the customs recordal of %s.") % right_name(self.within)
        return self.tr("Added a customs recordal to %s.") % right_name(self.within)

    def setup(self) -> None:
        ui, right = self.ui, self.within
        ui.caseLabel.setText(f"{self.case.reference} · {right_name(right)}")
        others = [c for c in right.cases if c != self.case.reference]
        intro = self.tr(
            "Customs detain suspected goods on their own initiative only for recorded rights. "
            "Renewed? Edit the recordal and enter its new validity."
        )
        if others:
            intro += " " + self.tr("%s enforce this right too and show its recordals.") % (
                ", ".join(others)
            )
        ui.introLabel.setText(intro)
        chinese = right.jurisdiction == "CN"
        if chinese:
            ui.authorityEdit.setText(GACC)
        start = today_qdate()
        ui.validFromEdit.setDate(start)
        ui.validToEdit.setDate(self._default_end(start, chinese))
        (ui.numberEdit if chinese else ui.authorityEdit).setFocus()

    def _default_end(self, start: QDate, chinese: bool) -> QDate:
        end = start.addYears(GACC_YEARS if chinese else ELSEWHERE_YEARS).addDays(-1)
        if self.within.valid_to is not None and qdate(self.within.valid_to) < end:
            return qdate(self.within.valid_to)
        return end

    def fill(self, record: RecordalRow) -> None:
        ui = self.ui
        ui.authorityEdit.setText(record.authority)
        ui.numberEdit.setText(record.number)
        ui.validFromEdit.setDate(qdate(record.valid_from))
        ui.validToEdit.setDate(qdate(record.valid_to))

    def fields(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "authority": ui.authorityEdit,
            "number": ui.numberEdit,
            "valid_from": ui.validFromEdit,
            "valid_to": ui.validToEdit,
        }

    def values(self) -> dict[str, object]:
        ui = self.ui
        return {
            "authority": ui.authorityEdit.text(),
            "number": ui.numberEdit.text(),
            "valid_from": ui.validFromEdit.date().toPython(),
            "valid_to": ui.validToEdit.date().toPython(),
        }

    def write(self, archive: Archive, values: dict[str, object]) -> object:
        from casefile.services import rights

        if self.record is None:
            return rights.add_recordal(archive, self.within.id, **values)  # type: ignore[arg-type]
        return rights.update_recordal(archive, self.record.id, **values)  # type: ignore[arg-type]


def _find(detail: CaseDetail, recordal_id: int) -> tuple[object, object] | None:
    for right in detail.rights:
        for recordal in right.recordals:
            if recordal.id == recordal_id:
                return recordal, right
    return None


def _describe(detail: CaseDetail, recordal_id: int) -> str:
    found = _find(detail, recordal_id)
    if found is None:
        return QCoreApplication.translate("RecordalEditor", "the customs recordal")
    recordal, right = found
    assert isinstance(recordal, RecordalRow) and isinstance(right, RightRow)
    others = [c for c in right.cases if c != detail.reference]
    text = (
        QCoreApplication.translate(
            "RecordalEditor", "the customs recordal %1 (%2) of the %3 (%4 enforce it too)"
        )
        if others
        else QCoreApplication.translate("RecordalEditor", "the customs recordal %1 (%2) of the %3")
    )
    return (
        text.replace("%1", recordal.number)
        .replace("%2", recordal.authority)
        .replace("%3", right_name(right, in_sentence=True))
        .replace("%4", ", ".join(others))
    )


def _remove(archive: Archive, recordal_id: int) -> object:
    from casefile.services.rights import remove_recordal

    return remove_recordal(archive, recordal_id)


RECORDAL = RecordType(
    RecordKind.RECORDAL,
    RecordalEditor,
    RecordalEditor.changes,
    _find,
    _describe,
    _remove,
    find_right,
)

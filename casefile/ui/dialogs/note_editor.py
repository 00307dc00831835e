"""The note editor: composes `forms/note_editor.ui`. A note on the case (what happened, what was
agreed, what to do next), internal by default: internal notes never leave the company. Added
through `services.records.add_note`, changed through `update_note`; its author and date stay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from casefile.store.rows import CaseDetail, NoteRow
from casefile.ui.changes import Changed
from casefile.ui.dialogs.record_dialog import RecordDialog
from casefile.ui.forms.note_editor_ui import Ui_NoteEditor
from casefile.ui.record_links import RecordKind
from casefile.ui.record_types import RecordType

if TYPE_CHECKING:
    from casefile.store.archive import Archive


class NoteEditor(RecordDialog[NoteRow]):
    form = Ui_NoteEditor
    changes = frozenset({Changed.NOTES})

    def title(self) -> str:
        if self.record is None:
            return self.tr("Add Note to %s") % self.case.reference
        return self.tr("Edit Note — %s") % self.case.reference

    def saved_message(self, result: object) -> str:
        text = self.tr("Saved the note in %s.") if self.editing else self.tr("Added a note to %s.")
        return text % self.case.reference

    def setup(self) -> None:
        self.ui.introLabel.setVisible(False)
        self.ui.internalCheck.setChecked(True)
        self.ui.bodyEdit.setFocus()

    def fill(self, record: NoteRow) -> None:
        self.ui.bodyEdit.setPlainText(record.body)
        self.ui.internalCheck.setChecked(record.internal)
        written = record.created_at.strftime("%Y-%m-%d")
        self.ui.introLabel.setText(
            self.tr("Written by %1 on %2.").replace("%1", record.author).replace("%2", written)
        )
        self.ui.introLabel.setVisible(True)

    def fields(self) -> dict[str, QWidget]:
        return {"body": self.ui.bodyEdit, "internal": self.ui.internalCheck}

    def values(self) -> dict[str, object]:
        return {
            "body": self.ui.bodyEdit.toPlainText(),
            "internal": self.ui.internalCheck.isChecked(),
        }

    def write(self, archive: Archive, values: dict[str, object]) -> object:
        from casefile.services import records

        if self.record is None:
            return records.add_note(archive, self.case.reference, **values)  # type: ignore[arg-type]
        return records.update_note(archive, self.record.id, **values)  # type: ignore[arg-type]


def _find(detail: CaseDetail, note_id: int) -> tuple[object, object] | None:
    found = next((n for n in detail.notes if n.id == note_id), None)
    return (found, None) if found is not None else None


def _describe(_detail: CaseDetail, _note_id: int) -> str:
    return QCoreApplication.translate("NoteEditor", "the note")


def _remove(archive: Archive, note_id: int) -> object:
    from casefile.services.records import remove_note

    remove_note(archive, note_id)
    return None


NOTE = RecordType(RecordKind.NOTE, NoteEditor, NoteEditor.changes, _find, _describe, _remove)

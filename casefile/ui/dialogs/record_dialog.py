"""A dialog that adds one record to a case or changes one (a proceeding, an event, a note, …):
what every such dialog shares, so each one only says which fields it has, how to fill them from
a record, what values they hold and which service writes them.

The values are collected on the GUI thread and handed to `write`, which runs on the write thread
and must not touch a widget. The core validates them again; its `ValidationError` is shown under
the field it names (the dialog's `fields`), which gets the focus, and nothing is written.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QWidget

from casefile.errors import CasefileError
from casefile.store.rows import CaseDetail
from casefile.ui.dates import qdate
from casefile.ui.dialogs.case_editor import ERROR_COLOUR
from casefile.ui.dialogs.field_errors import FieldErrors
from casefile.ui.dialogs.write_dialog import WriteDialog
from casefile.ui.widgets.date_edits import DateEdit, date_edits_in

if TYPE_CHECKING:
    from casefile.store.archive import Archive

R = TypeVar("R")  # the frozen row the dialog edits


class OptionalDate:
    """A date that may be unknown: a check box ("known", "ended") beside its field, which
    holds `default` and is disabled until the box is checked."""

    def __init__(self, check: QCheckBox, edit: DateEdit, default: QDate) -> None:
        self.check, self.edit = check, edit
        edit.setDate(default)
        edit.setEnabled(False)
        check.toggled.connect(edit.setEnabled)

    def day(self) -> date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None  # type: ignore[return-value]

    def show(self, day: date | None) -> None:
        self.check.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(qdate(day))


class RecordDialog(WriteDialog, Generic[R]):
    form: ClassVar[type]  # the compiled form's class (`Ui_…`); it has formLayout, errorLabel

    def __init__(
        self,
        archive: Archive,
        case: CaseDetail,
        record: R | None = None,
        parent: QWidget | None = None,
        within: Any = None,
    ) -> None:
        """`within`: the record a new one goes into (an event's proceeding), where it has one."""
        super().__init__(parent)
        self.ui = self.form()
        self.ui.setupUi(self)
        self._archive = archive
        self.case = case
        self.record = record
        self.within = within
        self.saved_result: Any = None  # what the write returned, once saved (`result()` is
        # QDialog's: accepted or rejected)
        for label in self.findChildren(QLabel):
            if label.objectName() in ("introLabel", "hintLabel") or label.objectName().endswith(
                "Hint"
            ):
                label.setStyleSheet("color: palette(placeholder-text);")
        if hasattr(self.ui, "caseLabel"):
            self.ui.caseLabel.setText(f"{case.reference} · {case.title}")
        self.ui.errorLabel.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.setup()
        if record is not None:
            self.fill(record)
        for edit in date_edits_in(self):
            name = next((f for f, w in self.fields().items() if w is edit), "")
            if name:
                edit.field_name = name  # type: ignore[attr-defined]
        self._errors = FieldErrors(self, self.ui.formLayout, self.fields(), self.ui.errorLabel)
        self.setWindowTitle(self.title())
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.ok_text())
        ok.setDefault(True)
        self.ui.buttonBox.accepted.connect(self.save)

    def retranslate(self) -> None:
        """After a language switch: the title and the OK button in the new language."""
        self.setWindowTitle(self.title())
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.ok_text())

    @property
    def editing(self) -> bool:
        return self.record is not None

    # --- what each dialog says ---------------------------------------------------------------

    def setup(self) -> None:
        """Fill the combos and set the defaults of a new record."""

    def fill(self, record: R) -> None:
        """Show `record`'s values in the fields."""
        raise NotImplementedError

    def fields(self) -> dict[str, QWidget]:
        """The core's field names → the widgets their errors are shown under."""
        raise NotImplementedError

    def values(self) -> dict[str, object]:
        """What the fields hold, as the service takes it (validated there)."""
        raise NotImplementedError

    def write(self, archive: Archive, values: dict[str, object]) -> object:
        """The service call (on the write thread)."""
        raise NotImplementedError

    def title(self) -> str:
        raise NotImplementedError

    def ok_text(self) -> str:
        return self.tr("Save") if self.editing else self.tr("Add")

    # --- saving --------------------------------------------------------------------------------

    def save(self) -> None:
        if self.saving:
            return
        self._errors.clear_all()
        values = self.values()
        archive = self._archive
        self._start_write(
            lambda _ctx: self.write(archive, values), self.tr("Saving"), self._written
        )

    def _written(self, result: object) -> None:
        self.saved_result = result
        self.accept()

    def _busy_widgets(self) -> list[QWidget]:
        return list(self.fields().values())

    def show_error(self, exc: CasefileError) -> None:
        self._errors.show(exc)

    def error_for(self, field: str) -> str:
        return self._errors.error_for(field)

    @property
    def error(self) -> str:
        return self.ui.errorLabel.text() if self.ui.errorLabel.isVisibleTo(self) else ""

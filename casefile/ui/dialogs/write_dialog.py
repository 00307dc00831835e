"""A dialog that ends in one write to the archive, which cannot be taken back once started.

While the write runs, the buttons (and any widgets `_busy_widgets` names) are disabled and Cancel,
Esc and the close button are ignored; its result is always delivered. A `CasefileError` goes to
the subclass's `show_error`, anything else to the crash report. Nothing is written while a date
field in use holds text that is not a date: the reason goes to `show_error`, under that field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from casefile.errors import CasefileError, ValidationError
from casefile.ui import errors, tasks
from casefile.ui.widgets.date_edits import date_edits_in

T = TypeVar("T")


class WriteDialog(QDialog):
    ui: Any  # the compiled form; it has a `buttonBox`

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saving: tasks.Task[Any] | None = None

    @property
    def saving(self) -> bool:
        """True while the write is running."""
        return self._saving is not None and self._saving.running

    def _start_write(
        self,
        write: Callable[[tasks.TaskContext], T],
        label: str,
        on_saved: Callable[[T], None],
    ) -> None:
        def saved(result: T) -> None:
            self._set_busy(False)
            on_saved(result)

        if not self._dates_readable():
            return
        self._set_busy(True)
        self._saving = tasks.run_task(
            write, on_success=saved, on_failure=self._failed, parent=self, write=True, label=label
        )

    def _dates_readable(self) -> bool:
        """False, having shown why, when a date field in use holds text that is not a date."""
        for edit in date_edits_in(self):
            if not (edit.isEnabled() and edit.isVisibleTo(self)):  # type: ignore[attr-defined]
                continue
            reason = edit.problem()
            if reason:
                self.show_error(ValidationError(edit.field_name, reason))
                return False
        return True

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, CasefileError):
            self.show_error(exc)
        else:
            errors.report(exc, self)

    def _busy_widgets(self) -> list[QWidget]:
        """Widgets besides the buttons to disable while writing."""
        return []

    def _set_busy(self, busy: bool) -> None:
        for widget in [*self.ui.buttonBox.buttons(), *self._busy_widgets()]:
            widget.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def reject(self) -> None:
        """Cancel, Esc and the close button; ignored while the write runs."""
        if self.saving:
            return
        super().reject()

    def show_error(self, exc: CasefileError) -> None:
        raise NotImplementedError

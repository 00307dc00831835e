"""A dialog that ends in one write to the archive, which cannot be taken back once started.

While the write runs, the buttons (and any widgets `_busy_widgets` names) are disabled and Cancel,
Esc and the close button are ignored; its result is always delivered. A `CasefileError` goes to
the subclass's `show_error`, anything else to the crash report. Nothing is written while a date
field in use holds text that is not a date: the reason goes to `show_error`, under that field.

After a write, `saved(result)` is emitted (before the subclass's own signal) and the window turns
it into one `ArchiveChange` of the dialog's `changes`, worded by `saved_message(result)`.

Typed work is never lost silently: the fields' values are remembered when the dialog is shown
(`mark_clean`), and Cancel, Esc or the close button on a dialog whose fields changed asks first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from casefile.errors import CasefileError, ValidationError
from casefile.ui import errors, i18n, tasks
from casefile.ui.changes import Changed
from casefile.ui.widgets.date_edits import date_edits_in

T = TypeVar("T")


def ask_to_discard(parent: QWidget) -> bool:
    """Whether the user lets the changes typed in `parent` go."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("WriteDialog", "Discard changes?"),
        QCoreApplication.translate(
            "WriteDialog", "The changes typed in “%s” are not saved. Discard them?"
        )
        % parent.windowTitle(),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


def field_values(dialog: QWidget) -> list[tuple[str, object]]:
    """What the user can change in `dialog`'s fields, to compare before and after."""
    values: list[tuple[str, object]] = []
    for widget in dialog.findChildren(QWidget):
        value: object
        if isinstance(widget, QLineEdit | QAbstractSpinBox):
            value = widget.text()
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            value = widget.toPlainText()
        elif isinstance(widget, QComboBox):
            value = (widget.currentIndex(), widget.currentText())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            value = widget.isChecked()
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            value = widget.model().rowCount()
        else:
            continue
        values.append((widget.objectName(), value))
    return values


class WriteDialog(QDialog):
    ui: Any  # the compiled form; it has a `buttonBox`
    changes: ClassVar[frozenset[Changed]] = frozenset()  # what a save changes, for the views

    saved = Signal(object)  # the write's result

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saving: tasks.Task[Any] | None = None
        self._clean: list[tuple[str, object]] | None = None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        """A language switch: the form's words anew, what was typed kept (casefile.ui.i18n)."""
        super().changeEvent(event)
        if i18n.is_language_change(event):
            i18n.retranslate_widget(self)

    def saved_message(self, result: Any) -> str:
        """The status bar's words once saved."""
        return ""

    def mark_clean(self) -> None:
        """The fields as they are now are "no changes" (called when the dialog is shown)."""
        self._clean = field_values(self)

    def has_changes(self) -> bool:
        """Typed changes not saved (while being saved they are not at risk)."""
        if self.saving or self._clean is None:
            return False
        return field_values(self) != self._clean

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
            self._clean = None  # saved: nothing to lose
            self.saved.emit(result)
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
        """Cancel, Esc and the close button: ignored while the write runs; asks first when
        fields were changed."""
        if self.saving:
            return
        if self.has_changes() and not ask_to_discard(self):
            return
        super().reject()

    def discard(self) -> None:
        """Close without asking (the archive it would write to is being closed)."""
        if not self.saving:
            self._clean = None
            super().reject()

    def show_error(self, exc: CasefileError) -> None:
        raise NotImplementedError

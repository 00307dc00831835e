"""Errors shown by field in a dialog's form: under the field the core's `ValidationError` names,
which gets a red border and the focus; anything else above the buttons.

A dialog builds one `FieldErrors` over its `QFormLayout`, naming the widget of each field as the
core names it ("title", "acts_on"); changing a field clears its error. A field's widget may sit in
a container that is the form row's field (a date with a check box beside it): the error then goes
under that row. The error text is plain text: it may quote what was typed.

A date field (`widgets.date_edits`) whose text is not a date shows why under it when the user
leaves it, and `check_dates` shows the first such before anything is saved.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from casefile.errors import CasefileError, ValidationError
from casefile.ui import errors, labels
from casefile.ui.widgets.date_edits import date_edits_in

ERROR_COLOUR = "#c62828"
INVALID_CSS = f"border: 1px solid {ERROR_COLOUR}; border-radius: 3px;"


def error_field(exc: BaseException) -> str:
    """The field a `ValidationError` names, without an index or a sub-field ("tags[2]" → "tags");
    "" for any other error."""
    if not isinstance(exc, ValidationError):
        return ""
    return exc.field.split("[")[0].split(".")[0]


class FieldErrors:
    """The errors of one form. `shown_at` shows a field the form has not under another one."""

    def __init__(
        self,
        dialog: QWidget,
        form: QFormLayout,
        fields: Mapping[str, QWidget],
        general: QLabel,
        shown_at: Mapping[str, str] | None = None,
    ) -> None:
        self._dialog = dialog
        self._form = form
        self.fields = dict(fields)
        self._general = general
        self._shown_at = dict(shown_at or {})
        self._labels: dict[str, QLabel] = {}
        self._tooltips = {name: widget.toolTip() for name, widget in self.fields.items()}
        general.setStyleSheet(f"color: {ERROR_COLOUR};")
        general.setTextFormat(Qt.TextFormat.PlainText)
        for name, widget in self.fields.items():
            for signal in _changed_signals(widget):
                signal.connect(lambda *_args, field=name: self.clear(field))
            for edit in date_edits_in(widget):
                edit.field_name = name
                edit.refused.connect(  # type: ignore[attr-defined]
                    lambda reason, field=name: self.show(ValidationError(field, reason), False)
                )

    def check_dates(self) -> bool:
        """Show why the first date field whose text is not a date is not one (under it, with
        the focus); True when every date field that is in use holds a date."""
        for name, widget in self.fields.items():
            for edit in date_edits_in(widget):
                reason = edit.problem() if edit.isEnabled() else ""  # type: ignore[attr-defined]
                if reason:
                    self.show(ValidationError(name, reason))
                    return False
        return True

    def show(self, exc: CasefileError, focus: bool = True) -> None:
        """Show `exc` under the field it names (which gets the focus unless `focus` is False:
        the user has just left it), or above the buttons."""
        field = error_field(exc)
        field = self._shown_at.get(field, field)
        text = errors.describe(exc)
        widget = self.fields.get(field)
        if widget is None:
            self._general.setText(text)
            self._general.setVisible(True)
            return
        label = self._label(field, widget)
        label.setText(text)
        self._form.setRowVisible(label, True)
        name = widget.objectName()
        widget.setStyleSheet(f"{type(widget).__name__}#{name} {{ {INVALID_CSS} }}")
        widget.setProperty("invalid", True)
        widget.setToolTip(labels.rich(text))
        if focus:
            _focus(widget)

    def error_for(self, field: str) -> str:
        """The error shown for `field`, or ''."""
        label = self._labels.get(field)
        if label is not None and not label.isHidden():
            return label.text()
        return ""

    @property
    def general_error(self) -> str:
        return self._general.text() if self._general.isVisibleTo(self._dialog) else ""

    def clear(self, field: str) -> None:
        label = self._labels.get(field)
        if label is not None:
            self._form.setRowVisible(label, False)
            label.setText("")
        widget = self.fields[field]
        if widget.property("invalid"):
            widget.setStyleSheet("")
            widget.setProperty("invalid", False)
            widget.setToolTip(self._tooltips[field])

    def clear_all(self) -> None:
        for field in self.fields:
            self.clear(field)
        self._general.clear()
        self._general.setVisible(False)

    def _label(self, field: str, widget: QWidget) -> QLabel:
        label = self._labels.get(field)
        if label is None:
            label = QLabel(self._dialog)
            label.setObjectName(f"{field}Error")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)  # the error may quote what was typed
            label.setStyleSheet(f"color: {ERROR_COLOUR};")
            self._form.insertRow(self._row_of(widget) + 1, "", label)
            self._labels[field] = label
        return label

    def _row_of(self, widget: QWidget) -> int:
        """The form row holding `widget`, or the container it sits in."""
        current: QWidget | None = widget
        while current is not None and current is not self._dialog:
            # (row, role); PySide's stub says only `object`
            row, _role = cast(
                "tuple[int, QFormLayout.ItemRole]", self._form.getWidgetPosition(current)
            )
            if row >= 0:
                return row
            current = current.parentWidget()
        return self._form.rowCount() - 1


def _changed_signals(widget: QWidget) -> list:  # type: ignore[type-arg]
    """The signals that say the user changed a field (of a container: of what it holds)."""
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return [widget.textChanged]
    if isinstance(widget, QDateTimeEdit):
        return [widget.dateTimeChanged, widget.lineEdit().textEdited]
    if isinstance(widget, QComboBox):
        return [widget.currentIndexChanged]
    found: list = []  # type: ignore[type-arg]
    for child in widget.findChildren(QAbstractButton):
        found.append(child.toggled)
    for edit in widget.findChildren(QDateTimeEdit):
        found.extend([edit.dateTimeChanged, edit.lineEdit().textEdited])
    return found


def _focus(widget: QWidget) -> None:
    """Focus a field, or the first thing in it that takes the focus (a box of check boxes)."""
    if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
        widget.setFocus()
        return
    for child in widget.findChildren(QWidget):
        if child.focusPolicy() != Qt.FocusPolicy.NoFocus and child.isEnabled():
            child.setFocus()
            return

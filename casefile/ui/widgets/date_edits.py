"""Date fields that keep what was typed: `DateEdit` and `DateTimeEdit` (promoted in the forms in
place of `QDateEdit` and `QDateTimeEdit`).

Qt's date fields mend what is typed section by section: "2025-02-30" becomes 2025-02-03 (the
"0" is dropped), "2025-02-29" becomes 2025-02-28, a day outside the allowed range is not taken at
all, and leaving the field puts the last good date back. Each is a date nobody typed, saved
without a word. These fields let the text stand as typed instead, and say what is wrong with it:
`problem()` is the reason the text is not a date the field accepts ("" when it is one), and
`refused` is emitted with that reason when the user leaves the field or presses Enter on it.
`date()` keeps the last good date; a dialog asks `problem()` first and saves nothing while a field
has one (`FieldErrors.check_dates`, `WriteDialog`).

Up, Down, the calendar and `setDate` work as in Qt's fields and replace what was typed.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit, QDateTimeEdit, QLineEdit, QWidget

# What may stand in the field while it is typed: digits, separators, spaces and colons.
_TYPED = re.compile(r"[0-9\s:./-]*")
_YMD = re.compile(r"\s*(\d{1,4})\D+(\d{1,2})\D+(\d{1,2})\s*(?:(\d{1,2})\D(\d{1,2}))?\s*")


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files tr("…") calls there


def date_problem(text: str, display_format: str, with_time: bool) -> str:
    """Why `text` is not a date (and time) in `display_format`, in words; "" when it is one."""
    typed = text.strip()
    if not typed:
        return tr("is required: type a date as {format}").format(format=display_format.lower())
    parsed = (
        QDateTime.fromString(typed, display_format)
        if with_time
        else QDate.fromString(typed, display_format)
    )
    if parsed.isValid():
        return ""
    match = _YMD.fullmatch(typed) if display_format.startswith("yyyy") else None
    if match is not None:
        year, month, day = (int(match.group(i)) for i in (1, 2, 3))
        if not 1 <= month <= 12:
            return tr("{text} is not a date: a year has 12 months").format(text=typed)
        if year >= 1 and not 1 <= day <= calendar.monthrange(year, month)[1]:
            month_name = date(year, month, 1).strftime("%B")  # English, as the form is
            days = calendar.monthrange(year, month)[1]
            return tr("{text} is not a date: {month} {year} has {days} days").format(
                text=typed, month=month_name, year=year, days=days
            )
        if match.group(4) is not None and (int(match.group(4)) > 23 or int(match.group(5)) > 59):
            return tr("{text} is not a time of day: hours run to 23, minutes to 59").format(
                text=typed
            )
    return tr("{text} is not a date: type it as {format}").format(
        text=typed, format=display_format.lower()
    )


_Moment = TypeVar("_Moment", QDate, QDateTime)


def _out_of_range(typed: str, fmt: str, when: _Moment, low: _Moment, high: _Moment) -> str:
    """Why `when` (typed as `typed`) is outside the field's range; "" when it is inside."""
    if when < low:
        return tr("{text} is before {low}, the earliest allowed here").format(
            text=typed, low=low.toString(fmt)
        )
    if when > high:
        return tr("{text} is after {high}, the latest allowed here").format(
            text=typed, high=high.toString(fmt)
        )
    return ""


class _KeepsWhatWasTyped:
    """The behaviour both fields share; mixed into a `QDateTimeEdit` subclass."""

    _WITH_TIME = False
    field_name = ""  # the field the core names it by ("opened_on"), for its errors

    def _text(self) -> str:
        return self.lineEdit().text()  # type: ignore[attr-defined,no-any-return]

    def problem(self) -> str:
        """Why the text in the field is not a date it takes; "" when it is one."""
        return self.problem_of(self._text())

    def problem_of(self, text: str) -> str:
        """Why `text` is not a date this field takes (in its range); "" when it is one."""
        edit: QDateTimeEdit = self  # type: ignore[assignment]
        fmt = edit.displayFormat()
        reason = date_problem(text, fmt, self._WITH_TIME)
        if reason:
            return reason
        typed = text.strip()
        if self._WITH_TIME:
            when = QDateTime.fromString(typed, fmt)
            return _out_of_range(typed, fmt, when, edit.minimumDateTime(), edit.maximumDateTime())
        day = QDate.fromString(typed, fmt)
        return _out_of_range(typed, fmt, day, edit.minimumDate(), edit.maximumDate())

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """The text stands as typed: Qt's own check would mend it section by section."""
        edit: QDateTimeEdit = self  # type: ignore[assignment]
        if not self.problem_of(text):
            return (QValidator.State.Acceptable, text, pos)
        if _TYPED.fullmatch(text) and len(text) <= len(edit.displayFormat()) + 6:
            return (QValidator.State.Intermediate, text, pos)
        return (QValidator.State.Invalid, text, pos)

    def fixup(self, text: str) -> str:
        """Nothing typed is mended: a wrong date is said to be wrong, not changed."""
        return text

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        edit: QDateTimeEdit = self  # type: ignore[assignment]
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.problem():
            self.refused.emit(self.problem())  # type: ignore[attr-defined]
            event.ignore()  # the dialog's default button: the dialog says no, with the reason
            return
        typing = (
            key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
            or (event.text().isprintable() and event.text() != "")
        ) and not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if event.matches(QKeySequence.StandardKey.SelectAll):
            edit.lineEdit().selectAll()
            return
        if typing:
            # plain typing, without Qt's section-by-section mending; a digit typed on a digit
            # replaces it (click before the day's "06", type "15": the 15th)
            line = edit.lineEdit()
            at = line.cursorPosition()
            if (
                event.text().isdigit()
                and not line.hasSelectedText()
                and line.text()[at : at + 1].isdigit()
            ):
                line.setSelection(at, 1)
            QAbstractSpinBox.keyPressEvent(edit, event)
            return
        QDateTimeEdit.keyPressEvent(edit, event)

    def event(self, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FocusIn:
            return QDateTimeEdit.event(self, event)  # type: ignore[arg-type]
        line: QLineEdit = self.lineEdit()  # type: ignore[attr-defined]
        typed, at = line.text(), line.cursorPosition()
        handled = QDateTimeEdit.event(self, event)  # type: ignore[arg-type]
        if line.text() != typed and self.problem_of(typed):
            # Qt puts the last good date back on focus (and the dialog focuses a refused field
            # to say why): the text typed stays, to be corrected. It is put back as typing puts
            # it (Qt's field mends a text set whole), and the reason is said again (the dialog
            # takes the change for an edit that answers it).
            line.selectAll()
            line.insert(typed)
            line.setCursorPosition(at)
            self.refused.emit(self.problem())  # type: ignore[attr-defined]
        return handled

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        QDateTimeEdit.focusInEvent(self, event)  # type: ignore[arg-type]
        if event.reason() in (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
            Qt.FocusReason.ShortcutFocusReason,
        ):
            self.lineEdit().selectAll()  # type: ignore[attr-defined]  # typed over, whole

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        edit: QDateTimeEdit = self  # type: ignore[assignment]
        reason = self.problem() if edit.isEnabled() else ""
        if not reason:
            QDateTimeEdit.focusOutEvent(edit, event)
            return
        # Qt would put the last good date back; the text stays, and the field says why
        edit.lineEdit().event(event)
        QWidget.focusOutEvent(edit, event)
        self.refused.emit(reason)  # type: ignore[attr-defined]


class DateEdit(_KeepsWhatWasTyped, QDateEdit):
    """A `QDateEdit` that keeps what was typed and says why it is not a date."""

    refused = Signal(str)  # the reason the text is not a date


class DateTimeEdit(_KeepsWhatWasTyped, QDateTimeEdit):
    """A `QDateTimeEdit` that keeps what was typed and says why it is not a date and time."""

    _WITH_TIME = True
    refused = Signal(str)


def date_edits_in(widget: QWidget) -> list[_KeepsWhatWasTyped]:
    """`widget` if it is one of these fields, else the ones it holds."""
    if isinstance(widget, _KeepsWhatWasTyped):
        return [widget]
    return [w for w in widget.findChildren(QDateTimeEdit) if isinstance(w, _KeepsWhatWasTyped)]

"""Filling a dialog's fields the way a user does, from values named as the core names them (the
same names the command line's JSON uses): each value goes into the widget the dialog shows that
field's problems beside (`fields()`), by the widget's own means — typed into a line, chosen in a
list, a date set, a box ticked. A date that may be unknown is made known by ticking its box."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.case_tabs import choose
from tests.ui.keyboard import ime_type


def fill(
    qtbot: QtBot,
    dialog: QDialog,
    values: Mapping[str, object],
    fields: Mapping[str, QWidget] | None = None,
) -> None:
    """Put each of `values` into its field of `dialog`: `fields`, else the dialog's own
    `fields()` (every record dialog has them)."""
    if fields is None:
        fields = dialog.fields()  # type: ignore[attr-defined]
    for name, value in values.items():
        assert name in fields, f"{type(dialog).__name__} has no field {name!r}"
        put(qtbot, dialog, fields[name], value)


def put(qtbot: QtBot, dialog: QDialog, widget: QWidget, value: object) -> None:
    if isinstance(widget, QComboBox):
        choose(widget, value)
    elif isinstance(widget, QDateEdit):
        known = _known_box(dialog, widget)
        if known is not None:
            known.setChecked(value is not None)
        if value is not None:
            widget.setDate(QDate.fromString(str(value), Qt.DateFormat.ISODate))
            assert widget.date().toPython() == date.fromisoformat(str(value))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        widget.clear()
        _type(qtbot, widget, _text(value))
    elif widget.findChildren(QCheckBox):  # the case's offences: a box ticked per stored code
        codes = {str(v) for v in value} if isinstance(value, list | tuple) else {str(value)}
        boxes: Mapping[str, QAbstractButton] = dialog.offence_boxes  # type: ignore[attr-defined]
        assert codes <= set(boxes), codes - set(boxes)
        for code, box in boxes.items():
            box.setChecked(code in codes)
    else:
        raise AssertionError(f"no way to fill a {type(widget).__name__}")


def _text(value: object) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, Decimal | float | int):
        return str(value)
    return str(value)


def _type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    if not text:
        return
    if text.isascii() and "\n" not in text:
        qtbot.keyClicks(widget, text)
    else:
        ime_type(widget, text)


def _known_box(dialog: QDialog, edit: QDateEdit) -> QCheckBox | None:
    """The box that makes a date known ("validToEdit" ↔ "validToCheck"), if it has one."""
    name = edit.objectName().removesuffix("Edit") + "Check"
    return dialog.findChild(QCheckBox, name)

"""Typing in GUI tests: Chinese comes from an input method, not from key presses."""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def ime_type(widget: QWidget, text: str) -> None:
    """Type text the way a Chinese input method delivers it: one committed string.

    (QTest's keyClicks only knows the keys of a Latin keyboard and aborts on Chinese.)
    """
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)

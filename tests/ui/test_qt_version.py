"""Guards on the pinned PySide6.

PySide6 6.12.0 returns `True` from `SignalInstance.emit()` as a borrowed reference: every emit
from Python drains one reference from `True` until Python 3.11 aborts with "bool_dealloc" (after
some 570 emits: minutes of typing in the search box). Casefile pins 6.11.3, which is free of it;
this test fails if a future pin brings the bug back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class Sender(QObject):
    fired = Signal(object)


def test_emit_does_not_drain_references_from_true() -> None:
    sender = Sender()
    received: list[object] = []
    sender.fired.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for n in range(100):
        sender.fired.emit(n)
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
    assert len(received) == 100

"""Files and folders dropped on a widget: the window (onto a case), the evidence intake and the
bundle verifier take them. Kept apart from the dialogs so the window can watch for drops
without loading a dialog before it paints."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget


def local_files(mime: QMimeData | None) -> list[Path]:
    """The local files and folders in dragged data (none for text, web links, …)."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.path()]


class FileDrops(QObject):
    """Takes files and folders dropped on the widgets it watches (on a scroll area: on its
    viewport) and emits `dropped(list[Path])`. While `accepts()` is False, and for drags that
    carry no local file, the widgets behave as before (a line edit still takes dropped text)."""

    dropped = Signal(list)

    def __init__(self, parent: QObject, accepts: Callable[[], bool] | None = None) -> None:
        super().__init__(parent)
        self._accepts = accepts or (lambda: True)

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            targets = [widget]
            if isinstance(widget, QAbstractScrollArea):
                targets.append(widget.viewport())
            for target in targets:
                target.setAcceptDrops(True)
                target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        assert isinstance(event, QDragMoveEvent | QDropEvent)
        paths = local_files(event.mimeData())
        if not paths or not self._accepts():
            return False
        if event.possibleActions() & Qt.DropAction.CopyAction:
            event.setDropAction(Qt.DropAction.CopyAction)  # copied in, never moved
        event.accept()
        if kind == QEvent.Type.Drop:
            self.dropped.emit(paths)
        return True

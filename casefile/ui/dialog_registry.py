"""The window's dialogs, kept in one place (Anki's `aqt.DialogManager`): opened or, when one of
that kind is already open for that case, raised; forgotten once closed; closed with the archive.

A dialog that writes to a case is exclusive: while one is open (they are window-modal) another
is not opened beside it, the open one is brought to the front. Dialogs that work beside the
window (a bundle export, the flagged-cases list) are not exclusive.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from casefile.ui.dialogs.write_dialog import WriteDialog, ask_to_discard

D = TypeVar("D", bound=QDialog)
Key = tuple[type[QDialog], int | None]


class DialogRegistry(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._open: dict[Key, QDialog] = {}
        self._exclusive: set[Key] = set()

    def open(
        self,
        kind: type[D],
        make: Callable[[], D],
        case_id: int | None = None,
        exclusive: bool = True,
    ) -> D | None:
        """The `kind` dialog for `case_id`: the open one raised, or a new one made by `make`
        and shown. None when another exclusive dialog is open (it is raised instead)."""
        key: Key = (kind, case_id)
        existing = self._open.get(key)
        if existing is not None and existing.isVisible():
            _raise(existing)
            return existing  # type: ignore[return-value]
        if exclusive and self.raise_busy():
            return None
        dialog = make()
        self._open[key] = dialog
        if exclusive:
            self._exclusive.add(key)
        forget = lambda *_args, key=key, dialog=dialog: self._forget(key, dialog)  # noqa: E731
        dialog.finished.connect(forget)  # finished is gone, though deleted a moment later
        dialog.finished.connect(dialog.deleteLater)
        dialog.destroyed.connect(forget)
        if isinstance(dialog, WriteDialog):
            dialog.mark_clean()
        if exclusive:
            dialog.open()  # window-modal: the window waits for it
        else:
            dialog.show()
            _raise(dialog)
        return dialog

    def find(self, kind: type[D], case_id: int | None = None) -> D | None:
        """The open `kind` dialog (for `case_id`, or for any case when None)."""
        for (open_kind, open_case), dialog in self._open.items():
            if open_kind is kind and case_id in (None, open_case):
                return dialog  # type: ignore[return-value]
        return None

    def busy(self) -> QDialog | None:
        """The exclusive dialog open now, if any."""
        for key in self._exclusive:
            dialog = self._open.get(key)
            if dialog is not None and dialog.isVisible():
                return dialog
        return None

    def raise_busy(self) -> bool:
        """Bring the exclusive dialog open now to the front; False if there is none."""
        busy = self.busy()
        if busy is not None:
            _raise(busy)
        return busy is not None

    def dialogs(self) -> list[QDialog]:
        return list(self._open.values())

    def unsaved(self) -> list[WriteDialog]:
        """Open dialogs holding typed changes not saved."""
        return [d for d in self._open.values() if isinstance(d, WriteDialog) and d.has_changes()]

    def may_close(self) -> bool:
        """Before quitting: True unless a dialog holds changes the user chooses to keep."""
        unsaved = self.unsaved()
        if not unsaved:
            return True
        _raise(unsaved[0])
        return ask_to_discard(unsaved[0])

    def close_all(self) -> None:
        """The archive is being closed: a dialog that would write to it is closed (a write
        already running finishes), one working in the background is abandoned; a list shown
        beside the window stays, to be told by its owner."""
        for dialog in list(self._open.values()):
            abandon = getattr(dialog, "abandon", None)
            if callable(abandon):
                abandon()
            elif isinstance(dialog, WriteDialog):
                dialog.discard()  # a write already running is not cut short

    def _forget(self, key: Key, dialog: QDialog) -> None:
        if self._open.get(key) is dialog:
            del self._open[key]
            self._exclusive.discard(key)


def _raise(dialog: QDialog) -> None:
    dialog.raise_()
    dialog.activateWindow()

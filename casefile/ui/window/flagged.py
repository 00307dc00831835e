"""View › Suspicion Reached, Not Transferred: the count on the toolbar button and the list
beside the window. Counted after the archive opens and after every change that can move a case
in or out (offences, figures, penalties, transfers); with the list open, the list itself with
the reasons is read again instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from casefile import logfile
from casefile.errors import CasefileError
from casefile.ui import errors, tasks
from casefile.ui.dialog_registry import DialogRegistry
from casefile.ui.dialogs.flagged_cases import FlaggedCasesDialog

if TYPE_CHECKING:
    from casefile.services.assessment import FlaggedCase
    from casefile.store.archive import Archive
    from casefile.ui.window.case_list import Reader


class FlaggedCases(QObject):
    case_activated = Signal(str)  # the reference of a case double-clicked in the list

    def __init__(
        self, action: QAction, dialogs: DialogRegistry, read: Reader, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.action = action
        self.dialogs = dialogs
        self._read = read
        self.archive: Archive | None = None
        self.count: int | None = None  # None: not counted (yet)
        self._task: tasks.Task[Any] | None = None

    @property
    def dialog(self) -> FlaggedCasesDialog | None:
        return self.dialogs.find(FlaggedCasesDialog)

    def set_archive(self, archive: Archive | None, count: bool = True) -> None:
        """Count `archive`'s flagged cases (later, by `refresh`, without `count`)."""
        self.archive = archive
        if archive is not None:
            if count:
                self.refresh()
            return
        self.show_count(None)
        if self.dialog is not None:
            self.dialog.show_cases([])
            self.dialog.show_failure(self.tr("No archive is open."))

    def show(self) -> FlaggedCasesDialog | None:
        """The list beside the window, read in the background; double-click or Enter on a case
        selects it in the window's list."""
        if self.archive is None:
            return None

        def make() -> FlaggedCasesDialog:
            dialog = FlaggedCasesDialog(self.dialogs.parent())  # type: ignore[arg-type]
            dialog.refresh_requested.connect(self.refresh)
            dialog.case_activated.connect(self.case_activated)
            return dialog

        dialog = self.dialogs.open(FlaggedCasesDialog, make, exclusive=False)
        self.refresh()
        return dialog

    def refresh(self) -> None:
        """Count the flagged cases again; with the list open, read the list itself again."""
        archive = self.archive
        if archive is None:
            return
        if self._task is not None:
            self._task.cancel()
        dialog = self.dialog
        if dialog is not None and dialog.isVisible():
            dialog.show_loading()

            def read(_ctx: tasks.TaskContext) -> list[FlaggedCase]:
                from casefile.services.assessment import flagged_cases

                return flagged_cases(archive)

            self._task = self._read(
                read, self._loaded, self._failed, label=self.tr("Finding cases to transfer")
            )
            return

        def count(_ctx: tasks.TaskContext) -> int:
            from casefile.services.assessment import flagged_case_ids

            return len(flagged_case_ids(archive))

        self._task = self._read(
            count, self.show_count, self._failed, label=self.tr("Counting cases to transfer")
        )

    def _loaded(self, flagged: list[FlaggedCase]) -> None:
        if self.dialog is not None:
            self.dialog.show_cases(flagged)
        self.show_count(len(flagged))

    def _failed(self, exc: Exception) -> None:
        """Not counted (a broken edited rule set, say): said in the list and the tooltip, never
        in a box popping up after every change."""
        if not isinstance(exc, CasefileError):
            logfile.log_exception(exc, "counting the flagged cases")
        text = self.tr("Could not find the cases to transfer: %s") % errors.describe(exc)
        self.show_count(None, text)
        if self.dialog is not None:
            self.dialog.show_failure(text)

    def show_count(self, count: int | None, problem: str = "") -> None:
        self.count = count
        action = self.action
        if count is None:
            action.setText(self.tr("Suspicion Reached, &Not Transferred…"))
            action.setIconText(self.tr("Not Transferred"))
        else:
            action.setText(self.tr("Suspicion Reached, &Not Transferred (%s)…") % count)
            action.setIconText(self.tr("Not Transferred (%s)") % count)
        tip = self.tr(
            "Open cases with suspicion of a crime reached and no transfer to the police "
            "recorded (Ctrl+Shift+T)"
        )
        action.setToolTip(f"{tip}\n{problem}" if problem else tip)

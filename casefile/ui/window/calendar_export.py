"""Deadlines to a calendar file from the app: the Deadlines view's Export Calendar… (what its
filters show) and Case › Export Deadlines to Calendar… (the case shown: its open deadlines and the
done or waived ones still to come, as `casefile export-ics --case` writes them).

The user names the .ics file (the last folder used is offered again); it is written by
`services.calendar_export` as a read task, and the status bar says how many deadlines went into
it. Importing the file again after changes updates the calendar's events (stable UIDs).
The Case menu's action is made here and put after Export Bundle…, so the window's form stays as
it is.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from casefile.ui import errors, tasks

if TYPE_CHECKING:
    from casefile.services.calendar_export import CalendarExport
    from casefile.store.deadline_queries import DeadlineFilters
    from casefile.store.rows import CaseDetail
    from casefile.ui.main_window import MainWindow


class CalendarExports(QObject):
    """Export Calendar for the window's views and its Case menu."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.folder: Path | None = None  # where the last calendar went
        self.case: CaseDetail | None = None
        self.action = QAction(window)
        self.action.setObjectName("actionExportCalendar")
        self.action.setEnabled(False)
        self.action.triggered.connect(self.export_case)
        menu = window.ui.menuCase
        actions = menu.actions()
        after = actions.index(window.ui.actionExportBundle) + 1
        if after < len(actions):
            menu.insertAction(actions[after], self.action)
        else:
            menu.addAction(self.action)
        window.ui.detailPane.detail_changed.connect(self._case_shown)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("Export Deadlines to &Calendar…"))
        self.action.setToolTip(
            self.tr("The case's deadlines as a calendar file (.ics) with reminders")
        )

    def _case_shown(self, detail: CaseDetail | None) -> None:
        self.case = detail
        self.action.setEnabled(detail is not None)

    def export_case(self) -> Path | None:
        """Case › Export Deadlines to Calendar…: the case shown."""
        case = self.case
        if case is None:
            return None
        return self.export(None, case.reference, f"{case.reference} deadlines.ics")

    def ask_path(self, suggested: Path) -> Path | None:
        """The .ics file the user names, None if they cancelled. Tests replace this."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export Calendar"),
            str(suggested),
            self.tr("Calendar files (*.ics)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".ics" else path.with_name(path.name + ".ics")

    def export(
        self, filters: DeadlineFilters | None, case_reference: str | None, name: str
    ) -> Path | None:
        """Ask where, then write the deadlines `filters` keeps (None: the service's default)
        of one case or of all; returns the file asked for (written in the background)."""
        archive = self.window.archive
        if archive is None:
            return None
        folder = self.folder or archive.path.parent  # beside the archive, not inside it
        path = self.ask_path(folder / name)
        if path is None:
            return None
        self.folder = path.parent

        def write(_ctx: tasks.TaskContext) -> CalendarExport:
            from casefile.services.calendar_export import export_calendar

            return export_calendar(archive, path, filters, case_reference)

        def written(result: CalendarExport) -> None:
            text = self.tr("%1 deadline(s) exported to %2; import it again to update them.")
            self.window.ui.statusBar.showMessage(
                text.replace("%1", f"{result.events:,}").replace("%2", result.path.name), 10000
            )

        self.window.read(write, written, self._failed, label=self.tr("Exporting calendar"))
        return path

    def _failed(self, exc: Exception) -> None:
        errors.report(exc, self.window)

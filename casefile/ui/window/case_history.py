"""Reads the History tab's rows: the case shown's audit trail (`services.history.case_history`),
off the GUI thread, only while the tab is in view — when it is brought forward, when another case
is shown, after a write to the case and when its filter settles. A read still running when the
next is asked for is abandoned. Dates that cannot filter (one not a date, an end before the start,
which the service refuses) are said in the panel's status line, with no rows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from casefile.errors import CasefileError, ValidationError
from casefile.ui import errors, tasks
from casefile.ui.changes import ArchiveChange

if TYPE_CHECKING:
    from casefile.services.history import HistoryRow
    from casefile.ui.main_window import MainWindow


class CaseHistory(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = window.ui.detailPane.ui.historyPanel
        self._task: tasks.Task[Any] | None = None
        pane = window.ui.detailPane
        pane.ui.tabs.currentChanged.connect(lambda _i: self.refresh())
        pane.detail_changed.connect(lambda _detail: self.refresh())
        self.panel.filter_changed.connect(self.refresh)
        window.archive_changed.connect(self._changed)

    def _in_view(self) -> bool:
        pane = self.window.ui.detailPane
        return pane.current_tab() == pane.tab_index("history")

    def _changed(self, change: ArchiveChange) -> None:
        shown = self.window.ui.detailPane.detail
        if shown is not None and change.case_id == shown.id:
            self.refresh()

    def refresh(self) -> None:
        archive, shown = self.window.archive, self.window.ui.detailPane.detail
        if self._task is not None:
            self._task.cancel()
            self._task = None
        if archive is None or shown is None:
            self.panel.clear()
            return
        if not self._in_view():
            return
        case_id = shown.id
        panel = self.panel
        if panel.date_problem():
            panel.show_failure(panel.date_problem())
            return
        kinds, text = panel.kind_filter(), panel.text_filter()
        since, until = panel.since_filter(), panel.until_filter()

        def read(_ctx: tasks.TaskContext) -> tuple[HistoryRow, ...]:
            from casefile.services.history import case_history

            return case_history(archive, case_id, kinds=kinds, text=text, since=since, until=until)

        self.panel.show_loading()
        self._task = self.window.read(
            read, self.panel.show_rows, self._failed, label=self.tr("Reading history")
        )

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, ValidationError):  # the dates: an end before the start
            self.panel.show_failure(errors.describe(exc))
            return
        if not isinstance(exc, CasefileError):
            errors.report(exc, self.window)
        self.panel.show_failure(self.tr("The history could not be read: %s") % errors.describe(exc))

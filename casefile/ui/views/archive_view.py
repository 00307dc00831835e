"""What every view of the side bar shares (`ArchiveView`): it reads the open archive off the GUI
thread through the window's `read` (abandoned when the archive closes), only while it is shown,
and again after a write (once for a burst of writes) or F5; while another view is shown a change
only marks it stale, and it is read when next shown. The first read says "Reading…" in place of
the view's content; later reads keep what is shown and say "Updating…"; a failed read is said in
the view (never in a box popping up after every change), the content read before kept.

A view writes through `write`: the change runs on the write thread and the window's
`changed(ArchiveChange)` then refreshes every view, as for a write from a dialog.

Subclasses give `read_op(archive)` (run off the GUI thread: imports its services inside) and
`show_result(result)`, build their content into `self.content`, and emit
`item_activated(case_id, tab)` to open a case on one of its detail tabs.
This module imports no service: the window imports the views at start-up.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from casefile import logfile
from casefile.errors import CasefileError
from casefile.ui import errors, i18n, tasks

if TYPE_CHECKING:
    from casefile.ui.changes import ArchiveChange
    from casefile.ui.models.paged_rows import PagedRowsModel

Reader = Callable[..., "tasks.Task[Any]"]  # the window's `read`
Notify = Callable[["ArchiveChange"], None]  # the window's `changed`
# the window's `CaseActions.open_dialog(kind, make, case_id)`: one dialog of a kind at a time,
# closed with the archive, its save one ArchiveChange
OpenDialog = Callable[..., Any]

CHANGE_DELAY_MS = 300  # a burst of writes (an intake of many files) reads the view once


class ArchiveView(QWidget):
    """A page of the window's view stack. Call `attach(read, changed)` once and `set_archive`
    with each archive. `loaded(seconds)` after each read is shown."""

    item_activated = Signal(object, str)  # case id, the detail tab's name (DetailTab's value)
    loaded = Signal(float)  # seconds from the read's start to the view filled

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._read: Reader | None = None
        self._notify: Notify | None = None
        self._open_dialog: OpenDialog | None = None
        self.archive: Any = None
        self.result: Any = None  # what the last read returned
        self._stale = False
        self._task: tasks.Task[Any] | None = None
        self._started = 0.0
        self._problem = ""  # why the last read failed
        self.last_load_seconds: float | None = None
        self._change_timer = tasks.settle_timer(self, CHANGE_DELAY_MS, self._changed_now)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 10, 6)
        outer.setSpacing(6)
        header = QHBoxLayout()
        self.titleLabel = QLabel(self)
        font = self.titleLabel.font()
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.3)
        font.setBold(True)
        self.titleLabel.setFont(font)
        header.addWidget(self.titleLabel)
        self.headerBar = QHBoxLayout()  # the view's own controls beside its title
        header.addLayout(self.headerBar, 1)
        self.stateLabel = QLabel(self)
        self.stateLabel.setStyleSheet("color: palette(placeholder-text);")
        self.stateLabel.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.stateLabel)
        outer.addLayout(header)
        self.stack = QStackedWidget(self)
        self.messageLabel = QLabel(self.stack)
        self.messageLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.stack.addWidget(self.messageLabel)
        self.content = QWidget(self.stack)
        self.stack.addWidget(self.content)
        outer.addWidget(self.stack, 1)

    # --- what a view gives ---------------------------------------------------------------

    def title(self) -> str:
        """The view's heading, in the current language."""
        raise NotImplementedError

    def reading_text(self) -> str:
        """Said while the first read runs."""
        return self.tr("Reading…")

    def read_op(self, archive: Any) -> Any:
        """Read what the view shows (off the GUI thread)."""
        raise NotImplementedError

    def show_result(self, result: Any) -> None:
        """Fill the view with `result` (on the GUI thread)."""
        raise NotImplementedError

    # --- the window's side ---------------------------------------------------------------

    def attach(
        self, read: Reader, changed: Notify | None = None, open_dialog: OpenDialog | None = None
    ) -> None:
        """Read through `read`; after a write, tell the window through `changed`; open a
        dialog that writes through `open_dialog`."""
        self._read = read
        self._notify = changed
        self._open_dialog = open_dialog

    def open_dialog(self, kind: type[Any], make: Callable[[Any], Any], case_id: int | None) -> Any:
        """The window's dialog of `kind` made by `make(archive)`, or None (no archive, no
        window, or another dialog busy)."""
        if self._open_dialog is None or self.archive is None:
            return None
        return self._open_dialog(kind, make, case_id)

    def set_archive(self, archive: Any) -> None:
        """Show `archive` (read when the view is shown), or say none is open."""
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._change_timer.stop()
        self.archive = archive
        self.result = None
        self._problem = ""
        self.stateLabel.setText("")
        if archive is None:
            self._stale = False
            self.show_message(self.tr("No archive is open."))
            return
        self.show_message(self.reading_text())
        self.refresh()

    def refresh(self) -> None:
        """Read again now (F5), or when the view is next shown."""
        self._change_timer.stop()
        self._stale = True
        if self.isVisible():
            self.load()

    def archive_changed(self) -> None:
        """After a write: read again shortly if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self._change_timer.start()

    def _changed_now(self) -> None:
        if self._stale and self.isVisible():
            self.load()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.load()

    # --- reading -------------------------------------------------------------------------

    def load(self) -> None:
        """Read the view's content now (the latest read wins)."""
        archive, read = self.archive, self._read
        if archive is None or read is None:
            return
        if self._task is not None:
            self._task.cancel()  # its result is ignored
        self._stale = False
        if self.result is None:
            self.show_message(self.reading_text())
        self.stateLabel.setText(self.tr("Updating…") if self.result is not None else "")
        self._started = time.perf_counter()
        op = self.read_op
        task = read(lambda _ctx: op(archive), self._loaded, self._failed, label=self.reading_text())
        self._task = task if task.running else None  # done already where reads run inline

    def _loaded(self, result: Any) -> None:
        self._task = None
        self._problem = ""
        self.result = result
        self.stateLabel.setText("")
        self.show_result(result)
        # shown once filled: its layout is then worked out on the content it shows
        self.stack.setCurrentWidget(self.content)
        self.last_load_seconds = time.perf_counter() - self._started
        self.loaded.emit(self.last_load_seconds)

    def _failed(self, exc: Exception) -> None:
        self._task = None
        if not isinstance(exc, CasefileError):
            logfile.log_exception(exc, f"reading the {type(self).__name__}")
        self._problem = self.tr("Could not read the archive: %s") % errors.describe(exc)
        self.stateLabel.setText("")
        if self.result is None:
            self.show_message(self._problem)
        else:  # what was read before stays, said to be old
            self.stateLabel.setText(self._problem)

    def show_message(self, text: str) -> None:
        """`text` in place of the content (no archive, reading, a failure)."""
        self.messageLabel.setText(text)
        self.stack.setCurrentWidget(self.messageLabel)

    @property
    def reading(self) -> bool:
        """A read is running."""
        return self._task is not None

    def serve_pages(
        self,
        model: PagedRowsModel,
        fetch: Callable[[Any, list[int]], list[Any]],
        then: Callable[[], None] | None = None,
    ) -> None:
        """Read the pages `model` asks for as it is scrolled with `fetch(archive, ids)` off the
        GUI thread (it imports its service inside); `then()` after each page is shown."""

        def wanted(ids: list[int]) -> None:
            archive, read = self.archive, self._read
            if archive is None or read is None:
                model.page_failed()
                return

            def done(page: list[Any]) -> None:
                model.add_page(ids, page)
                if then is not None:
                    then()

            def failed(exc: Exception) -> None:
                model.page_failed()
                problem = self.tr("Could not read the archive: %s") % errors.describe(exc)
                self.stateLabel.setText(problem)

            read(lambda _ctx: fetch(archive, ids), done, failed, label=self.reading_text())

        model.page_wanted.connect(wanted)

    # --- writing -------------------------------------------------------------------------

    def write(
        self,
        op: Callable[[tasks.TaskContext], object],
        change: ArchiveChange,
        label: str,
        on_done: Callable[[object], None] | None = None,
    ) -> None:
        """Run `op` on the write thread; then every view refreshes (`change`). A failure is
        reported in a box and the views still read the archive again, to show what it holds."""
        from casefile.ui.changes import ArchiveChange

        def succeeded(result: object) -> None:
            if on_done is not None:
                on_done(result)
            if self._notify is not None:
                self._notify(change)

        def failed(exc: Exception) -> None:
            errors.report(exc, self)
            if self._notify is not None:
                self._notify(ArchiveChange(change.archive, change.case_id, change.kinds))

        tasks.run_task(
            op,
            on_success=succeeded,
            on_failure=failed,
            parent=self,
            write=True,  # once started it is not cancelled: its result reaches the views
            label=label,
        )

    # --- language ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if i18n.is_language_change(event):
            self.retranslate()

    def retranslate(self) -> None:
        """The title and the message in the new language; a view with more words extends it
        (and shows its result again)."""
        self.titleLabel.setText(self.title())
        if self.result is not None:
            self.show_result(self.result)
        elif self.archive is None:
            self.messageLabel.setText(self.tr("No archive is open."))
        elif self._problem:
            self.messageLabel.setText(self._problem)
        else:
            self.messageLabel.setText(self.reading_text())

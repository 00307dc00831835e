"""What the case-package dialogs share (case_package_export.py, case_package_import.py): a case
carried to and from another archive through `services.case_package` (the command line's
`export-case` and `import-case`).

Export asks for the file and, to encrypt it, a passphrase typed twice. Import reads the package
first (`plan_import`, which writes nothing): the case it holds and the records edited here more
recently than in the package. Those are listed, each with a box "take the package's" (unticked:
the local record is kept, as the command line keeps it), and Keep All Local / Take All from the
Package set every box; Import then merges in one transaction.

Both run as read tasks, not writes: a write cannot be cancelled once started, and copying the
evidence of a large case must be. Cancel (or Esc) stops the copy; nothing is kept then (the
export's temporary file is removed, the import's files taken out of the store again).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from casefile.errors import CancelledError, CasefileError
from casefile.ui import errors, tasks
from casefile.ui.dialogs.field_errors import ERROR_COLOUR

if TYPE_CHECKING:
    from casefile.store.archive import Archive

PROGRESS_STEPS = 1000


class PackageTaskDialog(QDialog):
    """What both dialogs share: a file field, a status line, a progress bar, the buttons, and a
    background task with its Cancel."""

    def __init__(self, archive: Archive, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.archive = archive
        self._stop: threading.Event | None = None
        self._task: tasks.Task[Any] | None = None

    def _wire(self, ui: Any) -> None:
        """Connect the widgets both forms have (called once the form is set up)."""
        self.pathEdit: QLineEdit = ui.pathEdit
        self.statusLabel: QLabel = ui.statusLabel
        self.progressBar: QProgressBar = ui.progressBar
        self.chooseButton: QPushButton = ui.chooseButton
        self.buttonBox: QDialogButtonBox = ui.buttonBox
        self.progressBar.setRange(0, PROGRESS_STEPS)
        self.progressBar.setVisible(False)
        self.chooseButton.clicked.connect(self.choose_file)
        self.buttonBox.rejected.connect(self.reject)

    @property
    def path(self) -> Path | None:
        text = self.pathEdit.text().strip().strip('"').strip("'")
        return Path(text).expanduser() if text else None

    def say(self, text: str, error: bool = False) -> None:
        self.statusLabel.setText(text)
        self.statusLabel.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")

    @property
    def busy(self) -> bool:
        return self._stop is not None

    def run(self, op: Any, done: Any, label: str) -> None:
        """Run `op(ctx, stop)` as a read task with the progress bar and Cancel."""
        stop = threading.Event()
        self._stop = stop
        self._set_busy(True)

        def failed(exc: Exception) -> None:
            self._finished_task()
            if isinstance(exc, CancelledError):
                self.say(self.tr("Cancelled; nothing was written."))
            elif isinstance(exc, CasefileError):
                self.say(errors.describe(exc), error=True)
            else:
                errors.report(exc, self)

        def succeeded(result: Any) -> None:
            self._finished_task()
            done(result)

        task = tasks.run_task(
            lambda ctx: op(ctx, lambda: ctx.token() or stop.is_set()),
            on_success=succeeded,
            on_failure=failed,
            on_progress=self._progressed,
            parent=self,
            label=label,
        )
        if task.running:
            self._task = task

    def _finished_task(self) -> None:
        self._stop = None
        self._task = None
        self._set_busy(False)

    def _progressed(self, done: int, total: int, _label: str) -> None:
        if total > 0:
            self.progressBar.setValue(int(done * PROGRESS_STEPS / total))

    def _set_busy(self, busy: bool) -> None:
        self.progressBar.setVisible(busy)
        self.progressBar.setValue(0)
        for widget in self.findChildren(QLineEdit) + [self.chooseButton]:
            widget.setEnabled(not busy)
        self.update_buttons()

    def update_buttons(self) -> None:
        raise NotImplementedError

    def cancel_task(self) -> None:
        if self._stop is not None:
            self._stop.set()
            self.say(self.tr("Cancelling…"))
        if self._task is not None:
            self._task.cancel()

    def reject(self) -> None:
        """Cancel and Esc: while working, stop the work (the dialog stays); else close."""
        if self.busy:
            self.cancel_task()
            return
        super().reject()

    def abandon(self) -> None:
        """Close now (the archive is being closed): running work is cancelled."""
        self.cancel_task()
        self.done(QDialog.DialogCode.Rejected)

    def choose_file(self) -> None:
        raise NotImplementedError

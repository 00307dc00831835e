"""The Back Up dialog (File › Back Up…): composes `forms/backup_dialog.ui` and backs up the archive
open through `services.backups`, as `casefile backup` does.

The user picks a backup folder (dated backups sharing one copy of each evidence file: quick to
repeat every day) or one file holding everything (to copy or hand over), and where; the place is
remembered (`Settings.last_backup_target`). The copy runs as a read task, the progress bar
following the bytes, and Cancel (or Esc) stops it: no backup file is left under its name. Once
the file is in place, the backup is recorded in the archive (the last backup, a small audited
write in the write queue) and `backed_up` says so: the window's reminder goes.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from casefile import clock
from casefile.errors import CasefileError
from casefile.ui import errors, tasks
from casefile.ui.forms.backup_dialog_ui import Ui_BackupDialog

if TYPE_CHECKING:
    from casefile.services.backups import LastBackup
    from casefile.store.archive import Archive
    from casefile.store.backup import BackupResult
    from casefile.ui.settings import Settings


class BackupDialog(QDialog):
    """Back up `archive`; `settings` keeps where to."""

    backed_up = Signal(object)  # BackupResult, once recorded

    def __init__(self, archive: Archive, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BackupDialog()
        self.ui.setupUi(self)
        self.archive = archive
        self.settings = settings
        self.written: BackupResult | None = None  # the last backup made here
        self._task: tasks.Task[Any] | None = None
        self._cancel: threading.Event | None = None
        self._closing = False
        ui = self.ui
        muted = "color: palette(placeholder-text);"
        ui.hintLabel.setStyleSheet(muted)
        ui.lastLabel.setStyleSheet(muted)
        ui.progressBar.setVisible(False)
        target = settings.last_backup_target
        if target is not None:
            ui.pathEdit.setText(str(target))
            ui.fileRadio.setChecked(target.suffix.lower() == ".zip")
        ui.chooseButton.clicked.connect(self.choose)
        ui.backUpButton.clicked.connect(self.back_up)
        ui.closeButton.clicked.connect(self._close_clicked)
        ui.folderRadio.toggled.connect(lambda _on: self._describe())
        ui.pathEdit.textChanged.connect(lambda _text: self._update_buttons())
        self._describe()
        self._show_last()
        self._update_buttons()

    # --- what is shown -------------------------------------------------------------------

    def _describe(self) -> None:
        ui = self.ui
        ui.introLabel.setText(
            self.tr(
                "Back up “%s”: the database and every evidence file, with a manifest of their "
                "SHA-256 hashes. The archive stays open and usable meanwhile."
            )
            % self.archive.path.name
        )
        if ui.folderRadio.isChecked():
            ui.pathEdit.setPlaceholderText(self.tr("A folder on another disk or a USB stick"))
            ui.hintLabel.setText(
                self.tr(
                    "Each backup is a dated file in the folder; evidence files go once into "
                    "the folder's evidence/ store. Restore with `casefile restore` and keep the "
                    "folder together."
                )
            )
        else:
            ui.pathEdit.setPlaceholderText(self.tr("A new .zip file"))
            ui.hintLabel.setText(
                self.tr(
                    "One .zip file with everything in it; restore it alone with "
                    "`casefile restore`. An existing file is never replaced."
                )
            )

    def _show_last(self) -> None:
        from casefile.services.backups import last_backup

        try:
            last = last_backup(self.archive)  # one setting: read at once
        except CasefileError:
            last = None
        self.ui.lastLabel.setText(self.last_text(last))

    def last_text(self, last: LastBackup | None, today: date | None = None) -> str:
        if last is None:
            return self.tr("This archive has not been backed up yet.")
        days = last.age_days(today or clock.today())
        when = (
            self.tr("today")
            if days <= 0
            else self.tr("yesterday")
            if days == 1
            else self.tr("%n days ago", "", days)
        )
        return self.tr("Last backup: %1, to %2.").replace("%1", when).replace("%2", last.to)

    def _update_buttons(self) -> None:
        idle = self._cancel is None
        ui = self.ui
        ui.backUpButton.setEnabled(idle and bool(ui.pathEdit.text().strip()))
        for widget in (ui.pathEdit, ui.chooseButton, ui.folderRadio, ui.fileRadio):
            widget.setEnabled(idle)

    # --- where to ------------------------------------------------------------------------

    @property
    def target(self) -> Path | None:
        text = self.ui.pathEdit.text().strip().strip('"').strip("'")
        if not text:
            return None
        path = Path(text).expanduser()
        if self.ui.fileRadio.isChecked() and path.suffix.lower() != ".zip":
            path = path.with_name(path.name + ".zip")
        return path

    def _ask_folder(self, start: str) -> Path | None:
        """The folder the user picks, None if they cancelled. Tests replace this."""
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Back up to folder"), start)
        return Path(chosen) if chosen else None

    def _ask_file(self, start: str) -> Path | None:
        """The new file the user names, None if they cancelled. Tests replace this."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Back up to file"), start, self.tr("Casefile backups (*.zip)")
        )
        return Path(chosen) if chosen else None

    def choose(self) -> None:
        current = self.target
        start = str(current.parent if current else Path.home())
        if self.ui.folderRadio.isChecked():
            chosen = self._ask_folder(str(current) if current else start)
        else:
            name = f"{self.archive.path.stem}-backup-{clock.today():%Y%m%d}.zip"
            chosen = self._ask_file(str(Path(start) / name))
        if chosen is not None:
            self.ui.pathEdit.setText(str(chosen))

    # --- backing up ----------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._cancel is not None

    def back_up(self) -> None:
        """Write the backup in the background, then record it."""
        target = self.target
        if self.running or target is None:
            return
        folder = self.ui.folderRadio.isChecked()
        archive = self.archive
        cancel = threading.Event()
        self._cancel = cancel
        self._set_busy(True)

        def copy(ctx: tasks.TaskContext) -> BackupResult:
            from casefile.services.backups import back_up

            return back_up(
                archive,
                target,
                progress=ctx.progress,
                cancelled=lambda: ctx.token() or cancel.is_set(),
                record=False,
                folder=folder,
            )

        task = tasks.run_task(
            copy,
            on_success=lambda result: self._record(target, result),
            on_failure=self._failed,
            on_progress=self._progress,
            parent=self,
            label=self.tr("Backing up"),
        )
        if task.running:
            self._task = task
            task.finished.connect(self._finished)
        else:
            self._finished()

    def _record(self, target: Path, result: BackupResult) -> None:
        archive = self.archive
        self.settings.last_backup_target = target

        def record(_ctx: tasks.TaskContext) -> None:
            from casefile.services.backups import record_backup

            record_backup(archive, result)

        def recorded(_none: None) -> None:
            self.written = result
            self._show_last()
            self.backed_up.emit(result)

        self._end()
        self.ui.statusLabel.setText(self.done_text(result))
        tasks.run_task(
            record,
            on_success=recorded,
            on_failure=self._not_recorded,
            parent=self,
            write=True,
            label=self.tr("Recording the backup"),
        )

    def _not_recorded(self, exc: Exception) -> None:
        """The backup is written, but the archive could not note it (the reminder stays)."""
        errors.report(exc, self)

    def done_text(self, result: BackupResult) -> str:
        from casefile.store.files import size_text

        return (
            self.tr("Backed up to %1: %2 evidence file(s), %3 written.")
            .replace("%1", result.path.name)
            .replace("%2", f"{result.evidence_files:,}")
            .replace("%3", size_text(result.bytes_written))
        )

    def cancel_backup(self) -> None:
        if self._cancel is None or self._cancel.is_set():
            return
        self._cancel.set()
        if self._task is not None:
            self._task.cancel()
        self.ui.statusLabel.setText(self.tr("Cancelling…"))
        self.ui.closeButton.setEnabled(False)

    def _progress(self, done: int, total: int, _label: str) -> None:
        if self._cancel is None or self._cancel.is_set():
            return
        bar = self.ui.progressBar
        scale = max(1, total // 1_000_000)  # a QProgressBar counts in 32 bits
        bar.setMaximum(max(1, total // scale))
        bar.setValue(done // scale)
        percent = 100 * done // max(1, total)
        self.ui.statusLabel.setText(self.tr("Backing up… %1%").replace("%1", str(percent)))

    def _failed(self, exc: Exception) -> None:
        self._end()
        self.ui.statusLabel.setText(self.tr("Not backed up: %s") % errors.describe(exc))
        if not isinstance(exc, CasefileError):
            errors.report(exc, self)

    def _finished(self) -> None:
        """After the result or the error, or once cancelled: still running means cancelled."""
        if self.running:
            self._end()
            self.ui.statusLabel.setText(self.tr("Cancelled: no backup was written."))

    def _end(self) -> None:
        self._task = None
        self._cancel = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        ui = self.ui
        ui.progressBar.setVisible(busy)
        if busy:
            ui.progressBar.setRange(0, 0)  # busy until the first report
            ui.statusLabel.setText(self.tr("Backing up…"))
        ui.closeButton.setText(self.tr("Cancel") if busy else self.tr("Close"))
        ui.closeButton.setEnabled(True)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)
        self._update_buttons()

    # --- closing -------------------------------------------------------------------------

    def _close_clicked(self) -> None:
        if self.running:
            self.cancel_backup()
        else:
            self.close()

    def reject(self) -> None:
        """Esc cancels a running backup (the dialog stays); otherwise closes."""
        if self.running:
            self.cancel_backup()
            if not self._closing:
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self._closing = True
        try:
            super().closeEvent(event)
        finally:
            self._closing = False

    def abandon(self) -> None:
        """The window lets go of the archive: a backup running stops, the dialog closes."""
        self.cancel_backup()
        self._closing = True
        self.reject()

    @property
    def status_text(self) -> str:
        return self.ui.statusLabel.text()

"""File › Back Up… and the status bar's backup reminder.

The action is made here and put in the File menu before Settings…, so the window's form stays as
it is. Once an archive is open (and after each backup, and after Settings), its last backup is
read; when it is older than the days the user chose in Settings (default 7; 0: never remind), or
the archive was never backed up, a reminder sits at the right of the status bar. Clicking it opens
Back Up, as the menu does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from casefile import clock
from casefile.ui import tasks

if TYPE_CHECKING:
    from casefile.services.backups import LastBackup
    from casefile.store.archive import Archive
    from casefile.ui.dialogs.backup_dialog import BackupDialog
    from casefile.ui.main_window import MainWindow

_NEVER = -1  # days since a backup that was never made


class BackupActions(QObject):
    """The window's Back Up action and reminder; `set_archive` follows the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.archive: Archive | None = None
        self.days_since: int | None = None  # None: not read (or no reminder to give)
        self.action = QAction(window)
        self.action.setObjectName("actionBackUp")
        self.action.setEnabled(False)
        self.action.triggered.connect(self.show_dialog)
        window.ui.menuFile.insertAction(window.ui.actionSettings, self.action)
        window.ui.menuFile.insertSeparator(window.ui.actionSettings)
        self.reminder = QPushButton(window)
        self.reminder.setObjectName("backupReminder")
        self.reminder.setFlat(True)
        self.reminder.setStyleSheet("color: #b26a00; padding: 0 6px;")  # amber: a nudge
        self.reminder.clicked.connect(self.show_dialog)
        self.reminder.setVisible(False)
        window.ui.statusBar.addPermanentWidget(self.reminder)
        self._task: tasks.Task[Any] | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("Back &Up…"))
        self.action.setToolTip(self.tr("Back up the archive: the database and every evidence file"))
        self.show_reminder()

    def set_archive(self, archive: Archive | None) -> None:
        self.archive = archive
        self.action.setEnabled(archive is not None)
        self.days_since = None
        self.show_reminder()
        self.refresh()

    def refresh(self) -> None:
        """Read the archive's last backup and remind if it is too old."""
        archive = self.archive
        if archive is None:
            return
        if self._task is not None:
            self._task.cancel()

        def read(_ctx: tasks.TaskContext) -> LastBackup | None:
            from casefile.services.backups import last_backup

            return last_backup(archive)

        def got(last: LastBackup | None) -> None:
            self._task = None
            if archive is not self.archive:
                return
            self.days_since = _NEVER if last is None else last.age_days(clock.today())
            self.show_reminder()

        def failed(_exc: Exception) -> None:  # no reminder is better than an error box here
            self._task = None

        self._task = self.window.read(read, got, failed, label=self.tr("Reading last backup"))

    def show_reminder(self) -> None:
        limit = self.window.settings.backup_reminder_days
        days = self.days_since
        due = days is not None and limit > 0 and (days == _NEVER or days > limit)
        self.reminder.setVisible(due and self.archive is not None)
        if not due:
            return
        if days == _NEVER:
            self.reminder.setText(self.tr("Not backed up yet — Back Up…"))
        else:
            self.reminder.setText(self.tr("No backup for %n days — Back Up…", "", days or 0))
        self.reminder.setToolTip(
            self.tr("File › Back Up…; the reminder's days are set in File › Settings…")
        )

    @property
    def reminder_text(self) -> str:
        return self.reminder.text() if self.reminder.isVisible() else ""

    def show_dialog(self) -> BackupDialog | None:
        """File › Back Up…: beside the window; a backup made hides the reminder."""
        from casefile.ui.dialogs.backup_dialog import BackupDialog

        archive = self.archive
        if archive is None:
            return None
        self.window.build_pages()  # the dialogs' registry

        def make() -> BackupDialog:
            dialog = BackupDialog(archive, self.window.settings, self.window)
            dialog.backed_up.connect(lambda _result: self.refresh())
            return dialog

        return self.window.dialogs.open(BackupDialog, make, exclusive=False)

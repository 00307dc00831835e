"""Open and Show in Folder beside an exhibit's file in the Evidence tab: a read-only copy of the
stored file is made off the GUI thread (`services.exhibit_files.temporary_copy`: checked against
its SHA-256, under its original name, in this session's temporary folder), then handed to the
desktop's viewer, or its folder to the file manager.

Show in Folder shows the copy's folder, not the archive's store: there files are named by their
SHA-256 (`evidence/ab/abcdef…`), shared by every case, and one drag away from being moved or
renamed. The copy's folder holds the file under the name it was taken in with, ready to attach
to an e-mail or drop into a filing; changing it changes nothing in the archive.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices

from casefile.ui import errors, tasks

if TYPE_CHECKING:
    from casefile.store.archive import Archive
    from casefile.ui.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files tr("…") calls there


def open_exhibit_file(
    window: MainWindow, archive: Archive, file_id: int, show_folder: bool = False
) -> tasks.Task[Path]:
    """Copy the file `file_id` for reading, then open it (or, `show_folder`, its folder)."""

    def copy(ctx: tasks.TaskContext) -> Path:
        from casefile.services.exhibit_files import temporary_copy

        return temporary_copy(archive, file_id, cancelled=ctx.token)

    def copied(path: Path) -> None:
        target = path.parent if show_folder else path
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
            text = (
                tr("Showed the folder of a read-only copy of %s.")
                if show_folder
                else tr("Opened a read-only copy of %s.")
            )
            window.ui.statusBar.showMessage(text % path.name, 8000)
            return
        errors.show_error(
            window,
            tr("Casefile"),
            tr("No program on this computer opens %s.") % path.name,
            tr("A read-only copy is at %s.") % str(target),
        )

    def failed(exc: Exception) -> None:
        errors.report(exc, window)

    return window.read(copy, copied, failed, label=tr("Copying the file for reading"))

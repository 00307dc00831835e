"""File › Back Up… as a user drives it: the menu opens the dialog, a folder is chosen, Back Up
writes a backup that restores; the status bar reminds when the last backup is too old (days set in
Settings) and the reminder goes once a backup is made; a cancelled backup leaves no file."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casefile.services import backups
from casefile.store.archive import Archive
from casefile.ui.dialogs.backup_dialog import BackupDialog
from casefile.ui.main_window import MainWindow
from tests.ui.sample_data import Sample


def _back_up_action(window: MainWindow) -> object:
    (action,) = [a for a in window.ui.menuFile.actions() if a.objectName() == "actionBackUp"]
    return action


def test_file_back_up_writes_a_backup_that_restores(
    qtbot: QtBot,
    window: MainWindow,
    sample: Sample,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert window.backup.reminder_text.startswith("Not backed up yet")
    action = _back_up_action(window)
    assert action.isEnabled()  # type: ignore[attr-defined]
    folder = tmp_path / "USB" / "Backups"
    monkeypatch.setattr(BackupDialog, "_ask_folder", lambda _self, _start: folder)

    action.trigger()  # type: ignore[attr-defined]
    dialog = window.dialogs.find(BackupDialog)
    assert dialog is not None and dialog.isVisible()
    assert "not been backed up" in dialog.ui.lastLabel.text()
    qtbot.mouseClick(dialog.ui.chooseButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.pathEdit.text() == str(folder)
    qtbot.mouseClick(dialog.ui.backUpButton, Qt.MouseButton.LeftButton)

    (written,) = folder.glob("casefile-backup-*.zip")
    assert "Backed up to" in dialog.status_text
    assert "Last backup: today" in dialog.ui.lastLabel.text()
    assert window.backup.reminder_text == ""  # the reminder went
    assert window.settings.last_backup_target == folder
    with zipfile.ZipFile(written) as backup:
        assert "manifest.json" in backup.namelist()
    backups.restore(written, tmp_path / "Restored.casefile")
    with Archive.open(tmp_path / "Restored.casefile") as restored:
        assert len(list(restored.files.iter_stored())) == len(
            list(window.archive.files.iter_stored())  # type: ignore[union-attr]
        )


def test_one_file_gets_a_zip_name(window: MainWindow, sample: Sample, tmp_path: Path) -> None:
    dialog = window.backup.show_dialog()
    assert dialog is not None
    dialog.ui.fileRadio.setChecked(True)
    dialog.ui.pathEdit.setText(str(tmp_path / "Cases backup"))

    dialog.back_up()

    assert (tmp_path / "Cases backup.zip").is_file()


def test_a_cancelled_backup_leaves_no_file(
    window: MainWindow, sample: Sample, tmp_path: Path
) -> None:
    dialog = window.backup.show_dialog()
    assert dialog is not None
    dialog.ui.fileRadio.setChecked(True)
    dialog.ui.pathEdit.setText(str(tmp_path / "b.zip"))

    def cancel_on_progress(_done: int, _total: int, _label: str) -> None:
        dialog.cancel_backup()

    dialog._progress = cancel_on_progress  # type: ignore[method-assign]  # Cancel clicked at once
    original = dialog.back_up
    original()

    assert not (tmp_path / "b.zip").exists()
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no work folder
    assert "Cancelled" in dialog.status_text
    assert window.backup.reminder_text.startswith("Not backed up yet")


def test_the_reminder_follows_the_days_chosen_in_settings(
    window: MainWindow, archive: Archive, sample: Sample, tmp_path: Path
) -> None:
    backups.back_up(archive, tmp_path / "b.zip")
    window.backup.refresh()
    assert window.backup.reminder_text == ""

    window.backup.days_since = 9  # nine days later
    window.backup.show_reminder()
    assert window.backup.reminder_text == "No backup for 9 days — Back Up…"

    window.settings.backup_reminder_days = 10
    window.backup.show_reminder()
    assert window.backup.reminder_text == ""
    window.settings.backup_reminder_days = 0  # never
    window.backup.days_since = 400
    window.backup.show_reminder()
    assert window.backup.reminder_text == ""


def test_settings_keep_the_reminder_days(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.show_settings()
    assert dialog.ui.backupDaysSpin.value() == 7
    dialog.ui.backupDaysSpin.setValue(14)
    dialog.save()
    assert window.settings.backup_reminder_days == 14

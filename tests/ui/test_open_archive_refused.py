"""File › Open Archive… on a folder that cannot be opened keeps the archive that was open: the
refusal is said, and the user goes on where they were (it used to leave no archive open)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from casefile.services import cases
from casefile.store.archive import Archive
from casefile.ui.main_window import MainWindow
from casefile.ui.settings import Settings


def _window(qtbot: QtBot, settings: Settings) -> MainWindow:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_a_folder_of_other_files_is_refused_and_the_open_archive_stays_open(
    qtbot: QtBot,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "Enforcement.casefile"
    with Archive.open(path, create=True) as archive:
        cases.create_case(archive, cases.CaseDraft(title="Counterfeit scooters"))
    win = _window(qtbot, settings)
    with qtbot.waitSignal(win.archive_opened):
        win.open_archive(path)
    qtbot.waitUntil(lambda: win.model.rowCount() == 1)
    opened = win.archive
    assert opened is not None
    title = win.windowTitle()

    folder = tmp_path / "Documents"
    folder.mkdir()
    (folder / "contract.pdf").write_bytes(b"%PDF-1.7")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(folder))
    # "Create an archive there?" Yes: the core refuses a folder that holds other files
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(win.archive_failed):
        win.ui.actionOpenArchive.trigger()

    box = win.findChild(QMessageBox, "errorBox")
    assert box is not None and "Documents" in box.text()  # the refusal is said
    box.close()
    assert win.archive is opened  # kept, not closed
    assert win.windowTitle() == title
    assert win.ui.actionNewCase.isEnabled()
    assert "Documents" in win.ui.statusBar.currentMessage()
    win.cases.reload()
    qtbot.waitUntil(lambda: win.model.rowCount() == 1)
    assert [c.title for c in cases.list_cases(opened)] == ["Counterfeit scooters"]
    assert win.ui.detailPane.detail is not None
    assert win.ui.detailPane.detail.title == "Counterfeit scooters"  # not a message page
    assert sorted(p.name for p in folder.iterdir()) == ["contract.pdf"]

"""Opening an archive from the window: in the background, and refusing what cannot be opened
with a message instead of a crash."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from casefile.services import cases
from casefile.store.archive import Archive
from casefile.ui import tasks
from casefile.ui.main_window import MainWindow
from casefile.ui.settings import Settings


def _window(qtbot: QtBot, settings: Settings) -> MainWindow:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_opens_on_a_worker_thread_then_lists_cases(
    qtbot: QtBot, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "Enforcement.casefile"
    with Archive.open(path, create=True) as archive:
        cases.create_case(archive, cases.CaseDraft(title="假冒 X9 滑板车"))
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)
    win = _window(qtbot, settings)
    assert win.windowTitle() == "Casefile"

    with qtbot.waitSignal(win.case_shown, timeout=30_000):
        win.open_archive(path, create=False)

    assert win.windowTitle() == "Enforcement — Casefile"
    assert win.model.rowCount() == 1
    assert win.ui.detailPane.ui.titleLabel.text() == "假冒 X9 滑板车"
    assert win.ui.actionNewCase.isEnabled()
    assert settings.last_archive == path
    win.close()
    assert win.archive is None  # the window closed the archive it opened


def test_opening_after_the_first_paint(qtbot: QtBot, settings: Settings, tmp_path: Path) -> None:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.open_archive_after_paint(tmp_path / "New.casefile", create=True)
    assert win.archive is None
    assert "Opening New" in win.ui.detailPane.visible_text()
    with qtbot.waitSignal(win.archive_opened, timeout=10_000):
        win.show()
    assert (tmp_path / "New.casefile" / "archive.sqlite").exists()
    win.close()


def test_an_archive_from_a_newer_version_is_refused_with_a_message(
    qtbot: QtBot, settings: Settings, tmp_path: Path
) -> None:
    path = tmp_path / "Future.casefile"
    Archive.open(path, create=True).close()
    with sqlite3.connect(path / "archive.sqlite") as con:
        con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    win = _window(qtbot, settings)

    with qtbot.waitSignal(win.archive_failed) as failed:
        win.open_archive(path, create=False)

    assert "newer version of Casefile" in failed.args[0]
    shown = win.ui.detailPane.visible_text()
    assert "Could not open the archive Future" in shown and "newer version" in shown
    assert "Open Archive" in shown  # says what to do
    box = win.findChild(QMessageBox, "errorBox")
    assert box is not None and box.isVisible() and "Traceback" not in box.informativeText()
    assert win.archive is None
    assert not win.ui.actionNewCase.isEnabled()
    box.close()


def test_a_missing_archive_is_not_created_when_not_asked(
    qtbot: QtBot, settings: Settings, tmp_path: Path
) -> None:
    win = _window(qtbot, settings)
    with qtbot.waitSignal(win.archive_failed) as failed:
        win.open_archive(tmp_path / "Nowhere.casefile", create=False)
    assert "no archive at" in failed.args[0]
    assert not (tmp_path / "Nowhere.casefile").exists()
    win.findChild(QMessageBox, "errorBox").close()


def test_the_last_archive_chosen_wins_and_the_other_is_closed(
    qtbot: QtBot, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("First", "Second"):
        Archive.open(tmp_path / f"{name}.casefile", create=True).close()
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)
    win = _window(qtbot, settings)
    closed: list[Path] = []
    really_close = Archive.close

    def close(self: Archive) -> None:
        closed.append(self.path)
        really_close(self)

    monkeypatch.setattr(Archive, "close", close)

    first = win.open_archive(tmp_path / "First.casefile", create=False)
    with qtbot.waitSignal(win.archive_opened, timeout=30_000) as opened:
        win.open_archive(tmp_path / "Second.casefile", create=False)
    qtbot.waitUntil(lambda: not first.running, timeout=30_000)

    assert opened.args == [tmp_path / "Second.casefile"]
    assert win.archive is not None and win.archive.path == tmp_path / "Second.casefile"
    assert tmp_path / "First.casefile" in closed  # opened in the background, then closed
    win.close()

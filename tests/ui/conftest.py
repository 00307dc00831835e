"""GUI test set-up: background tasks run synchronously (deterministic), settings go to a temp ini
file, and a main window is shown on the test archive."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from casefile.store.archive import Archive
from casefile.ui import errors, tasks
from casefile.ui.main_window import MainWindow
from casefile.ui.settings import Settings
from tests.ui.sample_data import Sample, build


@pytest.fixture(autouse=True)
def sync_tasks(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Operations run inline; a test that wants real threads sets tasks.SYNCHRONOUS = False."""
    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)
    yield
    tasks.shutdown(5000)


@pytest.fixture(autouse=True)
def quiet_error_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Error boxes are counted per process; start every test with none open."""
    monkeypatch.setattr(errors._state, "open_boxes", 0)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot: QtBot, settings: Settings, archive: Archive) -> MainWindow:
    """The main window on the (empty) test archive, shown offscreen."""
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1400, 860)
    win.show()
    qtbot.waitExposed(win)
    win.set_archive(archive)
    return win


@pytest.fixture
def sample(archive: Archive, tmp_path: Path) -> Sample:
    """Five cases with proceedings, parties, evidence, rights, deadlines, money and notes."""
    return build(archive, tmp_path / "sources")

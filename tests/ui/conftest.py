"""GUI test set-up: background tasks run synchronously (deterministic), settings and the log go to
temp files, a question box fails the test instead of waiting for a click, and a main window is
shown on the test archive."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from casefile import logfile
from casefile.services import cases
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


@pytest.fixture(autouse=True, scope="session")
def temp_log_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Logged errors go to a temp file, never to the user's data folder."""
    return logfile.configure_logging(tmp_path_factory.mktemp("logs") / "casefile.log")


@pytest.fixture(autouse=True)
def no_unanswered_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal question would wait for a click forever; a test that expects one answers it."""

    def unexpected(_parent: object, title: str, text: str, *_args: object) -> None:
        pytest.fail(f"unexpected question {title!r}: {text}")

    monkeypatch.setattr(QMessageBox, "question", unexpected)


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


@dataclass
class Gate:
    """Holds a slowed operation on its worker thread: `entered` is set when it runs, and it goes
    on when the test sets `release`."""

    entered: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)


@pytest.fixture
def slow_create_case(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    """`services.cases.create_case` waits for the test before it writes (a slow disk, a big
    archive): for the races between a running write and the user."""
    gate = Gate()
    create_case = cases.create_case

    def slow(*args: object, **kwargs: object) -> cases.CaseSummary:
        gate.entered.set()
        gate.release.wait(10)
        return create_case(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cases, "create_case", slow)
    yield gate
    gate.release.set()  # never leave a worker waiting

"""GUI test set-up: background tasks run synchronously (deterministic), settings and the log go to
temp files, a question box fails the test instead of waiting for a click, and a main window is
shown on the test archive (or on the demo archive, read only)."""

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


def answer_questions(
    monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton
) -> list[str]:
    """Questions get `answer`; the list collects their texts, to assert what was asked."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture(autouse=True)
def quiet_error_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Error boxes are counted per process; start every test with none open."""
    monkeypatch.setattr(errors._state, "open_boxes", 0)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot: QtBot, settings: Settings, archive: Archive) -> MainWindow:
    """The main window on the (empty) test archive, shown offscreen. Dialogs a test left with
    typed changes are discarded at the end (closing the window would ask about them)."""
    win = MainWindow(settings)
    qtbot.addWidget(win, before_close_func=discard_dialogs)
    win.resize(1400, 860)
    win.show()
    qtbot.waitExposed(win)
    win.set_archive(archive)
    return win


def discard_dialogs(win: MainWindow) -> None:
    for dialog in win.dialogs.unsaved():
        dialog.discard()


@pytest.fixture(scope="session")
def demo_archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    """The curated demo archive (`casefile demo`), built once: tests only read it."""
    from casefile.demo import build_demo_archive

    summary = build_demo_archive(tmp_path_factory.mktemp("demo") / "Demo.casefile")
    opened = Archive.open(summary.path)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def demo_window(qtbot: QtBot, settings: Settings, demo_archive: Archive) -> MainWindow:
    """The main window on the demo archive, at the size it gets on a 1366×768 laptop."""
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1229, 691)
    win.show()
    qtbot.waitExposed(win)
    win.set_archive(demo_archive)
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


def _slowed(monkeypatch: pytest.MonkeyPatch, name: str) -> Iterator[Gate]:
    """`services.cases.<name>` waits for the test before it writes (a slow disk, a big
    archive): for the races between a running write and the user."""
    gate = Gate()
    write = getattr(cases, name)

    def slow(*args: object, **kwargs: object) -> cases.CaseSummary:
        gate.entered.set()
        gate.release.wait(10)
        return write(*args, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(cases, name, slow)
    yield gate
    gate.release.set()  # never leave a worker waiting


@pytest.fixture
def slow_create_case(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    yield from _slowed(monkeypatch, "create_case")


@pytest.fixture
def slow_update_case(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    yield from _slowed(monkeypatch, "update_case")


@pytest.fixture
def slow_set_status(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    yield from _slowed(monkeypatch, "set_status")

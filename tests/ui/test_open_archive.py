"""Opening an archive from the window: in the background, creating one only when asked to,
refusing what cannot be opened with a message instead of a crash, and switching or closing
without waiting on the GUI thread and without losing a write."""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from casefile.errors import ArchiveError
from casefile.services import cases
from casefile.store.archive import DB_NAME, Archive
from casefile.ui import errors, tasks
from casefile.ui.main_window import ARCHIVE_DATABASE, MainWindow
from casefile.ui.settings import Settings
from tests.ui.conftest import Gate, answer_questions

NO_WAIT_S = 1.0  # the GUI thread must not block on background work (it used to for 3 s)


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


def test_the_window_knows_the_archive_database_name() -> None:
    assert ARCHIVE_DATABASE == DB_NAME


def test_a_missing_archive_is_not_created_when_the_user_says_no(
    qtbot: QtBot, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    win = _window(qtbot, settings)
    path = tmp_path / "Nowhere.casefile"

    assert win.open_archive(path, create=False) is None

    assert len(asked) == 1
    assert f"There is no Casefile archive at {path}" in asked[0]
    assert "Create a new, empty archive there?" in asked[0]
    assert not path.exists()
    shown = win.ui.detailPane.visible_text()
    assert "No archive is open" in shown and "Open Archive" in shown  # what is, and what to do
    assert win.archive is None and win.windowTitle() == "Casefile"
    assert not win.ui.actionNewCase.isEnabled()


def test_a_missing_archive_is_created_when_the_user_says_yes(
    qtbot: QtBot, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    win = _window(qtbot, settings)
    path = tmp_path / "Fresh.casefile"

    with qtbot.waitSignal(win.archive_opened) as opened:
        win.open_archive(path, create=False)

    assert len(asked) == 1 and str(path) in asked[0]
    assert opened.args == [path]
    assert (path / DB_NAME).exists()
    assert "no cases yet" in win.ui.detailPane.visible_text()


def test_an_existing_archive_is_opened_without_a_question(
    qtbot: QtBot, settings: Settings, tmp_path: Path
) -> None:
    path = tmp_path / "Existing.casefile"
    Archive.open(path, create=True).close()
    win = _window(qtbot, settings)  # the autouse guard fails the test on any question
    with qtbot.waitSignal(win.archive_opened):
        win.open_archive(path, create=False)


def test_no_archive_is_made_among_other_files_and_the_core_says_why(
    qtbot: QtBot, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "Documents"
    folder.mkdir()
    (folder / "contract.pdf").write_bytes(b"%PDF-1.7")
    with pytest.raises(ArchiveError) as refused:
        Archive.open(folder, create=True)
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    win = _window(qtbot, settings)

    with qtbot.waitSignal(win.archive_failed) as failed:
        win.open_archive(folder, create=False)

    assert failed.args == [errors.describe(refused.value)]  # the core's sentence, as it comes
    assert errors.describe(refused.value) in win.ui.detailPane.visible_text()
    assert sorted(p.name for p in folder.iterdir()) == ["contract.pdf"]
    win.findChild(QMessageBox, "errorBox").close()


def test_declining_a_new_archive_keeps_the_open_one(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    empty = tmp_path / "Empty"
    empty.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(empty))
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)

    window.ui.actionOpenArchive.trigger()

    assert len(asked) == 1
    assert window.archive is archive
    assert window.ui.actionNewCase.isEnabled()
    assert "Nothing was created" in window.ui.statusBar.currentMessage()
    assert list(empty.iterdir()) == []


def test_open_archive_starts_in_the_folder_of_the_last_archive(
    qtbot: QtBot, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "Cases").mkdir()
    settings.last_archive = tmp_path / "Cases" / "Old.casefile"
    started_in: list[str] = []

    def choose(_parent: object, _caption: str, start: str) -> str:
        started_in.append(start)
        return ""

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", choose)
    win = _window(qtbot, settings)
    win.choose_archive()
    assert started_in == [str(tmp_path / "Cases")]


def test_the_last_archive_chosen_wins_and_the_other_is_closed(
    qtbot: QtBot, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("First", "Second"):
        Archive.open(tmp_path / f"{name}.casefile", create=True).close()
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)
    win = _window(qtbot, settings)
    closed = _record_closes(monkeypatch)
    made: list[Path] = []
    really_init = Archive.__init__

    def init(self: Archive, path: Path, *args: object, **kwargs: object) -> None:
        made.append(path)
        really_init(self, path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Archive, "__init__", init)

    first = win.open_archive(tmp_path / "First.casefile", create=False)
    with qtbot.waitSignal(win.archive_opened, timeout=30_000) as opened:
        win.open_archive(tmp_path / "Second.casefile", create=False)
    qtbot.waitUntil(lambda: not first.running, timeout=30_000)

    assert opened.args == [tmp_path / "Second.casefile"]
    assert win.archive is not None and win.archive.path == tmp_path / "Second.casefile"
    # First was withdrawn before it ran, or opened in the background and then closed
    assert made.count(tmp_path / "First.casefile") == closed.count(tmp_path / "First.casefile")
    win.close()


def _record_closes(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    closed: list[Path] = []
    really_close = Archive.close

    def close(self: Archive) -> None:
        closed.append(self.path)
        really_close(self)

    monkeypatch.setattr(Archive, "close", close)
    return closed


def _threaded_window_on(
    qtbot: QtBot, settings: Settings, path: Path, monkeypatch: pytest.MonkeyPatch
) -> MainWindow:
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)
    win = _window(qtbot, settings)
    with qtbot.waitSignal(win.cases.cases_loaded, timeout=30_000):
        win.open_archive(path)
    return win


def _start_new_case(qtbot: QtBot, win: MainWindow, title: str, gate: Gate):
    editor = win.case_actions.new_case()
    assert editor is not None
    qtbot.keyClicks(editor.ui.titleEdit, title)
    editor.save()
    assert gate.entered.wait(5)  # the write is running now
    return editor


def _titles(path: Path) -> list[str]:
    with Archive.open(path) as archive:
        return [c.title for c in cases.list_cases(archive)]


def test_closing_the_window_during_a_write_neither_waits_nor_loses_it(
    qtbot: QtBot,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    slow_create_case: Gate,
) -> None:
    path = tmp_path / "Busy.casefile"
    Archive.open(path, create=True).close()
    closed = _record_closes(monkeypatch)
    win = _threaded_window_on(qtbot, settings, path, monkeypatch)
    editor = _start_new_case(qtbot, win, "Written while quitting", slow_create_case)

    started = time.monotonic()
    win.close()
    assert time.monotonic() - started < NO_WAIT_S  # the GUI thread did not wait
    assert closed == []  # the archive is not closed under the running write

    slow_create_case.release.set()
    assert tasks.shutdown(10_000)  # what `app.run` does, once, when the app quits

    assert closed == [path]  # closed after the write
    assert editor.created is not None  # the write's result was delivered
    assert _titles(path) == ["Written while quitting"]


def test_switching_archives_during_a_write_lets_it_finish_in_the_old_one(
    qtbot: QtBot,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    slow_create_case: Gate,
) -> None:
    first, second = tmp_path / "First.casefile", tmp_path / "Second.casefile"
    for path in (first, second):
        Archive.open(path, create=True).close()
    closed = _record_closes(monkeypatch)
    win = _threaded_window_on(qtbot, settings, first, monkeypatch)
    editor = _start_new_case(qtbot, win, "Belongs to First", slow_create_case)
    created: list[object] = []
    editor.case_created.connect(created.append)

    started = time.monotonic()
    with qtbot.waitSignal(win.cases.cases_loaded, timeout=30_000):  # Second opens meanwhile
        win.open_archive(second)
        assert time.monotonic() - started < NO_WAIT_S
    assert first not in closed

    slow_create_case.release.set()
    # The old archive may close (on the write thread) a moment before the result reaches the
    # GUI thread: wait for both, in whichever order they come.
    qtbot.waitUntil(lambda: first in closed and bool(created), timeout=10_000)

    assert len(created) == 1  # delivered…
    assert win.archive is not None and win.archive.path == second
    assert win.model.ids == []  # …but not shown as a case of Second
    assert _titles(first) == ["Belongs to First"]
    assert _titles(second) == []
    win.close()


# A test of threads, not of dates: under libfaketime (the suite's +400-day run) a timed wait in
# Qt's thread pool stalls with the shifted monotonic clock, and telling libfaketime to leave that
# clock alone breaks time.sleep() instead (EINVAL) for dozens of other tests.
@pytest.mark.skipif(
    "faketime" in os.environ.get("LD_PRELOAD", ""), reason="libfaketime stalls Qt's timed waits"
)
def test_switching_archives_does_not_wait_for_reads_of_the_old_one(
    qtbot: QtBot, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "First.casefile", tmp_path / "Second.casefile"
    for path, title in ((first, "Case in First"), (second, "Case in Second")):
        with Archive.open(path, create=True) as archive:
            cases.create_case(archive, cases.CaseDraft(title=title))
    win = _threaded_window_on(qtbot, settings, first, monkeypatch)
    qtbot.waitUntil(lambda: win.ui.detailPane.detail is not None, timeout=10_000)

    entered, release, returned = threading.Event(), threading.Event(), threading.Event()
    read_detail = cases.case_detail_by_id

    def slow_read(archive: Archive, case_id: int) -> object:
        if archive.path == first:  # a slow read of the old archive
            entered.set()
            release.wait(10)
            try:
                return read_detail(archive, case_id)
            finally:
                returned.set()
        return read_detail(archive, case_id)

    monkeypatch.setattr(cases, "case_detail_by_id", slow_read)
    try:
        win.refresh()
        assert entered.wait(5)

        started = time.monotonic()
        with qtbot.waitSignal(win.case_shown, timeout=30_000):
            win.open_archive(second)
            assert time.monotonic() - started < NO_WAIT_S
        assert win.ui.detailPane.ui.titleLabel.text() == "Case in Second"
    finally:
        release.set()
    assert returned.wait(5)
    qtbot.wait(100)  # the old read's result arrives, and is ignored
    assert win.ui.detailPane.ui.titleLabel.text() == "Case in Second"
    win.close()

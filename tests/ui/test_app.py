"""Start-up: the exception hook, the bundled CJK font, and `run()` on a real archive."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QIcon, QRawFont
from PySide6.QtWidgets import QApplication, QMessageBox

from casefile import logfile
from casefile.errors import ArchiveError, ValidationError
from casefile.paths import CJK_FONT, resource
from casefile.ui import app as app_module
from casefile.ui import errors, tasks
from casefile.ui.main_window import MainWindow

CHINESE = "假冒注册商标罪 义乌市市场监督管理局 公证书"


def _hang_guard() -> QTimer:
    """Closes every window after 20 s so a stuck `run()` never hangs the suite; stop it once
    `run()` returns."""
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(QApplication.closeAllWindows)
    guard.start(20_000)
    return guard


def _raise(exc: BaseException) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise exc
    except BaseException as caught:  # noqa: BLE001 - building a real traceback
        return type(caught), caught, caught.__traceback__


def test_exception_hook_logs_the_traceback_and_shows_a_short_message(
    qapp: QApplication, tmp_path: Path
) -> None:
    log = logfile.configure_logging(tmp_path / "logs" / "casefile.log")

    def broken_feature() -> None:
        {}["missing"]  # noqa: B018

    try:
        broken_feature()
    except KeyError:
        exc_type, exc, tb = sys.exc_info()
    box = errors.excepthook(exc_type, exc, tb)  # type: ignore[arg-type]

    assert box is not None and box.isVisible()
    shown = f"{box.windowTitle()}\n{box.text()}\n{box.informativeText()}"
    assert "Traceback" not in shown and "broken_feature" not in shown
    assert "Something went wrong" in box.text()
    assert str(log) in box.informativeText()
    assert "KeyError" in box.informativeText()
    written = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in written
    assert "broken_feature" in written
    box.close()


def test_exception_hook_words_an_expected_error_without_logging_a_crash(
    qapp: QApplication, tmp_path: Path
) -> None:
    log = logfile.configure_logging(tmp_path / "casefile.log")
    box = errors.excepthook(*_raise(ValidationError("title", "is required")))  # type: ignore[arg-type]
    assert box is not None and box.text() == "Title is required."
    assert "Traceback" not in log.read_text(encoding="utf-8")
    box.close()


def test_exception_hook_survives_a_burst_of_errors(qapp: QApplication, tmp_path: Path) -> None:
    logfile.configure_logging(tmp_path / "casefile.log")
    boxes = [errors.excepthook(*_raise(RuntimeError(f"boom {i}"))) for i in range(10)]  # type: ignore[arg-type]
    shown = [b for b in boxes if b is not None]
    assert 1 <= len(shown) <= 3  # the rest are only logged
    for box in shown:
        box.close()


def test_install_routes_uncaught_exceptions_to_the_hook(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    log = errors.install(tmp_path / "casefile.log")
    assert sys.excepthook is errors.excepthook
    worker = threading.Thread(target=lambda: 1 / 0, name="worker-x")
    worker.start()
    worker.join()
    assert "worker-x" in log.read_text(encoding="utf-8")


def test_the_app_and_the_command_line_log_to_one_file(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(logfile, "default_log_file", lambda: tmp_path / "logs" / "casefile.log")
    for duplicate in ("default_log_file", "configure_logging", "log_file", "LOG_FILE_NAME"):
        assert not hasattr(errors, duplicate), f"errors.{duplicate} duplicates casefile.logfile"

    installed = errors.install()  # the GUI
    assert installed == tmp_path / "logs" / "casefile.log" == logfile.log_file()
    assert logfile.log_exception(_raise(RuntimeError("from the CLI"))[1]) == installed
    box = errors.report(_raise(RuntimeError("from a GUI task"))[1])
    assert box is not None and str(installed) in box.informativeText()
    box.close()
    written = installed.read_text(encoding="utf-8")
    assert "from the CLI" in written and "from a GUI task" in written


def test_describe_turns_core_errors_into_sentences() -> None:
    assert errors.describe(ValidationError("opened_on", "'x' is not a date")) == (
        "Opened on: 'x' is not a date."
    )
    assert errors.describe(ArchiveError("no archive at /x")) == "no archive at /x"


def test_bundled_cjk_font_is_registered_and_renders_chinese(qapp: QApplication) -> None:
    family = app_module.install_cjk_font(qapp, prefer_bundled=True)
    assert family == "WenQuanYi Micro Hei"
    registered = {
        name for font_id in range(0, 64) for name in QFontDatabase.applicationFontFamilies(font_id)
    }
    assert family in registered
    raw = QRawFont(str(resource(*CJK_FONT)), 14)
    assert raw.isValid()
    # the UCS-4 overload: PySide6 mis-converts some one-character str arguments to QChar
    assert all(raw.supportsCharacter(ord(ch)) for ch in CHINESE if not ch.isspace())

    # the application font falls back to it, so widgets draw Chinese instead of boxes
    families = qapp.font().families()
    assert family in families
    for ch in CHINESE.replace(" ", ""):
        assert any(QFontMetrics(QFont(f)).inFontUcs4(ord(ch)) for f in families), ch


def test_create_application_names_the_app(qapp: QApplication) -> None:
    app = app_module.create_application()
    assert app is qapp
    assert app.applicationName() == "Casefile"
    assert app.organizationName() == "Casefile"
    assert not app.windowIcon().isNull()


def test_run_shows_the_window_and_opens_the_archive_after_it(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real start-up path, with real threads: window first, archive in the background."""
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(logfile, "default_log_file", lambda: tmp_path / "logs" / "casefile.log")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    qapp.setWindowIcon(QIcon())  # as a new application has it
    seen: dict[str, object] = {}

    def watch() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows:
            return
        win = windows[0]
        seen.setdefault("title_before", win.windowTitle())
        seen.setdefault("archive_before", win.archive)
        if win.archive is not None:
            seen["title"] = win.windowTitle()
            timer.stop()
            win.close()

    timer = QTimer()
    timer.timeout.connect(watch)
    timer.start(5)
    guard = _hang_guard()

    code = app_module.run(tmp_path / "New.casefile", create=True)
    guard.stop()  # or it would close a later test's window 20 s from now

    assert code == 0
    assert seen["archive_before"] is None  # the window was up before the archive
    assert seen["title"] == "New — Casefile"
    assert (tmp_path / "New.casefile" / "archive.sqlite").exists()
    assert not qapp.windowIcon().isNull()  # painted after the window's first paint


@pytest.mark.parametrize("prefer_bundled", [False, True])
def test_cjk_fallback_is_added_once(qapp: QApplication, prefer_bundled: bool) -> None:
    app_module.install_cjk_font(qapp, prefer_bundled=prefer_bundled)
    app_module.install_cjk_font(qapp, prefer_bundled=prefer_bundled)
    families = qapp.font().families()
    assert len(families) == len(set(families))


def test_run_on_a_missing_explicit_archive_asks_and_creates_nothing_on_no(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`casefile --archive PATH` (create=False) on a path with no archive: asked, "No", nothing
    written there, and the window says that no archive is open."""
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(logfile, "default_log_file", lambda: tmp_path / "logs" / "casefile.log")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    asked: list[str] = []
    shown: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)

    def watch() -> None:
        windows = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible()  # not an earlier test's window
        ]
        if windows and asked:
            shown.append(windows[0].ui.detailPane.visible_text())
            timer.stop()
            windows[0].close()

    timer = QTimer()
    timer.timeout.connect(watch)
    timer.start(5)
    guard = _hang_guard()

    code = app_module.run(tmp_path / "Typo.casefile", False)
    guard.stop()

    assert code == 0
    assert len(asked) == 1 and "There is no Casefile archive at" in asked[0]
    assert "No archive is open" in shown[0]
    assert not (tmp_path / "Typo.casefile").exists()

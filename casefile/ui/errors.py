"""Errors as a user meets them: the exception hook, the log file, and the core's typed errors
turned into words.

No traceback ever reaches a user. An unexpected exception is written, with its traceback, to the
log file in the user's data folder (`casefile.logfile`, the one the command line writes too), and
a short message box says what happened and where the details are. A `CasefileError` is an
expected problem (a missing archive, a bad value): the user sees its sentence and nothing is
logged as a crash.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from casefile.errors import EvidenceFileError, ValidationError

# `casefile.logfile`, `casefile.errors`, the core's words, `casefile.ui.labels` and QMessageBox
# are imported where used: the app installs the hooks before its window paints, and they load
# nothing it does not need then.


def tr(text: str) -> str:
    """Translate a user-visible string. pyside6-lupdate reads module-level `tr("…")` calls into
    the empty context, so they are translated in that context."""
    return QCoreApplication.translate("", text)


log = logging.getLogger("casefile")


class _State:
    open_boxes = 0


_state = _State()
_MAX_BOXES = 3  # a burst of errors (one per repaint…) must not bury the user in boxes


def install(path: Path | None = None) -> Path:
    """Log to `path` (default: the one log file of `casefile.logfile`, shared with the command
    line) and route uncaught exceptions, from any thread, to `excepthook`."""
    from casefile import logfile

    chosen = logfile.configure_logging(path)
    install_hooks()
    return chosen


def install_hooks() -> None:
    """Route uncaught exceptions, from any thread, to `excepthook` (the log file is opened by
    `install`, or by the first exception logged)."""
    sys.excepthook = excepthook

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            from casefile import logfile

            name = args.thread.name if args.thread else "?"
            logfile.log_exception(args.exc_value, f"Unhandled exception in thread {name}")

    threading.excepthook = thread_hook


def excepthook(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
) -> QMessageBox | None:
    """Log the traceback and show a short message (returned, for tests); never re-raises."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return None
    from casefile import logfile
    from casefile.errors import CasefileError

    try:
        if isinstance(exc, CasefileError):
            log.warning("%s: %s", exc_type.__name__, exc)
            return show_error(None, tr("Casefile"), describe(exc))
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        return _show_crash(exc, logfile.log_exception(exc, "Unhandled exception"))
    except Exception:  # the hook itself must never fail loudly; fall back to stderr
        sys.__excepthook__(exc_type, exc, tb)
        return None


def _one_line(exc: BaseException, limit: int = 200) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _show_crash(
    exc: BaseException, where: Path | None, parent: QWidget | None = None
) -> QMessageBox | None:
    """`where`: the log file the traceback was written to, None if it could not be written;
    `parent`: the window the failed work was for (the box is window-modal on it)."""
    text = tr(
        "Something went wrong and Casefile could not finish what it was doing. "
        "Your archive is safe: every change is saved in one step or not at all."
    )
    if where is not None:
        details = tr("The details were written to {path}. Please send that file to support.")
        info = details.format(path=where)
    else:
        info = tr("Please tell support what you were doing when this happened.")
    return show_error(parent, tr("Unexpected problem"), text, f"{info}\n\n{_one_line(exc)}")


def describe(exc: BaseException) -> str:
    """One or two sentences for a user about an error raised by the core, in their language."""
    from casefile.errors import CasefileError, NotFoundError, ValidationError
    from casefile.ui.core_words import said, say

    if isinstance(exc, ValidationError):
        return format_validation(exc)
    if isinstance(exc, NotFoundError):
        return tr("It is no longer in this archive ({what} {key}).").format(
            what=said(exc.what), key=exc.key
        )
    if isinstance(exc, CasefileError):
        return say(exc.template, exc.values) if exc.template else str(exc)
    return _one_line(exc)


def reason_of(exc: ValidationError | EvidenceFileError) -> str:
    """The reason alone ("is required"), in the interface's language."""
    from casefile.ui.core_words import say_phrase

    return say_phrase(exc.phrase)


def format_validation(exc: ValidationError) -> str:
    """'Title is required.' / 'Jurisdictions: 'XX1' is not a two-letter code …'."""
    from casefile.ui import labels

    name = labels.field_label(exc.field.split("[")[0].split(".")[0])
    reason = reason_of(exc).rstrip(".。")
    # English reads "Title is required."; a reason that is not a predicate follows a colon
    if exc.reason.startswith(("is ", "must ", "has ", "cannot ")):
        return tr("{field} {reason}.").format(field=name, reason=reason)
    return tr("{field}: {reason}.").format(field=name, reason=reason)


def show_error(
    parent: QWidget | None, title: str, text: str, informative: str = ""
) -> QMessageBox | None:
    """A non-blocking warning box (window-modal on `parent`); None without a QApplication."""
    if QApplication.instance() is None:
        print(f"{title}: {text}\n{informative}", file=sys.stderr)
        return None
    if _state.open_boxes >= _MAX_BOXES:
        return None
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setObjectName("errorBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    _state.open_boxes += 1
    box.finished.connect(_box_closed)
    box.open()
    return box


def _box_closed(_result: int) -> None:
    _state.open_boxes = max(0, _state.open_boxes - 1)


def report(exc: BaseException, parent: QWidget | None = None) -> QMessageBox | None:
    """Tell the user about an error delivered by a background task."""
    from casefile import logfile
    from casefile.errors import CasefileError

    if isinstance(exc, CasefileError):
        log.warning("%s: %s", type(exc).__name__, exc)
        return show_error(parent, tr("Casefile"), describe(exc))
    return _show_crash(exc, logfile.log_exception(exc, "Unhandled exception in a task"), parent)

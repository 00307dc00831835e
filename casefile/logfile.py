"""The one log file both faces write to: `logs/casefile.log` in the user's data folder, rotated.

Tracebacks go here, never to the user's screen; messages name this file so support can ask for it.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

log = logging.getLogger("casefile")

LOG_FILE_NAME = "casefile.log"


class _State:
    log_file: Path | None = None
    handler: logging.Handler | None = None


_state = _State()


def default_log_file() -> Path:
    """`logs/casefile.log` in the user's data folder (beside the default archive)."""
    from platformdirs import user_data_path

    return user_data_path("Casefile", appauthor=False) / "logs" / LOG_FILE_NAME


def log_file() -> Path | None:
    return _state.log_file


def configure_logging(path: Path | None = None) -> Path:
    """Log to `path` (default: `default_log_file()`), rotated at 1 MB with 3 kept; replaces an
    earlier log file of this process."""
    path = path or default_log_file()
    if _state.handler is not None:
        log.removeHandler(_state.handler)
        _state.handler.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    _state.log_file = path
    _state.handler = handler
    return path


def log_exception(exc: BaseException, context: str = "internal error") -> Path | None:
    """Write `exc` with its traceback to the log file; the file's path, or None if it can't be
    written (a read-only home folder must not turn one error into two)."""
    try:
        path = _state.log_file or configure_logging()
        log.error(context, exc_info=(type(exc), exc, exc.__traceback__))
        return path
    except OSError:
        return None

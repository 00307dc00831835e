"""Shared test set-up: Qt offscreen (pytest-qt aborts without a display otherwise), a fixed
"today", archives."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CASEFILE_USER", "test-counsel")
# The one "today" of the whole suite (casefile.clock), inherited by the CLI's subprocesses: no
# test depends on the day it runs. `.ci/run` runs the suite again with the clock 400 days on.
TEST_TODAY = "2026-11-21"
os.environ["CASEFILE_TODAY"] = TEST_TODAY

from casefile.errors import CasefileError  # noqa: E402
from casefile.store.archive import Archive  # noqa: E402
from casefile.words import Phrase, Words  # noqa: E402


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    """A new, empty archive in a temporary folder."""
    opened = Archive.open(tmp_path / "Test.casefile", create=True)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture(autouse=True)
def core_errors_speak_marked_words(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every error the core raises while a test runs carries N_-marked words the window can
    translate (casefile.words). tests/core/test_core_words.py reads the code; this sees what
    passes through helpers that take a reason. The command line speaks English only."""
    unmarked: list[str] = []
    original = CasefileError.__init__

    def checked(self: CasefileError, template: str = "", /, **values: object) -> None:
        original(self, template, **values)
        raiser = _raising_module()
        if raiser is not None and not _marked(template, values):
            unmarked.append(f"{raiser}: {type(self).__name__}: {self}")

    monkeypatch.setattr(CasefileError, "__init__", checked)
    yield
    assert unmarked == [], "raise core errors with N_ templates (casefile/words.py)"


def _marked(template: str, values: Mapping[str, object]) -> bool:
    nested = [value for value in values.values() if isinstance(value, Phrase)]
    return isinstance(template, Words) and all(_marked(p.template, p.values) for p in nested)


def _raising_module() -> str | None:
    """The core module that raised (past the errors' own __init__s); None for the faces."""
    frame = sys._getframe(2)
    while frame is not None and frame.f_code.co_name == "__init__":
        if not isinstance(frame.f_locals.get("self"), BaseException):
            break
        frame = frame.f_back  # type: ignore[assignment]
    module = frame.f_globals.get("__name__", "") if frame is not None else ""
    faces = ("casefile.ui", "casefile.cli", "casefile.__main__")
    return module if module.startswith("casefile") and not module.startswith(faces) else None

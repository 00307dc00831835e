"""Shared test set-up: Qt offscreen (pytest-qt aborts without a display otherwise), a fixed
"today", archives."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CASEFILE_USER", "test-counsel")
# The one "today" of the whole suite (casefile.clock), inherited by the CLI's subprocesses: no
# test depends on the day it runs. `.ci/run` runs the suite again with the clock 400 days on.
TEST_TODAY = "2026-11-21"
os.environ["CASEFILE_TODAY"] = TEST_TODAY

from casefile.store.archive import Archive  # noqa: E402


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    """A new, empty archive in a temporary folder."""
    opened = Archive.open(tmp_path / "Test.casefile", create=True)
    try:
        yield opened
    finally:
        opened.close()

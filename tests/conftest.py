"""Shared test set-up: Qt offscreen (pytest-qt aborts without a display otherwise), archives."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CASEFILE_USER", "test-counsel")

from casefile.store.archive import Archive  # noqa: E402


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    """A new, empty archive in a temporary folder."""
    opened = Archive.open(tmp_path / "Test.casefile", create=True)
    try:
        yield opened
    finally:
        opened.close()

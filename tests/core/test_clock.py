"""One "today" for the whole program: set in one place, and nothing else reads the wall clock's
date (a test that passes today and fails next year depends on the day it runs)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

import casefile
from casefile import clock
from casefile.errors import ValidationError


def test_today_comes_from_the_environment_then_from_set_today(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(clock.TODAY_VARIABLE, "2031-02-28")
    assert clock.today() == date(2031, 2, 28)
    clock.set_today(date(2030, 1, 2))
    try:
        assert clock.today() == date(2030, 1, 2)
    finally:
        clock.set_today(None)
    monkeypatch.delenv(clock.TODAY_VARIABLE)
    assert clock.today() == date.today()


def test_a_malformed_today_is_refused_in_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(clock.TODAY_VARIABLE, "2025-02-30")
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        clock.today()


def test_the_suite_runs_on_its_own_fixed_day() -> None:
    assert clock.today() == date(2026, 11, 21)


# The wall clock's date read anywhere but casefile/clock.py: Python's and Qt's spellings.
WALL_CLOCK_DATE = re.compile(
    r"date\.today\(\)|datetime\.now\(\)\.date\(\)|datetime\.today\(\)|"
    r"QDate\.currentDate\(\)|QDateTime\.currentDateTime\(\)"
)


@pytest.mark.parametrize("tree", ["casefile", "tests"])
def test_only_the_clock_reads_todays_date(tree: str) -> None:
    root = Path(casefile.__file__).parent.parent / tree
    readers = [
        f"{path.relative_to(root.parent)}:{number}"
        for path in sorted(root.rglob("*.py"))
        if path.name not in {"clock.py", "test_clock.py"}
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if WALL_CLOCK_DATE.search(line)
    ]
    assert readers == []

"""The one place Casefile asks what day it is.

Every "today" in the core and the window comes from `today()`: deadlines count from it, the
demo dates its cases around it, a case opened without a date is opened on it. Tests (and anyone
reproducing a report from another day) set it with `CASEFILE_TODAY=YYYY-MM-DD` in the environment,
which child processes inherit, or with `set_today()` inside one process. Audit times stay the real
wall-clock time: they record when a write happened, not the day the work is about.
"""

from __future__ import annotations

import os
from datetime import date

from casefile.errors import ValidationError
from casefile.words import N_

TODAY_VARIABLE = "CASEFILE_TODAY"

_fixed: date | None = None


def today() -> date:
    """The working day: the one fixed by `set_today` or `CASEFILE_TODAY`, else the system's."""
    if _fixed is not None:
        return _fixed
    value = os.environ.get(TODAY_VARIABLE)
    if value:
        return parse_today(value)
    return date.today()


def set_today(day: date | None) -> None:
    """Fix today for this process (None: back to the environment or the system clock)."""
    global _fixed
    _fixed = day


def parse_today(value: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValidationError(
            TODAY_VARIABLE, N_("must be a date written YYYY-MM-DD, not {value!r}"), value=value
        ) from None

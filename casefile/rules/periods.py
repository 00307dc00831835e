"""Period arithmetic as Chinese procedure counts it (CPL Art 85; Civil Code Arts 200-204), and
working days on a jurisdiction's calendar. Every result carries the steps that explain it.

- The trigger day is not counted: a period in days starts the day after.
- A period in hours runs by the clock, through rest days and holidays (CPL Art 85(2): counted
  from the next hour); with dates only, 24 hours after an event end on the next day.
- Months and years end on the corresponding day, or the month's last day where there is none.
- A period whose last day is a rest day ends on the next working day (where the rule says so).
- Working days skip rest days; make-up working days count unless the calendar is set otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from casefile.rules.calendars import Calendar, DayInfo


class Unit(StrEnum):
    HOURS = "hours"  # whole days of 24 hours only: a date has no hours
    DAYS = "days"
    WORKING_DAYS = "working_days"
    MONTHS = "months"
    YEARS = "years"


@dataclass(frozen=True, slots=True)
class PeriodResult:
    due: date
    steps: tuple[str, ...]  # sentences a lawyer can check, in order
    notes: tuple[str, ...] = field(default=())  # e.g. "no holiday data for 2027"


def short(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


def _next_working_day(start: date, calendar: Calendar) -> tuple[date, list[DayInfo]]:
    """The first working day on or after `start`, and the rest days passed on the way."""
    passed: list[DayInfo] = []
    day = start
    while not (info := calendar.info(day)).working:
        passed.append(info)
        day += timedelta(days=1)
    return day, passed


def _describe_rest_days(days: list[DayInfo]) -> str:
    """ "Sat 27 Sep (Saturday), Wed 1 Oct–Wed 8 Oct (国庆节…)": runs of the same reason merged."""
    runs: list[tuple[date, date, str]] = []
    for info in days:
        if runs and runs[-1][2] == info.reason and runs[-1][1] + timedelta(days=1) == info.day:
            runs[-1] = (runs[-1][0], info.day, info.reason)
        else:
            runs.append((info.day, info.day, info.reason))
    return ", ".join(
        f"{short(a)} ({reason})" if a == b else f"{short(a)}–{short(b)} ({reason})"
        for a, b, reason in runs
    )


def _notes(days: list[DayInfo]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(info.note for info in days if info.note))


def add_period(
    trigger: date,
    amount: int,
    unit: Unit,
    calendar: Calendar,
    rest_day_extends: bool = True,
) -> PeriodResult:
    """The last day of a period of `amount` `unit`s after `trigger` (trigger day excluded)."""
    if amount < 0:
        raise ValueError(f"a period cannot be negative ({amount})")
    if unit is Unit.WORKING_DAYS:
        return _add_working_days(trigger, amount, calendar)
    if unit is Unit.HOURS:
        end = trigger + timedelta(days=amount // 24)
        steps = [
            f"{amount} hours from the event on {trigger.isoformat()}, counted by the clock "
            f"through rest days and holidays: until the same hour on {end}"
        ]
    elif unit is Unit.DAYS:
        end = trigger + timedelta(days=amount)
        steps = [f"{amount} days after {trigger.isoformat()}, the trigger day not counted: {end}"]
    else:
        delta = relativedelta(months=amount) if unit is Unit.MONTHS else relativedelta(years=amount)
        end = trigger + delta
        steps = [f"{_count(amount, unit)} after {trigger.isoformat()}: {end}"]
        if end.day != trigger.day:
            steps[0] += f" (that month has no day {trigger.day}: its last day)"
    last = calendar.info(end)
    if last.working or not rest_day_extends:
        if not last.working:
            steps.append(f"{short(end)} is a rest day ({last.reason}); this rule does not move it")
        elif rest_day_extends and end.weekday() >= 5:  # a weekend day worked: make-up
            steps.append(f"{short(end)} is a {last.reason}, counted as a working day: no move")
        return PeriodResult(end, tuple(steps), _notes([last]))
    moved, passed = _next_working_day(end, calendar)
    steps.append(
        f"the last day falls on a rest day: {_describe_rest_days(passed)}; "
        f"it moves to the next working day, {short(moved)}"
    )
    return PeriodResult(moved, tuple(steps), _notes([*passed, calendar.info(moved)]))


def _add_working_days(trigger: date, amount: int, calendar: Calendar) -> PeriodResult:
    day = trigger
    counted = 0
    rest: list[DayInfo] = []
    made_up: list[DayInfo] = []
    seen: list[DayInfo] = []
    while counted < amount:
        day += timedelta(days=1)
        info = calendar.info(day)
        seen.append(info)
        if info.working:
            counted += 1
            if day.weekday() >= 5:
                made_up.append(info)
        else:
            rest.append(info)
    steps = [f"{amount} working days after {trigger.isoformat()}, the trigger day not counted"]
    skipped = _skipped(rest)
    uncounted = [step for step in skipped if step.startswith("the make-up")]
    steps += [step for step in skipped if step not in uncounted]
    for info in made_up:
        steps.append(f"the make-up working {info.day:%A} {info.day.day} {info.day:%b} counted")
    return PeriodResult(day, tuple(steps + uncounted), _notes(seen))


def _count(amount: int, unit: Unit) -> str:
    """ "1 year", "6 months", "3 working days"."""
    words = unit.value.replace("_", " ")
    return f"{amount} {words[:-1] if amount == 1 else words}"


def count_back(end: date, amount: int, unit: Unit, calendar: Calendar) -> PeriodResult:
    """The last day to act `amount` `unit`s before `end` (`end` not counted): e.g. a request
    that must arrive "at least 30 working days before the expiry"."""
    if amount < 0:
        raise ValueError(f"a period cannot be negative ({amount})")
    if unit is not Unit.WORKING_DAYS:
        if unit is Unit.HOURS:
            start = end - timedelta(days=amount // 24)
        elif unit is Unit.DAYS:
            start = end - timedelta(days=amount)
        elif unit is Unit.MONTHS:
            start = end - relativedelta(months=amount)
        else:
            start = end - relativedelta(years=amount)
        text = f"{_count(amount, unit)} before {end.isoformat()}, that day not counted: {start}"
        return PeriodResult(start, (text,), _notes([calendar.info(start)]))
    day = end
    counted = 0
    rest: list[DayInfo] = []
    seen: list[DayInfo] = []
    while counted < amount:
        day -= timedelta(days=1)
        info = calendar.info(day)
        seen.append(info)
        if info.working:
            counted += 1
        else:
            rest.append(info)
    rest.reverse()
    steps = [f"{amount} working days before {end.isoformat()}, that day not counted"]
    steps += _skipped(rest)
    return PeriodResult(day, tuple(steps), _notes(seen))


def _skipped(rest: list[DayInfo]) -> list[str]:
    """ "2 weekend days skipped", "holidays skipped: …", "the make-up working … not counted"."""
    steps = []
    holidays = [info for info in rest if info.reason not in ("Saturday", "Sunday")]
    holidays = [info for info in holidays if "make-up" not in info.reason]
    weekend_days = sum(1 for info in rest if info.reason in ("Saturday", "Sunday"))
    if weekend_days:
        steps.append(f"{weekend_days} weekend day{'s' if weekend_days != 1 else ''} skipped")
    if holidays:
        steps.append(f"holidays skipped: {_describe_rest_days(holidays)}")
    for info in rest:
        if "make-up" in info.reason:
            steps.append(
                f"the make-up working {info.day:%A} {info.day.day} {info.day:%b} not counted"
            )
    return steps

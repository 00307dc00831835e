"""Due dates without explanations, for whole-archive work (agenda, flags, benchmarks).

`compute_deadline` explains every day it counts, which is right for one deadline and too slow
for a hundred thousand. Here a calendar becomes a table of working days once, and a period is a
lookup. `due_date` must give exactly `compute_deadline(...).due`; a property test holds it to that.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date, timedelta
from functools import cache

from dateutil.relativedelta import relativedelta

from casefile.rules.calendars import calendar_for
from casefile.rules.deadlines import (
    DeadlineRule,
    DeadlineSettings,
    RuleBook,
    compute_deadline,
    effective_calendar,
    get_rule,
    jurisdiction_of,
)
from casefile.rules.periods import Unit

# The span tabulated: periods from triggers in it resolve by lookup, others fall back to the
# explained computation (same answer, slower).
FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2040, 12, 31)


class WorkingDayTable:
    """The working days of one calendar between FIRST_DAY and LAST_DAY, as sorted ordinals."""

    def __init__(self, code: str, makeup_days_count: bool) -> None:
        calendar = calendar_for(code, makeup_days_count=makeup_days_count)
        day, days = FIRST_DAY, []
        while day <= LAST_DAY:
            if calendar.is_working(day):
                days.append(day.toordinal())
            day += timedelta(days=1)
        self.ordinals = days

    def add_working_days(self, trigger: date, amount: int) -> date | None:
        """`amount` working days after `trigger`; None outside the table."""
        index = bisect_right(self.ordinals, trigger.toordinal()) + amount - 1
        if trigger < FIRST_DAY or not 0 <= index < len(self.ordinals):
            return None
        return date.fromordinal(self.ordinals[index])

    def next_working_day(self, day: date) -> date | None:
        """`day` if it is a working day, else the first working day after it."""
        index = bisect_left(self.ordinals, day.toordinal())
        if day < FIRST_DAY or index >= len(self.ordinals):
            return None
        return date.fromordinal(self.ordinals[index])


@cache
def working_day_table(code: str, makeup_days_count: bool) -> WorkingDayTable:
    return WorkingDayTable(code, makeup_days_count)


def _fast_due(rule: DeadlineRule, trigger: date, code: str, s: DeadlineSettings) -> date | None:
    if rule.back_amount:
        return None  # counted back from the end: the explained path
    unit, makeup_counts = effective_calendar(rule, s)
    table = working_day_table(code, makeup_counts)
    if unit is Unit.WORKING_DAYS:
        return table.add_working_days(trigger, rule.amount)
    if unit is Unit.HOURS:  # by the clock: whole days of 24 hours
        end = trigger + timedelta(days=rule.amount // 24)
    elif unit is Unit.DAYS:
        end = trigger + timedelta(days=rule.amount)
    elif unit is Unit.MONTHS:
        end = trigger + relativedelta(months=rule.amount)
    else:
        end = trigger + relativedelta(years=rule.amount)
    if not rule.rest_day_extends:
        return end
    return table.next_working_day(end)


def due_date(
    rule_id: str,
    trigger: date,
    jurisdiction: str | None = None,
    settings: DeadlineSettings | None = None,
    book: RuleBook | None = None,
) -> date:
    """`compute_deadline(...).due`, by table lookup where the dates are tabulated."""
    rule = get_rule(rule_id, book)
    settings = settings or DeadlineSettings()
    code = jurisdiction_of(rule, jurisdiction)
    due = _fast_due(rule, trigger, code, settings)
    if due is None:
        return compute_deadline(rule_id, trigger, jurisdiction, settings, book).due
    return due

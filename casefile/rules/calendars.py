"""Working-day calendars per jurisdiction.

China comes from the State Council's yearly notices, kept as data with the notice cited
(`resources/rules/calendars/cn.toml`), because its make-up working weekends are not computable.
Other jurisdictions come from the `holidays` library. A year without data is computed with
weekends only, and `DayInfo.note` says so.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any, Protocol

from casefile.paths import resource

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Jurisdictions whose working days come from the `holidays` library (EU member states for
# Reg. 608/2013 periods, and the Southeast Asian customs regimes).
EU_MEMBER_STATES: tuple[str, ...]  # grown below, line by line
EU_MEMBER_STATES = ("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR")
EU_MEMBER_STATES += ("HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI")
EU_MEMBER_STATES += ("SK",)  # 27
LIBRARY_JURISDICTIONS = frozenset((*EU_MEMBER_STATES, "SG", "MY", "TH", "VN", "HK"))


@dataclass(frozen=True, slots=True)
class DayInfo:
    day: date
    working: bool
    reason: str  # "Saturday", "国庆节 National Day", "make-up working Sunday", "working day"
    note: str = ""  # e.g. "no holiday data for 2027: weekends only"


class Calendar(Protocol):
    code: str
    name: str

    def info(self, day: date) -> DayInfo: ...

    def is_working(self, day: date) -> bool:
        """`info(day).working`, without building the explanation (whole-archive work)."""
        ...

    def source(self, year: int) -> str: ...


def _weekend_info(day: date, weekend: frozenset[int], note: str = "") -> DayInfo:
    if day.weekday() in weekend:
        return DayInfo(day, False, WEEKDAY_NAMES[day.weekday()], note)
    return DayInfo(day, True, "working day", note)


@dataclass
class NoticeCalendar:
    """A calendar kept as data: holidays and make-up working days per year, each year cited."""

    code: str
    name: str
    weekend: frozenset[int]
    days_off: dict[date, str]
    makeup_days: set[date]
    notices: dict[int, str]
    makeup_days_count: bool = True  # [open] whether a make-up weekend working day counts

    def info(self, day: date) -> DayInfo:
        if day.year not in self.notices:
            note = f"no {self.name} holiday data for {day.year}: weekends only"
            return _weekend_info(day, self.weekend, note)
        if day in self.days_off:
            return DayInfo(day, False, self.days_off[day])
        if day in self.makeup_days:
            weekday = WEEKDAY_NAMES[day.weekday()]
            if self.makeup_days_count:
                return DayInfo(day, True, f"make-up working {weekday}")
            return DayInfo(day, False, f"make-up working {weekday}, not counted (setting)")
        return _weekend_info(day, self.weekend)

    def is_working(self, day: date) -> bool:
        if day.year in self.notices:
            if day in self.days_off:
                return False
            if day in self.makeup_days:
                return self.makeup_days_count
        return day.weekday() not in self.weekend

    def source(self, year: int) -> str:
        return self.notices.get(year, f"no {self.name} holiday data for {year}: weekends only")

    def years(self) -> list[int]:
        return sorted(self.notices)


@dataclass
class LibraryCalendar:
    """Public holidays from the `holidays` library (computed for any year)."""

    code: str
    name: str
    holidays: Any

    def info(self, day: date) -> DayInfo:
        name = self.holidays.get(day)
        if name:
            return DayInfo(day, False, str(name))
        return _weekend_info(day, frozenset(self.holidays.weekend))

    def is_working(self, day: date) -> bool:
        return day.weekday() not in self.holidays.weekend and day not in self.holidays

    def source(self, year: int) -> str:
        return f"public holidays of {self.name} ({self.code}) from the `holidays` library"


@dataclass
class WeekendCalendar:
    code: str
    name: str

    def info(self, day: date) -> DayInfo:
        return _weekend_info(day, frozenset({5, 6}), f"no holiday data for {self.code}")

    def is_working(self, day: date) -> bool:
        return day.weekday() < 5

    def source(self, year: int) -> str:
        return f"no holiday data for {self.code}: weekends only"


@cache
def _notice_data(code: str) -> dict[str, Any]:
    path = resource("rules", "calendars", f"{code.lower()}.toml")
    with path.open("rb") as handle:
        return tomllib.load(handle)


def _notice_calendar(code: str, makeup_days_count: bool) -> NoticeCalendar:
    data = _notice_data(code)
    days_off: dict[date, str] = {}
    makeup: set[date] = set()
    notices: dict[int, str] = {}
    for year_text, year in data["years"].items():
        notices[int(year_text)] = year["notice"]
        for first, last, label in year["days_off"]:
            day, end = date.fromisoformat(first), date.fromisoformat(last)
            while day <= end:
                days_off[day] = label
                day += timedelta(days=1)
        makeup.update(date.fromisoformat(d) for d in year["makeup_working_days"])
    return NoticeCalendar(
        code=data["jurisdiction"],
        name=data["name"],
        weekend=frozenset(data["weekend"]),
        days_off=days_off,
        makeup_days=makeup,
        notices=notices,
        makeup_days_count=makeup_days_count,
    )


def has_makeup_days(jurisdiction: str) -> bool:
    """Whether the jurisdiction's calendar declares make-up working days (weekend days worked in
    exchange for a holiday): only a calendar kept as data does, China's."""
    calendar = calendar_for(jurisdiction)
    return isinstance(calendar, NoticeCalendar) and bool(calendar.makeup_days)


def calendar_for(jurisdiction: str, makeup_days_count: bool = True) -> Calendar:
    """The working-day calendar of a jurisdiction (ISO code, e.g. CN, NL, SG)."""
    return _calendar(jurisdiction.strip().upper(), makeup_days_count)


@cache  # built once per process: reading the notices or the holiday rules is the slow part
def _calendar(code: str, makeup_days_count: bool) -> Calendar:
    if resource("rules", "calendars", f"{code.lower()}.toml").exists():
        return _notice_calendar(code, makeup_days_count)
    if code in LIBRARY_JURISDICTIONS:
        import holidays  # imported here: ~0.1 s, and only deadline work needs it

        return LibraryCalendar(code, code, holidays.country_holidays(code))
    return WeekendCalendar(code, code)

"""ICS export of deadlines (RFC 5545), written here rather than with a library: the few properties
a deadline needs, escaped and folded as the RFC says, and read back in the tests by an independent
parser (the `icalendar` package).

A deadline is an all-day event on its due day (`DTSTART;VALUE=DATE`): legal periods end with a
day, not an hour, and an all-day event stays on that day whatever time zone the reader's calendar
app is in. The time zone the day was counted in is stated for the calendar (`X-WR-TIMEZONE`, and
a `VTIMEZONE` for it) and in each description.

Calendar apps recognise an event by its UID: the service gives each deadline one derived from the
archive and the deadline's id, so importing a newer export (or re-subscribing) updates the events
instead of adding copies. `SEQUENCE` counts the deadline's recorded changes and `LAST-MODIFIED`
(and `DTSTAMP`, as RFC 5545 asks of a calendar without METHOD) is its last change: an unchanged
deadline is written the same each time.

Reminders are `VALARM`s at 09:00 of the day N days before the due day, for open deadlines only; a
deadline done or waived is kept in the file (so the event a calendar already has is updated), as
cancelled and without alarms.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

PRODID = "-//Casefile//Casefile deadlines//EN"
LINE_OCTETS = 75  # RFC 5545 3.1: lines SHOULD NOT be longer than 75 octets, excluding CRLF
REMINDER_HOUR = 9  # a reminder at 09:00 of its day

# The zone each jurisdiction's days are counted in. Asian zones have no summer time; the EU
# member states all change at 01:00 UTC on the last Sundays of March and October (Directive
# 2000/84/EC), which one rule per standard offset describes.
ZONES = {
    "CN": ("Asia/Shanghai", 8, "CST"),
    "HK": ("Asia/Hong_Kong", 8, "HKT"),
    "SG": ("Asia/Singapore", 8, "+08"),
    "MY": ("Asia/Kuala_Lumpur", 8, "+08"),
    "TH": ("Asia/Bangkok", 7, "+07"),
    "VN": ("Asia/Ho_Chi_Minh", 7, "+07"),
    "AT": ("Europe/Vienna", 1, "CET"),
    "BE": ("Europe/Brussels", 1, "CET"),
    "BG": ("Europe/Sofia", 2, "EET"),
    "CY": ("Asia/Nicosia", 2, "EET"),
    "CZ": ("Europe/Prague", 1, "CET"),
    "DE": ("Europe/Berlin", 1, "CET"),
    "DK": ("Europe/Copenhagen", 1, "CET"),
    "EE": ("Europe/Tallinn", 2, "EET"),
    "ES": ("Europe/Madrid", 1, "CET"),
    "FI": ("Europe/Helsinki", 2, "EET"),
    "FR": ("Europe/Paris", 1, "CET"),
    "GR": ("Europe/Athens", 2, "EET"),
    "HR": ("Europe/Zagreb", 1, "CET"),
    "HU": ("Europe/Budapest", 1, "CET"),
    "IE": ("Europe/Dublin", 0, "GMT"),
    "IT": ("Europe/Rome", 1, "CET"),
    "LT": ("Europe/Vilnius", 2, "EET"),
    "LU": ("Europe/Luxembourg", 1, "CET"),
    "LV": ("Europe/Riga", 2, "EET"),
    "MT": ("Europe/Malta", 1, "CET"),
    "NL": ("Europe/Amsterdam", 1, "CET"),
    "PL": ("Europe/Warsaw", 1, "CET"),
    "PT": ("Europe/Lisbon", 0, "WET"),
    "RO": ("Europe/Bucharest", 2, "EET"),
    "SE": ("Europe/Stockholm", 1, "CET"),
    "SI": ("Europe/Ljubljana", 1, "CET"),
    "SK": ("Europe/Bratislava", 1, "CET"),
}
DEFAULT_JURISDICTION = "CN"
_SUMMER_NAMES = {"CET": "CEST", "EET": "EEST", "WET": "WEST", "GMT": "IST"}


def zone_of(jurisdiction: str) -> str:
    """The IANA time zone a jurisdiction's days are counted in (China's when unknown)."""
    return ZONES.get(jurisdiction.strip().upper(), ZONES[DEFAULT_JURISDICTION])[0]


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One deadline as a calendar event."""

    uid: str
    summary: str
    due_on: date
    description: str
    cancelled: bool  # done or waived: kept so that a calendar's copy is updated
    sequence: int
    created: datetime | None  # UTC
    last_modified: datetime  # UTC
    reminder_days: tuple[int, ...] = ()
    categories: tuple[str, ...] = ()


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newline escaped; other
    control characters, which the grammar does not allow, dropped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = "".join(ch for ch in value if ch in "\n\t" or ord(ch) >= 0x20 and ord(ch) != 0x7F)
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """One content line folded into lines of at most 75 octets (RFC 5545 3.1), each
    continuation starting with a space; never inside a UTF-8 character."""
    data = line.encode("utf-8")
    if len(data) <= LINE_OCTETS:
        return line + "\r\n"
    parts: list[str] = []
    start, limit = 0, LINE_OCTETS
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:  # a UTF-8 continuation byte
            end -= 1
        parts.append(data[start:end].decode("utf-8"))
        start, limit = end, LINE_OCTETS - 1  # the leading space counts
    return "\r\n ".join(parts) + "\r\n"


def _utc(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)  # the archive stores UTC without a zone
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _day(day: date) -> str:
    return day.strftime("%Y%m%d")


def _trigger(days_before: int) -> str:
    """09:00 of the day `days_before` days before an all-day event's start."""
    before = timedelta(days=days_before) - timedelta(hours=REMINDER_HOUR)
    if before <= timedelta(0):  # on the day itself
        return f"PT{REMINDER_HOUR}H"
    hours = before.seconds // 3600
    text = f"P{before.days}D" if before.days else "P"
    return "-" + text + (f"T{hours}H" if hours else "")


def _timezone(jurisdiction: str) -> list[str]:
    zone, offset, name = ZONES.get(jurisdiction, ZONES[DEFAULT_JURISDICTION])
    standard = f"{'+' if offset >= 0 else '-'}{abs(offset):02d}00"
    lines = ["BEGIN:VTIMEZONE", f"TZID:{zone}"]
    if name not in _SUMMER_NAMES:  # no summer time
        return [
            *lines,
            "BEGIN:STANDARD",
            "DTSTART:19700101T000000",
            f"TZOFFSETFROM:{standard}",
            f"TZOFFSETTO:{standard}",
            f"TZNAME:{name}",
            "END:STANDARD",
            "END:VTIMEZONE",
        ]
    summer = f"+{offset + 1:02d}00"
    change = 1 + offset  # local hour of 01:00 UTC
    return [
        *lines,
        "BEGIN:DAYLIGHT",
        f"DTSTART:19960331T{change:02d}0000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        f"TZOFFSETFROM:{standard}",
        f"TZOFFSETTO:{summer}",
        f"TZNAME:{_SUMMER_NAMES[name]}",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        f"DTSTART:19961027T{change + 1:02d}0000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        f"TZOFFSETFROM:{summer}",
        f"TZOFFSETTO:{standard}",
        f"TZNAME:{name}",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


def _event(event: CalendarEvent) -> list[str]:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{escape_text(event.uid)}",
        f"DTSTAMP:{_utc(event.last_modified)}",
        f"DTSTART;VALUE=DATE:{_day(event.due_on)}",
        f"DTEND;VALUE=DATE:{_day(event.due_on + timedelta(days=1))}",
        f"SUMMARY:{escape_text(event.summary)}",
        f"DESCRIPTION:{escape_text(event.description)}",
        f"STATUS:{'CANCELLED' if event.cancelled else 'CONFIRMED'}",
        f"SEQUENCE:{event.sequence}",
        "TRANSP:TRANSPARENT",  # a due day is not a meeting: it does not make one busy
        f"LAST-MODIFIED:{_utc(event.last_modified)}",
    ]
    if event.created is not None:
        lines.append(f"CREATED:{_utc(event.created)}")
    if event.categories:
        lines.append("CATEGORIES:" + ",".join(escape_text(c) for c in event.categories))
    if not event.cancelled:
        for days in sorted(set(event.reminder_days), reverse=True):
            when = "on the day" if days == 0 else f"in {days} day{'s' if days != 1 else ''}"
            lines += [
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                f"DESCRIPTION:{escape_text(f'{event.summary} (due {when})')}",
                f"TRIGGER;RELATED=START:{_trigger(days)}",
                "END:VALARM",
            ]
    lines.append("END:VEVENT")
    return lines


def calendar_text(
    events: Iterable[CalendarEvent], name: str, jurisdiction: str = DEFAULT_JURISDICTION
) -> str:
    """The whole calendar as text (CRLF line ends); `jurisdiction` names its time zone."""
    zone = zone_of(jurisdiction)
    head = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{escape_text(name)}",
        f"X-WR-TIMEZONE:{zone}",
        *_timezone(jurisdiction.strip().upper()),
    ]
    lines: list[str] = list(head)
    for event in events:
        lines += _event(event)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) for line in lines)


def write_calendar(
    path: Path,
    events: Sequence[CalendarEvent],
    name: str,
    jurisdiction: str = DEFAULT_JURISDICTION,
) -> Path:
    """Write the calendar to `path` (UTF-8): under a temporary name, then renamed, so a calendar
    app watching the file never reads half of it."""
    data = calendar_text(events, name, jurisdiction).encode("utf-8")
    temp = path.with_name(f".{path.name}.partial-{os.getpid()}")
    try:
        with temp.open("wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    return path

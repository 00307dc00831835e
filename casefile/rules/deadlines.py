"""Deadline rules (`resources/rules/deadlines.toml`) and their computation with an explanation.

Each rule names its instrument and article. Open points of the law are settings with a default;
a result also gives the date under each other reading wherever that date differs.
"""

from __future__ import annotations

import difflib
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from casefile.errors import CasefileError
from casefile.paths import resource
from casefile.rules.calendars import EU_MEMBER_STATES, calendar_for, has_makeup_days
from casefile.rules.data import (
    RuleDataError,
    boolean,
    member_of,
    read_rule_file,
    text,
    whole_number,
)
from casefile.rules.periods import PeriodResult, Unit, add_period, count_back
from casefile.rules.triggers import TRIGGER_KEYS, EventTrigger, parse_met_by, parse_trigger
from casefile.words import N_, Phrase

RULES_FILE = ("rules", "deadlines.toml")
DEFAULT_EU_MEMBER_STATE = "NL"
DEFAULT_REMINDERS = (7, 1)  # days before the due date, where a rule (or the user) names none


class RuleError(CasefileError):
    """A rule asked for does not exist, or its input does not fit it."""


# A period's unit in words the window translates ("15 working days").
UNIT_WORDS = {
    Unit.HOURS: N_("hours"),
    Unit.DAYS: N_("days"),
    Unit.WORKING_DAYS: N_("working days"),
    Unit.MONTHS: N_("months"),
    Unit.YEARS: N_("years"),
}


@dataclass(frozen=True, slots=True)
class DeadlineSettings:
    """The answers to DOMAIN.md's open points (defaults: DOMAIN.md's)."""

    makeup_days_count: bool = True
    transfer_day_basis: str = "calendar_days"  # or "working_days"


@dataclass(frozen=True, slots=True)
class DeadlineRule:
    id: str
    title: str
    title_zh: str
    trigger: str
    amount: int
    unit: Unit
    calendar: str
    rest_day_extends: bool
    instrument: str
    article: str
    open_points: tuple[str, ...] = ()
    events: tuple[str, ...] = ()  # the event kinds that start it (() = computed on request only)
    starts_on: EventTrigger | None = None  # which events, on which routes, after what
    reminder_days: tuple[int, ...] = ()  # days before the due date; () = DEFAULT_REMINDERS
    see_also: tuple[str, ...] = ()  # rules whose dates each generated deadline also names
    note: str = ""  # said with every deadline generated from it
    # Counted back from the period's end: "30 working days before the application expires".
    back_amount: int = 0
    back_unit: Unit = Unit.DAYS
    # Event kinds that are the act the deadline asks for: recorded on or after the trigger (in
    # the same history), the earliest of them meets it (`triggers.meeting_event`).
    met_by: tuple[str, ...] = ()

    @property
    def source(self) -> str:
        return f"{self.instrument}, {self.article}"

    def applies_in(self, jurisdiction: str) -> bool:
        """Whether the rule's law governs a proceeding in `jurisdiction` (its calendar's; an
        EU rule any member state's, or "EU" where the member state is not known)."""
        code = jurisdiction.strip().upper()
        if self.calendar == "member_state":
            return code in EU_MEMBER_STATES or code == "EU"
        return code == self.calendar.upper()

    def period_text(self) -> str:
        return str(self.period_phrase())

    def period_phrase(self) -> Phrase:
        """`period_text` as words the window translates."""
        if self.back_amount:
            return Phrase(
                N_("{amount} {unit} less {back_amount} {back_unit}"),
                {
                    "amount": self.amount,
                    "unit": UNIT_WORDS[self.unit],
                    "back_amount": self.back_amount,
                    "back_unit": UNIT_WORDS[self.back_unit],
                },
            )
        return Phrase(N_("{amount} {unit}"), {"amount": self.amount, "unit": UNIT_WORDS[self.unit]})


@dataclass(frozen=True, slots=True)
class Alternative:
    reading: str
    due: date


@dataclass(frozen=True, slots=True)
class DeadlineResult:
    rule: DeadlineRule
    trigger: date
    due: date
    jurisdiction: str
    explanation: str
    alternatives: tuple[Alternative, ...] = field(default=())
    notes: tuple[str, ...] = ()  # what the count could not know ("no … holiday data for 2027")

    def as_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule.id,
            "from": self.trigger.isoformat(),
            "due": self.due.isoformat(),
            "explanation": self.explanation,
            "source": self.rule.source,
            "alternatives": [
                {"reading": a.reading, "due": a.due.isoformat()} for a in self.alternatives
            ],
        }


@dataclass(frozen=True, slots=True)
class OpenPoint:
    key: str
    question: str
    default: str
    readings: dict[str, str]
    source: str


@dataclass(frozen=True, slots=True)
class RuleBook:
    version: str
    rules: dict[str, DeadlineRule]
    open_points: dict[str, OpenPoint]
    by_event: dict[str, tuple[DeadlineRule, ...]] = field(default_factory=dict)  # kind → rules

    def __post_init__(self) -> None:
        # Looked up once per event over a whole archive: index the rules by their event kind.
        by_event: dict[str, list[DeadlineRule]] = {}
        for rule in self.rules.values():
            for kind in rule.starts_on.events if rule.starts_on is not None else ():
                by_event.setdefault(kind.value, []).append(rule)
        self.by_event.update({kind: tuple(found) for kind, found in by_event.items()})


REQUIRED = ("title", "trigger", "amount", "unit", "calendar", "instrument", "article")
OPTIONAL: tuple[str, ...] = ("title_zh", "rest_day_extends", "open_points", *TRIGGER_KEYS)
OPTIONAL += ("reminder_days", "see_also", "note", "back_amount", "back_unit", "met_by")


def _check_keys(path: Path, key: str, data: dict[str, Any]) -> None:
    """A misspelt key (`unles_events`) would silently change which deadlines are generated."""
    known = (*REQUIRED, *OPTIONAL)
    for name in data:
        if name not in known:
            close = difflib.get_close_matches(name, known, n=1)
            if close:
                raise RuleDataError(
                    path,
                    f"{key}.{name}",
                    N_("is not a known key (did you mean {close!r}?)"),
                    close=close[0],
                )
            raise RuleDataError(path, f"{key}.{name}", N_("is not a known key"))
    for name in REQUIRED:
        if name not in data:
            raise RuleDataError(path, f"{key}.{name}", N_("is missing"))


def _reminders(path: Path, key: str, value: object) -> tuple[int, ...]:
    if not isinstance(value, list):
        raise RuleDataError(
            path, key, N_("must be a list of whole numbers of days, not {value!r}"), value=value
        )
    days = {whole_number(path, f"{key}[{i}]", d, 0) for i, d in enumerate(value, 1)}
    return tuple(sorted(days, reverse=True))


def _rule(
    path: Path, rule_id: str, data: dict[str, Any], points: dict[str, OpenPoint]
) -> DeadlineRule:
    key = f"rules.{rule_id}"
    _check_keys(path, key, data)
    amount = data["amount"]
    if not isinstance(amount, int) or isinstance(amount, bool) or amount < 0:
        raise RuleDataError(
            path, f"{key}.amount", N_("must be a whole number ≥ 0, not {amount!r}"), amount=amount
        )
    unit = member_of(path, f"{key}.unit", data["unit"], Unit, N_("a unit"))
    if unit is Unit.HOURS and amount % 24:
        raise RuleDataError(
            path,
            f"{key}.amount",
            N_("hours must be whole days of 24 (a date has no hour), not {amount}"),
            amount=amount,
        )
    for point in data.get("open_points", []):
        if point not in points:
            raise RuleDataError(
                path, f"{key}.open_points", N_("{point!r} is not defined"), point=point
            )
    starts_on = parse_trigger(path, key, data)
    met_by = parse_met_by(path, f"{key}.met_by", data, starts_on)
    back_amount = whole_number(path, f"{key}.back_amount", data.get("back_amount", 0), 0)
    back_unit = member_of(
        path, f"{key}.back_unit", data.get("back_unit", "days"), Unit, N_("a unit")
    )
    see_also = data.get("see_also", [])
    if not isinstance(see_also, list):
        raise RuleDataError(
            path,
            f"{key}.see_also",
            N_("must be a list of rule ids, not {see_also!r}"),
            see_also=see_also,
        )
    return DeadlineRule(
        id=rule_id,
        title=text(path, f"{key}.title", data["title"]),
        title_zh=str(data.get("title_zh", "")),
        trigger=text(path, f"{key}.trigger", data["trigger"]),
        amount=amount,
        unit=unit,
        calendar=text(path, f"{key}.calendar", data["calendar"]),
        # Checked, not bool(): "false" in quotes would otherwise read as true.
        rest_day_extends=boolean(
            path, f"{key}.rest_day_extends", data.get("rest_day_extends", False)
        ),
        instrument=text(path, f"{key}.instrument", data["instrument"]),
        article=text(path, f"{key}.article", data["article"]),
        open_points=tuple(data.get("open_points", [])),
        events=tuple(kind.value for kind in starts_on.events) if starts_on else (),
        starts_on=starts_on,
        reminder_days=_reminders(path, f"{key}.reminder_days", data.get("reminder_days", [])),
        see_also=tuple(str(r) for r in see_also),
        note=text(path, f"{key}.note", data["note"]) if "note" in data else "",
        back_amount=back_amount,
        back_unit=back_unit,
        met_by=tuple(kind.value for kind in met_by),
    )


def makeup_day_can_move(rule: DeadlineRule) -> bool:
    """Whether a make-up working day (a weekend day worked) can change the rule's date: its
    calendar has them, and it counts working days (on some reading) or moves a last day off a
    rest day (a month or year period ending on a make-up Saturday moves to Monday if that
    Saturday does not count)."""
    if rule.calendar == "member_state" or not has_makeup_days(rule.calendar):
        return False
    by_days = rule.unit is Unit.DAYS and "transfer_day_basis" in rule.open_points
    working = Unit.WORKING_DAYS in (rule.unit, rule.back_unit if rule.back_amount else None)
    return working or by_days or rule.rest_day_extends


def _check_references(path: Path, rules: dict[str, DeadlineRule]) -> None:
    for rule in rules.values():
        if makeup_day_can_move(rule) and "makeup_days_count" not in rule.open_points:
            raise RuleDataError(
                path,
                f"rules.{rule.id}.open_points",
                N_(
                    "must list 'makeup_days_count': a make-up working day of the {calendar} "
                    "calendar can change this rule's date"
                ),
                calendar=rule.calendar,
            )
        for i, other in enumerate(rule.see_also, 1):
            if other not in rules:
                raise RuleDataError(
                    path,
                    f"rules.{rule.id}.see_also[{i}]",
                    N_("{other!r} is not a rule of this file"),
                    other=other,
                )
            if rules[other].calendar != rule.calendar:
                # Its date is counted in the generating rule's jurisdiction.
                raise RuleDataError(
                    path,
                    f"rules.{rule.id}.see_also[{i}]",
                    N_("{other!r} counts on another calendar"),
                    other=other,
                )


def load_rule_book(path: Path) -> RuleBook:
    """Read and check a rule file; a broken one is refused naming the file, key and problem."""
    data = read_rule_file(path)
    points = {
        key: OpenPoint(key, p["question"], p["default"], dict(p["readings"]), p["source"])
        for key, p in data.get("open_points", {}).items()
    }
    rules = {rid: _rule(path, rid, rule, points) for rid, rule in data.get("rules", {}).items()}
    if not rules:
        raise RuleDataError(path, "rules", N_("no rules defined"))
    _check_references(path, rules)
    return RuleBook(str(data.get("version", "")), rules, points)


@cache
def shipped_rule_book() -> RuleBook:
    return load_rule_book(resource(*RULES_FILE))


def get_rule(rule_id: str, book: RuleBook | None = None) -> DeadlineRule:
    book = book or shipped_rule_book()
    try:
        return book.rules[rule_id]
    except KeyError:
        raise RuleError(
            N_("unknown deadline rule {rule_id!r}; `casefile deadline --list` shows the rules"),
            rule_id=rule_id,
        ) from None


def jurisdiction_of(rule: DeadlineRule, jurisdiction: str | None) -> str:
    """The calendar code a rule counts on: its own, or the EU member state asked for."""
    if rule.calendar != "member_state":
        if jurisdiction and jurisdiction.upper() != rule.calendar:
            raise RuleError(
                N_(
                    "{rule} is counted on the {calendar} calendar; "
                    "--jurisdiction {jurisdiction} does not apply to it"
                ),
                rule=rule.id,
                calendar=rule.calendar,
                jurisdiction=jurisdiction,
            )
        return rule.calendar
    code = (jurisdiction or DEFAULT_EU_MEMBER_STATE).upper()
    if code not in EU_MEMBER_STATES:
        raise RuleError(
            N_("{code!r} is not an EU member state (e.g. NL, DE, BE, FR, PL)"), code=code
        )
    return code


def effective_calendar(rule: DeadlineRule, s: DeadlineSettings) -> tuple[Unit, bool]:
    """The unit a rule counts in and whether make-up days count, under these settings."""
    unit = rule.unit
    # A period in hours runs by the clock: "24 hours" never becomes "1 working day".
    converted = (
        "transfer_day_basis" in rule.open_points
        and s.transfer_day_basis == "working_days"
        and unit is not Unit.HOURS
    )
    if converted:
        unit = Unit.WORKING_DAYS
    # Every rule whose date a make-up day can change lists the open point (checked on loading):
    # not counted, a make-up day is a rest day both when counting working days and when moving
    # a last day off a rest day.
    makeup_counts = s.makeup_days_count or "makeup_days_count" not in rule.open_points
    return unit, makeup_counts


def _period(rule: DeadlineRule, trigger: date, code: str, s: DeadlineSettings) -> PeriodResult:
    unit, makeup_counts = effective_calendar(rule, s)
    calendar = calendar_for(code, makeup_days_count=makeup_counts)
    try:
        period = add_period(trigger, rule.amount, unit, calendar, rule.rest_day_extends)
        if not rule.back_amount:
            return period
        back = count_back(period.due, rule.back_amount, rule.back_unit, calendar)
        steps = (*period.steps[:-1], f"{period.steps[-1]} → {period.due}", *back.steps)
        return PeriodResult(back.due, steps, (*period.notes, *back.notes))
    except (OverflowError, ValueError):  # date arithmetic past 9999-12-31 (or before year 1)
        raise RuleError(
            N_(
                "from {trigger}, {period} runs past {last}, "
                "the last day Casefile can count to; check the date"
            ),
            trigger=trigger.isoformat(),
            period=rule.period_phrase(),
            last=date.max.isoformat(),
        ) from None


def _other_readings(rule: DeadlineRule, s: DeadlineSettings) -> list[tuple[str, DeadlineSettings]]:
    others: list[tuple[str, DeadlineSettings]] = []
    if "makeup_days_count" in rule.open_points:
        flipped = replace(s, makeup_days_count=not s.makeup_days_count)
        label = "counted" if flipped.makeup_days_count else "not counted"
        others.append((f"make-up working days {label}", flipped))
    if "transfer_day_basis" in rule.open_points and rule.unit is not Unit.HOURS:
        basis = "working_days" if s.transfer_day_basis == "calendar_days" else "calendar_days"
        others.append(
            (f"{rule.amount} {basis.replace('_', ' ')}", replace(s, transfer_day_basis=basis))
        )
    return others


def compute_deadline(
    rule_id: str,
    trigger: date,
    jurisdiction: str | None = None,
    settings: DeadlineSettings | None = None,
    book: RuleBook | None = None,
) -> DeadlineResult:
    """The due date of `rule_id` for an event on `trigger`, explained, with other readings."""
    rule = get_rule(rule_id, book)
    settings = settings or DeadlineSettings()
    code = jurisdiction_of(rule, jurisdiction)
    main = _period(rule, trigger, code, settings)
    alternatives: list[Alternative] = []
    same: list[str] = []
    for reading, other_settings in _other_readings(rule, settings):
        other = _period(rule, trigger, code, other_settings)
        if other.due != main.due:
            alternatives.append(Alternative(reading, other.due))
        else:
            same.append(reading)
    sentences = list(main.steps)
    sentences[-1] += f" → {main.due.isoformat()}"
    text = "; ".join(sentences) + f". Source: {rule.source}."
    if rule.calendar == "member_state":
        text += f" Working days of {code}."
    for note in main.notes:
        text += f" Note: {note}."
    for alt in alternatives:
        text += f" With {alt.reading}: {alt.due.isoformat()}."
    for reading in same:
        text += f" With {reading}: the same date."
    if rule.unit is Unit.HOURS and "transfer_day_basis" in rule.open_points:
        text += (
            f" {rule.amount} hours run by the clock whether the transfer provisions' days are "
            "calendar or working days: the same date under both readings."
        )
    return DeadlineResult(rule, trigger, main.due, code, text, tuple(alternatives), main.notes)


def rules_for_event(
    kind: str,
    route: str,
    jurisdiction: str,
    earlier_kinds: Collection[str] = (),
    book: RuleBook | None = None,
    before_kinds: Collection[str] = (),
) -> list[DeadlineRule]:
    """The rules an event starts, in rule-book order: those whose trigger names this event kind
    and route (and whose earlier-event conditions `earlier_kinds` meet), in this jurisdiction.

    `earlier_kinds` are the kinds of the proceeding's other events dated on or before this one,
    `before_kinds` those dated strictly before it (a rule started by several kinds runs once).
    """
    book = book or shipped_rule_book()
    return [
        rule
        for rule in book.by_event.get(kind, ())
        if rule.starts_on is not None
        and rule.starts_on.fires(kind, route, earlier_kinds, before_kinds)
        and rule.applies_in(jurisdiction)
    ]

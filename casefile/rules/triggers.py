"""When a proceeding event starts a deadline rule: the `event`, `routes`, `after_events` and
`unless_events` keys of a rule in deadlines.toml, checked, and the test they describe.

The same event can start different periods depending on what came before it in the same
proceeding: a CN customs detention that followed a customs notice is the Art 16 route (Art 20
investigation, Art 24(2) release), one without a notice the Art 14/15 route (Art 24(1) release).
That history is data on the rule, not a branch in code.

- `event` is one kind or a list of kinds naming the same act in different words (an EU
  notification of suspension is recorded as a customs notice or as a detention). The period then
  runs once, from the first of them in the proceeding: an event of one listed kind does not start
  it where an event of another listed kind came before it (on the same day: listed before it).
- An item of `after_events` or `unless_events` is a kind, or a list of kinds that must all have
  come earlier: `[["judgment_served", "appeal_filed"]]` is "after a judgment and an appeal", the
  mark of a second-instance judgment (an appeal against a ruling alone does not make one).
- A remand (发回重审) starts the first instance anew: an event's history runs from the latest
  remand dated before it, so the judgment of the retrial is a first-instance one again, with
  its appeal period (`history`).
- `met_by` names the kinds of event that are the act the deadline asks for (an appeal filed
  meets the appeal period): the earliest of them recorded on the same proceeding on or after the
  trigger's date, in the same history (no remand between them), meets it (`meeting_event`).
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from casefile.domain import ProceedingEventKind, Route
from casefile.rules.data import RuleDataError
from casefile.words import N_

TRIGGER_KEYS = ("event", "routes", "after_events", "unless_events")
RESTARTS = frozenset({ProceedingEventKind.REMANDED})  # kinds after which a history starts anew


Group = frozenset[ProceedingEventKind]  # kinds that must all have come earlier


@dataclass(frozen=True, slots=True)
class EventTrigger:
    """An event of one of the `events` kinds on a proceeding of one of `routes` starts the rule's
    period, if one of `after_events` came earlier (when any are named) and none of
    `unless_events`; each of those is a group of kinds that must all have come earlier."""

    events: tuple[ProceedingEventKind, ...]  # in the rule's order: the first listed wins a tie
    routes: frozenset[Route]
    after_events: frozenset[Group] = frozenset()
    unless_events: frozenset[Group] = frozenset()

    @property
    def kinds(self) -> frozenset[str]:
        """Every event kind the trigger looks at: those that start it and its conditions."""
        groups = self.after_events | self.unless_events
        return frozenset({*self.events, *(kind for group in groups for kind in group)})

    def fires(
        self, kind: str, route: str, earlier: Collection[str], before: Collection[str] = ()
    ) -> bool:
        """`earlier`: the kinds of the proceeding's other events dated on or before this one;
        `before`: those dated strictly before it (a same-day event of another listed kind
        then yields to the one listed first)."""
        if kind not in self.events or route not in self.routes:
            return False
        seen = set(earlier)
        rank = self.events.index(ProceedingEventKind(kind))
        for i, other in enumerate(self.events):
            if other != kind and (other in before or (other in seen and i < rank)):
                return False  # the period already runs from that event
        if self.after_events and not any(group <= seen for group in self.after_events):
            return False
        return not any(group <= seen for group in self.unless_events)


def history(
    recorded: Sequence[tuple[Hashable, str, date]], event_id: Hashable, on: date
) -> tuple[list[str], list[str]]:
    """The history `fires` weighs for the event `event_id` dated `on`, from a proceeding's
    recorded (id, kind, date) events: the kinds of the others dated on or before it (`earlier`)
    and of those dated before it (`before`), both counted from the latest remand before it."""
    since = segment_start(recorded, on)
    earlier = [k for i, k, d in recorded if i != event_id and since <= d <= on]
    before = [k for _, k, d in recorded if since <= d < on]
    return earlier, before


def segment_start(recorded: Sequence[tuple[Hashable, str, date]], on: date) -> date:
    """The day the history of an event dated `on` starts: that of the latest remand before it."""
    restarts = [d for _, kind, d in recorded if kind in RESTARTS and d < on]
    return max(restarts, default=date.min)


def meeting_event(
    recorded: Sequence[tuple[Hashable, str, date]],
    trigger_id: Hashable,
    on: date,
    kinds: Collection[str],
) -> tuple[Hashable, str, date] | None:
    """The event that meets a deadline started by the event `trigger_id` dated `on`: the
    earliest recorded event of one of `kinds` dated on or after `on` and in the same history
    (no remand from `on` up to the day before it), or None. On the same day, the one recorded
    first (earlier in `recorded`) wins."""
    if not kinds:
        return None
    since = segment_start(recorded, on)
    found = [
        (item[2], i, item)
        for i, item in enumerate(recorded)
        if item[0] != trigger_id
        and item[1] in kinds
        and item[2] >= on
        and segment_start(recorded, item[2]) == since
    ]
    return min(found, key=lambda f: (f[0], f[1]))[2] if found else None


def parse_met_by(
    path: Path, key: str, data: dict[str, Any], trigger: EventTrigger | None
) -> tuple[ProceedingEventKind, ...]:
    """The `met_by` key: a non-empty list of event kinds, none of them one that starts the rule
    (an event cannot both start a period and meet it)."""
    if "met_by" not in data:
        return ()
    value = data["met_by"]
    if not isinstance(value, list) or not value:
        raise RuleDataError(
            path, key, N_("must be a non-empty list of event kinds, not {value!r}"), value=value
        )
    kinds = tuple(_kind(path, f"{key}[{i}]", item) for i, item in enumerate(value, 1))
    if len(set(kinds)) != len(kinds):
        raise RuleDataError(path, key, N_("names an event kind twice"))
    for i, kind in enumerate(kinds, 1):
        if trigger is not None and kind in trigger.events:
            raise RuleDataError(
                path,
                f"{key}[{i}]",
                N_("{kind!r} starts the rule (`event`): it cannot meet it"),
                kind=kind.value,
            )
        if kind in RESTARTS:
            raise RuleDataError(
                path,
                f"{key}[{i}]",
                N_("{kind!r} starts the history anew: it meets nothing"),
                kind=kind.value,
            )
    return kinds


def _kinds(path: Path, key: str, value: object) -> frozenset[Group]:
    if not isinstance(value, list) or not value:
        raise RuleDataError(
            path, key, N_("must be a non-empty list of event kinds, not {value!r}"), value=value
        )
    groups: set[Group] = set()
    for i, item in enumerate(value, 1):
        if isinstance(item, list):
            if not item:
                raise RuleDataError(path, f"{key}[{i}]", N_("an empty list of event kinds"))
            group = frozenset(_kind(path, f"{key}[{i}][{j}]", k) for j, k in enumerate(item, 1))
        else:
            group = frozenset({_kind(path, f"{key}[{i}]", item)})
        groups.add(group)
    return frozenset(groups)


def _events(path: Path, key: str, value: object) -> tuple[ProceedingEventKind, ...]:
    """One kind (as before) or a list of kinds, in order."""
    if isinstance(value, list):
        if not value:
            raise RuleDataError(path, key, N_("must name at least one event kind"))
        kinds = tuple(_kind(path, f"{key}[{i}]", item) for i, item in enumerate(value, 1))
        if len(set(kinds)) != len(kinds):
            raise RuleDataError(path, key, N_("names an event kind twice"))
        return kinds
    return (_kind(path, key, value),)


def _kind(path: Path, key: str, value: object) -> ProceedingEventKind:
    try:
        return ProceedingEventKind(str(value))
    except ValueError:
        allowed = ", ".join(k.value for k in ProceedingEventKind)
        raise RuleDataError(
            path,
            key,
            N_("{value!r} is not an event kind; one of {allowed}"),
            value=value,
            allowed=allowed,
        ) from None


def _routes(path: Path, key: str, value: object) -> frozenset[Route]:
    if not isinstance(value, list) or not value:
        raise RuleDataError(
            path, key, N_("must be a non-empty list of routes, not {value!r}"), value=value
        )
    routes: set[Route] = set()
    for i, item in enumerate(value, 1):
        try:
            routes.add(Route(item))
        except ValueError:
            allowed = ", ".join(r.value for r in Route)
            raise RuleDataError(
                path,
                f"{key}[{i}]",
                N_("{item!r} is not a route; one of {allowed}"),
                item=item,
                allowed=allowed,
            ) from None
    return frozenset(routes)


def parse_trigger(path: Path, key: str, data: dict[str, Any]) -> EventTrigger | None:
    """The rule's trigger, or None for a rule no event starts (computed on request only)."""
    if "event" not in data:
        for name in TRIGGER_KEYS[1:]:
            if name in data:
                raise RuleDataError(path, f"{key}.{name}", N_("needs an `event` to qualify"))
        return None
    if "routes" not in data:
        # Without routes a civil appeal period would also follow a criminal judgment.
        raise RuleDataError(path, f"{key}.routes", N_("is missing (needed with `event`)"))
    trigger = EventTrigger(
        events=_events(path, f"{key}.event", data["event"]),
        routes=_routes(path, f"{key}.routes", data["routes"]),
        after_events=(
            _kinds(path, f"{key}.after_events", data["after_events"])
            if "after_events" in data
            else frozenset()
        ),
        unless_events=(
            _kinds(path, f"{key}.unless_events", data["unless_events"])
            if "unless_events" in data
            else frozenset()
        ),
    )
    if trigger.after_events & trigger.unless_events:
        both = ", ".join(
            " and ".join(sorted(group)) for group in trigger.after_events & trigger.unless_events
        )
        raise RuleDataError(
            path, f"{key}.unless_events", N_("{both} also in after_events"), both=both
        )
    return trigger

"""When a proceeding event starts a deadline rule: the `event`, `routes`, `after_events` and
`unless_events` keys of a rule in deadlines.toml, checked, and the test they describe.

The same event can start different periods depending on what came before it in the same
proceeding: a CN customs detention that followed a customs notice is the Art 16 route (Art 20
investigation, Art 24(2) release), one without a notice the Art 14/15 route (Art 24(1) release).
That history is data on the rule, not a branch in code.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casefile.domain import ProceedingEventKind, Route
from casefile.rules.data import RuleDataError

TRIGGER_KEYS = ("event", "routes", "after_events", "unless_events")


@dataclass(frozen=True, slots=True)
class EventTrigger:
    """An event of `event` kind on a proceeding of one of `routes` starts the rule's period,
    if one of `after_events` came earlier (when any are named) and none of `unless_events`."""

    event: ProceedingEventKind
    routes: frozenset[Route]
    after_events: frozenset[ProceedingEventKind] = frozenset()
    unless_events: frozenset[ProceedingEventKind] = frozenset()

    def fires(self, kind: str, route: str, earlier: Collection[str]) -> bool:
        if kind != self.event or route not in self.routes:
            return False
        seen = set(earlier)
        if self.after_events and not self.after_events & seen:
            return False
        return not self.unless_events & seen


def _kinds(path: Path, key: str, value: object) -> frozenset[ProceedingEventKind]:
    if not isinstance(value, list) or not value:
        raise RuleDataError(path, key, f"must be a non-empty list of event kinds, not {value!r}")
    return frozenset(_kind(path, f"{key}[{i}]", item) for i, item in enumerate(value, 1))


def _kind(path: Path, key: str, value: object) -> ProceedingEventKind:
    try:
        return ProceedingEventKind(str(value))
    except ValueError:
        allowed = ", ".join(k.value for k in ProceedingEventKind)
        raise RuleDataError(
            path, key, f"{value!r} is not an event kind; one of {allowed}"
        ) from None


def _routes(path: Path, key: str, value: object) -> frozenset[Route]:
    if not isinstance(value, list) or not value:
        raise RuleDataError(path, key, f"must be a non-empty list of routes, not {value!r}")
    routes: set[Route] = set()
    for i, item in enumerate(value, 1):
        try:
            routes.add(Route(item))
        except ValueError:
            allowed = ", ".join(r.value for r in Route)
            raise RuleDataError(
                path, f"{key}[{i}]", f"{item!r} is not a route; one of {allowed}"
            ) from None
    return frozenset(routes)


def parse_trigger(path: Path, key: str, data: dict[str, Any]) -> EventTrigger | None:
    """The rule's trigger, or None for a rule no event starts (computed on request only)."""
    if "event" not in data:
        for name in TRIGGER_KEYS[1:]:
            if name in data:
                raise RuleDataError(path, f"{key}.{name}", "needs an `event` to qualify")
        return None
    if "routes" not in data:
        # Without routes a civil appeal period would also follow a criminal judgment.
        raise RuleDataError(path, f"{key}.routes", "is missing (needed with `event`)")
    trigger = EventTrigger(
        event=_kind(path, f"{key}.event", data["event"]),
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
        both = ", ".join(sorted(trigger.after_events & trigger.unless_events))
        raise RuleDataError(path, f"{key}.unless_events", f"{both} also in after_events")
    return trigger

"""The platforms' complaint systems and how many listing links one complaint may carry
(`resources/rules/complaint_systems.toml`): the limit a packet of complaints is split by, with
the source it comes from. A platform no system names, or a system with no recorded limit, gets
its batch size from the user.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from casefile.paths import resource
from casefile.rules.data import (
    RuleDataError,
    check_keys,
    read_rule_file,
    table,
    text,
    text_list,
    whole_number,
)
from casefile.words import N_

RULES_FILE = ("rules", "complaint_systems.toml")
REQUIRED = ("name", "short", "platforms", "source")
OPTIONAL = ("max_links",)


@dataclass(frozen=True, slots=True)
class ComplaintSystem:
    id: str
    name: str
    short: str  # in folder names and notice references
    platforms: tuple[str, ...]
    max_links: int | None  # None: no limit recorded; the user gives the batch size
    source: str


def load_complaint_systems(path: Path) -> tuple[ComplaintSystem, ...]:
    """Read and check a complaint systems file; a platform is named by one system at most."""
    data = read_rule_file(path)
    systems: list[ComplaintSystem] = []
    seen: dict[str, str] = {}
    for system_id, value in table(path, "systems", data.get("systems", {})).items():
        key = f"systems.{system_id}"
        raw = table(path, key, value)
        check_keys(path, key, raw, REQUIRED, OPTIONAL)
        platforms = text_list(path, f"{key}.platforms", raw["platforms"])
        for platform in platforms:
            if platform in seen:
                raise RuleDataError(
                    path,
                    f"{key}.platforms",
                    N_("{platform!r} is named by {other} too"),
                    platform=platform,
                    other=seen[platform],
                )
            seen[platform] = key
        limit = raw.get("max_links")
        systems.append(
            ComplaintSystem(
                id=system_id,
                name=text(path, f"{key}.name", raw["name"]),
                short=text(path, f"{key}.short", raw["short"]),
                platforms=platforms,
                max_links=None
                if limit is None
                else whole_number(path, f"{key}.max_links", limit, at_least=1),
                source=text(path, f"{key}.source", raw["source"]),
            )
        )
    return tuple(systems)


@cache
def shipped_complaint_systems() -> tuple[ComplaintSystem, ...]:
    return load_complaint_systems(resource(*RULES_FILE))


def complaint_system(
    platform: str, systems: tuple[ComplaintSystem, ...] = ()
) -> ComplaintSystem | None:
    """The system that takes complaints about listings on `platform`, if one is recorded."""
    return next(
        (s for s in systems or shipped_complaint_systems() if platform in s.platforms), None
    )

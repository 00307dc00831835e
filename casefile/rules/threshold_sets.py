"""Criminal-threshold rule sets: what a `resources/rules/thresholds/*.toml` file may say, read and
checked, and whether a series of sets leaves a day with no set in force.

A set covers one period of the judicial interpretations. Per offence it lists standards (a level,
a measure, a threshold and the article it comes from), optionally limited by a condition (`when`:
two or more marks, a repeat offender …) or by one reading of an open point, the repeat rule (whose
earlier penalty, within how long, makes `when = "repeat"` standards apply) and the half rule
("half of two standards": items, fraction, how many, at which level). Evaluation is in
`rules.thresholds`; this module only knows the data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from casefile.paths import resource
from casefile.rules.data import (
    RuleDataError,
    boolean,
    check_keys,
    iso_date,
    one_of,
    positive_number,
    read_rule_file,
    table,
    table_list,
    text,
    text_list,
    whole_number,
)
from casefile.words import N_, Phrase

LEVELS = ("none", "serious", "especially_serious")
# "217-online": dissemination on information networks (the 2011 Opinions' own standards; in 2025
# the same Art 13 as 217). "217-tpm": circumventing technical measures (2025 Art 13(2)).
OFFENCES = ("213", "214", "215", "216", "217", "217-online", "217-tpm", "218", "219")
# Conduct an earlier penalty can be for (the repeat standards name the articles they count).
CONDUCT = ("213", "214", "215", "216", "217", "218", "219", "219-1")
INPUT_MEASURES = (
    "copies",
    "works",
    "episodes",
    "downloads",
    "clicks",
    "members",
    "business_volume",
    "illegal_gains",
    "services_gains",
    "sales",
    "unsold_value",
    "labels",
    "unsold_labels",
    "unsold_copies",
    "holder_loss",
    "marks",
    "patents",
)
# Sums the interpretations test on their own ("sold plus unsold reaching three times …"):
# worked out from their parts, never typed.
DERIVED: dict[str, tuple[str, str]] = {
    "sales_plus_unsold": ("sales", "unsold_value"),
    "goods_and_services_gains": ("illegal_gains", "services_gains"),
    "labels_plus_unsold": ("labels", "unsold_labels"),
    "copies_plus_unsold": ("copies", "unsold_copies"),
}
MEASURES = INPUT_MEASURES + tuple(DERIVED)
MONEY = frozenset(
    {
        "business_volume",
        "illegal_gains",
        "services_gains",
        "sales",
        "unsold_value",
        "holder_loss",
        "sales_plus_unsold",
        "goods_and_services_gains",
    }
)
LABEL = {
    "copies": N_("copies"),
    "works": N_("works"),
    "episodes": N_("episodes"),
    "downloads": N_("downloads"),
    "clicks": N_("actual clicks"),
    "members": N_("registered members"),
    "business_volume": N_("illegal business volume"),
    "illegal_gains": N_("illegal gains"),
    "services_gains": N_("illegal gains from services"),
    "sales": N_("sales"),
    "unsold_value": N_("unsold goods' value"),
    "labels": N_("labels (pieces)"),
    "unsold_labels": N_("unsold labels (pieces)"),
    "unsold_copies": N_("unsold copies"),
    "holder_loss": N_("right holder's loss"),
    "marks": N_("marks"),
    "patents": N_("patents"),
    "sales_plus_unsold": N_("sales plus unsold goods' value"),
    "goods_and_services_gains": N_("illegal gains from goods and services together"),
    "labels_plus_unsold": N_("sold plus unsold labels (pieces)"),
    "copies_plus_unsold": N_("sold plus unsold copies"),
}
# A standard's `when`: the condition under which it applies.
CONDITIONS = ("one_mark", "two_or_more_marks", "two_or_more_patents", "repeat")
# Open points a standard or a half rule can depend on (their readings: `rules.thresholds`).
STANDARD_OPEN_POINTS = ("repeat_top_tier",)
HALF_RULE_TOP_TIER = ("yes", "no", "open")


@dataclass(frozen=True, slots=True)
class Standard:
    level: str
    measure: str
    threshold: Decimal
    source: str
    when: str | None = None
    item: str | None = None  # the item of its article it belongs to, for the half rule
    open_point: str | None = None  # applies only under the reading that counts it
    confirmed: bool = True


@dataclass(frozen=True, slots=True)
class HalfRule:
    """ "Half of two standards": `at_least` items each at `fraction` of a standard of theirs.

    `items` name the standards' `item`s; with `by_measure` each measure is an item of its own
    (the 2011 Opinions' form). `top_tier`: does the rule also work at the top level ("open": as
    the archive reads it). `split_item`: an item whose measures count as items of their own under
    one reading of an open point (2025 Art 13(1)(iv))."""

    items: tuple[str, ...]
    fraction: Decimal
    at_least: int
    source: str
    by_measure: bool = False
    top_tier: str = "yes"
    split_item: str | None = None

    def item_of(self, standard: Standard) -> str | None:
        return standard.measure if self.by_measure else standard.item


@dataclass(frozen=True, slots=True)
class RepeatRule:
    """Standards `when = "repeat"` apply to an act done within `within_years` of a criminal or
    administrative penalty for one of `conduct`."""

    conduct: tuple[str, ...]
    within_years: int
    source: str


@dataclass(frozen=True, slots=True)
class OffenceRules:
    standards: tuple[Standard, ...]
    half_rule: HalfRule | None = None
    repeat: RepeatRule | None = None

    def for_measure(self, measure: str) -> tuple[Standard, ...]:
        return tuple(s for s in self.standards if s.measure == measure)


@dataclass(frozen=True, slots=True)
class RuleSet:
    id: str
    title: str
    in_force_from: date
    in_force_until: date | None
    sources: tuple[str, ...]
    offences: dict[str, OffenceRules]
    unconfirmed: str = ""
    provenance: str = ""  # where the text the figures were read from comes from
    path: Path | None = None
    edited: bool = False  # a user's copy kept in an archive, not the set Casefile ships

    def in_force(self, day: date) -> bool:
        return self.in_force_from <= day and (
            self.in_force_until is None or day <= self.in_force_until
        )

    @property
    def name(self) -> str:
        """How a result names the set: an edited copy always says so, with its file."""
        return f"{self.id} ({self.title}{self._edited_note})"

    @property
    def short_name(self) -> str:
        return f"{self.id} ({self._edited_note[2:]})" if self.edited else self.id

    @property
    def _edited_note(self) -> str:
        where = f" ({self.path.name})" if self.path else ""
        return f", edited in this archive{where}" if self.edited else ""


# --- reading a file ------------------------------------------------------------------------------


RULE_SET_KEYS = ("id", "title", "in_force_from", "offences")
RULE_SET_OPTIONAL = ("in_force_until", "confirmed", "sources", "unconfirmed", "provenance")
STANDARD_KEYS = ("level", "measure", "threshold", "source")
STANDARD_OPTIONAL = ("when", "item", "open_point", "confirmed")
HALF_RULE_OPTIONAL = ("measures", "items", "top_tier", "split_item")


def _standard(path: Path, key: str, data: dict[str, Any]) -> Standard:
    check_keys(path, key, data, STANDARD_KEYS, STANDARD_OPTIONAL)
    when, open_point, item = data.get("when"), data.get("open_point"), data.get("item")
    return Standard(
        level=one_of(path, f"{key}.level", data["level"], LEVELS[1:]),
        measure=one_of(path, f"{key}.measure", data["measure"], MEASURES),
        threshold=positive_number(path, f"{key}.threshold", data["threshold"]),
        source=text(path, f"{key}.source", data["source"]),
        when=None if when is None else one_of(path, f"{key}.when", when, CONDITIONS),
        item=None if item is None else text(path, f"{key}.item", item),
        open_point=(
            None
            if open_point is None
            else one_of(path, f"{key}.open_point", open_point, STANDARD_OPEN_POINTS)
        ),
        confirmed=boolean(path, f"{key}.confirmed", data.get("confirmed", True)),
    )


def _half_rule(
    path: Path, key: str, data: dict[str, Any], standards: tuple[Standard, ...]
) -> HalfRule:
    check_keys(path, key, data, ("fraction", "at_least", "source"), HALF_RULE_OPTIONAL)
    if ("measures" in data) == ("items" in data):
        raise RuleDataError(path, key, N_("needs either `measures` or `items` (not both)"))
    by_measure = "measures" in data
    names = text_list(
        path,
        f"{key}.{'measures' if by_measure else 'items'}",
        data.get("measures", data.get("items")),
    )
    known = {s.measure for s in standards} if by_measure else {s.item for s in standards}
    for i, name in enumerate(names, start=1):
        if by_measure:
            one_of(path, f"{key}.measures[{i}]", name, MEASURES)
        if name not in known:
            if by_measure:
                raise RuleDataError(
                    path,
                    f"{key}.measures[{i}]",
                    N_("no standard has the measure {name!r}"),
                    name=name,
                )
            raise RuleDataError(
                path, f"{key}.items[{i}]", N_("no standard has the item {name!r}"), name=name
            )
    fraction = positive_number(path, f"{key}.fraction", data["fraction"])
    if fraction > 1:
        raise RuleDataError(
            path, f"{key}.fraction", N_("must be at most 1, not {fraction}"), fraction=fraction
        )
    at_least = whole_number(path, f"{key}.at_least", data["at_least"], 1)
    if at_least > len(names):
        raise RuleDataError(
            path,
            f"{key}.at_least",
            N_("{at_least} is more than the {count} items"),
            at_least=at_least,
            count=len(names),
        )
    split = data.get("split_item")
    if split is not None and split not in names:
        raise RuleDataError(
            path, f"{key}.split_item", N_("{split!r} is not one of the items"), split=split
        )
    return HalfRule(
        items=names,
        fraction=fraction,
        at_least=at_least,
        source=text(path, f"{key}.source", data["source"]),
        by_measure=by_measure,
        top_tier=one_of(path, f"{key}.top_tier", data.get("top_tier", "yes"), HALF_RULE_TOP_TIER),
        split_item=split,
    )


def _repeat(path: Path, key: str, data: dict[str, Any]) -> RepeatRule:
    check_keys(path, key, data, ("conduct", "within_years", "source"), ())
    conduct = text_list(path, f"{key}.conduct", data["conduct"])
    for i, article in enumerate(conduct, start=1):
        one_of(path, f"{key}.conduct[{i}]", article, CONDUCT)
    return RepeatRule(
        conduct=conduct,
        within_years=whole_number(path, f"{key}.within_years", data["within_years"], 1),
        source=text(path, f"{key}.source", data["source"]),
    )


def _offence(path: Path, key: str, data: dict[str, Any]) -> OffenceRules:
    check_keys(path, key, data, ("standards",), ("half_rule", "repeat"))
    # standards[1] is the first [[offences."…".standards]] block of this offence.
    blocks = table_list(path, f"{key}.standards", data["standards"])
    if not blocks:
        raise RuleDataError(path, f"{key}.standards", N_("has no standard"))
    standards = tuple(
        _standard(path, f"{key}.standards[{i}]", block) for i, block in enumerate(blocks, start=1)
    )
    repeat = data.get("repeat")
    rule = None if repeat is None else _repeat(path, f"{key}.repeat", table(path, key, repeat))
    if rule is None and any(s.when == "repeat" for s in standards):
        raise RuleDataError(
            path, f"{key}.repeat", N_("is needed: a standard applies `when = repeat`")
        )
    half = data.get("half_rule")
    return OffenceRules(
        standards,
        None
        if half is None
        else _half_rule(path, f"{key}.half_rule", table(path, key, half), standards),
        rule,
    )


def _offences(path: Path, data: dict[str, Any]) -> dict[str, OffenceRules]:
    """Each offence's rules; `same_as = "217"` gives an offence another's rules (one article)."""
    offences: dict[str, OffenceRules] = {}
    aliases: dict[str, str] = {}
    for offence, body in table(path, "offences", data).items():
        key = f'offences."{offence}"'  # as written in the file, so that a user can search for it
        if offence not in OFFENCES:
            raise RuleDataError(
                path, key, N_("is not one of {allowed}"), allowed=", ".join(OFFENCES)
            )
        body = table(path, key, body)
        if "same_as" in body:
            check_keys(path, key, body, ("same_as",), ())
            aliases[offence] = one_of(path, f"{key}.same_as", body["same_as"], OFFENCES)
        else:
            offences[offence] = _offence(path, key, body)
    for offence, target in aliases.items():
        if target not in offences:
            raise RuleDataError(
                path,
                f'offences."{offence}".same_as',
                N_("{target} has no standards of its own"),
                target=target,
            )
        offences[offence] = offences[target]
    if not offences:
        raise RuleDataError(path, "offences", N_("has no offence"))
    return offences


def load_rule_set(path: Path, expected_id: str | None = None) -> RuleSet:
    """Read and check one rule-set file; a broken one is refused naming file, key and problem.

    `expected_id` (the file name's stem when loading a folder) must be the set's id: an edited
    copy whose id was changed would otherwise replace another set, or none, without a word."""
    data = read_rule_file(path)
    check_keys(path, "", data, RULE_SET_KEYS, RULE_SET_OPTIONAL)
    rule_set_id = text(path, "id", data["id"])
    if expected_id is not None and rule_set_id != expected_id:
        raise RuleDataError(
            path,
            "id",
            N_("is {id!r}, but the file is named {expected}.toml"),
            id=rule_set_id,
            expected=expected_id,
        )
    boolean(path, "confirmed", data.get("confirmed", True))
    in_force_from = iso_date(path, "in_force_from", data["in_force_from"])
    until = data.get("in_force_until")
    in_force_until = None if until is None else iso_date(path, "in_force_until", until)
    if in_force_until is not None and in_force_until < in_force_from:
        raise RuleDataError(
            path,
            "in_force_until",
            N_("{until} is before in_force_from {since}"),
            until=in_force_until,
            since=in_force_from,
        )
    unconfirmed, provenance = (data.get(k) for k in ("unconfirmed", "provenance"))
    return RuleSet(
        id=rule_set_id,
        title=text(path, "title", data["title"]),
        in_force_from=in_force_from,
        in_force_until=in_force_until,
        sources=text_list(path, "sources", data.get("sources", [])),
        offences=_offences(path, data["offences"]),
        unconfirmed="" if unconfirmed is None else text(path, "unconfirmed", unconfirmed),
        provenance="" if provenance is None else text(path, "provenance", provenance),
        path=path,
    )


def load_rule_sets(folders: tuple[Path, ...]) -> tuple[RuleSet, ...]:
    """Rule sets from these folders in order; a later folder's set replaces one with its id."""
    by_id: dict[str, RuleSet] = {}
    for folder in folders:
        for path in sorted(folder.glob("*.toml")):
            rule_set = load_rule_set(path, expected_id=path.stem)
            by_id[rule_set.id] = rule_set
    return tuple(sorted(by_id.values(), key=lambda r: r.in_force_from))


@cache
def shipped_rule_sets() -> tuple[RuleSet, ...]:
    return load_rule_sets((resource("rules", "thresholds"),))


# --- a series of sets ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Gap:
    """Days no rule set is in force on: after `before` (None: before the first set) until
    `after` starts (None: from `first_day` on, for ever)."""

    first_day: date
    last_day: date | None
    before: RuleSet | None
    after: RuleSet | None

    def describe(self) -> str:
        return str(self.phrase())

    def phrase(self) -> Phrase:
        """`describe` as words the window translates."""
        if self.last_day is None:
            return Phrase(
                N_(
                    "no criminal-threshold rule set is in force from {first} on: {before} ends "
                    "the day before and no later set follows (acts from then, and any assessment "
                    "made then, cannot be worked out)"
                ),
                {
                    "first": self.first_day.isoformat(),
                    "before": self.before.id if self.before else N_("a rule set"),
                },
            )
        return Phrase(
            N_(
                "no criminal-threshold rule set is in force from {first} to {last}, "
                "between {before} and {after}"
            ),
            {
                "first": self.first_day.isoformat(),
                "last": self.last_day.isoformat(),
                "before": self.before.id if self.before else "?",
                "after": self.after.id if self.after else "?",
            },
        )


def gaps(sets: tuple[RuleSet, ...] | list[RuleSet]) -> list[Gap]:
    """Days between the first set's start and for ever that no set covers (overlaps are a
    different problem, found elsewhere)."""
    ordered = sorted(sets, key=lambda r: r.in_force_from)
    found: list[Gap] = []
    for earlier, later in zip(ordered, ordered[1:], strict=False):
        until = earlier.in_force_until
        if until is not None and until + timedelta(days=1) < later.in_force_from:
            found.append(
                Gap(
                    until + timedelta(days=1),
                    later.in_force_from - timedelta(days=1),
                    earlier,
                    later,
                )
            )
    if ordered and (last := max(ordered, key=_end)).in_force_until is not None:
        assert last.in_force_until is not None
        found.append(Gap(last.in_force_until + timedelta(days=1), None, last, None))
    return found


def _end(rule_set: RuleSet) -> date:
    return rule_set.in_force_until or date.max

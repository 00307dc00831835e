"""Criminal thresholds (Criminal Law Arts 213–218) evaluated from dated, versioned rule sets.

Rule sets live in `resources/rules/thresholds/*.toml`, one per period of the judicial
interpretations; the set in force on the act date applies unless a later set is more lenient
(Criminal Law Art 12, and the SPC's practice for judicial interpretations). Every result gives,
per standard, the figure, the threshold, the percentage reached and the source, the half-of-two
rule for online dissemination at both levels, and what is still missing for the next level.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from casefile import clock
from casefile.errors import as_typed
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
from casefile.rules.deadlines import RuleError

LEVELS = ("none", "serious", "especially_serious")
OFFENCES = ("213", "214", "215", "217", "217-online", "218")
MEASURES = (
    "copies",
    "works",
    "episodes",
    "clicks",
    "members",
    "business_volume",
    "illegal_gains",
    "sales",
    "unsold_value",
    "sales_plus_unsold",
    "labels",
    "marks",
)
MONEY = frozenset(
    {"business_volume", "illegal_gains", "sales", "unsold_value", "sales_plus_unsold"}
)
LABEL = {
    "copies": "copies",
    "works": "works",
    "episodes": "episodes",
    "clicks": "actual clicks",
    "members": "registered members",
    "business_volume": "illegal business volume (RMB)",
    "illegal_gains": "illegal gains (RMB)",
    "sales": "sales (RMB)",
    "unsold_value": "unsold goods (RMB)",
    "sales_plus_unsold": "sales plus unsold goods (RMB)",
    "labels": "labels (pieces)",
    "marks": "marks",
}
CRIMINAL_LAW = "Criminal Law of the PRC (刑法)"
ARTICLE = {o: f"{CRIMINAL_LAW}, Art {o.split('-')[0]}" for o in OFFENCES}


@dataclass(frozen=True, slots=True)
class Standard:
    level: str
    measure: str
    threshold: Decimal
    source: str
    when: str | None = None  # "one_mark" | "two_or_more_marks"
    confirmed: bool = True


@dataclass(frozen=True, slots=True)
class HalfRule:
    measures: tuple[str, ...]
    fraction: Decimal
    at_least: int
    source: str


@dataclass(frozen=True, slots=True)
class RuleSet:
    id: str
    title: str
    in_force_from: date
    in_force_until: date | None
    sources: tuple[str, ...]
    offences: dict[str, tuple[tuple[Standard, ...], HalfRule | None]]
    unconfirmed: str = ""
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


@dataclass(frozen=True, slots=True)
class StandardResult:
    level: str
    measure: str
    value: Decimal
    threshold: Decimal
    percent: float
    met: bool
    source: str
    confirmed: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "measure": self.measure,
            "value": _number(self.value),
            "threshold": _number(self.threshold),
            "percent": self.percent,
            "met": self.met,
            "level": self.level,
            "source": self.source,
            "confirmed": self.confirmed,
        }


@dataclass(frozen=True, slots=True)
class HalfRuleResult:
    applies: bool
    met: bool  # at the "serious" level
    met_especially: bool
    reached: tuple[str, ...]  # measures at half of their "serious" threshold or more
    source: str

    def as_json(self) -> dict[str, Any]:
        return {
            "applies": self.applies,
            "met": self.met,
            "especially_serious_met": self.met_especially,
            "measures_at_half": list(self.reached),
            "source": self.source,
        }


@dataclass(frozen=True, slots=True)
class ThresholdResult:
    offence: str
    rule_set: RuleSet
    level: str
    standards: tuple[StandardResult, ...]
    half_rule: HalfRuleResult | None
    missing: tuple[str, ...]
    explanation: str
    sources: tuple[str, ...]
    unconfirmed: bool = False
    unit_readings: tuple[tuple[str, str], ...] = field(default=())  # (unit, level)

    def as_json(self) -> dict[str, Any]:
        return {
            "offence": self.offence,
            "rule_set": self.rule_set.id,
            "level": self.level,
            "standards": [s.as_json() for s in self.standards],
            "half_rule": None if self.half_rule is None else self.half_rule.as_json(),
            "missing": list(self.missing),
            "explanation": self.explanation,
            "sources": list(self.sources),
            "unconfirmed": self.unconfirmed,
            "unit_readings": [{"unit": u, "level": lv} for u, lv in self.unit_readings],
        }


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _fmt(value: Decimal, measure: str) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".") if measure in MONEY else f"{int(value):,}"


# --- loading -------------------------------------------------------------------------------------


RULE_SET_KEYS = ("id", "title", "in_force_from", "offences")
RULE_SET_OPTIONAL = ("in_force_until", "confirmed", "sources", "unconfirmed")
STANDARD_KEYS = ("level", "measure", "threshold", "source")
HALF_RULE_KEYS = ("measures", "fraction", "at_least", "source")


def _standard(path: Path, key: str, data: dict[str, Any]) -> Standard:
    check_keys(path, key, data, STANDARD_KEYS, ("when", "confirmed"))
    when = data.get("when")
    if when is not None:
        one_of(path, f"{key}.when", when, ("one_mark", "two_or_more_marks"))
    return Standard(
        level=one_of(path, f"{key}.level", data["level"], LEVELS[1:]),
        measure=one_of(path, f"{key}.measure", data["measure"], MEASURES),
        threshold=positive_number(path, f"{key}.threshold", data["threshold"]),
        source=text(path, f"{key}.source", data["source"]),
        when=when,
        confirmed=boolean(path, f"{key}.confirmed", data.get("confirmed", True)),
    )


def _load_half_rule(path: Path, key: str, data: dict[str, Any]) -> HalfRule:
    check_keys(path, key, data, HALF_RULE_KEYS, ())
    measures = text_list(path, f"{key}.measures", data["measures"])
    for i, measure in enumerate(measures, start=1):
        one_of(path, f"{key}.measures[{i}]", measure, MEASURES)
    fraction = positive_number(path, f"{key}.fraction", data["fraction"])
    if fraction > 1:
        raise RuleDataError(path, f"{key}.fraction", f"must be at most 1, not {fraction}")
    at_least = whole_number(path, f"{key}.at_least", data["at_least"], 1)
    if at_least > len(measures):
        raise RuleDataError(
            path, f"{key}.at_least", f"{at_least} is more than the {len(measures)} measures"
        )
    return HalfRule(measures, fraction, at_least, text(path, f"{key}.source", data["source"]))


def _offence(
    path: Path, offence: str, body: object
) -> tuple[tuple[Standard, ...], HalfRule | None]:
    key = f'offences."{offence}"'  # as written in the file, so that a user can search for it
    if offence not in OFFENCES:
        raise RuleDataError(path, key, "is not one of " + ", ".join(OFFENCES))
    data = table(path, key, body)
    check_keys(path, key, data, ("standards",), ("half_rule",))
    # standards[1] is the first [[offences."…".standards]] block of this offence.
    blocks = table_list(path, f"{key}.standards", data["standards"])
    if not blocks:
        raise RuleDataError(path, f"{key}.standards", "has no standard")
    standards = tuple(
        _standard(path, f"{key}.standards[{i}]", block) for i, block in enumerate(blocks, start=1)
    )
    half = data.get("half_rule")
    if half is None:
        return standards, None
    return standards, _load_half_rule(
        path, f"{key}.half_rule", table(path, f"{key}.half_rule", half)
    )


def load_rule_set(path: Path, expected_id: str | None = None) -> RuleSet:
    """Read and check one rule-set file; a broken one is refused naming file, key and problem.

    `expected_id` (the file name's stem when loading a folder) must be the set's id: an edited
    copy whose id was changed would otherwise replace another set, or none, without a word."""
    data = read_rule_file(path)
    check_keys(path, "", data, RULE_SET_KEYS, RULE_SET_OPTIONAL)
    rule_set_id = text(path, "id", data["id"])
    if expected_id is not None and rule_set_id != expected_id:
        raise RuleDataError(
            path, "id", f"is {rule_set_id!r}, but the file is named {expected_id}.toml"
        )
    boolean(path, "confirmed", data.get("confirmed", True))
    offences = {
        offence: _offence(path, offence, body)
        for offence, body in table(path, "offences", data["offences"]).items()
    }
    if not offences:
        raise RuleDataError(path, "offences", "has no offence")
    in_force_from = iso_date(path, "in_force_from", data["in_force_from"])
    until = data.get("in_force_until")
    in_force_until = None if until is None else iso_date(path, "in_force_until", until)
    if in_force_until is not None and in_force_until < in_force_from:
        raise RuleDataError(
            path, "in_force_until", f"{in_force_until} is before in_force_from {in_force_from}"
        )
    unconfirmed = data.get("unconfirmed")
    return RuleSet(
        id=rule_set_id,
        title=text(path, "title", data["title"]),
        in_force_from=in_force_from,
        in_force_until=in_force_until,
        sources=text_list(path, "sources", data.get("sources", [])),
        offences=offences,
        unconfirmed="" if unconfirmed is None else text(path, "unconfirmed", unconfirmed),
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


# --- evaluation ----------------------------------------------------------------------------------


# Far above any real figure (and what `services.validation` lets an archive hold): larger is a
# typo, refused in words rather than an overflow in the arithmetic.
MAX_FIGURE = 10**15


def _figure(value: object) -> Decimal | None:
    """`value` as a Decimal (any size: an int of more than 4,300 digits is not turned into text);
    None if it is not a number."""
    try:
        if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 60:
            return Decimal(MAX_FIGURE + 1) if value > 0 else Decimal(-1)
        return Decimal(str(value).replace(",", "").strip())
    except (ArithmeticError, ValueError):
        return None


def checked_figures(raw: Mapping[str, object]) -> dict[str, Decimal]:
    """Figures checked (known measure, a number ≥ 0), with the derived sold-plus-unsold sum."""
    figures: dict[str, Decimal] = {}
    for measure, value in raw.items():
        if value is None:
            continue
        if measure not in MEASURES:
            raise RuleError(f"{measure!r} is not a threshold measure")
        number = _figure(value)
        label = LABEL.get(measure, measure)
        if number is None or not number.is_finite() or number < 0:
            raise RuleError(f"{label}: {as_typed(value)} is not a number ≥ 0")
        if number > MAX_FIGURE:
            raise RuleError(
                f"{label}: {as_typed(value)} is too large to be a real figure; "
                f"at most {MAX_FIGURE:,}"
            )
        figures[measure] = number
    if "unsold_value" in figures:
        figures["sales_plus_unsold"] = figures.get("sales", Decimal(0)) + figures["unsold_value"]
    return figures


def _applicable(standards: tuple[Standard, ...], figures: dict[str, Decimal]) -> list[Standard]:
    marks = "two_or_more_marks" if figures.get("marks", Decimal(0)) >= 2 else "one_mark"
    return [s for s in standards if s.when in (None, marks)]


def _percent(value: Decimal, threshold: Decimal) -> float:
    return round(float(value / threshold * 100), 1)


def _half_rule(
    rule: HalfRule, standards: list[Standard], figures: dict[str, Decimal]
) -> HalfRuleResult:
    def reached(level: str) -> list[str]:
        out = []
        for s in standards:
            given = s.level == level and s.measure in rule.measures and s.measure in figures
            if given and figures[s.measure] >= s.threshold * rule.fraction:
                out.append(s.measure)
        return out

    serious, especially = reached("serious"), reached("especially_serious")
    return HalfRuleResult(
        applies=True,
        met=len(serious) >= rule.at_least,
        met_especially=len(especially) >= rule.at_least,
        reached=tuple(serious),
        source=rule.source,
    )


def _missing(
    target: str,
    standards: list[Standard],
    figures: dict[str, Decimal],
    half: HalfRule | None,
) -> list[str]:
    """What would reach `target`: each standard's shortfall, and the half-of-two route."""
    needs: list[str] = []
    for s in standards:
        if s.level == target and s.measure in figures and figures[s.measure] < s.threshold:
            needs.append(
                f"{_fmt(s.threshold - figures[s.measure], s.measure)} more {LABEL[s.measure]}"
            )
    if half is not None:
        gaps = sorted(
            (
                (max(Decimal(0), s.threshold * half.fraction - figures[s.measure]), s)
                for s in standards
                if s.level == target and s.measure in half.measures and s.measure in figures
            ),
            key=lambda gap_and_standard: gap_and_standard[0],  # Standards themselves don't order
        )
        if len(gaps) >= half.at_least and any(gap > 0 for gap, _ in gaps[: half.at_least]):
            parts = [
                f"{LABEL[s.measure]} to {_fmt(s.threshold * half.fraction, s.measure)}"
                + (f" ({_fmt(gap, s.measure)} more)" if gap > 0 else " (reached)")
                for gap, s in gaps[: half.at_least]
            ]
            needs.append("half of two standards: " + " and ".join(parts))
    return needs


@dataclass(frozen=True, slots=True)
class _Evaluation:
    level: str
    results: tuple[StandardResult, ...]
    half: HalfRuleResult | None
    missing: tuple[str, ...]
    applicable: tuple[Standard, ...]


def _evaluate(rule_set: RuleSet, offence: str, figures: dict[str, Decimal]) -> _Evaluation:
    if offence not in rule_set.offences:
        raise RuleError(
            f"rule set {rule_set.name} has no standards for {offence}"
            + (
                "; before 2011 online dissemination is assessed as 217"
                if offence == "217-online"
                else ""
            )
        )
    standards, half_rule = rule_set.offences[offence]
    applicable = _applicable(standards, figures)
    results = tuple(
        StandardResult(
            s.level,
            s.measure,
            figures[s.measure],
            s.threshold,
            _percent(figures[s.measure], s.threshold),
            figures[s.measure] >= s.threshold,
            s.source,
            s.confirmed,
        )
        for s in applicable
        if s.measure in figures
    )
    half = None if half_rule is None else _half_rule(half_rule, applicable, figures)
    level = "none"
    if any(r.met and r.level == "serious" for r in results) or (half and half.met):
        level = "serious"
    if any(r.met and r.level == "especially_serious" for r in results) or (
        half and half.met_especially
    ):
        level = "especially_serious"
    missing: list[str] = []
    if level != "especially_serious":
        target = LEVELS[LEVELS.index(level) + 1]
        if any(s.level == target for s in applicable):
            missing = _missing(target, applicable, figures, half_rule)
    return _Evaluation(level, results, half, tuple(missing), tuple(applicable))


def rule_set_for(day: date, rule_sets: tuple[RuleSet, ...]) -> RuleSet:
    for rule_set in rule_sets:
        if rule_set.in_force(day):
            return rule_set
    raise RuleError(f"no criminal-threshold rule set is in force on {day.isoformat()}")


def evaluate_thresholds(
    offence: str,
    figures: dict[str, object],
    act_date: date | None = None,
    today: date | None = None,
    rule_sets: tuple[RuleSet, ...] | None = None,
) -> ThresholdResult:
    """The level an offence reaches on these figures, explained and sourced."""
    if offence not in OFFENCES:
        raise RuleError(f"unknown offence {offence!r}; one of " + ", ".join(OFFENCES))
    sets = rule_sets or shipped_rule_sets()
    today = today or clock.today()
    act = act_date or today
    if act > today:
        raise RuleError(f"the act date {act.isoformat()} is in the future")
    checked = checked_figures(figures)
    at_act = rule_set_for(act, sets)
    chosen, evaluation = at_act, _evaluate(at_act, offence, checked)
    why = f"Rule set {at_act.name} was in force on the act date {act.isoformat()}."
    current = rule_set_for(today, sets)
    if current.id != at_act.id and offence in current.offences:
        later = _evaluate(current, offence, checked)
        if LEVELS.index(later.level) < LEVELS.index(evaluation.level):
            chosen, evaluation = current, later
            why += (
                f" The later rule set {current.short_name} is more lenient here ({later.level} "
                f"instead of {_evaluate(at_act, offence, checked).level}) and applies "
                f"({CRIMINAL_LAW}, Art 12: the later, lighter rule)."
            )
        else:
            why += (
                f" The later rule set {current.short_name} would not be more lenient "
                f"({later.level})."
            )
    text = [why]
    if chosen.unconfirmed and any(not s.confirmed for s in evaluation.applicable):
        text.append(f"UNCONFIRMED: {chosen.unconfirmed}")
    for r in evaluation.results:
        verdict = "met" if r.met else "not met"
        text.append(
            f"{LABEL[r.measure].capitalize()} ({r.level.replace('_', ' ')}): "
            f"{_fmt(r.value, r.measure)} of {_fmt(r.threshold, r.measure)} ({r.percent}%), "
            f"{verdict} ({r.source})."
        )
    if evaluation.half:
        h = evaluation.half
        text.append(
            f"Half-of-two rule: {len(h.reached)} standard(s) at half or more "
            f"({', '.join(LABEL[m] for m in h.reached) or 'none'}); serious "
            f"{'met' if h.met else 'not met'}, especially serious "
            f"{'met' if h.met_especially else 'not met'} ({h.source})."
        )
    if not evaluation.results:
        text.append("No figure given applies to this offence.")
    text.append(f"Level: {evaluation.level.replace('_', ' ')}.")
    if evaluation.missing:
        text.append("For the next level: needs " + " or ".join(evaluation.missing) + ".")
    readings: list[tuple[str, str]] = []
    if offence in ("217", "217-online") and "episodes" in checked:
        per_episode = dict(checked)
        per_episode["works"] = checked["episodes"]
        alt = _evaluate(chosen, offence, per_episode).level
        readings = [("work", evaluation.level), ("episode", alt)]
        text.append(
            f"Counting each episode as a work ({_fmt(checked['episodes'], 'episodes')} episodes): "
            f"{alt.replace('_', ' ')}."
        )
    used = {r.source for r in evaluation.results}
    if evaluation.half:
        used.add(evaluation.half.source)
    sources = (ARTICLE[offence], *chosen.sources, *sorted(used))
    return ThresholdResult(
        offence=offence,
        rule_set=chosen,
        level=evaluation.level,
        standards=evaluation.results,
        half_rule=evaluation.half,
        missing=evaluation.missing,
        explanation=" ".join(text),
        sources=tuple(dict.fromkeys(sources)),
        unconfirmed=any(not r.confirmed for r in evaluation.results),
        unit_readings=tuple(readings),
    )

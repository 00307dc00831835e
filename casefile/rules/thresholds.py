"""Criminal thresholds (Criminal Law Arts 213–218) evaluated from dated, versioned rule sets.

Rule sets live in `resources/rules/thresholds/*.toml`, one per period of the judicial
interpretations; the set in force on the act date applies unless a later set is more lenient
(Criminal Law Art 12, and the SPC's practice for judicial interpretations). Every result gives,
per standard, the figure, the threshold, the percentage reached and the source, the half-of-two
rule for online dissemination at both levels, and what is still missing for the next level.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from casefile.paths import resource
from casefile.rules.data import RuleDataError, read_rule_file
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

    def in_force(self, day: date) -> bool:
        return self.in_force_from <= day and (
            self.in_force_until is None or day <= self.in_force_until
        )


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


def _date(path: Path, key: str, value: object) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise RuleDataError(path, key, f"{value!r} is not a date YYYY-MM-DD") from None


def _standard(path: Path, key: str, data: dict[str, Any], default_confirmed: bool) -> Standard:
    for name in ("level", "measure", "threshold", "source"):
        if name not in data:
            raise RuleDataError(path, f"{key}.{name}", "is missing")
    if data["level"] not in LEVELS[1:]:
        raise RuleDataError(
            path, f"{key}.level", f"{data['level']!r} is not serious or especially_serious"
        )
    if data["measure"] not in MEASURES:
        raise RuleDataError(path, f"{key}.measure", f"{data['measure']!r} is not a known measure")
    threshold = data["threshold"]
    if isinstance(threshold, bool) or not isinstance(threshold, int | float) or threshold <= 0:
        raise RuleDataError(
            path, f"{key}.threshold", f"must be a number above 0, not {threshold!r}"
        )
    when = data.get("when")
    if when not in (None, "one_mark", "two_or_more_marks"):
        raise RuleDataError(path, f"{key}.when", f"{when!r} is not one_mark or two_or_more_marks")
    return Standard(
        level=data["level"],
        measure=data["measure"],
        threshold=Decimal(str(threshold)),
        source=str(data["source"]),
        when=when,
        confirmed=bool(data.get("confirmed", default_confirmed)),
    )


def load_rule_set(path: Path) -> RuleSet:
    """Read and check one rule-set file; a broken one is refused naming file, key and problem."""
    data = read_rule_file(path)
    for name in ("id", "title", "in_force_from", "offences"):
        if name not in data:
            raise RuleDataError(path, name, "is missing")
    offences: dict[str, tuple[tuple[Standard, ...], HalfRule | None]] = {}
    for offence, body in data["offences"].items():
        if offence not in OFFENCES:
            raise RuleDataError(path, f"offences.{offence}", "is not one of " + ", ".join(OFFENCES))
        standards = tuple(
            _standard(path, f"offences.{offence}.standards[{i}]", s, True)
            for i, s in enumerate(body.get("standards", []))
        )
        half = body.get("half_rule")
        half_rule = None
        if half is not None:
            half_rule = HalfRule(
                tuple(half["measures"]),
                Decimal(str(half["fraction"])),
                int(half["at_least"]),
                str(half["source"]),
            )
        offences[offence] = (standards, half_rule)
    until = data.get("in_force_until")
    return RuleSet(
        id=str(data["id"]),
        title=str(data["title"]),
        in_force_from=_date(path, "in_force_from", data["in_force_from"]),
        in_force_until=None if until is None else _date(path, "in_force_until", until),
        sources=tuple(data.get("sources", ())),
        offences=offences,
        unconfirmed=str(data.get("unconfirmed", "")),
        path=path,
    )


def load_rule_sets(folders: tuple[Path, ...]) -> tuple[RuleSet, ...]:
    """Rule sets from these folders in order; a later folder's set replaces one with its id."""
    by_id: dict[str, RuleSet] = {}
    for folder in folders:
        for path in sorted(folder.glob("*.toml")):
            rule_set = load_rule_set(path)
            by_id[rule_set.id] = rule_set
    return tuple(sorted(by_id.values(), key=lambda r: r.in_force_from))


@cache
def shipped_rule_sets() -> tuple[RuleSet, ...]:
    return load_rule_sets((resource("rules", "thresholds"),))


# --- evaluation ----------------------------------------------------------------------------------


def checked_figures(raw: dict[str, object]) -> dict[str, Decimal]:
    """Figures checked (known measure, a number ≥ 0), with the derived sold-plus-unsold sum."""
    figures: dict[str, Decimal] = {}
    for measure, value in raw.items():
        if value is None:
            continue
        if measure not in MEASURES:
            raise RuleError(f"{measure!r} is not a threshold measure")
        number = Decimal(str(value))
        if not number.is_finite() or number < 0:
            raise RuleError(f"{LABEL.get(measure, measure)}: {value} is not a number ≥ 0")
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
            f"rule set {rule_set.id} ({rule_set.title}) has no standards for {offence}"
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
    today = today or date.today()
    act = act_date or today
    if act > today:
        raise RuleError(f"the act date {act.isoformat()} is in the future")
    checked = checked_figures(figures)
    at_act = rule_set_for(act, sets)
    chosen, evaluation = at_act, _evaluate(at_act, offence, checked)
    why = f"Rule set {at_act.id} ({at_act.title}) was in force on the act date {act.isoformat()}."
    current = rule_set_for(today, sets)
    if current.id != at_act.id and offence in current.offences:
        later = _evaluate(current, offence, checked)
        if LEVELS.index(later.level) < LEVELS.index(evaluation.level):
            chosen, evaluation = current, later
            why += (
                f" The later rule set {current.id} is more lenient here ({later.level} instead of "
                f"{_evaluate(at_act, offence, checked).level}) and applies "
                f"({CRIMINAL_LAW}, Art 12: the later, lighter rule)."
            )
        else:
            why += f" The later rule set {current.id} would not be more lenient ({later.level})."
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

"""What a criminal-threshold evaluation returns: per standard, the half rule, the conditions
that made standards apply, and the whole result with its explanation (JSON keys are a contract:
new ones may be added, none renamed)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from casefile.rules.threshold_facts import OPEN_POINTS, PriorPenalty, Readings
from casefile.rules.threshold_sets import MONEY, RuleSet
from casefile.words import N_, Phrase, Words

# --- results -------------------------------------------------------------------------------------


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def fmt(value: Decimal, measure: str) -> str:
    """A figure as a lawyer writes it: "RMB 30,000", "100,000"."""
    if measure in MONEY:
        return "RMB " + f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{int(value):,}"


LEVEL_WORDS = {
    "none": N_("none"),
    "serious": N_("serious"),
    "especially_serious": N_("especially serious"),
}


# A standard's condition (`threshold_sets.CONDITIONS`) in words
CONDITION_WORDS = {
    "one_mark": N_("one mark"),
    "two_or_more_marks": N_("two or more marks"),
    "two_or_more_patents": N_("two or more patents"),
    "repeat": N_("repeat"),
}


def level_text(level: str) -> Words:
    return LEVEL_WORDS.get(level) or Words(level.replace("_", " "))


def condition_text(when: str) -> Words:
    return CONDITION_WORDS.get(when) or Words(when.replace("_", " "))


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
    when: str | None = None
    item: str | None = None

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
            "when": self.when,
            "item": self.item,
        }


@dataclass(frozen=True, slots=True)
class HalfRuleResult:
    applies: bool
    met: bool  # at the "serious" level
    met_especially: bool
    reached: tuple[str, ...]  # measures at half of their "serious" threshold or more
    source: str
    items: tuple[str, ...] = ()  # items counted at the serious level
    items_especially: tuple[str, ...] = ()
    top_tier: bool = True  # whether the rule worked at the top tier at all

    def as_json(self) -> dict[str, Any]:
        return {
            "applies": self.applies,
            "met": self.met,
            "especially_serious_met": self.met_especially,
            "measures_at_half": list(self.reached),
            "source": self.source,
            "items_at_half": list(self.items),
            "especially_serious_items_at_half": list(self.items_especially),
            "works_at_top_tier": self.top_tier,
        }


@dataclass(frozen=True, slots=True)
class Conditions:
    """What made conditional standards apply (or not) for this act."""

    marks: Decimal | None
    patents: Decimal | None
    repeat: PriorPenalty | None  # the penalty that makes the act a repeat act
    notes: tuple[Phrase, ...] = ()  # each penalty weighed, and why it counts or not

    def holds(self, when: str | None) -> bool:
        if when is None:
            return True
        if when == "repeat":
            return self.repeat is not None
        if when == "two_or_more_patents":
            return (self.patents or 0) >= 2
        two = (self.marks or 0) >= 2
        return two if when == "two_or_more_marks" else not two

    def as_json(self) -> dict[str, Any]:
        return {
            "two_or_more_marks": (self.marks or 0) >= 2,
            "two_or_more_patents": (self.patents or 0) >= 2,
            "repeat": self.repeat is not None,
            "repeat_penalty": None
            if self.repeat is None
            else {
                "decided_on": self.repeat.decided_on.isoformat(),
                "kind": self.repeat.kind,
                "conduct": self.repeat.conduct,
            },
            "notes": [str(note) for note in self.notes],
        }


@dataclass(frozen=True, slots=True)
class ThresholdResult:
    offence: str
    rule_set: RuleSet
    level: str
    standards: tuple[StandardResult, ...]
    half_rule: HalfRuleResult | None
    missing: tuple[str, ...]  # what would reach the next level, in English
    explanation: str  # in English, for the command line and JSON
    sources: tuple[str, ...]
    unconfirmed: bool = False
    unit_readings: tuple[tuple[str, str], ...] = field(default=())  # (unit, level)
    act_date: date | None = None
    temporal: dict[str, Any] = field(default_factory=dict)
    conditions: Conditions | None = None
    readings: Readings = field(default_factory=Readings)
    other_readings: tuple[tuple[str, str, str], ...] = ()  # (open point, reading, level)
    explanation_phrases: tuple[Phrase, ...] = ()  # the explanation, for the window to say
    missing_phrases: tuple[Phrase, ...] = ()  # what would reach the next level, likewise
    temporal_reason: Phrase | None = None  # why that rule set applies, if two were in force

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
            "act_date": None if self.act_date is None else self.act_date.isoformat(),
            "temporal": self.temporal,
            "conditions": None if self.conditions is None else self.conditions.as_json(),
            "readings": {name: getattr(self.readings, name) for name in OPEN_POINTS},
            "other_readings": [
                {"open_point": p, "reading": r, "level": lv} for p, r, lv in self.other_readings
            ],
            "provenance": self.rule_set.provenance,
        }

"""A case's criminal assessment from its recorded figures, and the "suspicion reached" flag.

Counsel's view (DOMAIN.md, Transfer on reasonable suspicion): suspicion is reached when a standard
is met or close enough that police measures would likely confirm it. Here that is: any standard
at `margin_percent` of its threshold or more (a setting, default 80%), or the half-of-two rule
met. The authority must then transfer (Transfer Provisions Art 3(2)); a case with suspicion
reached and no transfer recorded is flagged.

`assess_case` explains everything for one case; `suspicion_reached` answers only yes or no, fast
enough for every case of a large archive, and a property test holds the two to the same answer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from casefile.rules.deadlines import RuleError
from casefile.rules.thresholds import (
    LABEL,
    LEVELS,
    RuleSet,
    ThresholdResult,
    checked_figures,
    evaluate_thresholds,
    rule_set_for,
)

TRANSFER_DUTY = (
    "Provisions on the Transfer of Suspected Criminal Cases by Administrative Law-Enforcement "
    "Organs (2020), Art 3(2)"
)


class RecordedFigure(NamedTuple):
    measure: str
    value: Decimal
    unit: str
    as_of: date


def figures_for_evaluation(recorded: Iterable[RecordedFigure]) -> dict[str, Decimal]:
    """The figure to evaluate per measure: the latest recorded (a later count replaces an
    earlier one). Works counted per episode are the "episodes" reading of the works standard."""
    latest: dict[str, tuple[date, Decimal]] = {}
    for figure in recorded:
        measure = (
            "episodes"
            if figure.measure == "works" and figure.unit == "episode"
            else (figure.measure)
        )
        if measure not in latest or figure.as_of >= latest[measure][0]:
            latest[measure] = (figure.as_of, figure.value)
    return {measure: value for measure, (_, value) in latest.items()}


@dataclass(frozen=True, slots=True)
class Suspicion:
    reached: bool
    reasons: tuple[str, ...]  # e.g. "Art 217-online: actual clicks at 96.4% of 50,000"
    margin_percent: int
    source: str = TRANSFER_DUTY


@dataclass(frozen=True, slots=True)
class CaseAssessment:
    results: tuple[ThresholdResult, ...]  # one per offence assessed
    suspicion: Suspicion
    act_date: date
    problems: tuple[str, ...] = ()  # offences that cannot be assessed, and why

    @property
    def level(self) -> str:
        """The highest level any offence reaches."""
        return max((r.level for r in self.results), key=LEVELS.index, default="none")


def suspicion_of(results: Iterable[ThresholdResult], margin_percent: int) -> Suspicion:
    reasons: list[str] = []
    for result in results:
        name = f"Art {result.offence}"
        if result.level != "none":
            reasons.append(f"{name}: {result.level.replace('_', ' ')} level reached")
            continue
        for s in result.standards:
            if s.value * 100 >= s.threshold * margin_percent:  # exact, not the rounded percent
                reasons.append(
                    f"{name}: {LABEL[s.measure]} at {s.percent}% of {s.threshold:,}"
                    f" (margin {margin_percent}%)"
                )
        if result.half_rule and result.half_rule.met:
            reasons.append(f"{name}: half-of-two rule met")
    return Suspicion(bool(reasons), tuple(reasons), margin_percent)


def assess_case(
    offences: Iterable[str],
    figures: dict[str, Decimal],
    act_date: date,
    today: date,
    rule_sets: tuple[RuleSet, ...],
    margin_percent: int,
) -> CaseAssessment:
    """Every offence evaluated and explained, and whether suspicion is reached."""
    results: list[ThresholdResult] = []
    problems: list[str] = []
    for offence in offences:
        try:
            results.append(evaluate_thresholds(offence, dict(figures), act_date, today, rule_sets))
        except RuleError as exc:  # e.g. online dissemination before the 2011 Opinions
            problems.append(f"Art {offence}: {exc}")
    suspicion = suspicion_of(results, margin_percent)
    return CaseAssessment(tuple(results), suspicion, act_date, tuple(problems))


# --- the fast yes/no for whole-archive work ---------------------------------------------------


def _quick(
    rule_set: RuleSet, offence: str, figures: dict[str, Decimal], margin: Decimal
) -> tuple[int, bool]:
    """(level index, suspicion) under one rule set, without building any explanation."""
    standards, half = rule_set.offences[offence]
    marks = "two_or_more_marks" if figures.get("marks", Decimal(0)) >= 2 else "one_mark"
    level, near = 0, False
    at_half = {"serious": 0, "especially_serious": 0}
    for s in standards:
        if s.when not in (None, marks) or s.measure not in figures:
            continue
        value = figures[s.measure]
        if value >= s.threshold:
            level = max(level, LEVELS.index(s.level))
        if value * 100 >= s.threshold * margin:
            near = True
        if half is not None and s.measure in half.measures and value >= s.threshold * half.fraction:
            at_half[s.level] += 1
    if half is not None:
        if at_half["serious"] >= half.at_least:
            level = max(level, 1)
        if at_half["especially_serious"] >= half.at_least:
            level = 2
    return level, near or level > 0


def suspicion_reached(
    offences: Iterable[str],
    figures: dict[str, Decimal],
    act_date: date,
    today: date,
    rule_sets: tuple[RuleSet, ...],
    margin_percent: int,
) -> bool:
    """`assess_case(...).suspicion.reached`, without explanations (same rule-set choice)."""
    margin = Decimal(margin_percent)
    figures = checked_figures(figures)
    try:
        at_act = rule_set_for(act_date, rule_sets)
        current = rule_set_for(today, rule_sets)
    except RuleError:  # no rule set in force then: nothing can be assessed
        return False
    for offence in offences:
        if offence not in at_act.offences:
            continue  # the full evaluation refuses it; the flag cannot be raised on it
        level, near = _quick(at_act, offence, figures, margin)
        if current is not at_act and offence in current.offences:
            later_level, later_near = _quick(current, offence, figures, margin)
            if later_level < level:  # the later, lighter rule applies (Criminal Law Art 12)
                level, near = later_level, later_near
        if near:
            return True
    return False

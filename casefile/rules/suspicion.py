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
from typing import Any, NamedTuple

from casefile.domain import CountingUnit, ThresholdMeasure
from casefile.rules.deadlines import RuleError
from casefile.rules.threshold_results import level_text
from casefile.rules.thresholds import (
    LABEL,
    LEVELS,
    PriorPenalty,
    Readings,
    RuleSet,
    StandardResult,
    ThresholdResult,
    checked_figures,
    evaluate_thresholds,
    fmt,
    level_of,
)
from casefile.words import N_, Phrase

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
            ThresholdMeasure.EPISODES
            if figure.measure == ThresholdMeasure.WORKS and figure.unit == CountingUnit.EPISODE
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
    reason_phrases: tuple[Phrase, ...] = ()  # the reasons, for the window to say


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


def _offence_reasons(
    offence: str,
    level: str,
    standards: Iterable[StandardResult],
    half_met: bool,
    margin_percent: int,
) -> list[Phrase]:
    """Why one offence reaches suspicion, as the Criminal tab says it ([] if it does not)."""
    if level != "none":
        return [
            Phrase(
                N_("Art {offence}: {level} level reached"),
                {"offence": offence, "level": level_text(level)},
            )
        ]
    reasons = [
        Phrase(
            N_("Art {offence}: {measure} at {percent}% of {threshold} (margin {margin}%)"),
            {
                "offence": offence,
                "measure": LABEL[s.measure],
                "percent": s.percent,
                "threshold": fmt(s.threshold, s.measure),
                "margin": margin_percent,
            },
        )
        for s in standards
        if s.value * 100 >= s.threshold * margin_percent  # exact, not the rounded percent
    ]
    if half_met:
        reasons.append(Phrase(N_("Art {offence}: half-of-two rule met"), {"offence": offence}))
    return reasons


def suspicion_of(results: Iterable[ThresholdResult], margin_percent: int) -> Suspicion:
    reasons: list[Phrase] = []
    for result in results:
        half_met = bool(result.half_rule and result.half_rule.met)
        reasons += _offence_reasons(
            result.offence, result.level, result.standards, half_met, margin_percent
        )
    said = tuple(str(reason) for reason in reasons)
    return Suspicion(bool(reasons), said, margin_percent, reason_phrases=tuple(reasons))


def assess_case(
    offences: Iterable[str],
    figures: dict[str, Decimal],
    act_date: date,
    today: date,
    rule_sets: tuple[RuleSet, ...],
    margin_percent: int,
    penalties: tuple[PriorPenalty, ...] = (),
    readings: Readings | None = None,
) -> CaseAssessment:
    """Every offence evaluated and explained, and whether suspicion is reached."""
    results: list[ThresholdResult] = []
    problems: list[str] = []
    for offence in offences:
        try:
            results.append(
                evaluate_thresholds(
                    offence, dict(figures), act_date, today, rule_sets, penalties, readings
                )
            )
        except RuleError as exc:  # e.g. online dissemination before the 2011 Opinions
            problems.append(f"Art {offence}: {exc}")
    suspicion = suspicion_of(results, margin_percent)
    return CaseAssessment(tuple(results), suspicion, act_date, tuple(problems))


# --- the fast yes/no for whole-archive work ---------------------------------------------------


def suspicion_reached(
    offences: Iterable[str],
    figures: dict[str, Decimal],
    act_date: date,
    today: date,
    rule_sets: tuple[RuleSet, ...],
    margin_percent: int,
    penalties: tuple[PriorPenalty, ...] = (),
    readings: Readings | None = None,
) -> bool:
    """`assess_case(...).suspicion.reached`, without explanations (same rule-set choice)."""
    checked = checked_figures(figures)
    for offence in offences:
        try:
            _, results, level, half_met = level_of(
                offence, checked, act_date, today, rule_sets, penalties, readings
            )
        except RuleError:  # no standards then: the full assessment lists it as a problem
            continue
        if level != "none" or half_met:
            return True
        if any(r.value * 100 >= r.threshold * margin_percent for r in results):
            return True
    return False


def suspicion_reason_phrases(
    offences: Iterable[str],
    figures: dict[str, Decimal],
    act_date: date,
    today: date,
    rule_sets: tuple[RuleSet, ...],
    margin_percent: int,
    penalties: tuple[PriorPenalty, ...] = (),
    readings: Readings | None = None,
) -> tuple[Phrase, ...]:
    """`assess_case(...).suspicion.reason_phrases` without the explanations: why each of many
    cases is flagged (the dashboard) at the cost of `suspicion_reached`. Empty: not reached."""
    checked = checked_figures(figures)
    reasons: list[Phrase] = []
    for offence in offences:
        try:
            _, results, level, half_met = level_of(
                offence, checked, act_date, today, rule_sets, penalties, readings
            )
        except RuleError:  # no standards then: the full assessment lists it as a problem
            continue
        reasons += _offence_reasons(offence, level, results, half_met, margin_percent)
    return tuple(reasons)


def suspicion_reasons(*args: Any, **kwargs: Any) -> tuple[str, ...]:
    """`suspicion_reason_phrases` in English (the command line's words)."""
    return tuple(str(reason) for reason in suspicion_reason_phrases(*args, **kwargs))

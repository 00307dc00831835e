"""The facts a criminal-threshold evaluation takes besides the rule sets: the figures (checked,
with the sums worked out), the infringer's earlier penalties, and the archive's readings of the
open points of the 2025 Interpretation (DOMAIN.md, Criminal thresholds: "[open] … show the result
under each reading")."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from casefile.domain import PenaltyKind
from casefile.errors import as_typed
from casefile.rules.deadlines import RuleError
from casefile.rules.threshold_sets import CONDUCT, DERIVED, INPUT_MEASURES, LABEL
from casefile.words import N_, Code, Phrase

PENALTY_KINDS = tuple(PenaltyKind)


# --- the open points -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OpenPoint:
    question: str
    readings: dict[str, str]  # value → how a result names that reading
    default: str
    source: str


OPEN_POINTS: dict[str, OpenPoint] = {
    "half_rule_item_four": OpenPoint(
        N_(
            "Do two measures inside item (四) of Art 13 (works, downloads, clicks, members) "
            "count as two items for the half rule?"
        ),
        {
            "one_item": N_("item (四) counts once, however many of its measures are at half"),
            "each_measure": N_("each measure of item (四) counts as an item of its own"),
        },
        "one_item",
        "DOMAIN.md, Criminal thresholds: [open]; default the text's wording "
        '("其中两项以上标准": two items)',
    ),
    "half_rule_top_tier": OpenPoint(
        N_("Does the half rule also work at the 10x (especially serious) tier?"),
        {
            "applies": N_("the half rule also works at the 10x tier"),
            "serious_only": N_("the half rule works only at the serious level"),
        },
        "applies",
        "DOMAIN.md, Criminal thresholds: [open]; default the text's wording (Art 13(3): ten "
        'times "the corresponding standards of the preceding paragraphs", item (五) included)',
    ),
    "repeat_top_tier": OpenPoint(
        N_("Are the repeat-offender figures multiplied too at the top tier?"),
        {
            "multiplied": N_("the repeat figures are multiplied at the top tier too"),
            "not_multiplied": N_("only the first-offence figures are multiplied at the top tier"),
        },
        "multiplied",
        'DOMAIN.md, Criminal thresholds: [open]; default the text\'s wording ("相应规定标准" '
        "covers the repeat items)",
    ),
}


@dataclass(frozen=True, slots=True)
class Readings:
    """An archive's answers to the open points of the threshold rules (defaults: DOMAIN.md's)."""

    half_rule_item_four: str = OPEN_POINTS["half_rule_item_four"].default
    half_rule_top_tier: str = OPEN_POINTS["half_rule_top_tier"].default
    repeat_top_tier: str = OPEN_POINTS["repeat_top_tier"].default

    def flipped(self, name: str) -> Readings:
        current = getattr(self, name)
        other = next(v for v in OPEN_POINTS[name].readings if v != current)
        return replace(self, **{name: other})


# --- facts ---------------------------------------------------------------------------------------


PENALTY_WORDS = {"criminal": N_("criminal"), "administrative": N_("administrative")}


@dataclass(frozen=True, slots=True)
class PriorPenalty:
    """An earlier criminal or administrative penalty of the infringer, for conduct of a
    Criminal Law article ("213"); within two years it makes the repeat standards apply."""

    decided_on: date
    kind: str  # "criminal" | "administrative"
    conduct: str
    reference: str = ""

    def describe(self) -> str:
        return str(self.phrase())

    def phrase(self) -> Phrase:
        values = {
            "kind": PENALTY_WORDS.get(self.kind, Code(self.kind)),
            "conduct": self.conduct,
            "day": self.decided_on,
            "reference": self.reference,
        }
        if self.reference:
            return Phrase(
                N_("{kind} penalty for Art {conduct} conduct of {day} ({reference})"), values
            )
        return Phrase(N_("{kind} penalty for Art {conduct} conduct of {day}"), values)


def checked_penalty(decided_on: object, kind: object, conduct: object) -> PriorPenalty:
    """A penalty given on the command line or read from an archive, checked."""
    if not isinstance(decided_on, date):
        raise RuleError(N_("earlier penalty: {value} is not a date"), value=as_typed(decided_on))
    if kind not in PENALTY_KINDS:
        raise RuleError(
            N_("earlier penalty: {value} is not one of criminal, administrative"),
            value=as_typed(kind),
        )
    article = str(conduct).split("-")[0] if conduct in ("217-online", "217-tpm") else conduct
    if article not in CONDUCT:
        raise RuleError(
            N_("earlier penalty: conduct {value} is not an article 213-219"),
            value=as_typed(conduct),
        )
    return PriorPenalty(decided_on, str(kind), str(article))


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
    """Figures checked (known measure, a number ≥ 0), with the sums worked out from their parts
    (sold plus unsold, goods plus services)."""
    figures: dict[str, Decimal] = {}
    for measure, value in raw.items():
        if value is None:
            continue
        if measure in DERIVED:
            first, second = DERIVED[measure]
            raise RuleError(
                N_("{measure!r} is worked out from {first} and {second}; give those instead"),
                measure=measure,
                first=first,
                second=second,
            )
        if measure not in INPUT_MEASURES:
            raise RuleError(N_("{measure!r} is not a threshold measure"), measure=measure)
        number = _figure(value)
        label = LABEL.get(measure, measure)
        if number is None or not number.is_finite() or number < 0:
            raise RuleError(
                N_("{label}: {value} is not a number ≥ 0"), label=label, value=as_typed(value)
            )
        if number > MAX_FIGURE:
            raise RuleError(
                N_("{label}: {value} is too large to be a real figure; at most {most:,}"),
                label=label,
                value=as_typed(value),
                most=MAX_FIGURE,
            )
        figures[measure] = number
    for total, (first, second) in DERIVED.items():
        if second in figures:  # the sum is its own test only once the second part is known
            figures[total] = figures.get(first, Decimal(0)) + figures[second]
    return figures

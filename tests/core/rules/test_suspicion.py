"""The "suspicion reached" flag: worked examples, and the fast answer equals the explained one."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from casefile.rules.suspicion import (
    RecordedFigure,
    assess_case,
    figures_for_evaluation,
    suspicion_reached,
    suspicion_reasons,
)
from casefile.rules.thresholds import OFFENCES, shipped_rule_sets

TODAY = date(2026, 11, 21)
SETS = shipped_rule_sets()


def _assess(offences: tuple[str, ...], act: date, margin: int = 80, **figures: int):  # noqa: ANN202
    values = {m: Decimal(v) for m, v in figures.items()}
    return assess_case(offences, values, act, TODAY, SETS, margin)


def test_half_of_two_reaches_suspicion() -> None:
    # 300 works (60% of 500, item (四)) and 300 copies (60% of 500, item (三)): neither standard
    # is near 80%, but half of two items is met (2025 Interpretation Art 13(1)(v)) — which is
    # the serious level itself.
    assessment = _assess(("217-online",), date(2025, 6, 1), works=300, copies=300)
    assert assessment.level == "serious"
    assert assessment.suspicion.reached
    assert assessment.suspicion.reasons == ("Art 217-online: serious level reached",)


def test_a_standard_at_the_margin_reaches_suspicion_and_names_it() -> None:
    # Unsold counterfeit scooters worth 124,800 against the 150,000 attempt standard of Art 214.
    assessment = _assess(("214",), date(2025, 3, 1), unsold_value=124_800)
    assert assessment.level == "none"
    assert assessment.suspicion.reached
    assert assessment.suspicion.reasons == (
        "Art 214: unsold goods' value at 83.2% of RMB 150,000 (margin 80%)",
        "Art 214: sales plus unsold goods' value at 83.2% of RMB 150,000 (margin 80%)",
    )
    assert not _assess(
        ("214",), date(2025, 3, 1), margin=90, unsold_value=124_800
    ).suspicion.reached


def test_below_the_margin_no_suspicion() -> None:
    assessment = _assess(("215",), date(2025, 3, 1), labels=2_400)
    assert not assessment.suspicion.reached
    assert assessment.suspicion.reasons == ()


def test_an_offence_without_standards_then_is_a_problem_not_a_crash() -> None:
    assessment = _assess(("217-online", "217"), date(2009, 5, 1), copies=600)
    assert [r.offence for r in assessment.results] == ["217"]
    assert assessment.problems and "217-online" in assessment.problems[0]
    assert assessment.suspicion.reached  # 600 copies ≥ 500


def test_the_latest_figure_counts_and_episodes_are_their_own_reading() -> None:
    recorded = [
        RecordedFigure("clicks", Decimal(20_000), "click", date(2025, 1, 5)),
        RecordedFigure("clicks", Decimal(48_200), "click", date(2025, 3, 1)),
        RecordedFigure("works", Decimal(40), "work", date(2025, 3, 1)),
        RecordedFigure("works", Decimal(620), "episode", date(2025, 3, 1)),
    ]
    assert figures_for_evaluation(recorded) == {
        "clicks": Decimal(48_200),
        "works": Decimal(40),
        "episodes": Decimal(620),
    }


MEASURES = ("copies", "works", "clicks", "members", "business_volume", "illegal_gains")
MEASURES += ("sales", "unsold_value", "labels", "marks", "episodes")


@settings(max_examples=400, deadline=None)
@given(
    offences=st.lists(st.sampled_from(OFFENCES), min_size=1, max_size=3, unique=True),
    figures=st.dictionaries(
        st.sampled_from(MEASURES), st.integers(min_value=0, max_value=3_000_000), max_size=5
    ),
    act=st.dates(min_value=date(2004, 12, 22), max_value=TODAY),
    margin=st.integers(min_value=1, max_value=100),
)
def test_fast_flag_equals_the_explained_assessment(
    offences: list[str], figures: dict[str, int], act: date, margin: int
) -> None:
    values = {m: Decimal(v) for m, v in figures.items()}
    explained = assess_case(offences, values, act, TODAY, SETS, margin)
    assert suspicion_reached(offences, values, act, TODAY, SETS, margin) == (
        explained.suspicion.reached
    )
    # The dashboard's why for every flagged case: the Criminal tab's reasons, word for word.
    assert suspicion_reasons(offences, values, act, TODAY, SETS, margin) == (
        explained.suspicion.reasons
    )

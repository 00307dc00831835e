"""The 2025 Interpretation (法释〔2025〕5号) as the rules in force: both sides of every threshold
of every offence and tier, written here from the text (Arts 3, 5, 6, 10, 13, 14, 17) and not
read from the rule-set file; the repeat standards inside and outside the two years; the temporal
rule for acts before 26 April 2025; each open point under both readings; and a property that a
larger figure never lowers the level."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casefile.rules.deadlines import RuleError
from casefile.rules.threshold_sets import INPUT_MEASURES, gaps, load_rule_set
from casefile.rules.thresholds import (
    LEVELS,
    OFFENCES,
    PriorPenalty,
    Readings,
    evaluate_thresholds,
    shipped_rule_sets,
)

TODAY = date(2026, 11, 21)
ACT = date(2025, 6, 1)
WITHIN_TWO_YEARS = PriorPenalty(date(2024, 1, 10), "administrative", "213")
COPYRIGHT_PENALTY = PriorPenalty(date(2024, 1, 10), "criminal", "217")
PATENT_PENALTY = PriorPenalty(date(2024, 1, 10), "administrative", "216")
SECRET_PENALTY = PriorPenalty(date(2024, 1, 10), "criminal", "219")

# (offence, condition, measure, serious, especially serious or None: one tier), from the text.
# Conditions: "" none, "marks" two or more marks (Art 7), "patents" two or more patents,
# "repeat" an earlier penalty for the listed conduct within two years.
TABLE = [
    # Art 3(1) goods, 3(2) services, ten times: 3(4)
    ("213", "", "illegal_gains", 30_000, 300_000),
    ("213", "", "business_volume", 50_000, 500_000),
    ("213", "marks", "illegal_gains", 20_000, 200_000),
    ("213", "marks", "business_volume", 30_000, 300_000),
    ("213", "repeat", "illegal_gains", 20_000, 200_000),
    ("213", "repeat", "business_volume", 30_000, 300_000),
    ("213", "", "services_gains", 50_000, 500_000),
    ("213", "marks", "services_gains", 30_000, 300_000),
    ("213", "repeat", "services_gains", 30_000, 300_000),
    # Art 5(1), ten times: 5(2)
    ("214", "", "illegal_gains", 30_000, 300_000),
    ("214", "", "sales", 50_000, 500_000),
    ("214", "repeat", "illegal_gains", 20_000, 200_000),
    ("214", "repeat", "sales", 30_000, 300_000),
    ("214", "", "unsold_value", 150_000, 1_500_000),
    ("214", "repeat", "unsold_value", 90_000, 900_000),
    # Art 6(1), five times: 6(2)
    ("215", "", "labels", 10_000, 50_000),
    ("215", "", "illegal_gains", 20_000, 100_000),
    ("215", "", "business_volume", 30_000, 150_000),
    ("215", "marks", "labels", 5_000, 25_000),
    ("215", "marks", "illegal_gains", 10_000, 50_000),
    ("215", "marks", "business_volume", 20_000, 100_000),
    ("215", "repeat", "labels", 5_000, 25_000),
    ("215", "repeat", "illegal_gains", 10_000, 50_000),
    ("215", "repeat", "business_volume", 20_000, 100_000),
    ("215", "", "unsold_labels", 30_000, 150_000),
    ("215", "marks", "unsold_labels", 15_000, 75_000),
    ("215", "repeat", "unsold_labels", 15_000, 75_000),
    # Art 10: one tier (Criminal Law Art 216 has one)
    ("216", "", "illegal_gains", 100_000, None),
    ("216", "", "business_volume", 200_000, None),
    ("216", "", "holder_loss", 300_000, None),
    ("216", "patents", "illegal_gains", 50_000, None),
    ("216", "patents", "business_volume", 100_000, None),
    ("216", "repeat", "illegal_gains", 50_000, None),
    ("216", "repeat", "business_volume", 100_000, None),
    # Art 13(1), ten times: 13(3)
    ("217", "", "illegal_gains", 30_000, 300_000),
    ("217", "", "business_volume", 50_000, 500_000),
    ("217", "repeat", "illegal_gains", 20_000, 200_000),
    ("217", "repeat", "business_volume", 30_000, 300_000),
    ("217", "", "copies", 500, 5_000),
    ("217", "", "works", 500, 5_000),
    ("217", "", "downloads", 10_000, 100_000),
    ("217", "", "clicks", 100_000, 1_000_000),
    ("217", "", "members", 1_000, 10_000),
    ("217-online", "", "clicks", 100_000, 1_000_000),
    ("217-online", "", "downloads", 10_000, 100_000),
    # Art 13(2): circumventing technical measures, the amounts of 13(1); 13(3) ten times
    ("217-tpm", "", "illegal_gains", 30_000, 300_000),
    ("217-tpm", "", "business_volume", 50_000, 500_000),
    # Art 14(1): one tier (Criminal Law Art 218 has one)
    ("218", "", "illegal_gains", 50_000, None),
    ("218", "", "sales", 100_000, None),
    ("218", "repeat", "illegal_gains", 30_000, None),
    ("218", "repeat", "sales", 50_000, None),
    ("218", "", "copies", 1_000, None),
    ("218", "", "unsold_value", 300_000, None),
    ("218", "repeat", "unsold_value", 150_000, None),
    ("218", "", "unsold_copies", 3_000, None),
    # Art 17(1), ten times: 17(2)
    ("219", "", "holder_loss", 300_000, 3_000_000),
    ("219", "", "illegal_gains", 300_000, 3_000_000),
    ("219", "repeat", "holder_loss", 100_000, 1_000_000),
    ("219", "repeat", "illegal_gains", 100_000, 1_000_000),
]

PENALTY_FOR = {
    "216": PATENT_PENALTY,
    "217": COPYRIGHT_PENALTY,
    "217-online": COPYRIGHT_PENALTY,
    "217-tpm": COPYRIGHT_PENALTY,
    "218": COPYRIGHT_PENALTY,
    "219": SECRET_PENALTY,
}


def level(offence: str, condition: str, measure: str, value: int, act: date = ACT) -> str:
    figures: dict[str, object] = {measure: value}
    if condition == "marks":
        figures["marks"] = 2
    if condition == "patents":
        figures["patents"] = 2
    penalties = (PENALTY_FOR.get(offence, WITHIN_TWO_YEARS),) if condition == "repeat" else ()
    return evaluate_thresholds(offence, figures, act, TODAY, penalties=penalties).level


@pytest.mark.parametrize(("offence", "condition", "measure", "serious", "top"), TABLE)
def test_both_sides_of_every_threshold(
    offence: str, condition: str, measure: str, serious: int, top: int | None
) -> None:
    assert level(offence, condition, measure, serious - 1) == "none"
    assert level(offence, condition, measure, serious) == "serious"
    if top is None:  # one tier: no figure reaches further
        assert level(offence, condition, measure, serious * 1000) == "serious"
    else:
        assert level(offence, condition, measure, top - 1) == "serious"
        assert level(offence, condition, measure, top) == "especially_serious"


def test_sold_plus_unsold_and_goods_plus_services() -> None:
    def of(offence: str, **figures: int) -> str:
        return evaluate_thresholds(offence, figures, ACT, TODAY).level

    assert of("214", sales=40_000, unsold_value=109_999) == "none"  # 149,999
    assert of("214", sales=40_000, unsold_value=110_000) == "serious"  # 3 × 50,000
    assert of("214", sales=400_000, unsold_value=1_100_000) == "especially_serious"
    assert of("215", labels=9_000, unsold_labels=20_999) == "none"
    assert of("215", labels=9_000, unsold_labels=21_000) == "serious"  # 3 × 10,000
    assert of("218", copies=900, unsold_copies=2_100) == "serious"  # 3 × 1,000
    assert of("218", sales=90_000, unsold_value=209_999) == "none"
    assert of("218", sales=90_000, unsold_value=210_000) == "serious"  # 3 × 100,000
    # Art 3(3): goods gains below 30,000, with services gains reaching the services 50,000
    assert of("213", illegal_gains=20_000, services_gains=29_999) == "none"
    result = evaluate_thresholds(
        "213", {"illegal_gains": 20_000, "services_gains": 30_000}, ACT, TODAY
    )
    assert result.level == "serious"
    assert any(s.measure == "goods_and_services_gains" and s.met for s in result.standards)
    assert "Art 3(3)" in result.explanation


def test_repeat_standards_inside_and_outside_two_years() -> None:
    penalty = PriorPenalty(date(2023, 6, 1), "administrative", "214")
    inside = evaluate_thresholds(
        "213", {"illegal_gains": 20_000}, date(2025, 6, 1), TODAY, penalties=(penalty,)
    )
    assert inside.level == "serious"  # the anniversary is "within" two years (Art 99)
    assert "within 2 years of it (until 2025-06-01)" in inside.explanation
    outside = evaluate_thresholds(
        "213", {"illegal_gains": 20_000}, date(2025, 6, 2), TODAY, penalties=(penalty,)
    )
    assert outside.level == "none"
    assert "more than 2 years after it" in outside.explanation
    other_conduct = evaluate_thresholds(
        "213",
        {"illegal_gains": 20_000},
        ACT,
        TODAY,
        penalties=(PriorPenalty(date(2024, 6, 1), "criminal", "217"),),
    )
    assert other_conduct.level == "none"
    assert "Art 217 is not among Arts 213, 214, 215" in other_conduct.explanation
    later = evaluate_thresholds(
        "217",
        {"illegal_gains": 20_000},
        ACT,
        TODAY,
        penalties=(PriorPenalty(date(2025, 7, 1), "administrative", "217"),),
    )
    assert later.level == "none" and "came after the act" in later.explanation


def test_two_marks_means_marks_of_different_sources() -> None:
    result = evaluate_thresholds("213", {"business_volume": 40_000, "marks": 2}, ACT, TODAY)
    assert result.level == "serious"
    assert "Art 7" in result.explanation
    # Only the deciding figure is listed: 30,000 with two marks, not the one-mark 50,000 too.
    serious = [s for s in result.standards if s.level == "serious"]
    assert [(s.measure, int(s.threshold)) for s in serious] == [("business_volume", 30_000)]


# --- the examples -----------------------------------------------------------------------


def test_two_marks_and_160000_is_serious_not_especially_serious() -> None:
    result = evaluate_thresholds("213", {"marks": 2, "business_volume": 160_000}, ACT, TODAY)
    assert result.level == "serious"
    assert "RMB 140,000 more illegal business volume" in result.missing  # to 300,000


def test_214_gains_of_30000_are_relatively_large() -> None:
    result = evaluate_thresholds("214", {"illegal_gains": 30_000}, ACT, TODAY)
    assert result.level == "serious"
    assert "RMB 30,000 of RMB 30,000" in result.explanation
    assert "(rmb)" not in result.explanation.lower()


def test_an_online_act_before_the_2025_text_gets_its_more_favourable_click_figure() -> None:
    result = evaluate_thresholds("217-online", {"clicks": 60_000}, date(2025, 4, 20), TODAY)
    assert result.level == "none" and result.rule_set.id == "cn-2025"
    assert result.temporal["rule_set_at_act"] == "cn-2011"
    assert result.temporal["level_at_act"] == "serious"
    assert "better result (none instead of serious)" in result.explanation
    assert "point 3" in result.explanation and "Art 31" in result.explanation


def test_15000_labels_in_2024_stay_under_the_2004_figure() -> None:
    # DOMAIN.md: the later rule (10,000) is harsher, so the act-time rule (20,000) stands.
    result = evaluate_thresholds("215", {"labels": 15_000}, date(2024, 6, 1), TODAY)
    assert result.level == "none" and result.rule_set.id == "cn-2011"
    assert "gives a worse result (serious)" in result.explanation


def test_no_unconfirmed_word_where_the_text_settles_the_figures() -> None:
    for offence in OFFENCES:
        result = evaluate_thresholds(offence, {"illegal_gains": 1, "copies": 1}, ACT, TODAY)
        assert not result.unconfirmed and "UNCONFIRMED" not in result.explanation
    cn_2025 = next(s for s in shipped_rule_sets() if s.id == "cn-2025")
    assert "public law-reference collection" in cn_2025.provenance


# --- the open points, both readings ---------------------------------------------------------------


def test_two_measures_inside_item_four() -> None:
    figures = {"works": 250, "downloads": 5_000}  # half of two standards of item (四)
    default = evaluate_thresholds("217-online", figures, ACT, TODAY)
    assert default.level == "none"
    assert ("half_rule_item_four", "each_measure", "serious") in default.other_readings
    assert "if each measure of item (四) counts as an item of its own, the level is serious" in (
        default.explanation
    )
    each = Readings(half_rule_item_four="each_measure")
    assert evaluate_thresholds("217-online", figures, ACT, TODAY, readings=each).level == "serious"


def test_the_half_rule_at_the_ten_times_tier() -> None:
    figures = {"business_volume": 250_000, "copies": 2_500}  # half of (一) and (三) at 10×
    default = evaluate_thresholds("217", figures, ACT, TODAY)
    assert default.level == "especially_serious"
    assert ("half_rule_top_tier", "serious_only", "serious") in default.other_readings
    only = Readings(half_rule_top_tier="serious_only")
    assert evaluate_thresholds("217", figures, ACT, TODAY, readings=only).level == "serious"


def test_repeat_figures_at_the_top_tier() -> None:
    args = ("217", {"illegal_gains": 200_000}, ACT, TODAY)
    default = evaluate_thresholds(*args, penalties=(COPYRIGHT_PENALTY,))
    assert default.level == "especially_serious"  # 10 × 20,000
    assert ("repeat_top_tier", "not_multiplied", "serious") in default.other_readings
    not_multiplied = Readings(repeat_top_tier="not_multiplied")
    assert (
        evaluate_thresholds(*args, penalties=(COPYRIGHT_PENALTY,), readings=not_multiplied).level
        == "serious"
    )


def test_one_figure_does_not_count_for_two_items() -> None:
    # Business volume 25,000 is half of item (一) (50,000) and of item (二) (repeat 30,000), but
    # it is one figure: the half rule needs two items reached by different figures.
    alone = evaluate_thresholds(
        "217", {"business_volume": 25_000}, ACT, TODAY, penalties=(COPYRIGHT_PENALTY,)
    )
    assert alone.level == "none"
    with_gains = evaluate_thresholds(
        "217",
        {"business_volume": 25_000, "illegal_gains": 10_000},
        ACT,
        TODAY,
        penalties=(COPYRIGHT_PENALTY,),
    )
    assert with_gains.level == "serious"  # (一) on volume, (二) on gains


# --- rule-set gaps --------------------------------------------------------------------------------


def test_a_rule_set_that_ends_leaves_a_gap_that_is_named(tmp_path: Path) -> None:
    cn_2025 = next(s for s in shipped_rule_sets() if s.id == "cn-2025")
    edited = tmp_path / "cn-2025.toml"
    text = (cn_2025.path or Path()).read_text(encoding="utf-8")
    edited.write_text(
        text.replace(
            'in_force_from = "2025-04-26"',
            'in_force_from = "2025-04-26"\nin_force_until = "2025-12-31"',
        ),
        encoding="utf-8",
    )
    sets = tuple(load_rule_set(edited) if s.id == "cn-2025" else s for s in shipped_rule_sets())
    [gap] = gaps(sets)
    assert gap.first_day == date(2026, 1, 1) and gap.last_day is None
    assert "from 2026-01-01 on" in gap.describe()
    with pytest.raises(RuleError, match="no criminal-threshold rule set is in force on 2026-11-21"):
        evaluate_thresholds("217", {"copies": 600}, ACT, TODAY, sets)
    assert gaps(shipped_rule_sets()) == []


# --- a larger figure never lowers the level ------------------------------------------------------

COUNTED = [m for m in INPUT_MEASURES if m not in ("episodes",)]
penalties = st.lists(
    st.builds(
        PriorPenalty,
        st.dates(min_value=date(2010, 1, 1), max_value=TODAY),
        st.sampled_from(["criminal", "administrative"]),
        st.sampled_from(["213", "214", "215", "216", "217", "218", "219"]),
    ),
    max_size=2,
)
readings = st.builds(
    Readings,
    st.sampled_from(["one_item", "each_measure"]),
    st.sampled_from(["applies", "serious_only"]),
    st.sampled_from(["multiplied", "not_multiplied"]),
)


@settings(max_examples=400, deadline=None)
@given(
    offence=st.sampled_from(OFFENCES),
    base=st.fixed_dictionaries({}, optional={m: st.integers(0, 4_000_000) for m in COUNTED}),
    measure=st.sampled_from(COUNTED),
    extra=st.integers(1, 3_000_000),
    act=st.dates(min_value=date(2011, 1, 11), max_value=TODAY),
    earlier=penalties,
    reading=readings,
)
def test_a_larger_figure_never_lowers_the_level(
    offence: str,
    base: dict[str, int],
    measure: str,
    extra: int,
    act: date,
    earlier: list[PriorPenalty],
    reading: Readings,
) -> None:
    def judged(figures: dict[str, int]) -> int:
        try:
            result = evaluate_thresholds(
                offence, figures, act, TODAY, None, tuple(earlier), reading
            )
        except RuleError:  # 219 and 217-tpm before 2025: no standards to judge by
            assert offence in ("219", "217-tpm") and act < date(2025, 4, 26)
            return -1
        return LEVELS.index(result.level)

    bigger = dict(base)
    bigger[measure] = bigger.get(measure, 0) + extra
    assert judged(bigger) >= judged(base)

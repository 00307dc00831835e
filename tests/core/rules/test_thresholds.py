"""Criminal thresholds of the earlier interpretations (2004 Interp. Arts 1–6, 2007 Interp. II
Art 1, 2011 Opinions Arts 8 and 13), judged as on a day before the 2025 Interpretation (so that
its more lenient figures do not apply), the half-of-two rule at both levels, and rule-set choice
by act date. The 2025 rules: test_thresholds_2025.py."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from casefile.rules.deadlines import RuleDataError, RuleError
from casefile.rules.thresholds import evaluate_thresholds, load_rule_set, shipped_rule_sets

TODAY = date(2026, 11, 21)
BEFORE_2025 = date(2024, 6, 1)
JUDGED_ON = date(2025, 3, 1)  # the 2011 Opinions still in force: no later set to compare


def evaluate(offence: str, act: date = BEFORE_2025, **figures: object):  # type: ignore[no-untyped-def]
    return evaluate_thresholds(offence, figures, act, today=JUDGED_ON)


def test_500_copies_since_2007_and_1000_before() -> None:
    assert evaluate("217", copies=500).level == "serious"
    assert evaluate("217", copies=2500).level == "especially_serious"
    old = evaluate("217", date(2006, 5, 1), copies=600)
    # The 2004 Interpretation needed 1,000 copies; 2007 lowered it to 500: harsher, so the
    # act-date rule (none) stands.
    assert old.rule_set.id == "cn-2004" and old.level == "none"
    assert "1,000" in old.explanation and "400 more copies" in old.missing[0]


def test_online_half_of_two_rule_at_both_levels() -> None:
    serious = evaluate("217-online", works=300, clicks=30_000)
    assert serious.level == "serious"
    assert not any(s.met for s in serious.standards)  # no single standard met…
    assert serious.half_rule is not None and serious.half_rule.met  # …but half of two
    especially = evaluate("217-online", works=1_300, clicks=130_000)
    assert especially.level == "especially_serious"
    assert especially.half_rule is not None and especially.half_rule.met_especially
    one_half_only = evaluate("217-online", works=300, clicks=10_000)
    assert one_half_only.level == "none"


def test_percentages_thresholds_and_what_is_missing() -> None:
    result = evaluate("217-online", works=320, clicks=31_000)
    works = next(s for s in result.standards if s.measure == "works" and s.level == "serious")
    assert (works.value, works.threshold, works.percent, works.met) == (320, 500, 64.0, False)
    assert result.level == "serious"  # half of two
    below = evaluate("217-online", works=320, clicks=20_000)
    assert below.level == "none"
    assert "180 more works" in below.missing
    assert "30,000 more actual clicks" in below.missing
    assert any("actual clicks to 25,000 (5,000 more)" in m for m in below.missing)


def test_two_or_more_marks_lower_the_trademark_thresholds() -> None:
    assert evaluate("213", business_volume=40_000).level == "none"
    assert evaluate("213", business_volume=40_000, marks=2).level == "serious"
    assert evaluate("215", labels=12_000).level == "none"
    assert evaluate("215", labels=12_000, marks=3).level == "serious"


def test_selling_counterfeits_attempt_and_sold_plus_unsold() -> None:
    assert evaluate("214", sales=40_000).level == "none"
    assert evaluate("214", unsold_value=150_000).level == "serious"
    combined = evaluate("214", sales=40_000, unsold_value=110_000)
    assert combined.level == "serious"
    assert any(s.measure == "sales_plus_unsold" and s.met for s in combined.standards)
    # Before the 2011 Opinions there was no attempt standard.
    assert evaluate("214", date(2009, 1, 1), unsold_value=200_000).level == "none"


def test_art_218_lowered_in_2025_and_lenity() -> None:
    after = evaluate_thresholds("218", {"illegal_gains": 60_000}, date(2025, 6, 1), TODAY)
    assert after.rule_set.id == "cn-2025" and after.level == "serious"
    assert not after.unconfirmed  # DOMAIN.md confirms the 2025 Art 218 figure
    before = evaluate_thresholds("218", {"illegal_gains": 60_000}, BEFORE_2025, TODAY)
    assert before.rule_set.id == "cn-2011" and before.level == "none"
    assert "gives a worse result (serious)" in before.explanation
    assert "Temporal Effect of Criminal Judicial Interpretations" in before.explanation


def test_a_more_lenient_later_rule_set_applies(tmp_path: Path) -> None:
    lenient = tmp_path / "cn-2030.toml"
    lenient.write_text(
        'id = "cn-2030"\ntitle = "A lenient future set"\nin_force_from = "2026-01-01"\n'
        '[[offences."217".standards]]\nlevel = "serious"\nmeasure = "copies"\n'
        'threshold = 5000\nsource = "Imaginary Art 1"\n',
        encoding="utf-8",
    )
    sets = (*[s for s in shipped_rule_sets() if s.id != "cn-2025"], load_rule_set(lenient))
    result = evaluate_thresholds("217", {"copies": 800}, date(2025, 1, 1), TODAY, sets)
    assert result.rule_set.id == "cn-2030" and result.level == "none"
    assert "point 3" in result.explanation and "better result" in result.explanation


def test_unconfirmed_figures_are_flagged_visibly(tmp_path: Path) -> None:
    text = (shipped_rule_sets()[2].path or Path()).read_text(encoding="utf-8")
    text = text.replace("threshold = 50000\n", "threshold = 50000\nconfirmed = false\n", 1)
    text += '\nunconfirmed = "Art 213 business volume not checked."\n'
    text = text.replace("confirmed = true\n", 'unconfirmed = "Art 213 figure not checked."\n', 1)
    edited = tmp_path / "cn-2011.toml"
    edited.write_text(text.replace('\nunconfirmed = "Art 213 business volume not checked."\n', ""))
    sets = tuple(load_rule_set(edited) if s.id == "cn-2011" else s for s in shipped_rule_sets())
    result = evaluate_thresholds("213", {"business_volume": 60_000}, BEFORE_2025, JUDGED_ON, sets)
    assert result.unconfirmed
    assert "UNCONFIRMED: Art 213 figure not checked." in result.explanation
    assert not evaluate("217", copies=600).unconfirmed  # only where a figure really is


def test_episodes_counted_as_works_give_the_other_reading() -> None:
    result = evaluate("217-online", works=38, episodes=412, clicks=30_000)
    assert result.level == "none"
    assert dict(result.unit_readings) == {"work": "none", "episode": "serious"}
    assert "Counting each episode as a work (412 episodes): serious" in result.explanation


def test_bad_input_is_refused() -> None:
    with pytest.raises(RuleError, match="unknown offence"):
        evaluate("999", copies=1)
    with pytest.raises(RuleError, match="not a number"):
        evaluate("217", copies=-1)
    with pytest.raises(RuleError, match="in the future"):
        evaluate_thresholds("217", {"copies": 1}, date(2030, 1, 1), TODAY)
    with pytest.raises(RuleError, match="worked out from sales and unsold_value"):
        evaluate("214", sales_plus_unsold=1)
    with pytest.raises(RuleError, match="before 2011"):
        evaluate("217-online", date(2009, 1, 1), works=10)


def test_a_broken_rule_set_edit_names_file_key_and_problem(tmp_path: Path) -> None:
    edited = tmp_path / "cn-2011.toml"
    text = (shipped_rule_sets()[2].path or Path()).read_text(encoding="utf-8")
    edited.write_text(text.replace("threshold = 500\n", "threshold = -500\n", 1), encoding="utf-8")
    with pytest.raises(RuleDataError) as raised:
        load_rule_set(edited)
    assert raised.value.path == edited
    assert raised.value.key.endswith(".threshold")
    assert "above 0" in raised.value.problem


def test_equal_shortfalls_on_the_half_of_two_route_do_not_crash() -> None:
    # Found by hypothesis: two standards exactly as far from half their threshold (here both at
    # zero, i.e. reached) once made the "missing" ordering compare rule objects.
    result = evaluate("217-online", works=1_250, clicks=125_000, members=10)
    assert result.level == "especially_serious"
    tied = evaluate("217-online", works=0, clicks=0)
    assert tied.level == "none" and any("half of two" in m for m in tied.missing)

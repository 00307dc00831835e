"""Deadlines worked by hand from the texts: Spring Festival, National Day, make-up working days,
month ends and leap years, and every open point under both readings."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casefile.rules.calendars import calendar_for
from casefile.rules.deadlines import (
    DeadlineSettings,
    RuleDataError,
    RuleError,
    compute_deadline,
    load_rule_book,
    makeup_day_can_move,
    shipped_rule_book,
)

NOT_COUNTED = DeadlineSettings(makeup_days_count=False)
WORKING_DAY_TRANSFER = DeadlineSettings(transfer_day_basis="working_days")

REQUIRED_RULES = [
    "cn.customs.apply_detention",
    "cn.customs.investigation",
    "cn.customs.release_on_application",
    "cn.customs.release_ex_officio",
    "cn.customs.recordal_expiry",
    "eu.customs.confirm",
    "eu.customs.confirm_extended",
    "eu.customs.confirm_perishable",
    "eu.customs.small_consignment",
    "cn.platform.counter_notice",
    "cn.civil.appeal_judgment",
    "cn.civil.appeal_judgment_foreign",
    "cn.civil.appeal_ruling",
    "cn.civil.limitation",
    "cn.admin.reconsideration",
    "cn.admin.litigation",
    "cn.admin.litigation_after_reconsideration",
    "cn.transfer.head_decision",
    "cn.transfer.psb_decision",
    "sg.customs.suit",
    "th.customs.confirm",
    "vn.customs.suspension",
    "eu.customs.small_consignment_holder",
    "eu.customs.application_expiry",
    "eu.customs.application_extension",
    "cn.civil.retrial_application",
]


def test_every_required_rule_exists_and_cites_an_article() -> None:
    book = shipped_rule_book()
    for rule_id in REQUIRED_RULES:
        rule = book.rules[rule_id]
        assert rule.instrument and rule.article, rule_id


def test_customs_notice_before_national_day_2025_both_readings() -> None:
    # Fri 26 Sep; Sat 27 rest; Sun 28 make-up working day (1); Mon 29 (2); Tue 30 (3).
    result = compute_deadline("cn.customs.apply_detention", date(2025, 9, 26))
    assert result.due == date(2025, 9, 30)
    assert "make-up working Sunday 28 Sep counted" in result.explanation
    assert "Art 16" in result.explanation
    # Not counting make-up days: Mon 29 (1), Tue 30 (2), 1–8 Oct holiday, Thu 9 Oct (3).
    assert [(a.reading, a.due) for a in result.alternatives] == [
        ("make-up working days not counted", date(2025, 10, 9))
    ]
    other = compute_deadline("cn.customs.apply_detention", date(2025, 9, 26), settings=NOT_COUNTED)
    assert other.due == date(2025, 10, 9)
    assert other.alternatives[0].due == date(2025, 9, 30)


def test_customs_notice_before_spring_festival_2026() -> None:
    # Thu 12 Feb; Fri 13 (1); Sat 14 make-up (2); 15–23 Feb Spring Festival; Tue 24 (3).
    result = compute_deadline("cn.customs.apply_detention", date(2026, 2, 12))
    assert result.due == date(2026, 2, 24)
    assert "春节 Spring Festival" in result.explanation
    assert result.alternatives[0].due == date(2026, 2, 25)


def test_appeal_period_ending_in_national_day_moves_past_the_holiday() -> None:
    # Served Sat 20 Sep 2025: 15 days → Sun 5 Oct, in the 1–8 Oct break → Thu 9 Oct.
    result = compute_deadline("cn.civil.appeal_judgment", date(2025, 9, 20))
    assert result.due == date(2025, 10, 9)
    assert "moves to the next working day" in result.explanation
    assert result.alternatives == ()


def test_months_end_on_the_month_end_and_a_make_up_saturday_gives_both_readings() -> None:
    # 31 Aug 2025 + 6 months: no 31 Feb → Sat 28 Feb 2026, a make-up working day: no move…
    result = compute_deadline("cn.admin.litigation", date(2025, 8, 31))
    assert result.due == date(2026, 2, 28)
    assert "has no day 31" in result.explanation
    assert "make-up working Saturday, counted as a working day: no move" in result.explanation
    # …and the other reading of the make-up open point is given: a rest day, moved to Monday.
    assert [(a.reading, a.due) for a in result.alternatives] == [
        ("make-up working days not counted", date(2026, 3, 2))
    ]
    assert "With make-up working days not counted: 2026-03-02." in result.explanation
    other = compute_deadline("cn.admin.litigation", date(2025, 8, 31), settings=NOT_COUNTED)
    assert other.due == date(2026, 3, 2)


def test_every_rule_a_make_up_day_can_move_lists_that_open_point() -> None:
    book = shipped_rule_book()
    movable = {r.id for r in book.rules.values() if makeup_day_can_move(r)}
    listing = {r.id for r in book.rules.values() if "makeup_days_count" in r.open_points}
    assert movable == listing
    # The month and year periods that move off a rest day are among them.
    assert {"cn.admin.litigation", "cn.civil.limitation", "cn.civil.enforcement"} <= movable
    assert {"cn.civil.retrial_application", "cn.transfer.psb_decision"} <= movable
    # No make-up days on these calendars, or no working day counted and no move: not listed.
    assert not {"eu.customs.confirm", "cn.customs.recordal_expiry", "cn.transfer.send_to_psb"} & (
        movable
    )


@pytest.mark.parametrize(
    ("rule_id", "trigger", "counted", "not_counted"),
    [
        # 3 years from Sat 28 Feb 2023 → Sat 28 Feb 2026, a make-up working day.
        ("cn.civil.limitation", date(2023, 2, 28), date(2026, 2, 28), date(2026, 3, 2)),
        # 2 years from 28 Feb 2024 → Sat 28 Feb 2026.
        ("cn.civil.enforcement", date(2024, 2, 28), date(2026, 2, 28), date(2026, 3, 2)),
        # 6 months from Sun 31 Aug 2025 → Sat 28 Feb 2026 (retrial, CPL Art 216).
        ("cn.civil.retrial_application", date(2025, 8, 31), date(2026, 2, 28), date(2026, 3, 2)),
        # 15 days from Fri 13 Feb 2026 → Sat 28 Feb 2026 (appeal, CPL Art 171(1)).
        ("cn.civil.appeal_judgment", date(2026, 2, 13), date(2026, 2, 28), date(2026, 3, 2)),
    ],
)
def test_a_period_ending_on_a_make_up_day_gives_the_other_reading(
    rule_id: str, trigger: date, counted: date, not_counted: date
) -> None:
    result = compute_deadline(rule_id, trigger)
    assert result.due == counted
    assert [(a.reading, a.due) for a in result.alternatives] == [
        ("make-up working days not counted", not_counted)
    ]
    assert f"With make-up working days not counted: {not_counted.isoformat()}." in (
        result.explanation
    )
    other = compute_deadline(rule_id, trigger, settings=NOT_COUNTED)
    assert other.due == not_counted
    assert "make-up working Saturday, not counted (setting)" in other.explanation


def test_a_rule_file_forgetting_the_make_up_open_point_is_refused(tmp_path: Path) -> None:
    path = _one_rule_file(
        tmp_path,
        'amount = 6\nunit = "months"\nrest_day_extends = true\n',
        before='[open_points.makeup_days_count]\nquestion = "q"\ndefault = "counted"\n'
        'readings = { counted = "c", not_counted = "n" }\nsource = "s"\n',
    )
    with pytest.raises(RuleDataError) as raised:
        load_rule_book(path)
    assert raised.value.key == "rules.x.y.open_points"
    assert "makeup_days_count" in raised.value.problem
    path.write_text(
        path.read_text(encoding="utf-8") + 'open_points = ["makeup_days_count"]\n',
        encoding="utf-8",
    )
    assert load_rule_book(path).rules["x.y"].open_points == ("makeup_days_count",)


def test_hours_are_whole_days_of_24(tmp_path: Path) -> None:
    path = _one_rule_file(tmp_path, 'amount = 36\nunit = "hours"\n')
    with pytest.raises(RuleDataError) as raised:
        load_rule_book(path)
    assert raised.value.key == "rules.x.y.amount" and "24" in raised.value.problem


def test_eu_application_for_action_expiry_and_extension_request() -> None:
    # Granted Mon 2 Mar 2026: at most one year, to Tue 2 Mar 2027 (Art 11(1)).
    expiry = compute_deadline("eu.customs.application_expiry", date(2026, 3, 2))
    assert expiry.due == date(2027, 3, 2)
    assert "Art 11(1)" in expiry.explanation
    # The extension request must arrive 30 NL working days before: Tue 19 Jan 2027 (Art 12(2)).
    request = compute_deadline("eu.customs.application_extension", date(2026, 3, 2))
    assert request.due == date(2027, 1, 19)
    assert "1 year after 2026-03-02: 2027-03-02 → 2027-03-02" in request.explanation
    assert "30 working days before 2027-03-02, that day not counted; 12 weekend days skipped" in (
        request.explanation
    )
    assert "Art 12(1)–(2)" in request.explanation
    # Granted 20 May 2026, in Germany: expiry Thu 20 May 2027; 30 DE working days back skip
    # Whit Monday 17 May and Ascension 6 May (and Labour Day, a Saturday): Tue 6 Apr 2027.
    de = compute_deadline("eu.customs.application_extension", date(2026, 5, 20), jurisdiction="DE")
    assert de.due == date(2027, 4, 6)
    assert "Thu 6 May (Ascension Day), Mon 17 May (Pentecost Monday)" in de.explanation


def test_eu_small_consignment_holder_has_10_working_days_after_the_objection() -> None:
    # Notified Mon 3 Mar 2025 that the declarant objects: 10 NL working days → Mon 17 Mar.
    result = compute_deadline("eu.customs.small_consignment_holder", date(2025, 3, 3))
    assert result.due == date(2025, 3, 17)
    assert "Art 26(9)" in result.explanation and "4 weekend days skipped" in result.explanation


def test_leap_day_recordal_expires_on_the_last_day_of_february() -> None:
    result = compute_deadline("cn.customs.recordal_expiry", date(2016, 2, 29))
    assert result.due == date(2026, 2, 28)


def test_limitation_beyond_the_calendar_data_says_weekends_only() -> None:
    # 29 Feb 2024 + 3 years → Sun 28 Feb 2027; no 2027 notice here: weekends only → Mon 1 Mar.
    result = compute_deadline("cn.civil.limitation", date(2024, 2, 29))
    assert result.due == date(2027, 3, 1)
    assert "no China (mainland) holiday data for 2027: weekends only" in result.explanation


def test_transfer_head_decision_calendar_and_working_days() -> None:
    # Report on Tue 30 Sep 2025: 3 days → Fri 3 Oct (holiday) → Thu 9 Oct.
    result = compute_deadline("cn.transfer.head_decision", date(2025, 9, 30))
    assert result.due == date(2025, 10, 9)
    # Working days: 1–8 Oct holiday; Thu 9 (1), Fri 10 (2), Sat 11 make-up (3).
    assert [(a.reading, a.due) for a in result.alternatives] == [
        ("3 working days", date(2025, 10, 11))
    ]
    working = compute_deadline(
        "cn.transfer.psb_decision", date(2025, 9, 30), settings=WORKING_DAY_TRANSFER
    )
    assert working.due == date(2025, 10, 11)
    others = {a.reading: a.due for a in working.alternatives}
    assert others["3 calendar days"] == date(2025, 10, 9)
    # The make-up Saturday 11 Oct not counted (the setting reaches the working-days reading).
    assert others["make-up working days not counted"] == date(2025, 10, 13)


def test_make_up_days_not_counted_reach_the_working_days_reading_of_transfers() -> None:
    settings = DeadlineSettings(makeup_days_count=False, transfer_day_basis="working_days")
    result = compute_deadline("cn.transfer.psb_decision", date(2025, 9, 25), settings=settings)
    # Fri 26 (1), Sun 28 make-up not counted, Mon 29 (2), Tue 30 (3).
    assert result.due == date(2025, 9, 30)
    assert "the make-up working Sunday 28 Sep not counted" in result.explanation
    assert "28 Sep counted" not in result.explanation


def test_open_point_giving_the_same_date_says_so() -> None:
    result = compute_deadline("cn.customs.apply_detention", date(2025, 3, 3))
    assert result.due == date(2025, 3, 6)
    assert result.alternatives == ()
    assert "make-up working days not counted: the same date" in result.explanation


def test_eu_confirmation_counts_the_member_states_working_days() -> None:
    # NL: King's Day Mon 27 Apr 2026 skipped → Tue 5 May; DE has 1 May instead.
    assert compute_deadline("eu.customs.confirm", date(2026, 4, 20)).due == date(2026, 5, 5)
    de = compute_deadline("eu.customs.confirm", date(2026, 4, 20), jurisdiction="DE")
    assert de.due == date(2026, 5, 5)
    assert "Working days of DE" in de.explanation
    perishable = compute_deadline("eu.customs.confirm_perishable", date(2026, 4, 24))
    assert perishable.due == date(2026, 4, 30)  # Mon 27 King's Day skipped: 28, 29, 30


def test_counter_notice_is_fifteen_calendar_days() -> None:
    assert compute_deadline("cn.platform.counter_notice", date(2026, 3, 2)).due == date(2026, 3, 17)


def test_bad_requests_are_refused_clearly() -> None:
    with pytest.raises(RuleError, match="unknown deadline rule"):
        compute_deadline("cn.nothing", date(2026, 1, 1))
    with pytest.raises(RuleError, match="not an EU member state"):
        compute_deadline("eu.customs.confirm", date(2026, 1, 1), jurisdiction="CN")
    with pytest.raises(RuleError, match="CN calendar"):
        compute_deadline("cn.civil.appeal_judgment", date(2026, 1, 1), jurisdiction="NL")


def test_a_broken_rule_file_names_file_key_and_problem(tmp_path: Path) -> None:
    broken = _one_rule_file(tmp_path, 'amount = -3\nunit = "days"\n')
    with pytest.raises(RuleDataError) as raised:
        load_rule_book(broken)
    assert raised.value.key == "rules.x.y.amount"
    assert str(broken) in str(raised.value)
    broken.write_text("[rules\n", encoding="utf-8")
    with pytest.raises(RuleDataError, match="not valid TOML"):
        load_rule_book(broken)


trigger_dates = st.dates(min_value=date(2019, 6, 1), max_value=date(2027, 12, 31))


@settings(max_examples=200, deadline=None)
@given(rule_id=st.sampled_from(REQUIRED_RULES), trigger=trigger_dates)
def test_a_due_date_is_never_before_its_trigger(rule_id: str, trigger: date) -> None:
    assert compute_deadline(rule_id, trigger).due > trigger


@settings(max_examples=200, deadline=None)
@given(
    rule_id=st.sampled_from([r for r in REQUIRED_RULES if "customs" in r and "expiry" not in r]),
    trigger=trigger_dates,
    makeup=st.booleans(),
)
def test_a_working_day_due_date_is_a_working_day_of_its_calendar(
    rule_id: str, trigger: date, makeup: bool
) -> None:
    rule = shipped_rule_book().rules[rule_id]
    result = compute_deadline(rule_id, trigger, settings=DeadlineSettings(makeup_days_count=makeup))
    if rule.unit.value == "working_days":
        counts = makeup or "makeup_days_count" not in rule.open_points
        assert calendar_for(result.jurisdiction, makeup_days_count=counts).info(result.due).working


@settings(max_examples=150, deadline=None)
@given(rule_id=st.sampled_from(REQUIRED_RULES), trigger=trigger_dates)
def test_a_later_trigger_never_gives_an_earlier_due_date(rule_id: str, trigger: date) -> None:
    later = trigger + timedelta(days=1)
    assert compute_deadline(rule_id, later).due >= compute_deadline(rule_id, trigger).due


def _one_rule_file(tmp_path: Path, period: str, before: str = "") -> Path:
    """A rule file of one CN rule "x.y" with the given period lines (amount, unit, …)."""
    path = tmp_path / "deadlines.toml"
    path.write_text(
        f'{before}[rules."x.y"]\ntitle = "t"\ntrigger = "t"\n{period}'
        'calendar = "CN"\ninstrument = "i"\narticle = "a"\n',
        encoding="utf-8",
    )
    return path


def test_the_shipped_rules_name_the_events_that_meet_them() -> None:
    rules = shipped_rule_book().rules
    assert rules["cn.customs.apply_detention"].met_by == (
        "detention_applied",
        "bond_posted",
        "detention",
    )
    assert rules["cn.customs.investigation"].met_by == ("investigation_result", "release")
    for appeal in ("appeal_judgment", "appeal_judgment_foreign", "appeal_ruling"):
        assert rules[f"cn.civil.{appeal}"].met_by == ("appeal_filed",)
    assert rules["cn.customs.release_ex_officio"].met_by == ()  # a release is no act of counsel


@pytest.mark.parametrize(
    ("met_by", "key", "problem"),
    [
        ('["bond_postd"]', "rules.x.y.met_by[1]", "'bond_postd' is not an event kind"),
        ('"bond_posted"', "rules.x.y.met_by", "must be a non-empty list of event kinds"),
        ("[]", "rules.x.y.met_by", "must be a non-empty list of event kinds"),
        ('["bond_posted", "bond_posted"]', "rules.x.y.met_by", "names an event kind twice"),
        ('["customs_notice"]', "rules.x.y.met_by[1]", "starts the rule"),
        ('["remanded"]', "rules.x.y.met_by[1]", "starts the history anew"),
    ],
)
def test_met_by_is_checked_naming_file_key_and_problem(
    tmp_path: Path, met_by: str, key: str, problem: str
) -> None:
    path = _one_rule_file(
        tmp_path,
        f'amount = 3\nunit = "days"\nevent = "customs_notice"\nroutes = ["customs"]\n'
        f"met_by = {met_by}\n",
    )
    with pytest.raises(RuleDataError) as raised:
        load_rule_book(path)
    assert raised.value.key == key
    assert str(path) in str(raised.value)
    assert problem in raised.value.problem


def test_meeting_event_is_the_earliest_on_or_after_the_trigger_in_the_same_history() -> None:
    from casefile.rules.triggers import meeting_event

    kinds = {"appeal_filed"}
    recorded = [
        (1, "appeal_filed", date(2025, 3, 1)),  # before the judgment: not its appeal
        (2, "judgment_served", date(2025, 3, 3)),
        (3, "appeal_filed", date(2025, 3, 10)),
        (4, "appeal_filed", date(2025, 3, 12)),
        (5, "remanded", date(2025, 7, 1)),
        (6, "judgment_served", date(2025, 12, 1)),
    ]
    assert meeting_event(recorded, 2, date(2025, 3, 3), kinds) == recorded[2]
    # Nothing after the retrial's judgment; the appeals before the remand are another history.
    assert meeting_event(recorded, 6, date(2025, 12, 1), kinds) is None
    # An appeal only after a remand does not meet the first judgment's period.
    assert meeting_event([*recorded[1:2], *recorded[4:]], 2, date(2025, 3, 3), kinds) is None
    assert meeting_event(recorded, 2, date(2025, 3, 3), ()) is None

"""The transfer to the police as counsel follows it: which step may come next (and why not),
and the statutory deadline from each step, worked by hand across National Day 2025, the 2026
New Year and Spring Festival, with make-up working days, under both readings of the 3 days."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from casefile.errors import ValidationError
from casefile.paths import resource
from casefile.rules.data import RuleDataError
from casefile.rules.deadlines import DeadlineSettings, RuleError, compute_deadline, get_rule
from casefile.rules.transfer import (
    RecordedStep,
    allowed_next_steps,
    check_next_step,
    is_transferred,
    load_machine,
    next_deadline,
    shipped_machine,
)

WORKING_DAYS = DeadlineSettings(transfer_day_basis="working_days")
TODAY = date(2026, 6, 1)

# A path to each situation, dated one day apart from 1 Sep 2025.
PATHS: dict[str, tuple[str, ...]] = {
    "new": (),
    "suspicion_reached": ("suspicion_reached",),
    "transfer_requested": ("suspicion_reached", "transfer_requested"),
    "transferred": ("suspicion_reached", "transfer_requested", "transferred"),
    "psb_accepted": ("transferred", "psb_accepted"),
    "psb_refused": ("transferred", "psb_refused"),
    "reconsideration": ("transferred", "psb_refused", "reconsideration"),
    "refused_on_reconsideration": ("transferred", "psb_refused", "reconsideration", "psb_refused"),
    "procuratorate_supervision": ("transferred", "psb_refused", "procuratorate_supervision"),
    "case_filed": ("transferred", "case_filed"),
    "prosecuted": ("transferred", "case_filed", "prosecuted"),
    "judgment": ("transferred", "case_filed", "prosecuted", "judgment"),
}

# What may come next, read from the Transfer Provisions (Arts 3, 5, 7–9, 12) and DOMAIN.md.
ALLOWED: dict[str, set[str]] = {
    "new": {"suspicion_reached", "transfer_requested", "transferred"},
    "suspicion_reached": {"transfer_requested", "transferred"},
    "transfer_requested": {"transferred"},
    "transferred": {"psb_accepted", "psb_refused", "case_filed"},
    "psb_accepted": {"case_filed", "psb_refused"},
    "psb_refused": {"reconsideration", "procuratorate_supervision"},
    "reconsideration": {"case_filed", "psb_refused", "procuratorate_supervision"},
    "refused_on_reconsideration": {"procuratorate_supervision"},  # Art 9(2)
    "procuratorate_supervision": {"case_filed"},
    "case_filed": {"prosecuted"},
    "prosecuted": {"judgment"},
    "judgment": set(),
}


def dated(*steps: tuple[str, date]) -> list[RecordedStep]:
    return [RecordedStep(step, day) for step, day in steps]


def history(situation: str) -> list[RecordedStep]:
    return [RecordedStep(s, date(2025, 9, 1 + i)) for i, s in enumerate(PATHS[situation])]


def refusal(steps: list[RecordedStep], new: str, on: date = date(2025, 9, 20)) -> ValidationError:
    with pytest.raises(ValidationError) as raised:
        check_next_step(steps, new, on, TODAY)
    return raised.value


# -- which step may come next -------------------------------------------------------------------


@pytest.mark.parametrize("situation", list(ALLOWED))
def test_the_steps_that_may_come_next(situation: str) -> None:
    steps = history(situation)
    assert set(allowed_next_steps(steps)) == ALLOWED[situation]
    for new in ALLOWED[situation]:
        check_next_step(steps, new, date(2025, 9, 20), TODAY)  # no error


@pytest.mark.parametrize("situation", list(ALLOWED))
def test_every_other_step_is_refused_with_the_last_step_named(situation: str) -> None:
    steps = history(situation)
    all_steps = {s for path in PATHS.values() for s in path}
    for new in sorted(all_steps - ALLOWED[situation]):
        error = refusal(steps, new)
        assert error.field == "step"
        if steps:
            assert f"this transfer's last step is {steps[-1].step}" in error.reason


def test_a_psb_refusal_must_follow_a_transfer() -> None:
    error = refusal(history("suspicion_reached"), "psb_refused")
    assert error.reason == (
        "a PSB refusal must follow a transfer, the police's acceptance or a reconsideration "
        "request; this transfer's last step is suspicion_reached (2025-09-01)"
    )


def test_a_transfer_cannot_start_with_the_police_decision() -> None:
    error = refusal([], "case_filed")
    assert error.reason == (
        "a transfer starts with a reasonable suspicion, a transfer request or a transfer, "
        "not the police's filing of the case"
    )


def test_a_refusal_on_reconsideration_is_not_reconsidered_again() -> None:
    error = refusal(history("refused_on_reconsideration"), "reconsideration")
    assert "only procuratorate supervision may follow it" in error.reason
    assert "Art 9(2)" in error.reason


def test_nothing_follows_a_judgment() -> None:
    error = refusal(history("judgment"), "prosecuted")
    assert error.reason.startswith("nothing may follow a judgment: it ends the transfer")


def test_an_unknown_step_is_refused_with_the_steps_listed() -> None:
    error = refusal([], "raid")
    assert "'raid' is not a transfer step" in error.reason
    assert "suspicion_reached" in error.reason and "judgment" in error.reason


def test_a_step_cannot_be_dated_before_the_last_one() -> None:
    steps = dated(("transferred", date(2025, 9, 26)))
    error = refusal(steps, "psb_accepted", date(2025, 9, 25))
    assert error.field == "occurred_on"
    assert error.reason == (
        "2025-09-25 is before this transfer's last step, transferred on 2025-09-26"
    )
    check_next_step(steps, "psb_accepted", date(2025, 9, 26), TODAY)  # the same day is fine


def test_a_step_cannot_be_dated_in_the_future() -> None:
    today = date(2025, 9, 26)
    with pytest.raises(ValidationError) as raised:
        check_next_step([], "suspicion_reached", date(2025, 9, 27), today)
    assert raised.value.field == "occurred_on"
    assert "2025-09-27 is after today (2025-09-26)" in raised.value.reason
    check_next_step([], "suspicion_reached", today, today)


# -- transferred or not -------------------------------------------------------------------------


def test_a_case_is_transferred_once_the_transfer_or_a_later_step_is_recorded() -> None:
    assert not is_transferred([])
    assert not is_transferred(["suspicion_reached", "transfer_requested"])
    assert is_transferred(["suspicion_reached", "transfer_requested", "transferred"])
    assert is_transferred(["psb_refused"])  # recorded without the transfer itself
    assert is_transferred(history("judgment"))


# -- the next statutory deadline ----------------------------------------------------------------


def test_psb_decision_after_a_transfer_on_friday_26_september_2025() -> None:
    steps = dated(("transferred", date(2025, 9, 26)))
    deadline = next_deadline(steps)
    assert deadline is not None
    assert deadline.rule_id == "cn.transfer.psb_decision"
    # Calendar days: Sat 27, Sun 28, Mon 29 → Mon 29 Sep, a working day.
    assert deadline.reading == "calendar_days"
    assert deadline.due == deadline.calendar_days_due == date(2025, 9, 29)
    # Working days: Sat 27 rest; Sun 28 make-up working day (1), Mon 29 (2), Tue 30 (3).
    assert deadline.working_days_due == date(2025, 9, 30)
    assert "Art 8" in deadline.source and "Art 8" in deadline.explanation
    assert "With 3 working days: 2025-09-30" in deadline.explanation

    working = next_deadline(steps, WORKING_DAYS)
    assert working is not None
    assert working.due == date(2025, 9, 30)
    assert "the make-up working Sunday 28 Sep counted" in working.explanation
    assert "With 3 calendar days: 2025-09-29" in working.explanation


def test_psb_decision_across_national_day_2025() -> None:
    deadline = next_deadline(dated(("transferred", date(2025, 9, 29))))
    assert deadline is not None
    # 3 days → Thu 2 Oct, in the 1–8 Oct holiday → Thu 9 Oct.
    assert deadline.calendar_days_due == date(2025, 10, 9)
    # Tue 30 Sep (1); 1–8 Oct holiday; Thu 9 (2), Fri 10 Oct (3).
    assert deadline.working_days_due == date(2025, 10, 10)
    assert "国庆节" in deadline.explanation


def test_psb_decision_runs_again_from_a_recorded_acceptance() -> None:
    steps = dated(("transferred", date(2025, 12, 29)), ("psb_accepted", date(2025, 12, 30)))
    deadline = next_deadline(steps)
    assert deadline is not None
    assert deadline.step == "psb_accepted" and deadline.trigger == date(2025, 12, 30)
    # Fri 2 Jan 2026 is New Year (1–3 Jan); Sun 4 Jan is a make-up working day: due that Sunday.
    assert deadline.calendar_days_due == date(2026, 1, 4)
    # Wed 31 Dec (1), Sun 4 Jan make-up (2), Mon 5 Jan (3).
    assert deadline.working_days_due == date(2026, 1, 5)


def test_head_decision_then_the_24_hour_hand_over_to_the_police() -> None:
    deadline = next_deadline(dated(("transfer_requested", date(2025, 9, 26))))
    assert deadline is not None
    assert deadline.rule_id == "cn.transfer.head_decision"
    assert (deadline.calendar_days_due, deadline.working_days_due) == (
        date(2025, 9, 29),
        date(2025, 9, 30),
    )
    assert "goes to the police within 24 hours (Art 5(2))" in deadline.explanation
    hand_over = deadline.then
    assert hand_over is not None
    assert hand_over.rule_id == "cn.transfer.send_to_psb"
    assert "24 hours" in hand_over.title and "Art 5(2)" in hand_over.source
    # Approved on Mon 29 Sep, the last day: at the police by Tue 30 Sep.
    assert hand_over.trigger == date(2025, 9, 29) and hand_over.due == date(2025, 9, 30)
    # Working days for the head's 3 days: approved Tue 30 Sep; the 24 hours stay 24 hours,
    # through the National Day holiday: Wed 1 Oct.
    assert hand_over.working_days_due == date(2025, 10, 1)
    assert "With working days for both periods: decision by 2025-09-30, due 2025-10-01" in (
        hand_over.explanation
    )


def test_the_24_hours_run_through_a_holiday() -> None:
    # Approved Tue 30 Sep 2025: 24 hours end on Wed 1 Oct, National Day; the clock does not stop.
    result = compute_deadline("cn.transfer.send_to_psb", date(2025, 9, 30))
    assert result.due == date(2025, 10, 1)
    assert "this rule does not move it" in result.explanation
    # 24 hours are never "1 working day": the same date under the working-days reading.
    working = compute_deadline("cn.transfer.send_to_psb", date(2025, 9, 30), settings=WORKING_DAYS)
    assert working.due == date(2025, 10, 1)
    assert "the same date under both readings" in working.explanation
    rule = get_rule("cn.transfer.send_to_psb")
    assert "24 hours" in rule.title and rule.open_points == ("transfer_day_basis",)


def test_make_up_days_not_counted_reach_the_working_days_reading() -> None:
    # Transferred Thu 25 Sep 2025; the police decide in 3 working days. Sun 28 Sep is a make-up
    # working day: counted, Fri 26 (1), Sun 28 (2), Mon 29 (3); not counted, Tue 30 Sep.
    steps = dated(("transferred", date(2025, 9, 25)))
    not_counted = DeadlineSettings(makeup_days_count=False, transfer_day_basis="working_days")
    deadline = next_deadline(steps, not_counted)
    assert deadline is not None
    assert deadline.due == deadline.working_days_due == date(2025, 9, 30)
    assert deadline.calendar_days_due == date(2025, 9, 29)  # Sun 28 + 1: Mon 29, a working day
    assert "the make-up working Sunday 28 Sep not counted" in deadline.explanation
    assert "28 Sep counted" not in deadline.explanation
    assert "With make-up working days counted: 2025-09-29." in deadline.explanation
    counted = next_deadline(steps, WORKING_DAYS)
    assert counted is not None and counted.due == date(2025, 9, 29)
    assert "the make-up working Sunday 28 Sep counted" in counted.explanation


def test_the_24_hours_stay_24_hours_after_a_working_day_decision() -> None:
    # Request Fri 26 Sep 2025; working days, make-up days not counted: Mon 29 (1), Tue 30 (2),
    # 1–8 Oct holiday, Thu 9 Oct (3); then 24 hours → Fri 10 Oct, not "1 working day" later.
    steps = dated(("transfer_requested", date(2025, 9, 26)))
    settings = DeadlineSettings(makeup_days_count=False, transfer_day_basis="working_days")
    deadline = next_deadline(steps, settings)
    assert deadline is not None and deadline.due == date(2025, 10, 9)
    hand_over = deadline.then
    assert hand_over is not None
    assert (hand_over.trigger, hand_over.due) == (date(2025, 10, 9), date(2025, 10, 10))
    assert "24 hours from the event on 2025-10-09, counted by the clock" in hand_over.explanation
    assert "the same date under both readings" in hand_over.explanation
    assert "1 working day" not in hand_over.explanation


def test_reconsideration_request_across_spring_festival_2026() -> None:
    steps = dated(("transferred", date(2026, 2, 9)), ("psb_refused", date(2026, 2, 12)))
    deadline = next_deadline(steps)
    assert deadline is not None
    assert deadline.rule_id == "cn.transfer.reconsideration_request"
    # Calendar: Sun 15 Feb, in the 15–23 Feb holiday → Tue 24 Feb.
    # Working: Fri 13 (1), Sat 14 make-up (2), Tue 24 Feb (3): the same date.
    assert deadline.calendar_days_due == deadline.working_days_due == date(2026, 2, 24)
    assert "With 3 working days: the same date" in deadline.explanation
    assert "Art 9(1)" in deadline.source


def test_police_answer_to_a_reconsideration_on_a_make_up_saturday() -> None:
    steps = dated(
        ("transferred", date(2025, 9, 29)),
        ("psb_refused", date(2025, 10, 5)),
        ("reconsideration", date(2025, 10, 8)),
    )
    deadline = next_deadline(steps)
    assert deadline is not None
    assert deadline.rule_id == "cn.transfer.reconsideration_decision"
    # Sat 11 Oct 2025 is a make-up working day: the third day stays on it; working days too.
    assert deadline.calendar_days_due == deadline.working_days_due == date(2025, 10, 11)
    assert "Art 9(2)" in deadline.source


def test_after_a_refusal_on_reconsideration_the_procuratorate_is_asked_within_3_days() -> None:
    steps = dated(
        ("transferred", date(2025, 9, 29)),
        ("psb_refused", date(2025, 10, 5)),
        ("reconsideration", date(2025, 10, 8)),
        ("psb_refused", date(2025, 10, 10)),
    )
    deadline = next_deadline(steps)
    assert deadline is not None
    assert deadline.rule_id == "cn.transfer.supervision_request"
    assert deadline.calendar_days_due == date(2025, 10, 13)
    # Sat 11 Oct make-up (1), Mon 13 (2), Tue 14 (3).
    assert deadline.working_days_due == date(2025, 10, 14)


def test_files_handed_over_after_the_filing_notice_over_new_year_2026() -> None:
    steps = dated(("transferred", date(2025, 12, 20)), ("case_filed", date(2025, 12, 30)))
    deadline = next_deadline(steps)
    assert deadline is not None
    assert deadline.rule_id == "cn.transfer.hand_over_files"
    assert deadline.calendar_days_due == date(2026, 1, 4)  # the make-up working Sunday
    assert deadline.working_days_due == date(2026, 1, 5)
    assert "Art 12" in deadline.source
    assert "元旦" in deadline.explanation


@pytest.mark.parametrize(
    "situation", ["suspicion_reached", "procuratorate_supervision", "prosecuted", "judgment"]
)
def test_no_statutory_deadline_runs_from(situation: str) -> None:
    assert next_deadline(history(situation)) is None


def test_no_deadline_for_a_transfer_without_steps() -> None:
    assert next_deadline([]) is None


def test_overdue_from_the_day_after_the_due_date() -> None:
    deadline = next_deadline(dated(("transferred", date(2025, 9, 26))))
    assert deadline is not None
    assert not deadline.is_overdue(date(2025, 9, 29))
    assert deadline.is_overdue(date(2025, 9, 30))


def test_an_unknown_day_basis_is_refused() -> None:
    with pytest.raises(RuleError, match="hours"):
        next_deadline(history("transferred"), DeadlineSettings(transfer_day_basis="hours"))


# -- the rule file ------------------------------------------------------------------------------


def test_every_step_names_its_source_and_deadline_rules_exist() -> None:
    machine = shipped_machine()
    assert "行政执法机关移送涉嫌犯罪案件的规定" in machine.instrument
    for info in machine.steps.values():
        assert info.rule.source, info.step
        if info.rule.deadline:
            assert get_rule(info.rule.deadline).article.startswith("Art ")


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    text = resource("rules", "transfer.toml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "transfer.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "key", "problem"),
    [
        (
            'next = ["psb_accepted", "psb_refused", "case_filed"]',
            'next = ["psb_acepted", "psb_refused", "case_filed"]',
            "steps.transferred.next",
            "'psb_acepted' is not a transfer step",
        ),
        (
            'deadline = "cn.transfer.psb_decision"',
            'deadline = "cn.transfer.psb_decison"',
            "steps.transferred.deadline",
            "'cn.transfer.psb_decison' is not a rule of deadlines.toml",
        ),
        (
            'deadline = "cn.transfer.hand_over_files"',
            'deadlines = "cn.transfer.hand_over_files"',
            "steps.case_filed.deadlines",
            "is not a key here",
        ),
        ("[steps.judgment]", "[steps.judgement]", "steps", "'judgement' is not a transfer step"),
        (
            "[steps.psb_refused.after.reconsideration]",
            "[steps.psb_refused.after.case_filed]",
            "steps.psb_refused.after.case_filed",
            "psb_refused never follows case_filed",
        ),
        (
            'name = "a prosecution"\nname_zh = "提起公诉"\nwith_police = true',
            'name = "a prosecution"\nname_zh = "提起公诉"\nwith_police = false',
            "steps.prosecuted.with_police",
            "must be true: prosecuted follows case_filed, a step with the police",
        ),
        (
            'start = ["suspicion_reached", "transfer_requested", "transferred"]',
            "start = []",
            "start",
            "must list the steps",
        ),
    ],
)
def test_a_broken_rule_file_is_refused_naming_file_key_and_problem(
    tmp_path: Path, old: str, new: str, key: str, problem: str
) -> None:
    path = _broken(tmp_path, old, new)
    with pytest.raises(RuleDataError) as raised:
        load_machine(path)
    assert raised.value.key == key
    assert problem in raised.value.problem
    assert str(path) in str(raised.value)


def test_a_rule_file_that_is_not_toml_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "transfer.toml"
    path.write_text("[steps\n", encoding="utf-8")
    with pytest.raises(RuleDataError, match="not valid TOML"):
        load_machine(path)

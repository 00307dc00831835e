"""A case's criminal assessment from its archive, and the "suspicion reached, not transferred"
list counsel chase authorities with."""

from __future__ import annotations

from datetime import date

import pytest

from casefile import clock
from casefile.errors import ValidationError
from casefile.services import cases, records, transfers
from casefile.services.assessment import case_rules, flagged_case_ids, flagged_cases
from casefile.services.rule_settings import set_rule_settings
from casefile.store.archive import Archive

TODAY = date(2026, 11, 21)


def _case(archive: Archive, title: str, offences: list[str], **figures: int) -> str:
    made = cases.create_case(
        archive,
        cases.CaseDraft(
            title=title, opened_on="2026-03-02", offences=offences, acts_on="2026-01-15"
        ),
    )
    for measure, value in figures.items():
        records.add_threshold_figure(archive, made.reference, measure, value, "2026-03-10")
    return made.reference


def test_a_case_is_assessed_against_its_offences_with_its_figures(archive: Archive) -> None:
    ref = _case(archive, "Firmware site", ["217-online"], works=300, copies=300)
    rules = case_rules(archive, ref, TODAY)
    assert rules.act_date == date(2026, 1, 15) and rules.act_date_recorded
    assert rules.assessment is not None
    [result] = rules.assessment.results
    assert result.level == "serious"  # half of two items: 300 of 500 works, 300 of 500 copies
    assert result.half_rule is not None and result.half_rule.met
    assert rules.flagged


def test_a_later_figure_replaces_an_earlier_one(archive: Archive) -> None:
    ref = _case(archive, "Labels", ["215"], labels=2_400)
    records.add_threshold_figure(archive, ref, "labels", 19_000, "2026-04-01")
    rules = case_rules(archive, ref, TODAY)
    assert rules.figures["labels"] == 19_000
    assert rules.assessment is not None and rules.assessment.suspicion.reached  # 95% of 20,000


def test_no_offence_set_means_not_assessed_and_not_flagged(archive: Archive) -> None:
    made = cases.create_case(archive, cases.CaseDraft(title="Takedown only"))
    records.add_threshold_figure(archive, made.reference, "clicks", 90_000, "2026-03-10")
    rules = case_rules(archive, made.reference, TODAY)
    assert rules.assessment is None and not rules.flagged
    assert not rules.act_date_recorded and rules.act_date == clock.today()


def test_flagged_list_names_the_cases_and_why(archive: Archive) -> None:
    near = _case(archive, "Unsold scooters", ["214"], unsold_value=124_800)
    _case(archive, "Few labels", ["215"], labels=2_400)
    met = _case(archive, "Copies", ["217"], copies=800)
    found = flagged_cases(archive, TODAY)
    assert [f.reference for f in found] == [near, met]
    assert found[0].reasons[0] == (
        "Art 214: unsold goods' value at 83.2% of RMB 150,000 (margin 80%)"
    )
    assert found[1].reasons == ("Art 217: serious level reached",)


def test_the_margin_is_the_archive_setting(archive: Archive) -> None:
    near = _case(archive, "Unsold scooters", ["214"], unsold_value=124_800)
    assert flagged_case_ids(archive, TODAY) != []
    set_rule_settings(archive, suspicion_margin_percent=90)
    assert flagged_case_ids(archive, TODAY) == []
    assert not case_rules(archive, near, TODAY).flagged


def test_a_transfer_clears_the_flag_only_once_the_case_is_with_the_police(
    archive: Archive,
) -> None:
    ref = _case(archive, "Copies", ["217"], copies=800)
    transfer = transfers.start_transfer(archive, ref, "Dongguan Copyright Administration")
    transfers.add_transfer_step(archive, transfer, "suspicion_reached", "2026-03-12")
    transfers.add_transfer_step(archive, transfer, "transfer_requested", "2026-03-13")
    assert case_rules(archive, ref, TODAY).flagged  # asked for, not yet done
    transfers.add_transfer_step(archive, transfer, "transferred", "2026-03-16")
    rules = case_rules(archive, ref, TODAY)
    assert rules.transferred and not rules.flagged
    assert flagged_case_ids(archive, TODAY) == []


def test_closed_cases_are_not_listed(archive: Archive) -> None:
    ref = _case(archive, "Copies", ["217"], copies=800)
    cases.set_status(archive, ref, "closed", on="2026-05-01")
    assert flagged_case_ids(archive, TODAY) == []


def test_a_broken_edited_rule_set_still_shows_the_case_and_says_why(archive: Archive) -> None:
    from casefile.services.case_view import read_case_view
    from casefile.services.rule_settings import copy_rule_set

    ref = _case(archive, "Copies", ["217"], copies=800)
    path = copy_rule_set(archive, "cn-2025")
    path.write_text(path.read_text(encoding="utf-8").replace("threshold = ", "threshold = -", 1))
    view = read_case_view(archive, cases.case_detail(archive, ref).id, TODAY)
    assert view.detail.reference == ref and view.rules is None
    assert "cn-2025.toml" in view.rules_problem and "threshold" in view.rules_problem


def test_an_earlier_penalty_makes_the_repeat_standards_apply(archive: Archive) -> None:
    # Acts of 2026-01-15; 25,000 of gains: under Art 13(1)'s 30,000, over the repeat 20,000.
    ref = _case(archive, "Firmware reseller", ["217"], illegal_gains=25_000)
    before = case_rules(archive, ref, TODAY)
    assert before.assessment is not None and before.assessment.level == "none"
    records.add_prior_penalty(
        archive,
        ref,
        "2024-09-30",
        "administrative",
        "217",
        "Hangzhou culture-market team",
        "杭文执罚〔2024〕第7号",
    )
    after = case_rules(archive, ref, TODAY)
    assert after.assessment is not None and after.assessment.level == "serious"
    assert [p.reference for p in after.penalties] == ["杭文执罚〔2024〕第7号"]
    [result] = after.assessment.results
    assert result.conditions is not None and result.conditions.repeat is not None
    assert flagged_case_ids(archive, TODAY) == [case_id_of(archive, ref)]


def case_id_of(archive: Archive, reference: str) -> int:
    return cases.case_detail(archive, reference).id


def test_a_bad_penalty_is_refused_and_writes_nothing(archive: Archive) -> None:
    ref = _case(archive, "Label printer", ["215"], labels=100)
    for args, field in (
        (("2027-01-01", "administrative", "215"), "decided_on"),
        (("2026-02-30", "administrative", "215"), "decided_on"),
        (("2025-01-01", "warning", "215"), "kind"),
        (("2025-01-01", "criminal", "220"), "conduct"),
    ):
        with pytest.raises(ValidationError) as raised:
            records.add_prior_penalty(archive, ref, *args)
        assert raised.value.field == field
    assert case_rules(archive, ref, TODAY).penalties == ()


def test_counsel_s_own_record_flags_a_case_below_the_margin(archive: Archive) -> None:
    ref = _case(archive, "Raid, figures not yet counted", ["213"], business_volume=1_000)
    assert not case_rules(archive, ref, TODAY).flagged
    transfers.record_step(
        archive, ref, None, "suspicion_reached", "2026-03-05", transfer_authority="Yiwu AMR"
    )
    rules = case_rules(archive, ref, TODAY)
    assert rules.flagged
    assert rules.reasons[0] == "counsel recorded 'suspicion reached' on 2026-03-05"
    [flagged] = flagged_cases(archive, TODAY)
    assert flagged.reference == ref and flagged.reasons[0].startswith("counsel recorded")
    [transfer] = cases.case_detail(archive, ref).transfers
    transfers.record_step(archive, ref, transfer.id, "transferred", "2026-03-09")
    assert not case_rules(archive, ref, TODAY).flagged
    assert flagged_case_ids(archive, TODAY) == []

"""Proceeding events generate their statutory deadlines: which rules fire (route, jurisdiction,
earlier events), the dates counsel would check by hand, the explanations, and what happens when
settings change or an event is removed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from casefile.rules.data import RuleDataError
from casefile.rules.deadlines import DeadlineSettings, load_rule_book, rules_for_event
from casefile.services import cases, proceedings, records, rule_settings
from casefile.services.archive_review import review_archive
from casefile.services.deadline_generation import regenerate_deadlines, upcoming_deadlines
from casefile.services.history import case_history
from casefile.store.archive import Archive
from casefile.store.rows import DeadlineRow


def _case(archive: Archive, *jurisdictions: str) -> str:
    draft = cases.CaseDraft(title="Fake X9 scooters", jurisdictions=list(jurisdictions))
    return cases.create_case(archive, draft).reference


def _proceeding(archive: Archive, ref: str, route: str, jurisdiction: str = "") -> int:
    draft = proceedings.ProceedingDraft(route=route, jurisdiction=jurisdiction)
    return proceedings.add_proceeding(archive, ref, draft).id


def _deadlines(archive: Archive, ref: str) -> dict[str, DeadlineRow]:
    return {d.rule_id: d for d in cases.case_detail(archive, ref).deadlines}


def _event_id(archive: Archive, ref: str, kind: str) -> int:
    for proceeding in cases.case_detail(archive, ref).proceedings:
        for event in proceeding.events:
            if event.kind == kind:
                return event.id
    raise AssertionError(f"no {kind} event")


def test_customs_notice_before_national_day_counts_the_make_up_sunday(archive: Archive) -> None:
    ref = _case(archive, "CN")
    proc = _proceeding(archive, ref, "customs", "CN")
    proceedings.add_event(archive, proc, "customs_notice", date(2025, 9, 26), "甬关知通字第127号")
    [deadline] = cases.case_detail(archive, ref).deadlines
    # Fri 26 Sep; Sat 27 rest; Sun 28 make-up working day (1); Mon 29 (2); Tue 30 (3).
    assert deadline.rule_id == "cn.customs.apply_detention"
    assert deadline.due_on == date(2025, 9, 30)
    assert deadline.title.startswith("Apply for detention and post a bond")
    assert deadline.jurisdiction == "CN"
    assert deadline.event_id == _event_id(archive, ref, "customs_notice")
    assert deadline.proceeding_id == proc
    assert deadline.reminder_days == (1,)  # a 3-working-day period: a week's notice is too much
    text = deadline.explanation
    assert "From the customs notice recorded on 2025-09-26 (甬关知通字第127号)" in text
    assert "the make-up working Sunday 28 Sep counted → 2025-09-30" in text
    assert "Art 16" in text
    # Not counting make-up days: Mon 29, Tue 30, 1-8 Oct holiday, Thu 9 Oct.
    assert "With make-up working days not counted: 2025-10-09." in text


def test_detention_after_a_customs_notice_is_the_ex_officio_route(archive: Archive) -> None:
    ref = _case(archive, "CN")
    proc = _proceeding(archive, ref, "customs", "CN")
    proceedings.add_event(archive, proc, "customs_notice", date(2025, 9, 26))
    proceedings.add_event(archive, proc, "detention_applied", date(2025, 9, 29))
    proceedings.add_event(archive, proc, "detention", date(2025, 9, 30))
    found = _deadlines(archive, ref)
    assert set(found) == {
        "cn.customs.apply_detention",
        "cn.customs.investigation",
        "cn.customs.release_ex_officio",
    }
    # 1-8 Oct holiday skipped, Sat 11 Oct a make-up working day.
    assert found["cn.customs.investigation"].due_on == date(2025, 11, 18)
    assert "Art 20" in found["cn.customs.investigation"].explanation
    assert found["cn.customs.release_ex_officio"].due_on == date(2025, 12, 16)
    assert "Art 24(2)" in found["cn.customs.release_ex_officio"].explanation
    assert found["cn.customs.investigation"].reminder_days == (7, 1)


def test_detention_on_application_without_a_notice(archive: Archive) -> None:
    ref = _case(archive, "CN")
    proc = _proceeding(archive, ref, "customs", "CN")
    proceedings.add_event(archive, proc, "detention_applied", date(2025, 9, 29))
    proceedings.add_event(archive, proc, "detention", date(2025, 9, 30))
    found = _deadlines(archive, ref)
    assert set(found) == {"cn.customs.release_on_application"}
    release = found["cn.customs.release_on_application"]
    assert release.due_on == date(2025, 11, 4)
    assert "Art 24(1)" in release.explanation
    assert "record that notice" in release.explanation  # says which route it assumed


def test_a_customs_notice_recorded_later_switches_the_route(archive: Archive) -> None:
    ref = _case(archive, "CN")
    proc = _proceeding(archive, ref, "customs", "CN")
    proceedings.add_event(archive, proc, "detention", date(2025, 9, 30))
    assert set(_deadlines(archive, ref)) == {"cn.customs.release_on_application"}
    # Entered late, dated earlier: the detention was the Art 16 route after all.
    proceedings.add_event(archive, proc, "customs_notice", date(2025, 9, 26))
    assert set(_deadlines(archive, ref)) == {
        "cn.customs.apply_detention",
        "cn.customs.investigation",
        "cn.customs.release_ex_officio",
    }


def test_eu_detention_counts_the_member_states_working_days(archive: Archive) -> None:
    ref = _case(archive, "NL", "EU")
    rotterdam = _proceeding(archive, ref, "customs", "NL")
    hamburg = _proceeding(archive, ref, "customs", "DE")
    proceedings.add_event(archive, rotterdam, "detention", date(2025, 9, 29))
    proceedings.add_event(archive, hamburg, "detention", date(2025, 9, 29))
    by_proceeding = {d.proceeding_id: d for d in cases.case_detail(archive, ref).deadlines}
    nl, de = by_proceeding[rotterdam], by_proceeding[hamburg]
    assert (nl.rule_id, nl.jurisdiction, nl.due_on) == (
        "eu.customs.confirm",
        "NL",
        date(2025, 10, 13),
    )
    # Fri 3 Oct, German Unity Day, is a DE holiday only.
    assert (de.rule_id, de.jurisdiction, de.due_on) == (
        "eu.customs.confirm",
        "DE",
        date(2025, 10, 14),
    )
    assert "German Unity Day" in de.explanation and "Working days of DE" in de.explanation
    # The other readings of the period a counsel must weigh, with their dates.
    assert "extended on request: 20 working days, Art 23(4)" in nl.explanation
    assert "→ 2025-10-27." in nl.explanation
    assert "perishable goods (not extendable): 3 working days, Art 23(4) → 2025-10-02." in (
        nl.explanation
    )


def test_a_proceeding_without_jurisdiction_uses_the_cases_first(archive: Archive) -> None:
    ref = _case(archive, "NL", "EU")
    proc = _proceeding(archive, ref, "customs")
    proceedings.add_event(archive, proc, "detention", date(2025, 9, 29))
    [deadline] = cases.case_detail(archive, ref).deadlines
    assert (deadline.rule_id, deadline.jurisdiction) == ("eu.customs.confirm", "NL")
    assert deadline.due_on == date(2025, 10, 13)
    assert "NL, the case's first, is used" in deadline.explanation
    # Naming the member state later recounts the open deadline on its calendar.
    proceedings.update_proceeding(
        archive, proc, proceedings.ProceedingDraft(route="customs", jurisdiction="DE")
    )
    [deadline] = cases.case_detail(archive, ref).deadlines
    assert (deadline.jurisdiction, deadline.due_on) == ("DE", date(2025, 10, 14))


def test_southeast_asian_detentions() -> None:
    assert [r.id for r in rules_for_event("detention", "customs", "SG")] == ["sg.customs.suit"]
    assert [r.id for r in rules_for_event("detention", "customs", "TH")] == ["th.customs.confirm"]
    assert [r.id for r in rules_for_event("detention", "customs", "VN")] == [
        "vn.customs.suspension"
    ]
    assert rules_for_event("detention", "customs", "MY") == []  # no Malaysian rule in the book
    assert rules_for_event("detention", "platform", "SG") == []


@pytest.mark.parametrize(
    ("jurisdiction", "rule_id"),
    [
        ("NL", "eu.customs.confirm"),
        ("SG", "sg.customs.suit"),
        ("TH", "th.customs.confirm"),
        ("VN", "vn.customs.suspension"),
    ],
)
def test_eu_and_southeast_asian_customs_periods_start_from_a_notice_too(
    jurisdiction: str, rule_id: str
) -> None:
    assert [r.id for r in rules_for_event("customs_notice", "customs", jurisdiction)] == [rule_id]
    # Notice first: the detention is the same act and does not start it again.
    assert rules_for_event("detention", "customs", jurisdiction, ["customs_notice"]) == []
    # Detention first (strictly before): the notice does not start it again either.
    assert (
        rules_for_event(
            "customs_notice", "customs", jurisdiction, ["detention"], None, ["detention"]
        )
        == []
    )
    # Both on one day: the notice, listed first, starts it.
    assert [
        r.id for r in rules_for_event("customs_notice", "customs", jurisdiction, ["detention"])
    ] == [rule_id]
    # In China a notice and a detention remain two steps with their own periods (Arts 16, 20).
    assert [r.id for r in rules_for_event("customs_notice", "customs", "CN")] == [
        "cn.customs.apply_detention"
    ]


def test_a_singapore_notice_generates_the_suit_period_explained(archive: Archive) -> None:
    ref = _case(archive, "SG")
    customs = _proceeding(archive, ref, "customs", "SG")
    proceedings.add_event(archive, customs, "detention", date(2025, 3, 3))
    proceedings.add_event(archive, customs, "customs_notice", date(2025, 3, 3))
    [deadline] = cases.case_detail(archive, ref).deadlines
    # One period, from the notice (listed first; same day): 10 SG working days → Mon 17 Mar.
    assert (deadline.rule_id, deadline.due_on) == ("sg.customs.suit", date(2025, 3, 17))
    assert deadline.event_id == _event_id(archive, ref, "customs_notice")
    assert "From the customs notice recorded on 2025-03-03" in deadline.explanation
    assert "It runs once, from the first customs notice or detention recorded" in (
        deadline.explanation
    )
    assert "rr 8–9" in deadline.explanation


def test_counter_notice_gives_fifteen_days_on_the_platform_route(archive: Archive) -> None:
    ref = _case(archive, "CN")
    platform = _proceeding(archive, ref, "platform")
    proceedings.add_event(archive, platform, "counter_notice", date(2026, 3, 2), "CN-2026-0091")
    [deadline] = cases.case_detail(archive, ref).deadlines
    assert (deadline.rule_id, deadline.due_on) == ("cn.platform.counter_notice", date(2026, 3, 17))
    assert "E-Commerce Law" in deadline.explanation and "Art 43(2)" in deadline.explanation
    assert "the listings come back" in deadline.explanation


def test_judgment_served_appeal_with_the_foreign_partys_period(archive: Archive) -> None:
    ref = _case(archive, "CN")
    civil = _proceeding(archive, ref, "civil")
    proceedings.add_event(archive, civil, "judgment_served", date(2025, 9, 20))
    [deadline] = cases.case_detail(archive, ref).deadlines
    # 15 days → Sun 5 Oct, in the National Day break → Thu 9 Oct.
    assert (deadline.rule_id, deadline.due_on) == ("cn.civil.appeal_judgment", date(2025, 10, 9))
    assert "Art 171(1)" in deadline.explanation
    # Domicile is not known: the 30-day period of Art 286 is named with its date (Mon 20 Oct).
    assert "no domicile in China" in deadline.explanation
    assert "30 days, Art 286 → 2025-10-20." in deadline.explanation
    # The appeal judgment served later is final (Art 182): no second appeal period, but the
    # six months to apply for retrial (Art 216): Thu 10 Sep 2026.
    proceedings.add_event(archive, civil, "appeal_filed", date(2025, 10, 8))
    proceedings.add_event(archive, civil, "judgment_served", date(2026, 3, 10))
    found = _deadlines(archive, ref)
    assert set(found) == {"cn.civil.appeal_judgment", "cn.civil.retrial_application"}
    retrial = found["cn.civil.retrial_application"]
    assert retrial.due_on == date(2026, 9, 10) and "Art 216" in retrial.explanation
    assert "From the judgment served recorded on 2026-03-10" in retrial.explanation
    assert "A second-instance judgment cannot be appealed" in retrial.explanation
    assert "Art 182" in retrial.explanation


def test_a_jurisdiction_ruling_has_its_own_appeal_and_does_not_make_the_judgment_final(
    archive: Archive,
) -> None:
    ref = _case(archive, "CN")
    civil = _proceeding(archive, ref, "civil")
    proceedings.add_event(archive, civil, "jurisdiction_ruling_served", date(2025, 3, 3))
    [ruling] = cases.case_detail(archive, ref).deadlines
    # 10 days → Thu 13 Mar 2025 (CPL Art 171(2)).
    assert (ruling.rule_id, ruling.due_on) == ("cn.civil.appeal_ruling", date(2025, 3, 13))
    assert "objection to jurisdiction" in ruling.explanation
    # The ruling is appealed; the first-instance judgment that follows still has its appeal.
    proceedings.add_event(archive, civil, "appeal_filed", date(2025, 3, 10))
    proceedings.add_event(archive, civil, "judgment_served", date(2025, 9, 20))
    found = _deadlines(archive, ref)
    assert found["cn.civil.appeal_judgment"].due_on == date(2025, 10, 9)
    assert "cn.civil.retrial_application" not in found


def test_a_judgment_after_a_remand_is_a_first_instance_one_again(archive: Archive) -> None:
    ref = _case(archive, "CN")
    civil = _proceeding(archive, ref, "civil")
    proceedings.add_event(archive, civil, "judgment_served", date(2025, 3, 3))
    proceedings.add_event(archive, civil, "appeal_filed", date(2025, 3, 10))
    # The appeal court sends the case back (发回重审); the retrial's judgment can be appealed.
    proceedings.add_event(archive, civil, "remanded", date(2025, 7, 1))
    proceedings.add_event(archive, civil, "judgment_served", date(2025, 12, 1))
    generated = cases.case_detail(archive, ref).deadlines
    assert sorted((d.rule_id, d.due_on) for d in generated) == [
        ("cn.civil.appeal_judgment", date(2025, 3, 18)),
        ("cn.civil.appeal_judgment", date(2025, 12, 16)),
    ]
    # Appealed again, the second judgment of the appeal court is final: retrial only.
    proceedings.add_event(archive, civil, "appeal_filed", date(2025, 12, 10))
    proceedings.add_event(archive, civil, "judgment_served", date(2026, 4, 20))
    latest = [d for d in cases.case_detail(archive, ref).deadlines if d.due_on > date(2026, 1, 1)]
    assert [(d.rule_id, d.due_on) for d in latest] == [
        ("cn.civil.retrial_application", date(2026, 10, 20))
    ]
    # The whole-archive review reads the same history.
    review = review_archive(archive, date(2026, 5, 1))
    assert sorted(review.due.values()) == sorted(
        d.due_on for d in cases.case_detail(archive, ref).deadlines
    )


def test_a_second_instance_ruling_on_jurisdiction_is_final(archive: Archive) -> None:
    ref = _case(archive, "CN")
    civil = _proceeding(archive, ref, "civil")
    proceedings.add_event(archive, civil, "jurisdiction_ruling_served", date(2025, 3, 3))
    proceedings.add_event(archive, civil, "appeal_filed", date(2025, 3, 10))
    # The appeal court's ruling (Art 182: final; no retrial of a jurisdiction ruling).
    proceedings.add_event(archive, civil, "jurisdiction_ruling_served", date(2025, 5, 6))
    [only] = cases.case_detail(archive, ref).deadlines
    assert only.event_id == _event_id(archive, ref, "jurisdiction_ruling_served")  # the first
    assert (only.rule_id, only.due_on) == ("cn.civil.appeal_ruling", date(2025, 3, 13))
    # The foreign party's 30 days (Art 286) are named too: Wed 2 Apr 2025.
    assert "30 days, Art 286 → 2025-04-02." in only.explanation


def test_eu_customs_deadlines_start_from_a_notice_or_a_detention_once(archive: Archive) -> None:
    ref = _case(archive, "NL")
    customs = _proceeding(archive, ref, "customs", "NL")
    proceedings.add_event(archive, customs, "customs_notice", date(2025, 3, 3))
    found = _deadlines(archive, ref)
    assert found["eu.customs.confirm"].due_on == date(2025, 3, 17)  # 10 NL working days
    # The same suspension recorded again as a detention does not start a second period.
    proceedings.add_event(archive, customs, "detention", date(2025, 3, 4))
    assert [d.rule_id for d in cases.case_detail(archive, ref).deadlines].count(
        "eu.customs.confirm"
    ) == 1


def test_eu_small_consignment_objection_and_application_for_action(archive: Archive) -> None:
    ref = _case(archive, "NL")
    customs = _proceeding(archive, ref, "customs", "NL")
    proceedings.add_event(archive, customs, "declarant_objection", date(2025, 3, 3))
    proceedings.add_event(archive, customs, "application_granted", date(2026, 3, 2))
    found = _deadlines(archive, ref)
    assert found["eu.customs.small_consignment_holder"].due_on == date(2025, 3, 17)
    assert "Art 26(9)" in found["eu.customs.small_consignment_holder"].explanation
    assert found["eu.customs.application_expiry"].due_on == date(2027, 3, 2)
    extension = found["eu.customs.application_extension"]
    assert extension.due_on == date(2027, 1, 19)  # 30 NL working days before 2 Mar 2027
    assert "30 working days before 2027-03-02" in extension.explanation


def test_a_criminal_judgment_gets_no_civil_appeal_period(archive: Archive) -> None:
    ref = _case(archive, "CN")
    criminal = _proceeding(archive, ref, "criminal")
    proceedings.add_event(archive, criminal, "judgment_served", date(2025, 9, 20))
    assert cases.case_detail(archive, ref).deadlines == ()


def test_penalty_decision_reconsideration_and_suit(archive: Archive) -> None:
    ref = _case(archive, "CN")
    admin = _proceeding(archive, ref, "administrative", "CN")
    proceedings.add_event(archive, admin, "penalty_decision", date(2025, 8, 31), "义市监处罚318号")
    found = _deadlines(archive, ref)
    assert set(found) == {"cn.admin.reconsideration", "cn.admin.litigation"}
    assert found["cn.admin.reconsideration"].due_on == date(2025, 10, 30)  # 60 days, a Thursday
    # 6 months: no 31 Feb → Sat 28 Feb 2026, a make-up working day: it stays.
    assert found["cn.admin.litigation"].due_on == date(2026, 2, 28)
    assert "has no day 31" in found["cn.admin.litigation"].explanation
    assert found["cn.admin.litigation"].reminder_days == (30, 7, 1)
    assert "Administrative Reconsideration Law" in found["cn.admin.reconsideration"].explanation


def test_regenerating_after_a_setting_change_keeps_done_and_hand_made(archive: Archive) -> None:
    ref = _case(archive, "CN")
    customs = _proceeding(archive, ref, "customs", "CN")
    proceedings.add_event(archive, customs, "customs_notice", date(2025, 9, 26))
    applied = _deadlines(archive, ref)["cn.customs.apply_detention"]
    records.set_deadline_status(archive, applied.id, "done", date(2025, 9, 29))
    proceedings.add_event(archive, customs, "detention", date(2025, 9, 30))
    manual = records.add_deadline(archive, ref, "Chase customs", date(2025, 10, 10))

    rule_settings.set_rule_settings(archive, makeup_days_count=False)
    result = regenerate_deadlines(archive, ref)

    after = _deadlines(archive, ref)
    assert after["cn.customs.apply_detention"].due_on == date(2025, 9, 30)  # done: kept as it was
    assert after["cn.customs.apply_detention"].status == "done"
    # Sat 11 Oct (make-up) no longer counts: one working day later.
    assert after["cn.customs.investigation"].due_on == date(2025, 11, 19)
    assert "With make-up working days counted: 2025-11-18." in (
        after["cn.customs.investigation"].explanation
    )
    assert after["cn.customs.release_ex_officio"].due_on == date(2025, 12, 17)
    assert after[""].id == manual and after[""].due_on == date(2025, 10, 10)
    # The setting change itself recounted them: regenerating again changes nothing.
    assert result.moved == result.added == result.removed == ()
    # A new event is counted under the archive's settings too.
    proceedings.add_event(archive, customs, "customs_notice", date(2025, 9, 26))
    newest = max(cases.case_detail(archive, ref).deadlines, key=lambda d: d.id)
    assert newest.due_on == date(2025, 10, 9)


def test_removing_an_event_removes_its_open_deadlines_only(archive: Archive) -> None:
    ref = _case(archive, "CN")
    customs = _proceeding(archive, ref, "customs", "CN")
    proceedings.add_event(archive, customs, "customs_notice", date(2025, 9, 26))
    proceedings.add_event(archive, customs, "detention", date(2025, 9, 30))
    applied = _deadlines(archive, ref)["cn.customs.apply_detention"]
    records.set_deadline_status(archive, applied.id, "done", date(2025, 9, 29))

    proceedings.remove_event(archive, _event_id(archive, ref, "detention"))
    assert set(_deadlines(archive, ref)) == {"cn.customs.apply_detention"}

    proceedings.remove_event(archive, _event_id(archive, ref, "customs_notice"))
    [kept] = cases.case_detail(archive, ref).deadlines
    assert (kept.rule_id, kept.status, kept.event_id) == (
        "cn.customs.apply_detention",
        "done",
        None,
    )


def test_upcoming_deadlines_across_cases(archive: Archive) -> None:
    ningbo = _case(archive, "CN")
    customs = _proceeding(archive, ningbo, "customs", "CN")
    proceedings.add_event(archive, customs, "customs_notice", date(2025, 9, 26))  # due 30 Sep
    taobao = _case(archive, "CN")
    platform = _proceeding(archive, taobao, "platform")
    proceedings.add_event(archive, platform, "counter_notice", date(2025, 9, 30))  # due 15 Oct
    done = records.add_deadline(archive, taobao, "Notarise the listings", date(2025, 10, 2))
    records.set_deadline_status(archive, done, "done", date(2025, 10, 1))
    records.add_deadline(archive, taobao, "Annual review", date(2026, 6, 1))

    agenda = upcoming_deadlines(archive, within_days=14, today=date(2025, 10, 2))
    assert [(r.case_reference, r.rule_id, r.due_on, r.days_left) for r in agenda] == [
        (ningbo, "cn.customs.apply_detention", date(2025, 9, 30), -2),
        (taobao, "cn.platform.counter_notice", date(2025, 10, 15), 13),
    ]
    assert agenda[0].overdue and agenda[0].route == "customs"
    assert agenda[0].case_title == "Fake X9 scooters"
    assert upcoming_deadlines(archive, within_days=0, today=date(2025, 10, 2)) == agenda[:1]


def _rule_file(tmp_path: Path, extra: str) -> Path:
    path = tmp_path / "deadlines.toml"
    path.write_text(
        '[rules."x.y"]\ntitle = "t"\ntrigger = "t"\namount = 3\nunit = "days"\n'
        f'calendar = "CN"\ninstrument = "i"\narticle = "a"\n{extra}',
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("extra", "key", "problem"),
    [
        ('event = "detentoin"\nroutes = ["customs"]\n', "rules.x.y.event", "not an event kind"),
        ('event = "detention"\n', "rules.x.y.routes", "is missing (needed with `event`)"),
        ('event = "detention"\nroutes = ["customs", "police"]\n', "rules.x.y.routes[2]", "route"),
        ('after_events = ["customs_notice"]\n', "rules.x.y.after_events", "needs an `event`"),
        ('unles_events = ["x"]\n', "rules.x.y.unles_events", "did you mean 'unless_events'"),
        ("reminder_days = [7, -1]\n", "rules.x.y.reminder_days[2]", "whole number ≥ 0"),
        ('rest_day_extends = "false"\n', "rules.x.y.rest_day_extends", "true or false"),
        ('see_also = ["x.z"]\n', "rules.x.y.see_also[1]", "'x.z' is not a rule"),
        ('event = []\nroutes = ["customs"]\n', "rules.x.y.event", "at least one event kind"),
        (
            'event = ["detention", "detention"]\nroutes = ["customs"]\n',
            "rules.x.y.event",
            "names an event kind twice",
        ),
        (
            'event = ["detention", "detentoin"]\nroutes = ["customs"]\n',
            "rules.x.y.event[2]",
            "not an event kind",
        ),
        (
            'event = "judgment_served"\nroutes = ["civil"]\nunless_events = [[]]\n',
            "rules.x.y.unless_events[1]",
            "empty list",
        ),
        (
            'event = "judgment_served"\nroutes = ["civil"]\n'
            'after_events = [["judgment_served", "apeal_filed"]]\n',
            "rules.x.y.after_events[1][2]",
            "not an event kind",
        ),
        (
            'event = "judgment_served"\nroutes = ["civil"]\n'
            'after_events = [["appeal_filed", "judgment_served"]]\n'
            'unless_events = [["judgment_served", "appeal_filed"]]\n',
            "rules.x.y.unless_events",
            "also in after_events",
        ),
    ],
)
def test_a_broken_trigger_is_refused_naming_file_key_and_problem(
    tmp_path: Path, extra: str, key: str, problem: str
) -> None:
    path = _rule_file(tmp_path, extra)
    with pytest.raises(RuleDataError) as raised:
        load_rule_book(path)
    assert raised.value.key == key
    assert problem in raised.value.problem
    assert str(path) in str(raised.value)


def test_event_is_one_kind_or_a_list_of_kinds(tmp_path: Path) -> None:
    # A single string (as in files written before lists) still names one kind.
    one = load_rule_book(_rule_file(tmp_path, 'event = "detention"\nroutes = ["customs"]\n'))
    assert one.rules["x.y"].events == ("detention",)
    assert one.by_event == {"detention": (one.rules["x.y"],)}
    both = load_rule_book(
        _rule_file(tmp_path, 'event = ["customs_notice", "detention"]\nroutes = ["customs"]\n')
    )
    rule = both.rules["x.y"]
    assert rule.events == ("customs_notice", "detention")
    assert set(both.by_event) == {"customs_notice", "detention"}
    assert rules_for_event("detention", "customs", "CN", book=both) == [rule]


def test_default_settings_are_domains(archive: Archive) -> None:
    # Until an archive answers the open points, generation uses DOMAIN.md's defaults.
    assert rule_settings.deadline_settings(archive) == DeadlineSettings()


def test_changing_the_make_up_day_setting_recounts_open_generated_deadlines(
    archive: Archive,
) -> None:
    from casefile.services.rule_settings import set_rule_settings

    ref = _case(archive, "CN")
    proc = _proceeding(archive, ref, "customs", "CN")
    proceedings.add_event(archive, proc, "customs_notice", date(2025, 9, 26))
    assert _deadlines(archive, ref)["cn.customs.apply_detention"].due_on == date(2025, 9, 30)
    set_rule_settings(archive, makeup_days_count=False)  # one write: setting and recount
    assert _deadlines(archive, ref)["cn.customs.apply_detention"].due_on == date(2025, 10, 9)


def test_giving_a_case_its_jurisdiction_generates_its_proceedings_deadlines(
    archive: Archive,
) -> None:
    ref = _case(archive)
    proc = _proceeding(archive, ref, "platform")
    proceedings.add_event(archive, proc, "counter_notice", date(2026, 9, 28))
    assert _deadlines(archive, ref) == {}  # no law to apply yet: nothing guessed
    cases.update_case(archive, ref, {"jurisdictions": ["CN"]})
    assert _deadlines(archive, ref)["cn.platform.counter_notice"].due_on == date(2026, 10, 13)


# --- deadlines met by a later event (a rule's `met_by`) ----------------------------------------


def test_a_bond_posted_meets_the_apply_for_detention_deadline(archive: Archive) -> None:
    ref = _case(archive, "CN")
    customs = _proceeding(archive, ref, "customs", "CN")
    proceedings.add_event(archive, customs, "customs_notice", date(2026, 3, 2))
    applied = _deadlines(archive, ref)["cn.customs.apply_detention"]
    assert (applied.status, applied.due_on) == ("open", date(2026, 3, 5))
    proceedings.add_event(archive, customs, "bond_posted", date(2026, 3, 4))
    bond = _event_id(archive, ref, "bond_posted")
    met = _deadlines(archive, ref)["cn.customs.apply_detention"]
    assert (met.id, met.status, met.completed_on, met.met_by_event_id) == (
        applied.id,
        "done",
        date(2026, 3, 4),
        bond,
    )
    assert met.reason == "Met: bond posted recorded on 2026-03-04"
    assert met.due_on == date(2026, 3, 5)  # the date it was due stays for the record
    # The detention the next day meets it too, but the bond came first.
    proceedings.add_event(archive, customs, "detention", date(2026, 3, 5))
    assert _deadlines(archive, ref)["cn.customs.apply_detention"].met_by_event_id == bond
    # No false overdue warning in the agenda.
    agenda = upcoming_deadlines(archive, within_days=14, today=date(2026, 3, 20))
    assert "cn.customs.apply_detention" not in {r.rule_id for r in agenda}

    # The bond recorded in error and removed: the detention still shows it was met.
    proceedings.remove_event(archive, bond)
    by_detention = _deadlines(archive, ref)["cn.customs.apply_detention"]
    assert by_detention.met_by_event_id == _event_id(archive, ref, "detention")
    assert (by_detention.completed_on, by_detention.reason) == (
        date(2026, 3, 5),
        "Met: detention recorded on 2026-03-05",
    )
    # Neither left: open again, as generated.
    proceedings.remove_event(archive, _event_id(archive, ref, "detention"))
    reopened = _deadlines(archive, ref)["cn.customs.apply_detention"]
    assert (reopened.id, reopened.status, reopened.completed_on, reopened.reason) == (
        applied.id,
        "open",
        None,
        "",
    )
    assert reopened.met_by_event_id is None
    # The History tells the story in words.
    history = case_history(archive, cases.case_detail(archive, ref).id, kinds=["deadline"])
    reasons = [c.after for row in history for c in row.changes if c.field == "reason" and c.after]
    assert "Met: bond posted recorded on 2026-03-04" in reasons


def test_a_meeting_event_moved_before_the_trigger_reopens_the_deadline(archive: Archive) -> None:
    ref = _case(archive, "CN")
    customs = _proceeding(archive, ref, "customs", "CN")
    proceedings.add_event(archive, customs, "customs_notice", date(2026, 3, 2))
    proceedings.add_event(archive, customs, "bond_posted", date(2026, 3, 4))
    assert _deadlines(archive, ref)["cn.customs.apply_detention"].status == "done"
    bond = _event_id(archive, ref, "bond_posted")
    proceedings.update_event(archive, bond, "bond_posted", date(2026, 2, 27))
    assert _deadlines(archive, ref)["cn.customs.apply_detention"].status == "open"
    proceedings.update_event(archive, bond, "bond_posted", date(2026, 3, 2))  # the same day
    assert _deadlines(archive, ref)["cn.customs.apply_detention"].completed_on == date(2026, 3, 2)
    proceedings.update_event(archive, bond, "other", date(2026, 3, 2))  # another kind
    assert _deadlines(archive, ref)["cn.customs.apply_detention"].status == "open"


def test_a_deadline_marked_done_by_hand_is_never_touched(archive: Archive) -> None:
    ref = _case(archive, "CN")
    customs = _proceeding(archive, ref, "customs", "CN")
    proceedings.add_event(archive, customs, "customs_notice", date(2026, 3, 2))
    applied = _deadlines(archive, ref)["cn.customs.apply_detention"]
    records.set_deadline_status(archive, applied.id, "done", date(2026, 3, 3), reason="Filed")
    proceedings.add_event(archive, customs, "bond_posted", date(2026, 3, 4))
    kept = _deadlines(archive, ref)["cn.customs.apply_detention"]
    assert (kept.completed_on, kept.reason, kept.met_by_event_id) == (
        date(2026, 3, 3),
        "Filed",
        None,
    )
    proceedings.remove_event(archive, _event_id(archive, ref, "bond_posted"))
    kept = _deadlines(archive, ref)["cn.customs.apply_detention"]
    assert (kept.status, kept.completed_on, kept.reason) == ("done", date(2026, 3, 3), "Filed")

    # Met by an event, then confirmed by counsel's hand: counsel's record from then on.
    proceedings.add_event(archive, customs, "detention", date(2026, 3, 5))
    investigation = _deadlines(archive, ref)["cn.customs.investigation"]
    proceedings.add_event(archive, customs, "investigation_result", date(2026, 4, 1))
    assert _deadlines(archive, ref)["cn.customs.investigation"].status == "done"
    records.set_deadline_status(archive, investigation.id, "done", date(2026, 4, 2))
    proceedings.remove_event(archive, _event_id(archive, ref, "investigation_result"))
    confirmed = _deadlines(archive, ref)["cn.customs.investigation"]
    assert (confirmed.status, confirmed.completed_on) == ("done", date(2026, 4, 2))


def test_an_investigation_result_meets_the_customs_decision_deadline(archive: Archive) -> None:
    ref = _case(archive, "CN")
    customs = _proceeding(archive, ref, "customs", "CN")
    proceedings.add_event(archive, customs, "customs_notice", date(2026, 3, 2))
    proceedings.add_event(archive, customs, "detention", date(2026, 3, 5))
    proceedings.add_event(archive, customs, "investigation_result", date(2026, 4, 10))
    found = _deadlines(archive, ref)
    investigation = found["cn.customs.investigation"]
    assert (investigation.status, investigation.completed_on) == ("done", date(2026, 4, 10))
    assert investigation.reason == "Met: investigation result recorded on 2026-04-10"
    assert found["cn.customs.apply_detention"].reason == "Met: detention recorded on 2026-03-05"
    assert found["cn.customs.release_ex_officio"].status == "open"  # no event meets it
    # Removing the proceeding's trigger takes the deadlines it met with it, as open ones go.
    proceedings.remove_event(archive, _event_id(archive, ref, "detention"))
    assert set(_deadlines(archive, ref)) == {"cn.customs.apply_detention"}
    assert _deadlines(archive, ref)["cn.customs.apply_detention"].status == "open"


def test_an_appeal_filed_meets_the_appeal_period_of_its_own_instance(archive: Archive) -> None:
    ref = _case(archive, "CN")
    civil = _proceeding(archive, ref, "civil")
    proceedings.add_event(archive, civil, "appeal_filed", date(2025, 3, 1))  # before: not its
    proceedings.add_event(archive, civil, "judgment_served", date(2025, 3, 3))
    assert _deadlines(archive, ref)["cn.civil.appeal_judgment"].status == "open"
    proceedings.add_event(archive, civil, "appeal_filed", date(2025, 3, 10))
    appeal = _deadlines(archive, ref)["cn.civil.appeal_judgment"]
    assert (appeal.status, appeal.completed_on) == ("done", date(2025, 3, 10))
    assert appeal.reason == "Met: appeal filed recorded on 2025-03-10"
    # After a remand the history starts anew: the retrial's judgment has its own period, which
    # the appeals before the remand do not meet.
    proceedings.add_event(archive, civil, "remanded", date(2025, 7, 1))
    proceedings.add_event(archive, civil, "judgment_served", date(2025, 12, 1))
    by_due = {d.due_on: d for d in cases.case_detail(archive, ref).deadlines}
    assert by_due[date(2025, 3, 18)].status == "done"
    assert by_due[date(2025, 12, 16)].status == "open"
    proceedings.add_event(archive, civil, "appeal_filed", date(2025, 12, 10))
    by_due = {d.due_on: d for d in cases.case_detail(archive, ref).deadlines}
    assert by_due[date(2025, 12, 16)].completed_on == date(2025, 12, 10)
    assert by_due[date(2025, 3, 18)].completed_on == date(2025, 3, 10)  # still its own appeal


def test_an_appeal_meets_the_ruling_appeal_period(archive: Archive) -> None:
    ref = _case(archive, "CN")
    civil = _proceeding(archive, ref, "civil")
    proceedings.add_event(archive, civil, "jurisdiction_ruling_served", date(2025, 3, 3))
    proceedings.add_event(archive, civil, "appeal_filed", date(2025, 3, 10))
    ruling = _deadlines(archive, ref)["cn.civil.appeal_ruling"]
    assert (ruling.status, ruling.completed_on) == ("done", date(2025, 3, 10))

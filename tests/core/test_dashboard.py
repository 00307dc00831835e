"""The dashboard as counsel checks it on small archives built by hand: each section's item, the
boundary days (due today, in 7 days against 8, the quarter's first day), a transfer recorded
taking a case off the suspicion list, and each item naming its case, its tab and why."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

import pytest

from casefile import cli
from casefile.domain import RenewalState
from casefile.services import cases, parties, proceedings, records, rights, transfers
from casefile.services.assessment import first_flagged, flagged_case_ids, flagged_reasons
from casefile.services.dashboard import SECTION_LIMIT, SECTIONS, DetailTab, Quarter, dashboard
from casefile.store.archive import Archive

TODAY = date(2026, 11, 21)  # a Saturday, in 2026 Q4


def _case(archive: Archive, title: str, opened_on: str = "2026-03-02", **more: object) -> str:
    return cases.create_case(
        archive, cases.CaseDraft(title=title, opened_on=opened_on, **more)
    ).reference


def _deadline(archive: Archive, ref: str, title: str, days: int) -> None:
    due = (TODAY + timedelta(days=days)).isoformat()
    records.add_deadline(archive, ref, title, due, explanation=f"{title}: counsel's note")


def test_deadlines_fall_into_overdue_this_week_and_this_month(archive: Archive) -> None:
    ref = _case(archive, "Shop listings")
    for title, days in [
        ("yesterday", -1),
        ("today", 0),
        ("in 7 days", 7),
        ("in 8 days", 8),
        ("in 30 days", 30),
        ("in 31 days", 31),
    ]:
        _deadline(archive, ref, title, days)
    board = dashboard(archive, TODAY)
    assert [d.title for d in board.overdue] == ["yesterday"]
    assert [d.title for d in board.due_soon] == ["today", "in 7 days"]
    assert [d.title for d in board.due_later] == ["in 8 days", "in 30 days"]
    overdue = board.overdue[0]
    assert (overdue.reference, overdue.days_left, overdue.tab) == (ref, -1, DetailTab.DEADLINES)
    assert overdue.why == "yesterday: counsel's note"


def test_a_deadline_done_or_waived_leaves_the_dashboard(archive: Archive) -> None:
    ref = _case(archive, "Shop listings")
    _deadline(archive, ref, "answer the platform", 2)
    [item] = dashboard(archive, TODAY).due_soon
    records.set_deadline_status(archive, item.deadline_id, "done")
    assert dashboard(archive, TODAY).due_soon == ()


def test_the_windows_are_parameters(archive: Archive) -> None:
    ref = _case(archive, "Shop listings")
    _deadline(archive, ref, "in 10 days", 10)
    board = dashboard(archive, TODAY, soon_days=14, later_days=20)
    assert [d.title for d in board.due_soon] == ["in 10 days"] and board.due_later == ()
    with pytest.raises(ValueError):
        dashboard(archive, TODAY, soon_days=40, later_days=30)


def _suspected(archive: Archive) -> str:
    ref = _case(archive, "Pirated copies", offences=["217"], acts_on="2026-01-15")
    records.add_threshold_figure(archive, ref, "copies", 800, "2026-03-10")
    return ref


def test_suspicion_without_transfer_is_listed_until_the_transfer_is_recorded(
    archive: Archive,
) -> None:
    ref = _suspected(archive)
    _case(archive, "Few labels", offences=["215"], acts_on="2026-01-15")
    [item] = dashboard(archive, TODAY).suspicion
    assert (item.reference, item.tab) == (ref, DetailTab.CRIMINAL)
    assert item.reasons == ("Art 217: serious level reached",)  # the Criminal tab's words
    assert "No transfer to the police is recorded" in item.why and "Art 3(2)" in item.why
    transfer = transfers.start_transfer(archive, ref, "Dongguan Copyright Administration")
    transfers.add_transfer_step(archive, transfer, "suspicion_reached", "2026-03-12")
    assert (
        dashboard(archive, TODAY)
        .suspicion[0]
        .reasons[0]
        .startswith("counsel recorded 'suspicion reached' on 2026-03-12")
    )
    transfers.add_transfer_step(archive, transfer, "transferred", "2026-03-16")
    assert dashboard(archive, TODAY).suspicion == ()


def test_a_transfer_whose_next_step_is_overdue_is_listed_with_the_rule(archive: Archive) -> None:
    ref = _suspected(archive)
    transfer = transfers.start_transfer(archive, ref, "Dongguan AMR")
    on_time = dashboard(archive, TODAY).transfers_overdue
    assert on_time == ()  # no step yet: nothing runs
    transfers.add_transfer_step(archive, transfer, "transferred", "2026-11-02", today=TODAY)
    [item] = dashboard(archive, TODAY).transfers_overdue
    assert (item.reference, item.transfer_id, item.last_step) == (ref, transfer, "transferred")
    assert item.due_on < TODAY and item.days_overdue == (TODAY - item.due_on).days
    assert item.tab is DetailTab.CRIMINAL and item.rule_id
    assert "counted from transferred on 2026-11-02" in item.why
    # The same transfer seen on the day it was recorded is not overdue.
    assert dashboard(archive, date(2026, 11, 2)).transfers_overdue == ()


def test_an_open_customs_detention_shows_its_response_deadlines(archive: Archive) -> None:
    ref = _case(archive, "Yiwu customs", jurisdictions=["CN"])
    held = proceedings.add_proceeding(
        archive, ref, proceedings.ProceedingDraft(route="customs", authority="Jinhua Customs")
    )
    proceedings.add_event(archive, held.id, "customs_notice", "2026-11-18")
    [item] = dashboard(archive, TODAY).detentions
    assert (item.reference, item.proceeding_id, item.tab) == (ref, held.id, DetailTab.PROCEEDINGS)
    assert item.held_since == date(2026, 11, 18) and item.held_by == "customs_notice"
    assert item.deadlines and item.next_due == item.deadlines[0].due_on
    assert item.deadlines[0].rule_id == "cn.customs.apply_detention"
    assert "Next:" in item.why
    proceedings.add_event(archive, held.id, "release", "2026-11-20")
    assert dashboard(archive, TODAY).detentions == ()


def test_a_customs_proceeding_that_ended_holds_nothing(archive: Archive) -> None:
    ref = _case(archive, "Ningbo customs", jurisdictions=["CN"])
    draft = proceedings.ProceedingDraft(route="customs", stage="decided", ended_on="2026-11-19")
    ended = proceedings.add_proceeding(archive, ref, draft)
    proceedings.add_event(archive, ended.id, "customs_notice", "2026-11-10")
    assert dashboard(archive, TODAY).detentions == ()


def test_recordals_and_rights_expiring_within_six_months(archive: Archive) -> None:
    ref = _case(archive, "Scooter brand")
    soon = rights.add_right(
        archive,
        rights.RightDraft("trademark", "G1234567", "CN", valid_to="2027-12-31"),
        ref,
    )
    rights.add_recordal(archive, soon.id, "GACC", "T2020-00001", "2020-01-01", "2027-05-20")
    rights.add_right(
        archive, rights.RightDraft("trademark", "G7654321", "CN", valid_to="2027-05-22"), ref
    )
    board = dashboard(archive, TODAY)
    assert board.expiry_until == date(2027, 5, 21)
    [recordal] = board.expiring  # the right expiring 2027-05-22 is one day beyond
    assert (recordal.record, recordal.recordal_number) == ("recordal", "T2020-00001")
    assert (recordal.reference, recordal.tab) == (ref, DetailTab.RIGHTS)
    assert recordal.state is RenewalState.RENEW_NOW  # the 6-month window opened 2026-11-20
    assert recordal.window_opens == date(2026, 11, 20)
    assert "Art 10" in recordal.why  # the renewal rule's source


def _infringer_in(archive: Archive, name: str, *refs: str) -> int:
    first, *others = refs
    row, _ = parties.add_party_to_case(archive, first, parties.PartyDraft(name=name))
    for ref in others:
        parties.link_party(archive, ref, row.party.id)
    return row.party.id


def test_a_repeat_infringer_is_listed_when_seen_this_quarter(archive: Archive) -> None:
    old = _case(archive, "2025 raid", opened_on="2025-05-02")
    new = _case(archive, "New listings", opened_on="2026-10-01")  # the quarter's first day
    party = _infringer_in(archive, "Tengfei Trading", old, new)
    _infringer_in(archive, "One-off seller", _case(archive, "Once", opened_on="2026-11-02"))
    board = dashboard(archive, TODAY)
    assert board.quarter == Quarter(2026, 4)
    [item] = board.repeat_infringers
    assert (item.party_id, item.name, item.cases_count) == (party, "Tengfei Trading", 2)
    assert (item.reference, item.tab) == (new, DetailTab.PARTIES)
    assert item.why == f"Infringer in 2 cases; seen in 2026 Q4: {new} (opened on 2026-10-01)."
    # On the last day of Q3 neither case was active in that quarter.
    assert dashboard(archive, date(2026, 9, 30)).repeat_infringers == ()


def test_a_proceeding_event_this_quarter_counts_as_seen(archive: Archive) -> None:
    first = _case(archive, "2024 case", opened_on="2024-02-01")
    second = _case(archive, "2025 case", opened_on="2025-02-01")
    _infringer_in(archive, "Shenzhen Seller", first, second)
    assert dashboard(archive, TODAY).repeat_infringers == ()
    p = proceedings.add_proceeding(archive, first, proceedings.ProceedingDraft(route="platform"))
    proceedings.add_event(archive, p.id, "takedown", "2026-11-03")
    [item] = dashboard(archive, TODAY).repeat_infringers
    assert item.reference == first and item.last_seen == date(2026, 11, 3)


def test_spend_against_recoveries_per_route_and_quarter(archive: Archive) -> None:
    ref = _case(archive, "Civil suit")
    suit = proceedings.add_proceeding(archive, ref, proceedings.ProceedingDraft(route="civil"))
    pay = records.add_money_entry
    pay(archive, ref, "cost", "court_fee", "1200.50", "CNY", "2026-09-30", proceeding_id=suit.id)
    pay(archive, ref, "cost", "lawyer", "3000", "CNY", "2026-10-01", proceeding_id=suit.id)
    pay(archive, ref, "recovery", "damages", "10000", "CNY", "2026-11-02", proceeding_id=suit.id)
    pay(archive, ref, "cost", "bond", "5000", "CNY", "2026-10-05", proceeding_id=suit.id)
    pay(archive, ref, "cost", "notary", "800", "CNY", "2026-11-01")  # on no proceeding
    pay(archive, ref, "cost", "notary", "99", "CNY", "2024-09-30")  # before the 8 quarters
    money = dashboard(archive, TODAY).money
    assert money.quarters[0] == Quarter(2025, 1) and money.quarters[-1] == Quarter(2026, 4)
    q3 = money.bar("civil", Quarter(2026, 3), "CNY")
    q4 = money.bar("civil", Quarter(2026, 4), "CNY")
    assert q3 is not None and q3.costs == Decimal("1200.50") and q3.recoveries == 0
    assert q4 is not None and (q4.costs, q4.recoveries) == (Decimal(3000), Decimal(10000))
    assert q4.bonds_held == Decimal(5000) and q4.net == Decimal(7000)  # a held bond is apart
    unassigned = money.bar("", Quarter(2026, 4), "CNY")
    assert unassigned is not None and unassigned.costs == Decimal(800)
    assert money.routes == ("", "civil") and money.currencies == ("CNY",)
    civil = money.route_totals("CNY")["civil"]
    assert (civil.costs, civil.recoveries) == (Decimal("4200.50"), Decimal(10000))
    assert "a bond held is shown apart" in money.why


def test_closed_cases_are_left_out_of_what_must_be_chased(archive: Archive) -> None:
    ref = _suspected(archive)
    cases.set_status(archive, ref, "closed", "2026-11-01")
    board = dashboard(archive, TODAY)
    assert board.suspicion == () and board.problems == ()


def test_an_empty_archive_has_an_empty_dashboard(archive: Archive) -> None:
    board = dashboard(archive, TODAY)
    assert board.today == TODAY and board.overdue == board.due_soon == board.due_later == ()
    assert board.money.bars == () and len(board.money.quarters) == 8


def test_the_command_line_prints_the_dashboard_and_its_json(
    archive: Archive, capsys: pytest.CaptureFixture[str]
) -> None:
    ref = _case(archive, "Shop listings")
    _deadline(archive, ref, "answer the platform", 0)
    assert cli.main(["dashboard", "--archive", str(archive.path)]) == 0
    shown = capsys.readouterr().out
    assert f"Due within 7 days: 1\n  {TODAY.isoformat()}  {ref}  answer the platform" in shown
    assert cli.main(["dashboard", "--archive", str(archive.path), "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    [item] = record["due_soon"]
    assert (item["reference"], item["tab"], item["due_on"]) == (ref, "deadlines", "2026-11-21")
    assert record["quarter"] == "2026 Q4" and record["money"]["quarters"][-1] == "2026 Q4"


def _three_of_each(archive: Archive) -> None:
    """Three items in every listed section (and a fourth suspicion, recorded by counsel)."""
    for n in range(3):
        ref = _case(archive, f"Listings {n}", opened_on="2026-10-0" + str(n + 1))
        for days in (-3 + n, n, 10 + n):  # overdue, within 7 days, within 30 days
            _deadline(archive, ref, f"step {n} in {days} days", days)
        _suspected(archive)  # listed under suspicion
        transfer = transfers.start_transfer(archive, _suspected(archive), "Dongguan AMR")
        # transferred (off the suspicion list), its next step now overdue
        transfers.add_transfer_step(archive, transfer, "transferred", "2026-11-02", today=TODAY)
        held = proceedings.add_proceeding(
            archive, ref, proceedings.ProceedingDraft(route="customs", authority="Jinhua Customs")
        )
        proceedings.add_event(archive, held.id, "customs_notice", f"2026-11-1{n}")
        rights.add_right(
            archive, rights.RightDraft("trademark", f"G100{n}", "CN", valid_to=f"2027-03-1{n}"), ref
        )
        _infringer_in(archive, f"Seller {n}", ref, _case(archive, f"Older {n}", "2024-01-02"))
    by_counsel = _suspected(archive)
    transfer = transfers.start_transfer(archive, by_counsel, "Dongguan Copyright Administration")
    transfers.add_transfer_step(archive, transfer, "suspicion_reached", "2026-03-12")


def test_each_section_lists_its_first_items_and_counts_them_all(archive: Archive) -> None:
    _three_of_each(archive)
    every = dashboard(archive, TODAY)
    first = dashboard(archive, TODAY, limit=2)
    assert every.limit is None and first.limit == 2
    for section in SECTIONS:
        listed = getattr(every, section)
        assert len(listed) >= 3, section
        assert first.count(section) == every.count(section) == len(listed), section
        assert getattr(first, section) == listed[:2], section
    assert first.count("suspicion") == 4  # three on the figures, one recorded by counsel
    assert first.counts == every.counts
    assert dashboard(archive, TODAY, limit=0).counts == every.counts
    with pytest.raises(ValueError):
        dashboard(archive, TODAY, limit=-1)
    with pytest.raises(ValueError):
        first.count("no such section")


def test_the_flagged_count_is_the_number_of_flagged_cases(archive: Archive) -> None:
    _three_of_each(archive)
    flagged = flagged_reasons(archive, TODAY)
    for limit in (0, 1, 2, None):
        count, worded = first_flagged(archive, TODAY, limit)
        assert count == len(flagged) == len(flagged_case_ids(archive, TODAY))
        assert list(worded.items()) == list(flagged.items())[:limit]  # the same words


def test_the_command_line_gives_each_sections_count(
    archive: Archive, capsys: pytest.CaptureFixture[str]
) -> None:
    _three_of_each(archive)
    assert cli.main(["dashboard", "--archive", str(archive.path), "--show", "2"]) == 0
    shown = capsys.readouterr().out
    assert "Overdue deadlines: 3 (first 2)\n" in shown
    assert "Suspicion reached, not transferred: 4 (first 2)\n" in shown
    assert cli.main(["dashboard", "--archive", str(archive.path), "--all"]) == 0
    assert "Open customs detentions: 3\n" in capsys.readouterr().out  # every one listed
    assert cli.main(["dashboard", "--archive", str(archive.path), "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["limit"] == SECTION_LIMIT
    assert record["counts"] == {section: len(record[section]) for section in SECTIONS}
    assert record["counts"]["repeat_infringers"] == 3
    assert cli.main(["dashboard", "--archive", str(archive.path), "--json", "--all"]) == 0
    assert json.loads(capsys.readouterr().out)["limit"] is None

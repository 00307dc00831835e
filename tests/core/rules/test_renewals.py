"""Renewal windows as data (resources/rules/renewals.toml): a CN customs recordal in the 6 months
before it expires (Customs IPR Regs Art 10), a CN trademark in the 12 months before with a
6-month grace period (Trademark Law Art 40), an EU application for action asked 30 working
days before (Reg 608/2013 Art 12(2)), a patent not at all; Casefile's reminder elsewhere, named
as such. Both sides of every boundary; a broken file is refused naming the key."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from casefile.domain import RenewalState
from casefile.rules.data import RuleDataError
from casefile.rules.renewals import load_renewal_rules, renewal, shipped_renewal_rules
from casefile.services import rights
from casefile.store.rows import RecordalRow, RightRow

DAY = timedelta(days=1)


@pytest.mark.parametrize(
    ("record", "jurisdiction", "kind", "expires", "today", "state"),
    [
        # CN recordal expiring 1 March 2027: the window opens on 1 September 2026.
        ("recordal", "CN", "trademark", date(2027, 3, 1), date(2026, 8, 31), RenewalState.VALID),
        ("recordal", "CN", "trademark", date(2027, 3, 1), date(2026, 9, 1), "renew_now"),
        ("recordal", "CN", "trademark", date(2027, 3, 1), date(2027, 3, 1), "renew_now"),
        ("recordal", "CN", "trademark", date(2027, 3, 1), date(2027, 3, 2), "expired"),
        # CN trademark expiring 1 October 2026: from 1 October 2025; grace to 1 April 2027.
        ("right", "CN", "trademark", date(2026, 10, 1), date(2025, 9, 30), "valid"),
        ("right", "CN", "trademark", date(2026, 10, 1), date(2025, 10, 1), "renew_now"),
        ("right", "CN", "trademark", date(2026, 10, 1), date(2026, 10, 2), "late"),
        ("right", "CN", "trademark", date(2026, 10, 1), date(2027, 4, 1), "late"),
        ("right", "CN", "trademark", date(2026, 10, 1), date(2027, 4, 2), "expired"),
        # EU application for action expiring Friday 15 January 2027 (NL): ask by 2 December.
        ("recordal", "NL", "trademark", date(2027, 1, 15), date(2026, 12, 2), "renew_now"),
        ("recordal", "NL", "trademark", date(2027, 1, 15), date(2026, 12, 3), "late"),
        ("recordal", "EU", "trademark", date(2027, 1, 15), date(2026, 12, 3), "late"),
        # A patent's term ends; nothing to renew.
        ("right", "CN", "patent", date(2030, 1, 1), date(2029, 12, 31), "valid"),
        ("right", "CN", "patent", date(2030, 1, 1), date(2030, 1, 2), "expired"),
        # Elsewhere: Casefile's 6-month reminder.
        ("right", "US", "trademark", date(2027, 3, 1), date(2026, 8, 31), "valid"),
        ("right", "US", "trademark", date(2027, 3, 1), date(2026, 9, 1), "renew_now"),
    ],
)
def test_renewal_states_on_both_sides_of_each_boundary(
    record: str, jurisdiction: str, kind: str, expires: date, today: date, state: str
) -> None:
    assert renewal(record, jurisdiction, kind, expires, today).state == state


def test_each_renewal_names_its_source() -> None:
    recordal = renewal("recordal", "CN", "trademark", date(2027, 3, 1), date(2026, 11, 21))
    assert recordal.rule.id == "cn.customs.recordal"
    assert recordal.window_opens == date(2026, 9, 1)
    assert "Customs Protection of IPR" in recordal.explanation
    assert "Art 10" in recordal.explanation
    eu = renewal("recordal", "DE", "trademark", date(2027, 1, 15), date(2026, 11, 21))
    assert "Art 12(1)–(2)" in eu.explanation
    assert "Casefile's reminder" in eu.explanation  # the window is not the Regulation's
    fallback = renewal("right", "US", "design", date(2027, 3, 1), date(2026, 11, 21))
    assert fallback.rule.id == "default"
    assert "not a rule of law" in fallback.explanation


def test_the_service_reads_a_right_and_its_recordals() -> None:
    recordal = RecordalRow(1, "GACC", "T2019-1", date(2017, 3, 2), date(2027, 3, 1))
    right = RightRow(1, "trademark", "G1", "", "", "CN", (), None, date(2029, 12, 31), (recordal,))
    today = date(2026, 11, 21)
    by_recordal = rights.renewal_of(right, recordal, today)
    assert by_recordal is not None and by_recordal.state is RenewalState.RENEW_NOW
    by_right = rights.renewal_of(right, today=today)
    assert by_right is not None and by_right.state is RenewalState.VALID
    no_end = RightRow(2, "copyright", "R1", "", "", "CN", (), None, None, ())
    assert rights.renewal_of(no_end, today=today) is None


def test_the_shipped_file_ends_with_a_rule_for_everything() -> None:
    rules = shipped_renewal_rules()
    assert rules[-1].id == "default"
    assert all(r.source for r in rules)


@pytest.mark.parametrize(
    ("body", "key", "problem"),
    [
        ('[renewals.a]\ntitle="x"\nrecord="any"\ninstrument="i"\nwindow_amount=6\n', "window", ""),
        ('[renewals.a]\ntitle="x"\nrecord="all"\ninstrument="i"\n', "record", "not one of"),
        (
            '[renewals.a]\ntitle="x"\nrecord="any"\ninstrument="i"\nwindow_amount=6\n'
            'window_unit="weeks"\n',
            "window_unit",
            "not a unit",
        ),
        (
            '[renewals.a]\ntitle="x"\nrecord="right"\ninstrument="i"\nwindow_amount=6\n'
            'window_unit="months"\n',
            "renewals.a",
            "must fit every record",
        ),
        ('[renewals.a]\ntitle="x"\nrecord="any"\ninstrument="i"\nwindw_amount=6\n', "windw", ""),
    ],
)
def test_a_broken_renewals_file_is_refused_naming_the_key(
    tmp_path: Path, body: str, key: str, problem: str
) -> None:
    path = tmp_path / "renewals.toml"
    path.write_text(body)
    with pytest.raises(RuleDataError) as raised:
        load_renewal_rules(path)
    assert key in raised.value.key
    assert problem in raised.value.problem


def test_the_day_before_a_window_opens_is_valid_for_every_shipped_rule() -> None:
    today = date(2026, 11, 21)
    for rule in shipped_renewal_rules():
        if rule.window is None:
            continue
        place = rule.jurisdictions[0] if rule.jurisdictions else "US"
        kind = rule.right_kinds[0] if rule.right_kinds else "trademark"
        record = "right" if rule.record == "any" else rule.record
        found = renewal(record, place, kind, date(2028, 6, 30), today)
        assert found.rule == rule
        assert renewal(record, place, kind, found.expires, found.window_opens - DAY).state == (
            RenewalState.VALID
        )

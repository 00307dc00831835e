"""Correcting and removing what a case gathers: threshold figures, earlier penalties, hand-made
deadlines (and waiving with a reason), money (bonds held until forfeited or returned) and notes.
Each change is one transaction whose audit rows say what was there before; bad input is refused
naming the field and writes nothing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from casefile import clock
from casefile.domain import BondStatus, DeadlineStatus, Money
from casefile.errors import NotFoundError
from casefile.services import cases, proceedings, records
from casefile.services.records import DeadlineDraft, FigureDraft, MoneyDraft, PenaltyDraft
from casefile.store.archive import Archive
from casefile.store.models import AuditEntry
from tests.core.writes import refused, row_counts

ACTOR = "zhang.counsel"


@pytest.fixture
def case(archive: Archive) -> str:
    draft = cases.CaseDraft(title="Fake scooters", opened_on="2026-03-01", jurisdictions="CN")
    return cases.create_case(archive, draft).reference


def _audit(archive: Archive, table: str, row_id: int) -> list[tuple[str, str, dict[str, Any]]]:
    """(actor, action, changes) of one row's audit entries, oldest first."""
    with archive.reading() as session:
        return [
            (e.actor, e.action, e.changes)
            for e in session.scalars(
                select(AuditEntry)
                .where(AuditEntry.table_name == table, AuditEntry.row_id == str(row_id))
                .order_by(AuditEntry.id)  # type: ignore[arg-type]
            )
        ]


# -- threshold figures ------------------------------------------------------------------------


def test_a_figure_is_corrected_and_removed(archive: Archive, case: str) -> None:
    figure = records.add_threshold_figure(archive, case, "copies", "600", "2026-03-01")
    draft = records.FigureDraft("works", "1,200", "2026-03-02", unit="episode", note="Season 1")
    row = records.update_threshold_figure(archive, figure, draft, actor=ACTOR)
    assert (row.measure, row.value, row.unit, row.as_of, row.note) == (
        "works",
        Decimal(1200),
        "episode",
        date(2026, 3, 2),
        "Season 1",
    )
    assert cases.case_detail(archive, case).figures == (row,)
    actor, action, changes = _audit(archive, "threshold_figure", figure)[-1]
    assert (actor, action) == (ACTOR, "update")
    assert changes["value"] == ["600", "1200"]
    assert changes["measure"] == ["copies", "works"]

    records.remove_threshold_figure(archive, figure, actor=ACTOR)
    assert cases.case_detail(archive, case).figures == ()
    actor, action, changes = _audit(archive, "threshold_figure", figure)[-1]
    assert (actor, action, changes["value"], changes["unit"]) == (
        ACTOR,
        "delete",
        "1200",
        "episode",
    )


def test_a_bad_correction_of_a_figure_is_refused(archive: Archive, case: str) -> None:
    figure = records.add_threshold_figure(archive, case, "copies", "600", "2026-03-01")
    with refused(archive, "value", "not a whole number"):
        records.update_threshold_figure(archive, figure, FigureDraft("copies", "6.5", "2026-03-01"))
    with refused(archive, "unit", "does not fit"):
        records.update_threshold_figure(
            archive, figure, FigureDraft("copies", "600", "2026-03-01", "click")
        )
    with refused(archive, "evidence_id", "no exhibit 42"):
        records.update_threshold_figure(
            archive, figure, FigureDraft("copies", "6", "2026-03-01", evidence_id=42)
        )
    assert cases.case_detail(archive, case).figures[0].value == 600
    with pytest.raises(NotFoundError):
        records.remove_threshold_figure(archive, 999)


# -- earlier penalties ------------------------------------------------------------------------


def test_an_earlier_penalty_is_corrected_and_removed(archive: Archive, case: str) -> None:
    penalty = records.add_prior_penalty(archive, case, "2025-06-01", "administrative", "213")
    draft = PenaltyDraft("2025-07-01", "criminal", "214", reference="(2025)沪0115刑初1号")
    records.update_prior_penalty(archive, penalty, draft)
    _actor, action, changes = _audit(archive, "prior_penalty", penalty)[-1]
    assert action == "update"
    assert changes["kind"] == ["administrative", "criminal"]
    assert changes["decided_on"] == ["2025-06-01", "2025-07-01"]
    with refused(archive, "conduct", "'9' is not one of"):
        records.update_prior_penalty(archive, penalty, PenaltyDraft("2025-07-01", "criminal", "9"))
    with refused(archive, "decided_on", "in the future"):
        records.update_prior_penalty(archive, penalty, PenaltyDraft("2099-01-01", "criminal", "21"))

    records.remove_prior_penalty(archive, penalty, actor=ACTOR)
    _actor, action, changes = _audit(archive, "prior_penalty", penalty)[-1]
    assert (action, changes["conduct"], changes["reference"]) == (
        "delete",
        "214",
        "(2025)沪0115刑初1号",
    )
    with pytest.raises(NotFoundError):
        records.remove_prior_penalty(archive, penalty)


# -- deadlines --------------------------------------------------------------------------------


def test_a_hand_made_deadline_is_edited_and_removed(archive: Archive, case: str) -> None:
    deadline = records.add_deadline(archive, case, "Call the client", "2026-12-10")
    draft = DeadlineDraft(
        "Call the client about the bond",
        "2026-12-14",
        explanation="They asked for Monday.",
        reminder_days=[2],
    )
    row = records.update_deadline(archive, deadline, draft, actor=ACTOR)
    assert (row.title, row.due_on, row.explanation, row.reminder_days) == (
        "Call the client about the bond",
        date(2026, 12, 14),
        "They asked for Monday.",
        (2,),
    )
    _actor, action, changes = _audit(archive, "deadline", deadline)[-1]
    assert changes["due_on"] == ["2026-12-10", "2026-12-14"]
    with refused(archive, "due_on", "not a date"):
        records.update_deadline(archive, deadline, DeadlineDraft("Call", "next week"))
    with refused(archive, "title", "required"):
        records.update_deadline(archive, deadline, DeadlineDraft(" ", "2026-12-14"))

    records.remove_deadline(archive, deadline, actor=ACTOR)
    assert cases.case_detail(archive, case).deadlines == ()
    _actor, action, changes = _audit(archive, "deadline", deadline)[-1]
    assert (action, changes["title"]) == ("delete", "Call the client about the bond")


def test_a_generated_deadline_follows_its_event_and_is_not_edited_by_hand(
    archive: Archive, case: str
) -> None:
    proceeding = proceedings.add_proceeding(
        archive, case, proceedings.ProceedingDraft(route="customs")
    )
    proceedings.add_event(archive, proceeding.id, "customs_notice", "2026-11-16")
    (generated,) = cases.case_detail(archive, case).deadlines
    assert generated.event_id is not None
    with refused(archive, "deadline_id", "customs notice recorded on 2026-11-16", "waive"):
        records.update_deadline(archive, generated.id, DeadlineDraft("Later", "2026-12-31"))
    with refused(archive, "deadline_id", "cannot be removed by hand"):
        records.remove_deadline(archive, generated.id)


def test_waiving_takes_a_reason_that_is_kept_and_shown(archive: Archive, case: str) -> None:
    deadline = records.add_deadline(archive, case, "Appeal", "2026-12-20")
    with refused(archive, "reason", "required"):
        records.waive_deadline(archive, deadline, "  ")
    row = records.waive_deadline(
        archive, deadline, "Settled: the seller signed the undertaking.", on="2026-11-20"
    )
    assert (row.status, row.completed_on, row.reason) == (
        DeadlineStatus.WAIVED,
        date(2026, 11, 20),
        "Settled: the seller signed the undertaking.",
    )
    assert cases.case_detail(archive, case).deadlines == (row,)
    # Reopening clears the reason; the audit trail keeps it.
    records.set_deadline_status(archive, deadline, DeadlineStatus.OPEN)
    reopened = cases.case_detail(archive, case).deadlines[0]
    assert (reopened.status, reopened.reason) == ("open", "")
    _actor, _action, changes = _audit(archive, "deadline", deadline)[-1]
    assert changes["reason"] == ["Settled: the seller signed the undertaking.", ""]
    # The old call (the window's Waive button) still works, without a reason.
    records.set_deadline_status(archive, deadline, "waived")
    assert cases.case_detail(archive, case).deadlines[0].status == "waived"


# -- money ------------------------------------------------------------------------------------


def _totals(archive: Archive, case: str) -> dict[str, tuple[Decimal, Decimal, Decimal, Decimal]]:
    case_id = cases.case_detail(archive, case).id
    return {
        t.currency: (t.costs, t.recoveries, t.net, t.bonds_held)
        for t in records.money_totals(archive, case_id)
    }


def test_money_totals_per_currency_as_the_money_tab_shows_them(archive: Archive, case: str) -> None:
    """The figures the window's Money tab shows for the sample case (tests/ui/sample_data.py)."""
    records.add_money_entry(archive, case, "cost", "notary", "6800", "CNY", "2026-03-02")
    records.add_money_entry(archive, case, "cost", "investigator", "15000", "CNY", "2026-03-12")
    records.add_money_entry(archive, case, "cost", "lawyer", "42000", "CNY", "2026-04-02")
    records.add_money_entry(archive, case, "recovery", "fine_share", "9000", "CNY", "2026-05-02")
    records.add_money_entry(archive, case, "cost", "lawyer", "3500", "EUR", "2026-06-02")
    assert _totals(archive, case) == {
        "CNY": (Decimal(63800), Decimal(9000), Decimal(-54800), Decimal(0)),
        "EUR": (Decimal(3500), Decimal(0), Decimal(-3500), Decimal(0)),
    }


def test_a_bond_is_held_then_forfeited_or_returned(archive: Archive, case: str) -> None:
    records.add_money_entry(archive, case, "cost", "notary", "1000", "CNY", "2026-03-02")
    bond = records.add_money_entry(archive, case, "cost", "bond", "50000", "CNY", "2026-03-05")
    row = cases.case_detail(archive, case).money[-1]
    assert (row.bond_status, row.bond_settled_on) == (BondStatus.HELD, None)
    # Held: neither a cost nor a recovery.
    assert _totals(archive, case)["CNY"] == (Decimal(1000), 0, Decimal(-1000), Decimal(50000))

    forfeited = records.settle_bond(archive, bond, "forfeited", on="2026-06-01", actor=ACTOR)
    assert (forfeited.bond_status, forfeited.bond_settled_on) == ("forfeited", date(2026, 6, 1))
    assert _totals(archive, case)["CNY"] == (Decimal(51000), 0, Decimal(-51000), 0)
    _actor, _action, changes = _audit(archive, "money_entry", bond)[-1]
    assert changes["bond_status"] == ["held", "forfeited"]

    records.settle_bond(archive, bond, BondStatus.RETURNED)  # today
    assert cases.case_detail(archive, case).money[-1].bond_settled_on == clock.today()
    assert _totals(archive, case)["CNY"] == (Decimal(1000), 0, Decimal(-1000), 0)

    records.settle_bond(archive, bond, "held")  # recorded in error: held again
    entry = cases.case_detail(archive, case).money[-1]
    assert (entry.bond_status, entry.bond_settled_on) == ("held", None)


def test_bad_bonds_are_refused(archive: Archive, case: str) -> None:
    notary = records.add_money_entry(archive, case, "cost", "notary", "100", "CNY", "2026-03-02")
    with refused(archive, "bond_status", "only a bond posted"):
        records.settle_bond(archive, notary, "returned")
    with refused(archive, "bond_status", "'lost' is not one of"):
        records.add_money_entry(
            archive, case, "cost", "bond", "100", "CNY", "2026-03-02", bond_status="lost"
        )
    with refused(archive, "bond_settled_on", "before occurred_on"):
        records.add_money_entry(
            archive, case, "cost", "bond", "100", "CNY", "2026-03-02", None, None, None,
            "returned", "2026-03-01",
        )  # fmt: skip
    with refused(archive, "bond_settled_on", "only a bond forfeited or returned"):
        records.add_money_entry(
            archive, case, "cost", "bond", "100", "CNY", "2026-03-02", bond_settled_on="2026-04-01"
        )


def test_entries_made_before_bonds_were_tracked_count_as_they_always_did(
    archive: Archive, case: str
) -> None:
    """A bond entry of an older archive has no status: a cost, and its return a recovery."""
    bond = records.add_money_entry(archive, case, "cost", "bond", "20000", "CNY", "2026-03-02")
    records.add_money_entry(
        archive, case, "recovery", "bond_returned", "20000", "CNY", "2026-05-02"
    )
    with archive.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE money_entry SET bond_status = NULL WHERE id = ?", (bond,)
        )
    assert _totals(archive, case)["CNY"] == (Decimal(20000), Decimal(20000), 0, 0)


def test_a_money_entry_is_corrected_and_removed(archive: Archive, case: str) -> None:
    entry = records.add_money_entry(archive, case, "cost", "notary", "1500", "CNY", "2026-03-02")
    draft = MoneyDraft("cost", "notary", "1,650.50", "CNY", "2026-03-03", "Second certificate")
    row = records.update_money_entry(archive, entry, draft)
    assert (row.money, row.occurred_on, row.description) == (
        Money(Decimal("1650.50"), "CNY"),
        date(2026, 3, 3),
        "Second certificate",
    )
    _actor, _action, changes = _audit(archive, "money_entry", entry)[-1]
    assert changes["amount_minor"] == [150000, 165050]
    with refused(archive, "amount", "zero"):
        records.update_money_entry(
            archive, entry, MoneyDraft("cost", "notary", "0", "CNY", "2026-03-03")
        )
    other = cases.create_case(archive, cases.CaseDraft(title="Other")).reference
    elsewhere = proceedings.add_proceeding(archive, other, proceedings.ProceedingDraft("civil"))
    with refused(archive, "proceeding_id", "no proceeding"):
        records.update_money_entry(
            archive, entry, MoneyDraft("cost", "notary", "1", "CNY", "2026-03-03", "", elsewhere.id)
        )
    records.remove_money_entry(archive, entry, actor=ACTOR)
    assert cases.case_detail(archive, case).money == ()
    _actor, action, changes = _audit(archive, "money_entry", entry)[-1]
    assert (action, changes["amount_minor"], changes["description"]) == (
        "delete",
        165050,
        "Second certificate",
    )


def test_money_totals_of_an_unknown_case(archive: Archive) -> None:
    with pytest.raises(NotFoundError):
        records.money_totals(archive, 999)


# -- notes ------------------------------------------------------------------------------------


def test_a_note_is_edited_and_removed(archive: Archive, case: str) -> None:
    note = records.add_note(archive, case, "Seller moved to Pinduoduo.", actor="li.wei")
    row = records.update_note(archive, note, "Seller moved to JD.", internal=False, actor=ACTOR)
    assert (row.body, row.internal, row.author) == ("Seller moved to JD.", False, "li.wei")
    actor, _action, changes = _audit(archive, "note", note)[-1]
    assert actor == ACTOR
    assert changes["body"] == ["Seller moved to Pinduoduo.", "Seller moved to JD."]
    with refused(archive, "body", "required"):
        records.update_note(archive, note, "")
    before = row_counts(archive)
    records.update_note(archive, note, "Seller moved to JD.", internal=False)
    assert row_counts(archive) == before  # nothing changed: nothing audited
    records.remove_note(archive, note)
    assert cases.case_detail(archive, case).notes == ()
    assert _audit(archive, "note", note)[-1][2]["body"] == "Seller moved to JD."

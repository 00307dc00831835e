"""Transfers to the police as counsel records them: a transfer, its steps one by one (a step that
cannot follow is refused with the reason and nothing is written), a mistake corrected, and the
timeline with the next statutory deadline under both readings of the 3 days."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from casefile.errors import NotFoundError
from casefile.rules.deadlines import DeadlineSettings
from casefile.services import cases, proceedings
from casefile.services.transfers import (
    add_transfer_step,
    record_step,
    remove_last_step,
    start_transfer,
    transfer_timeline,
)
from casefile.store.archive import Archive
from casefile.store.models import AuditEntry
from tests.core.writes import refused

TODAY = date(2025, 10, 20)
AMR = "东莞市市场监督管理局 Dongguan AMR"


@pytest.fixture
def case(archive: Archive) -> str:
    draft = cases.CaseDraft(title="Pirated firmware site", opened_on="2025-08-01")
    return cases.create_case(archive, draft).reference


@pytest.fixture
def transfer(archive: Archive, case: str) -> int:
    return start_transfer(archive, case, AMR, note="Server logs requested")


def _step(archive: Archive, transfer_id: int, step: str, day: str, **more: str) -> int:
    return add_transfer_step(archive, transfer_id, step, day, today=TODAY, **more)


def test_a_transfer_and_its_steps_are_recorded_in_the_case(
    archive: Archive, case: str, transfer: int
) -> None:
    _step(archive, transfer, "suspicion_reached", "2025-09-20", note="620 works ≥ 500")
    _step(archive, transfer, "transfer_requested", "2025-09-22", reference="VT-L-2025-033")
    _step(
        archive,
        transfer,
        "transferred",
        "2025-09-26",
        authority=AMR,
        reference="东市监移〔2025〕12号",
    )
    [recorded] = cases.case_detail(archive, case).transfers
    assert recorded.authority == AMR and recorded.note == "Server logs requested"
    assert [(s.step, s.occurred_on) for s in recorded.steps] == [
        ("suspicion_reached", date(2025, 9, 20)),
        ("transfer_requested", date(2025, 9, 22)),
        ("transferred", date(2025, 9, 26)),
    ]
    assert recorded.steps[2].reference == "东市监移〔2025〕12号"
    with archive.reading() as session:
        audited = session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "transfer_step")
        ).all()
    assert len(audited) == 3 and {a.actor for a in audited} == {"test-counsel"}


def test_a_transfer_belongs_to_a_proceeding_of_its_own_case(archive: Archive, case: str) -> None:
    other = cases.create_case(archive, cases.CaseDraft(title="Other", opened_on="2025-08-01"))
    foreign = proceedings.add_proceeding(
        archive, other.reference, proceedings.ProceedingDraft(route="administrative")
    )
    with refused(archive, "proceeding_id", f"no proceeding {foreign.id} in {case}"):
        start_transfer(archive, case, AMR, proceeding_id=foreign.id)
    own = proceedings.add_proceeding(
        archive, case, proceedings.ProceedingDraft(route="administrative", authority=AMR)
    )
    transfer_id = start_transfer(archive, case, AMR, proceeding_id=own.id)
    assert cases.case_detail(archive, case).transfers[0].proceeding_id == own.id
    assert transfer_id


def test_a_transfer_names_the_authority(archive: Archive, case: str) -> None:
    with refused(archive, "authority", "is required"):
        start_transfer(archive, case, "  ")
    with pytest.raises(NotFoundError):
        start_transfer(archive, "VT-NONE", AMR)


def test_a_step_that_cannot_follow_is_refused_with_the_reason(
    archive: Archive, transfer: int
) -> None:
    _step(archive, transfer, "suspicion_reached", "2025-09-20")
    with refused(archive, "step", "a PSB refusal must follow a transfer"):
        _step(archive, transfer, "psb_refused", "2025-09-30")
    with refused(archive, "step", "this transfer's last step is suspicion_reached (2025-09-20)"):
        _step(archive, transfer, "case_filed", "2025-09-30")
    with refused(archive, "step", "'raid' is not one of"):
        _step(archive, transfer, "raid", "2025-09-30")


def test_a_step_dated_before_the_last_or_in_the_future_is_refused(
    archive: Archive, transfer: int
) -> None:
    _step(archive, transfer, "transferred", "2025-09-26")
    with refused(archive, "occurred_on", "before this transfer's last step, transferred on"):
        _step(archive, transfer, "psb_accepted", "2025-09-25")
    with refused(archive, "occurred_on", "2025-10-21 is after today (2025-10-20)"):
        _step(archive, transfer, "psb_accepted", "2025-10-21")
    with refused(archive, "occurred_on", "is not a date"):
        _step(archive, transfer, "psb_accepted", "26/09/2025")


def test_a_step_on_an_unknown_transfer_is_refused(archive: Archive) -> None:
    with pytest.raises(NotFoundError, match="no transfer 99"):
        _step(archive, 99, "transferred", "2025-09-26")


def test_the_dialogs_write_starts_a_transfer_with_its_first_step_or_adds_the_next(
    archive: Archive, case: str
) -> None:
    """`record_step` (the Record Step dialog): a new transfer and its first step are written
    together, or neither; a step for another case's transfer is refused."""
    with refused(archive, "transfer_authority", "is required"):
        record_step(archive, case, None, "suspicion_reached", "2025-09-20", today=TODAY)
    with refused(archive, "step", "a transfer starts with", "not a PSB refusal"):
        record_step(archive, case, None, "psb_refused", "2025-09-20", transfer_authority=AMR)
    assert cases.case_detail(archive, case).transfers == ()  # no transfer left without steps

    transfer_id = record_step(
        archive, case, None, "suspicion_reached", "2025-09-20", transfer_authority=AMR, today=TODAY
    )
    again = record_step(
        archive, case, transfer_id, "transferred", "2025-09-26", reference="R-12", today=TODAY
    )
    assert again == transfer_id
    [recorded] = cases.case_detail(archive, case).transfers
    assert (recorded.id, recorded.authority) == (transfer_id, AMR)
    assert [(s.step, s.reference) for s in recorded.steps] == [
        ("suspicion_reached", ""),
        ("transferred", "R-12"),
    ]
    other = cases.create_case(archive, cases.CaseDraft(title="Other", opened_on="2025-08-01"))
    with pytest.raises(NotFoundError):
        record_step(archive, other.reference, transfer_id, "case_filed", "2025-09-29", today=TODAY)


def test_a_mistaken_last_step_is_removed_and_corrected(
    archive: Archive, case: str, transfer: int
) -> None:
    _step(archive, transfer, "transferred", "2025-09-26")
    _step(archive, transfer, "psb_refused", "2025-09-29")  # in fact the police filed the case
    removed = remove_last_step(archive, transfer)
    assert (removed.step, removed.occurred_on) == ("psb_refused", date(2025, 9, 29))
    _step(archive, transfer, "case_filed", "2025-09-29")
    steps = cases.case_detail(archive, case).transfers[0].steps
    assert [s.step for s in steps] == ["transferred", "case_filed"]


def test_removing_from_a_transfer_without_steps_is_refused(archive: Archive, transfer: int) -> None:
    with refused(archive, "transfer_id", f"transfer {transfer} has no steps to remove"):
        remove_last_step(archive, transfer)


def test_timeline_gives_the_police_decision_under_both_readings(
    archive: Archive, case: str, transfer: int
) -> None:
    _step(archive, transfer, "suspicion_reached", "2025-09-20")
    _step(archive, transfer, "transferred", "2025-09-26")
    [entry] = transfer_timeline(archive, case, today=date(2025, 9, 30))
    assert entry.transferred
    assert set(entry.next_steps) == {"psb_accepted", "psb_refused", "case_filed"}
    deadline = entry.deadline
    assert deadline is not None
    assert deadline.rule_id == "cn.transfer.psb_decision"
    assert (deadline.due, deadline.calendar_days_due, deadline.working_days_due) == (
        date(2025, 9, 29),
        date(2025, 9, 29),
        date(2025, 9, 30),
    )
    assert "Art 8" in deadline.source and "Art 8" in deadline.explanation
    assert entry.overdue  # 30 Sep is past Mon 29 Sep on calendar days

    working = DeadlineSettings(transfer_day_basis="working_days")
    [entry] = transfer_timeline(archive, case, settings=working, today=date(2025, 9, 30))
    assert entry.deadline is not None and entry.deadline.due == date(2025, 9, 30)
    assert not entry.overdue  # Tue 30 Sep is the last working day (Sun 28 Sep a make-up day)


def test_timeline_before_the_transfer_shows_the_head_decision_and_24_hours(
    archive: Archive, case: str, transfer: int
) -> None:
    _step(archive, transfer, "transfer_requested", "2025-09-26")
    [entry] = transfer_timeline(archive, case, today=date(2025, 9, 27))
    assert not entry.transferred and entry.next_steps == ("transferred",)
    assert entry.deadline is not None and not entry.overdue
    assert entry.deadline.due == date(2025, 9, 29)
    assert entry.deadline.then is not None
    assert entry.deadline.then.due == date(2025, 9, 30)  # to the police within 24 hours


def test_timeline_lists_every_transfer_and_the_end_of_one(archive: Archive, case: str) -> None:
    first = start_transfer(archive, case, AMR)
    for step, day in [
        ("transferred", "2025-01-06"),
        ("case_filed", "2025-01-08"),
        ("prosecuted", "2025-05-20"),
        ("judgment", "2025-09-01"),
    ]:
        _step(archive, first, step, day)
    start_transfer(archive, case, "广东省版权局 Guangdong Copyright Administration")
    ended, empty = transfer_timeline(archive, case, today=TODAY)
    assert ended.transferred and ended.next_steps == () and ended.deadline is None
    assert not ended.overdue
    assert not empty.transferred and empty.deadline is None
    assert set(empty.next_steps) == {"suspicion_reached", "transfer_requested", "transferred"}

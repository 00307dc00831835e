"""Use cases for transfers to the police (DOMAIN.md "Transfer on reasonable suspicion"): a
transfer per administrative authority, its steps recorded one by one and checked against the
transfer rules, and each transfer's timeline with its next statutory deadline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from casefile import clock
from casefile.domain import TransferStep
from casefile.errors import NotFoundError, ValidationError
from casefile.rules.deadlines import DeadlineSettings
from casefile.rules.transfer import (
    TransferDeadline,
    allowed_next_steps,
    check_next_step,
    is_transferred,
    next_deadline,
)
from casefile.services import validation as v
from casefile.services.base import current_actor, load_case
from casefile.store import repositories
from casefile.store.archive import Archive
from casefile.store.models import Proceeding, TransferRecord, TransferStepRecord
from casefile.store.rows import TransferRow, TransferStepRow
from casefile.words import N_


@dataclass(frozen=True, slots=True)
class TransferTimeline:
    """One transfer as counsel follows it: its steps, what may come next, the next deadline."""

    transfer: TransferRow
    transferred: bool  # the case is with the police
    next_steps: tuple[TransferStep, ...]  # () once the transfer has ended
    deadline: TransferDeadline | None  # the statutory deadline running from the last step
    overdue: bool  # past `deadline.due` under the chosen reading


def start_transfer(
    archive: Archive,
    case_reference: str,
    authority: object,
    proceeding_id: int | None = None,
    note: object = "",
    actor: str | None = None,
) -> int:
    """A transfer of the case by an administrative authority (its steps are added next)."""
    checked_authority = v.text("authority", authority, required=True, max_length=300)
    checked_note = v.long_text("note", note)
    with archive.unit_of_work(actor or current_actor()) as session:
        case = load_case(session, case_reference)
        if proceeding_id is not None:
            proceeding = session.get(Proceeding, proceeding_id)
            if proceeding is None or proceeding.case_id != case.id:
                raise ValidationError(
                    "proceeding_id",
                    N_("no proceeding {number} in {case}"),
                    number=proceeding_id,
                    case=case.reference,
                )
        record = TransferRecord(
            case_id=case.id or 0,
            proceeding_id=proceeding_id,
            authority=checked_authority,
            note=checked_note,
        )
        session.add(record)
        session.flush()
        return record.id or 0


def _steps(session: Session, transfer_id: int) -> list[TransferStepRecord]:
    """The transfer's steps in recorded order (dates never go back, so date then id)."""
    if session.get(TransferRecord, transfer_id) is None:
        raise NotFoundError(N_("transfer"), transfer_id)
    query = (
        select(TransferStepRecord)
        .where(TransferStepRecord.transfer_id == transfer_id)
        .order_by(col(TransferStepRecord.occurred_on), col(TransferStepRecord.id))
    )
    return list(session.exec(query))


def add_transfer_step(
    archive: Archive,
    transfer_id: int,
    step: object,
    occurred_on: object,
    authority: object = "",
    reference: object = "",
    note: object = "",
    actor: str | None = None,
    today: date | None = None,
) -> int:
    """Record the next step of a transfer; one that cannot follow the steps so far, is dated
    before the last of them or in the future is refused with the reason, and nothing written."""
    record = _checked_step(transfer_id, step, occurred_on, authority, reference, note)
    with archive.unit_of_work(actor or current_actor()) as session:
        previous = _steps(session, transfer_id)
        check_next_step(previous, record.step, record.occurred_on, today or clock.today())
        session.add(record)
        session.flush()
        return record.id or 0


def _checked_step(
    transfer_id: int,
    step: object,
    occurred_on: object,
    authority: object,
    reference: object,
    note: object,
) -> TransferStepRecord:
    """A step as typed, each value checked (ValidationError names the field)."""
    return TransferStepRecord(
        transfer_id=transfer_id,
        step=v.choice("step", step, TransferStep).value,
        occurred_on=v.required_date("occurred_on", occurred_on),
        authority=v.text("authority", authority, max_length=300),
        reference=v.text("reference", reference, max_length=200),
        note=v.long_text("note", note),
    )


def record_step(
    archive: Archive,
    case_reference: str,
    transfer_id: int | None,
    step: object,
    occurred_on: object,
    authority: object = "",
    reference: object = "",
    note: object = "",
    transfer_authority: object = "",
    actor: str | None = None,
    today: date | None = None,
) -> int:
    """The next step of the case's transfer `transfer_id`, or (None) a new transfer by
    `transfer_authority` that starts with this step: one transaction, so a refused first step
    leaves no transfer without steps. Returns the transfer's id (the Record Step dialog)."""
    new_authority = v.text(
        "transfer_authority", transfer_authority, required=transfer_id is None, max_length=300
    )
    # A new transfer's id is set below, once it has one.
    record = _checked_step(transfer_id or 0, step, occurred_on, authority, reference, note)
    with archive.unit_of_work(actor or current_actor()) as session:
        case = load_case(session, case_reference)
        if transfer_id is None:
            transfer = TransferRecord(case_id=case.id or 0, authority=new_authority)
            session.add(transfer)
            session.flush()
            previous = []
        else:
            found = session.get(TransferRecord, transfer_id)
            if found is None or found.case_id != case.id:
                raise NotFoundError(N_("transfer"), transfer_id)
            transfer, previous = found, _steps(session, transfer_id)
        check_next_step(previous, record.step, record.occurred_on, today or clock.today())
        record.transfer_id = transfer.id or 0
        session.add(record)
        session.flush()
        return transfer.id or 0


def remove_last_step(
    archive: Archive, transfer_id: int, actor: str | None = None
) -> TransferStepRow:
    """Remove a transfer's last step (to correct a mistake); returns what was removed."""
    with archive.unit_of_work(actor or current_actor()) as session:
        steps = _steps(session, transfer_id)
        if not steps:
            raise ValidationError(
                "transfer_id", N_("transfer {number} has no steps to remove"), number=transfer_id
            )
        last = steps[-1]
        removed = TransferStepRow(
            last.id or 0, last.step, last.occurred_on, last.authority, last.reference, last.note
        )
        session.delete(last)
        session.flush()
        return removed


def transfer_timeline(
    archive: Archive,
    case_reference: str,
    settings: DeadlineSettings | None = None,
    today: date | None = None,
) -> tuple[TransferTimeline, ...]:
    """Every transfer of a case with its steps and the next statutory deadline (both readings of
    calendar or working days, explained, and whether it is overdue today)."""
    today = today or clock.today()
    with archive.reading() as session:
        case = load_case(session, case_reference)
        transfers = repositories.transfers_of_case(session, case.id or 0)
    timeline = []
    for transfer in transfers:
        deadline = next_deadline(transfer.steps, settings)
        timeline.append(
            TransferTimeline(
                transfer=transfer,
                transferred=is_transferred(transfer.steps),
                next_steps=allowed_next_steps(transfer.steps),
                deadline=deadline,
                overdue=deadline is not None and deadline.is_overdue(today),
            )
        )
    return tuple(timeline)

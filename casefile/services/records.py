"""Use cases for what a case accumulates: threshold figures, deadlines, money, notes."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from sqlmodel import Session

from casefile import clock
from casefile.domain import (
    MONEY_MEASURES,
    CostCategory,
    CountingUnit,
    DeadlineStatus,
    MoneyDirection,
    PenaltyKind,
    ThresholdMeasure,
)
from casefile.errors import NotFoundError, ValidationError
from casefile.rules.threshold_sets import CONDUCT as PENALTY_CONDUCT
from casefile.services import validation as v
from casefile.services.base import current_actor, load_case
from casefile.store.archive import Archive
from casefile.store.models import (
    Deadline,
    EvidenceItem,
    MoneyEntry,
    Note,
    PriorPenalty,
    Proceeding,
    ThresholdFigure,
)

# Which counting units make sense for each measure (DOMAIN.md: keep the unit on every figure).
UNITS_FOR_MEASURE: dict[ThresholdMeasure, tuple[CountingUnit, ...]] = {
    ThresholdMeasure.COPIES: (CountingUnit.COPY,),
    ThresholdMeasure.WORKS: (CountingUnit.WORK, CountingUnit.EPISODE),
    ThresholdMeasure.EPISODES: (CountingUnit.EPISODE,),
    ThresholdMeasure.DOWNLOADS: (CountingUnit.DOWNLOAD,),
    ThresholdMeasure.CLICKS: (CountingUnit.CLICK,),
    ThresholdMeasure.MEMBERS: (CountingUnit.MEMBER,),
    ThresholdMeasure.LABELS: (CountingUnit.PIECE,),
    ThresholdMeasure.UNSOLD_LABELS: (CountingUnit.PIECE,),
    ThresholdMeasure.UNSOLD_COPIES: (CountingUnit.COPY,),
    ThresholdMeasure.MARKS: (CountingUnit.MARK,),
    ThresholdMeasure.PATENTS: (CountingUnit.PATENT,),
    **{measure: (CountingUnit.RMB,) for measure in MONEY_MEASURES},
}


def add_threshold_figure(
    archive: Archive,
    case_reference: str,
    measure: object,
    value: object,
    as_of: object,
    unit: object = None,
    evidence_id: int | None = None,
    note: object = "",
    actor: str | None = None,
) -> int:
    """A figure toward a criminal threshold; counts must be whole, amounts are in RMB."""
    checked_measure = v.choice("measure", measure, ThresholdMeasure)
    allowed = UNITS_FOR_MEASURE[checked_measure]
    checked_unit = allowed[0] if unit in (None, "") else v.choice("unit", unit, CountingUnit)
    if checked_unit not in allowed:
        names = ", ".join(u.value for u in allowed)
        raise ValidationError("unit", f"{checked_unit.value} does not fit {measure}; use {names}")
    number = v.decimal("value", value)
    if checked_measure not in MONEY_MEASURES and number != number.to_integral_value():
        raise ValidationError(
            "value", f"{number} is not a whole number; {checked_measure.value} are counted whole"
        )
    # Plain notation: "1e3" typed by a user is stored and shown as 1000, not 1E+3.
    number = Decimal(format(number, "f"))
    if checked_measure not in MONEY_MEASURES:
        number = Decimal(int(number))
    figure = ThresholdFigure(
        case_id=0,  # set below, once the case is loaded
        measure=checked_measure.value,
        value=number,
        unit=checked_unit.value,
        as_of=v.required_date("as_of", as_of),
        evidence_id=evidence_id,
        note=v.long_text("note", note),
    )
    with archive.unit_of_work(actor or current_actor()) as session:
        case = load_case(session, case_reference)
        if evidence_id is not None:
            item = session.get(EvidenceItem, evidence_id)
            if item is None or item.case_id != case.id:
                raise ValidationError(
                    "evidence_id", f"no exhibit {evidence_id} in {case.reference}"
                )
        figure.case_id = case.id or 0
        session.add(figure)
        session.flush()
        return figure.id or 0


def add_prior_penalty(
    archive: Archive,
    case_reference: str,
    decided_on: object,
    kind: object,
    conduct: object,
    authority: object = "",
    reference: object = "",
    note: object = "",
    actor: str | None = None,
) -> int:
    """An earlier penalty of the infringer (decided on, criminal or administrative, for conduct
    of which Criminal Law article): the repeat standards count it when the act is within two
    years of it."""
    decided = v.required_date("decided_on", decided_on)
    if decided > clock.today():
        raise ValidationError("decided_on", f"{decided.isoformat()} is in the future")
    penalty = PriorPenalty(
        case_id=0,  # set below, once the case is loaded
        decided_on=decided,
        kind=v.choice("kind", kind, PenaltyKind).value,
        conduct=v.text("conduct", conduct, required=True, max_length=8),
        authority=v.text("authority", authority, max_length=200),
        reference=v.text("reference", reference, max_length=100),
        note=v.long_text("note", note),
    )
    if penalty.conduct not in PENALTY_CONDUCT:
        raise ValidationError(
            "conduct", f"{penalty.conduct!r} is not one of {', '.join(PENALTY_CONDUCT)}"
        )
    with archive.unit_of_work(actor or current_actor()) as session:
        case = load_case(session, case_reference)
        penalty.case_id = case.id or 0
        session.add(penalty)
        session.flush()
        return penalty.id or 0


def _proceeding_of(session: Session, case_id: int, proceeding_id: int | None) -> None:
    if proceeding_id is None:
        return
    proceeding = session.get(Proceeding, proceeding_id)
    if proceeding is None or proceeding.case_id != case_id:
        raise ValidationError("proceeding_id", f"no proceeding {proceeding_id} in this case")


def add_deadline(
    archive: Archive,
    case_reference: str,
    title: object,
    due_on: object,
    rule_id: object = "",
    explanation: object = "",
    reminder_days: Iterable[object] = (7, 1),
    proceeding_id: int | None = None,
    actor: str | None = None,
) -> int:
    """A deadline added by hand (or by a rule); reminders are days before it is due."""
    reminders = sorted({v.count("reminder_days", d, required=True) or 0 for d in reminder_days})
    deadline = Deadline(
        case_id=0,  # set below, once the case is loaded
        title=v.text("title", title, required=True, max_length=300),
        due_on=v.required_date("due_on", due_on),
        rule_id=v.text("rule_id", rule_id, max_length=100),
        explanation=v.long_text("explanation", explanation),
        reminder_days=reminders[::-1],
        proceeding_id=proceeding_id,
    )
    with archive.unit_of_work(actor or current_actor()) as session:
        case = load_case(session, case_reference)
        _proceeding_of(session, case.id or 0, proceeding_id)
        deadline.case_id = case.id or 0
        session.add(deadline)
        session.flush()
        return deadline.id or 0


def set_deadline_status(
    archive: Archive,
    deadline_id: int,
    status: object,
    on: object = None,
    actor: str | None = None,
) -> None:
    """Mark a deadline done or waived (on a date, default today), or open it again."""
    checked = v.choice("status", status, DeadlineStatus)
    when = v.optional_date("on", on) or clock.today()
    with archive.unit_of_work(actor or current_actor()) as session:
        deadline = session.get(Deadline, deadline_id)
        if deadline is None:
            raise NotFoundError("deadline", deadline_id)
        deadline.status = checked.value
        deadline.completed_on = None if checked is DeadlineStatus.OPEN else when


def add_money_entry(
    archive: Archive,
    case_reference: str,
    direction: object,
    category: object,
    amount: object,
    currency: object,
    occurred_on: object,
    description: object = "",
    proceeding_id: int | None = None,
    actor: str | None = None,
) -> int:
    """A cost paid (notary, investigators, bond…) or a recovery received (damages, bond back…)."""
    money = v.money("amount", amount, v.currency("currency", currency))
    if money.amount == 0:
        raise ValidationError("amount", "is zero; record only amounts paid or received")
    entry = MoneyEntry(
        case_id=0,  # set below, once the case is loaded
        direction=v.choice("direction", direction, MoneyDirection).value,
        category=v.choice("category", category, CostCategory).value,
        amount_minor=money.minor_units,
        currency=money.currency,
        occurred_on=v.required_date("occurred_on", occurred_on),
        description=v.text("description", description, max_length=500),
        proceeding_id=proceeding_id,
    )
    with archive.unit_of_work(actor or current_actor()) as session:
        case = load_case(session, case_reference)
        _proceeding_of(session, case.id or 0, proceeding_id)
        entry.case_id = case.id or 0
        session.add(entry)
        session.flush()
        return entry.id or 0


def add_note(
    archive: Archive,
    case_reference: str,
    body: object,
    internal: bool = True,
    actor: str | None = None,
) -> int:
    """A note on a case; internal notes never leave the firm (left out of external bundles)."""
    author = actor or current_actor()
    note = Note(
        case_id=0,  # set below, once the case is loaded
        body=v.long_text("body", body, required=True),
        internal=internal,
        author=author,
    )
    with archive.unit_of_work(author) as session:
        note.case_id = load_case(session, case_reference).id or 0
        session.add(note)
        session.flush()
        return note.id or 0

"""Use cases for what a case accumulates: threshold figures, earlier penalties, deadlines, money
(bonds held apart until forfeited or returned), notes; each added, corrected and removed."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlmodel import Session, col

from casefile import clock
from casefile.domain import (
    MONEY_MEASURES,
    BondStatus,
    CostCategory,
    CountingUnit,
    DeadlineStatus,
    Money,
    MoneyDirection,
    PenaltyKind,
    ProceedingEventKind,
    ThresholdMeasure,
)
from casefile.errors import ValidationError
from casefile.rules.deadlines import DEFAULT_REMINDERS
from casefile.rules.threshold_sets import CONDUCT as PENALTY_CONDUCT
from casefile.services import validation as v
from casefile.services.base import apply, current_actor, get_row, in_case, load_case, remove
from casefile.store import repositories
from casefile.store.archive import Archive
from casefile.store.models import (
    Case,
    Deadline,
    EvidenceItem,
    MoneyEntry,
    Note,
    PriorPenalty,
    Proceeding,
    ProceedingEvent,
    ThresholdFigure,
)
from casefile.store.rows import DeadlineRow, MoneyRow, NoteRow, ThresholdFigureRow
from casefile.words import N_, Phrase

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


@dataclass
class FigureDraft:
    """A threshold figure as typed; `unit` defaults to the measure's first."""

    measure: object
    value: object
    as_of: object
    unit: object = None
    evidence_id: int | None = None
    note: object = ""


def _figure_values(draft: FigureDraft) -> dict[str, object]:
    measure, unit = draft.measure, draft.unit
    checked_measure = v.choice("measure", measure, ThresholdMeasure)
    allowed = UNITS_FOR_MEASURE[checked_measure]
    checked_unit = allowed[0] if unit in (None, "") else v.choice("unit", unit, CountingUnit)
    if checked_unit not in allowed:
        names = ", ".join(u.value for u in allowed)
        raise ValidationError(
            "unit",
            N_("{unit} does not fit {measure}; use {names}"),
            unit=checked_unit.value,
            measure=measure,
            names=names,
        )
    number = v.decimal("value", draft.value)
    if checked_measure not in MONEY_MEASURES and number != number.to_integral_value():
        raise ValidationError(
            "value",
            N_("{number} is not a whole number; {measure} are counted whole"),
            number=number,
            measure=checked_measure.value,
        )
    # Plain notation: "1e3" typed by a user is stored and shown as 1000, not 1E+3.
    number = Decimal(format(number, "f"))
    if checked_measure not in MONEY_MEASURES:
        number = Decimal(int(number))
    return {
        "measure": checked_measure.value,
        "value": number,
        "unit": checked_unit.value,
        "as_of": v.required_date("as_of", draft.as_of),
        "evidence_id": draft.evidence_id,
        "note": v.long_text("note", draft.note),
    }


def _exhibit_of(session: Session, case: Case, evidence_id: int | None) -> None:
    if evidence_id is None:
        return
    item = session.get(EvidenceItem, evidence_id)
    if item is None or item.case_id != case.id:
        raise ValidationError(
            "evidence_id",
            N_("no exhibit {number} in {case}"),
            number=evidence_id,
            case=case.reference,
        )


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
    values = _figure_values(FigureDraft(measure, value, as_of, unit, evidence_id, note))
    with archive.unit_of_work(actor or current_actor()) as session:
        case = load_case(session, case_reference)
        _exhibit_of(session, case, evidence_id)
        figure = ThresholdFigure(case_id=case.id, **values)  # type: ignore[arg-type]
        session.add(figure)
        session.flush()
        return figure.id or 0


def update_threshold_figure(
    archive: Archive, figure_id: int, draft: FigureDraft, actor: str | None = None
) -> ThresholdFigureRow:
    """Correct a figure: the same checks as a new one (units that fit, whole counts)."""
    values = _figure_values(draft)
    with archive.unit_of_work(actor or current_actor()) as session:
        figure = get_row(session, ThresholdFigure, figure_id, N_("threshold figure"))
        _exhibit_of(session, _case(session, figure.case_id), draft.evidence_id)
        apply(figure, values)
        session.flush()
        return repositories.figure_row(figure)


def remove_threshold_figure(archive: Archive, figure_id: int, actor: str | None = None) -> None:
    """A figure entered in error; the audit trail keeps what it was."""
    with archive.unit_of_work(actor or current_actor()) as session:
        remove(session, get_row(session, ThresholdFigure, figure_id, N_("threshold figure")))


def _case(session: Session, case_id: int) -> Case:
    case = get_row(session, Case, case_id, N_("case"))
    in_case(session, case_id)
    return case


@dataclass
class PenaltyDraft:
    """An earlier penalty as typed (see `add_prior_penalty`)."""

    decided_on: object
    kind: object
    conduct: object
    authority: object = ""
    reference: object = ""
    note: object = ""


def _penalty_values(draft: PenaltyDraft) -> dict[str, object]:
    decided = v.required_date("decided_on", draft.decided_on)
    if decided > clock.today():
        raise ValidationError("decided_on", N_("{day} is in the future"), day=decided.isoformat())
    values: dict[str, object] = {
        "decided_on": decided,
        "kind": v.choice("kind", draft.kind, PenaltyKind).value,
        "conduct": v.text("conduct", draft.conduct, required=True, max_length=8),
        "authority": v.text("authority", draft.authority, max_length=200),
        "reference": v.text("reference", draft.reference, max_length=100),
        "note": v.long_text("note", draft.note),
    }
    if values["conduct"] not in PENALTY_CONDUCT:
        raise ValidationError(
            "conduct",
            N_("{value!r} is not one of {allowed}"),
            value=values["conduct"],
            allowed=", ".join(PENALTY_CONDUCT),
        )
    return values


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
    values = _penalty_values(PenaltyDraft(decided_on, kind, conduct, authority, reference, note))
    with archive.unit_of_work(actor or current_actor()) as session:
        case = load_case(session, case_reference)
        penalty = PriorPenalty(case_id=case.id, **values)  # type: ignore[arg-type]
        session.add(penalty)
        session.flush()
        return penalty.id or 0


def update_prior_penalty(
    archive: Archive, penalty_id: int, draft: PenaltyDraft, actor: str | None = None
) -> None:
    """Correct an earlier penalty (the assessment reads it afresh)."""
    values = _penalty_values(draft)
    with archive.unit_of_work(actor or current_actor()) as session:
        apply(get_row(session, PriorPenalty, penalty_id, N_("prior penalty")), values)


def remove_prior_penalty(archive: Archive, penalty_id: int, actor: str | None = None) -> None:
    """An earlier penalty recorded in error (or of another infringer): the repeat standards no
    longer count it."""
    with archive.unit_of_work(actor or current_actor()) as session:
        remove(session, get_row(session, PriorPenalty, penalty_id, N_("prior penalty")))


def _proceeding_of(session: Session, case_id: int, proceeding_id: int | None) -> None:
    if proceeding_id is None:
        return
    proceeding = session.get(Proceeding, proceeding_id)
    if proceeding is None or proceeding.case_id != case_id:
        raise ValidationError(
            "proceeding_id", N_("no proceeding {number} in this case"), number=proceeding_id
        )


@dataclass
class DeadlineDraft:
    """A deadline as typed by hand; `explanation` holds counsel's notes on it."""

    title: object
    due_on: object
    explanation: object = ""
    reminder_days: Iterable[object] = DEFAULT_REMINDERS
    proceeding_id: int | None = None
    rule_id: object = ""


def _deadline_values(draft: DeadlineDraft) -> dict[str, object]:
    reminders = sorted(
        {v.count("reminder_days", d, required=True) or 0 for d in draft.reminder_days}
    )
    return {
        "title": v.text("title", draft.title, required=True, max_length=300),
        "due_on": v.required_date("due_on", draft.due_on),
        "rule_id": v.text("rule_id", draft.rule_id, max_length=100),
        "explanation": v.long_text("explanation", draft.explanation),
        "reminder_days": reminders[::-1],
        "proceeding_id": draft.proceeding_id,
    }


def add_deadline(
    archive: Archive,
    case_reference: str,
    title: object,
    due_on: object,
    rule_id: object = "",
    explanation: object = "",
    reminder_days: Iterable[object] = DEFAULT_REMINDERS,
    proceeding_id: int | None = None,
    actor: str | None = None,
) -> int:
    """A deadline added by hand (or by a rule); reminders are days before it is due."""
    draft = DeadlineDraft(title, due_on, explanation, reminder_days, proceeding_id, rule_id)
    values = _deadline_values(draft)
    with archive.unit_of_work(actor or current_actor()) as session:
        case = load_case(session, case_reference)
        _proceeding_of(session, case.id or 0, proceeding_id)
        deadline = Deadline(case_id=case.id, **values)  # type: ignore[arg-type]
        session.add(deadline)
        session.flush()
        return deadline.id or 0


def _hand_made(session: Session, deadline_id: int, what: str) -> Deadline:
    """A deadline counsel added; one an event generated follows its event and is refused."""
    deadline = get_row(session, Deadline, deadline_id, N_("deadline"))
    if deadline.event_id is not None:
        event = session.get(ProceedingEvent, deadline.event_id)
        source: object = N_("a proceeding event")
        if event is not None:
            source = Phrase(
                N_("the {kind} recorded on {day}"),
                {
                    "kind": ProceedingEventKind(event.kind).value.replace("_", " "),
                    "day": event.occurred_on.isoformat(),
                },
            )
        raise ValidationError(
            "deadline_id",
            N_(
                "“{title}” is counted from {source}; it cannot be {what} by hand. "
                "Change or remove the event, or waive the deadline with a reason"
            ),
            title=deadline.title,
            source=source,
            what=what,
        )
    return deadline


def update_deadline(
    archive: Archive, deadline_id: int, draft: DeadlineDraft, actor: str | None = None
) -> DeadlineRow:
    """Change a deadline added by hand: its title, due date, notes (`explanation`), reminders
    and proceeding. A generated deadline is refused: it follows its event."""
    values = _deadline_values(draft)
    with archive.unit_of_work(actor or current_actor()) as session:
        deadline = _hand_made(session, deadline_id, N_("changed"))
        in_case(session, deadline.case_id)
        _proceeding_of(session, deadline.case_id, draft.proceeding_id)
        apply(deadline, values)
        session.flush()
        return repositories.deadline_row(deadline)


def remove_deadline(archive: Archive, deadline_id: int, actor: str | None = None) -> None:
    """Remove a deadline added by hand in error. A generated one is refused (waive it)."""
    with archive.unit_of_work(actor or current_actor()) as session:
        remove(session, _hand_made(session, deadline_id, N_("removed")))


def set_deadline_status(
    archive: Archive,
    deadline_id: int,
    status: object,
    on: object = None,
    actor: str | None = None,
    reason: object = None,
) -> None:
    """Mark a deadline done or waived (on a date, default today), or open it again. `reason`
    (why it was waived, how it was done) is kept with it, and each change of status replaces
    it (the audit trail keeps the old one). `waive_deadline` asks for the reason."""
    checked = v.choice("status", status, DeadlineStatus)
    when = v.optional_date("on", on) or clock.today()
    why = v.long_text("reason", reason)
    with archive.unit_of_work(actor or current_actor()) as session:
        deadline = get_row(session, Deadline, deadline_id, N_("deadline"))
        deadline.status = checked.value
        deadline.completed_on = None if checked is DeadlineStatus.OPEN else when
        deadline.reason = "" if checked is DeadlineStatus.OPEN else why
        deadline.met_by_event_id = None  # counsel's record now: generation leaves it alone


def waive_deadline(
    archive: Archive,
    deadline_id: int,
    reason: object,
    on: object = None,
    actor: str | None = None,
) -> DeadlineRow:
    """Waive a deadline (not pursued, superseded, settled…): the reason is required, kept with
    it and shown beside it."""
    why = v.long_text("reason", reason, required=True)
    set_deadline_status(archive, deadline_id, DeadlineStatus.WAIVED, on, actor, reason=why)
    with archive.reading() as session:
        return repositories.deadline_row(get_row(session, Deadline, deadline_id, N_("deadline")))


# --- money -------------------------------------------------------------------------------------


@dataclass
class MoneyDraft:
    """A cost or recovery as typed (see `add_money_entry`)."""

    direction: object
    category: object
    amount: object
    currency: object
    occurred_on: object
    description: object = ""
    proceeding_id: int | None = None
    bond_status: object = None  # a bond posted: default held
    bond_settled_on: object = None  # a bond forfeited or returned: default today


def _money_values(draft: MoneyDraft) -> dict[str, object]:
    money = v.money("amount", draft.amount, v.currency("currency", draft.currency))
    if money.amount == 0:
        raise ValidationError("amount", N_("is zero; record only amounts paid or received"))
    direction = v.choice("direction", draft.direction, MoneyDirection)
    category = v.choice("category", draft.category, CostCategory)
    occurred = v.required_date("occurred_on", draft.occurred_on)
    is_bond = (direction, category) == (MoneyDirection.COST, CostCategory.BOND)
    status: BondStatus | None = None
    settled = v.optional_date("bond_settled_on", draft.bond_settled_on)
    if draft.bond_status not in (None, ""):
        status = v.choice("bond_status", draft.bond_status, BondStatus)
        if not is_bond:
            raise ValidationError(
                "bond_status", N_("only a bond posted (a cost of category bond) has a status")
            )
    elif is_bond:
        status = BondStatus.HELD  # posted: neither a cost nor a recovery until it is settled
    if status in (None, BondStatus.HELD):
        if settled is not None:
            raise ValidationError(
                "bond_settled_on", N_("only a bond forfeited or returned has a settlement date")
            )
    else:
        settled = settled or clock.today()
        v.not_before("bond_settled_on", settled, "occurred_on", occurred)
    return {
        "direction": direction.value,
        "category": category.value,
        "amount_minor": money.minor_units,
        "currency": money.currency,
        "occurred_on": occurred,
        "description": v.text("description", draft.description, max_length=500),
        "proceeding_id": draft.proceeding_id,
        "bond_status": None if status is None else status.value,
        "bond_settled_on": settled,
    }


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
    bond_status: object = None,
    bond_settled_on: object = None,
) -> int:
    """A cost paid (notary, investigators, bond…) or a recovery received (damages, fines…).

    A bond posted (a cost of category bond) is held until it is forfeited (then a cost) or
    returned (then nothing): `bond_status`, default held; `settle_bond` records the outcome."""
    values = _money_values(
        MoneyDraft(
            direction,
            category,
            amount,
            currency,
            occurred_on,
            description,
            proceeding_id,
            bond_status,
            bond_settled_on,
        )
    )
    with archive.unit_of_work(actor or current_actor()) as session:
        case = load_case(session, case_reference)
        _proceeding_of(session, case.id or 0, proceeding_id)
        entry = MoneyEntry(case_id=case.id, **values)  # type: ignore[arg-type]
        session.add(entry)
        session.flush()
        return entry.id or 0


def update_money_entry(
    archive: Archive, entry_id: int, draft: MoneyDraft, actor: str | None = None
) -> MoneyRow:
    """Correct a cost or recovery; the same checks as a new one."""
    values = _money_values(draft)
    with archive.unit_of_work(actor or current_actor()) as session:
        entry = get_row(session, MoneyEntry, entry_id, N_("money entry"))
        in_case(session, entry.case_id)
        _proceeding_of(session, entry.case_id, draft.proceeding_id)
        apply(entry, values)
        session.flush()
        return repositories.money_row(entry)


def settle_bond(
    archive: Archive,
    entry_id: int,
    status: object,
    on: object = None,
    actor: str | None = None,
) -> MoneyRow:
    """A bond forfeited (it becomes a cost) or returned (it was never one), on a date (default
    today); `held` again undoes a settlement recorded in error."""
    checked = v.choice("bond_status", status, BondStatus)
    when = v.optional_date("on", on)
    with archive.unit_of_work(actor or current_actor()) as session:
        entry = get_row(session, MoneyEntry, entry_id, N_("money entry"))
        draft = MoneyDraft(
            entry.direction,
            entry.category,
            Money.from_minor(entry.amount_minor, entry.currency).amount,
            entry.currency,
            entry.occurred_on,
            entry.description,
            entry.proceeding_id,
            checked,
            None if checked is BondStatus.HELD else when or clock.today(),
        )
        values = _money_values(draft)
        apply(entry, values)
        session.flush()
        return repositories.money_row(entry)


def remove_money_entry(archive: Archive, entry_id: int, actor: str | None = None) -> None:
    with archive.unit_of_work(actor or current_actor()) as session:
        remove(session, get_row(session, MoneyEntry, entry_id, N_("money entry")))


@dataclass(frozen=True, slots=True)
class MoneyTotals:
    """A case's money in one currency. A bond held is neither a cost nor a recovery: it is
    shown apart (`bonds_held`) until it is forfeited (a cost) or returned (nothing)."""

    currency: str
    costs: Decimal
    recoveries: Decimal
    bonds_held: Decimal

    @property
    def net(self) -> Decimal:
        return self.recoveries - self.costs


def totals_of(entries: Iterable[MoneyRow]) -> tuple[MoneyTotals, ...]:
    """Per currency, in alphabetical order: the figures of `money_totals` from rows already
    read (a case detail's `money`)."""
    sums: dict[str, list[Decimal]] = defaultdict(lambda: [Decimal(0)] * 3)
    for entry in entries:
        counted = money_column(entry.direction, entry.bond_status)
        if counted is not None:
            sums[entry.money.currency][counted] += entry.money.amount
    return tuple(MoneyTotals(cur, *figures) for cur, figures in sorted(sums.items()))


COSTS, RECOVERIES, BONDS_HELD = 0, 1, 2  # `money_column`'s answers: MoneyTotals' fields in order


def money_column(direction: str, bond_status: str | None) -> int | None:
    """Where an entry counts: COSTS, RECOVERIES, BONDS_HELD, or None (a bond returned was never
    a cost). The one rule for a case's totals and the dashboard's per-route figures."""
    status = None if bond_status is None else BondStatus(bond_status)
    if status is BondStatus.HELD:
        return BONDS_HELD
    if status is BondStatus.RETURNED:
        return None
    if status is BondStatus.FORFEITED or direction == MoneyDirection.COST:
        return COSTS
    return RECOVERIES


def money_totals(archive: Archive, case_id: int) -> tuple[MoneyTotals, ...]:
    """A case's costs, recoveries, net and bonds still held, per currency."""
    with archive.reading() as session:
        _case(session, case_id)
        entries = session.scalars(
            select(MoneyEntry).where(col(MoneyEntry.case_id) == case_id)
        ).all()
        return totals_of(repositories.money_row(m) for m in entries)


# --- notes -------------------------------------------------------------------------------------


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


def update_note(
    archive: Archive,
    note_id: int,
    body: object,
    internal: bool = True,
    actor: str | None = None,
) -> NoteRow:
    """Change a note's text or whether it is internal; its author and date stay (the audit
    trail names who changed it)."""
    checked = v.long_text("body", body, required=True)
    with archive.unit_of_work(actor or current_actor()) as session:
        note = get_row(session, Note, note_id, N_("note"))
        apply(note, {"body": checked, "internal": bool(internal)})
        session.flush()
        return repositories.note_row(note)


def remove_note(archive: Archive, note_id: int, actor: str | None = None) -> None:
    with archive.unit_of_work(actor or current_actor()) as session:
        remove(session, get_row(session, Note, note_id, N_("note")))

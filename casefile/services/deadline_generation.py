"""Statutory deadlines generated from proceeding events (DOMAIN.md "Deadlines"), and the agenda.

What a proceeding's generated deadlines should be follows from its events, its route and
jurisdiction, the rule book (`rules_for_event`) and the archive's answers to the open points.
`sync_proceeding` brings the stored deadlines in line with that inside the caller's transaction:
it adds what is missing, recounts what is still open, and removes open deadlines that no event
calls for any more (an event removed, or an earlier event recorded that changes the route, such
as a customs notice before a detention). A deadline whose rule's `met_by` event is recorded
(a bond posted after the customs notice, an appeal filed after the judgment) is marked done on
that event's date, remembering the event (`Deadline.met_by_event_id`); if that event goes, or
moves before the trigger, the deadline opens again. A deadline marked done or waived by counsel,
or one added by hand (no event), is never touched.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from sqlalchemy import select
from sqlmodel import Session, col

from casefile import clock
from casefile.domain import DeadlineStatus
from casefile.errors import NotFoundError, ValidationError
from casefile.rules.calendars import EU_MEMBER_STATES
from casefile.rules.deadlines import (
    DEFAULT_EU_MEMBER_STATE,
    DEFAULT_REMINDERS,
    DeadlineRule,
    DeadlineSettings,
    RuleBook,
    compute_deadline,
    rules_for_event,
    shipped_rule_book,
)
from casefile.rules.triggers import history, meeting_event
from casefile.services.base import current_actor, load_case
from casefile.services.rule_settings import deadline_settings
from casefile.store.archive import Archive
from casefile.store.models import Case, Deadline, Proceeding, ProceedingEvent
from casefile.words import N_


def current_settings(archive: Archive) -> DeadlineSettings:
    """The archive's answers to the open points: the one place generation reads them."""
    return deadline_settings(archive)


@dataclass(frozen=True, slots=True)
class Meeting:
    """The recorded event that met a deadline (its rule's `met_by`)."""

    event_id: int
    kind: str
    occurred_on: date

    @property
    def reason(self) -> str:
        """In words, as the done deadline keeps it: "Met: bond posted recorded on 2026-03-04"."""
        return f"Met: {self.kind.replace('_', ' ')} recorded on {self.occurred_on.isoformat()}"


@dataclass(frozen=True, slots=True)
class PlannedDeadline:
    """A deadline a rule says an event starts, counted and explained."""

    event_id: int
    rule: DeadlineRule
    due_on: date
    explanation: str
    jurisdiction: str  # the calendar it was counted on (CN, NL, …)
    notes: tuple[str, ...] = ()  # what the count could not know (a year without holiday data)
    met: Meeting | None = None  # the event that met it, if one is recorded

    @property
    def reminder_days(self) -> tuple[int, ...]:
        return self.rule.reminder_days or DEFAULT_REMINDERS


@dataclass(frozen=True, slots=True)
class DeadlineChange:
    deadline_id: int
    case_id: int
    title: str
    rule_id: str
    before: date | None  # None: added
    after: date | None  # None: removed


@dataclass(frozen=True, slots=True)
class SyncResult:
    added: tuple[DeadlineChange, ...] = ()
    moved: tuple[DeadlineChange, ...] = ()  # due date recounted (settings, jurisdiction, rules)
    removed: tuple[DeadlineChange, ...] = ()
    met: tuple[DeadlineChange, ...] = ()  # marked done by an event recorded (its rule's met_by)
    reopened: tuple[DeadlineChange, ...] = ()  # the event that met it removed or moved

    def __add__(self, other: SyncResult) -> SyncResult:
        return SyncResult(
            self.added + other.added,
            self.moved + other.moved,
            self.removed + other.removed,
            self.met + other.met,
            self.reopened + other.reopened,
        )


# --- planning: which deadlines, due when, and why ----------------------------------------------


def proceeding_jurisdiction(proceeding: Proceeding, case: Case) -> tuple[str, str]:
    """The jurisdiction whose law and calendar count a proceeding's deadlines, and a sentence
    when it was taken from the case rather than the proceeding ("" when there is none)."""
    if proceeding.jurisdiction:
        return proceeding.jurisdiction, ""
    if case.jurisdictions:
        code = case.jurisdictions[0]
        return code, f"The proceeding names no jurisdiction: {code}, the case's first, is used."
    return "", ""


def calendar_code(rule: DeadlineRule, jurisdiction: str) -> tuple[str | None, str]:
    """The code to count on; an EU rule where no member state is known uses the default one."""
    if rule.calendar == "member_state" and jurisdiction.upper() not in EU_MEMBER_STATES:
        return None, (
            f"No EU member state is named ({jurisdiction}): counted on the working days of "
            f"{DEFAULT_EU_MEMBER_STATE}; set the proceeding's jurisdiction to the member state."
        )
    return jurisdiction, ""


def _explain(
    event: ProceedingEvent,
    rule: DeadlineRule,
    counted: str,
    also: Iterable[str],
    notes: Iterable[str],
) -> str:
    reference = f" ({event.reference})" if event.reference else ""
    head = (
        f"From the {event.kind.replace('_', ' ')} recorded on {event.occurred_on.isoformat()}"
        f"{reference}: {rule.trigger}."
    )
    if len(rule.events) > 1:
        kinds = [kind.replace("_", " ") for kind in rule.events]
        head += (
            f" It runs once, from the first {' or '.join(kinds)} recorded in the proceeding "
            "(the same act in other words)."
        )
    return " ".join([head, counted, *(n for n in [rule.note, *notes] if n), *also])


def plan_for_event(
    event: ProceedingEvent,
    route: str,
    jurisdiction: str,
    earlier_kinds: Iterable[str],
    settings: DeadlineSettings,
    book: RuleBook,
    jurisdiction_note: str = "",
    before_kinds: Iterable[str] = (),
) -> list[PlannedDeadline]:
    planned: list[PlannedDeadline] = []
    found = rules_for_event(
        event.kind, route, jurisdiction, tuple(earlier_kinds), book, tuple(before_kinds)
    )
    for rule in found:
        code, code_note = calendar_code(rule, jurisdiction)
        result = compute_deadline(rule.id, event.occurred_on, code, settings, book)
        also = []
        for other_id in rule.see_also:
            other = compute_deadline(other_id, event.occurred_on, code, settings, book)
            also.append(
                f"Also: {other.rule.title}: {other.rule.period_text()}, {other.rule.article}"
                f" → {other.due.isoformat()}."
            )
        text = _explain(event, rule, result.explanation, also, [code_note, jurisdiction_note])
        planned.append(
            PlannedDeadline(
                event.id or 0, rule, result.due, text, result.jurisdiction, result.notes
            )
        )
    return planned


def plan_for_proceeding(
    proceeding: Proceeding,
    case: Case,
    events: Sequence[ProceedingEvent],
    settings: DeadlineSettings,
    book: RuleBook,
) -> list[PlannedDeadline]:
    """Every deadline the proceeding's events start, with the event that met it, if any (its
    rule's `met_by`, on or after the trigger, in the same history). An event's history is the
    other events dated on or before it, from the latest remand before it: same-day events count
    as earlier (a notice and a detention on one day are still the notice route)."""
    jurisdiction, note = proceeding_jurisdiction(proceeding, case)
    if not jurisdiction:
        return []  # no law to apply: nothing is generated rather than a guess
    planned: list[PlannedDeadline] = []
    recorded = [(e.id, e.kind, e.occurred_on) for e in events]
    for event in events:
        earlier, before = history(recorded, event.id, event.occurred_on)
        planned += [
            with_meeting(p, recorded, event.id, event.occurred_on)
            for p in plan_for_event(
                event, proceeding.route, jurisdiction, earlier, settings, book, note, before
            )
        ]
    return planned


def with_meeting(
    plan: PlannedDeadline,
    recorded: Sequence[tuple[object, str, date]],
    trigger: object,
    on: date,
) -> PlannedDeadline:
    """`plan` with the recorded event that meets it, if any (`triggers.meeting_event`); ids
    of events not yet saved (a preview) are given as 0."""
    found = meeting_event(recorded, trigger, on, plan.rule.met_by)
    if found is None:
        return plan
    event_id, kind, occurred_on = found
    return replace(
        plan, met=Meeting(event_id if isinstance(event_id, int) else 0, kind, occurred_on)
    )


# --- keeping stored deadlines in line ----------------------------------------------------------


def _change(deadline: Deadline, before: date | None, after: date | None) -> DeadlineChange:
    return DeadlineChange(
        deadline.id or 0, deadline.case_id, deadline.title, deadline.rule_id, before, after
    )


def sync_proceeding(
    session: Session,
    proceeding_id: int,
    settings: DeadlineSettings,
    book: RuleBook | None = None,
) -> SyncResult:
    """Bring the proceeding's generated deadlines in line with its events (see module doc)."""
    book = book or shipped_rule_book()
    proceeding = session.get(Proceeding, proceeding_id)
    if proceeding is None:
        raise NotFoundError(N_("proceeding"), proceeding_id)
    case = session.get(Case, proceeding.case_id)
    assert case is not None  # a proceeding's case is a foreign key with cascade
    events = list(
        session.scalars(
            select(ProceedingEvent)
            .where(col(ProceedingEvent.proceeding_id) == proceeding_id)
            .order_by(col(ProceedingEvent.occurred_on), col(ProceedingEvent.id))
        )
    )
    planned = {
        (p.event_id, p.rule.id): p
        for p in plan_for_proceeding(proceeding, case, events, settings, book)
    }
    stored = list(
        session.scalars(
            select(Deadline)
            .where(
                col(Deadline.proceeding_id) == proceeding_id, col(Deadline.event_id).is_not(None)
            )
            .order_by(col(Deadline.id))
        )
    )
    added: list[DeadlineChange] = []
    moved: list[DeadlineChange] = []
    removed: list[DeadlineChange] = []
    present: set[tuple[int, str]] = set()
    met: list[DeadlineChange] = []
    reopened: list[DeadlineChange] = []
    for deadline in stored:
        key = (deadline.event_id or 0, deadline.rule_id)
        plan = planned.get(key)
        present.add(key)
        if deadline.status != DeadlineStatus.OPEN and not _met_by_generation(deadline):
            continue  # done or waived by counsel: counsel's record, kept as it was
        if plan is None:
            removed.append(_change(deadline, deadline.due_on, None))
            session.delete(deadline)
            continue
        if _refresh(deadline, plan):
            moved.append(_change(deadline, deadline.due_on, plan.due_on))
            deadline.due_on = plan.due_on
        was_open = deadline.status == DeadlineStatus.OPEN
        _settle(deadline, plan.met)
        if was_open and plan.met is not None:
            met.append(_change(deadline, deadline.due_on, deadline.due_on))
        elif not was_open and plan.met is None:
            reopened.append(_change(deadline, deadline.due_on, deadline.due_on))
    for key, plan in planned.items():
        if key not in present:
            deadline = _new_deadline(proceeding, plan)
            _settle(deadline, plan.met)
            session.add(deadline)
            session.flush()  # its id, for the result
            added.append(_change(deadline, None, plan.due_on))
            if plan.met is not None:
                met.append(_change(deadline, plan.due_on, plan.due_on))
    session.flush()
    return SyncResult(tuple(added), tuple(moved), tuple(removed), tuple(met), tuple(reopened))


def _met_by_generation(deadline: Deadline) -> bool:
    """Done because an event met it (not by counsel's hand): generation keeps it in line."""
    return deadline.status == DeadlineStatus.DONE and deadline.met_by_event_id is not None


def _settle(deadline: Deadline, met: Meeting | None) -> None:
    """Mark a generated deadline done by the event that met it, or open again without one
    (only called on open deadlines and those an event met)."""
    values: dict[str, object] = (
        {
            "status": DeadlineStatus.OPEN.value,
            "completed_on": None,
            "reason": "",
            "met_by_event_id": None,
        }
        if met is None
        else {
            "status": DeadlineStatus.DONE.value,
            "completed_on": met.occurred_on,
            "reason": met.reason,
            "met_by_event_id": met.event_id,
        }
    )
    for name, value in values.items():
        if getattr(deadline, name) != value:  # unchanged values write no audit row
            setattr(deadline, name, value)


def _refresh(deadline: Deadline, plan: PlannedDeadline) -> bool:
    """Update an open generated deadline's texts; True when its due date moves."""
    for name, value in (
        ("title", plan.rule.title),
        ("explanation", plan.explanation),
        ("jurisdiction", plan.jurisdiction),
    ):
        if getattr(deadline, name) != value:
            setattr(deadline, name, value)
    return deadline.due_on != plan.due_on


def _new_deadline(proceeding: Proceeding, plan: PlannedDeadline) -> Deadline:
    return Deadline(
        case_id=proceeding.case_id,
        proceeding_id=proceeding.id,
        event_id=plan.event_id,
        title=plan.rule.title,
        due_on=plan.due_on,
        rule_id=plan.rule.id,
        explanation=plan.explanation,
        reminder_days=list(plan.reminder_days),
        jurisdiction=plan.jurisdiction,
    )


def release_event(session: Session, event_id: int) -> SyncResult:
    """Before an event is removed: its open generated deadlines go with it, and those an event
    met (generation's, not counsel's); done or waived ones stay as counsel's record, unlinked
    (the database would unlink them anyway, unaudited). Deadlines this event met are opened
    again by the `sync_proceeding` that follows the removal."""
    removed: list[DeadlineChange] = []
    for deadline in list(
        session.scalars(select(Deadline).where(col(Deadline.event_id) == event_id))
    ):
        if deadline.status == DeadlineStatus.OPEN or _met_by_generation(deadline):
            removed.append(_change(deadline, deadline.due_on, None))
            session.delete(deadline)
        else:
            deadline.event_id = None
    session.flush()
    return SyncResult(removed=tuple(removed))


def regenerate_deadlines(
    archive: Archive,
    case_reference: str | None = None,
    settings: DeadlineSettings | None = None,
    actor: str | None = None,
) -> SyncResult:
    """Recount the open generated deadlines of a case (None: of every case), e.g. after the
    open-point settings or a jurisdiction changed. Done, waived and hand-made ones stay."""
    settings = settings or current_settings(archive)
    with archive.unit_of_work(actor or current_actor()) as session:
        case_id = None if case_reference is None else load_case(session, case_reference).id
        return resync(session, settings, case_id)


def resync(session: Session, settings: DeadlineSettings, case_id: int | None = None) -> SyncResult:
    """`regenerate_deadlines` inside a caller's transaction (a settings or jurisdiction change
    and its recounted deadlines are one write)."""
    query = select(col(Proceeding.id)).order_by(col(Proceeding.id))
    if case_id is not None:
        query = query.where(col(Proceeding.case_id) == case_id)
    result = SyncResult()
    for proceeding_id in list(session.scalars(query)):
        result += sync_proceeding(session, proceeding_id or 0, settings)
    return result


# --- the agenda --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AgendaRow:
    """An open deadline with its case, for an agenda across all cases."""

    deadline_id: int
    case_reference: str
    case_title: str
    case_status: str
    title: str
    due_on: date
    days_left: int  # negative: overdue by that many days
    rule_id: str
    explanation: str
    proceeding_id: int | None
    route: str  # "" for a deadline on the case as a whole
    jurisdiction: str
    event_id: int | None
    reminder_days: tuple[int, ...] = field(default=())

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


def upcoming_deadlines(
    archive: Archive, within_days: int = 14, today: date | None = None
) -> tuple[AgendaRow, ...]:
    """Open deadlines due within `within_days` of `today` (default: the system date), overdue
    ones included, soonest first, across every case (closed ones too: an open statutory
    deadline is never hidden; `case_status` lets a face mark them)."""
    if isinstance(within_days, bool) or not isinstance(within_days, int) or within_days < 0:
        raise ValidationError(
            "within_days", N_("must be a whole number ≥ 0, not {value!r}"), value=within_days
        )
    today = today or clock.today()
    horizon = today + timedelta(days=within_days)
    # One query here rather than in repositories: the agenda is this module's only reader.
    query = (
        select(
            Deadline, col(Case.reference), col(Case.title), col(Case.status), col(Proceeding.route)
        )
        .join(Case, col(Case.id) == Deadline.case_id)
        .outerjoin(Proceeding, col(Proceeding.id) == Deadline.proceeding_id)
        .where(col(Deadline.status) == DeadlineStatus.OPEN.value, col(Deadline.due_on) <= horizon)
        .order_by(col(Deadline.due_on), col(Case.reference), col(Deadline.id))
    )
    with archive.reading() as session:
        return tuple(
            AgendaRow(
                deadline_id=d.id or 0,
                case_reference=reference,
                case_title=title,
                case_status=status,
                title=d.title,
                due_on=d.due_on,
                days_left=(d.due_on - today).days,
                rule_id=d.rule_id,
                explanation=d.explanation,
                proceeding_id=d.proceeding_id,
                route=route or "",
                jurisdiction=d.jurisdiction,
                event_id=d.event_id,
                reminder_days=tuple(d.reminder_days),
            )
            for d, reference, title, status, route in session.execute(query)
        )

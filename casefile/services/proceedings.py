"""Use cases for proceedings: one per route a case runs on, with its dated events.

Removing a proceeding recorded in error removes its events with it, and the open deadlines they
generated: they are its parts, and counsel removing a proceeding expects nothing of it left
behind to act on. What is counsel's own record stays, unlinked from it: deadlines done or
waived, deadlines added by hand, money entries and transfers (`ProceedingRemoval` says what).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlmodel import Session, col

from casefile.domain import DeadlineStatus, ProceedingEventKind, ProceedingStage, Route
from casefile.errors import NotFoundError
from casefile.rules.deadlines import DeadlineSettings, shipped_rule_book
from casefile.rules.triggers import history, meeting_event
from casefile.services import deadline_generation
from casefile.services import validation as v
from casefile.services.base import apply, current_actor, get_row, in_case, load_case, remove
from casefile.store import repositories
from casefile.store.archive import Archive
from casefile.store.models import (
    Case,
    Deadline,
    MoneyEntry,
    Proceeding,
    ProceedingEvent,
    TransferRecord,
)
from casefile.store.rows import ProceedingRow
from casefile.words import N_


@dataclass
class ProceedingDraft:
    route: object
    authority: object = ""
    authority_ref: object = ""
    jurisdiction: object = ""  # the calendar its deadlines count on; default the case's first
    stage: object = ProceedingStage.PREPARING
    started_on: object = None
    ended_on: object = None
    outcome: object = ""
    quantity_seized: object = None
    fine: object = None
    damages: object = None
    currency: object = "CNY"
    sentence: object = ""


def _values(draft: ProceedingDraft) -> dict[str, object]:
    started = v.optional_date("started_on", draft.started_on)
    ended = v.optional_date("ended_on", draft.ended_on)
    v.not_before("ended_on", ended, "started_on", started)
    currency = v.currency("currency", draft.currency)  # one currency for fine and damages
    fine = v.optional_money("fine", draft.fine, currency)
    damages = v.optional_money("damages", draft.damages, currency)
    return {
        "route": v.choice("route", draft.route, Route).value,
        "authority": v.text("authority", draft.authority, max_length=300),
        "authority_ref": v.text("authority_ref", draft.authority_ref, max_length=200),
        "jurisdiction": _jurisdiction(draft.jurisdiction),
        "stage": v.choice("stage", draft.stage, ProceedingStage).value,
        "started_on": started,
        "ended_on": ended,
        "outcome": v.long_text("outcome", draft.outcome),
        "quantity_seized": v.count("quantity_seized", draft.quantity_seized),
        "fine_minor": fine.minor_units if fine else None,
        "damages_minor": damages.minor_units if damages else None,
        "currency": currency,
        "sentence": v.text("sentence", draft.sentence, max_length=500),
    }


def _jurisdiction(value: object) -> str:
    if value in (None, ""):
        return ""
    codes = v.jurisdictions("jurisdiction", [value])
    return codes[0]


def _row(session: Session, case_id: int, proceeding_id: int) -> ProceedingRow:
    for row in repositories.proceedings_of_case(session, case_id):
        if row.id == proceeding_id:
            return row
    raise NotFoundError(N_("proceeding"), proceeding_id)


def add_proceeding(
    archive: Archive, case_reference: str, draft: ProceedingDraft, actor: str | None = None
) -> ProceedingRow:
    values = _values(draft)
    with archive.unit_of_work(actor or current_actor()) as session:
        case = load_case(session, case_reference)
        proceeding = Proceeding(case_id=case.id, **values)  # type: ignore[arg-type]
        session.add(proceeding)
        session.flush()
        return _row(session, case.id or 0, proceeding.id or 0)


def update_proceeding(
    archive: Archive,
    proceeding_id: int,
    draft: ProceedingDraft,
    actor: str | None = None,
    settings: DeadlineSettings | None = None,
) -> ProceedingRow:
    values = _values(draft)
    settings = settings or deadline_generation.current_settings(archive)
    with archive.unit_of_work(actor or current_actor()) as session:
        proceeding = session.get(Proceeding, proceeding_id)
        if proceeding is None:
            raise NotFoundError(N_("proceeding"), proceeding_id)
        recount = any(
            getattr(proceeding, name) != values[name] for name in ("route", "jurisdiction")
        )
        for name, value in values.items():
            if getattr(proceeding, name) != value:
                setattr(proceeding, name, value)
        session.flush()
        if recount:  # another route or law: other rules, another calendar
            deadline_generation.sync_proceeding(session, proceeding_id, settings)
        return _row(session, proceeding.case_id, proceeding_id)


def _event_values(
    kind: object, occurred_on: object, reference: object, description: object
) -> dict[str, object]:
    return {
        "kind": v.choice("kind", kind, ProceedingEventKind).value,
        "occurred_on": v.required_date("occurred_on", occurred_on),
        "reference": v.text("reference", reference, max_length=200),
        "description": v.long_text("description", description),
    }


def add_event(
    archive: Archive,
    proceeding_id: int,
    kind: object,
    occurred_on: object,
    reference: object = "",
    description: object = "",
    actor: str | None = None,
    settings: DeadlineSettings | None = None,
) -> ProceedingRow:
    """Record a dated event (customs notice, detention, judgment served, …) on a proceeding,
    and in the same transaction the statutory deadlines it starts (deadline_generation)."""
    values = _event_values(kind, occurred_on, reference, description)
    event = ProceedingEvent(proceeding_id=proceeding_id, **values)  # type: ignore[arg-type]
    settings = settings or deadline_generation.current_settings(archive)
    with archive.unit_of_work(actor or current_actor()) as session:
        proceeding = get_row(session, Proceeding, proceeding_id, N_("proceeding"))
        session.add(event)
        session.flush()
        deadline_generation.sync_proceeding(session, proceeding_id, settings)
        return _row(session, proceeding.case_id, proceeding_id)


def update_event(
    archive: Archive,
    event_id: int,
    kind: object,
    occurred_on: object,
    reference: object = "",
    description: object = "",
    actor: str | None = None,
    settings: DeadlineSettings | None = None,
) -> ProceedingRow:
    """Correct an event's kind, date, reference or description; in the same transaction the
    proceeding's generated deadlines are recounted (another date moves them, another kind
    starts other rules; done or waived ones stay as they are)."""
    values = _event_values(kind, occurred_on, reference, description)
    settings = settings or deadline_generation.current_settings(archive)
    with archive.unit_of_work(actor or current_actor()) as session:
        event = get_row(session, ProceedingEvent, event_id, N_("proceeding event"))
        if apply(event, values):
            session.flush()
            deadline_generation.sync_proceeding(session, event.proceeding_id, settings)
        proceeding = get_row(session, Proceeding, event.proceeding_id, N_("proceeding"))
        return _row(session, proceeding.case_id, proceeding.id or 0)


def remove_event(
    archive: Archive,
    event_id: int,
    actor: str | None = None,
    settings: DeadlineSettings | None = None,
) -> ProceedingRow:
    """Remove an event recorded in error, with its still-open generated deadlines (done or
    waived ones stay); the proceeding's other deadlines are recounted without it."""
    settings = settings or deadline_generation.current_settings(archive)
    with archive.unit_of_work(actor or current_actor()) as session:
        event = get_row(session, ProceedingEvent, event_id, N_("proceeding event"))
        proceeding_id = event.proceeding_id
        deadline_generation.release_event(session, event_id)
        remove(session, event)
        deadline_generation.sync_proceeding(session, proceeding_id, settings)
        proceeding = get_row(session, Proceeding, proceeding_id, N_("proceeding"))
        return _row(session, proceeding.case_id, proceeding_id)


@dataclass(frozen=True, slots=True)
class ProceedingRemoval:
    """What went with a removed proceeding, and what stayed, unlinked from it."""

    events_removed: int
    deadlines_removed: int  # open ones its events generated
    deadlines_kept: int  # done, waived or added by hand
    money_entries_kept: int
    transfers_kept: int


def remove_proceeding(
    archive: Archive, proceeding_id: int, actor: str | None = None
) -> ProceedingRemoval:
    """Remove a proceeding recorded in error, with its events and the open deadlines they
    generated (see the module doc); every row removed or unlinked is audited."""
    with archive.unit_of_work(actor or current_actor()) as session:
        proceeding = get_row(session, Proceeding, proceeding_id, N_("proceeding"))
        in_case(session, proceeding.case_id)
        events = list(
            session.scalars(
                select(ProceedingEvent).where(col(ProceedingEvent.proceeding_id) == proceeding_id)
            )
        )
        removed = 0
        for event in events:
            removed += len(deadline_generation.release_event(session, event.id or 0).removed)
        remove(session, *events)

        def unlink(model: type[Deadline] | type[MoneyEntry] | type[TransferRecord]) -> int:
            linked = list(
                session.scalars(select(model).where(col(model.proceeding_id) == proceeding_id))
            )
            for record in linked:
                record.proceeding_id = None
            return len(linked)

        kept = (unlink(Deadline), unlink(MoneyEntry), unlink(TransferRecord))
        session.flush()
        remove(session, proceeding)
        return ProceedingRemoval(len(events), removed, *kept)


# --- what an event not yet saved would start ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class PreviewDeadline:
    """A deadline an event would generate if it were saved: "Customs decides whether detained
    goods infringe, due 2027-01-06: 30 working days, Customs IPR Regs Art 20"."""

    rule_id: str
    title: str
    due_on: date
    period: str  # "30 working days"
    article: str  # "Art 20"
    source: str  # instrument and article
    explanation: str  # as the saved deadline would carry it
    jurisdiction: str  # the calendar it was counted on
    notes: tuple[str, ...] = ()  # what the count could not know: "no … holiday data for 2027"
    met: str = ""  # met at once by an event already recorded: "Met: appeal filed recorded on …"


@dataclass(frozen=True, slots=True)
class MetPreview:
    """A deadline of the proceeding that saving an event would meet (its rule's `met_by`)."""

    deadline_id: int
    title: str
    due_on: date


def _recorded(
    session: Session, proceeding_id: int, replacing: int | None
) -> list[tuple[object, str, date]]:
    return [
        (e.id, e.kind, e.occurred_on)
        for e in session.scalars(
            select(ProceedingEvent)
            .where(col(ProceedingEvent.proceeding_id) == proceeding_id)
            .order_by(col(ProceedingEvent.occurred_on), col(ProceedingEvent.id))
        )
        if e.id != replacing
    ]


def preview_met_deadlines(
    archive: Archive,
    proceeding_id: int,
    kind: object,
    occurred_on: object,
    replacing: int | None = None,
) -> tuple[MetPreview, ...]:
    """The generated deadlines of the proceeding that an event of `kind` on `occurred_on` would
    meet if saved ("Saving this bond posted meets: Apply for detention …"): open ones, and
    those the event being edited (`replacing`) meets now, where it would be the earliest event
    meeting them. Writes nothing; bad input is refused as `add_event` would."""
    values = _event_values(kind, occurred_on, "", "")
    book = shipped_rule_book()
    with archive.reading() as session:
        get_row(session, Proceeding, proceeding_id, N_("proceeding"))
        recorded = _recorded(session, proceeding_id, replacing)
        deadlines = list(
            session.scalars(
                select(Deadline)
                .where(
                    col(Deadline.proceeding_id) == proceeding_id,
                    col(Deadline.event_id).is_not(None),
                )
                .order_by(col(Deadline.due_on), col(Deadline.id))
            )
        )
        draft, day = object(), values["occurred_on"]  # the event as typed: no id yet
        assert isinstance(day, date)  # checked by _event_values
        recorded.append((draft, str(values["kind"]), day))
        triggers = {item[0]: item[2] for item in recorded}
        met: list[MetPreview] = []
        for d in deadlines:
            rule = book.rules.get(d.rule_id)
            ours = d.status == DeadlineStatus.OPEN or (
                replacing is not None and d.met_by_event_id == replacing
            )
            if rule is None or not ours or d.event_id not in triggers:
                continue
            found = meeting_event(recorded, d.event_id, triggers[d.event_id], rule.met_by)
            if found is not None and found[0] is draft:
                met.append(MetPreview(d.id or 0, d.title, d.due_on))
        return tuple(met)


def preview_event_deadlines(
    archive: Archive,
    proceeding_id: int,
    kind: object,
    occurred_on: object,
    reference: object = "",
    replacing: int | None = None,
    settings: DeadlineSettings | None = None,
) -> tuple[PreviewDeadline, ...]:
    """The deadlines an event of `kind` on `occurred_on` would generate on the proceeding, read
    against the events already recorded there (a detention after a customs notice is the Art
    16 route); `replacing`: the id of an event being edited, left out of that history. Writes
    nothing; counted as saving it would count them. Bad input is refused as `add_event` would."""
    values = _event_values(kind, occurred_on, reference, "")
    settings = settings or deadline_generation.current_settings(archive)
    with archive.reading() as session:
        proceeding = get_row(session, Proceeding, proceeding_id, N_("proceeding"))
        case = get_row(session, Case, proceeding.case_id, N_("case"))
        jurisdiction, note = deadline_generation.proceeding_jurisdiction(proceeding, case)
        recorded = _recorded(session, proceeding_id, replacing)
    if not jurisdiction:
        return ()  # no law to count by: saving would generate nothing either
    draft = ProceedingEvent(proceeding_id=proceeding_id, **values)  # type: ignore[arg-type]
    recorded.append((draft, draft.kind, draft.occurred_on))
    earlier, before = history(recorded, draft, draft.occurred_on)
    planned = deadline_generation.plan_for_event(
        draft,
        proceeding.route,
        jurisdiction,
        earlier,
        settings,
        shipped_rule_book(),
        note,
        before,
    )
    planned = [
        deadline_generation.with_meeting(p, recorded, draft, draft.occurred_on) for p in planned
    ]
    return tuple(
        PreviewDeadline(
            rule_id=p.rule.id,
            title=p.rule.title,
            due_on=p.due_on,
            period=p.rule.period_text(),
            article=p.rule.article,
            source=p.rule.source,
            explanation=p.explanation,
            jurisdiction=p.jurisdiction,
            notes=p.notes,
            met=p.met.reason if p.met is not None else "",
        )
        for p in planned
    )

"""Use cases for proceedings: one per route a case runs on, with its dated events."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from casefile.domain import ProceedingEventKind, ProceedingStage, Route
from casefile.errors import NotFoundError
from casefile.rules.deadlines import DeadlineSettings
from casefile.services import deadline_generation
from casefile.services import validation as v
from casefile.services.base import current_actor, load_case
from casefile.store import repositories
from casefile.store.archive import Archive
from casefile.store.models import Proceeding, ProceedingEvent
from casefile.store.rows import ProceedingRow


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
    raise NotFoundError("proceeding", proceeding_id)


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
            raise NotFoundError("proceeding", proceeding_id)
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
    event = ProceedingEvent(
        proceeding_id=proceeding_id,
        kind=v.choice("kind", kind, ProceedingEventKind).value,
        occurred_on=v.required_date("occurred_on", occurred_on),
        reference=v.text("reference", reference, max_length=200),
        description=v.long_text("description", description),
    )
    settings = settings or deadline_generation.current_settings(archive)
    with archive.unit_of_work(actor or current_actor()) as session:
        proceeding = session.get(Proceeding, proceeding_id)
        if proceeding is None:
            raise NotFoundError("proceeding", proceeding_id)
        session.add(event)
        session.flush()
        deadline_generation.sync_proceeding(session, proceeding_id, settings)
        return _row(session, proceeding.case_id, proceeding_id)


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
        event = session.get(ProceedingEvent, event_id)
        if event is None:
            raise NotFoundError("proceeding event", event_id)
        proceeding_id = event.proceeding_id
        deadline_generation.release_event(session, event_id)
        session.delete(event)
        session.flush()
        deadline_generation.sync_proceeding(session, proceeding_id, settings)
        proceeding = session.get(Proceeding, proceeding_id)
        assert proceeding is not None
        return _row(session, proceeding.case_id, proceeding_id)

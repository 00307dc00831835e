"""Use cases for cases: open one, change it, close it, list and read them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from casefile import clock
from casefile.domain import CaseStatus, Priority, format_case_reference
from casefile.errors import ValidationError
from casefile.services import validation as v
from casefile.services.base import current_actor, load_case
from casefile.services.parties import identifier_search_keys
from casefile.store import repositories
from casefile.store.archive import Archive
from casefile.store.models import Case, utcnow
from casefile.store.rows import CaseDetail, CaseSummary
from casefile.words import N_


@dataclass
class CaseDraft:
    """What a user types to open a case; raw values are checked by `create_case`."""

    title: object
    brand: object = ""
    product_line: object = ""
    priority: object = Priority.NORMAL
    jurisdictions: object = field(default_factory=list)
    responsible_counsel: object = ""
    opened_on: object = None  # today when empty
    summary: object = ""
    tags: object = field(default_factory=list)
    offences: object = field(default_factory=list)  # Criminal Law articles assessed
    acts_on: object = None  # when the infringing acts were done; picks the threshold rule set
    reference: object = None  # next free CF-YYYY-NNNN when empty


def _checked(draft: CaseDraft) -> dict[str, object]:
    return {
        "title": v.text("title", draft.title, required=True, max_length=300),
        "brand": v.text("brand", draft.brand, max_length=200),
        "product_line": v.text("product_line", draft.product_line, max_length=200),
        "priority": v.choice("priority", draft.priority, Priority).value,
        "jurisdictions": v.jurisdictions("jurisdictions", draft.jurisdictions),
        "responsible_counsel": v.text("responsible_counsel", draft.responsible_counsel),
        "opened_on": v.optional_date("opened_on", draft.opened_on) or clock.today(),
        "summary": v.long_text("summary", draft.summary),
        "tags": v.tags("tags", draft.tags),
        "offences": v.offences("offences", draft.offences),
        "acts_on": _acts_on(draft.acts_on),
    }


def _acts_on(value: object) -> date | None:
    acts_on = v.optional_date("acts_on", value)
    if acts_on is not None and acts_on > clock.today():
        raise ValidationError("acts_on", N_("{day} is in the future"), day=acts_on.isoformat())
    return acts_on


def create_case(archive: Archive, draft: CaseDraft, actor: str | None = None) -> CaseSummary:
    values = _checked(draft)
    with archive.unit_of_work(actor or current_actor()) as session:
        if draft.reference:
            reference = v.text("reference", draft.reference, required=True, max_length=32)
            reference = reference.upper()
            if repositories.reference_taken(session, reference):
                raise ValidationError(
                    "reference",
                    N_("{reference} is already used by another case"),
                    reference=reference,
                )
        else:
            year = values["opened_on"].year  # type: ignore[attr-defined]
            reference = format_case_reference(year, repositories.next_case_number(session, year))
        case = Case(reference=reference, **values)  # type: ignore[arg-type]
        session.add(case)
        session.flush()
        assert case.id is not None
        return repositories.case_summaries(session, [case.id])[0]


EDITABLE = {
    "title",
    "brand",
    "product_line",
    "priority",
    "jurisdictions",
    "responsible_counsel",
    "opened_on",
    "summary",
    "tags",
    "offences",
    "acts_on",
}


def update_case(
    archive: Archive, reference: str, changes: dict[str, object], actor: str | None = None
) -> CaseSummary:
    """Change some fields of a case; unknown field names are refused."""
    unknown = set(changes) - EDITABLE
    if unknown:
        raise ValidationError(sorted(unknown)[0], N_("cannot be changed this way"))
    if "opened_on" in changes:  # only a new case defaults to today; a cleared date is refused
        v.required_date("opened_on", changes["opened_on"])
    with archive.unit_of_work(actor or current_actor()) as session:
        case = load_case(session, reference)
        jurisdictions_before = list(case.jurisdictions)
        draft = CaseDraft(
            title=case.title,
            brand=case.brand,
            product_line=case.product_line,
            priority=case.priority,
            jurisdictions=case.jurisdictions,
            responsible_counsel=case.responsible_counsel,
            opened_on=case.opened_on,
            summary=case.summary,
            tags=case.tags,
            offences=case.offences,
            acts_on=case.acts_on,
        )
        for name, value in changes.items():
            setattr(draft, name, value)
        changed = False
        for name, value in _checked(draft).items():
            if getattr(case, name) != value:
                setattr(case, name, value)
                changed = True
        v.not_before("closed_on", case.closed_on, "opened_on", case.opened_on)
        if changed:  # saving without changes writes nothing, not even an audit row
            case.updated_at = utcnow()
            session.flush()
            if jurisdictions_before != case.jurisdictions:
                # Proceedings without their own jurisdiction count on the case's first.
                from casefile.services.deadline_generation import current_settings, resync

                resync(session, current_settings(archive), case.id)
        return repositories.case_summaries(session, [case.id or 0])[0]


def set_status(
    archive: Archive,
    reference: str,
    status: object,
    on: object = None,
    actor: str | None = None,
) -> CaseSummary:
    """Put a case on hold, close it (on a date, default today) or reopen it."""
    new_status = v.choice("status", status, CaseStatus)
    with archive.unit_of_work(actor or current_actor()) as session:
        case = load_case(session, reference)
        case.status = new_status.value
        if new_status is CaseStatus.CLOSED:
            case.closed_on = v.optional_date("closed_on", on) or clock.today()
            v.not_before("closed_on", case.closed_on, "opened_on", case.opened_on)
        else:
            case.closed_on = None
        case.updated_at = utcnow()
        session.flush()
        return repositories.case_summaries(session, [case.id or 0])[0]


def list_cases(archive: Archive) -> list[CaseSummary]:
    with archive.reading() as session:
        return repositories.all_case_summaries(session)


def case_detail(archive: Archive, reference: str) -> CaseDetail:
    with archive.reading() as session:
        return repositories.case_detail(session, load_case(session, reference).id or 0)


def case_ids(
    archive: Archive,
    text: str = "",
    status: str | None = None,
    sort: str = "reference",
    descending: bool = False,
) -> list[int]:
    """Ordered ids of the cases matching a filter (the case list holds these, not rows).

    `text` is looked for in the cases, their parties and the parties' identifiers, typed or
    normalized ("138 0013 8000" finds a party whose phone is "+86 13800138000").
    """
    keys = identifier_search_keys(text) if text.strip() else []
    with archive.reading() as session:
        return repositories.case_ids(session, text, status, sort, descending, keys)


def case_summaries(archive: Archive, ids: list[int]) -> list[CaseSummary]:
    """One page of the case list, in the order of `ids`."""
    with archive.reading() as session:
        return repositories.case_summaries(session, ids)


def case_detail_by_id(archive: Archive, case_id: int) -> CaseDetail:
    with archive.reading() as session:
        return repositories.case_detail(session, case_id)

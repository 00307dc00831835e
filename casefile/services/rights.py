"""Use cases for IP rights (trademarks, patents, designs, copyrights) and customs recordals."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlmodel import Session, col

from casefile import clock
from casefile.domain import RightKind
from casefile.errors import NotFoundError, ValidationError
from casefile.rules.renewals import Renewal, renewal
from casefile.services import validation as v
from casefile.services.base import (
    apply,
    current_actor,
    get_row,
    load_case,
    remove,
    remove_with_children,
)
from casefile.store import repositories
from casefile.store.archive import Archive
from casefile.store.models import CaseRight, CustomsRecordal, IPRight
from casefile.store.rows import RecordalRow, RightRow
from casefile.words import N_


@dataclass
class RightDraft:
    kind: object
    number: object
    jurisdiction: object
    title: object = ""
    owner: object = ""
    classes: object = field(default_factory=list)
    valid_from: object = None
    valid_to: object = None


def _classes(raw: object) -> list[str]:
    if isinstance(raw, str):
        raw = [c for c in raw.replace(";", ",").split(",") if c.strip()]
    if not isinstance(raw, list | tuple):
        raise ValidationError("classes", N_("must be a list such as 12, 28"))
    return [v.text("classes", str(c), max_length=32) for c in raw]


def _right_row(session: Session, right_id: int) -> RightRow:
    rows = repositories.rights_by_id(session, [right_id])
    if not rows:
        raise NotFoundError(N_("right"), right_id)
    return rows[0]


def _right_keys(kind: object, jurisdiction: object, number: object) -> tuple[str, str, str]:
    """The keys a right is known by, normalised: (kind, jurisdiction, number)."""
    return (
        v.choice("kind", kind, RightKind).value,
        v.jurisdictions("jurisdiction", [jurisdiction])[0],
        v.text("number", number, required=True, max_length=64),
    )


def _right_values(draft: RightDraft) -> tuple[dict[str, object], dict[str, object]]:
    """(the keys a right is known by: kind, number, jurisdiction; its details)."""
    kind, jurisdiction, number = _right_keys(draft.kind, draft.jurisdiction, draft.number)
    keys: dict[str, object] = {"kind": kind, "number": number, "jurisdiction": jurisdiction}
    valid_from = v.optional_date("valid_from", draft.valid_from)
    valid_to = v.optional_date("valid_to", draft.valid_to)
    v.not_before("valid_to", valid_to, "valid_from", valid_from)
    details: dict[str, object] = {
        "title": v.text("title", draft.title, max_length=300),
        "owner": v.text("owner", draft.owner, max_length=300),
        "classes": _classes(draft.classes),
        "valid_from": valid_from,
        "valid_to": valid_to,
    }
    return keys, details


def add_right(
    archive: Archive, draft: RightDraft, case_reference: str | None = None, actor: str | None = None
) -> RightRow:
    """Register a right (or find it, by kind, jurisdiction and number) and link it to a case."""
    keys, details = _right_values(draft)
    kind, number, jurisdiction = str(keys["kind"]), str(keys["number"]), str(keys["jurisdiction"])
    with archive.unit_of_work(actor or current_actor()) as session:
        case = load_case(session, case_reference) if case_reference else None
        right = repositories.right_by_number(session, kind, jurisdiction, number)
        if right is None:
            right = IPRight(**keys, **details)  # type: ignore[arg-type]
            session.add(right)
            session.flush()
        else:
            # The same right named again: what was typed must agree with what is registered,
            # or the user would believe a change was saved that was not.
            for name, value in details.items():
                if value not in ("", [], None) and getattr(right, name) != value:
                    raise ValidationError(
                        name,
                        N_(
                            "{kind} {number} ({jurisdiction}) is already registered with "
                            "{name} {registered!r}, not {value!r}"
                        ),
                        kind=kind,
                        number=number,
                        jurisdiction=jurisdiction,
                        name=name,
                        registered=getattr(right, name),
                        value=value,
                    )
        if case is not None and not repositories.right_linked(session, case.id or 0, right.id or 0):
            session.add(CaseRight(case_id=case.id, right_id=right.id))  # type: ignore[arg-type]
            session.flush()
        return _right_row(session, right.id or 0)


def find_right(
    archive: Archive, kind: object, jurisdiction: object, number: object
) -> RightRow | None:
    """The right registered with that kind, jurisdiction and number, as `add_right` would find
    it (its `cases` are those enforcing it); None when there is none or the keys are not valid
    yet (a number half typed, a jurisdiction of one letter)."""
    try:
        keys = _right_keys(kind, jurisdiction, number)
    except ValidationError:
        return None
    with archive.reading() as session:
        right = repositories.right_by_number(session, *keys)
        return None if right is None else _right_row(session, right.id or 0)


def update_right(
    archive: Archive, right_id: int, draft: RightDraft, actor: str | None = None
) -> RightRow:
    """Correct a right (its number, owner, classes, validity…) in every case that enforces it;
    a number another registered right of that kind and jurisdiction has is refused."""
    keys, details = _right_values(draft)
    with archive.unit_of_work(actor or current_actor()) as session:
        right = get_row(session, IPRight, right_id, N_("right"))
        other = repositories.right_by_number(
            session, str(keys["kind"]), str(keys["jurisdiction"]), str(keys["number"])
        )
        if other is not None and other.id != right_id:
            raise ValidationError(
                "number",
                N_(
                    "{kind} {number} ({jurisdiction}) is already "
                    "registered; link that right instead"
                ),
                kind=keys["kind"],
                number=keys["number"],
                jurisdiction=keys["jurisdiction"],
            )
        apply(right, {**keys, **details})
        session.flush()
        return _right_row(session, right_id)


def unlink_right(
    archive: Archive, case_reference: str, right_id: int, actor: str | None = None
) -> bool:
    """Take a right out of a case. A right then enforced in no case was this case's own record:
    it is removed with its customs recordals (audited). True when the right was removed."""
    with archive.unit_of_work(actor or current_actor()) as session:
        case = load_case(session, case_reference)
        right = get_row(session, IPRight, right_id, N_("right"))
        links = session.scalars(
            select(CaseRight).where(col(CaseRight.right_id) == right_id).order_by(col(CaseRight.id))
        ).all()
        mine = [link for link in links if link.case_id == case.id]
        if not mine:
            raise ValidationError(
                "right_id",
                N_("{kind} {number} is not linked to {case}"),
                kind=right.kind,
                number=right.number,
                case=case.reference,
            )
        remove(session, *mine)
        if len(mine) < len(links):
            return False
        remove_with_children(session, right, (CustomsRecordal, "right_id"))
        return True


def _recordal_values(
    authority: object, number: object, valid_from: object, valid_to: object
) -> dict[str, object]:
    start = v.required_date("valid_from", valid_from)
    end = v.required_date("valid_to", valid_to)
    v.not_before("valid_to", end, "valid_from", start)
    return {
        "authority": v.text("authority", authority, required=True, max_length=200),
        "number": v.text("number", number, required=True, max_length=64),
        "valid_from": start,
        "valid_to": end,
    }


def add_recordal(
    archive: Archive,
    right_id: int,
    authority: object,
    number: object,
    valid_from: object,
    valid_to: object,
    actor: str | None = None,
) -> RightRow:
    """A customs recordal of a right (e.g. GACC recordal, EU application for action)."""
    values = _recordal_values(authority, number, valid_from, valid_to)
    with archive.unit_of_work(actor or current_actor()) as session:
        get_row(session, IPRight, right_id, N_("right"))
        session.add(CustomsRecordal(right_id=right_id, **values))  # type: ignore[arg-type]
        session.flush()
        return _right_row(session, right_id)


def update_recordal(
    archive: Archive,
    recordal_id: int,
    authority: object,
    number: object,
    valid_from: object,
    valid_to: object,
    actor: str | None = None,
) -> RightRow:
    """Correct a recordal, or record its renewal (the new validity)."""
    values = _recordal_values(authority, number, valid_from, valid_to)
    with archive.unit_of_work(actor or current_actor()) as session:
        recordal = get_row(session, CustomsRecordal, recordal_id, N_("customs recordal"))
        apply(recordal, values)
        session.flush()
        return _right_row(session, recordal.right_id)


def remove_recordal(archive: Archive, recordal_id: int, actor: str | None = None) -> RightRow:
    with archive.unit_of_work(actor or current_actor()) as session:
        recordal = get_row(session, CustomsRecordal, recordal_id, N_("customs recordal"))
        remove(session, recordal)
        return _right_row(session, recordal.right_id)


def renewal_of(
    right: RightRow, recordal: RecordalRow | None = None, today: date | None = None
) -> Renewal | None:
    """Where a right, or one of its customs recordals, stands against its expiry (valid, renew
    now, late, expired) by the renewal rules (rules/renewals.py: a CN recordal in the 6 months
    before, a CN trademark in the 12 months before, an EU application for action asked 30
    working days before); None when no expiry is recorded."""
    expires = recordal.valid_to if recordal is not None else right.valid_to
    if expires is None:
        return None
    record = "recordal" if recordal is not None else "right"
    return renewal(record, right.jurisdiction, right.kind, expires, today or clock.today())

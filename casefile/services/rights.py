"""Use cases for IP rights (trademarks, patents, designs, copyrights) and customs recordals."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import Session

from casefile.domain import RightKind
from casefile.errors import NotFoundError, ValidationError
from casefile.services import validation as v
from casefile.services.base import current_actor, load_case
from casefile.store import repositories
from casefile.store.archive import Archive
from casefile.store.models import CaseRight, CustomsRecordal, IPRight
from casefile.store.rows import RightRow


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
        raise ValidationError("classes", "must be a list such as 12, 28")
    return [v.text("classes", str(c), max_length=32) for c in raw]


def _right_row(session: Session, right_id: int) -> RightRow:
    rows = repositories.rights_by_id(session, [right_id])
    if not rows:
        raise NotFoundError("right", right_id)
    return rows[0]


def add_right(
    archive: Archive, draft: RightDraft, case_reference: str | None = None, actor: str | None = None
) -> RightRow:
    """Register a right (or find it, by kind, jurisdiction and number) and link it to a case."""
    kind = v.choice("kind", draft.kind, RightKind).value
    number = v.text("number", draft.number, required=True, max_length=64)
    jurisdiction = v.jurisdictions("jurisdiction", [draft.jurisdiction])[0]
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
    with archive.unit_of_work(actor or current_actor()) as session:
        case = load_case(session, case_reference) if case_reference else None
        right = repositories.right_by_number(session, kind, jurisdiction, number)
        if right is None:
            right = IPRight(kind=kind, number=number, jurisdiction=jurisdiction, **details)  # type: ignore[arg-type]
            session.add(right)
            session.flush()
        else:
            # The same right named again: what was typed must agree with what is registered,
            # or the user would believe a change was saved that was not.
            for name, value in details.items():
                if value not in ("", [], None) and getattr(right, name) != value:
                    raise ValidationError(
                        name,
                        f"{kind} {number} ({jurisdiction}) is already registered with "
                        f"{name} {getattr(right, name)!r}, not {value!r}",
                    )
        if case is not None and not repositories.right_linked(session, case.id or 0, right.id or 0):
            session.add(CaseRight(case_id=case.id, right_id=right.id))  # type: ignore[arg-type]
            session.flush()
        return _right_row(session, right.id or 0)


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
    start = v.required_date("valid_from", valid_from)
    end = v.required_date("valid_to", valid_to)
    v.not_before("valid_to", end, "valid_from", start)
    recordal = CustomsRecordal(
        right_id=right_id,
        authority=v.text("authority", authority, required=True, max_length=200),
        number=v.text("number", number, required=True, max_length=64),
        valid_from=start,
        valid_to=end,
    )
    with archive.unit_of_work(actor or current_actor()) as session:
        if session.get(IPRight, right_id) is None:
            raise NotFoundError("right", right_id)
        session.add(recordal)
        session.flush()
        return _right_row(session, right_id)

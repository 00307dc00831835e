"""What every use case shares: who is acting, and finding a case by its reference."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from sqlalchemy import select
from sqlmodel import Session, SQLModel

from casefile.actor import current_actor as current_actor  # the services write as it
from casefile.errors import NotFoundError
from casefile.store import audit, repositories
from casefile.store.models import Case

M = TypeVar("M", bound=SQLModel)


def load_case(session: Session, reference: str) -> Case:
    """The case named; the unit of work is then one in this case, so that changes it makes to
    shared records (parties, rights) are audited as made in it (store/audit.py)."""
    case = repositories.case_by_reference(session, reference)
    session.info[audit.CASE_KEY] = case.id
    return case


def in_case(session: Session, case_id: int) -> None:
    """Mark the unit of work as one in this case (`load_case` does it for a reference)."""
    session.info[audit.CASE_KEY] = case_id


def get_row(session: Session, model: type[M], row_id: int, what: str) -> M:
    """The record `row_id` of `model`, or NotFoundError naming it as `what` (`N_("party")`:
    the window translates it)."""
    found = session.get(model, row_id)
    if found is None:
        raise NotFoundError(what, row_id)
    return found


def apply(record: SQLModel, values: Mapping[str, object]) -> bool:
    """Set the values that differ (an unchanged field is not audited as changed); True if any
    did."""
    changed = False
    for name, value in values.items():
        if getattr(record, name) != value:
            setattr(record, name, value)
            changed = True
    return changed


def remove(session: Session, *records: SQLModel) -> None:
    """Delete records one by one through the session, so the audit trail records each with its
    values (a database cascade would remove children unaudited)."""
    for record in records:
        session.delete(record)
    session.flush()


def remove_with_children(
    session: Session, record: SQLModel, *children: tuple[type[SQLModel], str]
) -> None:
    """Remove a record and first its children, given as (model, column naming the record),
    each row audited (a party with its identifiers, a right with its recordals)."""
    record_id = getattr(record, "id", None)
    for model, column in children:
        table = model.__table__  # type: ignore[attr-defined]
        rows = session.scalars(select(model).where(table.c[column] == record_id)).all()
        remove(session, *rows)
    remove(session, record)

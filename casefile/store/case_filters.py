"""The filters of the case list and of search, done in SQL: route, status, jurisdiction, brand,
transfer state, deadline due within N days, tag, counsel; and the ranked cases a full-text
search finds under them (the full-text part is store/search.py's).

Plain SQLAlchemy expressions over the case table, portable but for `json_each` (the tags and
jurisdictions are JSON lists; PostgreSQL's is `json_array_elements_text`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import exists, func, select
from sqlmodel import Session, col

from casefile.domain import DeadlineStatus
from casefile.store import search
from casefile.store.models import Case, Deadline, Proceeding, TransferRecord, TransferStepRecord

NO_TRANSFER = "none"  # the transfer filter's value for "no transfer recorded"


@dataclass(frozen=True, slots=True)
class CaseFilters:
    """What the case list is narrowed to; None (or "") leaves a filter off. Values are the
    stored ones (enum values, jurisdiction codes); text filters ignore case."""

    status: str | None = None
    route: str | None = None
    jurisdiction: str | None = None  # one of the case's jurisdictions
    brand: str | None = None  # the case's brand, whole
    transfer: str | None = None  # the last step of one of its transfers, or NO_TRANSFER
    due_within_days: int | None = None  # an open deadline due by today + N (overdue included)
    tag: str | None = None  # one of the case's tags, whole
    counsel: str | None = None  # the responsible counsel, whole

    def conditions(self, today: date) -> list[Any]:
        """SQL conditions on the case table, one per filter that is on."""
        found: list[Any] = []
        if self.status:
            found.append(col(Case.status) == self.status)
        if self.route:
            found.append(
                col(Case.id).in_(
                    select(col(Proceeding.case_id)).where(col(Proceeding.route) == self.route)
                )
            )
        if self.jurisdiction:
            found.append(_json_list_has(col(Case.jurisdictions), self.jurisdiction.upper()))
        if self.brand:
            found.append(func.lower(col(Case.brand)) == self.brand.strip().lower())
        if self.tag:
            found.append(_json_list_has(col(Case.tags), self.tag.strip(), fold=True))
        if self.counsel:
            found.append(func.lower(col(Case.responsible_counsel)) == self.counsel.strip().lower())
        if self.due_within_days is not None:
            by = today + timedelta(days=self.due_within_days)
            found.append(
                col(Case.id).in_(
                    select(col(Deadline.case_id)).where(
                        col(Deadline.status) == DeadlineStatus.OPEN.value,
                        col(Deadline.due_on) <= by,
                    )
                )
            )
        if self.transfer:
            found.append(_transfer_condition(self.transfer))
        return found


def _json_list_has(column: Any, value: str, *, fold: bool = False) -> Any:
    item = func.json_each(column).table_valued("value").alias("item")
    target = item.c.value
    if fold:  # SQLite's lower() folds ASCII only; tags are compared as typed beyond that
        return exists(select(target).select_from(item).where(func.lower(target) == value.lower()))
    return exists(select(target).select_from(item).where(target == value))


def _transfer_condition(step: str) -> Any:
    transfers = select(col(TransferRecord.case_id))
    if step == NO_TRANSFER:
        return col(Case.id).not_in(transfers)
    # The last step of each transfer (latest date, then latest recorded), uncorrelated with the
    # cases: there are few transfers, and many cases.
    step_table = TransferStepRecord.__table__.alias("later_step")  # type: ignore[attr-defined]
    later = (
        select(step_table.c.id)
        .where(step_table.c.transfer_id == col(TransferRecord.id))
        .order_by(step_table.c.occurred_on.desc(), step_table.c.id.desc())
        .limit(1)
        .correlate(TransferRecord)
        .scalar_subquery()
    )
    last = (
        select(col(TransferRecord.case_id))
        .join(TransferStepRecord, col(TransferStepRecord.transfer_id) == col(TransferRecord.id))
        .where(col(TransferStepRecord.id) == later, col(TransferStepRecord.step) == step)
    )
    return col(Case.id).in_(last)


def filtered_case_ids(session: Session, filters: CaseFilters, today: date) -> list[int]:
    """The cases the filters leave, by reference."""
    query = select(col(Case.id)).where(*filters.conditions(today))
    return [row[0] for row in session.execute(query.order_by(col(Case.reference)))]


def found_cases(
    session: Session,
    query: search.Query,
    filters: CaseFilters,
    today: date,
    limit: int | None = None,
) -> list[tuple[int, float, int]]:
    """(case id, score, document) of the cases a search finds under the filters, best first
    (then by reference); the document is the best-scoring match (`search.field_of`)."""
    if query.too_short:
        return []
    found = search.matching_cases(query)
    statement = (
        select(col(Case.id), found.c.score, found.c.doc)
        .join(found, found.c.case_id == col(Case.id))
        .where(*filters.conditions(today))
        .order_by(found.c.score, col(Case.reference))
    )
    if limit is not None:
        statement = statement.limit(limit)
    return [(int(r[0]), float(r[1]), int(r[2])) for r in session.execute(statement)]

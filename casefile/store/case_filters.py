"""The filters of the case list and of search, done in SQL: route, status, jurisdiction, brand,
transfer state, deadline due within N days, tag, counsel; and the ranked cases a full-text
search finds under them (the full-text part is store/search.py's).

Plain SQLAlchemy expressions over the case table, portable but for `json_each` (the tags and
jurisdictions are JSON lists; PostgreSQL's is `json_array_elements_text`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import date, timedelta
from typing import Any

from sqlalchemy import String, and_, exists, func, select, type_coerce
from sqlmodel import Session, col

from casefile.domain import NO_TRANSFER, DeadlineStatus
from casefile.store import search
from casefile.store.models import Case, Deadline, Proceeding, TransferRecord, TransferStepRecord

# Indexes for the filters that ignore ASCII case, made by migration 0008 (the models cannot
# declare a collation index): name → column of the case table.
NOCASE_INDEXES = {
    "ix_case_file_brand_nocase": "brand",
    "ix_case_file_counsel_nocase": "responsible_counsel",
}


def made_by_hand(name: str | None, kind: str) -> bool:
    """Whether a table or index is made by a migration by hand, not declared by the models (the
    search index's tables, the filters' NOCASE indexes): schema comparisons leave it out."""
    return (kind == "table" and search.is_index_table(name)) or (
        kind == "index" and name in NOCASE_INDEXES
    )


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

    def one_by_one(self) -> list[CaseFilters]:
        """Each filter that is on, as filters of its own (their cases can be read, and kept,
        one filter at a time)."""
        return [
            CaseFilters(**{f.name: value})
            for f in fields(self)
            if (value := getattr(self, f.name)) not in (None, "")
        ]

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
        if self.jurisdiction:  # two-letter codes (validated): the list's text is enough
            found.append(_json_text_has(col(Case.jurisdictions), self.jurisdiction.upper()))
        if self.brand:  # NOCASE folds ASCII, as lower() does; an index of its own (0008)
            found.append(col(Case.brand).collate("NOCASE") == self.brand.strip())
        if self.tag:
            found.append(_json_list_has(col(Case.tags), self.tag.strip(), fold=True))
        if self.counsel:
            found.append(col(Case.responsible_counsel).collate("NOCASE") == self.counsel.strip())
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
    """`value` is one of the JSON list's items. The list's text is matched first (a LIKE of the
    item as JSON writes it, quotes included: cheap), and only those rows' items one by one
    (json_each on every case of 100,000 costs a quarter of a second)."""
    item = func.json_each(column).table_valued("value").alias("item")
    target = item.c.value
    candidates = _json_text_has(column, value)
    if fold:  # SQLite's lower() folds ASCII only; tags are compared as typed beyond that
        each = exists(select(target).select_from(item).where(func.lower(target) == value.lower()))
    else:
        each = exists(select(target).select_from(item).where(target == value))
    return and_(candidates, each)


def _json_text_has(column: Any, value: str) -> Any:
    """The JSON list's text holds `value` as JSON writes an item: quoted, non-ASCII escaped
    (LIKE ignores ASCII case)."""
    return type_coerce(column, String).contains(json.dumps(value), autoescape=True)


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


def case_id_set(session: Session, filters: CaseFilters, today: date) -> set[int]:
    """The cases the filters leave, in no order (services/case_listing.py orders them)."""
    query = select(Case.__table__.c.id).where(*filters.conditions(today))  # type: ignore[attr-defined]
    # Core, not the ORM: tens of thousands of ids need no ORM rows (a third of the time)
    return {int(row[0]) for row in session.connection().execute(query)}


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

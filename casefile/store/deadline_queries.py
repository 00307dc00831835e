"""The deadlines across cases, selected in SQL: the ordered ids of the deadlines a filter keeps
(status, overdue or due within N days, a date range, the route of the deadline's proceeding,
the case's counsel, the deadline's jurisdiction, its rule), their rows a page at a time, the
count per day of a month (the month view) and the values there are to filter by.

Plain SQL through `text()` like store/dashboard_queries.py: SQLAlchemy's per-row processing
would cost more than the queries on 100,000 cases. The status and date conditions are on the
(status, due_on) index of migration 0009 and the order is its order (due date, then id), so the
default filter (open deadlines) walks that index and sorts nothing. Repositories' rules apply:
take a session, never commit, return plain rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, NamedTuple

from sqlalchemy import bindparam, text
from sqlmodel import Session

from casefile.domain import DeadlineStatus


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


@dataclass(frozen=True, slots=True)
class DeadlineFilters:
    """What the deadlines are narrowed to; None (or "", or empty) leaves a filter off.

    `overdue` and `within_days` count from `today`: overdue alone is "due before today",
    `within_days` alone "due from today to today + N", both together "due by today + N" (the
    overdue ones included). `due_from`/`due_to` bound the due date (both days included): the
    month view's month, a day clicked. Values are the stored ones; the counsel ignores case.
    """

    statuses: tuple[str, ...] = (DeadlineStatus.OPEN.value,)  # empty: every status
    overdue: bool = False
    within_days: int | None = None
    due_from: date | None = None
    due_to: date | None = None
    route: str | None = None  # of the deadline's proceeding (a deadline added by hand has none)
    counsel: str | None = None  # the case's responsible counsel, whole
    jurisdiction: str | None = None  # whose calendar counted it
    rule_id: str | None = None
    case_id: int | None = None

    def date_bounds(self, today: date) -> tuple[date | None, date | None]:
        """The earliest and latest due dates kept (None: unbounded)."""
        low, high = self.due_from, self.due_to
        if self.overdue and self.within_days is not None:
            high = _min(high, today + timedelta(days=self.within_days))
        elif self.overdue:
            high = _min(high, today - timedelta(days=1))
        elif self.within_days is not None:
            low = _max(low, today)
            high = _min(high, today + timedelta(days=self.within_days))
        return low, high


def _min(a: date | None, b: date) -> date:
    return b if a is None else min(a, b)


def _max(a: date | None, b: date) -> date:
    return b if a is None else max(a, b)


def _where(
    filters: DeadlineFilters, today: date, with_dates: bool = True
) -> tuple[str, dict[str, Any], list[str]]:
    """The WHERE clause on `deadline d`, its parameters and the names of its expanding ones."""
    conditions: list[str] = []
    params: dict[str, Any] = {}
    expanding: list[str] = []
    if filters.statuses:
        conditions.append("d.status IN :statuses")
        params["statuses"] = list(filters.statuses)
        expanding.append("statuses")
    if with_dates:
        low, high = filters.date_bounds(today)
        if low is not None:
            conditions.append("d.due_on >= :low")
            params["low"] = low.isoformat()
        if high is not None:
            conditions.append("d.due_on <= :high")
            params["high"] = high.isoformat()
    if filters.route:
        # the (route, ended_on) index of 0009 finds the proceedings of one route
        conditions.append(
            "d.proceeding_id IN (SELECT p.id FROM proceeding p WHERE p.route = :route)"
        )
        params["route"] = filters.route
    if filters.counsel:
        # the NOCASE index of migration 0008
        conditions.append(
            "d.case_id IN (SELECT c.id FROM case_file c "
            "WHERE c.responsible_counsel = :counsel COLLATE NOCASE)"
        )
        params["counsel"] = filters.counsel.strip()
    if filters.jurisdiction:
        conditions.append("d.jurisdiction = :jurisdiction")
        params["jurisdiction"] = filters.jurisdiction.strip().upper()
    if filters.rule_id:
        conditions.append("d.rule_id = :rule_id")
        params["rule_id"] = filters.rule_id
    if filters.case_id is not None:
        conditions.append("d.case_id = :case_id")
        params["case_id"] = filters.case_id
    return (" AND ".join(conditions) or "1 = 1"), params, expanding


def _statement(sql: str, expanding: list[str]) -> Any:
    return text(sql).bindparams(*(bindparam(name, expanding=True) for name in expanding))


def deadline_ids(session: Session, filters: DeadlineFilters, today: date) -> list[int]:
    """The ids of the deadlines `filters` keeps, earliest due first (then by id)."""
    where, params, expanding = _where(filters, today)
    rows = session.connection().execute(
        _statement(f"SELECT d.id FROM deadline d WHERE {where} ORDER BY d.due_on, d.id", expanding),
        params,
    )
    return [row[0] for row in rows]


class DeadlineHit(NamedTuple):
    id: int
    case_id: int
    reference: str
    case_title: str
    counsel: str
    title: str
    due_on: date
    status: str
    completed_on: date | None
    reason: str
    rule_id: str
    explanation: str
    jurisdiction: str
    proceeding_id: int | None
    route: str  # "" when it belongs to no proceeding


def deadline_rows(session: Session, ids: Sequence[int]) -> list[DeadlineHit]:
    """The rows of these deadlines, in the order of `ids` (those gone meanwhile left out)."""
    if not ids:
        return []
    rows = session.connection().execute(
        _statement(
            "SELECT d.id, d.case_id, c.reference, c.title, c.responsible_counsel, d.title, "
            "d.due_on, d.status, d.completed_on, d.reason, d.rule_id, d.explanation, "
            "d.jurisdiction, d.proceeding_id, coalesce(p.route, '') "
            "FROM deadline d JOIN case_file c ON c.id = d.case_id "
            "LEFT JOIN proceeding p ON p.id = d.proceeding_id WHERE d.id IN :ids",
            ["ids"],
        ),
        {"ids": list(ids)},
    )
    found: dict[int, DeadlineHit] = {}
    for row in rows:
        completed = None if row[8] is None else _day(row[8])
        found[row[0]] = DeadlineHit._make(
            (*row[:6], _day(row[6]), row[7], completed, *row[9:14], row[14] or "")
        )
    return [found[i] for i in ids if i in found]


class DayCount(NamedTuple):
    day: date
    deadlines: int  # how many
    status: str  # "open": at least one open on that day; else the status of all (done/waived)


def counts_by_day(
    session: Session, filters: DeadlineFilters, today: date, first: date, last: date
) -> list[DayCount]:
    """How many deadlines `filters` keeps on each day from `first` to `last` (days with none
    left out); the filter's own date bounds are ignored (the month view shows the month)."""
    where, params, expanding = _where(filters, today, with_dates=False)
    params |= {"first": first.isoformat(), "last": last.isoformat(), "open": DeadlineStatus.OPEN}
    rows = session.connection().execute(
        _statement(
            "SELECT d.due_on, count(*), sum(CASE WHEN d.status = :open THEN 1 ELSE 0 END), "
            f"min(d.status) FROM deadline d WHERE {where} "
            "AND d.due_on BETWEEN :first AND :last GROUP BY d.due_on ORDER BY d.due_on",
            expanding,
        ),
        params,
    )
    return [
        DayCount(_day(row[0]), row[1], DeadlineStatus.OPEN.value if row[2] else row[3])
        for row in rows
    ]


class FilterChoices(NamedTuple):
    counsel: list[str]
    jurisdictions: list[str]
    rules: list[str]


def filter_choices(session: Session) -> FilterChoices:
    """The counsel, jurisdictions and rules there are to filter by, sorted."""
    connection = session.connection()
    counsel = connection.execute(
        # once whatever the ASCII case, spelled as stored, as the case list offers them
        text(
            "SELECT min(responsible_counsel) FROM case_file WHERE responsible_counsel != '' "
            "GROUP BY responsible_counsel COLLATE NOCASE"
        )
    )
    jurisdictions = connection.execute(
        text("SELECT DISTINCT jurisdiction FROM deadline WHERE jurisdiction != ''")
    )
    rules = connection.execute(text("SELECT DISTINCT rule_id FROM deadline WHERE rule_id != ''"))
    return FilterChoices(
        sorted((r[0] for r in counsel), key=str.casefold),
        sorted(r[0] for r in jurisdictions),
        sorted(r[0] for r in rules),
    )

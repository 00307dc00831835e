"""The deadlines across cases (the window's Deadlines view, `casefile deadlines`): every deadline
a filter keeps, earliest due first, with its case, its route, its counsel and its explanation;
how many fall on each day of a month; the values there are to filter by.

Filtering and ordering are done in SQL (`store/deadline_queries.py`); a listing holds the ids of
every deadline kept and the rows of the first page only, the rest read a page at a time
(`deadline_page`) as a table scrolls: on 100,000 cases the open deadlines are some 14,000.
Marking done, waiving and reopening are `services.records`' (`set_deadline_status`,
`waive_deadline`): one transaction, audited, as from a case's Deadlines tab.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from casefile import clock
from casefile.domain import DeadlineStatus, Route
from casefile.errors import ValidationError
from casefile.services import validation as v
from casefile.store import deadline_queries as q
from casefile.store.archive import Archive
from casefile.store.deadline_queries import DeadlineFilters
from casefile.words import N_

__all__ = [
    "DayCount",
    "DeadlineFilters",
    "DeadlineItem",
    "DeadlineListing",
    "FilterChoices",
    "deadline_filters",
    "deadline_listing",
    "deadline_page",
    "filter_choices",
    "month_counts",
]

PAGE_SIZE = 200  # rows read at once; an indexed read of a few milliseconds
MAX_WITHIN_DAYS = 36_500  # "due within N days": a century is every deadline there can be
DayCount = q.DayCount
FilterChoices = q.FilterChoices


@dataclass(frozen=True, slots=True)
class DeadlineItem:
    """One deadline of the list, with what is needed to judge it without opening its case."""

    id: int
    case_id: int
    reference: str
    case_title: str
    counsel: str
    title: str
    due_on: date
    status: DeadlineStatus
    completed_on: date | None
    reason: str  # why it was waived (or how it was done)
    rule_id: str
    explanation: str
    jurisdiction: str
    route: Route | None  # of its proceeding; None: added by hand to the case
    days_left: int  # from today; negative: overdue by that many days

    @property
    def overdue(self) -> bool:
        return self.status is DeadlineStatus.OPEN and self.days_left < 0


@dataclass(frozen=True, slots=True)
class DeadlineListing:
    """What a filter keeps: every id in order, the first page's rows and the day counted from."""

    filters: DeadlineFilters
    today: date
    ids: tuple[int, ...]
    first_page: tuple[DeadlineItem, ...]

    @property
    def count(self) -> int:
        return len(self.ids)


def deadline_filters(
    status: object = DeadlineStatus.OPEN.value,
    overdue: bool = False,
    within_days: object = None,
    route: object = None,
    counsel: object = None,
    jurisdiction: object = None,
    rule_id: object = None,
    due_from: object = None,
    due_to: object = None,
) -> DeadlineFilters:
    """Filters from what a user typed, checked (`ValidationError` names the bad one). `status`
    "all" (or None) keeps every status."""
    if status in (None, "", "all"):
        statuses: tuple[str, ...] = ()
    else:
        statuses = (v.choice("status", status, DeadlineStatus).value,)
    days = v.count("within", within_days)
    if days is not None and days > MAX_WITHIN_DAYS:  # beyond it the date arithmetic overflows
        raise ValidationError(
            "within",
            N_("{days:,} days is too far; at most {most:,}"),
            days=days,
            most=MAX_WITHIN_DAYS,
        )
    chosen_route = None if route in (None, "") else v.choice("route", route, Route).value
    start = v.optional_date("from", due_from)
    end = v.optional_date("to", due_to)
    v.not_before("to", end, "from", start)
    return DeadlineFilters(
        statuses=statuses,
        overdue=bool(overdue),
        within_days=days,
        due_from=start,
        due_to=end,
        route=chosen_route,
        counsel=v.text("counsel", counsel) or None,
        jurisdiction=v.text("jurisdiction", jurisdiction).upper() or None,
        rule_id=v.text("rule", rule_id) or None,
    )


def _item(hit: q.DeadlineHit, today: date) -> DeadlineItem:
    route = Route(hit.route) if hit.route in Route._value2member_map_ else None
    return DeadlineItem(
        id=hit.id,
        case_id=hit.case_id,
        reference=hit.reference,
        case_title=hit.case_title,
        counsel=hit.counsel,
        title=hit.title,
        due_on=hit.due_on,
        status=DeadlineStatus(hit.status),
        completed_on=hit.completed_on,
        reason=hit.reason,
        rule_id=hit.rule_id,
        explanation=hit.explanation,
        jurisdiction=hit.jurisdiction,
        route=route,
        days_left=(hit.due_on - today).days,
    )


def deadline_listing(
    archive: Archive,
    filters: DeadlineFilters | None = None,
    today: date | None = None,
    page_size: int = PAGE_SIZE,
) -> DeadlineListing:
    """The deadlines `filters` keeps (default: the open ones), earliest due first."""
    chosen = filters or DeadlineFilters()
    day = today or clock.today()
    with archive.reading() as session:
        ids = q.deadline_ids(session, chosen, day)
        first = q.deadline_rows(session, ids[:page_size])
    return DeadlineListing(chosen, day, tuple(ids), tuple(_item(hit, day) for hit in first))


def deadline_page(
    archive: Archive, ids: Sequence[int], today: date | None = None
) -> list[DeadlineItem]:
    """The rows of these deadlines, in this order (any removed meanwhile left out)."""
    day = today or clock.today()
    with archive.reading() as session:
        return [_item(hit, day) for hit in q.deadline_rows(session, list(ids))]


def month_counts(
    archive: Archive,
    filters: DeadlineFilters,
    year: int,
    month: int,
    today: date | None = None,
    margin_days: int = 0,
) -> list[DayCount]:
    """How many deadlines `filters` keeps on each day of the month (and `margin_days` either
    side: a month grid shows the ends of the months around it), whatever its date filters."""
    first = date(year, month, 1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    with archive.reading() as session:
        return q.counts_by_day(
            session,
            filters,
            today or clock.today(),
            first - timedelta(days=margin_days),
            last + timedelta(days=margin_days),
        )


def filter_choices(archive: Archive) -> FilterChoices:
    """The counsel, jurisdictions and rules there are to filter by."""
    with archive.reading() as session:
        return q.filter_choices(session)

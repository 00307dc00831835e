"""What the case list holds, for the window and `casefile list` alike: the ids of the cases a
search and the filters leave, in the order chosen (a column, or best match first).

A filter keystroke must update the list of 100,000 cases within a few tens of milliseconds, and
sorting tens of thousands of found ids in SQL each time cannot (a temporary B-tree per query).
So the order of every case by a sort key is read once (one indexed query) and kept until the
archive changes; each filter's cases are read in SQL (one query per filter) and kept likewise,
the filters on are intersected, a search is one query with the filters in SQL; and the list is
the kept order narrowed to that set. "Until the archive changes" is told by the audit trail's
last row: every write adds one (store/audit.py), so nothing kept is ever stale.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlmodel import Session, col

from casefile import clock
from casefile.services.search import prepare, too_short_error
from casefile.store import repositories
from casefile.store.archive import Archive
from casefile.store.case_filters import CaseFilters, case_id_set, found_cases
from casefile.store.models import AuditEntry

RANKED = ""  # the sort key of "best match first" (a search's own order)
KEPT_FILTERS = 24  # single filters whose cases are kept (a set of up to 100,000 ids each)


@dataclass(frozen=True, slots=True)
class Listing:
    """The ids listed, in order; for a search, each found case's best-matching index document
    (`services.search.matches` words it)."""

    ids: list[int]
    matched: dict[int, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FilterChoices:
    """The values the case list's filters can take in this archive, sorted."""

    brands: list[str]
    counsel: list[str]
    tags: list[str]
    jurisdictions: list[str]


def filter_choices(archive: Archive) -> FilterChoices:
    """Every brand, counsel, tag and jurisdiction the archive's cases name (brand and counsel
    once whatever their ASCII case, as the filters compare them)."""
    with archive.reading() as session:
        connection = session.connection()

        def distinct(column: str) -> list[str]:
            rows = connection.exec_driver_sql(
                f"SELECT min({column}) FROM case_file WHERE {column} != '' "
                f"GROUP BY {column} COLLATE NOCASE"
            )
            return sorted((str(r[0]) for r in rows), key=str.casefold)

        def items(column: str) -> list[str]:
            rows = connection.exec_driver_sql(
                f"SELECT DISTINCT item.value FROM case_file, json_each(case_file.{column}) AS item"
            )
            return sorted((str(r[0]) for r in rows if r[0]), key=str.casefold)

        return FilterChoices(
            brands=distinct("brand"),
            counsel=distinct("responsible_counsel"),
            tags=items("tags"),
            jurisdictions=items("jurisdictions"),
        )


class CaseListing:
    """The case list's query, with the orders it has read kept (thread-safe: the window asks
    from a worker thread, a newer request may start before an older one ends)."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self._lock = threading.Lock()
        self._orders: dict[tuple[str, bool], list[int]] = {}
        self._sets: dict[tuple[CaseFilters, date], frozenset[int]] = {}  # in order of use
        self._as_of: int | None = None  # the audit trail's last row when the orders were read

    def ids(
        self,
        text: str = "",
        filters: CaseFilters | None = None,
        sort: str = "reference",
        descending: bool = False,
        today: date | None = None,
    ) -> Listing:
        """The cases listed. With `text`, those it finds (a ValidationError if too short to
        search), best first when `sort` is RANKED; else every case the filters leave."""
        filters = filters or CaseFilters()
        today = today or clock.today()
        with self.archive.reading() as session:
            if text.strip():
                query = prepare(text)
                if query.too_short:
                    raise too_short_error()
                found = found_cases(session, query, filters, today)
                matched = {case_id: doc for case_id, _score, doc in found}
                if sort == RANKED:
                    return Listing([case_id for case_id, _s, _d in found], matched)
                return Listing(self._narrowed(session, sort, descending, matched), matched)
            if sort == RANKED:
                sort = "reference"
            kept = self._filtered(session, filters, today)
            if kept is None:
                return Listing(list(self._order(session, sort, descending)))
            return Listing(self._narrowed(session, sort, descending, kept))

    def _filtered(
        self, session: Session, filters: CaseFilters, today: date
    ) -> frozenset[int] | None:
        """The cases the filters leave (None: no filter is on): each filter's cases read in SQL
        once per state of the archive and kept, so that adding a second filter, or going back
        to the first, reads nothing again."""
        kept: frozenset[int] | None = None
        self._check_as_of(session)
        for one in filters.one_by_one():
            key = (one, today)
            with self._lock:
                ids = self._sets.pop(key, None)
            if ids is None:
                ids = frozenset(case_id_set(session, one, today))
            with self._lock:
                self._sets[key] = ids  # the most recently used last
                while len(self._sets) > KEPT_FILTERS:
                    del self._sets[next(iter(self._sets))]
            kept = ids if kept is None else kept & ids
        return kept

    def _narrowed(
        self, session: Session, sort: str, descending: bool, kept: frozenset[int] | dict[int, int]
    ) -> list[int]:
        return [case_id for case_id in self._order(session, sort, descending) if case_id in kept]

    def _check_as_of(self, session: Session) -> int | None:
        """Forget what was kept if the archive has changed since; the audit trail's last row."""
        as_of = session.execute(select(func.max(col(AuditEntry.id)))).scalar()
        with self._lock:
            if as_of != self._as_of:
                self._orders.clear()
                self._sets.clear()
                self._as_of = as_of
        return as_of

    def _order(self, session: Session, sort: str, descending: bool) -> list[int]:
        """Every case by `sort`, read again only when the archive has changed."""
        as_of = self._check_as_of(session)
        with self._lock:
            order = self._orders.get((sort, descending))
        if order is None:
            order = repositories.case_ids(session, "", None, sort, descending)
            with self._lock:
                if as_of == self._as_of:
                    self._orders[(sort, descending)] = order
        return order

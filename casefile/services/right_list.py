"""Every right and customs recordal of the practice, with where each stands against its expiry
by the renewal rules (`rights.renewal_of`: valid, renew now, late, expired, and why), and the
cases that enforce it: what the Rights & Recordals view shows.

An archive holds few rights and many cases enforcing each (17 rights and 63,787 links on the
synthetic 100,000-case archive): the list counts the links in SQL, and `cases_of_right` reads
the newest `CASE_LIMIT` cases of the one right selected.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, text
from sqlmodel import Session

from casefile import clock
from casefile.domain import CaseStatus, RenewalState
from casefile.rules.renewals import Renewal
from casefile.services.rights import renewal_of
from casefile.store.archive import Archive
from casefile.store.models import CustomsRecordal, IPRight
from casefile.store.rows import RecordalRow, RightRow

CASE_LIMIT = 200  # open cases listed per right (all are counted)
# a state worth counsel's attention first: the worst first, then the soonest expiry
STATE_ORDER = {
    RenewalState.EXPIRED: 0,
    RenewalState.LATE: 1,
    RenewalState.RENEW_NOW: 2,
    RenewalState.VALID: 3,
}


@dataclass(frozen=True, slots=True)
class RecordalItem:
    recordal: RecordalRow
    renewal: Renewal | None  # None: no expiry recorded


@dataclass(frozen=True, slots=True)
class RightItem:
    """A right with its recordals, where each stands, and the cases enforcing it."""

    right: RightRow  # its `cases` left empty: see open_cases and case_count
    renewal: Renewal | None
    recordals: tuple[RecordalItem, ...]  # earliest expiry first
    case_count: int  # every case enforcing it
    open_count: int  # those not closed

    @property
    def attention(self) -> tuple[int, date]:
        """The most pressing state of the right or a recordal, and its expiry (for sorting)."""
        states = [r for r in (self.renewal, *(i.renewal for i in self.recordals)) if r]
        if not states:
            return len(STATE_ORDER), date.max
        worst = min(states, key=lambda r: (STATE_ORDER.get(r.state, 9), r.expires))
        return STATE_ORDER.get(worst.state, 9), worst.expires


def _rights(session: Session) -> list[RightRow]:
    """Every right with its recordals, without the references of the cases enforcing it
    (`repositories.rights_by_id` lists them all: 63,787 on the synthetic archive)."""
    recordals: dict[int, list[RecordalRow]] = defaultdict(list)
    for rec in session.scalars(select(CustomsRecordal)):
        recordals[rec.right_id].append(
            RecordalRow(rec.id or 0, rec.authority, rec.number, rec.valid_from, rec.valid_to)
        )
    return [
        RightRow(
            r.id or 0,
            r.kind,
            r.number,
            r.title,
            r.owner,
            r.jurisdiction,
            tuple(r.classes),
            r.valid_from,
            r.valid_to,
            tuple(recordals.get(r.id or 0, ())),
        )
        for r in session.scalars(select(IPRight))
    ]


def right_list(archive: Archive, today: date | None = None) -> list[RightItem]:
    """Every right, the most pressing first (expired, late, renew now, valid; then the
    soonest expiry; then by kind and number), each with its recordals and cases."""
    day = today or clock.today()
    with archive.reading() as session:
        connection = session.connection()
        rights = _rights(session)
        counts: dict[int, tuple[int, int]] = {
            right_id: (total, open_)
            for right_id, total, open_ in connection.execute(
                text(
                    "SELECT cr.right_id, count(*), "
                    "sum(CASE WHEN c.status != :closed THEN 1 ELSE 0 END) "
                    "FROM case_right cr JOIN case_file c ON c.id = cr.case_id "
                    "GROUP BY cr.right_id"
                ),
                {"closed": CaseStatus.CLOSED.value},
            )
        }
    items = []
    for bare in rights:
        recordals = sorted(
            (RecordalItem(r, renewal_of(bare, r, day)) for r in bare.recordals),
            key=lambda item: (item.recordal.valid_to, item.recordal.number),
        )
        total, open_count = counts.get(bare.id, (0, 0))
        items.append(
            RightItem(
                bare,
                renewal_of(bare, None, day),
                tuple(recordals),
                total,
                open_count or 0,
            )
        )
    return sorted(items, key=lambda i: (*i.attention, i.right.kind, i.right.number))


@dataclass(frozen=True, slots=True)
class RightCase:
    id: int
    reference: str
    title: str
    status: CaseStatus
    opened_on: date


def cases_of_right(archive: Archive, right_id: int, limit: int = CASE_LIMIT) -> list[RightCase]:
    """The cases enforcing right `right_id`, open ones first, newest first; at most `limit`."""
    with archive.reading() as session:
        found = session.connection().execute(
            text(
                "SELECT c.id, c.reference, c.title, c.status, c.opened_on FROM case_right cr "
                "JOIN case_file c ON c.id = cr.case_id WHERE cr.right_id = :right "
                "ORDER BY c.status = :closed, c.reference DESC LIMIT :limit"
            ),
            {"right": right_id, "closed": CaseStatus.CLOSED.value, "limit": limit},
        )
        return [
            RightCase(case_id, reference, title, CaseStatus(status), date.fromisoformat(opened))
            for case_id, reference, title, status, opened in found
        ]

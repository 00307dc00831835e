"""The dashboard's reads across the whole archive: each section selected in SQL (open deadlines
due in a span, counted on their index or read `LIMIT N`; pending customs proceedings; records
expiring before a day; infringers of more than one case active in a period; money summed per
route, currency and quarter), so that the rules run in `services/dashboard.py` only on the rows
that can matter.

Plain SQL through `text()`: on 100,000 cases SQLAlchemy's per-row type processing would cost more
than the queries. Dates come back as ISO text (SQLite) and are parsed here; the SQL itself is
portable (no strftime, no JSON functions). Repositories' rules apply: take a session, never
commit, return plain rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import bindparam, text
from sqlmodel import Session

from casefile.domain import (
    CaseStatus,
    DeadlineStatus,
    PartyRole,
    ProceedingEventKind,
    ProceedingStage,
    Route,
)

# A customs proceeding holds goods from the notice of suspected goods (or the detention on
# application) until they are released or the proceeding is decided or ended.
DETENTION_KINDS = (
    ProceedingEventKind.CUSTOMS_NOTICE,
    ProceedingEventKind.DETENTION_APPLIED,
    ProceedingEventKind.DETENTION,
)
FINISHED_STAGES = (ProceedingStage.DECIDED, ProceedingStage.CLOSED)


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _optional_day(value: Any) -> date | None:
    return None if value is None else _day(value)


class DeadlineHit(NamedTuple):
    id: int
    case_id: int
    reference: str
    case_title: str
    title: str
    due_on: date
    rule_id: str
    explanation: str
    jurisdiction: str
    proceeding_id: int | None
    route: str  # "" when the deadline belongs to no proceeding


def open_deadlines_until(session: Session, until: date) -> list[DeadlineHit]:
    """Open deadlines due on or before `until` (overdue ones included), earliest first."""
    return open_deadlines_between(session, None, until)


# Open deadlines due in a span: the (status, due_on) index of migration 0009 reads only these.
_OPEN_DUE_BETWEEN = "d.status = :open AND d.due_on >= :first AND d.due_on <= :last"


def _span(first: date | None, last: date) -> dict[str, Any]:
    return {
        "open": DeadlineStatus.OPEN.value,
        "first": (first or date.min).isoformat(),
        "last": last.isoformat(),
    }


def open_deadlines_between(
    session: Session, first: date | None, last: date, limit: int | None = None
) -> list[DeadlineHit]:
    """Open deadlines due from `first` (None: any day before) to `last`, both included,
    earliest first; only the first `limit` of them when given (read no further)."""
    rows = session.connection().execute(
        text(
            "SELECT d.id, d.case_id, c.reference, c.title, d.title, d.due_on, d.rule_id, "
            "d.explanation, d.jurisdiction, d.proceeding_id, coalesce(p.route, '') "
            "FROM deadline d JOIN case_file c ON c.id = d.case_id "
            "LEFT JOIN proceeding p ON p.id = d.proceeding_id "
            f"WHERE {_OPEN_DUE_BETWEEN} ORDER BY d.due_on, c.reference, d.id"
            + ("" if limit is None else " LIMIT :limit")
        ),
        {**_span(first, last), "limit": limit},
    )
    return [DeadlineHit._make((*row[:5], _day(row[5]), *row[6:10], row[10] or "")) for row in rows]


def count_open_deadlines(session: Session, first: date | None, last: date) -> int:
    """How many `open_deadlines_between(first, last)` lists, counted on the index alone."""
    found = session.connection().execute(
        text(f"SELECT count(*) FROM deadline d WHERE {_OPEN_DUE_BETWEEN}"), _span(first, last)
    )
    return int(found.scalar_one())


class DetentionHit(NamedTuple):
    proceeding_id: int
    case_id: int
    reference: str
    case_title: str
    authority: str
    authority_ref: str
    jurisdiction: str
    stage: str
    held_since: date  # the latest notice or detention
    held_by: str  # that event's kind


class ResponseHit(NamedTuple):
    proceeding_id: int
    deadline_id: int
    title: str
    due_on: date
    rule_id: str
    explanation: str


# Customs proceedings not ended: the (route, ended_on) index of migration 0009 reads only these.
_CUSTOMS_NOT_ENDED = "p.route = :customs AND p.ended_on IS NULL"


def open_detentions(session: Session) -> tuple[list[DetentionHit], list[ResponseHit]]:
    """Customs proceedings still holding goods (not ended, not decided, case not closed, a
    notice or detention recorded and no release on or after the last of them), and their open
    deadlines, earliest first."""
    params: dict[str, Any] = {
        "customs": Route.CUSTOMS.value,
        "finished": [s.value for s in FINISHED_STAGES],
        "closed": CaseStatus.CLOSED.value,
        "kinds": [k.value for k in (*DETENTION_KINDS, ProceedingEventKind.RELEASE)],
    }
    connection = session.connection()
    pending = {
        row[0]: row
        for row in connection.execute(
            text(
                "SELECT p.id, p.case_id, c.reference, c.title, p.authority, p.authority_ref, "
                "p.jurisdiction, p.stage FROM proceeding p JOIN case_file c ON c.id = p.case_id "
                f"WHERE {_CUSTOMS_NOT_ENDED} AND p.stage NOT IN :finished AND c.status != :closed"
            ).bindparams(bindparam("finished", expanding=True)),
            params,
        )
    }
    events = connection.execute(
        text(
            "SELECT e.proceeding_id, e.kind, e.occurred_on FROM proceeding p "
            "JOIN proceeding_event e ON e.proceeding_id = p.id "
            f"WHERE {_CUSTOMS_NOT_ENDED} AND e.kind IN :kinds "
            "ORDER BY e.proceeding_id, e.occurred_on, e.id"
        ).bindparams(bindparam("kinds", expanding=True)),
        params,
    )
    held: dict[int, DetentionHit] = {}
    for proceeding_id, kind, on in events:
        row = pending.get(proceeding_id)
        if row is None:
            continue
        if kind == ProceedingEventKind.RELEASE:
            held.pop(proceeding_id, None)  # released: held again only by a later detention
        else:
            held[proceeding_id] = DetentionHit._make((*row, _day(on), kind))
    # The status is checked here, not in SQL: with it there, a planner without statistics may
    # walk every open deadline instead of the few of these proceedings.
    responses = connection.execute(
        text(
            "SELECT d.proceeding_id, d.id, d.title, d.due_on, d.rule_id, d.explanation, d.status "
            "FROM proceeding p JOIN deadline d ON d.proceeding_id = p.id "
            f"WHERE {_CUSTOMS_NOT_ENDED} ORDER BY d.due_on, d.id"
        ),
        params,
    )
    due = [
        ResponseHit(r[0], r[1], r[2], _day(r[3]), r[4], r[5])
        for r in responses
        if r[0] in held and r[6] == DeadlineStatus.OPEN
    ]
    return list(held.values()), due


class ExpiringHit(NamedTuple):
    right_id: int
    recordal_id: int | None  # None: the right's own registration
    kind: str
    number: str
    title: str
    jurisdiction: str
    authority: str  # the recordal's (customs)
    recordal_number: str
    expires: date


def expiring_records(session: Session, since: date, until: date) -> list[ExpiringHit]:
    """Rights and customs recordals whose validity ends between `since` and `until`."""
    params = {"since": since.isoformat(), "until": until.isoformat()}
    connection = session.connection()
    rights = connection.execute(
        text(
            "SELECT r.id, NULL, r.kind, r.number, r.title, r.jurisdiction, '', '', r.valid_to "
            "FROM ip_right r WHERE r.valid_to BETWEEN :since AND :until"
        ),
        params,
    )
    recordals = connection.execute(
        text(
            "SELECT r.id, rc.id, r.kind, r.number, r.title, r.jurisdiction, rc.authority, "
            "rc.number, rc.valid_to FROM customs_recordal rc JOIN ip_right r ON r.id = rc.right_id "
            "WHERE rc.valid_to BETWEEN :since AND :until"
        ),
        params,
    )
    found = [ExpiringHit._make((*row[:8], _day(row[8]))) for row in [*rights, *recordals]]
    return sorted(found, key=lambda hit: (hit.expires, hit.number, hit.recordal_id or 0))


class RightCases(NamedTuple):
    cases: int  # every case enforcing the right
    open_cases: tuple[tuple[int, str], ...]  # (id, reference) of those not closed, by reference


def cases_of_rights(session: Session, right_ids: Sequence[int]) -> dict[int, RightCases]:
    """How many cases enforce each right, and which of them are not closed."""
    if not right_ids:
        return {}
    ids: Any = bindparam("ids", expanding=True)
    connection = session.connection()
    counts: dict[int, int] = dict(
        connection.execute(
            text(
                "SELECT right_id, count(*) FROM case_right WHERE right_id IN :ids GROUP BY right_id"
            ).bindparams(ids),
            {"ids": list(right_ids)},
        ).all()
    )
    found: dict[int, list[tuple[int, str]]] = {}
    for right_id, case_id, reference in connection.execute(
        text(
            "SELECT cr.right_id, c.id, c.reference FROM case_right cr "
            "JOIN case_file c ON c.id = cr.case_id WHERE cr.right_id IN :ids "
            "AND c.status != :closed ORDER BY c.reference"
        ).bindparams(ids),
        {"ids": list(right_ids), "closed": CaseStatus.CLOSED.value},
    ):
        found.setdefault(right_id, []).append((case_id, reference))
    return {
        right_id: RightCases(count, tuple(found.get(right_id, ())))
        for right_id, count in counts.items()
    }


class RepeatHit(NamedTuple):
    party_id: int
    name: str
    cases: int  # the cases it is an infringer in
    case_id: int  # one of them active in the period
    reference: str


class ActivityHit(NamedTuple):
    case_id: int
    on: date
    what: str  # "opened" or a proceeding event's kind


def active_cases(session: Session, first: date, last: date) -> list[ActivityHit]:
    """What happened between `first` and `last`: cases opened, proceeding events dated then."""
    rows = session.connection().execute(
        text(
            "SELECT id, opened_on, 'opened' FROM case_file "
            "WHERE opened_on BETWEEN :first AND :last "
            "UNION ALL SELECT p.case_id, e.occurred_on, e.kind FROM proceeding_event e "
            "JOIN proceeding p ON p.id = e.proceeding_id "
            "WHERE e.occurred_on BETWEEN :first AND :last"
        ),
        {"first": first.isoformat(), "last": last.isoformat()},
    )
    return [ActivityHit(row[0], _day(row[1]), row[2]) for row in rows]


def repeat_infringers(session: Session, first: date, last: date) -> list[RepeatHit]:
    """Infringers of more than one case with a case active between `first` and `last` (as
    `active_cases`), one row per such active case; driven by the active cases (few), the
    cases counted on the (role, party_id, case_id) index of migration 0009."""
    rows = session.connection().execute(
        text(
            "WITH active AS (SELECT id AS case_id FROM case_file "
            "WHERE opened_on BETWEEN :first AND :last "
            "UNION SELECT p.case_id FROM proceeding_event e "
            "JOIN proceeding p ON p.id = e.proceeding_id "
            "WHERE e.occurred_on BETWEEN :first AND :last), "
            "seen AS (SELECT DISTINCT cp.party_id, cp.case_id FROM active a "
            "JOIN case_party cp ON cp.case_id = a.case_id WHERE cp.role = :infringer), "
            "repeat AS (SELECT cp.party_id, count(DISTINCT cp.case_id) AS cases "
            "FROM case_party cp WHERE cp.role = :infringer "
            "AND cp.party_id IN (SELECT party_id FROM seen) "
            "GROUP BY cp.party_id HAVING count(DISTINCT cp.case_id) > 1) "
            "SELECT r.party_id, pa.name, r.cases, s.case_id, c.reference FROM repeat r "
            "JOIN seen s ON s.party_id = r.party_id JOIN party pa ON pa.id = r.party_id "
            "JOIN case_file c ON c.id = s.case_id ORDER BY r.party_id, c.reference"
        ),
        {
            "first": first.isoformat(),
            "last": last.isoformat(),
            "infringer": PartyRole.INFRINGER.value,
        },
    )
    return [RepeatHit._make(row) for row in rows]


class MoneySum(NamedTuple):
    route: str  # "" for entries recorded on no proceeding
    currency: str
    quarter: int  # index into the quarters asked for
    direction: str
    bond_status: str | None
    amount_minor: int
    entries: int


def money_by_quarter(session: Session, starts: Sequence[date], end: date) -> list[MoneySum]:
    """Money entries summed per route, currency, quarter (index of the last of `starts` on or
    before the entry's date), direction and bond status, for entries from `starts[0]` to
    `end`; the quarter is a CASE over bound dates, so the SQL stays portable."""
    params: dict[str, Any] = {"end": end.isoformat()}
    cases = []
    for index, start in reversed(list(enumerate(starts))):
        params[f"q{index}"] = start.isoformat()
        cases.append(f"WHEN m.occurred_on >= :q{index} THEN {index}")
    quarter = f"CASE {' '.join(cases)} END"
    rows = session.connection().execute(
        text(
            f"SELECT coalesce(p.route, ''), m.currency, {quarter} AS quarter, m.direction, "
            "m.bond_status, sum(m.amount_minor), count(*) FROM money_entry m "
            "LEFT JOIN proceeding p ON p.id = m.proceeding_id "
            "WHERE m.occurred_on >= :q0 AND m.occurred_on <= :end "
            "GROUP BY 1, 2, 3, 4, 5"
        ),
        params,
    )
    return [MoneySum(*row) for row in rows]


class TransferStepHit(NamedTuple):
    transfer_id: int
    case_id: int
    reference: str
    case_title: str
    authority: str
    step: str
    occurred_on: date


def transfer_steps_of_open_cases(session: Session) -> list[TransferStepHit]:
    """Every step of every transfer of a case not closed, each transfer's in recorded order."""
    rows = session.connection().execute(
        text(
            "SELECT t.id, t.case_id, c.reference, c.title, t.authority, s.step, s.occurred_on "
            "FROM transfer_record t JOIN case_file c ON c.id = t.case_id "
            "JOIN transfer_step s ON s.transfer_id = t.id WHERE c.status != :closed "
            "ORDER BY t.id, s.occurred_on, s.id"
        ),
        {"closed": CaseStatus.CLOSED.value},
    )
    return [TransferStepHit._make((*row[:6], _day(row[6]))) for row in rows]


def case_names(session: Session, case_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """(reference, title) of each case."""
    if not case_ids:
        return {}
    rows = session.connection().execute(
        text("SELECT id, reference, title FROM case_file WHERE id IN :ids").bindparams(
            bindparam("ids", expanding=True)
        ),
        {"ids": list(case_ids)},
    )
    return {case_id: (reference, title) for case_id, reference, title in rows}

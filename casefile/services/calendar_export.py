"""Deadlines to calendars (`casefile export-ics`, the Deadlines view's and a case's Export
Calendar…): the deadlines chosen, read with their case, rule and recorded changes, written as an
.ics file by `export/calendar.py`.

Which deadlines: those a filter keeps (the Deadlines view's), or by default every open deadline
and the done or waived ones due from today on, so that a deadline done or waived since the last
export updates the event a calendar already holds (cancelled, its reminders gone). Past deadlines
that are done or waived are of no use in a calendar and left out.

Each event's UID is `deadline-<archive>-<id>@casefile`: `<archive>` the first 16 hex digits of the
hash of the archive's first audit row (store/chain.py), which never changes once written and goes
along with the archive when it is copied, backed up and restored; so a re-export, from a copy too,
updates the events instead of duplicating them, and two archives never share a UID.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, text
from sqlmodel import Session

from casefile import clock
from casefile.domain import DeadlineStatus
from casefile.errors import CasefileError
from casefile.export.calendar import ZONES, CalendarEvent, write_calendar, zone_of
from casefile.rules.deadlines import DeadlineRule, shipped_rule_book
from casefile.store import deadline_queries as q
from casefile.store import repositories
from casefile.store.archive import Archive
from casefile.store.deadline_queries import DeadlineFilters, DeadlineHit
from casefile.words import N_

CHUNK = 500  # ids per query


@dataclass(frozen=True, slots=True)
class CalendarExport:
    path: Path
    events: int
    open_events: int
    time_zone: str


@dataclass(frozen=True, slots=True)
class _History:
    changes: int  # recorded updates: the event's SEQUENCE
    created: datetime | None
    modified: datetime | None


def export_calendar(
    archive: Archive,
    out: Path,
    filters: DeadlineFilters | None = None,
    case_reference: str | None = None,
    today: date | None = None,
) -> CalendarExport:
    """Write the deadlines `filters` keeps (default: see the module docstring), only those of
    the case `case_reference` if given, to the .ics file `out`."""
    day = today or clock.today()
    with archive.reading() as session:
        case_id = None
        name = archive.path.stem
        if case_reference:
            case = repositories.case_by_reference(session, case_reference)
            case_id, name = case.id, f"{case.reference} {case.title}"
        if filters is None:
            hits = _default_hits(session, case_id, day)
        else:
            chosen = replace(filters, case_id=case_id) if case_id is not None else filters
            hits = _hits(session, q.deadline_ids(session, chosen, day))
        ids = [h.id for h in hits]
        reminders = _reminders(session, ids)
        history = _histories(session, ids, case_id)
        key = _archive_key(session)
    jurisdiction = _main_jurisdiction(hits)
    book = shipped_rule_book().rules
    events = [
        _event(hit, key, reminders.get(hit.id, ()), history.get(hit.id), book.get(hit.rule_id))
        for hit in hits
    ]
    try:
        write_calendar(Path(out), events, f"Casefile — {name}", jurisdiction)
    except OSError as exc:
        raise CasefileError(
            N_("{path} could not be written: {problem}"), path=out, problem=exc.strerror or exc
        ) from None
    return CalendarExport(
        Path(out), len(events), sum(not e.cancelled for e in events), zone_of(jurisdiction)
    )


def _default_hits(session: Session, case_id: int | None, today: date) -> list[DeadlineHit]:
    still_open = DeadlineFilters(case_id=case_id)
    ended = DeadlineFilters(
        statuses=(DeadlineStatus.DONE.value, DeadlineStatus.WAIVED.value),
        due_from=today,
        case_id=case_id,
    )
    ids = q.deadline_ids(session, still_open, today) + q.deadline_ids(session, ended, today)
    hits = _hits(session, ids)
    return sorted(hits, key=lambda h: (h.due_on, h.id))


def _hits(session: Session, ids: Sequence[int]) -> list[DeadlineHit]:
    found: list[DeadlineHit] = []
    for start in range(0, len(ids), CHUNK):
        found += q.deadline_rows(session, ids[start : start + CHUNK])
    return found


def _reminders(session: Session, ids: Sequence[int]) -> dict[int, tuple[int, ...]]:
    found: dict[int, tuple[int, ...]] = {}
    statement = text("SELECT id, reminder_days FROM deadline WHERE id IN :ids").bindparams(
        bindparam("ids", expanding=True)
    )
    for start in range(0, len(ids), CHUNK):
        for row_id, days in session.connection().execute(
            statement, {"ids": list(ids[start : start + CHUNK])}
        ):
            found[row_id] = _days(days)
    return found


def _days(raw: Any) -> tuple[int, ...]:
    try:
        days = json.loads(raw) if isinstance(raw, str) else raw
        return tuple(int(d) for d in days or () if 0 <= int(d) <= 3660)
    except (TypeError, ValueError):
        return ()


def _histories(session: Session, ids: Sequence[int], case_id: int | None) -> dict[int, _History]:
    """Each deadline's recorded changes: how many updates, its first and last audit times."""
    where = "table_name = 'deadline'"
    params: dict[str, Any] = {}
    if case_id is not None:  # the case's rows only (indexed), not the whole trail
        where += " AND case_id = :case_id"
        params["case_id"] = case_id
    rows = session.connection().execute(
        text(
            "SELECT row_id, sum(action = 'update'), min(at), max(at) FROM audit_entry "
            f"WHERE {where} GROUP BY row_id"
        ),
        params,
    )
    wanted = set(ids)
    found: dict[int, _History] = {}
    for row_id, changes, first, last in rows:
        if row_id.isdigit() and int(row_id) in wanted:
            found[int(row_id)] = _History(int(changes or 0), _moment(first), _moment(last))
    return found


def _moment(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


def _archive_key(session: Session) -> str:
    """The first audit row's hash, cut short: this archive's lasting identity."""
    row = (
        session.connection()
        .execute(text("SELECT row_hash FROM audit_entry ORDER BY id LIMIT 1"))
        .first()
    )
    return str(row[0])[:16] if row and row[0] else "archive"


def _main_jurisdiction(hits: Sequence[DeadlineHit]) -> str:
    """The jurisdiction most of the deadlines were counted in: the calendar's time zone."""
    counted = Counter(h.jurisdiction.upper() for h in hits if h.jurisdiction.upper() in ZONES)
    return counted.most_common(1)[0][0] if counted else "CN"


def _event(
    hit: DeadlineHit,
    key: str,
    reminders: tuple[int, ...],
    history: _History | None,
    rule: DeadlineRule | None,
) -> CalendarEvent:
    status = DeadlineStatus(hit.status)
    summary = f"{hit.title} — {hit.reference}"
    if status is not DeadlineStatus.OPEN:
        summary = f"[{status.value}] {summary}"
    lines = [f"Case {hit.reference}: {hit.case_title}"]
    if hit.counsel:
        lines.append(f"Counsel: {hit.counsel}")
    if hit.route:
        lines.append(f"Route: {hit.route}")
    if rule is not None:
        lines.append(f"Rule: {rule.title} ({rule.id})")
        lines.append(f"Source: {rule.source}")
    elif hit.rule_id:
        lines.append(f"Rule: {hit.rule_id}")
    else:
        lines.append("Added by hand (no rule)")
    where = hit.jurisdiction.upper() or "CN"
    lines.append(
        f"Due by the end of {hit.due_on.isoformat()} ({zone_of(where)}, counted on the "
        f"calendar of {where})"
        if hit.jurisdiction
        else f"Due by the end of {hit.due_on.isoformat()}"
    )
    if status is DeadlineStatus.DONE:
        done_on = f" on {hit.completed_on.isoformat()}" if hit.completed_on else ""
        lines.append(f"Done{done_on}" + (f": {hit.reason}" if hit.reason else ""))
    elif status is DeadlineStatus.WAIVED:
        lines.append("Waived" + (f": {hit.reason}" if hit.reason else ""))
    if hit.explanation:
        lines += ["", hit.explanation]
    modified = (history.modified if history else None) or datetime(2000, 1, 1)
    return CalendarEvent(
        uid=f"deadline-{key}-{hit.id}@casefile",
        summary=summary,
        due_on=hit.due_on,
        description="\n".join(lines),
        cancelled=status is not DeadlineStatus.OPEN,
        sequence=history.changes if history else 0,
        created=history.created if history else None,
        last_modified=modified,
        reminder_days=reminders,
        categories=("Casefile", hit.reference),
    )

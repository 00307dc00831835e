"""Whole-archive evaluation: every case's criminal-threshold flag and every proceeding event's
statutory due dates, fast enough to run over a hundred thousand cases in about a second.

It gives the same answers as the explained, per-case paths (`assessment.case_rules`,
`deadline_generation`) — tests hold it to that — without building their explanations.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from casefile import clock
from casefile.rules.deadlines import RuleBook, rules_for_event, shipped_rule_book
from casefile.rules.triggers import RESTARTS, history
from casefile.rules.working_days import due_date
from casefile.services.assessment import flagged_case_ids
from casefile.services.deadline_generation import calendar_code, current_settings
from casefile.store.archive import Archive


@dataclass(frozen=True, slots=True)
class ArchiveReview:
    cases: int
    flagged: tuple[int, ...]  # suspicion reached, not transferred
    events: int
    due: dict[tuple[int, str], date]  # (event id, rule id) → due date


# Each event with its proceeding's route and jurisdiction (the case's first when the proceeding
# names none, as deadline generation does).
EVENTS_SQL = """
SELECT e.id, e.proceeding_id, e.kind, e.occurred_on, p.route,
       coalesce(nullif(p.jurisdiction, ''), json_extract(c.jurisdictions, '$[0]'), '')
FROM proceeding_event e
JOIN proceeding p ON p.id = e.proceeding_id
JOIN case_file c ON c.id = p.case_id
WHERE e.kind IN ({kinds})
ORDER BY e.proceeding_id
"""


def _relevant_kinds(book: RuleBook) -> list[str]:
    kinds: set[str] = set(RESTARTS)
    for rule in book.rules.values():
        if rule.starts_on is not None:
            kinds |= rule.starts_on.kinds
    return sorted(kinds)


def review_archive(archive: Archive, today: date | None = None) -> ArchiveReview:
    today = today or clock.today()
    settings = current_settings(archive)
    book = shipped_rule_book()
    flagged = flagged_case_ids(archive, today)
    # Plain SQL: SQLAlchemy's row processing would cost more than the rules themselves.
    events: dict[int, list[tuple[int, str, date]]] = defaultdict(list)
    proceedings: dict[int, tuple[str, str]] = {}
    with archive.reading() as session:
        connection = session.connection()
        case_count = connection.exec_driver_sql("SELECT count(*) FROM case_file").scalar() or 0
        # Only the kinds that start a rule or are a condition of one matter; the rows are
        # fetched in one go from the driver (no per-row processing).
        kinds = ", ".join(f"'{kind}'" for kind in _relevant_kinds(book))
        rows = connection.exec_driver_sql(EVENTS_SQL.format(kinds=kinds)).cursor.fetchall()
        for event_id, proceeding_id, kind, occurred_on, route, jurisdiction in rows:
            events[proceeding_id].append((event_id, kind, date.fromisoformat(occurred_on)))
            proceedings[proceeding_id] = (route, jurisdiction)
    due: dict[tuple[int, str], date] = {}
    event_count = 0
    for proceeding_id, recorded in events.items():
        route, jurisdiction = proceedings[proceeding_id]
        event_count += len(recorded)
        if not jurisdiction:
            continue  # no law to apply (as deadline generation does)
        for event_id, kind, occurred_on in recorded:
            if kind not in book.by_event:
                continue
            earlier, before = history(recorded, event_id, occurred_on)
            for rule in rules_for_event(kind, route, jurisdiction, earlier, book, before):
                code, _ = calendar_code(rule, jurisdiction)
                due[(event_id, rule.id)] = due_date(rule.id, occurred_on, code, settings, book)
    return ArchiveReview(case_count, tuple(flagged), event_count, due)

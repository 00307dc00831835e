"""The case list's first page read with the standard library's sqlite3 alone, for the window's
start: importing SQLAlchemy, SQLModel and the models costs ~0.8 s, and the list can be shown
before they are in.

It reads what `repositories.case_ids` and `repositories.case_summaries` read, for the orders
and the status filter a list starts with, on an archive already at this version's schema; for
anything else (a newer or older archive, another order, a locked or broken file) it answers
None and the window waits for the archive to open as before. It never writes: the file is
opened read-only. `tests/core/test_first_page.py` holds it equal to the ORM's queries.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from casefile.domain import CaseStatus, Priority
from casefile.store.migrations import SCHEMA_HEAD
from casefile.store.rows import CaseSummary

DB_NAME = "archive.sqlite"  # as store/archive.py names it (not imported: it loads SQLAlchemy)
PAGE_SIZE = 200


def _ranked(values: dict[str, int], otherwise: int) -> str:
    """A CASE expression ranking the stored text as `repositories._sort_expression` does."""
    whens = " ".join(f"WHEN '{value}' THEN {rank}" for value, rank in values.items())
    return f"CASE {{column}} {whens} ELSE {otherwise} END"


_STATUS_RANK = {s.value: n for n, s in enumerate(CaseStatus)}
_PRIORITY_RANK = {p.value: n for n, p in enumerate(Priority)}
# the orders read here (the case list's sort keys), as repositories.case_ids orders them
SORT_SQL = {
    "reference": "c.reference",
    "title": "c.title",
    "brand": "c.brand",
    "opened_on": "c.opened_on",
    "counsel": "c.responsible_counsel",
    "status": _ranked(_STATUS_RANK, len(_STATUS_RANK)).format(column="c.status"),
    "priority": _ranked(_PRIORITY_RANK, 1).format(column="c.priority"),
}

_SUMMARY_SQL = """
SELECT c.id, c.reference, c.title, c.brand, c.status, c.priority, c.responsible_counsel,
       c.opened_on, c.jurisdictions,
       (SELECT group_concat(DISTINCT p.route) FROM proceeding p WHERE p.case_id = c.id),
       (SELECT min(d.due_on) FROM deadline d WHERE d.case_id = c.id AND d.status = 'open'),
       (SELECT count(e.id) FROM evidence_item e WHERE e.case_id = c.id)
FROM case_file c WHERE c.id IN ({marks})
"""


@dataclass(frozen=True, slots=True)
class FirstPage:
    """Every case id in the list's order, and the summaries of the first `PAGE_SIZE`."""

    ids: list[int]
    rows: list[CaseSummary]
    sort: str
    descending: bool
    status: str


def readable(sort: str, status: str) -> bool:
    """Whether a list in this order and with this status filter can be read here."""
    return sort in SORT_SQL and (not status or status in _STATUS_RANK)


def read_first_page(
    folder: Path, sort: str = "reference", descending: bool = True, status: str = ""
) -> FirstPage | None:
    """The list of the archive at `folder` as it starts, or None where only the archive's own
    opening can tell (see the module's docstring)."""
    db = Path(folder) / DB_NAME
    if not readable(sort, status) or not db.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=0.2)
    except sqlite3.Error:
        return None
    try:
        return _read(connection, sort, descending, status)
    except sqlite3.Error:
        return None  # locked, being migrated, damaged: the archive's opening will say
    finally:
        connection.close()


def _read(
    connection: sqlite3.Connection, sort: str, descending: bool, status: str
) -> FirstPage | None:
    version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if version is None or version[0] != SCHEMA_HEAD:
        return None  # to be migrated (or too new): opening the archive does that, or refuses
    order = SORT_SQL[sort] + (" DESC" if descending else "")
    where = "WHERE c.status = ?" if status else ""
    query = f"SELECT c.id FROM case_file c {where} ORDER BY {order}, c.id"
    ids = [row[0] for row in connection.execute(query, (status,) if status else ())]
    first = ids[:PAGE_SIZE]
    found: dict[int, CaseSummary] = {}
    if first:
        marks = ",".join("?" * len(first))
        for row in connection.execute(_SUMMARY_SQL.format(marks=marks), first):
            found[row[0]] = _summary(row)
    return FirstPage(ids, [found[i] for i in first if i in found], sort, descending, status)


def _summary(row: tuple[object, ...]) -> CaseSummary:
    routes, next_due = row[9], row[10]
    return CaseSummary(
        id=int(str(row[0])),
        reference=str(row[1]),
        title=str(row[2]),
        brand=str(row[3]),
        status=str(row[4]),
        priority=str(row[5]),
        responsible_counsel=str(row[6]),
        opened_on=date.fromisoformat(str(row[7])),
        jurisdictions=tuple(json.loads(str(row[8]))) if row[8] else (),
        routes=tuple(sorted(str(routes).split(","))) if routes else (),
        next_deadline=date.fromisoformat(str(next_due)) if next_due else None,
        evidence_count=int(str(row[11])),
    )

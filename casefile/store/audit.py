"""The audit trail: every insert, update and delete a session flushes is recorded in the same
transaction, with who did it and the values before → after.

Each row also records the case it belongs to (`case_id`), worked out when it is written, while
the row and its parents are still there to ask: a case's own records carry their case; an
event, a custody entry, an evidence file or a transfer step reach it through their parent (read
from the session when the parent is written or removed in the same flush). Parties and rights
(with their identifiers and recordals) are shared between cases: their rows record the case
the change was made in, if the service named one (`CASE_KEY`, set by `services.base.load_case`),
and `shared_record` ("party:12", "right:5"), so a case's history also finds the changes made to
them elsewhere while they were linked to it (services/history.py). Working this out at write
time, rather than when the history is read, is what keeps it right for rows since removed.

The rows are links of a hash chain, appended by `store.chain.append` (see there).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session
from sqlmodel import SQLModel

from casefile.domain import AuditAction, RecordKind
from casefile.store import chain
from casefile.store.models import EvidenceItem, Proceeding, TransferRecord, utcnow

ACTOR_KEY = "casefile.actor"
CASE_KEY = "casefile.case_id"  # the case a unit of work acts in, for rows of shared records

# Rows that reach their case through a parent row: (parent model, the column naming it).
PARENTS: dict[str, tuple[type[SQLModel], str]] = {
    "proceeding_event": (Proceeding, "proceeding_id"),
    "evidence_file": (EvidenceItem, "evidence_id"),
    "custody_event": (EvidenceItem, "evidence_id"),
    "transfer_step": (TransferRecord, "transfer_id"),
}
# Rows of records shared between cases, and links to them: (prefix, the column naming the record).
SHARED: dict[str, tuple[str, str]] = {
    "party": ("party", "id"),
    "party_identifier": ("party", "party_id"),
    "case_party": ("party", "party_id"),
    "party_merge": ("party", "keep_id"),  # a merge shows where the kept party is linked
    "ip_right": ("right", "id"),
    "customs_recordal": ("right", "right_id"),
    "case_right": ("right", "right_id"),
}


def _plain(value: Any) -> Any:
    """A JSON-safe copy of a column value."""
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return json.loads(json.dumps(value, default=str))


def _row_id(obj: Any) -> str:
    key = inspect(obj).mapper.primary_key_from_instance(obj)
    return ",".join("" if part is None else str(part) for part in key)


class _CaseOf:
    """The case each flushed row belongs to (see the module doc)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        # Parents written or removed in this flush are asked here: a removed one is gone from
        # the database by now, and a new one may not be in the identity map yet.
        self.flushed = {
            (type(obj), getattr(obj, "id", None)): obj
            for obj in (*session.new, *session.dirty, *session.deleted)
        }

    def __call__(self, obj: SQLModel) -> tuple[int | None, str]:
        table = str(obj.__tablename__)
        shared = ""
        if table in SHARED:
            prefix, column = SHARED[table]
            shared = f"{prefix}:{getattr(obj, column)}"
        if table == RecordKind.CASE:
            return getattr(obj, "id", None), shared
        if hasattr(obj, "case_id"):
            return getattr(obj, "case_id", None), shared
        if table in PARENTS:
            model, column = PARENTS[table]
            return self._parent_case(model, getattr(obj, column)), shared
        return self.session.info.get(CASE_KEY), shared

    def _parent_case(self, model: type[SQLModel], parent_id: int | None) -> int | None:
        parent = self.flushed.get((model, parent_id))
        if parent is not None:
            return getattr(parent, "case_id", None)
        table = model.__table__  # type: ignore[attr-defined]
        query = select(table.c.case_id).where(table.c.id == parent_id)
        found: int | None = self.session.connection().execute(query).scalar()
        return found


def _audit_rows(session: Session) -> list[dict[str, Any]]:
    actor = session.info.get(ACTOR_KEY, "unknown")
    at = utcnow()
    rows: list[dict[str, Any]] = []
    case_of = _CaseOf(session)

    def add(obj: Any, action: AuditAction, changes: dict[str, Any]) -> None:
        case_id, shared = case_of(obj)
        rows.append(
            {
                "at": at,
                "actor": actor,
                "table_name": obj.__tablename__,
                "row_id": _row_id(obj),
                "action": action,
                "case_id": case_id,
                "shared_record": shared,
                "changes": changes,
            }
        )

    for obj in session.new:
        state = inspect(obj)
        add(obj, AuditAction.INSERT, {a.key: _plain(a.value) for a in state.attrs})
    for obj in session.dirty:
        state = inspect(obj)
        changed = {}
        for attr in state.attrs:
            hist = attr.history
            if hist.has_changes():
                before = hist.deleted[0] if hist.deleted else None
                after = hist.added[0] if hist.added else None
                changed[attr.key] = [_plain(before), _plain(after)]
        if changed:
            add(obj, AuditAction.UPDATE, changed)
    for obj in session.deleted:
        state = inspect(obj)
        add(obj, AuditAction.DELETE, {a.key: _plain(a.loaded_value) for a in state.attrs})
    return rows


@event.listens_for(Session, "after_flush")
def _write_audit(session: Session, flush_context: Any) -> None:
    # after_flush still sees the pre-flush new/dirty/deleted sets and attribute history, and new
    # rows already have their ids; writing through the connection keeps it in the transaction.
    # The rows are appended to the hash chain (store/chain.py): the last row is read here, after
    # the flush wrote the change, so this transaction already holds the write lock.
    rows = _audit_rows(session)
    if rows:
        chain.append(session.connection(), rows)

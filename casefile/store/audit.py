"""The audit trail: every insert, update and delete a session flushes is recorded in the same
transaction, with who did it and the values before → after."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session

from casefile.store.models import AuditEntry, utcnow

ACTOR_KEY = "casefile.actor"


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


def _audit_rows(session: Session) -> list[dict[str, Any]]:
    actor = session.info.get(ACTOR_KEY, "unknown")
    at = utcnow()
    rows: list[dict[str, Any]] = []

    def add(obj: Any, action: str, changes: dict[str, Any]) -> None:
        rows.append(
            {
                "at": at,
                "actor": actor,
                "table_name": obj.__tablename__,
                "row_id": _row_id(obj),
                "action": action,
                "changes": changes,
            }
        )

    for obj in session.new:
        state = inspect(obj)
        add(obj, "insert", {a.key: _plain(a.value) for a in state.attrs})
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
            add(obj, "update", changed)
    for obj in session.deleted:
        state = inspect(obj)
        add(obj, "delete", {a.key: _plain(a.loaded_value) for a in state.attrs})
    return rows


@event.listens_for(Session, "after_flush")
def _write_audit(session: Session, flush_context: Any) -> None:
    # after_flush still sees the pre-flush new/dirty/deleted sets and attribute history, and new
    # rows already have their ids; writing through the connection keeps it in the transaction.
    rows = _audit_rows(session)
    if rows:
        session.connection().execute(insert(AuditEntry.__table__), rows)  # type: ignore[attr-defined]

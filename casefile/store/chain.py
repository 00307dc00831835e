"""The audit trail as a hash chain: writing chained rows, and verifying the chain and the evidence
tables it covers.

Each `audit_entry` row carries `prev_hash` (the `row_hash` of the row before it; the first row
follows 64 zeros) and `row_hash`, the SHA-256 of a canonical serialisation (sorted-key JSON) of
every column of the row and its `prev_hash`. Rows are appended in id order inside the writing
transaction, which holds SQLite's write lock (the change they record was written before them in
the same transaction), so two writers can never both follow the same row.

The chain's head (rows, last id, last hash) is kept a second time in `audit_chain_head`, in the
same transaction: deleting rows at the end of the trail leaves a chain that is whole in itself
but no longer reaches that head. Bundles print the head, so a bundle names a state of the
archive (see `head_of`).

The rows of the evidence tables (exhibits, their files and custody entries) are covered too: an
insert row records every value, an update the values after, a delete the row's removal. `verify`
replays the trail to the state it says these tables are in and compares it with the rows there.

None of this stops someone holding the archive from rewriting the whole trail and its head with
hashes of their own: it makes a change made around Casefile visible, unless the whole chain was
rebuilt after it, and a bundle or backup made earlier keeps the old head to compare with.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from json.encoder import encode_basestring_ascii as _ascii_string  # json.dumps' own, in C
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, insert, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.types import TypeDecorator

from casefile.store.models import (
    AuditChainHead,
    AuditEntry,
    CustodyEvent,
    EvidenceFile,
    EvidenceItem,
    utcnow,
)

GENESIS = "0" * 64  # the prev_hash of the first row
HEAD_ID = 1  # the one row of audit_chain_head
# Every column of an audit row that its hash covers, with prev_hash (row_hash itself is not).
HASHED = (
    "id",
    "at",
    "actor",
    "table_name",
    "row_id",
    "action",
    "case_id",
    "shared_record",
    "changes",
    "prev_hash",
)
# The evidence tables the chain covers, replayed and compared by `verify`.
EVIDENCE_MODELS = (EvidenceItem, EvidenceFile, CustodyEvent)
READ_BATCH = 5_000
_AUDIT = AuditEntry.__table__  # type: ignore[attr-defined]
_HEAD = AuditChainHead.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class ChainHead:
    """The end of the audit chain: how many rows, the last row's id and its hash."""

    rows: int
    last_id: int
    sha256: str

    def __str__(self) -> str:
        return f"{self.rows} audit rows, head {self.sha256}"


EMPTY = ChainHead(0, 0, GENESIS)


# --- the canonical form -----------------------------------------------------------------------


def stored_time(at: datetime | str) -> str:
    """A time as the audit row stores it: UTC, "YYYY-MM-DD HH:MM:SS.ffffff" (the text SQLAlchemy
    writes for a datetime in SQLite, so that it reads the column back as it always did)."""
    if isinstance(at, str):
        return at
    if at.utcoffset() is not None:
        at = at.astimezone(UTC)
    return (
        f"{at.year:04d}-{at.month:02d}-{at.day:02d} "
        f"{at.hour:02d}:{at.minute:02d}:{at.second:02d}.{at.microsecond:06d}"
    )


def canonical(stored: Sequence[Any]) -> str:
    """An audit row's canonical form: the values of `HASHED` as the database holds them (the
    time and the changes as their stored text) as sorted-key JSON, ASCII only, no spaces:
    `json.dumps(dict(zip(HASHED, stored)), sort_keys=True, ensure_ascii=True,
    separators=(",", ":"))`, written out by hand for speed (a test holds the two equal)."""
    row_id, at, actor, table, record, action, case_id, shared, changes, prev = stored
    if (
        type(row_id) is int
        and (case_id is None or type(case_id) is int)
        and type(at) is str
        and type(actor) is str
        and type(table) is str
        and type(record) is str
        and type(action) is str
        and type(shared) is str
        and type(changes) is str
        and type(prev) is str
    ):  # as Casefile writes every row: the keys in sorted order, each value as JSON
        return _FAST % (
            _ascii_string(action),
            _ascii_string(actor),
            _ascii_string(at),
            "null" if case_id is None else case_id,
            _ascii_string(changes),
            row_id,
            _ascii_string(prev),
            _ascii_string(record),
            _ascii_string(shared),
            _ascii_string(table),
        )
    return "{" + ",".join(f'"{name}":{_json(stored[i])}' for name, i in _SORTED) + "}"


_FAST = (
    '{"action":%s,"actor":%s,"at":%s,"case_id":%s,"changes":%s,"id":%d,"prev_hash":%s,'
    '"row_id":%s,"shared_record":%s,"table_name":%s}'
)


_SORTED = tuple(sorted((name, i) for i, name in enumerate(HASHED)))


def _json(value: Any) -> str:
    if isinstance(value, str):
        return _ascii_string(value)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return json.dumps(value, ensure_ascii=True, default=str)  # not as Casefile writes it


def row_hash(stored: Sequence[Any]) -> str:
    """The SHA-256 of an audit row's canonical form (`canonical`)."""
    return hashlib.sha256(canonical(stored).encode("ascii")).hexdigest()


# --- writing ------------------------------------------------------------------------------------

_INSERT = text(
    f"INSERT INTO audit_entry ({', '.join((*HASHED, 'row_hash'))}) "
    f"VALUES ({', '.join(':' + name for name in (*HASHED, 'row_hash'))})"
)


def head_of(connection: Connection) -> ChainHead:
    """The head as recorded in `audit_chain_head` (EMPTY before the first row)."""
    found = connection.execute(
        select(_HEAD.c.rows, _HEAD.c.last_id, _HEAD.c.sha256).where(_HEAD.c.id == HEAD_ID)
    ).first()
    return EMPTY if found is None else ChainHead(int(found[0]), int(found[1]), str(found[2]))


def _set_head(connection: Connection, head: ChainHead) -> None:
    values = {"rows": head.rows, "last_id": head.last_id, "sha256": head.sha256}
    done = connection.execute(_HEAD.update().where(_HEAD.c.id == HEAD_ID).values(**values))
    if done.rowcount == 0:
        connection.execute(insert(_HEAD).values(id=HEAD_ID, **values))


def append(connection: Connection, rows: Sequence[Mapping[str, Any]]) -> ChainHead:
    """Insert audit rows at the end of the chain, in order, and move the head; the new head.

    Call inside the writing transaction, after the change the rows record has been written
    (so the write lock is held and the last row read here is the last there is). Each row gives
    at, actor, table_name, row_id, action, changes; case_id and shared_record are optional.
    The row is written as the text that is hashed (time and changes included), so what the
    database holds is exactly what the hash covers.
    """
    if not rows:
        return head_of(connection)
    last = connection.execute(
        select(_AUDIT.c.id, _AUDIT.c.row_hash).order_by(_AUDIT.c.id.desc()).limit(1)
    ).first()
    head = head_of(connection)
    next_id = (int(last[0]) if last else 0) + 1
    previous = (str(last[1] or "") if last else "") or GENESIS
    chained: list[dict[str, Any]] = []
    now = utcnow()
    times: dict[Any, str] = {}  # a flush's rows share one time: formatted once
    for offset, given in enumerate(rows):
        at = given.get("at") or now
        if at not in times:
            times[at] = stored_time(at)
        stored = (
            next_id + offset,
            times[at],
            str(given["actor"]),
            str(given["table_name"]),
            str(given.get("row_id", "")),
            str(given["action"]),
            given.get("case_id"),
            str(given.get("shared_record") or ""),
            json.dumps(given.get("changes") or {}),
            previous,
        )
        previous = row_hash(stored)
        chained.append({**dict(zip(HASHED, stored, strict=True)), "row_hash": previous})
    connection.execute(_INSERT, chained)
    new_head = ChainHead(head.rows + len(chained), chained[-1]["id"], previous)
    _set_head(connection, new_head)
    return new_head


def rows_recording(
    table: str,
    rows: Iterable[Mapping[str, Any]],
    actor: str,
    case_of: Mapping[int, int | None] | None = None,
) -> list[dict[str, Any]]:
    """Audit rows (to `append`) recording rows inserted without a session (bulk writers), with
    every value as the session's audit hook records an insert. `case_of` maps a parent id
    (evidence_id) to its case, for rows that reach their case through a parent."""
    at = utcnow()
    recorded = []
    for row in rows:
        values = {key: _plain(value) for key, value in row.items()}
        case_id = row.get("case_id")
        if case_id is None and case_of is not None:
            case_id = case_of.get(int(row.get("evidence_id") or 0))
        recorded.append(
            {
                "at": at,
                "actor": actor,
                "table_name": table,
                "row_id": str(row["id"]),
                "action": "insert",
                "case_id": case_id,
                "changes": values,
            }
        )
    return recorded


def _plain(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def chain_existing(connection: Connection) -> ChainHead:
    """Chain rows written before the chain existed (the upgrade to schema 0007), in id order,
    and record the head. Hashes the rows in Python and writes them back in batches."""
    previous, count, last_id = GENESIS, 0, 0
    updates: list[dict[str, Any]] = []
    for row in _audit_rows(connection):
        prev = previous
        previous = row_hash((*row[:9], prev))
        updates.append({"rid": row[0], "prev": prev, "hash": previous})
        count, last_id = count + 1, row[0]
        if len(updates) >= READ_BATCH:
            _write_hashes(connection, updates)
    _write_hashes(connection, updates)
    head = ChainHead(count, last_id, previous)
    _set_head(connection, head)
    return head


def _write_hashes(connection: Connection, updates: list[dict[str, Any]]) -> None:
    if updates:
        connection.execute(
            text("UPDATE audit_entry SET prev_hash = :prev, row_hash = :hash WHERE id = :rid"),
            updates,
        )
        updates.clear()


def _stream(connection: Connection, sql: str, *params: Any) -> Iterator[Any]:
    """The rows of a query, fetched a batch at a time (not a row per call)."""
    result = connection.exec_driver_sql(sql, params)
    while batch := result.fetchmany(READ_BATCH):
        yield from batch


def _audit_rows(connection: Connection) -> Iterator[tuple[Any, ...]]:
    """Every audit row in id order as stored (`HASHED`, then row_hash), read in batches, so
    rows may be updated between them (`chain_existing`)."""
    columns = ", ".join((*HASHED, "row_hash"))
    after = -1
    while True:
        batch = connection.exec_driver_sql(
            f"SELECT {columns} FROM audit_entry WHERE id > ? ORDER BY id LIMIT {READ_BATCH}",
            (after,),
        ).fetchall()
        for values in batch:
            yield tuple(values)
        if len(batch) < READ_BATCH:
            return
        after = batch[-1][0]


# --- verifying ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AuditRow:
    """An audit row as a finding names it."""

    id: int
    at: str
    actor: str
    action: str
    table_name: str
    row_id: str
    case_id: int | None
    changes: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class BrokenLink:
    """A row whose content no longer matches its hash ("content"), or whose prev_hash is not
    the hash of the row before it ("link": rows deleted, inserted or reordered before it)."""

    kind: str  # "content" | "link"
    row: AuditRow
    previous_id: int | None  # the row before it in the trail as it is now


@dataclass(frozen=True, slots=True)
class EvidenceDifference:
    """A row of an evidence table that is not what the audit trail last recorded.

    kind: "unrecorded" (the row is there, the trail never recorded it), "removed" (the trail
    records it, the row is gone), "changed" (`column` is `actual`, the trail says `recorded`).
    `values` are the row's values (as they are, or as last recorded if removed), to name it."""

    kind: str
    table: str
    row_id: str
    values: Mapping[str, Any]
    column: str = ""
    actual: Any = None
    recorded: Any = None
    audit_id: int | None = None  # the audit row that last recorded the row


@dataclass(slots=True)
class ChainReport:
    rows: int = 0
    head: ChainHead = EMPTY  # as the trail ends now (its last row's stored hash)
    recorded_head: ChainHead = EMPTY  # as audit_chain_head holds it
    broken: list[BrokenLink] = field(default_factory=list)
    broken_count: int = 0  # all of them; `broken` keeps the first few
    evidence: list[EvidenceDifference] = field(default_factory=list)

    @property
    def head_matches(self) -> bool:
        return self.head == self.recorded_head


KEPT_BROKEN = 20
MISSING: Any = object()  # a column the trail never recorded (added to the schema after the row)


def verify(connection: Connection, *, links: bool = True) -> ChainReport:
    """Check every link of the chain (unless `links` is False), the head recorded beside it,
    and the evidence tables against the trail's replay. Run it inside one read transaction,
    so that all of it is one state of the archive."""
    report = ChainReport(recorded_head=head_of(connection))
    previous_hash, previous_id, last_hash = GENESIS, None, GENESIS
    for row in _audit_rows(connection):
        report.rows += 1
        stored = str(row[10] or "")
        if not links:
            pass
        elif str(row[9] or "") != previous_hash:
            _broken(report, "link", row, previous_id)
        elif row_hash(row[:10]) != stored:
            _broken(report, "content", row, previous_id)
        previous_hash, previous_id, last_hash = stored, row[0], stored
    report.head = ChainHead(report.rows, previous_id or 0, last_hash)
    for model in EVIDENCE_MODELS:
        report.evidence += _compare(connection, _Columns(model, connection))
    return report


def _broken(report: ChainReport, kind: str, row: Sequence[Any], previous: int | None) -> None:
    report.broken_count += 1
    if len(report.broken) < KEPT_BROKEN:
        stored = dict(zip(HASHED, row, strict=False))
        changes = _loaded(stored["changes"])
        report.broken.append(
            BrokenLink(
                kind,
                AuditRow(
                    id=int(stored["id"]),
                    at=str(stored["at"]),
                    actor=str(stored["actor"]),
                    action=str(stored["action"]),
                    table_name=str(stored["table_name"]),
                    row_id=str(stored["row_id"]),
                    case_id=stored["case_id"],
                    changes=changes,
                ),
                previous,
            )
        )


def _loaded(changes: Any) -> dict[str, Any]:
    try:
        loaded = json.loads(changes) if isinstance(changes, str | bytes) else changes
    except ValueError:
        return {}  # a damaged row: its hash says so
    return loaded if isinstance(loaded, dict) else {}


class _Columns:
    """One evidence table's columns and how to compare a value of each."""

    def __init__(self, model: type[Any], connection: Connection) -> None:
        table = model.__table__
        self.table = str(table.name)
        # The columns the database has (a migration runs this before later columns exist).
        described = connection.exec_driver_sql(f'SELECT * FROM "{self.table}" LIMIT 0')
        columns = described.keys()  # a result's column names (not a dict's keys)
        self.names = tuple(str(name) for name in columns)
        self.index = {name: i for i, name in enumerate(self.names)}
        types = {str(c.name): c.type for c in table.columns}
        kinds = [_kind(types.get(name)) for name in self.names]
        self.moments = tuple(i for i, kind in enumerate(kinds) if kind == "datetime")
        self.flags = tuple(i for i, kind in enumerate(kinds) if kind == "bool")

    def normal(self, values: list[Any]) -> list[Any]:
        """Values made comparable in place, from the trail's JSON or the database alike: times
        as stored (UTC, no zone), flags as booleans."""
        for position in self.moments:
            values[position] = _moment(values[position])
        for position in self.flags:
            if values[position] in (0, 1) and values[position] is not MISSING:
                values[position] = bool(values[position])
        return values


def _kind(column_type: Any) -> str:
    if isinstance(column_type, TypeDecorator):  # sqlmodel's UTCDateTime: stored as its impl
        column_type = column_type.impl
    if isinstance(column_type, DateTime):
        return "datetime"
    if isinstance(column_type, Date):
        return "date"
    return "bool" if isinstance(column_type, Boolean) else ""


def _moment(value: Any) -> Any:
    if isinstance(value, str):
        if len(value) == 26 and value[10] == " ":  # as stored
            return value
        if len(value) == 32 and value[10] == "T" and value.endswith("+00:00"):  # isoformat, UTC
            return f"{value[:10]} {value[11:26]}"
        try:
            return stored_time(datetime.fromisoformat(value))
        except ValueError:
            return value
    return stored_time(value) if isinstance(value, datetime) else value


def _replayed(
    connection: Connection, cols: _Columns
) -> Iterator[tuple[int, str, list[Any] | None, int]]:
    """The trail's rows of one evidence table replayed, one record at a time in id order: (id,
    row id as written, its values as last recorded or None if removed, the last audit row)."""
    rows = _stream(
        connection,
        "SELECT id, row_id, action, changes FROM audit_entry WHERE table_name = ? "
        "ORDER BY CAST(row_id AS INTEGER), row_id, id",
        cols.table,
    )
    key: str | None = None
    state: list[Any] | None = None
    last = 0
    width = len(cols.names)
    for audit_id, row_id, action, changes in rows:
        row_id = str(row_id)
        if row_id != key:
            if key is not None:
                yield _number(key), key, state, last
            key, state = row_id, None
        last = audit_id
        if action == "delete":
            state = None
            continue
        found: Iterable[tuple[str, Any]]
        loaded = _loaded(changes)
        if action == "insert":
            state = [MISSING] * width
            found = loaded.items()
        elif action == "update":
            state = state or [MISSING] * width
            found = ((k, v[1]) for k, v in loaded.items() if isinstance(v, list) and len(v) == 2)
        else:
            continue
        for name, value in found:
            position = cols.index.get(name)
            if position is not None:
                state[position] = value
        cols.normal(state)
    if key is not None:
        yield _number(key), key, state, last


def _number(row_id: str) -> int:
    return int(row_id) if row_id.isdigit() else -1  # not a row id Casefile wrote


def _compare(connection: Connection, cols: _Columns) -> list[EvidenceDifference]:
    """Merge the replayed trail with the table's rows, both in id order."""
    found: list[EvidenceDifference] = []
    quoted = ", ".join(f'"{name}"' for name in cols.names)
    actual_rows = _stream(connection, f'SELECT {quoted} FROM "{cols.table}" ORDER BY id')
    recorded_rows = _replayed(connection, cols)
    actual = next(actual_rows, None)
    recorded = next(recorded_rows, None)
    while actual is not None or recorded is not None:
        if actual is None or (recorded is not None and recorded[0] < actual[0]):
            assert recorded is not None
            _, row_id, state, audit_id = recorded
            if state is not None:
                values = {
                    name: value
                    for name, value in zip(cols.names, state, strict=True)
                    if value is not MISSING
                }
                found.append(
                    EvidenceDifference("removed", cols.table, row_id, values, audit_id=audit_id)
                )
            recorded = next(recorded_rows, None)
            continue
        values = dict(zip(cols.names, actual, strict=True))
        if recorded is None or actual[0] < recorded[0] or recorded[2] is None:
            if recorded is not None and recorded[0] == actual[0]:
                recorded = next(recorded_rows, None)  # removed, yet there: never re-recorded
            found.append(EvidenceDifference("unrecorded", cols.table, str(actual[0]), values))
            actual = next(actual_rows, None)
            continue
        _, row_id, state, audit_id = recorded
        assert state is not None
        now = cols.normal(list(actual))
        if now != state:
            for position, name in enumerate(cols.names):
                want = state[position]
                if want is not MISSING and want != now[position]:
                    found.append(
                        EvidenceDifference(
                            "changed",
                            cols.table,
                            row_id,
                            values,
                            name,
                            now[position],
                            want,
                            audit_id,
                        )
                    )
        actual = next(actual_rows, None)
        recorded = next(recorded_rows, None)
    return found


def record_as_found(connection: Connection, actor: str) -> int:
    """Append audit rows that record the evidence tables as they are where the trail does not
    (rows written before every write was audited, or by a bulk writer): an insert for a row
    the trail never recorded, an update for values it recorded otherwise, a delete for a row
    gone. The upgrade that starts the chain uses it: from then on the chain covers them. Returns
    how many rows were recorded."""
    report = verify(connection, links=False)
    if not report.evidence:
        return 0
    items = connection.exec_driver_sql("SELECT id, case_id FROM evidence_item")
    case_of: dict[Any, Any] = {item_id: case_id for item_id, case_id in items}
    rows: list[dict[str, Any]] = []
    changed: dict[tuple[str, str], dict[str, Any]] = {}
    at = utcnow()
    for found in report.evidence:
        case_id = found.values.get("case_id")
        if case_id is None:
            case_id = case_of.get(found.values.get("evidence_id"))
        base = {"at": at, "actor": actor, "table_name": found.table, "row_id": found.row_id}
        base["case_id"] = case_id
        if found.kind == "changed":
            key = (found.table, found.row_id)
            if key not in changed:
                changed[key] = {}
                rows.append({**base, "action": "update", "changes": changed[key]})
            changed[key][found.column] = [found.recorded, _plain(found.actual)]
        else:
            values = {name: _plain(value) for name, value in found.values.items()}
            action = "insert" if found.kind == "unrecorded" else "delete"
            rows.append({**base, "action": action, "changes": values})
    append(connection, rows)
    return len(rows)

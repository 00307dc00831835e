"""A case's history: its audit trail as counsel reads it, newest first, filterable.

Which rows belong to a case is decided when they are written (store/audit.py), not guessed
when they are read: each audit row carries the case of the row it records (`case_id`), worked
out while the row and its parents still exist, so a removed event or a custody entry reached
through its exhibit is found as surely as the case's own fields. Guessing at read time could
not do that: a removed row's parent may be gone too, and an update records only the columns
it changed. Rows written before schema 0005 were given their case by the migration wherever
the trail or the row itself still tells it.

Parties and rights are shared between cases. A change to one belongs to a case's history when
it was made in that case, or made elsewhere while the party or right was linked to the case
(its links' insert and delete rows in this case's trail give those periods). So renaming a
seller in a later case shows in the earlier case too, but its life before it was linked here
does not.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, SQLModel, col

from casefile.domain import AuditAction, Money, RecordKind
from casefile.errors import NotFoundError, ValidationError
from casefile.services import validation as v
from casefile.store import models
from casefile.store.archive import Archive
from casefile.store.models import AuditEntry, Case, CaseParty, CaseRight
from casefile.words import N_, Code, Phrase, Words

# The kinds of record in words (the window translates them: casefile.words).
RECORD_KIND_WORDS: dict[RecordKind, Words] = {
    RecordKind.CASE: N_("case"),
    RecordKind.PROCEEDING: N_("proceeding"),
    RecordKind.EVENT: N_("proceeding event"),
    RecordKind.PARTY: N_("party"),
    RecordKind.IDENTIFIER: N_("identifier"),
    RecordKind.CASE_PARTY: N_("party in the case"),
    RecordKind.RIGHT: N_("right"),
    RecordKind.CASE_RIGHT: N_("right in the case"),
    RecordKind.RECORDAL: N_("customs recordal"),
    RecordKind.EXHIBIT: N_("exhibit"),
    RecordKind.EVIDENCE_FILE: N_("evidence file"),
    RecordKind.STORED_FILE: N_("stored file"),
    RecordKind.CUSTODY: N_("custody entry"),
    RecordKind.FIGURE: N_("threshold figure"),
    RecordKind.PRIOR_PENALTY: N_("earlier penalty"),
    RecordKind.TRANSFER: N_("transfer to the police"),
    RecordKind.TRANSFER_STEP: N_("transfer step"),
    RecordKind.DEADLINE: N_("deadline"),
    RecordKind.MONEY: N_("money entry"),
    RecordKind.NOTE: N_("note"),
    RecordKind.SETTING: N_("archive setting"),
    RecordKind.PARTY_MERGE: N_("party merge"),
    RecordKind.LISTING: N_("listing"),
}
# Columns that say nothing to counsel: the row's own id, derived and bookkeeping values.
HIDDEN_FIELDS = frozenset(
    {"id", "updated_at", "created_at", "normalized", "met_by_event_id"}  # said in words elsewhere
    # a party merge's bookkeeping for its undo
    | {"snapshot", "moved_identifier_ids", "created_link_ids"}
)
LINKS = {RecordKind.CASE_PARTY, RecordKind.CASE_RIGHT}


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of a change, before → after, as stored (dates as YYYY-MM-DD text, amounts in
    minor units); `before` is None for an insert, `after` None for a removal."""

    field: str
    before: Any
    after: Any


@dataclass(frozen=True, slots=True)
class HistoryRow:
    """One change to a case: when (UTC), who, to which record, what, before → after."""

    id: int  # the audit entry
    at: datetime
    actor: str
    kind: RecordKind
    kind_words: Words  # "proceeding event"
    record_id: str  # the row's id in its table
    record: str  # which record, in English words: "exhibit #3", "Shenzhen Fastwheel Trading"
    record_phrase: Phrase  # the same, for the window to say in its language
    action: AuditAction
    changes: tuple[FieldChange, ...]


def case_history(
    archive: Archive,
    case_id: int,
    kinds: Iterable[object] = (),
    text: str = "",
    since: object = None,
    until: object = None,
    limit: int | None = None,
) -> tuple[HistoryRow, ...]:
    """The changes to a case and its records, newest first: of the kinds named (`RecordKind`
    values; none: all), mentioning `text` (in the record, the person, a kind or a value,
    ignoring case), made on or after `since` and on or before `until` (dates, local time), at
    most `limit` of them. A removed record is still named, with what it held."""
    wanted = {v.choice("kinds", kind, RecordKind) for kind in kinds}
    first = v.optional_date("since", since)
    last = v.optional_date("until", until)
    v.not_before("until", last, "since", first)
    if limit is not None and (isinstance(limit, bool) or limit < 1):
        raise ValidationError("limit", N_("must be a whole number ≥ 1, not {value!r}"), value=limit)
    needle = text.strip().casefold()
    with archive.reading() as session:
        entries = _entries_of_case(session, case_id)
        names = _Names(session, entries)
        rows = [names.row(entry) for entry in entries]
    found = [
        row
        for row in reversed(rows)
        if (not wanted or row.kind in wanted)
        and _within(row.at, first, last)
        and (not needle or needle in _searchable(row))
    ]
    return tuple(found[:limit] if limit is not None else found)


def _entries_of_case(session: Session, case_id: int) -> list[AuditEntry]:
    """The case's audit rows, oldest first: its own, and those of the parties and rights
    linked to it made elsewhere while they were linked (see the module doc)."""
    own = list(
        session.scalars(
            select(AuditEntry)
            .where(col(AuditEntry.case_id) == case_id)
            .order_by(col(AuditEntry.at), col(AuditEntry.id))
        )
    )
    if not own and session.get(Case, case_id) is None:
        raise NotFoundError(N_("case"), case_id)
    periods = _link_periods(session, case_id, own)
    shared: list[AuditEntry] = []
    if periods:
        query = (
            select(AuditEntry)
            .where(
                col(AuditEntry.shared_record).in_(sorted(periods)),
                (col(AuditEntry.case_id) != case_id) | col(AuditEntry.case_id).is_(None),
                # another case linking the same party or right changes nothing here
                col(AuditEntry.table_name).not_in(sorted(LINKS)),
            )
            .order_by(col(AuditEntry.at), col(AuditEntry.id))
        )
        shared = [
            entry
            for entry in session.scalars(query)
            if any(start <= _utc(entry.at) < end for start, end in periods[entry.shared_record])
        ]
    return sorted(own + shared, key=lambda e: (_utc(e.at), e.id or 0))


EARLIEST = datetime.min.replace(tzinfo=UTC)
LATEST = datetime.max.replace(tzinfo=UTC)


def _link_periods(
    session: Session, case_id: int, own: list[AuditEntry]
) -> dict[str, list[tuple[datetime, datetime]]]:
    """For each party and right ever linked to the case ("party:12"): when it was linked.
    A link older than the trail (none recorded) counts from the start."""
    events: dict[str, list[tuple[datetime, int]]] = defaultdict(list)
    for entry in own:
        if entry.table_name in LINKS and entry.shared_record:
            step = {AuditAction.INSERT: 1, AuditAction.DELETE: -1}.get(AuditAction(entry.action))
            if step:
                events[entry.shared_record].append((_utc(entry.at), step))
    linked = {
        f"party:{party_id}"
        for party_id in session.scalars(
            select(col(CaseParty.party_id)).where(col(CaseParty.case_id) == case_id)
        )
    } | {
        f"right:{right_id}"
        for right_id in session.scalars(
            select(col(CaseRight.right_id)).where(col(CaseRight.case_id) == case_id)
        )
    }
    periods: dict[str, list[tuple[datetime, datetime]]] = {}
    for key in set(events) | linked:
        found: list[tuple[datetime, datetime]] = []
        count, start = 0, EARLIEST
        for at, step in sorted(events[key]):
            if step > 0:
                start = at if count == 0 else start
                count += 1
            elif count == 0:  # a link removed whose insert is older than the trail
                found.append((EARLIEST, at))
            else:
                count -= 1
                if count == 0:
                    found.append((start, at))
        if count > 0:
            found.append((start, LATEST))
        elif key in linked:  # linked now, by a link older than the trail
            found.append((EARLIEST, LATEST))
        periods[key] = found
    return periods


def _utc(at: datetime) -> datetime:
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)


def _within(at: datetime, first: date | None, last: date | None) -> bool:
    day = at.astimezone().date()  # the user's calendar day
    return (first is None or day >= first) and (last is None or day <= last)


def _searchable(row: HistoryRow) -> str:
    values = [f"{c.field} {c.before} {c.after}" for c in row.changes]
    return " ".join([row.record, row.kind_words, row.actor, row.action.value, *values]).casefold()


class _Names:
    """Names the records of a case's history in words, with what each held (replayed from the
    trail, so a removed record is named as it was), looking up what the trail does not say."""

    def __init__(self, session: Session, entries: list[AuditEntry]) -> None:
        self.session = session
        self.state: dict[tuple[str, str], dict[str, Any]] = {}
        self.entries = entries

    def row(self, entry: AuditEntry) -> HistoryRow:
        kind = RecordKind(entry.table_name)
        action = AuditAction(entry.action)
        values = self.state.setdefault((entry.table_name, entry.row_id), {})
        changes = entry.changes or {}
        if action is AuditAction.UPDATE:
            if not values:
                values.update(self._stored(entry.table_name, entry.row_id))
            values.update({name: pair[1] for name, pair in changes.items()})
            fields = [
                FieldChange(name, pair[0], pair[1])
                for name, pair in changes.items()
                if name not in HIDDEN_FIELDS
            ]
        else:
            values.update(changes)
            shown = {
                name: value
                for name, value in changes.items()
                if name not in HIDDEN_FIELDS and value not in (None, "", [], {})
            }
            inserted = action is AuditAction.INSERT
            fields = [
                FieldChange(name, None if inserted else value, value if inserted else None)
                for name, value in shown.items()
            ]
        record = self._describe(kind, values, entry.row_id)
        return HistoryRow(
            id=entry.id or 0,
            at=_utc(entry.at),
            actor=entry.actor,
            kind=kind,
            kind_words=RECORD_KIND_WORDS[kind],
            record_id=entry.row_id,
            record=str(record),
            record_phrase=record,
            action=action,
            changes=tuple(fields),
        )

    def _stored(self, table: str, row_id: str) -> dict[str, Any]:
        """A record's values where the replay has none: the last full copy the trail holds of
        it (its insert or removal), else the row as it is now."""
        latest: dict[str, Any] = {}
        query = (
            select(AuditEntry)
            .where(col(AuditEntry.table_name) == table, col(AuditEntry.row_id) == row_id)
            .order_by(col(AuditEntry.id))
        )
        for entry in self.session.scalars(query):
            if entry.action == AuditAction.UPDATE:
                latest.update({name: pair[1] for name, pair in (entry.changes or {}).items()})
            else:
                latest.update(entry.changes or {})
        if latest or not row_id.isdigit():
            return latest
        model = RECORD_MODELS.get(table)
        record = self.session.get(model, int(row_id)) if model is not None else None
        return record.model_dump(mode="json") if record is not None else {}

    def _values(self, table: str, row_id: object) -> Mapping[str, Any]:
        key = (table, str(row_id))
        if key not in self.state or not self.state[key]:
            self.state[key] = self._stored(*key)
        return self.state[key]

    def _exhibit(self, evidence_id: object) -> Phrase:
        number = self._values(RecordKind.EXHIBIT.value, evidence_id).get("exhibit_no")
        if number is not None:
            return Phrase(N_("exhibit #{number}"), {"number": number})
        return Phrase(N_("exhibit {id}"), {"id": evidence_id})

    def _party(self, party_id: object) -> Phrase:
        name = self._values(RecordKind.PARTY.value, party_id).get("name")
        if name:
            return Phrase("{name}", {"name": name})
        return Phrase(N_("party {id}"), {"id": party_id})

    def _right(self, right_id: object) -> Phrase:
        right = self._values(RecordKind.RIGHT.value, right_id)
        if not right:
            return Phrase(N_("right {id}"), {"id": right_id})
        return Phrase(
            N_("{kind} {jurisdiction} {number}"),
            {
                "kind": Code(right.get("kind")),
                "jurisdiction": right.get("jurisdiction"),
                "number": right.get("number"),
            },
        )

    def _describe(self, kind: RecordKind, values: Mapping[str, Any], row_id: str) -> Phrase:
        """Which record, in words: a template and its values (codes as `Code`, for the window
        to name in its language)."""
        get = values.get

        def code(name: str) -> Code:
            return Code(get(name) or "")

        match kind:
            case RecordKind.CASE:
                if get("reference"):
                    return Phrase("{reference}", {"reference": get("reference")})
                return Phrase(N_("case {id}"), {"id": row_id})
            case RecordKind.PROCEEDING:
                if get("authority"):
                    return Phrase(
                        N_("{route} proceeding before {authority}"),
                        {"route": code("route"), "authority": get("authority")},
                    )
                return Phrase(N_("{route} proceeding"), {"route": code("route")})
            case RecordKind.EVENT:
                return Phrase(
                    N_("{kind} on {day}"), {"kind": code("kind"), "day": get("occurred_on")}
                )
            case RecordKind.PARTY:
                return self._party(row_id)
            case RecordKind.IDENTIFIER:
                return Phrase(
                    N_("{kind} {value} of {party}"),
                    {
                        "kind": code("kind"),
                        "value": get("value"),
                        "party": self._party(get("party_id")),
                    },
                )
            case RecordKind.CASE_PARTY:
                return Phrase(
                    N_("{party} as {role}"),
                    {"party": self._party(get("party_id")), "role": code("role")},
                )
            case RecordKind.RIGHT:
                return self._right(row_id)
            case RecordKind.CASE_RIGHT:
                return self._right(get("right_id"))
            case RecordKind.RECORDAL:
                return Phrase(
                    N_("{authority} {number} of {right}"),
                    {
                        "authority": get("authority"),
                        "number": get("number"),
                        "right": self._right(get("right_id")),
                    },
                )
            case RecordKind.EXHIBIT:
                return self._exhibit(row_id)
            case RecordKind.EVIDENCE_FILE:
                return Phrase(
                    N_("{name} of {exhibit}"),
                    {"name": get("original_name"), "exhibit": self._exhibit(get("evidence_id"))},
                )
            case RecordKind.STORED_FILE:
                return Phrase(N_("stored file {digest}"), {"digest": row_id[:12]})
            case RecordKind.CUSTODY:
                return Phrase(
                    N_("{action} of {exhibit}"),
                    {"action": code("action"), "exhibit": self._exhibit(get("evidence_id"))},
                )
            case RecordKind.FIGURE:
                return Phrase(
                    N_("{measure} {value} {unit}"),
                    {"measure": code("measure"), "value": get("value"), "unit": code("unit")},
                )
            case RecordKind.PRIOR_PENALTY:
                return Phrase(
                    N_("{kind} penalty of {day} ({conduct})"),
                    {"kind": code("kind"), "day": get("decided_on"), "conduct": code("conduct")},
                )
            case RecordKind.TRANSFER:
                if get("authority"):
                    return Phrase(N_("transfer by {authority}"), {"authority": get("authority")})
                return Phrase(N_("transfer"))
            case RecordKind.TRANSFER_STEP:
                return Phrase(
                    N_("{step} on {day}"), {"step": code("step"), "day": get("occurred_on")}
                )
            case RecordKind.DEADLINE:
                return Phrase(
                    N_("“{title}” due {day}"), {"title": get("title"), "day": get("due_on")}
                )
            case RecordKind.MONEY:
                amount = get("amount_minor")
                money = (
                    Money.from_minor(int(amount), str(get("currency")))
                    if amount is not None
                    else Money(Decimal(0), str(get("currency")))
                )
                return Phrase(
                    N_("{direction} {category} {money}"),
                    {"direction": code("direction"), "category": code("category"), "money": money},
                )
            case RecordKind.NOTE:
                body = " ".join(str(get("body") or "").split())
                cut = f"{body[:40]}{'…' if len(body) > 40 else ''}"
                return Phrase(N_("note “{body}”"), {"body": cut})
            case RecordKind.SETTING:
                return Phrase("{key}", {"key": row_id})
            case RecordKind.PARTY_MERGE:
                return Phrase(
                    N_("{merged} merged into {party}"),
                    {"merged": get("merged_name"), "party": self._party(get("keep_id"))},
                )
        return Phrase("{id}", {"id": row_id})  # pragma: no cover (every kind is named above)


RECORD_MODELS: dict[str, type[SQLModel]] = {
    str(model.__tablename__): model
    for model in vars(models).values()
    if isinstance(model, type) and issubclass(model, SQLModel) and hasattr(model, "__table__")
}

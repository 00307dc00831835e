"""Every exhibit of the practice, across cases: what the Evidence view lists. The view holds
the ordered ids of one query (`exhibit_ids`: a search, a kind, withdrawn or not) and reads the
rows a page at a time (`exhibit_page`), as the case list does: a synthetic 100,000-case
archive holds 140,000 exhibits.

A search looks in the description, the notary's office and certificate number, the source URL,
who obtained it and the files' names (a LIKE scan: exhibits are searched far less often than
cases, and the scan stays well under a second on 140,000 exhibits; measured in bench/README).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, text

from casefile.errors import ValidationError
from casefile.store.archive import Archive
from casefile.words import N_

ORDERS = {
    "recorded": "e.id DESC",  # newest recorded first: the rowid, no sort (~0.1 s on 140,000)
    # newest obtained first; exhibits with no date after, newest recorded first
    "obtained": "e.obtained_on IS NULL, e.obtained_on DESC, e.id DESC",
    "case": "c.reference DESC, e.exhibit_no",
    "kind": "e.kind, e.obtained_on DESC, e.id DESC",
}
MIN_SEARCH = 2  # characters: one says nothing


@dataclass(frozen=True, slots=True)
class ExhibitSummary:
    """An exhibit as the list shows it: its case, what it is, its files and its last custody
    step."""

    id: int
    case_id: int
    reference: str
    exhibit_no: int
    kind: str  # EvidenceKind value
    description: str
    obtained_on: date | None
    obtained_by: str
    notary_certificate: str
    internal: bool
    withdrawn_on: date | None
    file_count: int
    total_size: int
    first_file: str  # the first file's name ("" for none)
    first_sha256: str
    last_custody_at: datetime | None
    last_custody_action: str
    last_custody_holder: str  # who holds it after that step


def _escape(text_: str) -> str:
    return text_.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def exhibit_ids(
    archive: Archive,
    *,
    search: str = "",
    kind: str = "",
    withdrawn: bool = False,
    order: str = "recorded",
) -> list[int]:
    """The ids of the exhibits, in `order` (`ORDERS`); withdrawn ones only with `withdrawn`;
    of one `kind` if given; holding `search` in a described field or a file name."""
    if order not in ORDERS:
        raise ValidationError(
            "order",
            N_("must be one of {allowed}, not {value!r}"),
            allowed=", ".join(ORDERS),
            value=order,
        )
    text_ = search.strip()
    if text_ and len(text_) < MIN_SEARCH:
        raise ValidationError("search", N_("needs at least {least} characters"), least=MIN_SEARCH)
    where = ["1 = 1"]
    params: dict[str, Any] = {}
    if not withdrawn:
        where.append("e.withdrawn_on IS NULL")
    if kind:
        where.append("e.kind = :kind")
        params["kind"] = kind
    if text_:
        params["like"] = f"%{_escape(text_)}%"
        fields = (
            "e.description",
            "e.notary_certificate",
            "e.notary_office",
            "e.source_url",
            "e.obtained_by",
        )
        found = " OR ".join(f"{f} LIKE :like ESCAPE '\\'" for f in fields)
        where.append(
            f"({found} OR EXISTS (SELECT 1 FROM evidence_file f WHERE f.evidence_id = e.id "
            "AND f.original_name LIKE :like ESCAPE '\\'))"
        )
    # the case's row only where the order needs its reference
    join = "JOIN case_file c ON c.id = e.case_id " if order == "case" else ""
    conditions = " AND ".join(where)
    query = f"SELECT e.id FROM evidence_item e {join}WHERE {conditions} ORDER BY {ORDERS[order]}"
    with archive.reading() as session:
        return [row[0] for row in session.connection().execute(text(query), params)]


def exhibit_page(archive: Archive, ids: Sequence[int]) -> list[ExhibitSummary]:
    """The summaries of these exhibits, in the order given; an id gone meanwhile left out."""
    if not ids:
        return []
    wanted: Any = bindparam("ids", expanding=True)
    with archive.reading() as session:
        connection = session.connection()
        items = {
            row[0]: row
            for row in connection.execute(
                text(
                    "SELECT e.id, e.case_id, c.reference, e.exhibit_no, e.kind, e.description, "
                    "e.obtained_on, e.obtained_by, e.notary_certificate, e.internal, "
                    "e.withdrawn_on FROM evidence_item e JOIN case_file c ON c.id = e.case_id "
                    "WHERE e.id IN :ids"
                ).bindparams(wanted),
                {"ids": list(ids)},
            )
        }
        files: dict[int, list[tuple[str, str, int]]] = {}
        for evidence_id, name, sha256, size in connection.execute(
            text(
                "SELECT f.evidence_id, f.original_name, f.sha256, b.size FROM evidence_file f "
                "JOIN stored_blob b ON b.sha256 = f.sha256 WHERE f.evidence_id IN :ids "
                "ORDER BY f.evidence_id, f.id"
            ).bindparams(wanted),
            {"ids": list(ids)},
        ):
            files.setdefault(evidence_id, []).append((name, sha256, size))
        custody: dict[int, tuple[Any, str, str, str]] = {}
        for evidence_id, at, action, handed_to, received_from in connection.execute(
            text(
                "SELECT evidence_id, occurred_at, action, handed_to, received_from "
                "FROM custody_event WHERE evidence_id IN :ids ORDER BY evidence_id, occurred_at, id"
            ).bindparams(wanted),
            {"ids": list(ids)},
        ):
            custody[evidence_id] = (at, action, handed_to, received_from)  # the last one wins
    found = []
    for evidence_id in ids:
        row = items.get(evidence_id)
        if row is None:
            continue
        own = files.get(evidence_id, [])
        at, action, handed_to, received_from = custody.get(evidence_id, (None, "", "", ""))
        found.append(
            ExhibitSummary(
                row[0],
                row[1],
                row[2],
                row[3],
                row[4],
                row[5],
                _day(row[6]),
                row[7],
                row[8],
                bool(row[9]),
                _day(row[10]),
                len(own),
                sum(size for _n, _s, size in own),
                own[0][0] if own else "",
                own[0][1] if own else "",
                datetime.fromisoformat(at) if isinstance(at, str) else at,
                action,
                handed_to or received_from,
            )
        )
    return found


def _day(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))

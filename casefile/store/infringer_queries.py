"""The Infringers view's reads across the whole archive, in SQL: the infringers (parties that are
an infringer in at least one case) ordered and counted in one grouped query, their details
(identifiers, cases, proceedings' outcomes, recorded penalties) read for a page of them in a few
set queries, never one query per party, and pairs of infringers sharing an identifier by a
self-join of the identifier table.

Plain SQL through `text()`, as store/dashboard_queries.py: dates come back as ISO text (SQLite)
and are parsed here; the SQL itself is portable. Repositories' rules apply: take a session, never
commit, return plain rows.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import bindparam, text
from sqlmodel import Session

from casefile.domain import PartyRole

CHUNK = 5_000  # ids per IN list: below SQLite's limit on bound variables on every version

# How the list can be ordered: (SQL ORDER BY, its words).
ORDERS = {
    "cases": "cases DESC, last_seen DESC, p.name, p.id",
    "last_seen": "last_seen DESC, cases DESC, p.name, p.id",
    "first_seen": "first_seen, p.name, p.id",
    "name": "p.name, p.id",
}


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value[:10])


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start : start + CHUNK])


def _in(sql: str) -> Any:
    return text(sql).bindparams(bindparam("ids", expanding=True))


class InfringerHit(NamedTuple):
    party_id: int
    cases: int  # the cases it is an infringer in
    first_seen: date | None
    last_seen: date | None


def _search_condition(
    name_text: str, keys: Sequence[tuple[str, str]]
) -> tuple[str, dict[str, Any]]:
    """SQL restricting `cp.party_id` to parties whose name or an identifier (as typed, or as
    normalised: `keys`) holds the text."""
    if not name_text:
        return "", {}
    escaped = name_text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    binds: dict[str, Any] = {"like": f"%{escaped}%"}
    identifier = ["i.value LIKE :like ESCAPE '\\'"]
    for n, (kind, key) in enumerate(keys):
        key_escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        binds[f"kind{n}"] = kind
        binds[f"key{n}"] = f"%{key_escaped}%"
        identifier.append(f"(i.kind = :kind{n} AND i.normalized LIKE :key{n} ESCAPE '\\')")
    sql = (
        " AND (p.name LIKE :like ESCAPE '\\' OR cp.party_id IN "
        f"(SELECT i.party_id FROM party_identifier i WHERE {' OR '.join(identifier)}))"
    )
    return sql, binds


def infringer_hits(
    session: Session,
    *,
    search: str = "",
    keys: Sequence[tuple[str, str]] = (),
    order: str = "cases",
    limit: int | None = None,
    only: Sequence[int] | None = None,
) -> list[InfringerHit]:
    """Every infringer (or those of `only`), ordered (`ORDERS`), with its number of cases and
    the first and last day it was seen: the earliest and latest of its infringer cases' acts and
    opening dates. One grouped query over the (role, party_id, case_id) index of migration 0009
    and the cases' seen dates index of 0010."""
    where, binds = _search_condition(search, keys)
    if only is not None:
        where += " AND cp.party_id IN :ids"
    binds["infringer"] = PartyRole.INFRINGER.value
    if limit is not None:
        binds["limit"] = limit
    sql = (
        # count(*): (case, party, role) is unique; c read from the covering (id, opened_on,
        # acts_on) index of migration 0010, not from the wide case rows.
        "SELECT cp.party_id, count(*) AS cases, "
        "min(CASE WHEN c.acts_on < c.opened_on THEN c.acts_on ELSE c.opened_on END) "
        "AS first_seen, "
        "max(CASE WHEN c.acts_on > c.opened_on THEN c.acts_on ELSE c.opened_on END) "
        "AS last_seen "
        "FROM case_party cp JOIN case_file c ON c.id = cp.case_id "
        "JOIN party p ON p.id = cp.party_id "
        f"WHERE cp.role = :infringer{where} "
        f"GROUP BY cp.party_id ORDER BY {ORDERS[order]}"
        + (" LIMIT :limit" if limit is not None else "")
    )
    if only is None:
        rows = list(session.connection().execute(text(sql), binds))
    else:
        rows = []
        for ids in _chunks(list(only)):
            rows += session.connection().execute(_in(sql), {**binds, "ids": ids})
    return [InfringerHit(r[0], r[1], _day(r[2]), _day(r[3])) for r in rows]


class PartyHit(NamedTuple):
    id: int
    kind: str
    name: str
    country: str
    notes: str


class IdentifierHit(NamedTuple):
    id: int
    party_id: int
    kind: str
    value: str


class CaseLinkHit(NamedTuple):
    party_id: int
    role: str
    case_id: int
    reference: str
    title: str
    status: str
    opened_on: date


class ProceedingHit(NamedTuple):
    case_id: int
    route: str
    stage: str
    authority: str
    outcome: str
    fine_minor: int | None
    damages_minor: int | None
    currency: str
    sentence: str
    ended_on: date | None


class PenaltyHit(NamedTuple):
    case_id: int
    decided_on: date
    kind: str
    conduct: str
    authority: str
    reference: str


class Details(NamedTuple):
    parties: list[PartyHit]
    identifiers: list[IdentifierHit]
    links: list[CaseLinkHit]
    proceedings: list[ProceedingHit]
    penalties: list[PenaltyHit]


def details(session: Session, party_ids: Sequence[int] | None) -> Details:
    """The parties' rows, identifiers, case links (every role), and the proceedings and
    recorded earlier penalties of those cases: five set queries (per chunk of ids). None: every
    infringer, selected by a subquery rather than a list of ids."""
    found = Details([], [], [], [], [])
    connection = session.connection()
    if party_ids is None:
        selections: list[tuple[str, dict[str, Any]]] = [
            (
                "(SELECT party_id FROM case_party WHERE role = :infringer)",
                {"infringer": PartyRole.INFRINGER.value},
            )
        ]
    else:
        selections = [(":ids", {"ids": ids}) for ids in _chunks(list(party_ids))]

    def rows(sql: str, selection: str, binds: dict[str, Any]) -> Sequence[Any]:
        statement = text(sql.format(parties=selection))
        if "ids" in binds:
            statement = statement.bindparams(bindparam("ids", expanding=True))
        return connection.execute(statement, binds).all()

    cases_of = "(SELECT case_id FROM case_party WHERE party_id IN {parties})"
    for selection, binds in selections:
        found.parties.extend(
            PartyHit._make(r)
            for r in rows(
                "SELECT id, kind, name, country, notes FROM party WHERE id IN {parties}",
                selection,
                binds,
            )
        )
        found.identifiers.extend(
            IdentifierHit._make(r)
            for r in rows(
                "SELECT id, party_id, kind, value FROM party_identifier "
                "WHERE party_id IN {parties} ORDER BY id",
                selection,
                binds,
            )
        )
        found.links.extend(
            CaseLinkHit(r[0], r[1], r[2], r[3], r[4], r[5], _day(r[6]) or date.min)
            for r in rows(
                "SELECT cp.party_id, cp.role, c.id, c.reference, c.title, c.status, "
                "c.opened_on FROM case_party cp JOIN case_file c ON c.id = cp.case_id "
                "WHERE cp.party_id IN {parties}",  # ordered by the caller: a sort here costs more
                selection,
                binds,
            )
        )
        found.proceedings.extend(
            ProceedingHit(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], _day(r[9]))
            for r in rows(
                "SELECT case_id, route, stage, authority, outcome, fine_minor, "
                f"damages_minor, currency, sentence, ended_on FROM proceeding "
                f"WHERE case_id IN {cases_of}",  # each case's in id order, from its index
                selection,
                binds,
            )
        )
        found.penalties.extend(
            PenaltyHit(r[0], _day(r[1]) or date.min, *r[2:])
            for r in rows(
                "SELECT case_id, decided_on, kind, conduct, authority, reference "
                f"FROM prior_penalty WHERE case_id IN {cases_of} ORDER BY decided_on, id",
                selection,
                binds,
            )
        )
    return found


class SharedHit(NamedTuple):
    first_id: int  # the lower party id of the pair
    second_id: int
    kind: str
    normalized: str
    first_value: str  # as recorded on each
    second_value: str


def shared_identifiers(session: Session) -> list[SharedHit]:
    """Pairs of distinct infringers holding the same (kind, normalised) identifier: a
    self-join of the identifier table on its `normalized` index."""
    rows = session.connection().execute(
        text(
            "WITH infringers AS (SELECT DISTINCT party_id FROM case_party "
            "WHERE role = :infringer), "
            "ids AS (SELECT i.party_id, i.kind, i.normalized, i.value FROM party_identifier i "
            "JOIN infringers f ON f.party_id = i.party_id) "
            "SELECT a.party_id, b.party_id, a.kind, a.normalized, a.value, b.value "
            "FROM ids a JOIN ids b ON b.normalized = a.normalized AND b.kind = a.kind "
            "AND b.party_id > a.party_id ORDER BY a.party_id, b.party_id, a.kind, a.normalized"
        ),
        {"infringer": PartyRole.INFRINGER.value},
    )
    return [SharedHit._make(r) for r in rows]


def infringer_names(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every infringer, to find names written nearly alike."""
    rows = session.connection().execute(
        text(
            "SELECT p.id, p.name FROM party p WHERE p.id IN "
            "(SELECT party_id FROM case_party WHERE role = :infringer) ORDER BY p.id"
        ),
        {"infringer": PartyRole.INFRINGER.value},
    )
    return [(r[0], r[1]) for r in rows]


def case_counts(session: Session, party_ids: Sequence[int]) -> dict[int, list[str]]:
    """The references of each party's infringer cases, oldest first."""
    result: dict[int, list[str]] = {}
    connection = session.connection()
    for ids in _chunks(list(party_ids)):
        for party_id, reference in connection.execute(
            _in(
                "SELECT cp.party_id, c.reference FROM case_party cp "
                "JOIN case_file c ON c.id = cp.case_id "
                "WHERE cp.role = :infringer AND cp.party_id IN :ids "
                "ORDER BY c.opened_on, c.reference"
            ),
            {"ids": ids, "infringer": PartyRole.INFRINGER.value},
        ):
            result.setdefault(party_id, []).append(reference)
    return result

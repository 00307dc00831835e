"""Queries over the archive. They take a session, never commit, and return frozen rows."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import String, and_, distinct, func, or_, select, type_coerce
from sqlalchemy import case as sql_case
from sqlmodel import Session, col

from casefile.domain import CaseStatus, DeadlineStatus, Money, Priority
from casefile.errors import NotFoundError
from casefile.store import rows
from casefile.store.models import (
    Case,
    CaseParty,
    CaseRight,
    CustodyEvent,
    CustomsRecordal,
    Deadline,
    EvidenceFile,
    EvidenceItem,
    IPRight,
    Listing,
    MoneyEntry,
    Note,
    Party,
    PartyIdentifier,
    PriorPenalty,
    Proceeding,
    ProceedingEvent,
    StoredBlob,
    ThresholdFigure,
    TransferRecord,
    TransferStepRecord,
)
from casefile.words import N_

SORT_COLUMNS: dict[str, Any] = {
    "reference": col(Case.reference),
    "title": col(Case.title),
    "brand": col(Case.brand),
    "opened_on": col(Case.opened_on),
    "counsel": col(Case.responsible_counsel),
}
# Enum columns sort in their natural order, not alphabetically.
# The sort orders, keyed by the stored text (an enum member as a SQL CASE value is bound untyped).
STATUS_ORDER = {s.value: n for n, s in enumerate(CaseStatus)}  # open, on hold, closed
PRIORITY_ORDER = {p.value: n for n, p in enumerate(Priority)}  # low … urgent


def case_by_reference(session: Session, reference: str) -> Case:
    query = select(Case).where(col(Case.reference) == reference.strip().upper())
    case = session.scalars(query).first()
    if case is None:
        raise NotFoundError(N_("case"), reference)
    return case


def case_ids(
    session: Session,
    text: str = "",
    status: str | None = None,
    sort: str = "reference",
    descending: bool = False,
    identifier_keys: Iterable[tuple[str, str]] = (),
) -> list[int]:
    """Ordered ids of the cases matching a filter: filtering and sorting done in SQL.

    `text` is looked for in the case (reference, title, brand, product line, counsel, summary,
    tags) and in its parties (names, identifiers as typed); `identifier_keys` are (kind,
    normalized) forms of it to look for among the normalized identifiers, so that "138 0013 8000"
    finds "+86 13800138000" (see `services.parties.identifier_search_keys`).
    """
    query = select(col(Case.id))
    if text.strip():
        dialect = session.get_bind().dialect.name
        query = query.where(_matches_text(text.strip(), identifier_keys, dialect))
    if status:
        query = query.where(col(Case.status) == status)
    order = _sort_expression(sort)
    keys = [order.desc() if descending else order]
    if sort == "next_deadline":
        keys.insert(0, order.is_(None))  # cases without an open deadline last, either way
    query = query.order_by(*keys, col(Case.id))
    return [row[0] for row in session.execute(query)]


def _matches_text(
    pattern: str, identifier_keys: Iterable[tuple[str, str]], dialect: str = "sqlite"
) -> Any:
    """The search condition of the case list: `pattern` anywhere in a case or its parties.

    - A typed % or _ is searched for, not taken as a wildcard (autoescape).
    - SQLite's LIKE ignores ASCII case by itself (as its lower() only folds ASCII), so there it
      is used bare: lower() on every summary of 100,000 cases costs ~90 ms. Elsewhere, ILIKE.
    - The parties are found by one uncorrelated subquery, evaluated once: `case.id IN (cases of
      the parties whose name or identifier matches)`: ~20 ms on 100,000 cases, where a
      correlated EXISTS per case took ~300 ms.
    - Tags are a JSON list whose text has non-ASCII escaped ("宁波" is stored as "\\u5b81\\u6ce2").
      A LIKE on that text (for the pattern as typed and as escaped) picks the candidates cheaply;
      each tag of a candidate is then matched on its own (SQLite's json_each; PostgreSQL's is
      json_array_elements_text), so a search for "u5b" or for '", "' finds no tag.
    """

    def has(column: Any, text: str = pattern) -> Any:  # a column or a column expression
        if dialect == "sqlite":
            return column.contains(text, autoescape=True)
        return column.icontains(text, autoescape=True)

    tag = func.json_each(col(Case.tags)).table_valued("value").alias("tag")
    tags_text = type_coerce(col(Case.tags), String)
    escaped = json.dumps(pattern)[1:-1]  # as the JSON column writes it (ensure_ascii)
    tags = and_(
        or_(has(tags_text), has(tags_text, escaped)) if escaped != pattern else has(tags_text),
        select(tag.c.value).select_from(tag).where(has(tag.c.value)).exists(),
    )
    by_key: dict[str, list[str]] = defaultdict(list)  # normalized value → kinds
    for kind, key in identifier_keys:
        if key and kind not in by_key[key]:
            by_key[key].append(kind)
    identifiers = [has(col(PartyIdentifier.value))] + [
        col(PartyIdentifier.kind).in_(kinds)
        & col(PartyIdentifier.normalized).contains(key, autoescape=True)
        for key, kinds in by_key.items()
    ]
    matching_parties = (
        select(col(Party.id))
        .where(has(col(Party.name)))
        .union(select(col(PartyIdentifier.party_id)).where(or_(*identifiers)))
    )
    cases_of_matching_parties = select(col(CaseParty.case_id)).where(
        col(CaseParty.party_id).in_(matching_parties)
    )
    return or_(
        col(Case.id).in_(cases_of_matching_parties),
        has(col(Case.reference)),
        has(col(Case.title)),
        has(col(Case.brand)),
        has(col(Case.product_line)),
        has(col(Case.responsible_counsel)),
        has(col(Case.summary)),
        tags,
    )


def _sort_expression(sort: str) -> Any:
    if sort == "status":
        return sql_case(STATUS_ORDER, value=col(Case.status), else_=len(STATUS_ORDER))
    if sort == "priority":
        return sql_case(PRIORITY_ORDER, value=col(Case.priority), else_=1)
    if sort == "routes":
        return _routes_of_case()
    if sort == "next_deadline":
        return _next_deadline_of_case()
    if sort == "evidence_count":
        return _evidence_count_of_case()
    return SORT_COLUMNS.get(sort, col(Case.reference))


def _routes_of_case() -> Any:
    return (
        select(func.group_concat(distinct(col(Proceeding.route))))
        .where(col(Proceeding.case_id) == col(Case.id))
        .scalar_subquery()
    )


def _next_deadline_of_case() -> Any:
    return (
        select(func.min(col(Deadline.due_on)))
        .where(col(Deadline.case_id) == col(Case.id), col(Deadline.status) == DeadlineStatus.OPEN)
        .scalar_subquery()
    )


def _evidence_count_of_case() -> Any:
    return (
        select(func.count(col(EvidenceItem.id)))
        .where(col(EvidenceItem.case_id) == col(Case.id))
        .scalar_subquery()
    )


def _summary_query() -> Any:
    routes = _routes_of_case()
    next_deadline = _next_deadline_of_case()
    evidence_count = _evidence_count_of_case()
    return select(
        col(Case.id),
        col(Case.reference),
        col(Case.title),
        col(Case.brand),
        col(Case.status),
        col(Case.priority),
        col(Case.responsible_counsel),
        col(Case.opened_on),
        col(Case.jurisdictions),
        routes,
        next_deadline,
        evidence_count,
    )


def _summary(row: Any) -> rows.CaseSummary:
    from datetime import date

    next_due = row[10]
    if isinstance(next_due, str):  # min() over a date column comes back as text in SQLite
        next_due = date.fromisoformat(next_due)
    return rows.CaseSummary(
        id=row[0],
        reference=row[1],
        title=row[2],
        brand=row[3],
        status=row[4],
        priority=row[5],
        responsible_counsel=row[6],
        opened_on=row[7],
        jurisdictions=tuple(row[8] or ()),
        routes=tuple(sorted(row[9].split(","))) if row[9] else (),
        next_deadline=next_due,
        evidence_count=row[11],
    )


def case_summaries(session: Session, ids: Sequence[int]) -> list[rows.CaseSummary]:
    """Summaries for the given ids, in the given order (one page of the case list)."""
    if not ids:
        return []
    found = {
        r.id: r
        for r in map(_summary, session.execute(_summary_query().where(col(Case.id).in_(ids))))
    }
    return [found[i] for i in ids if i in found]


def all_case_summaries(session: Session) -> list[rows.CaseSummary]:
    query = _summary_query().order_by(col(Case.reference))
    return [_summary(r) for r in session.execute(query)]


def party_rows(session: Session, party_ids: Iterable[int]) -> dict[int, rows.PartyRow]:
    ids = list(set(party_ids))
    if not ids:
        return {}
    identifiers: dict[int, list[rows.IdentifierRow]] = defaultdict(list)
    for ident in session.scalars(
        select(PartyIdentifier)
        .where(col(PartyIdentifier.party_id).in_(ids))
        .order_by(col(PartyIdentifier.id))
    ):
        identifiers[ident.party_id].append(
            rows.IdentifierRow(ident.kind, ident.value, ident.id or 0)
        )
    return {
        p.id: rows.PartyRow(p.id, p.kind, p.name, p.country, p.notes, tuple(identifiers[p.id]))
        for p in session.scalars(select(Party).where(col(Party.id).in_(ids)))
        if p.id is not None
    }


def cases_of_parties(session: Session, party_ids: Iterable[int]) -> dict[int, list[str]]:
    result: dict[int, list[str]] = defaultdict(list)
    query = (
        select(col(CaseParty.party_id), col(Case.reference))
        .join(Case, col(Case.id) == col(CaseParty.case_id))
        .where(col(CaseParty.party_id).in_(list(party_ids)))
        .distinct()
        .order_by(col(Case.reference))
    )
    for party_id, reference in session.execute(query):
        result[party_id].append(reference)
    return result


def parties_matching(
    session: Session, normalized: Iterable[tuple[str, str]], exclude_party: int | None = None
) -> list[rows.PartyMatch]:
    """Parties that share any (kind, normalized value) identifier: repeat-infringer detection."""
    pairs = list(normalized)
    if not pairs:
        return []
    conditions = [
        (col(PartyIdentifier.kind) == kind) & (col(PartyIdentifier.normalized) == value)
        for kind, value in pairs
    ]
    # A website's domain also finds the URLs recorded on it.
    conditions += [
        (col(PartyIdentifier.kind) == "url")
        & (
            (col(PartyIdentifier.normalized) == value)
            | col(PartyIdentifier.normalized).startswith(value + "/", autoescape=True)
        )
        for kind, value in pairs
        if kind == "domain" and value
    ]
    hits: dict[int, list[rows.IdentifierRow]] = defaultdict(list)
    for ident in session.scalars(select(PartyIdentifier).where(or_(*conditions))):
        if ident.party_id != exclude_party:
            hits[ident.party_id].append(rows.IdentifierRow(ident.kind, ident.value))
    parties = party_rows(session, hits)
    cases = cases_of_parties(session, hits)
    return [
        rows.PartyMatch(parties[pid], tuple(shared), tuple(cases.get(pid, ())))
        for pid, shared in sorted(hits.items())
    ]


def _money(minor: int | None, currency: str) -> Money | None:
    return None if minor is None else Money.from_minor(minor, currency)


def proceedings_of_case(session: Session, case_id: int) -> tuple[rows.ProceedingRow, ...]:
    proceedings = list(
        session.scalars(
            select(Proceeding)
            .where(col(Proceeding.case_id) == case_id)
            .order_by(col(Proceeding.id))
        )
    )
    events: dict[int, list[rows.ProceedingEventRow]] = defaultdict(list)
    for ev in session.scalars(
        select(ProceedingEvent)
        .where(col(ProceedingEvent.proceeding_id).in_([p.id for p in proceedings]))
        .order_by(col(ProceedingEvent.occurred_on), col(ProceedingEvent.id))
    ):
        events[ev.proceeding_id].append(
            rows.ProceedingEventRow(
                ev.id or 0, ev.kind, ev.occurred_on, ev.reference, ev.description
            )
        )
    listed: dict[int, tuple[int, int]] = {
        proceeding_id: (count, in_notice)
        for proceeding_id, count, in_notice in session.execute(
            select(
                col(Listing.proceeding_id),
                func.count(col(Listing.id)),
                func.count(col(Listing.notice_event_id)),
            )
            .where(col(Listing.proceeding_id).in_([p.id for p in proceedings]))
            .group_by(col(Listing.proceeding_id))
        )
    }
    return tuple(
        rows.ProceedingRow(
            id=p.id or 0,
            route=p.route,
            authority=p.authority,
            authority_ref=p.authority_ref,
            stage=p.stage,
            started_on=p.started_on,
            ended_on=p.ended_on,
            outcome=p.outcome,
            quantity_seized=p.quantity_seized,
            fine=_money(p.fine_minor, p.currency),
            damages=_money(p.damages_minor, p.currency),
            sentence=p.sentence,
            events=tuple(events[p.id or 0]),
            jurisdiction=p.jurisdiction,
            listings=listed.get(p.id or 0, (0, 0))[0],
            listings_in_notice=listed.get(p.id or 0, (0, 0))[1],
        )
        for p in proceedings
    )


def parties_of_case(session: Session, case_id: int) -> tuple[rows.CasePartyRow, ...]:
    links = list(
        session.scalars(
            select(CaseParty).where(col(CaseParty.case_id) == case_id).order_by(col(CaseParty.id))
        )
    )
    parties = party_rows(session, (link.party_id for link in links))
    cases = cases_of_parties(session, parties)
    shared = identifier_matches_of_case(session, case_id)
    reference = session.get(Case, case_id).reference  # type: ignore[union-attr]
    return tuple(
        rows.CasePartyRow(
            parties[link.party_id],
            link.role,
            tuple(r for r in cases.get(link.party_id, ()) if r != reference),
            shared.get(link.party_id, ()),
            link.id or 0,
        )
        for link in links
    )


def _host_of_url(normalized: str) -> str:
    """The website of a normalized URL ("shop-x.com/item/42" → "shop-x.com")."""
    return normalized.split("/", 1)[0].split("?", 1)[0]


def _identifiers_match(mine: tuple[str, str], theirs: tuple[str, str]) -> bool:
    """Whether two (kind, normalized) identifiers name the same thing, as `parties_matching`
    decides it: the same kind and value, or a website's domain and a URL on it."""
    (my_kind, my_value), (their_kind, their_value) = mine, theirs
    if my_kind == their_kind:
        return my_value == their_value
    if (my_kind, their_kind) == ("url", "domain"):
        return _host_of_url(my_value) == their_value
    if (my_kind, their_kind) == ("domain", "url"):
        return their_value == my_value or their_value.startswith(my_value + "/")
    return False


def identifier_matches_of_case(
    session: Session, case_id: int
) -> dict[int, tuple[rows.SharedIdentifierRow, ...]]:
    """For each party of a case: the other party records, linked to other cases, that share
    one of its identifiers (normalized, as `parties_matching` compares them).

    Two queries whatever the number of parties and identifiers: this case's identifiers, then
    every identifier equal to one of them (or a URL on one of its domains) with its party and
    cases; the pairs are matched up here.
    """
    mine = session.execute(
        select(
            col(PartyIdentifier.party_id),
            col(PartyIdentifier.kind),
            col(PartyIdentifier.value),
            col(PartyIdentifier.normalized),
        )
        .join(CaseParty, col(CaseParty.party_id) == col(PartyIdentifier.party_id))
        .where(col(CaseParty.case_id) == case_id, col(PartyIdentifier.normalized) != "")
        .distinct()
        .order_by(col(PartyIdentifier.party_id), col(PartyIdentifier.id))
    ).all()
    if not mine:
        return {}
    values = {normalized for _pid, _kind, _value, normalized in mine}
    values |= {_host_of_url(n) for _pid, kind, _value, n in mine if kind == "url"}
    domains = sorted({n for _pid, kind, _value, n in mine if kind == "domain"})
    other_case = Case.__table__.alias("other_case")  # type: ignore[attr-defined]
    other_link = CaseParty.__table__.alias("other_link")  # type: ignore[attr-defined]
    theirs = session.execute(
        select(
            col(PartyIdentifier.party_id),
            col(PartyIdentifier.kind),
            col(PartyIdentifier.value),
            col(PartyIdentifier.normalized),
            col(Party.name),
            other_case.c.reference,
        )
        .join(Party, col(Party.id) == col(PartyIdentifier.party_id))
        .join(other_link, other_link.c.party_id == col(PartyIdentifier.party_id))
        .join(other_case, other_case.c.id == other_link.c.case_id)
        .where(
            other_link.c.case_id != case_id,
            or_(
                col(PartyIdentifier.normalized).in_(sorted(values)),
                *(
                    (col(PartyIdentifier.kind) == "url")
                    & col(PartyIdentifier.normalized).startswith(domain + "/", autoescape=True)
                    for domain in domains
                ),
            ),
        )
        .distinct()
        .order_by(other_case.c.reference)
    ).all()
    found: dict[int, dict[tuple[Any, ...], list[str]]] = defaultdict(dict)
    for my_party, my_kind, my_value, my_normalized in mine:
        for their_party, their_kind, their_value, their_normalized, name, reference in theirs:
            if their_party == my_party or not _identifiers_match(
                (my_kind, my_normalized), (their_kind, their_normalized)
            ):
                continue
            key = (my_kind, my_value, their_kind, their_value, their_party, name)
            references = found[my_party].setdefault(key, [])
            if reference not in references:
                references.append(reference)
    return {
        party_id: tuple(
            rows.SharedIdentifierRow(
                rows.IdentifierRow(my_kind, my_value),
                rows.IdentifierRow(their_kind, their_value),
                their_party,
                name,
                tuple(references),
            )
            for (my_kind, my_value, their_kind, their_value, their_party, name), references in (
                matches.items()
            )
        )
        for party_id, matches in found.items()
    }


def rights_of_case(session: Session, case_id: int) -> tuple[rows.RightRow, ...]:
    query = (
        select(IPRight)
        .join(CaseRight, col(CaseRight.right_id) == col(IPRight.id))
        .where(col(CaseRight.case_id) == case_id)
        .order_by(col(IPRight.kind), col(IPRight.number))
    )
    return _right_rows(session, list(session.scalars(query)))


def rights_by_id(session: Session, ids: Sequence[int]) -> tuple[rows.RightRow, ...]:
    return _right_rows(
        session, list(session.scalars(select(IPRight).where(col(IPRight.id).in_(ids))))
    )


def _right_rows(session: Session, rights: list[IPRight]) -> tuple[rows.RightRow, ...]:
    recordals: dict[int, list[rows.RecordalRow]] = defaultdict(list)
    for rec in session.scalars(
        select(CustomsRecordal).where(col(CustomsRecordal.right_id).in_([r.id for r in rights]))
    ):
        recordals[rec.right_id].append(
            rows.RecordalRow(rec.id or 0, rec.authority, rec.number, rec.valid_from, rec.valid_to)
        )
    cases: dict[int, list[str]] = defaultdict(list)
    for right_id, reference in session.execute(
        select(col(CaseRight.right_id), col(Case.reference))
        .join(Case, col(Case.id) == col(CaseRight.case_id))
        .where(col(CaseRight.right_id).in_([r.id for r in rights]))
        .order_by(col(Case.reference))
    ):
        cases[right_id].append(reference)
    return tuple(
        rows.RightRow(
            r.id or 0,
            r.kind,
            r.number,
            r.title,
            r.owner,
            r.jurisdiction,
            tuple(r.classes),
            r.valid_from,
            r.valid_to,
            tuple(recordals[r.id or 0]),
            tuple(cases[r.id or 0]),
        )
        for r in rights
    )


def evidence_of_case(session: Session, case_id: int) -> tuple[rows.EvidenceRow, ...]:
    items = list(
        session.scalars(
            select(EvidenceItem)
            .where(col(EvidenceItem.case_id) == case_id)
            .order_by(col(EvidenceItem.exhibit_no))
        )
    )
    ids = [i.id for i in items]
    files: dict[int, list[rows.EvidenceFileRow]] = defaultdict(list)
    for f, size in session.execute(
        select(EvidenceFile, col(StoredBlob.size))
        .join(StoredBlob, col(StoredBlob.sha256) == col(EvidenceFile.sha256))
        .where(col(EvidenceFile.evidence_id).in_(ids))
        .order_by(col(EvidenceFile.id))
    ):
        files[f.evidence_id].append(
            rows.EvidenceFileRow(f.id or 0, f.sha256, size, f.original_name, f.media_type)
        )
    custody: dict[int, list[rows.CustodyRow]] = defaultdict(list)
    for c in session.scalars(
        select(CustodyEvent)
        .where(col(CustodyEvent.evidence_id).in_(ids))
        .order_by(col(CustodyEvent.occurred_at), col(CustodyEvent.id))
    ):
        custody[c.evidence_id].append(
            rows.CustodyRow(
                c.id or 0,
                c.occurred_at,
                c.action,
                c.received_from,
                c.handed_to,
                c.seal_number,
                c.location,
                c.note,
            )
        )
    return tuple(
        rows.EvidenceRow(
            id=i.id or 0,
            exhibit_no=i.exhibit_no,
            kind=i.kind,
            description=i.description,
            obtained_on=i.obtained_on,
            obtained_by=i.obtained_by,
            source_url=i.source_url,
            notary_office=i.notary_office,
            notary_certificate=i.notary_certificate,
            internal=i.internal,
            files=tuple(files[i.id or 0]),
            custody=tuple(custody[i.id or 0]),
            withdrawn_on=i.withdrawn_on,
            withdrawn_reason=i.withdrawn_reason,
        )
        for i in items
    )


def figure_row(f: ThresholdFigure) -> rows.ThresholdFigureRow:
    return rows.ThresholdFigureRow(
        f.id or 0, f.measure, f.value, f.unit, f.as_of, f.evidence_id, f.note
    )


def deadline_row(d: Deadline) -> rows.DeadlineRow:
    return rows.DeadlineRow(
        d.id or 0,
        d.title,
        d.due_on,
        d.rule_id,
        d.explanation,
        d.status,
        tuple(d.reminder_days),
        d.completed_on,
        d.proceeding_id,
        d.event_id,
        d.jurisdiction,
        d.reason,
        d.met_by_event_id,
    )


def money_row(m: MoneyEntry) -> rows.MoneyRow:
    return rows.MoneyRow(
        m.id or 0,
        m.direction,
        m.category,
        Money.from_minor(m.amount_minor, m.currency),
        m.occurred_on,
        m.description,
        m.proceeding_id,
        m.bond_status,
        m.bond_settled_on,
    )


def note_row(n: Note) -> rows.NoteRow:
    return rows.NoteRow(n.id or 0, n.author, n.body, n.internal, n.created_at)


def penalty_row(p: PriorPenalty) -> rows.PriorPenaltyRow:
    return rows.PriorPenaltyRow(
        p.id or 0, p.decided_on, p.kind, p.conduct, p.authority, p.reference, p.note
    )


def case_detail(session: Session, case_id: int) -> rows.CaseDetail:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFoundError(N_("case"), case_id)
    figures = tuple(
        figure_row(f)
        for f in session.scalars(
            select(ThresholdFigure)
            .where(col(ThresholdFigure.case_id) == case_id)
            .order_by(col(ThresholdFigure.as_of), col(ThresholdFigure.id))
        )
    )
    deadlines = tuple(
        deadline_row(d)
        for d in session.scalars(
            select(Deadline).where(col(Deadline.case_id) == case_id).order_by(col(Deadline.due_on))
        )
    )
    money = tuple(
        money_row(m)
        for m in session.scalars(
            select(MoneyEntry)
            .where(col(MoneyEntry.case_id) == case_id)
            .order_by(col(MoneyEntry.occurred_on))
        )
    )
    notes = tuple(
        note_row(n)
        for n in session.scalars(
            select(Note).where(col(Note.case_id) == case_id).order_by(col(Note.created_at))
        )
    )
    return rows.CaseDetail(
        id=case_id,
        reference=case.reference,
        title=case.title,
        brand=case.brand,
        product_line=case.product_line,
        status=case.status,
        priority=case.priority,
        jurisdictions=tuple(case.jurisdictions),
        responsible_counsel=case.responsible_counsel,
        opened_on=case.opened_on,
        closed_on=case.closed_on,
        summary=case.summary,
        tags=tuple(case.tags),
        proceedings=proceedings_of_case(session, case_id),
        parties=parties_of_case(session, case_id),
        rights=rights_of_case(session, case_id),
        evidence=evidence_of_case(session, case_id),
        figures=figures,
        deadlines=deadlines,
        money=money,
        notes=notes,
        offences=tuple(case.offences),
        acts_on=case.acts_on,
        transfers=transfers_of_case(session, case_id),
        penalties=tuple(
            penalty_row(p)
            for p in session.scalars(
                select(PriorPenalty)
                .where(col(PriorPenalty.case_id) == case_id)
                .order_by(col(PriorPenalty.decided_on), col(PriorPenalty.id))
            )
        ),
    )


def transfers_of_case(session: Session, case_id: int) -> tuple[rows.TransferRow, ...]:
    records = list(
        session.scalars(
            select(TransferRecord)
            .where(col(TransferRecord.case_id) == case_id)
            .order_by(col(TransferRecord.id))
        )
    )
    steps: dict[int, list[rows.TransferStepRow]] = defaultdict(list)
    for st in session.scalars(
        select(TransferStepRecord)
        .where(col(TransferStepRecord.transfer_id).in_([r.id for r in records]))
        .order_by(col(TransferStepRecord.occurred_on), col(TransferStepRecord.id))
    ):
        steps[st.transfer_id].append(
            rows.TransferStepRow(
                st.id or 0, st.step, st.occurred_on, st.authority, st.reference, st.note
            )
        )
    return tuple(
        rows.TransferRow(r.id or 0, r.authority, r.note, r.proceeding_id, tuple(steps[r.id or 0]))
        for r in records
    )


def all_blobs(session: Session) -> list[rows.BlobRow]:
    return [
        rows.BlobRow(sha, size)
        for sha, size in session.execute(
            select(col(StoredBlob.sha256), col(StoredBlob.size)).order_by(col(StoredBlob.sha256))
        )
    ]


def identifier_exists(session: Session, party_id: int, kind: str, normalized: str) -> bool:
    query = select(col(PartyIdentifier.id)).where(
        col(PartyIdentifier.party_id) == party_id,
        col(PartyIdentifier.kind) == kind,
        col(PartyIdentifier.normalized) == normalized,
    )
    return session.scalar(query) is not None


def party_linked(session: Session, case_id: int, party_id: int, role: str) -> bool:
    query = select(col(CaseParty.id)).where(
        col(CaseParty.case_id) == case_id,
        col(CaseParty.party_id) == party_id,
        col(CaseParty.role) == role,
    )
    return session.scalar(query) is not None


def right_linked(session: Session, case_id: int, right_id: int) -> bool:
    query = select(col(CaseRight.id)).where(
        col(CaseRight.case_id) == case_id, col(CaseRight.right_id) == right_id
    )
    return session.scalar(query) is not None


def right_by_number(session: Session, kind: str, jurisdiction: str, number: str) -> IPRight | None:
    return session.scalars(
        select(IPRight).where(
            col(IPRight.kind) == kind,
            col(IPRight.jurisdiction) == jurisdiction,
            col(IPRight.number) == number,
        )
    ).first()


def exhibits_holding(session: Session, hashes: Sequence[str] | None) -> dict[str, tuple[str, ...]]:
    """For each hash (None: every hash) in the archive: the exhibits ("CF-2026-0001 #3")."""
    found: dict[str, dict[str, None]] = defaultdict(dict)  # ordered sets: a list was quadratic
    query = (
        select(col(EvidenceFile.sha256), col(Case.reference), col(EvidenceItem.exhibit_no))
        .join(EvidenceItem, col(EvidenceItem.id) == col(EvidenceFile.evidence_id))
        .join(Case, col(Case.id) == col(EvidenceItem.case_id))
        .order_by(col(Case.reference), col(EvidenceItem.exhibit_no))
    )
    if hashes is not None:
        query = query.where(col(EvidenceFile.sha256).in_(list(hashes)))
    for sha, reference, exhibit_no in session.execute(query):
        found[sha][f"{reference} #{exhibit_no}"] = None
    return {sha: tuple(labels) for sha, labels in found.items()}


def original_names(session: Session, hashes: Sequence[str] | None) -> dict[str, tuple[str, ...]]:
    """The file names users gave each stored hash (None: every hash)."""
    found: dict[str, list[str]] = defaultdict(list)
    query = select(col(EvidenceFile.sha256), col(EvidenceFile.original_name))
    if hashes is not None:
        query = query.where(col(EvidenceFile.sha256).in_(list(hashes)))
    for sha, name in session.execute(query):
        if name not in found[sha]:
            found[sha].append(name)
    return {sha: tuple(names) for sha, names in found.items()}


def reference_taken(session: Session, reference: str) -> bool:
    return session.scalar(select(col(Case.id)).where(col(Case.reference) == reference)) is not None


def next_case_number(session: Session, year: int) -> int:
    prefix = f"CF-{year:04d}-"
    refs = session.scalars(
        select(col(Case.reference)).where(col(Case.reference).startswith(prefix))
    ).all()
    numbers = [int(r[len(prefix) :]) for r in refs if r[len(prefix) :].isdigit()]
    return max(numbers, default=0) + 1


def next_exhibit_number(session: Session, case_id: int) -> int:
    current = session.scalar(
        select(func.max(col(EvidenceItem.exhibit_no))).where(col(EvidenceItem.case_id) == case_id)
    )
    return (current or 0) + 1

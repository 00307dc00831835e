"""The infringers across the practice: every party that is an infringer in a case, with its
identifiers, its cases, their routes and outcomes, and when it was first and last seen; "seen
before" suggestions (two infringer records sharing an identifier, or named nearly alike); and
merging two records found to be the same infringer, reversibly.

A merge moves the merged party's identifiers (one the kept party already holds, same kind and
normalised value, is dropped) and case links (one in a case where the kept party already plays
that role is dropped) onto the kept party, removes the merged party, and records what it did in
`party_merge`, all in one audited transaction. Listings imported from monitoring tools name
their seller's party: the merged party's move to the kept one (and back on undo). Nothing else
in the archive names a party (figures, penalties and money belong to cases), so nothing else
moves. `undo_merge` puts the merged party back as it was: its own row, identifiers and links,
with their ids where still free.

The search index needs no work of its own: a party and an identifier restored are indexed as
any insert is, a removed one leaves it by the triggers, and an identifier moved to another party
reaches that party's cases through `case_party` when searching (store/search.py).
"""

from __future__ import annotations

import gc
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlmodel import Session, col

from casefile.domain import CaseStatus, Money, PartyRole, ProceedingStage, Route
from casefile.errors import ValidationError
from casefile.services import validation as v
from casefile.services.base import apply, current_actor, remove
from casefile.services.parties import identifier_search_keys
from casefile.store import infringer_queries as q
from casefile.store import repositories
from casefile.store.archive import Archive
from casefile.store.models import (
    CaseParty,
    Listing,
    Party,
    PartyIdentifier,
    PartyMerge,
    utcnow,
)
from casefile.store.rows import IdentifierRow, PartyRow
from casefile.words import N_

ORDERS = tuple(q.ORDERS)  # "cases" (most first), "last_seen", "first_seen", "name"
ROUTE_ORDER = {route.value: n for n, route in enumerate(Route)}

# --- the list ----------------------------------------------------------------------------------


class ProceedingOutcome(NamedTuple):
    """A proceeding of one of an infringer's cases, as recorded: its stage, what was decided,
    the fine, the damages and the sentence (each empty or None when not recorded). A
    NamedTuple, as the two below: a whole archive's list makes 200,000 of them, and a frozen
    dataclass costs several times as much to make."""

    route: Route
    stage: ProceedingStage
    authority: str
    outcome: str
    fine_minor: int | None  # the amounts in minor units of `currency` (Money built on asking)
    damages_minor: int | None
    currency: str
    sentence: str
    ended_on: date | None

    @property
    def fine(self) -> Money | None:
        return _money(self.fine_minor, self.currency)

    @property
    def damages(self) -> Money | None:
        return _money(self.damages_minor, self.currency)


class RecordedPenalty(NamedTuple):
    """An earlier penalty recorded on one of the infringer's cases (the repeat standards)."""

    decided_on: date
    kind: str  # PenaltyKind value
    conduct: str  # the Criminal Law article
    authority: str
    reference: str


class InfringerCase(NamedTuple):
    """A case the party is in, in a role (`infringer` for most; it may be a witness elsewhere)."""

    case_id: int
    reference: str
    title: str
    status: CaseStatus
    role: PartyRole
    opened_on: date
    routes: tuple[Route, ...]  # of its proceedings, in Route order
    outcomes: tuple[ProceedingOutcome, ...]  # its proceedings with anything decided
    penalties: tuple[RecordedPenalty, ...]


@dataclass(frozen=True, slots=True)
class InfringerSummary:
    """One infringer: its record, every identifier, the cases it is in, when it was first and
    last seen (the earliest and latest acts or opening date of its infringer cases)."""

    id: int
    kind: str  # PartyKind value
    name: str
    country: str
    notes: str
    identifiers: tuple[IdentifierRow, ...]
    cases: tuple[InfringerCase, ...]  # oldest first
    case_count: int  # the cases it is an infringer in
    first_seen: date | None
    last_seen: date | None

    @property
    def routes(self) -> tuple[Route, ...]:
        """The routes taken against it, across its cases, in Route order."""
        found = {route for case in self.cases for route in case.routes}
        return tuple(route for route in Route if route in found)

    @property
    def outcomes(self) -> tuple[tuple[str, ProceedingOutcome], ...]:
        """(case reference, outcome) of every proceeding with anything decided."""
        return tuple((case.reference, o) for case in self.cases for o in case.outcomes)

    @property
    def party(self) -> PartyRow:
        return PartyRow(self.id, self.kind, self.name, self.country, self.notes, self.identifiers)


def _money(minor: int | None, currency: str) -> Money | None:
    return None if minor is None else Money.from_minor(minor, currency or "CNY")


# Stored codes to their enum members by dict: Enum(value) costs ~5 µs, and a whole archive's
# list converts half a million of them.
_ROUTES = {r.value: r for r in Route}
_STAGES = {s.value: s for s in ProceedingStage}
_STATUSES = {s.value: s for s in CaseStatus}
_ROLES = {r.value: r for r in PartyRole}


def _outcome(hit: q.ProceedingHit) -> ProceedingOutcome:
    return ProceedingOutcome(
        route=_ROUTES[hit.route],
        stage=_STAGES[hit.stage],
        authority=hit.authority or "",
        outcome=hit.outcome or "",
        fine_minor=hit.fine_minor,
        damages_minor=hit.damages_minor,
        currency=hit.currency or "CNY",
        sentence=hit.sentence or "",
        ended_on=hit.ended_on,
    )


def _has_outcome(hit: q.ProceedingHit) -> bool:
    return (
        bool(hit.outcome or hit.sentence)
        or hit.fine_minor is not None
        or (hit.damages_minor is not None)
    )


def _case_order(case: InfringerCase) -> tuple[date, str]:
    return case.opened_on, case.reference


def _summaries(
    session: Session, hits: list[q.InfringerHit], every: bool = False
) -> list[InfringerSummary]:
    """The summaries of `hits`, in their order; `every`: they are every infringer (read by
    subqueries, not lists of ids)."""
    found = q.details(session, None if every else [hit.party_id for hit in hits])
    parties = {p.id: p for p in found.parties}
    identifiers: dict[int, list[IdentifierRow]] = defaultdict(list)
    for ident in found.identifiers:
        identifiers[ident.party_id].append(IdentifierRow(ident.kind, ident.value, ident.id))
    routes: dict[int, set[str]] = defaultdict(set)
    outcomes: dict[int, list[ProceedingOutcome]] = defaultdict(list)
    for proceeding in found.proceedings:
        routes[proceeding.case_id].add(proceeding.route)
        if _has_outcome(proceeding):
            outcomes[proceeding.case_id].append(_outcome(proceeding))
    penalties: dict[int, list[RecordedPenalty]] = defaultdict(list)
    for penalty in found.penalties:
        penalties[penalty.case_id].append(RecordedPenalty(*penalty[1:]))
    # One case's part, shared by the links of every party in it.
    case_parts: dict[int, tuple[Any, ...]] = {}
    for case_id in routes.keys() | penalties.keys():
        case_parts[case_id] = (
            tuple(_ROUTES[r] for r in sorted(routes.get(case_id, ()), key=ROUTE_ORDER.__getitem__)),
            tuple(outcomes.get(case_id, ())),
            tuple(penalties.get(case_id, ())),
        )
    no_part: tuple[Any, ...] = ((), (), ())
    cases: dict[int, list[InfringerCase]] = defaultdict(list)
    for link in found.links:
        case_routes, case_outcomes, case_penalties = case_parts.get(link.case_id, no_part)
        cases[link.party_id].append(
            InfringerCase(
                case_id=link.case_id,
                reference=link.reference,
                title=link.title,
                status=_STATUSES[link.status],
                role=_ROLES[link.role],
                opened_on=link.opened_on,
                routes=case_routes,
                outcomes=case_outcomes,
                penalties=case_penalties,
            )
        )
    for links in cases.values():
        links.sort(key=_case_order)
    result = []
    for hit in hits:
        party = parties.get(hit.party_id)
        if party is None:  # pragma: no cover (read in the same transaction)
            continue
        result.append(
            InfringerSummary(
                id=party.id,
                kind=party.kind,
                name=party.name,
                country=party.country,
                notes=party.notes,
                identifiers=tuple(identifiers[party.id]),
                cases=tuple(cases[party.id]),
                case_count=hit.cases,
                first_seen=hit.first_seen,
                last_seen=hit.last_seen,
            )
        )
    return result


@contextmanager
def _bulk() -> Iterator[None]:
    """Python's cycle collector paused while a whole archive's list is built: it makes
    hundreds of thousands of tuples (no cycles), and each collection would walk them all again
    (measured: 3.6 s instead of 1.2 s to assemble 24,000 infringers' rows)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _search_args(search: object) -> tuple[str, list[tuple[str, str]]]:
    if search is None:
        return "", []
    typed = v.text("search", search, max_length=500)
    typed = unicodedata.normalize("NFKC", typed).strip()
    return typed, identifier_search_keys(typed) if typed else []


def _order(order: object) -> str:
    if order not in q.ORDERS:
        raise ValidationError(
            "order",
            N_("must be one of {allowed}, not {value!r}"),
            allowed=", ".join(q.ORDERS),
            value=order,
        )
    return str(order)


def _limit(limit: object) -> int | None:
    if limit is None:
        return None
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValidationError("limit", N_("must be a whole number ≥ 1, not {value!r}"), value=limit)
    return limit


def infringer_ids(
    archive: Archive, *, search: str = "", order: str = "cases", limit: int | None = None
) -> list[int]:
    """The ids of the infringers, in order (`ORDERS`), whose name or an identifier holds
    `search` (an identifier also as normalised: "138 0013 8000" finds "+86 13800138000"): the
    list a view holds, fetching rows a page at a time with `infringer_details`."""
    typed, keys = _search_args(search)
    with archive.reading() as session:
        hits = q.infringer_hits(
            session, search=typed, keys=keys, order=_order(order), limit=_limit(limit)
        )
    return [hit.party_id for hit in hits]


def infringer_details(archive: Archive, party_ids: list[int]) -> list[InfringerSummary]:
    """The summaries of these infringers, in the order given (a page of the list); an id that
    is no longer an infringer (merged, removed) is left out."""
    if not party_ids:
        return []
    with archive.reading() as session:
        hits = {hit.party_id: hit for hit in q.infringer_hits(session, only=party_ids)}
        ordered = [hits[i] for i in party_ids if i in hits]
        return _summaries(session, ordered)


def infringers(
    archive: Archive, *, search: str = "", order: str = "cases", limit: int | None = None
) -> list[InfringerSummary]:
    """Every party that is an infringer in at least one case, with all its identifiers, the
    cases it is in (reference, title, status, its role there), their routes and outcomes, and
    when it was first and last seen; most cases first (or `order`). `search` keeps those whose
    name or an identifier holds the text."""
    typed, keys = _search_args(search)
    with archive.reading() as session, _bulk():
        hits = q.infringer_hits(
            session, search=typed, keys=keys, order=_order(order), limit=_limit(limit)
        )
        return _summaries(session, hits, every=not typed and limit is None)


# --- "seen before" -------------------------------------------------------------------------------

# Words that say what kind of business, not which one: "Co., Ltd." and 有限公司 do not tell
# two sellers apart.
_LEGAL_FORMS = re.compile(
    r"(有限责任公司|股份有限公司|有限公司|公司|co\.?,?\s*ltd\.?|company|limited|ltd\.?|inc\.?|"
    r"llc|corp\.?|gmbh)",
    re.IGNORECASE,
)
MIN_NAME_KEY = 4  # a shorter name ("黄某") is too common to suggest anything


def name_key(name: str) -> str:
    """A name as compared for "near-identical": NFKC, case, spacing, punctuation and legal
    forms ignored ("Shenzhen Fastwheel Trading Co., Ltd." = "shenzhen fastwheel trading")."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    folded = _LEGAL_FORMS.sub(" ", folded)
    return "".join(c for c in folded if c.isalnum())


@dataclass(frozen=True, slots=True)
class SharedEvidence:
    """An identifier both parties hold: its kind, normalised value and each as recorded."""

    kind: str  # IdentifierKind value
    normalized: str
    first_value: str
    second_value: str

    def __str__(self) -> str:
        kind = self.kind.replace("_", " ")
        return f"{kind} {self.normalized} on both"


@dataclass(frozen=True, slots=True)
class SuggestedParty:
    id: int
    name: str
    cases: tuple[str, ...]  # references of its infringer cases, oldest first


@dataclass(frozen=True, slots=True)
class Suggestion:
    """Two infringer records that may be the same infringer, with why: the identifiers they
    share and whether their names are nearly the same. `first` has the lower id."""

    first: SuggestedParty
    second: SuggestedParty
    shared: tuple[SharedEvidence, ...]
    same_name: bool

    @property
    def reasons(self) -> tuple[str, ...]:
        """In words: "phone 13957928841 on both", "names nearly the same"."""
        words = [str(s) for s in self.shared]
        if self.same_name:
            words.append(f"names nearly the same ({self.first.name} / {self.second.name})")
        return tuple(words)


def merge_suggestions(archive: Archive, *, limit: int | None = None) -> list[Suggestion]:
    """Pairs of distinct infringer records that share an identifier (same kind and normalised
    value) or are named nearly alike (`name_key`): the strongest first (most shared
    identifiers, then a shared name too), then by the first party's id. A pair merged is one
    record, so never suggested again."""
    checked_limit = _limit(limit)
    with archive.reading() as session, _bulk():
        shared: dict[tuple[int, int], list[SharedEvidence]] = defaultdict(list)
        for hit in q.shared_identifiers(session):
            shared[hit.first_id, hit.second_id].append(SharedEvidence(*hit[2:]))
        by_key: dict[str, list[int]] = defaultdict(list)
        names: dict[int, str] = {}
        for party_id, name in q.infringer_names(session):
            names[party_id] = name
            key = name_key(name)
            if len(key) >= MIN_NAME_KEY:
                by_key[key].append(party_id)
        same_name = {
            (a, b)
            for ids in by_key.values()
            for i, a in enumerate(ids)
            for b in ids[i + 1 :]  # ids ascending: a < b
        }
        pairs = sorted(
            set(shared) | same_name,
            key=lambda pair: (-len(shared.get(pair, ())), pair not in same_name, pair),
        )[:checked_limit]
        cases = q.case_counts(session, sorted({i for pair in pairs for i in pair}))
    return [
        Suggestion(
            SuggestedParty(a, names[a], tuple(cases.get(a, ()))),
            SuggestedParty(b, names[b], tuple(cases.get(b, ()))),
            tuple(shared.get((a, b), ())),
            (a, b) in same_name,
        )
        for a, b in pairs
    ]


# --- merging -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What a merge did: the kept party as it now is, and what moved and what was dropped as
    already held by it (identifiers as "kind value", links as "CF-2025-0001 as infringer")."""

    merge_id: int
    kept: PartyRow
    merged_id: int
    merged_name: str
    identifiers_moved: tuple[str, ...]
    identifiers_dropped: tuple[str, ...]
    links_moved: tuple[str, ...]
    links_dropped: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class UndoResult:
    """A merge undone: both parties as they now are; `restored.id` is the merged party's old
    id unless another record took it meanwhile. `cases_gone`: links not restored because their
    case has since been removed."""

    merge_id: int
    kept: PartyRow
    restored: PartyRow
    same_id: bool
    cases_gone: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MergeRow:
    """A merge as the list of merges shows it."""

    id: int
    keep_id: int
    merged_id: int
    merged_name: str
    reason: str
    merged_at: datetime
    merged_by: str
    undone_at: datetime | None
    undone_by: str


def _party_id(field: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            field, N_("must be a party id (a whole number), not {value!r}"), value=value
        )
    return value


def _party(session: Session, field: str, party_id: int) -> Party:
    party = session.get(Party, party_id)
    if party is None:
        raise ValidationError(
            field, N_("there is no party {number} in this archive"), number=party_id
        )
    return party


def _references(session: Session, case_ids: set[int]) -> dict[int, str]:
    return {s.id: s.reference for s in repositories.case_summaries(session, sorted(case_ids))}


def _identifiers_of(session: Session, party_id: int) -> list[PartyIdentifier]:
    return list(
        session.scalars(
            select(PartyIdentifier)
            .where(col(PartyIdentifier.party_id) == party_id)
            .order_by(col(PartyIdentifier.id))
        )
    )


def _links_of(session: Session, party_id: int) -> list[CaseParty]:
    return list(
        session.scalars(
            select(CaseParty).where(col(CaseParty.party_id) == party_id).order_by(col(CaseParty.id))
        )
    )


def merge_parties(
    archive: Archive,
    keep_id: object,
    merged_id: object,
    actor: str | None = None,
    reason: object = "",
) -> MergeResult:
    """Merge party `merged_id` into party `keep_id`, found to be the same infringer: its
    identifiers and case links move to the kept party (those it already holds are dropped), and
    the merged party is removed; one audited transaction, undone by `undo_merge`. The kept
    party's name, kind, country and notes stay as they are. `reason` (required) is kept with
    the merge: why counsel took the two for one."""
    keep = _party_id("keep_id", keep_id)
    merged = _party_id("merged_id", merged_id)
    if keep == merged:
        raise ValidationError(
            "merged_id", N_("party {number} cannot be merged into itself"), number=keep
        )
    why = v.text("reason", reason, required=True, max_length=500)
    who = actor or current_actor()
    with archive.unit_of_work(who) as session:
        _party(session, "keep_id", keep)
        gone = _party(session, "merged_id", merged)
        identifiers = _identifiers_of(session, merged)
        links = _links_of(session, merged)
        snapshot: dict[str, Any] = {
            "party": gone.model_dump(mode="json"),
            "identifiers": [i.model_dump(mode="json") for i in identifiers],
            "links": [link.model_dump(mode="json") for link in links],
        }
        held = {(i.kind, i.normalized) for i in _identifiers_of(session, keep)}
        moved, dropped = [], []
        for ident in identifiers:
            if (ident.kind, ident.normalized) in held:
                dropped.append(ident)
            else:
                moved.append(ident)
        remove(session, *dropped)
        for ident in moved:
            apply(ident, {"party_id": keep})
        session.flush()
        # Links are removed and made anew, not repointed: a case's history reads a party's
        # time in the case from its links' insert and delete rows (services/history.py).
        played = {(link.case_id, link.role) for link in _links_of(session, keep)}
        remove(session, *links)
        created = [
            CaseParty(case_id=link.case_id, party_id=keep, role=link.role, note=link.note)
            for link in links
            if (link.case_id, link.role) not in played
        ]
        session.add_all(created)
        # The merged seller's listings are the kept one's now (listed in the snapshot, for
        # the undo).
        listings = list(session.scalars(select(Listing).where(col(Listing.party_id) == merged)))
        for listing in listings:
            apply(listing, {"party_id": keep})
        snapshot["listings"] = [listing.id for listing in listings]
        session.flush()
        merged_name = gone.name
        remove(session, gone)
        record = PartyMerge(
            keep_id=keep,
            merged_id=merged,
            merged_name=merged_name,
            reason=why,
            merged_by=who,
            snapshot=snapshot,
            moved_identifier_ids=[i.id or 0 for i in moved],
            created_link_ids=[link.id or 0 for link in created],
        )
        session.add(record)
        session.flush()
        references = _references(session, {link.case_id for link in links})

        def link_words(link: CaseParty) -> str:
            return f"{references.get(link.case_id, link.case_id)} as {link.role}"

        return MergeResult(
            merge_id=record.id or 0,
            kept=repositories.party_rows(session, [keep])[keep],
            merged_id=merged,
            merged_name=merged_name,
            identifiers_moved=tuple(f"{i.kind} {i.value}" for i in moved),
            identifiers_dropped=tuple(f"{i.kind} {i.value}" for i in dropped),
            links_moved=tuple(link_words(link) for link in created),
            links_dropped=tuple(
                link_words(link) for link in links if (link.case_id, link.role) in played
            ),
        )


def _merge_row(record: PartyMerge) -> MergeRow:
    return MergeRow(
        id=record.id or 0,
        keep_id=record.keep_id,
        merged_id=record.merged_id,
        merged_name=record.merged_name,
        reason=record.reason,
        merged_at=record.merged_at,
        merged_by=record.merged_by,
        undone_at=record.undone_at,
        undone_by=record.undone_by,
    )


def merges(archive: Archive, party_id: int | None = None) -> list[MergeRow]:
    """The merges made, newest first; of one party (kept or merged) if given."""
    with archive.reading() as session:
        query = select(PartyMerge).order_by(col(PartyMerge.id).desc())
        if party_id is not None:
            query = query.where(
                (col(PartyMerge.keep_id) == party_id) | (col(PartyMerge.merged_id) == party_id)
            )
        return [_merge_row(record) for record in session.scalars(query)]


def _datetime(value: Any) -> Any:
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def _free(session: Session, model: type[Any], row_id: int) -> bool:
    return session.get(model, row_id) is None


def undo_merge(archive: Archive, merge_id: object, actor: str | None = None) -> UndoResult:
    """Undo a merge: the merged party back with its own row, identifiers and case links as
    they were (their old ids where still free), the kept party as it was before (the links made
    for it removed, the identifiers moved to it taken back); one audited transaction. Refused
    when the merge was undone already, or when the kept party has since been merged into
    another (undo that first) or removed."""
    if isinstance(merge_id, bool) or not isinstance(merge_id, int):
        raise ValidationError(
            "merge_id", N_("must be a merge number, not {value!r}"), value=merge_id
        )
    who = actor or current_actor()
    with archive.unit_of_work(who) as session:
        record = session.get(PartyMerge, merge_id)
        if record is None:
            raise ValidationError(
                "merge_id", N_("there is no merge {number} in this archive"), number=merge_id
            )
        if record.undone_at is not None:
            raise ValidationError(
                "merge_id",
                N_("merge {number} was already undone on {day:%Y-%m-%d} by {who}"),
                number=merge_id,
                day=record.undone_at,
                who=record.undone_by,
            )
        later = session.scalars(
            select(PartyMerge).where(
                col(PartyMerge.merged_id) == record.keep_id,
                col(PartyMerge.id) > merge_id,
                col(PartyMerge.undone_at).is_(None),
            )
        ).first()
        if later is not None:
            raise ValidationError(
                "merge_id",
                N_(
                    "party {number} ({name}) was since merged into party {into} "
                    "(merge {merge}): undo that merge first"
                ),
                number=record.keep_id,
                name=later.merged_name,
                into=later.keep_id,
                merge=later.id,
            )
        if session.get(Party, record.keep_id) is None:
            raise ValidationError(
                "merge_id",
                N_(
                    "party {number}, which {name} was merged into, has since "
                    "been removed; the merge cannot be undone"
                ),
                number=record.keep_id,
                name=record.merged_name,
            )
        keep = record.keep_id
        snapshot = record.snapshot
        # The links made for the kept party go first: a restored link may take back its id.
        made = [session.get(CaseParty, link_id) for link_id in record.created_link_ids]
        remove(session, *(link for link in made if link is not None and link.party_id == keep))
        party_values = dict(snapshot["party"])
        old_id = int(party_values.pop("id"))
        same_id = _free(session, Party, old_id)
        restored = Party(
            **{k: _datetime(v) if k == "created_at" else v for k, v in party_values.items()},
            id=old_id if same_id else None,
        )
        session.add(restored)
        session.flush()
        new_id = restored.id or 0
        moved = set(record.moved_identifier_ids)
        for values in snapshot["identifiers"]:
            fields = {"kind": values["kind"], "value": values["value"]}
            fields["normalized"] = values["normalized"]
            current = session.get(PartyIdentifier, values["id"])
            if current is not None and values["id"] in moved and current.party_id == keep:
                apply(current, {**fields, "party_id": new_id})
            else:
                # Dropped as the kept party's own, or removed from it since: made again.
                reuse = current is None
                session.add(
                    PartyIdentifier(id=values["id"] if reuse else None, party_id=new_id, **fields)
                )
            session.flush()
        cases_gone: list[str] = []
        existing = _references(session, {int(link["case_id"]) for link in snapshot["links"]})
        for values in snapshot["links"]:
            case_id = int(values["case_id"])
            if case_id not in existing:
                cases_gone.append(f"case {case_id}")
                continue
            session.add(
                CaseParty(
                    id=values["id"] if _free(session, CaseParty, values["id"]) else None,
                    case_id=case_id,
                    party_id=new_id,
                    role=values["role"],
                    note=values["note"],
                )
            )
        for listing_id in snapshot.get("listings", ()):
            listing = session.get(Listing, listing_id)
            if listing is not None and listing.party_id == keep:
                apply(listing, {"party_id": new_id})
        apply(record, {"undone_at": utcnow(), "undone_by": who})
        session.flush()
        found = repositories.party_rows(session, [keep, new_id])
        return UndoResult(
            merge_id=merge_id,
            kept=found[keep],
            restored=found[new_id],
            same_id=same_id,
            cases_gone=tuple(cases_gone),
        )

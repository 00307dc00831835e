"""Frozen rows handed out of the store: no ORM object crosses into the UI or another thread."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from casefile.domain import Money


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """One line of the case list."""

    id: int
    reference: str
    title: str
    brand: str
    status: str
    priority: str
    responsible_counsel: str
    opened_on: date
    jurisdictions: tuple[str, ...]
    routes: tuple[str, ...]
    next_deadline: date | None
    evidence_count: int


@dataclass(frozen=True, slots=True)
class ProceedingEventRow:
    id: int
    kind: str
    occurred_on: date
    reference: str
    description: str


@dataclass(frozen=True, slots=True)
class ProceedingRow:
    id: int
    route: str
    authority: str
    authority_ref: str
    stage: str
    started_on: date | None
    ended_on: date | None
    outcome: str
    quantity_seized: int | None
    fine: Money | None
    damages: Money | None
    sentence: str
    events: tuple[ProceedingEventRow, ...]
    jurisdiction: str = ""
    listings: int = 0  # infringing listings on it (a platform proceeding's, imported)
    listings_in_notice: int = 0  # of them, named in a notice sent (a complaint batch filed)


@dataclass(frozen=True, slots=True)
class IdentifierRow:
    kind: str
    value: str
    # The stored identifier (to change or remove it); 0 where the row only says what matched.
    # Not compared: the same kind and value is the same identifier wherever it is shown.
    id: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class PartyRow:
    id: int
    kind: str
    name: str
    country: str
    notes: str
    identifiers: tuple[IdentifierRow, ...]


@dataclass(frozen=True, slots=True)
class SharedIdentifierRow:
    """Another party record, in other cases, that shares an identifier with a party of a case:
    the same phone, credit code, shop ID or website under another name (a repeat infringer the
    same-record link cannot see)."""

    identifier: IdentifierRow  # as recorded on the party of this case
    other_identifier: IdentifierRow  # as recorded on the other party (may be written otherwise)
    party_id: int
    party_name: str
    cases: tuple[str, ...]  # references of the other party's cases, this case left out


@dataclass(frozen=True, slots=True)
class CasePartyRow:
    """A party as it appears in one case, with the other cases it appears in (`other_cases`:
    the same party record) and the other parties sharing one of its identifiers (`shared`)."""

    party: PartyRow
    role: str
    other_cases: tuple[str, ...]
    shared: tuple[SharedIdentifierRow, ...] = ()
    # The link of the party to the case in this role (to change or end it); 0 where unknown.
    link_id: int = field(default=0, compare=False)

    @property
    def linked_cases(self) -> tuple[str, ...]:
        """Every other case this party is tied to, by its record or by a shared identifier."""
        found = list(self.other_cases)
        for match in self.shared:
            found += [r for r in match.cases if r not in found]
        return tuple(sorted(found))


@dataclass(frozen=True, slots=True)
class PartyMatch:
    """An earlier party sharing an identifier with the one being entered."""

    party: PartyRow
    shared: tuple[IdentifierRow, ...]
    cases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class IdentifierMatch:
    """A known party with an identifier matching one being typed: "seen before in CF-2025-0007
    (Shenzhen Fastwheel Trading)"; the same party can be linked instead of entered again."""

    party: PartyRow
    matched: tuple[IdentifierRow, ...]  # its identifiers that match, as recorded
    cases: tuple[str, ...]  # references of the cases it is in, the case being edited left out
    in_this_case: bool  # already a party of the case being edited


@dataclass(frozen=True, slots=True)
class RecordalRow:
    id: int
    authority: str
    number: str
    valid_from: date
    valid_to: date


@dataclass(frozen=True, slots=True)
class RightRow:
    id: int
    kind: str
    number: str
    title: str
    owner: str
    jurisdiction: str
    classes: tuple[str, ...]
    valid_from: date | None
    valid_to: date | None
    recordals: tuple[RecordalRow, ...]
    cases: tuple[str, ...] = ()  # the references of every case that enforces it


@dataclass(frozen=True, slots=True)
class EvidenceFileRow:
    id: int
    sha256: str
    size: int
    original_name: str
    media_type: str


@dataclass(frozen=True, slots=True)
class CustodyRow:
    id: int
    occurred_at: datetime
    action: str
    received_from: str
    handed_to: str
    seal_number: str
    location: str
    note: str


@dataclass(frozen=True, slots=True)
class EvidenceRow:
    id: int
    exhibit_no: int
    kind: str
    description: str
    obtained_on: date | None
    obtained_by: str
    source_url: str
    notary_office: str
    notary_certificate: str
    internal: bool
    files: tuple[EvidenceFileRow, ...]
    custody: tuple[CustodyRow, ...]
    withdrawn_on: date | None = None  # withdrawn: files and custody kept, out of bundles
    withdrawn_reason: str = ""

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_on is not None


@dataclass(frozen=True, slots=True)
class ThresholdFigureRow:
    id: int
    measure: str
    value: Decimal
    unit: str
    as_of: date
    evidence_id: int | None
    note: str


@dataclass(frozen=True, slots=True)
class PriorPenaltyRow:
    """An earlier penalty of the case's infringer (the repeat standards count it)."""

    id: int
    decided_on: date
    kind: str  # criminal | administrative
    conduct: str  # the Criminal Law article of the conduct ("213")
    authority: str
    reference: str
    note: str


@dataclass(frozen=True, slots=True)
class DeadlineRow:
    id: int
    title: str
    due_on: date
    rule_id: str
    explanation: str
    status: str
    reminder_days: tuple[int, ...]
    completed_on: date | None
    proceeding_id: int | None
    event_id: int | None = None  # the proceeding event that generated it; None: added by hand
    jurisdiction: str = ""
    reason: str = ""  # why it was waived (or a word on how it was done)
    met_by_event_id: int | None = None  # the event that met it (done by generation, not by hand)


@dataclass(frozen=True, slots=True)
class TransferStepRow:
    id: int
    step: str
    occurred_on: date
    authority: str
    reference: str
    note: str


@dataclass(frozen=True, slots=True)
class TransferRow:
    """An administrative authority's transfer of the case to the police, step by step."""

    id: int
    authority: str
    note: str
    proceeding_id: int | None
    steps: tuple[TransferStepRow, ...]


@dataclass(frozen=True, slots=True)
class MoneyRow:
    id: int
    direction: str
    category: str
    money: Money
    occurred_on: date
    description: str
    proceeding_id: int | None
    bond_status: str | None = None  # BondStatus of a bond; None: not tracked as a bond
    bond_settled_on: date | None = None  # when it was forfeited or returned


@dataclass(frozen=True, slots=True)
class NoteRow:
    id: int
    author: str
    body: str
    internal: bool
    created_at: datetime


@dataclass(frozen=True, slots=True)
class CaseDetail:
    id: int
    reference: str
    title: str
    brand: str
    product_line: str
    status: str
    priority: str
    jurisdictions: tuple[str, ...]
    responsible_counsel: str
    opened_on: date
    closed_on: date | None
    summary: str
    tags: tuple[str, ...]
    proceedings: tuple[ProceedingRow, ...]
    parties: tuple[CasePartyRow, ...]
    rights: tuple[RightRow, ...]
    evidence: tuple[EvidenceRow, ...]
    figures: tuple[ThresholdFigureRow, ...]
    deadlines: tuple[DeadlineRow, ...]
    money: tuple[MoneyRow, ...]
    notes: tuple[NoteRow, ...]
    offences: tuple[str, ...] = ()
    acts_on: date | None = None
    transfers: tuple[TransferRow, ...] = ()
    penalties: tuple[PriorPenaltyRow, ...] = ()  # earlier penalties of the infringer


@dataclass(frozen=True, slots=True)
class BlobRow:
    sha256: str
    size: int

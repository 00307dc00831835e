"""SQLModel tables of the archive: one class per table, enums stored as their string values.

Money is stored as integer minor units with a currency; threshold figures as exact decimal text.
Lists (jurisdictions, tags, classes) are JSON columns. Every datetime is UTC.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Column, Index, String, UniqueConstraint
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel

NEXT_DUE_INDEX = "ix_deadline_case_status_due_on"
SEEN_INDEX = "ix_case_file_seen"


def utcnow() -> datetime:
    return datetime.now(UTC)


class DecimalText(TypeDecorator[Decimal]):
    """An exact Decimal stored as text: SQLite has no decimal type, and floats round."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Any) -> str | None:
        return None if value is None else str(Decimal(value))

    def process_result_value(self, value: str | None, dialect: Any) -> Decimal | None:
        return None if value is None else Decimal(value)


def json_list() -> Any:
    return Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class Case(SQLModel, table=True):
    __tablename__ = "case_file"  # "case" is an SQL keyword
    # The Infringers view's first and last seen per infringer: the dates of 95,000 linked cases
    # read from this narrow index by id, not from the wide case rows (store/infringer_queries.py).
    __table_args__ = (Index(SEEN_INDEX, "id", "opened_on", "acts_on"),)

    id: int | None = Field(default=None, primary_key=True)
    reference: str = Field(max_length=32, unique=True, index=True)
    title: str
    brand: str = ""
    product_line: str = ""
    status: str = Field(default="open", max_length=16, index=True)
    priority: str = Field(default="normal", max_length=16)
    jurisdictions: list[str] = json_list()
    responsible_counsel: str = ""
    opened_on: date = Field(index=True)  # the dashboard's cases opened this quarter
    closed_on: date | None = None
    summary: str = ""
    tags: list[str] = json_list()
    # Criminal assessment: the offences (Criminal Law "213", "217-online", …) the figures are
    # measured against, and when the acts were done (picks the rule set; default opened_on).
    offences: list[str] = json_list()
    acts_on: date | None = None
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Proceeding(SQLModel, table=True):
    """One route a case runs on, before one authority."""

    # The dashboard's customs proceedings not ended.
    __table_args__ = (Index("ix_proceeding_route_ended_on", "route", "ended_on"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case_file.id", index=True, ondelete="CASCADE")
    route: str = Field(max_length=16, index=True)
    authority: str = ""
    authority_ref: str = ""
    jurisdiction: str = Field(default="", max_length=8)  # whose calendar counts its deadlines
    stage: str = Field(default="preparing", max_length=16)
    started_on: date | None = None
    ended_on: date | None = None
    outcome: str = ""
    quantity_seized: int | None = None
    fine_minor: int | None = None
    damages_minor: int | None = None
    currency: str = Field(default="CNY", max_length=3)
    sentence: str = ""
    created_at: datetime = Field(default_factory=utcnow)


class ProceedingEvent(SQLModel, table=True):
    """A dated event on a proceeding (notice, detention, judgment served, …)."""

    __tablename__ = "proceeding_event"

    id: int | None = Field(default=None, primary_key=True)
    proceeding_id: int = Field(foreign_key="proceeding.id", index=True, ondelete="CASCADE")
    kind: str = Field(max_length=32)
    occurred_on: date = Field(index=True)  # the dashboard's activity this quarter
    reference: str = ""
    description: str = ""


class Listing(SQLModel, table=True):
    """An infringing listing found on a platform (imported from a monitoring tool's file,
    services/listing_import.py): on the case's platform proceeding for that platform, offered
    by a seller who is one of the case's infringers. `url_key` is the normalised address a
    listing is known by in its case: importing the same file again adds nothing."""

    __table_args__ = (UniqueConstraint("case_id", "url_key"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case_file.id", index=True, ondelete="CASCADE")
    proceeding_id: int | None = Field(
        default=None, foreign_key="proceeding.id", index=True, ondelete="SET NULL"
    )
    # SET NULL: a party removed (or merged away) leaves the listing with its seller's name and
    # ID as the file gave them.
    party_id: int | None = Field(
        default=None, foreign_key="party.id", index=True, ondelete="SET NULL"
    )
    platform: str = Field(max_length=32)  # a key of services/listing_files.PLATFORMS
    url: str
    url_key: str
    title: str = ""
    seller_name: str = ""
    seller_id: str = ""
    shop_url: str = ""
    price_minor: int | None = None
    currency: str = Field(default="CNY", max_length=3)
    found_on: date | None = None
    created_at: datetime = Field(default_factory=utcnow)
    # the notice sent that named it (a complaint packet's batch filed,
    # services/complaint_packets.py): its takedown and counter-notice are tracked against it
    notice_event_id: int | None = Field(
        default=None, foreign_key="proceeding_event.id", index=True, ondelete="SET NULL"
    )


class Party(SQLModel, table=True):
    """A person, company, shop, website or network; linkable to many cases."""

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=16)
    name: str = Field(index=True)
    country: str = Field(default="", max_length=2)
    notes: str = ""
    created_at: datetime = Field(default_factory=utcnow)


class PartyIdentifier(SQLModel, table=True):
    """An identifier of a party; `normalized` is what repeat-infringer matching compares."""

    __tablename__ = "party_identifier"
    __table_args__ = (UniqueConstraint("party_id", "kind", "normalized"),)

    id: int | None = Field(default=None, primary_key=True)
    party_id: int = Field(foreign_key="party.id", index=True, ondelete="CASCADE")
    kind: str = Field(max_length=16)
    value: str
    normalized: str = Field(index=True)


class CaseParty(SQLModel, table=True):
    __tablename__ = "case_party"
    __table_args__ = (
        UniqueConstraint("case_id", "party_id", "role"),
        # An infringer's cases counted from the index alone (the dashboard's repeat infringers).
        Index("ix_case_party_role_party_case", "role", "party_id", "case_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case_file.id", index=True, ondelete="CASCADE")
    party_id: int = Field(foreign_key="party.id", index=True)
    role: str = Field(max_length=16)
    note: str = ""


class PartyMerge(SQLModel, table=True):
    """Two party records found to be the same infringer, merged (services/infringers.py): what
    the merged party was (`snapshot`: its row, identifiers and case links as they stood) and
    what the merge did to the kept one, so that it can be undone exactly. No foreign keys: the
    merged party is gone, and the kept one may be removed later (an undo then refuses)."""

    __tablename__ = "party_merge"

    id: int | None = Field(default=None, primary_key=True)
    keep_id: int = Field(index=True)
    merged_id: int = Field(index=True)
    merged_name: str  # the merged party's name, for the trail and the list of merges
    reason: str
    merged_at: datetime = Field(default_factory=utcnow)
    merged_by: str = ""
    # {"party": {...}, "identifiers": [{...}], "links": [{...}]}: the rows as model_dump gives them
    snapshot: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    moved_identifier_ids: list[int] = json_list()  # the merged party's identifiers now on keep_id
    created_link_ids: list[int] = json_list()  # links made for keep_id in the merged one's cases
    undone_at: datetime | None = None
    undone_by: str = ""


class IPRight(SQLModel, table=True):
    __tablename__ = "ip_right"
    __table_args__ = (UniqueConstraint("kind", "jurisdiction", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=16)
    number: str
    title: str = ""
    owner: str = ""
    jurisdiction: str = Field(max_length=8)
    classes: list[str] = json_list()
    valid_from: date | None = None
    valid_to: date | None = Field(default=None, index=True)  # the dashboard's expiring rights


class CaseRight(SQLModel, table=True):
    __tablename__ = "case_right"
    __table_args__ = (UniqueConstraint("case_id", "right_id"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case_file.id", index=True, ondelete="CASCADE")
    right_id: int = Field(foreign_key="ip_right.id", index=True)


class CustomsRecordal(SQLModel, table=True):
    __tablename__ = "customs_recordal"

    id: int | None = Field(default=None, primary_key=True)
    right_id: int = Field(foreign_key="ip_right.id", index=True, ondelete="CASCADE")
    authority: str
    number: str
    valid_from: date
    valid_to: date = Field(index=True)  # the dashboard's expiring recordals


class EvidenceItem(SQLModel, table=True):
    """One exhibit of a case; its files are stored once by hash in the file store."""

    __tablename__ = "evidence_item"
    __table_args__ = (UniqueConstraint("case_id", "exhibit_no"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case_file.id", index=True, ondelete="CASCADE")
    exhibit_no: int
    kind: str = Field(max_length=32)
    description: str = ""
    obtained_on: date | None = None
    obtained_by: str = ""
    source_url: str = ""
    notary_office: str = ""
    notary_certificate: str = ""
    internal: bool = False  # internal working material: left out of external bundles
    created_at: datetime = Field(default_factory=utcnow)
    # An exhibit with stored files is never deleted: withdrawn, it keeps its files and custody
    # log and leaves bundles by default.
    withdrawn_on: date | None = None
    withdrawn_reason: str = ""


class StoredBlob(SQLModel, table=True):
    """A file in the content-addressed store, named by its SHA-256."""

    __tablename__ = "stored_blob"

    sha256: str = Field(primary_key=True, max_length=64)
    size: int
    stored_at: datetime = Field(default_factory=utcnow)


class EvidenceFile(SQLModel, table=True):
    __tablename__ = "evidence_file"

    id: int | None = Field(default=None, primary_key=True)
    evidence_id: int = Field(foreign_key="evidence_item.id", index=True, ondelete="CASCADE")
    sha256: str = Field(foreign_key="stored_blob.sha256", index=True, max_length=64)
    original_name: str
    media_type: str = ""
    added_at: datetime = Field(default_factory=utcnow)


class CustodyEvent(SQLModel, table=True):
    """One link in an exhibit's chain of custody."""

    __tablename__ = "custody_event"

    id: int | None = Field(default=None, primary_key=True)
    evidence_id: int = Field(foreign_key="evidence_item.id", index=True, ondelete="CASCADE")
    occurred_at: datetime
    action: str = Field(max_length=16)
    received_from: str = ""
    handed_to: str = ""
    seal_number: str = ""
    location: str = ""
    note: str = ""


class ThresholdFigure(SQLModel, table=True):
    """A figure toward a criminal threshold, with its counting unit and supporting evidence."""

    __tablename__ = "threshold_figure"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case_file.id", index=True, ondelete="CASCADE")
    measure: str = Field(max_length=24)
    value: Decimal = Field(sa_column=Column(DecimalText(), nullable=False))
    unit: str = Field(max_length=16)
    as_of: date
    evidence_id: int | None = Field(default=None, foreign_key="evidence_item.id")
    note: str = ""


class PriorPenalty(SQLModel, table=True):
    """An earlier criminal or administrative penalty of the case's infringer: within two years
    of the act it makes the repeat standards of the 2025 Interpretation apply."""

    __tablename__ = "prior_penalty"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case_file.id", index=True, ondelete="CASCADE")
    decided_on: date
    kind: str = Field(max_length=16)  # criminal | administrative
    conduct: str = Field(max_length=8)  # the Criminal Law article of the conduct ("213")
    authority: str = ""
    reference: str = ""
    note: str = ""
    created_at: datetime = Field(default_factory=utcnow)


class TransferRecord(SQLModel, table=True):
    """An administrative authority's transfer of the case to the police."""

    __tablename__ = "transfer_record"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case_file.id", index=True, ondelete="CASCADE")
    proceeding_id: int | None = Field(default=None, foreign_key="proceeding.id")
    authority: str = ""
    note: str = ""
    created_at: datetime = Field(default_factory=utcnow)


class TransferStepRecord(SQLModel, table=True):
    __tablename__ = "transfer_step"

    id: int | None = Field(default=None, primary_key=True)
    transfer_id: int = Field(foreign_key="transfer_record.id", index=True, ondelete="CASCADE")
    step: str = Field(max_length=32)
    occurred_on: date
    authority: str = ""
    reference: str = ""
    note: str = ""


class Deadline(SQLModel, table=True):
    # Open deadlines by due date (the dashboard, the deadlines across cases, the case list's
    # "due within N days" filter); each case's next open deadline (the case list's column) by
    # (case, status, date): without it SQLite took the status index for that too and walked
    # every open deadline per case (3.5 s for a page of 200 cases).
    __table_args__ = (
        Index("ix_deadline_status_due_on", "status", "due_on"),
        Index(NEXT_DUE_INDEX, "case_id", "status", "due_on"),
    )

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case_file.id", index=True, ondelete="CASCADE")
    # indexed: a customs detention's response deadlines
    proceeding_id: int | None = Field(default=None, foreign_key="proceeding.id", index=True)
    title: str
    due_on: date = Field(index=True)
    rule_id: str = ""
    explanation: str = ""
    status: str = Field(default="open", max_length=8, index=True)
    reminder_days: list[int] = json_list()
    completed_on: date | None = None
    # Set when a proceeding event generated it (its rule and trigger); None when added by hand.
    event_id: int | None = Field(
        default=None, foreign_key="proceeding_event.id", index=True, ondelete="SET NULL"
    )
    jurisdiction: str = Field(default="", max_length=8)
    reason: str = ""  # why it was waived (or a word on how it was done)
    # The event that met a generated deadline (its rule's `met_by`): done by that event, and
    # opened again if it goes. None: open, or marked done or waived by counsel. No foreign key:
    # generation clears it in the transaction that removes the event.
    met_by_event_id: int | None = None


class MoneyEntry(SQLModel, table=True):
    """A cost paid or a recovery received on a case."""

    __tablename__ = "money_entry"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case_file.id", index=True, ondelete="CASCADE")
    proceeding_id: int | None = Field(default=None, foreign_key="proceeding.id")
    direction: str = Field(max_length=8)
    category: str = Field(max_length=16)
    amount_minor: int
    currency: str = Field(max_length=3)
    occurred_on: date
    description: str = ""
    # A bond (category "bond", a cost) posted as security: held it is neither a cost nor a
    # recovery; forfeited, a cost; returned, nothing. None: not tracked as a bond (entries made
    # before bonds were; they count by their direction, as they always did).
    bond_status: str | None = Field(default=None, max_length=12)
    bond_settled_on: date | None = None


class Note(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case_file.id", index=True, ondelete="CASCADE")
    author: str = ""
    body: str
    internal: bool = True
    created_at: datetime = Field(default_factory=utcnow)


class AuditEntry(SQLModel, table=True):
    """Who changed what, when: before → after. Written in the same transaction as the change."""

    __tablename__ = "audit_entry"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    actor: str
    table_name: str = Field(max_length=32)
    row_id: str = ""
    action: str = Field(max_length=8)
    # The case the row belongs to (no foreign key: the trail outlives a removed case). For a
    # record shared between cases (a party, a right and theirs), the case it was written in,
    # if any, and `shared_record` ("party:12", "right:5"): see store/audit.py.
    case_id: int | None = Field(default=None, index=True)
    shared_record: str = Field(default="", max_length=32, index=True)
    changes: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    # The hash chain (store/chain.py): the row_hash of the row before (64 zeros for the first),
    # and the SHA-256 of this row's every column with prev_hash. Written with the row.
    prev_hash: str = Field(default="", max_length=64)
    row_hash: str = Field(default="", max_length=64)


class AuditChainHead(SQLModel, table=True):
    """The end of the audit chain, kept beside it in the same transaction (one row, id 1): rows
    deleted at the end of the trail leave a chain that no longer reaches it."""

    __tablename__ = "audit_chain_head"

    id: int | None = Field(default=None, primary_key=True)
    rows: int = 0
    last_id: int = 0
    sha256: str = Field(max_length=64)


class ArchiveSetting(SQLModel, table=True):
    """Archive-wide settings (name, edited rule sets, …) as JSON values."""

    __tablename__ = "archive_setting"

    key: str = Field(primary_key=True, max_length=64)
    value: Any = Field(default=None, sa_column=Column(JSON))

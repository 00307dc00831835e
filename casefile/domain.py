"""Enums and value objects shared by every layer. Stored as their string values."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


class Route(StrEnum):
    """The enforcement routes one case can run on at once (DOMAIN.md "The work")."""

    PLATFORM = "platform"
    CUSTOMS = "customs"
    ADMINISTRATIVE = "administrative"
    CIVIL = "civil"
    CRIMINAL = "criminal"


class CaseStatus(StrEnum):
    OPEN = "open"
    ON_HOLD = "on_hold"
    CLOSED = "closed"


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class ProceedingStage(StrEnum):
    """A coarse stage common to all routes; the route-specific detail goes into events."""

    PREPARING = "preparing"
    FILED = "filed"
    PENDING = "pending"
    DECIDED = "decided"
    APPEAL = "appeal"
    ENFORCEMENT = "enforcement"
    CLOSED = "closed"


class ProceedingEventKind(StrEnum):
    """Dated events on a proceeding; later they trigger statutory deadlines."""

    NOTICE_SENT = "notice_sent"
    TAKEDOWN = "takedown"
    COUNTER_NOTICE = "counter_notice"
    CUSTOMS_NOTICE = "customs_notice"
    DECLARANT_OBJECTION = "declarant_objection"  # EU small consignments (Reg 608/2013 Art 26)
    APPLICATION_GRANTED = "application_granted"  # EU application for action (Arts 11-12)
    DETENTION_APPLIED = "detention_applied"
    DETENTION = "detention"
    BOND_POSTED = "bond_posted"
    INVESTIGATION_RESULT = "investigation_result"
    RELEASE = "release"
    COMPLAINT_FILED = "complaint_filed"
    RAID = "raid"
    PENALTY_DECISION = "penalty_decision"
    SUIT_FILED = "suit_filed"
    HEARING = "hearing"
    INJUNCTION = "injunction"
    JUDGMENT_SERVED = "judgment_served"
    JURISDICTION_RULING_SERVED = "jurisdiction_ruling_served"  # 管辖权异议裁定 (CPL Art 171)
    APPEAL_FILED = "appeal_filed"
    REMANDED = "remanded"  # 发回重审: the first instance starts anew (CPL Art 177(1)(iii)-(iv))
    REFERRAL = "referral"
    CASE_FILED_BY_POLICE = "case_filed_by_police"
    PROSECUTION = "prosecution"
    OTHER = "other"


class PartyKind(StrEnum):
    PERSON = "person"
    COMPANY = "company"
    SHOP = "shop"
    WEBSITE = "website"
    NETWORK = "network"


class PartyRole(StrEnum):
    """A party's role in one case; the same party may play different roles elsewhere."""

    INFRINGER = "infringer"
    RIGHTS_HOLDER = "rights_holder"
    AGENT = "agent"
    PLATFORM = "platform"
    WITNESS = "witness"
    OTHER = "other"


class IdentifierKind(StrEnum):
    """Identifiers that tie an infringer to earlier cases."""

    CREDIT_CODE = "credit_code"  # 统一社会信用代码
    SHOP_ID = "shop_id"
    SELLER_ID = "seller_id"
    URL = "url"
    DOMAIN = "domain"
    PHONE = "phone"
    ADDRESS = "address"
    EMAIL = "email"
    WECHAT = "wechat"
    OTHER = "other"


class RightKind(StrEnum):
    TRADEMARK = "trademark"
    PATENT = "patent"
    DESIGN = "design"
    COPYRIGHT = "copyright"


class EvidenceKind(StrEnum):
    """The kinds of evidence courts accept (DOMAIN.md "Evidence that courts accept")."""

    NOTARISED_PURCHASE = "notarised_purchase"
    NOTARISED_CAPTURE = "notarised_capture"
    TEST_BUY = "test_buy"
    SCREENSHOT = "screenshot"
    WEB_CAPTURE = "web_capture"
    CUSTOMS_NOTICE = "customs_notice"
    SAMPLE_PHOTO = "sample_photo"
    INVOICE = "invoice"
    APPRAISAL_REPORT = "appraisal_report"
    TIMESTAMP_CERTIFICATE = "timestamp_certificate"
    BLOCKCHAIN_DEPOSIT = "blockchain_deposit"
    DECISION = "decision"
    CORRESPONDENCE = "correspondence"
    OTHER = "other"


class CustodyAction(StrEnum):
    RECEIVED = "received"
    HANDED_OVER = "handed_over"
    SEALED = "sealed"
    UNSEALED = "unsealed"
    STORED = "stored"
    RETURNED = "returned"
    DESTROYED = "destroyed"


class ThresholdMeasure(StrEnum):
    """Figures that criminal thresholds are measured in (DOMAIN.md "Criminal thresholds")."""

    COPIES = "copies"
    WORKS = "works"
    EPISODES = "episodes"
    DOWNLOADS = "downloads"
    CLICKS = "clicks"
    MEMBERS = "members"
    BUSINESS_VOLUME = "business_volume"
    ILLEGAL_GAINS = "illegal_gains"  # from goods (Art 213: 法释〔2025〕5号 Art 3(1))
    SERVICES_GAINS = "services_gains"  # from services (Art 3(2))
    SALES = "sales"
    UNSOLD_VALUE = "unsold_value"
    LABELS = "labels"
    UNSOLD_LABELS = "unsold_labels"
    UNSOLD_COPIES = "unsold_copies"
    HOLDER_LOSS = "holder_loss"
    MARKS = "marks"  # registered marks identifying different sources (Art 7)
    PATENTS = "patents"


MONEY_MEASURES = frozenset(
    {
        ThresholdMeasure.BUSINESS_VOLUME,
        ThresholdMeasure.ILLEGAL_GAINS,
        ThresholdMeasure.SERVICES_GAINS,
        ThresholdMeasure.SALES,
        ThresholdMeasure.UNSOLD_VALUE,
        ThresholdMeasure.HOLDER_LOSS,
    }
)


class CountingUnit(StrEnum):
    """What one counted item is; kept on every figure because courts differ on it."""

    COPY = "copy"
    WORK = "work"
    EPISODE = "episode"
    DOWNLOAD = "download"
    CLICK = "click"
    MEMBER = "member"
    PIECE = "piece"
    MARK = "mark"
    PATENT = "patent"
    RMB = "rmb"


class PenaltyKind(StrEnum):
    """An earlier penalty that makes an act a repeat act (法释〔2025〕5号 Arts 3, 5, 6, 10, 13, 14,
    17: "受过刑事处罚或者行政处罚")."""

    CRIMINAL = "criminal"
    ADMINISTRATIVE = "administrative"


NO_TRANSFER = "none"  # the case list's transfer filter for "no transfer recorded"


class TransferStep(StrEnum):
    """Counsel's view of an administrative→criminal transfer (DOMAIN.md "Transfer")."""

    SUSPICION_REACHED = "suspicion_reached"
    TRANSFER_REQUESTED = "transfer_requested"
    TRANSFERRED = "transferred"
    PSB_ACCEPTED = "psb_accepted"
    PSB_REFUSED = "psb_refused"
    RECONSIDERATION = "reconsideration"
    PROCURATORATE_SUPERVISION = "procuratorate_supervision"
    CASE_FILED = "case_filed"
    PROSECUTED = "prosecuted"
    JUDGMENT = "judgment"


class DeadlineStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    WAIVED = "waived"


class MoneyDirection(StrEnum):
    COST = "cost"
    RECOVERY = "recovery"


class BondStatus(StrEnum):
    """Where a bond (customs or court security) stands: held, it is neither a cost nor a
    recovery; forfeited, it is a cost; returned, it is nothing."""

    HELD = "held"
    FORFEITED = "forfeited"
    RETURNED = "returned"


class CostCategory(StrEnum):
    NOTARY = "notary"
    INVESTIGATOR = "investigator"
    TEST_BUY = "test_buy"
    BOND = "bond"
    COURT_FEE = "court_fee"
    LAWYER = "lawyer"
    APPRAISAL = "appraisal"
    STORAGE = "storage"
    DAMAGES = "damages"
    SETTLEMENT = "settlement"
    FINE_SHARE = "fine_share"
    BOND_RETURNED = "bond_returned"
    OTHER = "other"


class RenewalState(StrEnum):
    """Where a registration or recordal stands against its expiry (rules/renewals.py)."""

    VALID = "valid"  # its renewal window has not opened
    RENEW_NOW = "renew_now"  # inside the window
    LATE = "late"  # past the last day to ask, or expired but still in a grace period
    EXPIRED = "expired"


class AuditAction(StrEnum):
    """What a write did to a row, as the audit trail records it."""

    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


class RecordKind(StrEnum):
    """The kinds of record a case is made of, named as the archive's tables are (the audit
    trail's `table_name`)."""

    CASE = "case_file"
    PROCEEDING = "proceeding"
    EVENT = "proceeding_event"
    PARTY = "party"
    IDENTIFIER = "party_identifier"
    CASE_PARTY = "case_party"
    RIGHT = "ip_right"
    CASE_RIGHT = "case_right"
    RECORDAL = "customs_recordal"
    EXHIBIT = "evidence_item"
    EVIDENCE_FILE = "evidence_file"
    STORED_FILE = "stored_blob"
    CUSTODY = "custody_event"
    FIGURE = "threshold_figure"
    PRIOR_PENALTY = "prior_penalty"
    TRANSFER = "transfer_record"
    TRANSFER_STEP = "transfer_step"
    DEADLINE = "deadline"
    MONEY = "money_entry"
    NOTE = "note"
    SETTING = "archive_setting"
    PARTY_MERGE = "party_merge"
    LISTING = "listing"


CURRENCY_PATTERN = re.compile(r"^[A-Z]{3}$")
CASE_REFERENCE_PATTERN = re.compile(r"^CF-(\d{4})-(\d{4,})$")


@dataclass(frozen=True, slots=True)
class Money:
    """An exact amount in a currency; stored as integer minor units (cents, fen)."""

    amount: Decimal
    currency: str

    @property
    def minor_units(self) -> int:
        return int((self.amount * 100).to_integral_value())

    @classmethod
    def from_minor(cls, minor: int, currency: str) -> Money:
        return cls(Decimal(minor) / 100, currency)

    def __str__(self) -> str:
        return f"{self.currency} {self.amount:,.2f}"


def format_case_reference(year: int, number: int) -> str:
    return f"CF-{year:04d}-{number:04d}"

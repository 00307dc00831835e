"""What a bundle is made of, as plain data handed in by the services: the case, the chosen
exhibits in their bundle order, each with its files in the archive's store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from casefile.export.wording import Language, Recipient

DEFAULT_BATES_PREFIX = "NB-"
BATES_DIGITS = 6


@dataclass(frozen=True, slots=True)
class BundleFile:
    name: str  # the name it came with
    sha256: str
    size: int
    media_type: str
    path: Path  # the stored copy (read only)


@dataclass(frozen=True, slots=True)
class CustodyLine:
    occurred_at: datetime
    action: str  # already a label in the bundle's language
    received_from: str
    handed_to: str
    seal_number: str
    location: str
    note: str  # internal: printed in internal bundles only


@dataclass(frozen=True, slots=True)
class BundleExhibit:
    exhibit_no: int  # the case's own number for it
    kind: str  # a label in the bundle's language
    description: str
    obtained_on: date | None
    obtained_by: str
    source_url: str
    notary_office: str
    notary_certificate: str
    files: tuple[BundleFile, ...]
    custody: tuple[CustodyLine, ...] = ()


@dataclass(frozen=True, slots=True)
class BundleSpec:
    case_reference: str
    case_title: str
    recipient: Recipient
    language: Language
    prepared_by: str
    prepared_on: date
    exhibits: tuple[BundleExhibit, ...]
    bates_prefix: str = DEFAULT_BATES_PREFIX
    bates_start: int = 1
    generator: str = "Casefile"
    created_at: datetime = field(default_factory=lambda: datetime.now().astimezone())
    # The archive's audit chain as the bundle is made (rows, last row's id, its hash), printed
    # in the manifest.
    archive_chain: tuple[int, int, str] | None = None

    def bates(self, page_index: int) -> str:
        """The Bates number of the bundle's page `page_index` (0-based)."""
        return f"{self.bates_prefix}{self.bates_start + page_index:0{BATES_DIGITS}d}"

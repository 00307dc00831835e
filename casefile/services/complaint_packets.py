"""Platform complaint packets of a case: its platform proceeding's listings split into the
batches a platform's complaint system takes (Alibaba IPP: 300 links a complaint), each with
the rights enforced and the evidence bundle chosen (`export/complaint_packet.py` writes them),
and, once the batches are filed, each recorded as a notice sent on the proceeding, its listings
marked with it, so that takedowns and counter-notices are tracked against it.

The archive is read once into a plain `PacketPlan`; the export works from that and the stored
evidence files; the record of the notices is one unit of work, with the deadlines the notices
start counted in it (deadline_generation).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlmodel import col, select

from casefile import clock
from casefile.domain import ProceedingEventKind, Route
from casefile.errors import ValidationError
from casefile.export.complaint_packet import (
    PacketListing,
    PacketResult,
    PacketRight,
    PacketSpec,
    write_packet,
)
from casefile.export.signing import BundleSigner
from casefile.export.wording import Language, Recipient
from casefile.rules.complaint_systems import ComplaintSystem, complaint_system
from casefile.services import deadline_generation
from casefile.services.base import current_actor, load_case
from casefile.services.bundles import BundleRequest, export_bundle
from casefile.store.archive import Archive
from casefile.store.models import CaseRight, IPRight, Listing, Proceeding, ProceedingEvent
from casefile.words import N_, Phrase

Progress = Callable[[int, int, str], None]
RIGHT_KINDS = {"trademark": "Trademark 商标", "patent": "Patent 专利", "design": "Design 外观设计"}
RIGHT_KINDS["copyright"] = "Copyright 著作权"


@dataclass(frozen=True, slots=True)
class PacketPlan:
    """What a packet holds, read from the archive: the listings not yet in a notice (or all),
    the batch size and where it comes from."""

    reference: str
    case_title: str
    proceeding_id: int
    platform: str  # the listings' platform key ("taobao")
    system: ComplaintSystem | None
    batch_size: int
    limit_source: str
    listing_ids: tuple[int, ...]
    listings: tuple[PacketListing, ...]
    rights: tuple[PacketRight, ...]
    already_sent: int  # listings of the proceeding already in a notice (left out unless asked)

    @property
    def batch_count(self) -> int:
        return -(-len(self.listings) // self.batch_size)

    def system_name(self) -> str:
        return self.system.name if self.system else f"{self.platform} complaint form"

    def system_short(self) -> str:
        return self.system.short if self.system else self.platform


@dataclass(frozen=True, slots=True)
class NoticeRecord:
    event_id: int
    batch: int
    listings: int


def plan_packets(
    archive: Archive,
    reference: str,
    proceeding_id: int | None = None,
    batch_size: int | None = None,
    include_sent: bool = False,
) -> PacketPlan:
    """The packet of a case's platform proceeding (`proceeding_id`; None: the case's one
    platform proceeding with listings). `batch_size` None: the complaint system's limit; one
    above that limit is refused, and one must be given where no limit is recorded."""
    with archive.reading() as session:
        case = load_case(session, reference)
        proceedings = list(
            session.scalars(
                select(Proceeding).where(
                    col(Proceeding.case_id) == case.id,
                    col(Proceeding.route) == Route.PLATFORM,
                )
            )
        )
        chosen = _proceeding(proceedings, proceeding_id, case.reference)
        rows = list(
            session.scalars(
                select(Listing)
                .where(col(Listing.proceeding_id) == chosen.id)
                .order_by(col(Listing.id))
            )
        )
        sent = [r for r in rows if r.notice_event_id is not None]
        wanted = rows if include_sent else [r for r in rows if r.notice_event_id is None]
        rights = [
            _right(r)
            for r in session.scalars(
                select(IPRight)
                .join(CaseRight, col(CaseRight.right_id) == col(IPRight.id))
                .where(col(CaseRight.case_id) == case.id)
                .order_by(col(IPRight.kind), col(IPRight.number))
            )
        ]
        title, case_reference = case.title, case.reference
    if not wanted:
        what = N_("every listing of it is in a notice already") if sent else N_("it has no listing")
        raise ValidationError("listings", N_("nothing to complain about: {what}"), what=what)
    platform = wanted[0].platform
    if any(r.platform != platform for r in wanted):
        platforms = ", ".join(sorted({r.platform for r in wanted}))
        raise ValidationError(
            "listings",
            N_("the proceeding's listings are on several platforms ({platforms})"),
            platforms=platforms,
        )
    system = complaint_system(platform)
    size, source = _batch_size(system, platform, batch_size)
    return PacketPlan(
        reference=case_reference,
        case_title=title,
        proceeding_id=chosen.id or 0,
        platform=platform,
        system=system,
        batch_size=size,
        limit_source=source,
        listing_ids=tuple(r.id or 0 for r in wanted),
        listings=tuple(_listing(r) for r in wanted),
        rights=tuple(rights),
        already_sent=len(sent),
    )


def _proceeding(
    proceedings: list[Proceeding], proceeding_id: int | None, reference: str
) -> Proceeding:
    if proceeding_id is not None:
        found = next((p for p in proceedings if p.id == proceeding_id), None)
        if found is None:
            raise ValidationError(
                "proceeding_id",
                N_("no platform proceeding {number} in {case}"),
                number=proceeding_id,
                case=reference,
            )
        return found
    if not proceedings:
        raise ValidationError(
            "proceeding_id", N_("{case} has no platform proceeding"), case=reference
        )
    if len(proceedings) > 1:
        named = "; ".join(f"{p.id}: {p.authority or 'platform'}" for p in proceedings)
        raise ValidationError(
            "proceeding_id",
            N_("{case} has several platform proceedings ({named}): choose one by its number"),
            case=reference,
            named=named,
        )
    return proceedings[0]


def _batch_size(
    system: ComplaintSystem | None, platform: str, asked: int | None
) -> tuple[int, str]:
    """The batch size and where it comes from: the system's limit, or the user's number
    within it (required where no limit is recorded)."""
    if asked is not None and asked < 1:
        raise ValidationError(
            "batch_size", N_("must be a whole number ≥ 1, not {value}"), value=asked
        )
    if system is None or system.max_links is None:
        where: object = (
            system.name
            if system
            else Phrase(N_("the {platform} complaint form"), {"platform": platform})
        )
        if asked is None:
            raise ValidationError(
                "batch_size",
                N_(
                    "no limit per complaint is recorded for {where}: give the number of links "
                    "its form accepts"
                ),
                where=where,
            )
        return asked, "chosen by the user (no limit per complaint is recorded)"
    limit = system.max_links
    if asked is None or asked == limit:
        return limit, system.source
    if asked > limit:
        raise ValidationError(
            "batch_size",
            N_("{system} takes at most {limit} links a complaint ({source})"),
            system=system.name,
            limit=limit,
            source=system.source,
        )
    return asked, f"chosen by the user, below the {limit} the system takes: {system.source}"


def platform_name(key: str) -> str:
    """A platform as the listing import names it ("淘宝 Taobao"), else its key."""
    from casefile.services.listing_files import PLATFORM_BY_KEY

    found = PLATFORM_BY_KEY.get(key)
    return found.label if found is not None else key


def _right(right: IPRight) -> PacketRight:
    return PacketRight(
        kind=RIGHT_KINDS.get(right.kind, right.kind),
        number=right.number,
        jurisdiction=right.jurisdiction,
        title=right.title,
        owner=right.owner,
        classes=tuple(right.classes or ()),
        valid_from=right.valid_from,
        valid_to=right.valid_to,
    )


def _listing(row: Listing) -> PacketListing:
    price = ""
    if row.price_minor is not None:
        price = f"{row.currency} {row.price_minor / 100:,.2f}"
    return PacketListing(
        url=row.url,
        title=row.title,
        seller_name=row.seller_name,
        seller_id=row.seller_id,
        shop_url=row.shop_url,
        price=price,
        found_on=row.found_on,
    )


def export_packets(
    archive: Archive,
    plan: PacketPlan,
    out: Path,
    exhibits: Sequence[int] = (),
    prepared_by: str = "",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    signer: BundleSigner | None = None,
) -> PacketResult:
    """Write the packet into `out`: the evidence bundle of `exhibits` (the case's exhibit
    numbers; none: no bundle) made once for the platform, then the batches."""
    spec = PacketSpec(
        case_reference=plan.reference,
        case_title=plan.case_title,
        platform=platform_name(plan.platform),
        system=plan.system_name(),
        system_short=plan.system_short(),
        batch_size=plan.batch_size,
        limit_source=plan.limit_source,
        rights=plan.rights,
        listings=plan.listings,
        prepared_on=clock.today(),
        prepared_by=prepared_by or current_actor(),
    )
    with tempfile.TemporaryDirectory(prefix="casefile-packet-") as work:
        bundle: Path | None = None
        if exhibits:
            bundle = Path(work) / "evidence-bundle.pdf"
            request = BundleRequest(
                case_reference=plan.reference,
                exhibits=list(exhibits),
                language=Language.BILINGUAL,  # a Chinese platform's reviewers, and counsel
                recipient=Recipient.PLATFORM,
                prepared_by=spec.prepared_by,
            )

            def bundle_progress(done: int, total: int, what: str) -> None:
                if progress is not None:
                    progress(done, total * 2, f"evidence bundle: {what}")

            export_bundle(archive, request, bundle, bundle_progress, cancelled, signer=signer)

        def packet_progress(done: int, total: int, what: str) -> None:
            if progress is not None:
                progress(total + done if bundle else done, total * 2 if bundle else total, what)

        return write_packet(spec, Path(out), bundle, packet_progress, cancelled)


def record_notices_sent(
    archive: Archive,
    plan: PacketPlan,
    result: PacketResult,
    sent_on: date | None = None,
    actor: str | None = None,
) -> list[NoticeRecord]:
    """Each batch filed: a notice sent on the proceeding (reference "Alibaba IPP batch 2/3"),
    its listings marked with it; one unit of work, with the deadlines the notices start."""
    sent_on = sent_on or clock.today()
    by_url = dict(zip(plan.listings, plan.listing_ids, strict=True))
    settings = deadline_generation.current_settings(archive)
    records: list[NoticeRecord] = []
    with archive.unit_of_work(actor or current_actor()) as session:
        for batch in result.batches:
            ids = [by_url[listing] for listing in batch.listings]
            event = ProceedingEvent(
                proceeding_id=plan.proceeding_id,
                kind=ProceedingEventKind.NOTICE_SENT,
                occurred_on=sent_on,
                reference=f"{plan.system_short()} batch {batch.number}/{batch.of}",
                description=f"{len(ids)} listing(s); packet “{result.folder.name}”",
            )
            session.add(event)
            session.flush()
            for listing in session.scalars(select(Listing).where(col(Listing.id).in_(ids))):
                listing.notice_event_id = event.id
            records.append(NoticeRecord(event.id or 0, batch.number, len(ids)))
        session.flush()
        deadline_generation.sync_proceeding(session, plan.proceeding_id, settings)
    return records

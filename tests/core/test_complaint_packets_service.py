"""Complaint packets of a case (services/complaint_packets.py): 650 listings imported from a
monitoring tool's file onto the case's Taobao proceeding go out as 300/300/50 for Alibaba IPP,
with the case's right on every complaint sheet and its exhibits as the evidence bundle; the
batches filed are recorded as notices sent (one event each, listings marked, the deadline the
notice starts counted), and the next packet leaves them out. Batch sizes above the system's
limit, and none where no limit is recorded, are refused with a reason."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlmodel import col, select

from casefile import clock
from casefile.errors import ValidationError
from casefile.services import (
    cases,
    complaint_packets,
    evidence,
    listing_import,
    proceedings,
    rights,
)
from casefile.store.archive import Archive
from casefile.store.models import Deadline, Listing, ProceedingEvent


def _listings_file(folder: Path, count: int, platform: str = "淘宝") -> Path:
    path = folder / "monitoring.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["平台", "商品链接", "商品标题", "店铺名称", "卖家ID", "价格", "发现日期"])
        for n in range(1, count + 1):
            writer.writerow(
                [
                    platform,
                    f"https://item.taobao.com/item.htm?id={700000 + n}",
                    f"VOLTRA X9 仿冒滑板车 {n}",
                    "飞轮贸易",
                    f"fastwheel{n % 5}",
                    "1299.00",
                    "2026-11-02",
                ]
            )
    return path


@pytest.fixture
def case_with_listings(archive: Archive, tmp_path: Path) -> str:
    draft = cases.CaseDraft(title="Taobao 沃驰 shops", jurisdictions=["CN"])
    reference = cases.create_case(archive, draft).reference
    right = rights.add_right(
        archive,
        rights.RightDraft(
            kind="trademark",
            number="13812345",
            jurisdiction="CN",
            title="VOLTRA (word)",
            owner="Voltra Mobility Technology (Hangzhou) Co., Ltd.",
            classes=["12"],
        ),
        reference,
    )
    assert right
    shot = tmp_path / "shop.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    evidence.add_evidence(
        archive, reference, evidence.EvidenceDraft(kind="screenshot", description="店铺"), [shot]
    )
    report = listing_import.import_listings(archive, reference, _listings_file(tmp_path, 650))
    assert report.imported == 650
    return reference


def test_650_listings_for_alibaba_ipp_go_out_as_300_300_50(
    archive: Archive, case_with_listings: str, tmp_path: Path
) -> None:
    plan = complaint_packets.plan_packets(archive, case_with_listings)
    assert plan.batch_size == 300 and "300" in plan.limit_source
    assert plan.system is not None and plan.system.id == "alibaba.ipp"
    result = complaint_packets.export_packets(archive, plan, tmp_path / "out", exhibits=[1])
    assert [len(b.listings) for b in result.batches] == [300, 300, 50]
    first = result.folder / "batch-01-of-03"
    sheet = "".join(p.extract_text() for p in PdfReader(first / "complaint.pdf").pages[:1])
    assert "13812345" in sheet and "Alibaba IPP" in sheet
    assert "淘宝 Taobao" in sheet and "recorded by counsel" not in sheet  # for the platform
    bundle = PdfReader(first / "evidence-bundle.pdf")
    assert len(bundle.pages) >= 2  # cover, index, the exhibit
    assert (result.folder / "batch-03-of-03" / "evidence-bundle.pdf").exists()


def test_the_batches_filed_are_notices_sent_and_the_next_packet_leaves_them_out(
    archive: Archive, case_with_listings: str, tmp_path: Path
) -> None:
    plan = complaint_packets.plan_packets(archive, case_with_listings)
    result = complaint_packets.export_packets(archive, plan, tmp_path)
    sent = complaint_packets.record_notices_sent(archive, plan, result, date(2026, 11, 20))
    assert [(n.batch, n.listings) for n in sent] == [(1, 300), (2, 300), (3, 50)]
    with archive.reading() as session:
        events = list(session.scalars(select(ProceedingEvent).order_by(col(ProceedingEvent.id))))
        assert [(e.kind, e.reference) for e in events] == [
            ("notice_sent", "Alibaba IPP batch 1/3"),
            ("notice_sent", "Alibaba IPP batch 2/3"),
            ("notice_sent", "Alibaba IPP batch 3/3"),
        ]
        marked = session.scalars(
            select(Listing).where(col(Listing.notice_event_id) == events[2].id)
        ).all()
        assert len(marked) == 50
    # batch 2's seller answers: its counter-notice, recorded against the batch, starts the
    # 15 days to show the platform a complaint or suit (E-Commerce Law Art 43)
    proceedings.add_event(
        archive, plan.proceeding_id, "counter_notice", "2026-11-24", "Alibaba IPP batch 2/3"
    )
    with archive.reading() as session:
        [due] = session.scalars(select(Deadline)).all()
        assert due.rule_id == "cn.platform.counter_notice"
    with pytest.raises(ValidationError, match="in a notice already"):
        complaint_packets.plan_packets(archive, case_with_listings)
    again = complaint_packets.plan_packets(archive, case_with_listings, include_sent=True)
    assert len(again.listings) == 650 and again.already_sent == 650


def test_batch_sizes_the_system_does_not_take_are_refused(
    archive: Archive, case_with_listings: str
) -> None:
    with pytest.raises(ValidationError, match="at most 300"):
        complaint_packets.plan_packets(archive, case_with_listings, batch_size=500)
    smaller = complaint_packets.plan_packets(archive, case_with_listings, batch_size=100)
    assert smaller.batch_size == 100 and smaller.batch_count == 7
    assert "chosen by the user" in smaller.limit_source


def test_a_platform_with_no_recorded_limit_needs_the_batch_size(
    archive: Archive, tmp_path: Path
) -> None:
    reference = cases.create_case(archive, cases.CaseDraft(title="JD sellers")).reference
    path = tmp_path / "jd.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["platform", "url", "title", "seller", "seller id", "date found"])
        for n in range(5):
            writer.writerow(
                ["JD", f"https://item.jd.com/{100 + n}.html", "X9", "JD shop", "jd1", "2026-11-01"]
            )
    assert listing_import.import_listings(archive, reference, path).imported == 5
    with pytest.raises(ValidationError, match="no limit per complaint is recorded"):
        complaint_packets.plan_packets(archive, reference)
    plan = complaint_packets.plan_packets(archive, reference, batch_size=2)
    assert plan.batch_count == 3 and clock.today()

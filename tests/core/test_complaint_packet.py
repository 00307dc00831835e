"""Complaint packets written from plain data (export/complaint_packet.py): 650 listings for a
complaint system that takes 300 links go out as three batches of 300, 300 and 50, each with its
listing table (CSV and XLSX, Chinese intact), its complaint sheet and the evidence bundle, and a
manifest whose hashes match; a Cancel leaves nothing; the limits come from the rule file with
their source."""

from __future__ import annotations

import csv
import hashlib
import json
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from casefile.errors import CancelledError, ValidationError
from casefile.export.complaint_packet import (
    PacketListing,
    PacketRight,
    PacketSpec,
    split_batches,
    write_packet,
)
from casefile.rules.complaint_systems import complaint_system, load_complaint_systems
from casefile.rules.data import RuleDataError


def _spec(count: int, batch_size: int = 300) -> PacketSpec:
    listings = tuple(
        PacketListing(
            url=f"https://item.taobao.com/item.htm?id={600000 + n}",
            title=f"沃驰 X9 电动滑板车 仿冒 #{n}",
            seller_name="飞轮贸易 Fastwheel",
            seller_id=f"fastwheel{n % 7}",
            shop_url="https://fastwheel.taobao.com",
            price="CNY 1,299.00",
            found_on=date(2026, 11, 2),
        )
        for n in range(1, count + 1)
    )
    right = PacketRight(
        kind="Trademark",
        number="13812345",
        jurisdiction="CN",
        title="VOLTRA (word)",
        owner="Voltra Mobility Technology (Hangzhou) Co., Ltd. 沃创出行科技（杭州）有限公司",
        classes=("12",),
        valid_from=date(2014, 11, 20),
        valid_to=date(2034, 11, 19),
    )
    return PacketSpec(
        case_reference="CF-2026-0030",
        case_title="Taobao shop 沃驰滑板车专营店",
        platform="淘宝 Taobao",
        system="Alibaba IPP 阿里巴巴知识产权保护平台",
        system_short="Alibaba IPP",
        batch_size=batch_size,
        limit_source="Alibaba IPP: at most 300 links per complaint",
        rights=(right,),
        listings=listings,
        prepared_on=date(2026, 11, 21),
        prepared_by="Chen Jing 陈静",
    )


def test_650_listings_go_out_as_300_300_and_50(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle.pdf"
    bundle.write_bytes(b"%PDF-1.7 stand-in for the evidence bundle")
    result = write_packet(_spec(650), tmp_path / "out", evidence_bundle=bundle)
    assert [len(b.listings) for b in result.batches] == [300, 300, 50]
    assert result.folder.name == "CF-2026-0030 Alibaba IPP complaints 2026-11-21"
    names = sorted(p.name for p in result.folder.iterdir())
    assert names == ["batch-01-of-03", "batch-02-of-03", "batch-03-of-03", "manifest.json"]
    last = result.folder / "batch-03-of-03"
    with (last / "listings.csv").open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][:2] == ["No. 序号", "Listing link 商品链接"]
    assert len(rows) == 51 and rows[1][0] == "601" and rows[-1][0] == "650"
    assert rows[1][1] == "https://item.taobao.com/item.htm?id=600601"
    assert rows[1][2] == "沃驰 X9 电动滑板车 仿冒 #601"
    sheet = load_workbook(last / "listings.xlsx", read_only=True)["Listings 商品"]
    cells = [[c.value for c in row] for row in sheet.iter_rows()]
    assert cells[1][1] == rows[1][1] and len(cells) == 51
    assert (last / "evidence-bundle.pdf").read_bytes() == bundle.read_bytes()
    text = "".join(page.extract_text() for page in PdfReader(last / "complaint.pdf").pages)
    assert "Batch 批次 3 / 3" in text and "13812345" in text and "item.htm?id=600650" in text
    assert "evidence bundle in this folder" in text


def test_a_sheet_without_a_bundle_does_not_promise_one(tmp_path: Path) -> None:
    result = write_packet(_spec(3), tmp_path)
    sheet = result.folder / "batch-01-of-01" / "complaint.pdf"
    text = "".join(page.extract_text() for page in PdfReader(sheet).pages)
    assert "infringing the rights listed." in text and "evidence bundle" not in text
    assert not (sheet.parent / "evidence-bundle.pdf").exists()


def test_the_manifest_names_every_batch_and_hashes_every_file(tmp_path: Path) -> None:
    result = write_packet(_spec(650), tmp_path)
    manifest = json.loads((result.folder / "manifest.json").read_text(encoding="utf-8"))
    assert [len(b["listings"]) for b in manifest["batches"]] == [300, 300, 50]
    assert manifest["batch_size"] == 300
    for name, digest in manifest["sha256"].items():
        assert hashlib.sha256((result.folder / name).read_bytes()).hexdigest() == digest
    assert len(manifest["sha256"]) == 9  # csv, xlsx, pdf × 3 (no bundle given)


def test_the_complaint_sheet_renders_chinese_on_every_page(tmp_path: Path) -> None:
    result = write_packet(_spec(40, batch_size=40), tmp_path)
    sheet = result.folder / "batch-01-of-01" / "complaint.pdf"
    fonts = subprocess.run(["pdffonts", str(sheet)], capture_output=True, text=True).stdout
    faces = fonts.splitlines()[2:]
    assert faces and all(" yes yes " in face for face in faces), fonts  # every one embedded
    assert len(PdfReader(sheet).pages) >= 2  # the heading row repeated on the next page


def test_a_second_packet_the_same_day_is_a_new_folder(tmp_path: Path) -> None:
    first = write_packet(_spec(3), tmp_path)
    second = write_packet(_spec(3), tmp_path)
    assert second.folder.name == first.folder.name + " (2)"
    assert first.folder.is_dir() and second.folder.is_dir()


def test_a_cancelled_packet_leaves_nothing(tmp_path: Path) -> None:
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2  # during the third batch

    with pytest.raises(CancelledError):
        write_packet(_spec(650), tmp_path, cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []


def test_no_listing_and_a_batch_size_below_one_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="no listing"):
        write_packet(_spec(0), tmp_path)
    with pytest.raises(ValidationError, match="batch_size"):
        split_batches(_spec(5).listings, 0)


def test_the_limits_come_from_the_rule_file_with_their_source(tmp_path: Path) -> None:
    ipp = complaint_system("tmall")
    assert ipp is not None and ipp.max_links == 300 and "300" in ipp.source
    jd = complaint_system("jd")
    assert jd is not None and jd.max_links is None  # none recorded: the user says
    assert complaint_system("ebay") is None
    broken = tmp_path / "systems.toml"
    broken.write_text(
        ('[systems.a]\nname = "A"\nshort = "A"\nplatforms = ["x"]\nsource = "s"\nmax_links = 0\n'),
        encoding="utf-8",
    )
    with pytest.raises(RuleDataError, match="max_links"):
        load_complaint_systems(broken)
    broken.write_text(
        '[systems.a]\nname = "A"\nshort = "A"\nplatforms = ["x"]\nsource = "s"\n'
        '[systems.b]\nname = "B"\nshort = "B"\nplatforms = ["x"]\nsource = "s"\n',
        encoding="utf-8",
    )
    with pytest.raises(RuleDataError, match="named by"):
        load_complaint_systems(broken)

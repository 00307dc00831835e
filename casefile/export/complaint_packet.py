"""Platform complaint packets from plain data (no archive): a platform proceeding's listings
split into batches within the complaint system's limit, each batch a folder a paralegal
uploads as one complaint:

    CF-2026-0030 Alibaba IPP complaints 2026-11-21/
      manifest.json                 the batches, their listings, every file's SHA-256
      batch-01-of-03/
        listings.xlsx  listings.csv the batch's listing table (the form's bulk upload)
        complaint.pdf               the rights enforced with their registration details, the
                                    holder, and the batch's listings, in English and Chinese
        evidence-bundle.pdf         the evidence bundle chosen for the packet (if any)

The packet is written in a hidden folder beside the target and renamed into place when whole:
a Cancel or a crash leaves no half packet under the final name.
"""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from casefile.errors import CancelledError, ValidationError
from casefile.export.fonts import register_font
from casefile.words import N_

if TYPE_CHECKING:
    from reportlab.platypus import Paragraph, Table

Progress = Callable[[int, int, str], None]  # (done, total, what)
Cancelled = Callable[[], bool]
# the listing table's columns: (heading in English / Chinese, PacketListing attribute)
COLUMNS = (
    ("No. 序号", "number"),
    ("Listing link 商品链接", "url"),
    ("Listing title 商品标题", "title"),
    ("Seller 卖家", "seller_name"),
    ("Seller ID 卖家ID", "seller_id"),
    ("Shop link 店铺链接", "shop_url"),
    ("Price 价格", "price"),
    ("Found on 发现日期", "found_on"),
)


@dataclass(frozen=True, slots=True)
class PacketListing:
    url: str
    title: str = ""
    seller_name: str = ""
    seller_id: str = ""
    shop_url: str = ""
    price: str = ""  # as shown: "CNY 129.00"
    found_on: date | None = None


@dataclass(frozen=True, slots=True)
class PacketRight:
    kind: str  # in words: "Trademark"
    number: str
    jurisdiction: str
    title: str
    owner: str
    classes: tuple[str, ...] = ()
    valid_from: date | None = None
    valid_to: date | None = None


@dataclass(frozen=True, slots=True)
class PacketSpec:
    case_reference: str
    case_title: str
    platform: str  # in words: "淘宝 Taobao"
    system: str  # the complaint system: "Alibaba IPP …"
    system_short: str  # in the folder's name: "Alibaba IPP"
    batch_size: int
    limit_source: str  # where the batch size comes from
    rights: tuple[PacketRight, ...]
    listings: tuple[PacketListing, ...]
    prepared_on: date
    prepared_by: str = ""
    with_bundle: bool = False  # an evidence bundle goes in every batch (the sheet says so)


@dataclass(frozen=True, slots=True)
class Batch:
    number: int  # from 1
    of: int
    folder: Path
    listings: tuple[PacketListing, ...]


@dataclass(frozen=True, slots=True)
class PacketResult:
    folder: Path
    batches: tuple[Batch, ...]


def split_batches(listings: Sequence[PacketListing], size: int) -> list[tuple[PacketListing, ...]]:
    """The listings in order, `size` to a batch (the last holds the rest)."""
    if size < 1:
        raise ValidationError("batch_size", N_("must be a whole number ≥ 1, not {size}"), size=size)
    return [tuple(listings[i : i + size]) for i in range(0, len(listings), size)]


def packet_folder_name(spec: PacketSpec) -> str:
    name = f"{spec.case_reference} {spec.system_short} complaints {spec.prepared_on.isoformat()}"
    return "".join("_" if c in '<>:"/\\|?*' else c for c in name)


def write_packet(
    spec: PacketSpec,
    out: Path,
    evidence_bundle: Path | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> PacketResult:
    """Write the packet into a new folder inside `out` (never over an existing one: a second
    packet the same day gets " (2)"); `evidence_bundle`, a PDF made for it, is copied into
    every batch. Raises CancelledError (nothing left behind) when `cancelled()` says so."""
    if not spec.listings:
        raise ValidationError("listings", N_("there is no listing to complain about"))
    if spec.with_bundle != (evidence_bundle is not None):
        spec = replace(spec, with_bundle=evidence_bundle is not None)
    batches = split_batches(spec.listings, spec.batch_size)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    target = _free(out / packet_folder_name(spec))
    work = Path(tempfile.mkdtemp(prefix=".packet-", dir=out))
    try:
        written: list[Batch] = []
        for number, listings in enumerate(batches, start=1):
            if cancelled is not None and cancelled():
                raise CancelledError()
            if progress is not None:
                progress(number - 1, len(batches), f"batch {number} of {len(batches)}")
            name = f"batch-{number:02d}-of-{len(batches):02d}"
            folder = work / name
            folder.mkdir()
            first = (number - 1) * spec.batch_size + 1
            _write_csv(folder / "listings.csv", listings, first)
            _write_xlsx(folder / "listings.xlsx", listings, first, spec)
            _write_sheet(folder / "complaint.pdf", spec, listings, first, number, len(batches))
            if evidence_bundle is not None:
                shutil.copyfile(evidence_bundle, folder / "evidence-bundle.pdf")
            written.append(Batch(number, len(batches), target / name, listings))
        _write_manifest(work, spec, written)
        work.rename(target)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    if progress is not None:
        progress(len(batches), len(batches), "done")
    return PacketResult(target, tuple(written))


def _free(path: Path) -> Path:
    if not path.exists():
        return path
    n = 2
    while path.with_name(f"{path.name} ({n})").exists():
        n += 1
    return path.with_name(f"{path.name} ({n})")


def _cells(listing: PacketListing, number: int) -> list[str]:
    values = {
        "number": str(number),
        "found_on": listing.found_on.isoformat() if listing.found_on else "",
    }
    return [values.get(attr) or str(getattr(listing, attr, "")) for _h, attr in COLUMNS]


def _write_csv(path: Path, listings: Sequence[PacketListing], first: int) -> None:
    # UTF-8 with a byte-order mark: Excel then reads the Chinese right
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow([heading for heading, _a in COLUMNS])
        for n, listing in enumerate(listings, start=first):
            writer.writerow(_cells(listing, n))


def _write_xlsx(
    path: Path, listings: Sequence[PacketListing], first: int, spec: PacketSpec
) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Listings 商品")
    sheet.append([heading for heading, _a in COLUMNS])
    for n, listing in enumerate(listings, start=first):
        sheet.append(_cells(listing, n))
    about = book.create_sheet("Rights 权利")
    about.append(["Case 案件", spec.case_reference, spec.case_title])
    for right in spec.rights:
        about.append([right.kind, right.number, right.jurisdiction, right.title, right.owner])
    book.save(path)


def _write_sheet(
    path: Path,
    spec: PacketSpec,
    listings: Sequence[PacketListing],
    first: int,
    number: int,
    of: int,
) -> None:
    """The batch's complaint sheet: who complains of what, under which rights."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer

    font = register_font()
    body = ParagraphStyle("body", fontName=font, fontSize=9, leading=12, wordWrap="CJK")
    small = ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5)
    title = ParagraphStyle("title", parent=body, fontSize=14, leading=18, spaceAfter=4)
    heading = ParagraphStyle("heading", parent=body, fontSize=11, leading=14, spaceBefore=8)

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(_escape(text), style)

    story: list[Flowable] = [
        p(f"Complaint 投诉 — {spec.system}", title),
        p(
            f"Batch 批次 {number} / {of} · {len(listings)} listing(s) 条商品链接 · "
            f"case 案件 {spec.case_reference}: {spec.case_title}"
        ),
        p(
            f"Platform 平台: {spec.platform} · prepared 制作日期 {spec.prepared_on.isoformat()}"
            + (f" by {spec.prepared_by}" if spec.prepared_by else "")
        ),
        p("Rights enforced 权利依据", heading),
    ]
    rights = [
        ["Right 权利", "Number 号码", "Where 地域", "Subject 内容", "Owner 权利人", "Valid 有效期"]
    ]
    for right in spec.rights:
        valid = " – ".join(d.isoformat() if d else "?" for d in (right.valid_from, right.valid_to))
        classes = f" (classes {', '.join(right.classes)})" if right.classes else ""
        rights.append(
            [
                right.kind,
                right.number,
                right.jurisdiction,
                right.title + classes,
                right.owner,
                valid,
            ]
        )
    if len(rights) == 1:
        rights.append(["—", "no right is linked to the case 案件未关联权利", "", "", "", ""])
    story.append(_table([[p(str(c), small) for c in row] for row in rights]))
    story.append(p("Infringing listings 侵权商品链接", heading))
    rows = [[p(h, small) for h, _a in COLUMNS]]
    for n, listing in enumerate(listings, start=first):
        rows.append([p(cell, small) for cell in _cells(listing, n)])
    widths = [12, 70, 55, 35, 28, 40, 20, 20]
    story.append(_table(rows, [w * mm for w in widths]))
    story.append(Spacer(1, 4 * mm))
    statement = "The listings above offer goods infringing the rights listed."
    statement_zh = "上述商品链接销售侵犯上列权利的商品。"
    if spec.with_bundle:
        statement = statement[:-1] + "; the evidence bundle in this folder shows them."
        statement_zh = statement_zh[:-1] + "，证据见本文件夹中的证据汇编。"
    story.append(p(f"{statement} {statement_zh}", small))
    doc = SimpleDocTemplate(
        str(path),
        pagesize=landscape(A4),
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=f"{spec.case_reference} complaint batch {number} of {of}",
        author=spec.prepared_by or "Casefile",
        initialFontName=font,  # reportlab's default, Helvetica, is never embedded
    )
    doc.build(story)


def _table(rows: list[list[Paragraph]], widths: list[float] | None = None) -> Table:
    """A grid with its heading row repeated on every page."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                # a cell font even for paragraphs: else Helvetica (never embedded) is named
                ("FONTNAME", (0, 0), (-1, -1), register_font()),
                ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _write_manifest(work: Path, spec: PacketSpec, batches: Sequence[Batch]) -> None:
    files = {
        str(path.relative_to(work).as_posix()): _sha256(path)
        for path in sorted(work.rglob("*"))
        if path.is_file()
    }
    manifest = {
        "case": spec.case_reference,
        "platform": spec.platform,
        "system": spec.system,
        "batch_size": spec.batch_size,
        "limit_source": spec.limit_source,
        "prepared_on": spec.prepared_on.isoformat(),
        "batches": [
            {
                "folder": batch.folder.name,
                "listings": [listing.url for listing in batch.listings],
            }
            for batch in batches
        ],
        "sha256": files,
    }
    (work / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8"
    )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()

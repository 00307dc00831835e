"""Where a bundle's stamp lands, as a reader's viewer shows the page: an exhibit PDF's page gets
a strip added below what it shows (its CropBox), so the stamp is never cut off by a smaller
CropBox and never covers the page's own footer; and the index and the separator sheet give an
exhibit the same page range."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import RectangleObject

from casefile.services import cases, evidence
from casefile.services.bundles import BundleRequest, export_bundle
from casefile.store.archive import Archive
from tests.core import bundle_files as make

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="poppler-utils (pdftotext, pdftoppm) not installed",
)


def _cropped_with_footer(path: Path) -> Path:
    """A page whose CropBox shows only its middle (the MediaBox's margins hidden), with the
    document's own footer at the CropBox's foot, as scanners and print shops make them."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=(600, 800))
    canvas.setFont("Helvetica", 12)
    canvas.drawString(120, 600, "Invoice 4711 body text")
    canvas.drawString(120, 108, "ORIGINALFOOTER page 1 of 1")
    canvas.drawString(120, 20, "HIDDENMARGIN below the crop box")
    canvas.save()
    writer = PdfWriter(clone_from=str(path))
    writer.pages[0].cropbox = RectangleObject([100, 100, 500, 700])
    writer.write(path)
    return path


@pytest.fixture
def bundle(archive: Archive, tmp_path: Path) -> tuple[Path, object]:
    ref = cases.create_case(archive, cases.CaseDraft(title="Invoices")).reference
    src = tmp_path / "src"
    src.mkdir()
    evidence.add_evidence(
        archive,
        ref,
        evidence.EvidenceDraft(kind="invoice", description="Cropped invoice"),
        [_cropped_with_footer(src / "invoice.pdf")],
    )
    evidence.add_evidence(
        archive,
        ref,
        evidence.EvidenceDraft(kind="notarised_purchase", description="Certificate"),
        [make.pdf(src / "certificate.pdf", pages=4)],
    )
    out = tmp_path / "bundle.pdf"
    result = export_bundle(archive, BundleRequest(ref), out)
    return out, result.manifest


def _words(path: Path, page: int) -> list[tuple[str, float, float]]:
    """(word, yMin, yMax) of a page as poppler shows it (top-down, within the CropBox)."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [
        (m.group(5), float(m.group(2)), float(m.group(4)))
        for m in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
            out,
        )
    ]


@needs_poppler
def test_the_stamp_sits_in_a_strip_below_a_cropped_page_and_its_footer(
    bundle: tuple[Path, object],
) -> None:
    out, manifest = bundle
    page = manifest.exhibits[0].first_page  # type: ignore[attr-defined]
    bates = manifest.exhibits[0].bates_last  # type: ignore[attr-defined]
    words = _words(out, page)
    seen = {w for w, _, _ in words}
    assert bates in seen  # shown: inside what the viewer shows
    assert "ORIGINALFOOTER" in seen  # the page's own footer is still there
    footer_bottom = max(y1 for w, _, y1 in words if w == "ORIGINALFOOTER")
    stamp_top = min(y0 for w, y0, _ in words if w == bates)
    assert stamp_top > footer_bottom  # below it, not over it
    shown = PdfReader(out).pages[page - 1].cropbox
    assert float(shown.height) == pytest.approx(600 + 30)  # the page's own 600 + the strip
    # As a viewer draws it: the CropBox, the strip white (what lay below stays hidden).
    subprocess.run(
        [
            "pdftoppm",
            "-cropbox",
            "-r",
            "72",
            "-f",
            str(page),
            "-l",
            str(page),
            "-png",
            str(out),
            str(out.parent / "shown"),
        ],
        check=True,
    )
    from PIL import Image

    with Image.open(next(out.parent.glob("shown*.png"))) as image:
        assert image.size == (400, 630)
        strip = image.convert("L").crop((0, 600, 400, 630))
        assert strip.getextrema()[0] < 100  # the stamp's black letters are drawn there


def test_the_index_and_the_separator_give_an_exhibit_the_same_range(
    bundle: tuple[Path, object],
) -> None:
    out, manifest = bundle
    reader = PdfReader(out)
    index = " ".join((reader.pages[1].extract_text() or "").split())
    for entry in manifest.exhibits:  # type: ignore[attr-defined]
        pages = f"{entry.separator_page}–{entry.last_page}"
        separator = reader.pages[entry.separator_page - 1].extract_text() or ""
        assert pages in index
        assert pages in " ".join(separator.split())


def test_stamps_drawn_in_batches_land_on_every_page(
    archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stamps are drawn a batch of pages at a time (memory stays flat); pages either side of a
    batch's end carry their own stamp, and the bundle verifies."""
    from casefile.export import bundle as bundle_module
    from casefile.services.bundles import verify_bundle

    monkeypatch.setattr(bundle_module, "STAMP_BATCH", 2)
    ref = cases.create_case(archive, cases.CaseDraft(title="Batches")).reference
    src = tmp_path / "src"
    src.mkdir()
    evidence.add_evidence(
        archive,
        ref,
        evidence.EvidenceDraft(kind="notarised_purchase", description="Certificate"),
        [make.pdf(src / "certificate.pdf", pages=5)],
    )
    out = tmp_path / "bundle.pdf"
    result = export_bundle(archive, BundleRequest(ref), out)
    reader = PdfReader(out)
    for index, page in enumerate(reader.pages):
        assert f"NB-{index + 1:06d}" in (page.extract_text() or "")
    assert result.pages == len(reader.pages)
    assert verify_bundle(out).ok

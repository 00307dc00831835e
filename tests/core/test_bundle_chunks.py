"""A bundle assembled in several chunks (`bundle.CHUNK_PAGES` made small) reads as one made in
one piece: every page in order with its own stamp, bookmarks on the right pages, the seals drawn
on the cover and the manifest page, and every page matching its fingerprint."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from casefile.export import bundle
from casefile.export.manifest import ATTACHMENT_NAME, METADATA_KEY
from casefile.services import cases, evidence
from casefile.services.bundles import BundleRequest, export_bundle, verify_bundle
from casefile.store.archive import Archive
from tests.core import bundle_files as make


def test_a_bundle_joined_from_chunks_verifies_and_reads_in_order(
    archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundle, "CHUNK_PAGES", 4)  # chunk boundaries fall inside exhibits
    ref = cases.create_case(archive, cases.CaseDraft(title="Fake scooters")).reference
    src = tmp_path / "src"
    src.mkdir()
    evidence.add_evidence(
        archive,
        ref,
        evidence.EvidenceDraft(kind="test_buy", description="Receipts"),
        [make.pdf(src / "a.pdf", pages=7), make.pdf(src / "b.pdf", pages=3)],
    )
    evidence.add_evidence(
        archive,
        ref,
        evidence.EvidenceDraft(kind="sample_photo", description="Seized scooter"),
        [make.photo(src / "scooter.jpg")],
    )
    out = tmp_path / "bundle.pdf"

    result = export_bundle(archive, BundleRequest(ref), out)

    manifest = result.manifest
    reader = PdfReader(out)
    assert len(reader.pages) == manifest.total_pages > 3 * 4
    for index, page in enumerate(reader.pages):  # each page its own Bates number, in order
        text = " ".join((page.extract_text() or "").split())
        assert f"{manifest.bates_prefix}{manifest.bates_start + index:06d}" in text
    outline = reader.outline
    tops = [reader.get_destination_page_number(o) for o in outline if not isinstance(o, list)]
    assert tops[2:4] == [e.separator_page - 1 for e in manifest.exhibits]
    assert tops[-1] == manifest.manifest_first_page - 1
    files = [reader.get_destination_page_number(o) for o in outline[3]]  # exhibit 1's files
    assert files == [f.first_page - 1 for f in manifest.exhibits[0].files]
    cover = " ".join((reader.pages[0].extract_text() or "").split())
    assert result.manifest_sha256[:32] in cover
    verdict = verify_bundle(out)
    assert verdict.ok, verdict.problems
    assert any("every page matches its fingerprint" in f for f in verdict.findings)


def test_a_chunked_bundle_is_well_formed_and_keeps_chinese_bookmarks(
    archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundle, "CHUNK_PAGES", 3)
    ref = cases.create_case(archive, cases.CaseDraft(title="假冒滑板车")).reference
    src = tmp_path / "src"
    src.mkdir()
    evidence.add_evidence(
        archive,
        ref,
        evidence.EvidenceDraft(kind="notarised_purchase", description="公证书 购买过程"),
        [make.pdf(src / "cert.pdf", pages=8)],
    )
    out = tmp_path / "bundle.pdf"

    result = export_bundle(archive, BundleRequest(ref), out)

    reader = PdfReader(out)
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert any("公证书 购买过程" in title for title in titles)
    attached = json.loads(reader.attachments[ATTACHMENT_NAME][0])
    assert attached["total_pages"] == result.manifest.total_pages == len(reader.pages)
    assert reader.metadata is not None
    assert reader.metadata[METADATA_KEY] == result.manifest_sha256
    if shutil.which("qpdf") is not None:
        checked = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout + checked.stderr

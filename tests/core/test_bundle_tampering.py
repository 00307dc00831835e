"""A forger's edits of a real exported bundle, made with pypdf (and qpdf) as a forger would, each
expected to fail `verify-bundle` naming the page or the part that changed: a byte of a page, an
amount on an exhibit's first, middle and last page, text painted over a separator sheet and the
index, a page replaced by a new one carrying the same stamp, pages reordered, a page or an
exhibit removed with the manifest made to match, the manifest's words changed with the cover,
document information and attachment made consistent, the signature stripped, a revision
appended."""

from __future__ import annotations

import hashlib
import io
import json
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject

from casefile.export.fingerprint import SEAL_NAME
from casefile.export.manifest import ATTACHMENT_NAME, METADATA_KEY, Manifest
from casefile.export.seal import COVER_SEAL, MANIFEST_SEAL, SealBox, render_seals
from casefile.export.wording import Language
from casefile.services import cases, evidence
from casefile.services.bundles import BundleRequest, export_bundle, verify_bundle
from casefile.store.archive import Archive
from tests.core import bundle_files as make

AMOUNT = b"RMB 1,000.00"
FORGED = b"RMB 9,000.00"


def _receipts(path: Path, pages: int = 5) -> Path:
    """An exhibit PDF whose every page states an amount paid (in a standard font, so the
    forger can edit the text in place)."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pageCompression=0)
    for n in range(1, pages + 1):
        canvas.setFont("Helvetica", 14)
        canvas.drawString(72, 720, f"Receipt {n} of {pages}")
        canvas.drawString(72, 690, "Amount paid: " + AMOUNT.decode())
        canvas.showPage()
    canvas.save()
    return path


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Manifest, Path]:
    """An archive with one case of three exhibits (a photo, five receipts, a chat log), its
    bundle signed by the archive's own key, and that bundle's manifest."""
    root = tmp_path_factory.mktemp("forgery")
    archive = Archive.open(root / "A.casefile", create=True)
    ref = cases.create_case(archive, cases.CaseDraft(title="Fake scooters 假冒滑板车")).reference
    src = root / "src"
    src.mkdir()
    add = evidence.add_evidence
    add(
        archive,
        ref,
        evidence.EvidenceDraft(kind="sample_photo", description="Seized scooter"),
        [make.photo(src / "scooter.jpg")],
    )
    add(
        archive,
        ref,
        evidence.EvidenceDraft(kind="test_buy", description="Receipts of the test buys"),
        [_receipts(src / "receipts.pdf")],
    )
    add(
        archive,
        ref,
        evidence.EvidenceDraft(kind="correspondence", description="Chat log 聊天记录"),
        [make.text(src / "chat.txt")],
    )
    out = root / "bundle.pdf"
    result = export_bundle(archive, BundleRequest(ref), out)
    archive.close()
    return out, result.manifest, root / "A.casefile"


def _copy(made: tuple[Path, Manifest, Path], tmp_path: Path) -> tuple[Path, Manifest]:
    out = tmp_path / "forged.pdf"
    shutil.copyfile(made[0], out)
    return out, made[1]


def _rewrite(path: Path, change: object) -> None:
    """Load the whole bundle into a writer, let `change(writer)` alter it, and write it back
    (pypdf keeps the signature dictionary, so the file still looks signed)."""
    writer = PdfWriter(clone_from=str(path))
    change(writer)  # type: ignore[operator]
    with path.open("wb") as handle:
        writer.write(handle)


def _edit_text(writer: PdfWriter, index: int, old: bytes, new: bytes) -> None:
    page = writer.pages[index]
    contents = page.get_contents()
    assert contents is not None
    data = contents.get_data()
    assert old in data, f"page {index + 1} does not contain {old!r}"
    page.replace_contents(_stream(writer, data.replace(old, new)))


def _stream(writer: PdfWriter, data: bytes) -> object:
    from pypdf.generic import ContentStream, DecodedStreamObject

    raw = DecodedStreamObject()
    raw.set_data(data)
    return ContentStream(raw, writer)


def _paint_over(writer: PdfWriter, index: int, words: str) -> None:
    """A white box with other words laid over the page, as an editor's "whiteout" does."""
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    page = writer.pages[index]
    canvas = Canvas(buffer, pagesize=(float(page.mediabox.width), float(page.mediabox.height)))
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(40, 300, 500, 300, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawString(60, 500, words)
    canvas.save()
    page.merge_page(PdfReader(buffer).pages[0])


def _problems(path: Path, archive: Path | None = None) -> str:
    if archive is None:
        verdict = verify_bundle(path)
    else:
        with Archive.open(archive) as opened:
            verdict = verify_bundle(path, opened)
    assert not verdict.ok
    said = list(verdict.problems)
    for exhibit in verdict.exhibits:
        said += exhibit.findings
    return "\n".join(said)


def _receipt_pages(manifest: Manifest) -> tuple[int, int, int]:
    entry = manifest.exhibits[1]
    return entry.first_page, entry.first_page + 2, entry.last_page


# --- the pages ------------------------------------------------------------------------------


def test_the_untouched_bundle_verifies(made: tuple[Path, Manifest, Path]) -> None:
    verdict = verify_bundle(made[0])
    assert verdict.ok, verdict.problems
    assert any("every page matches its fingerprint" in f for f in verdict.findings)
    assert verdict.signature is not None and verdict.signature.signed


def test_one_byte_changed_in_a_page_names_that_page(
    made: tuple[Path, Manifest, Path], tmp_path: Path
) -> None:
    out, manifest = _copy(made, tmp_path)
    first, _, _ = _receipt_pages(manifest)
    _rewrite(out, lambda w: _edit_text(w, first - 1, b"Receipt 1", b"Receipt 7"))
    said = _problems(out)
    assert f"page {first}, exhibit 2 p. 1/5: content differs" in said
    assert "signature" in said  # the file is no longer what was signed


def test_one_byte_flipped_in_the_file_is_caught(
    made: tuple[Path, Manifest, Path], tmp_path: Path
) -> None:
    """A raw byte of the embedded photo changed in the file itself, as a hex editor would."""
    out, manifest = _copy(made, tmp_path)
    data = bytearray(out.read_bytes())
    photo = (made[2] / "evidence").rglob("*")
    jpeg = next(p for p in photo if p.is_file() and p.read_bytes()[:2] == b"\xff\xd8")
    at = bytes(data).index(jpeg.read_bytes()[200:232]) + 10
    data[at] ^= 0x01
    out.write_bytes(bytes(data))
    said = _problems(out)
    page = manifest.exhibits[0].first_page
    assert f"page {page}, exhibit 1 p. 1/1: content differs" in said
    assert "not the file listed" in said  # the photo is no longer the original
    assert "signature" in said


@pytest.mark.parametrize("which", ["first", "middle", "last"])
def test_an_amount_changed_on_an_exhibit_page_names_the_page(
    made: tuple[Path, Manifest, Path], tmp_path: Path, which: str
) -> None:
    out, manifest = _copy(made, tmp_path)
    page = dict(zip(("first", "middle", "last"), _receipt_pages(manifest), strict=True))[which]
    _rewrite(out, lambda w: _edit_text(w, page - 1, AMOUNT, FORGED))
    n = page - manifest.exhibits[1].first_page + 1
    said = _problems(out)
    assert f"page {page}, exhibit 2 p. {n}/5: content differs" in said
    assert said.count("content differs") == 2  # in the bundle's problems and the exhibit's


def test_text_painted_over_the_separator_and_the_index_names_both(
    made: tuple[Path, Manifest, Path], tmp_path: Path
) -> None:
    out, manifest = _copy(made, tmp_path)
    separator = manifest.exhibits[2].separator_page

    def paint(writer: PdfWriter) -> None:
        _paint_over(writer, separator - 1, "Exhibit 3: nothing relevant")
        _paint_over(writer, 1, "Index: two exhibits only")

    _rewrite(out, paint)
    said = _problems(out)
    assert f"page {separator}, exhibit 3's separator sheet: content differs" in said
    assert "page 2, the index: content differs" in said


def test_a_middle_page_replaced_by_a_new_page_with_the_same_stamp(
    made: tuple[Path, Manifest, Path], tmp_path: Path
) -> None:
    """The forger sets a new receipt and stamps it exactly as the old one was stamped."""
    from reportlab.pdfgen.canvas import Canvas

    out, manifest = _copy(made, tmp_path)
    _, middle, _ = _receipt_pages(manifest)
    original = PdfReader(made[0]).pages[middle - 1]
    stamp = " ".join((original.extract_text() or "").split()[-6:])  # the stamp's words
    buffer = io.BytesIO()
    box = original.mediabox
    canvas = Canvas(buffer, pagesize=(float(box.width), float(box.height)))
    canvas.drawString(72, 720, "Receipt 3 of 5")
    canvas.drawString(72, 690, "Amount paid: " + FORGED.decode())
    canvas.drawString(14, 12, stamp)
    canvas.save()
    new = PdfReader(buffer).pages[0]

    def swap(writer: PdfWriter) -> None:
        writer.insert_page(new, middle - 1)
        writer.remove_page(middle)

    _rewrite(out, swap)
    said = _problems(out)
    assert f"page {middle}, exhibit 2 p. 3/5: content differs" in said


def test_pages_reordered_inside_an_exhibit_are_named(
    made: tuple[Path, Manifest, Path], tmp_path: Path
) -> None:
    out, manifest = _copy(made, tmp_path)
    first, _, _ = _receipt_pages(manifest)
    subprocess.run(  # qpdf, as a forger's tool: pages 1–2 of the receipts swapped
        [
            "qpdf",
            str(made[0]),
            "--pages",
            str(made[0]),
            f"1-{first - 1},{first + 1},{first},{first + 2}-z",
            "--",
            str(out),
        ],
        check=True,
    )
    said = _problems(out)
    assert f"page {first} shows what page {first + 1} (exhibit 2 p. 2/5) should" in said
    assert "out of order" in said


def test_a_revision_appended_after_signing_is_caught(
    made: tuple[Path, Manifest, Path], tmp_path: Path
) -> None:
    """An incremental update (what an editor's "save" appends) that changes a receipt."""
    out, manifest = _copy(made, tmp_path)
    first, _, _ = _receipt_pages(manifest)
    writer = PdfWriter(str(out), incremental=True)
    _edit_text(writer, first - 1, AMOUNT, FORGED)
    with out.open("wb") as handle:
        writer.write(handle)
    said = _problems(out)
    assert f"page {first}, exhibit 2 p. 1/5: content differs" in said
    assert "after it was signed" in said or "not covered" in said or "appended" in said


# --- a manifest made to match -------------------------------------------------------------


def _reseal(writer: PdfWriter, manifest: Manifest, work: Path) -> None:
    """What a forger with Casefile's source does after changing the manifest: attach the new
    manifest, put its hash in the document information and draw it into both seals."""
    data = manifest.to_json()
    sha = hashlib.sha256(data).hexdigest()
    del writer._root_object["/Names"]
    writer.add_attachment(ATTACHMENT_NAME, data)
    writer.add_metadata({METADATA_KEY: sha})
    seals = {1: COVER_SEAL, manifest.manifest_first_page: MANIFEST_SEAL}
    for page_no, key in seals.items():
        page = writer.pages[page_no - 1]
        form = page["/Resources"]["/XObject"][SEAL_NAME].get_object()
        x0, y0, w, h = (float(v) for v in form["/BBox"])
        box = SealBox(key, 0, 0, 0, w - x0, h - y0)
        drawn = work / f"seal-{page_no}.pdf"
        render_seals([box], sha, Language(manifest.language), drawn)  # type: ignore[arg-type]
        seal_page = PdfReader(drawn).pages[0]
        form.set_data(seal_page.get_contents().get_data())
        form[NameObject("/Resources")] = seal_page["/Resources"].clone(writer)


def test_the_manifests_words_changed_with_cover_and_attachment_made_consistent(
    made: tuple[Path, Manifest, Path], tmp_path: Path
) -> None:
    out, manifest = _copy(made, tmp_path)
    exhibits = list(manifest.exhibits)
    exhibits[1] = replace(exhibits[1], description="Receipts of purchases by the defendant")
    forged = replace(manifest, exhibits=tuple(exhibits))
    _rewrite(out, lambda w: _reseal(w, forged, tmp_path))
    verdict = verify_bundle(out)
    assert verdict.manifest_sha256 == forged.sha256()  # the forgery is consistent in itself…
    assert not verdict.ok  # …but no longer what was signed
    assert any(p.startswith("signature:") for p in verdict.problems), verdict.problems


def test_a_page_removed_with_the_manifest_shifted_to_match(
    made: tuple[Path, Manifest, Path], tmp_path: Path
) -> None:
    out, manifest = _copy(made, tmp_path)
    _, middle, _ = _receipt_pages(manifest)
    forged = _without_page(manifest, middle)

    def remove(writer: PdfWriter) -> None:
        writer.remove_page(middle - 1)
        _reseal(writer, forged, tmp_path)

    _rewrite(out, remove)
    verdict = verify_bundle(out)
    assert verdict.manifest is not None and verdict.manifest.total_pages == manifest.total_pages - 1
    assert not verdict.ok
    assert any(p.startswith("signature:") for p in verdict.problems), verdict.problems


def test_a_whole_exhibit_removed_with_its_manifest_entry(
    made: tuple[Path, Manifest, Path], tmp_path: Path
) -> None:
    out, manifest = _copy(made, tmp_path)
    last = manifest.exhibits[2]
    forged = manifest
    for page in range(last.last_page, last.separator_page - 1, -1):
        forged = _without_page(forged, page)
    forged = replace(forged, exhibits=forged.exhibits[:2], files_count=forged.files_count - 1)

    def remove(writer: PdfWriter) -> None:
        for page in range(last.last_page, last.separator_page - 1, -1):
            writer.remove_page(page - 1)
        _reseal(writer, forged, tmp_path)

    _rewrite(out, remove)
    verdict = verify_bundle(out)
    assert not verdict.ok
    assert any(p.startswith("signature:") for p in verdict.problems), verdict.problems
    assert len(verdict.exhibits) == 2


def _without_page(manifest: Manifest, page: int) -> Manifest:
    """The manifest as it would read had `page` never been there."""

    def shift(n: int) -> int:
        return n - 1 if n > page else n

    exhibits = []
    for entry in manifest.exhibits:
        files = tuple(
            replace(
                f,
                first_page=shift(f.first_page),
                pages=f.pages - (f.first_page <= page < f.first_page + f.pages),
            )
            for f in entry.files
        )
        exhibits.append(
            replace(
                entry,
                separator_page=shift(entry.separator_page),
                first_page=shift(entry.first_page),
                last_page=entry.last_page - (entry.last_page >= page),
                files=files,
            )
        )
    prints = list(manifest.page_sha256)
    del prints[page - 1]
    return replace(
        manifest,
        exhibits=tuple(exhibits),
        total_pages=manifest.total_pages - 1,
        manifest_first_page=shift(manifest.manifest_first_page),
        page_sha256=tuple(prints),
        sealed_pages=tuple(shift(p) for p in manifest.sealed_pages),
    )


# --- the signature --------------------------------------------------------------------------


def test_a_stripped_signature_is_missed(made: tuple[Path, Manifest, Path], tmp_path: Path) -> None:
    out, _ = _copy(made, tmp_path)

    def strip(writer: PdfWriter) -> None:
        del writer._root_object["/AcroForm"]
        cover = writer.pages[0]
        del cover["/Annots"]

    _rewrite(out, strip)
    said = _problems(out)
    assert "not signed" in said and "signature was removed" in said


def test_a_bundle_re_signed_by_another_key_is_told_from_the_archives(
    made: tuple[Path, Manifest, Path], tmp_path: Path
) -> None:
    """The forger re-makes the bundle's signature with a key of their own (same name)."""
    from casefile.export.signing import BundleSigner, sign_pdf
    from tests.core.certificates import p12

    out, _ = _copy(made, tmp_path)
    unsigned = tmp_path / "unsigned.pdf"
    shutil.copyfile(out, unsigned)
    _rewrite(
        unsigned,
        lambda w: (w._root_object.pop("/AcroForm"), w.pages[0].pop("/Annots")),
    )
    key = p12(tmp_path / "forger.p12", common_name="Casefile archive A.casefile", passphrase=None)
    sign_pdf(unsigned, out, BundleSigner(key, None))
    said = _problems(out)  # the manifest names the certificate it was made to be signed by
    assert "it was re-signed" in said
    said = _problems(out, archive=made[2])
    assert "it was re-signed" in said


def test_qpdf_finds_the_bundle_well_formed(made: tuple[Path, Manifest, Path]) -> None:
    if shutil.which("qpdf") is None:
        pytest.skip("qpdf not installed")
    result = subprocess.run(["qpdf", "--check", str(made[0])], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_manifest_pages_and_cover_show_the_hash_the_seal_carries(
    made: tuple[Path, Manifest, Path],
) -> None:
    reader = PdfReader(made[0])
    sha = made[1].sha256()
    for page in made[1].sealed_pages:
        text = re.sub(r"\s+", "", reader.pages[page - 1].extract_text() or "")
        assert sha in text
    attached = reader.attachments[ATTACHMENT_NAME][0]
    assert json.loads(attached)["page_sha256"] == list(made[1].page_sha256)


# --- the archive behind it ------------------------------------------------------------------


def test_an_archive_whose_trail_was_rewritten_since_no_longer_holds_the_bundles_head(
    made: tuple[Path, Manifest, Path], tmp_path: Path
) -> None:
    """Someone with the archive rewrites an early audit row (who recorded an exhibit) and
    re-chains the whole trail: `check` cannot tell, but the bundle made earlier still carries
    the old head, and verifying it against the archive says so."""
    from sqlalchemy import text

    from casefile.services.integrity import check_archive
    from casefile.store import chain

    copy = tmp_path / "A.casefile"
    shutil.copytree(made[2], copy)
    assert made[1].archive_chain_head  # the bundle printed the head it was made at
    with Archive.open(copy) as archive:
        assert verify_bundle(made[0], archive).ok
        with archive.engine.begin() as connection:
            connection.execute(text("UPDATE audit_entry SET actor = 'mallory' WHERE id = 1"))
            chain.chain_existing(connection)  # the whole trail re-hashed to match
        assert check_archive(archive).ok  # consistent in itself…
        verdict = verify_bundle(made[0], archive)
    assert not verdict.ok  # …but not the trail the bundle was made from
    assert any("no longer holds the head the bundle printed" in p for p in verdict.problems)


def test_a_page_with_a_large_content_stream_verifies(archive: Archive, tmp_path: Path) -> None:
    """A dense vector page (a map, a spreadsheet printout): its content stream is parked on
    disk while the bundle is assembled, and its fingerprint still matches the written page."""
    from reportlab.pdfgen.canvas import Canvas

    src = tmp_path / "dense.pdf"
    canvas = Canvas(str(src))
    for n in range(6000):  # ~100 KB of drawing, compressed to well over the spill threshold
        canvas.line(n % 500, (n * 7) % 800, (n * 13) % 500, (n * 3) % 800)
    canvas.save()
    ref = cases.create_case(archive, cases.CaseDraft(title="Dense")).reference
    evidence.add_evidence(
        archive, ref, evidence.EvidenceDraft(kind="other", description="Map"), [src]
    )
    out = tmp_path / "b.pdf"
    export_bundle(archive, BundleRequest(ref), out)
    verdict = verify_bundle(out)
    assert verdict.ok, verdict.problems


def test_an_audit_row_edited_before_the_bundles_head_is_caught_against_the_archive(
    made: tuple[Path, Manifest, Path], tmp_path: Path
) -> None:
    from sqlalchemy import text

    copy = tmp_path / "A.casefile"
    shutil.copytree(made[2], copy)
    with Archive.open(copy) as archive:
        with archive.engine.begin() as connection:
            connection.execute(text("UPDATE audit_entry SET actor = 'mallory' WHERE id = 1"))
        verdict = verify_bundle(made[0], archive)
    assert not verdict.ok
    assert any("rows recorded before it were edited since" in p for p in verdict.problems)


def test_a_page_removed_is_named_missing_and_the_pages_after_it_still_match(
    made: tuple[Path, Manifest, Path], tmp_path: Path
) -> None:
    out, manifest = _copy(made, tmp_path)
    _, middle, _ = _receipt_pages(manifest)
    _rewrite(out, lambda w: w.remove_page(middle - 1))
    said = _problems(out)
    assert f"page {middle} (exhibit 2 p. 3/5) is missing" in said
    assert "the manifest: content differs" not in said  # it moved up a page, nothing more
    assert "does not show" not in said


def test_a_countersigned_bundle_still_verifies(
    made: tuple[Path, Manifest, Path], tmp_path: Path
) -> None:
    """Counsel adds their own approval signature after export (as Acrobat would)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    from tests.core.certificates import p12

    key = p12(tmp_path / "counsel.p12", common_name="Jane Counsel", passphrase=None)
    signer = signers.SimpleSigner.load_pkcs12(str(key), passphrase=None)
    out = tmp_path / "countersigned.pdf"
    with made[0].open("rb") as source, out.open("wb") as target:
        writer = IncrementalPdfFileWriter(source, strict=False)
        meta = signers.PdfSignatureMetadata(field_name="Counsel")
        signers.sign_pdf(writer, meta, signer=signer, output=target)
    verdict = verify_bundle(out)
    assert verdict.ok, verdict.problems
    assert verdict.signature is not None and verdict.signature.signatures == 2


def test_a_damaged_signature_is_said_damaged_not_removed(
    made: tuple[Path, Manifest, Path], tmp_path: Path
) -> None:
    out, _ = _copy(made, tmp_path)
    data = bytearray(out.read_bytes())
    start = bytes(data).rindex(b"/Contents <") + len(b"/Contents <") + 200
    data[start : start + 8] = b"00000000" if data[start : start + 8] != b"00000000" else b"11111111"
    out.write_bytes(bytes(data))
    said = _problems(out)
    assert "removed" not in said
    assert "damaged" in said or "INVALID" in said

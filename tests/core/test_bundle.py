"""PDF evidence bundles, opened with pypdf as a recipient's software would: pages, bookmarks,
stamps, the attached manifest and its hashes, fonts, damaged inputs, Cancel, verification."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter

from casefile.errors import CancelledError, ValidationError
from casefile.export.manifest import ATTACHMENT_NAME, METADATA_KEY
from casefile.services import cases, evidence
from casefile.services.bundles import (
    BundleRequest,
    export_bundle,
    parse_exhibit_list,
    verify_bundle,
)
from casefile.store.archive import Archive
from tests.core import bundle_files as make

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftoppm") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftoppm, pdffonts) not installed",
)


@pytest.fixture
def case(archive: Archive, tmp_path: Path) -> str:
    """A case with four exhibits: photos, a notarial certificate, a chat log, internal notes."""
    ref = cases.create_case(archive, cases.CaseDraft(title="Fake scooters 假冒滑板车")).reference
    src = tmp_path / "src"
    src.mkdir()
    add = evidence.add_evidence
    add(
        archive,
        ref,
        evidence.EvidenceDraft(kind="sample_photo", description="Seized scooter 扣押样品"),
        [make.photo(src / "scooter.jpg", orientation=6), make.png(src / "logo.png")],
        custody=evidence.CustodyDraft(
            received_from="Ningbo customs 宁波海关",
            seal_number="SEAL-0042",
            location="Locker 3",
            note="box dented on arrival",
        ),
    )
    add(
        archive,
        ref,
        evidence.EvidenceDraft(
            kind="notarised_purchase",
            description="Notarial certificate 公证书",
            notary_office="上海市东方公证处",
            notary_certificate="(2025)沪东证经字第1234号",
        ),
        [make.pdf(src / "certificate.pdf", pages=3)],
    )
    add(
        archive,
        ref,
        evidence.EvidenceDraft(kind="correspondence", description="Chat log 聊天记录"),
        [make.text(src / "chat.txt")],
    )
    add(
        archive,
        ref,
        evidence.EvidenceDraft(kind="other", description="Strategy notes", internal=True),
        [make.text(src / "strategy.txt")],
    )
    return ref


def _export(archive: Archive, case: str, out: Path, **request: object) -> object:
    return export_bundle(archive, BundleRequest(case, **request), out)  # type: ignore[arg-type]


def _outline_titles(reader: PdfReader) -> list[str]:
    return [item.title for item in reader.outline if not isinstance(item, list)]


def _page_text(reader: PdfReader, index: int) -> str:
    return " ".join((reader.pages[index].extract_text() or "").split())


def test_bundle_has_cover_index_exhibits_manifest_in_order(
    archive: Archive, case: str, tmp_path: Path
) -> None:
    out = tmp_path / "bundle.pdf"
    result = _export(archive, case, out, exhibits=[2, 1, 3], recipient="court")

    reader = PdfReader(out)
    manifest = result.manifest
    # cover 1 + index 1 + (separator + 3) + (separator + 2 photos) + (separator + 1) + manifest
    assert len(reader.pages) == result.pages == manifest.total_pages
    assert [e.exhibit_no for e in manifest.exhibits] == [2, 1, 3]
    assert [e.last_page - e.first_page + 1 for e in manifest.exhibits] == [3, 2, 1]
    titles = _outline_titles(reader)
    assert titles[:2] == ["Cover", "Index of exhibits"]
    assert titles[2:5] == [
        "Exhibit 1: Notarial certificate 公证书",
        "Exhibit 2: Seized scooter 扣押样品",
        "Exhibit 3: Chat log 聊天记录",
    ]
    assert titles[-1] == "Manifest of files"
    # each exhibit's bookmark opens its separator sheet
    starts = [
        reader.get_destination_page_number(o) for o in reader.outline if not isinstance(o, list)
    ]
    assert starts[2:5] == [e.separator_page - 1 for e in manifest.exhibits]
    assert "Index of exhibits" in _page_text(reader, 1)
    assert "Exhibit 1" in _page_text(reader, manifest.exhibits[0].separator_page - 1)


def test_every_page_carries_its_bates_number_and_exhibit_stamp(
    archive: Archive, case: str, tmp_path: Path
) -> None:
    out = tmp_path / "bundle.pdf"
    result = _export(archive, case, out, bates_prefix="VOL-", bates_start=120)

    reader = PdfReader(out)
    for index in range(len(reader.pages)):
        assert f"VOL-{120 + index:06d}" in _page_text(reader, index)
    certificate = result.manifest.exhibits[1]  # all exhibits but the internal one, in order
    assert certificate.bates_first == f"VOL-{120 + certificate.separator_page - 1:06d}"
    second_page = _page_text(reader, certificate.first_page)  # its page 2 of 3
    assert "Exhibit 2, p. 2/3" in second_page
    assert "page 2" in second_page  # the exhibit's own content is there under the stamp


def test_manifest_lists_every_file_with_its_full_hash_and_size(
    archive: Archive, case: str, tmp_path: Path
) -> None:
    out = tmp_path / "bundle.pdf"
    result = _export(archive, case, out)

    reader = PdfReader(out)
    attached = reader.attachments[ATTACHMENT_NAME][0]
    manifest = json.loads(attached)
    assert hashlib.sha256(attached).hexdigest() == result.manifest_sha256
    assert reader.metadata[METADATA_KEY] == result.manifest_sha256
    listed = {(f["name"], f["sha256"], f["size"]) for e in manifest["exhibits"] for f in e["files"]}
    stored = {
        (f.original_name, f.sha256, f.size)
        for e in evidence_rows(archive, case)
        if not e.internal
        for f in e.files
    }
    assert listed == stored
    for f in stored:
        blob = archive.files.path_of(f[1]).read_bytes()
        assert hashlib.sha256(blob).hexdigest() == f[1] and len(blob) == f[2]
    closing = " ".join(
        _page_text(reader, i) for i in range(manifest["manifest_first_page"] - 1, len(reader.pages))
    )
    for _name, sha, _size in stored:
        assert sha in closing.replace(" ", "")
    cover = _page_text(reader, 0).replace(" ", "")
    assert result.manifest_sha256 in cover
    assert reader.metadata.title.startswith(case)
    assert reader.metadata.author == "test-counsel"


def evidence_rows(archive: Archive, case: str) -> tuple:
    from casefile.services.base import load_case
    from casefile.store import repositories

    with archive.reading() as session:
        return repositories.evidence_of_case(session, load_case(session, case).id)


def test_photo_is_embedded_unchanged_and_turned_upright(
    archive: Archive, case: str, tmp_path: Path
) -> None:
    out = tmp_path / "bundle.pdf"
    result = _export(archive, case, out, exhibits=[1])
    reader = PdfReader(out)
    photo = result.manifest.exhibits[0].files[0]
    assert photo.name == "scooter.jpg" and photo.embedded_original
    xobjects = reader.pages[photo.first_page - 1]["/Resources"]["/XObject"]
    streams = [x.get_object() for x in xobjects.values()]
    images = [s.get_data() for s in streams if s["/Subtype"] == "/Image"]
    assert [hashlib.sha256(data).hexdigest() for data in images] == [photo.sha256]


@needs_poppler
def test_photo_with_exif_orientation_shows_upright(
    archive: Archive, case: str, tmp_path: Path
) -> None:
    """The photo was stored lying on its side (EXIF 6: turn 90° clockwise to view): its red
    corner, top-left as stored, must show top-right on the page, as a photo viewer shows it."""
    out = tmp_path / "bundle.pdf"
    result = _export(archive, case, out, exhibits=[1])
    page = result.manifest.exhibits[0].files[0].first_page
    subprocess.run(
        ["pdftoppm", "-r", "40", "-f", str(page), "-l", str(page), "-png", out, tmp_path / "p"],
        check=True,
    )
    image = Image.open(next(tmp_path.glob("p*.png"))).convert("RGB")
    reds = [
        (x, y)
        for x in range(image.width)
        for y in range(image.height)
        if image.getpixel((x, y))[0] > 200 and image.getpixel((x, y))[1] < 80
    ]
    assert reds
    mean_x = sum(x for x, _ in reds) / len(reds)
    mean_y = sum(y for _, y in reds) / len(reds)
    assert mean_x > image.width / 2  # right
    assert mean_y < image.height / 2  # top


@needs_poppler
def test_every_font_is_embedded(archive: Archive, case: str, tmp_path: Path) -> None:
    out = tmp_path / "bundle.pdf"
    _export(archive, case, out, language="bilingual")
    lines = subprocess.run(
        ["pdffonts", out], check=True, capture_output=True, text=True
    ).stdout.splitlines()[2:]
    assert lines
    assert all(line.split()[-5] == "yes" for line in lines), lines


def test_chinese_labels_and_stamps(archive: Archive, case: str, tmp_path: Path) -> None:
    out = tmp_path / "bundle.pdf"
    result = _export(archive, case, out, language="zh", recipient="customs")
    reader = PdfReader(out)
    assert "提交海关证据材料" in _page_text(reader, 0)
    assert "证据目录" in _page_text(reader, 1)
    certificate = result.manifest.exhibits[1]
    assert "证据2，第1/3页" in _page_text(reader, certificate.first_page - 1)
    assert _outline_titles(reader)[3] == "证据 2: Notarial certificate 公证书"


def test_internal_material_stays_out_of_external_bundles(
    archive: Archive, case: str, tmp_path: Path
) -> None:
    external = _export(archive, case, tmp_path / "customs.pdf", recipient="customs")
    assert [e.exhibit_no for e in external.manifest.exhibits] == [1, 2, 3]
    reader = PdfReader(tmp_path / "customs.pdf")
    separator = _page_text(reader, external.manifest.exhibits[0].separator_page - 1)
    assert "SEAL-0042" in separator  # the custody log goes to customs…
    assert "box dented" not in separator  # …without its internal notes

    with pytest.raises(ValidationError, match="exhibit 4 is internal"):
        _export(archive, case, tmp_path / "x.pdf", exhibits=[1, 4], recipient="police")
    assert not (tmp_path / "x.pdf").exists()

    internal = _export(archive, case, tmp_path / "internal.pdf", recipient="internal")
    assert [e.exhibit_no for e in internal.manifest.exhibits] == [1, 2, 3, 4]
    reader = PdfReader(tmp_path / "internal.pdf")
    assert "box dented" in _page_text(reader, internal.manifest.exhibits[0].separator_page - 1)
    assert "not for filing" in _page_text(reader, 0)


def test_damaged_inputs_become_placeholder_pages_and_are_listed(
    archive: Archive, case: str, tmp_path: Path
) -> None:
    src = tmp_path / "damaged"
    src.mkdir()
    files = [
        make.encrypted_pdf(src / "locked.pdf", make.pdf(tmp_path / "plain.pdf")),
        make.corrupt_pdf(src / "broken.pdf"),
        make.truncated_jpeg(src / "cut.jpg"),
        make.video(src / "raid.mp4"),
    ]
    evidence.add_evidence(archive, case, evidence.EvidenceDraft(description="Damaged"), files)
    out = tmp_path / "bundle.pdf"

    result = _export(archive, case, out, exhibits=[5, 2])

    reader = PdfReader(out)
    damaged = result.manifest.exhibits[0]
    assert [f.shown_as for f in damaged.files] == ["placeholder"] * 4
    reasons = {f.name: f.problem for f in damaged.files}
    assert "encrypted" in reasons["locked.pdf"]
    assert "damaged" in reasons["broken.pdf"]
    assert "truncated" in reasons["cut.jpg"]
    assert "video" in reasons["raid.mp4"].lower()
    for f in damaged.files:
        page = _page_text(reader, f.first_page - 1)
        assert f.name in page and "cannot be shown on paper" in page
    assert len(result.problems) == 4
    closing = " ".join(
        _page_text(reader, i)
        for i in range(result.manifest.manifest_first_page - 1, len(reader.pages))
    )
    assert "Problems found while preparing this bundle" in closing
    assert "cut.jpg" in closing
    # the good exhibit after them is whole
    assert result.manifest.exhibits[1].files[0].shown_as == "pdf"


def test_cancel_leaves_no_file_and_keeps_an_earlier_bundle(
    archive: Archive, case: str, tmp_path: Path
) -> None:
    out = tmp_path / "bundle.pdf"
    out.write_bytes(b"yesterday's bundle")
    calls = []

    def progress(done: int, total: int, label: str) -> None:
        calls.append(label)

    with pytest.raises(CancelledError):
        export_bundle(archive, BundleRequest(case), out, progress, cancelled=lambda: len(calls) > 3)

    assert out.read_bytes() == b"yesterday's bundle"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Test.casefile", "bundle.pdf", "src"]


def test_bad_requests_are_refused_with_the_reason(
    archive: Archive, case: str, tmp_path: Path
) -> None:
    out = tmp_path / "b.pdf"
    with pytest.raises(ValidationError, match="no exhibit 9"):
        _export(archive, case, out, exhibits=[1, 9])
    with pytest.raises(ValidationError, match="language"):
        _export(archive, case, out, language="fr")
    with pytest.raises(ValidationError, match="bates_prefix"):
        _export(archive, case, out, bates_prefix="NB 01/")
    assert parse_exhibit_list("1,3-5") == [1, 3, 4, 5]
    assert parse_exhibit_list("4, 2") == [4, 2]
    for bad in ("1,,2", "3-1", "1,1", "a"):
        with pytest.raises(ValidationError):
            parse_exhibit_list(bad)
    with pytest.raises(Exception, match="does not exist"):
        _export(archive, case, tmp_path / "missing" / "b.pdf")


def test_verify_passes_a_fresh_bundle_alone_and_with_the_archive(
    archive: Archive, case: str, tmp_path: Path
) -> None:
    out = tmp_path / "bundle.pdf"
    _export(archive, case, out)

    alone = verify_bundle(out)
    assert alone.ok
    assert all(e.ok for e in alone.exhibits)
    assert any("byte for byte" in f for f in alone.exhibits[0].findings)
    with_archive = verify_bundle(out, archive)
    assert with_archive.ok
    assert all(
        any("matches the archive's copy" in f for f in e.findings) for e in with_archive.exhibits
    )


def test_verify_catches_a_changed_manifest(archive: Archive, case: str, tmp_path: Path) -> None:
    out = tmp_path / "bundle.pdf"
    _export(archive, case, out)
    reader = PdfReader(out)
    manifest = json.loads(reader.attachments[ATTACHMENT_NAME][0])
    manifest["exhibits"][0]["files"][0]["sha256"] = "0" * 64  # someone "fixes" a hash
    writer = PdfWriter(clone_from=reader)
    writer._root_object["/Names"]["/EmbeddedFiles"]  # noqa: B018 - it is there
    del writer._root_object["/Names"]
    writer.add_attachment(ATTACHMENT_NAME, json.dumps(manifest).encode())
    tampered = tmp_path / "tampered.pdf"
    with tampered.open("wb") as handle:
        writer.write(handle)

    verdict = verify_bundle(tampered)

    assert not verdict.ok
    assert any("manifest was changed" in p for p in verdict.problems)


def test_verify_catches_a_changed_archive_file(archive: Archive, case: str, tmp_path: Path) -> None:
    out = tmp_path / "bundle.pdf"
    result = _export(archive, case, out)
    chat = result.manifest.exhibits[2].files[0]
    stored = archive.files.path_of(chat.sha256)
    stored.chmod(0o644)
    stored.write_bytes(b"edited afterwards")

    verdict = verify_bundle(out, archive)

    assert not verdict.ok
    assert [e.ok for e in verdict.exhibits] == [True, True, False]
    assert any("MISMATCH" in f for f in verdict.exhibits[2].findings)
    stored.unlink()
    missing = verify_bundle(out, archive)
    assert any("MISSING" in f for f in missing.exhibits[2].findings)


def test_verify_says_what_is_wrong_with_a_foreign_or_broken_file(tmp_path: Path) -> None:
    plain = make.pdf(tmp_path / "plain.pdf")
    assert "not a Casefile bundle" in verify_bundle(plain).problems[0]
    broken = make.corrupt_pdf(tmp_path / "broken.pdf")
    assert not verify_bundle(broken).ok
    assert "no such file" in verify_bundle(tmp_path / "nope.pdf").problems[0]


def test_a_stored_file_changed_since_intake_is_not_printed_under_its_old_hash(
    archive: Archive, case: str, tmp_path: Path
) -> None:
    chat = next(e for e in evidence_rows(archive, case) if e.exhibit_no == 3).files[0]
    stored = archive.files.path_of(chat.sha256)
    stored.chmod(0o644)
    stored.write_text("卖家：这是假货 (edited after intake)", encoding="utf-8")

    result = _export(archive, case, tmp_path / "b.pdf", exhibits=[3])

    (shown,) = result.manifest.exhibits[0].files
    assert shown.shown_as == "placeholder"
    assert "no longer matches its recorded SHA-256" in shown.problem
    text = _page_text(PdfReader(tmp_path / "b.pdf"), shown.first_page - 1)
    assert "edited after intake" not in text


def test_the_same_file_in_two_exhibits_is_captioned_for_each(
    archive: Archive, case: str, tmp_path: Path
) -> None:
    photo = make.photo(tmp_path / "again.jpg")
    for description in ("First use", "Second use"):
        evidence.add_evidence(
            archive, case, evidence.EvidenceDraft(description=description), [photo]
        )
    result = _export(archive, case, tmp_path / "b.pdf", exhibits=[5, 6])
    reader = PdfReader(tmp_path / "b.pdf")
    first, second = (e.files[0].first_page - 1 for e in result.manifest.exhibits)
    assert "Exhibit 1 · again.jpg" in _page_text(reader, first)
    assert "Exhibit 2 · again.jpg" in _page_text(reader, second)


def test_saved_web_page_prints_its_text_not_its_source(
    archive: Archive, case: str, tmp_path: Path
) -> None:
    page = tmp_path / "listing.mhtml"
    page.write_bytes(
        b"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;"
        b' type="text/html"; boundary="B"\r\n\r\n--B\r\nContent-Type: text/html\r\n'
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\n<html><head><style>p{color:red}"
        b"</style></head><body><p>VOLTRA X9 =E6=AD=A3=E5=93=81 1299</p></body></html>\r\n--B--\r\n"
    )
    evidence.add_evidence(archive, case, evidence.EvidenceDraft(kind="web_capture"), [page])
    result = _export(archive, case, tmp_path / "b.pdf", exhibits=[5])
    text = _page_text(PdfReader(tmp_path / "b.pdf"), result.manifest.exhibits[0].first_page - 1)
    assert "VOLTRA X9 正品 1299" in text
    assert "MIME-Version" not in text and "color:red" not in text


def test_long_descriptions_and_many_files_still_lay_out(
    archive: Archive, case: str, tmp_path: Path
) -> None:
    src = tmp_path / "many"
    src.mkdir()
    photos = [make.photo(src / f"p{n:02d}.jpg", size=(60 + n, 40)) for n in range(40)]
    evidence.add_evidence(archive, case, evidence.EvidenceDraft(description="长" * 3000), photos)
    result = _export(archive, case, tmp_path / "b.pdf", exhibits=[5])
    assert result.manifest.exhibits[0].last_page - result.manifest.exhibits[0].first_page == 39
    assert verify_bundle(tmp_path / "b.pdf").ok


def test_a_bundle_never_writes_over_the_archive_or_an_existing_file_unasked(
    archive: Archive, case: str, tmp_path: Path
) -> None:
    database = archive.path / "archive.sqlite"
    with pytest.raises(ValidationError, match="inside the archive folder"):
        _export(archive, case, database)
    (archive.path / "exports").mkdir(exist_ok=True)
    _export(archive, case, archive.path / "exports" / "b.pdf")  # its exports/ folder is fine
    existing = tmp_path / "old.pdf"
    existing.write_bytes(b"old")
    with pytest.raises(Exception, match="already exists"):
        export_bundle(archive, BundleRequest(case), existing, overwrite=False)
    assert existing.read_bytes() == b"old"


def test_a_chinese_bundle_reports_its_progress_in_chinese(
    archive: Archive, case: str, tmp_path: Path
) -> None:
    labels: list[str] = []
    request = BundleRequest(case, language="zh")  # type: ignore[arg-type]
    export_bundle(archive, request, tmp_path / "b.pdf", lambda _d, _t, label: labels.append(label))
    said = set(labels) - {""}
    assert {"正在合并页面", "正在加盖页码", "正在写入PDF", "正在签名"} <= said
    assert any(label.startswith("证据 1") or label.startswith("证据1") for label in said)
    assert not any(
        label in ("assembling", "stamping pages", "writing", "signing") for label in said
    )

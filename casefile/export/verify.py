"""Checking a bundle offline: its attached manifest against the hash printed on the cover and
stored in the document information, every page against its fingerprint in the manifest (each
page that differs, is missing, extra or out of place named with where it belongs), each photo
embedded byte for byte against its SHA-256 — and, given a way to find the original files (an
archive), every listed file against its hash. Bundles made before page fingerprints (manifest
format 1) are checked by their page count and the stamps on each exhibit's first and last page.

Never raises for a damaged or foreign PDF: the verdict says what is wrong.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casefile.errors import CancelledError
from casefile.export.fingerprint import FingerprintError, PageFingerprints, carries_seal
from casefile.export.manifest import (
    ATTACHMENT_NAME,
    METADATA_KEY,
    Manifest,
    ManifestExhibit,
    ManifestFile,
)
from casefile.export.renditions import forget_read_objects, short_reason
from casefile.export.signing import SignatureCheck, check_signatures

Progress = Callable[[int, int, str], None]  # (done, total, what is being checked)
# Checks one listed file of an exhibit against the originals: (ok, what was found).
FileCheck = Callable[[Manifest, ManifestExhibit, ManifestFile], tuple[bool, str]]


@dataclass(frozen=True, slots=True)
class ExhibitVerdict:
    position: int
    exhibit_no: int
    description: str
    ok: bool
    findings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class BundleVerdict:
    path: Path
    manifest: Manifest | None
    manifest_sha256: str | None
    findings: tuple[str, ...]  # about the bundle as a whole
    problems: tuple[str, ...]  # what failed, bundle-wide
    exhibits: tuple[ExhibitVerdict, ...] = field(default=())
    signature: SignatureCheck | None = None  # None: the file could not be read at all

    @property
    def ok(self) -> bool:
        return not self.problems and all(e.ok for e in self.exhibits)


def verify_bundle(
    path: Path,
    check_file: FileCheck | None = None,
    archive_certificates: tuple[bytes, ...] = (),
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BundleVerdict:
    """The verdict on the bundle at `path`; `archive_certificates` (DER) are the archive's own
    keys' certificates, to tell whether it signed the bundle. `progress(done, total, "checking
    pages")` follows the pages as they are checked; `cancelled` stops it (CancelledError)."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(path, strict=False)
        attachments = reader.attachments
        pages = len(reader.pages)
    except FileNotFoundError:
        return _failed(path, "no such file")
    except Exception as exc:  # pypdf raises many kinds for damaged files
        return _failed(path, f"cannot be read as a PDF ({short_reason(exc)})")
    data = attachments.get(ATTACHMENT_NAME)
    if not data:
        return _failed(
            path, f"has no attached {ATTACHMENT_NAME}: not a Casefile bundle, or it was removed"
        )
    raw = data[0]
    sha = hashlib.sha256(raw).hexdigest()
    try:
        manifest = Manifest.from_json(raw)
    except (ValueError, TypeError, KeyError) as exc:
        return _failed(path, f"its manifest cannot be read ({short_reason(exc)})")
    findings, problems = [], []
    stored = reader.metadata.get(METADATA_KEY) if reader.metadata else None
    if stored != sha:
        problems.append(
            f"the attached manifest's SHA-256 is {sha}, but the document information says "
            f"{stored or 'nothing'}: the manifest was changed after the bundle was made"
        )
    cover = _text_of(reader, 0)
    if sha not in cover:
        problems.append("the cover does not show the attached manifest's SHA-256")
    if not problems:
        findings.append(
            f"manifest attached and intact: SHA-256 {sha} matches the cover and the document "
            "information"
        )
    for page in manifest.sealed_pages[1:]:  # the cover was read above
        if pages == manifest.total_pages and sha not in _text_of(reader, page - 1):
            problems.append(
                f"page {page} ({manifest.page_label(page)}) does not show the attached "
                "manifest's SHA-256"
            )
    if pages != manifest.total_pages:
        problems.append(f"the bundle has {pages} pages; its manifest lists {manifest.total_pages}")
    else:
        findings.append(f"{pages} pages, as the manifest lists")
    signature = check_signatures(path, archive_certificates)
    if signature.signed:
        problems += [f"signature: {_unprefixed(p)}" for p in signature.problems]
        if manifest.signed_with_archive_key and signature.by_archive_key is False:
            problems.append(
                "signature: the bundle was signed with an archive's own key, but not this "
                "archive's: another archive made it, or it was re-made"
            )
        made_for = manifest.signer_certificate_sha256
        first = (signature.certificates_sha256 or (signature.certificate_sha256,))[0]
        if made_for and first != made_for:
            problems.append(
                f"signature: first signed with the certificate SHA-256 {first}, but the "
                f"bundle was made to be signed by "
                f"{manifest.signed_by} (certificate SHA-256 {made_for}): it was re-signed"
            )
    elif _has_signature_field(reader):
        problems.append(
            "signature: the file has a signature that cannot be read: it is damaged ("
            + "; ".join(signature.problems)
            + ")"
        )
    elif manifest.signed_by:
        problems.append(
            f"the bundle is not signed, but it was made signed by {manifest.signed_by}: "
            "its signature was removed"
        )
    elif "/Prev" in reader.trailer:
        problems.append(
            "something was appended to the file after it was written (an incremental update)"
        )
    changed: dict[int, list[str]] = {}  # expected page → what is wrong with it
    if manifest.page_sha256:
        page_problems = _compare_pages(reader, manifest, changed, progress, cancelled)
        if page_problems:
            problems += page_problems
        else:
            findings.append(f"every page matches its fingerprint ({manifest.fingerprint_method})")
    if manifest.archive_chain_head:
        findings.append(
            f"made when the archive's audit chain had {manifest.archive_chain_rows} rows, "
            f"head {manifest.archive_chain_head}"
        )
    verdicts = tuple(
        _exhibit(reader, manifest, entry, pages, check_file, changed) for entry in manifest.exhibits
    )
    return BundleVerdict(path, manifest, sha, tuple(findings), tuple(problems), verdicts, signature)


def _exhibit(
    reader: Any,
    manifest: Manifest,
    entry: ManifestExhibit,
    pages: int,
    check_file: FileCheck | None,
    changed: dict[int, list[str]],
) -> ExhibitVerdict:
    findings: list[str] = []
    ok = True
    if manifest.page_sha256:
        for page in range(entry.separator_page, entry.last_page + 1):
            for problem in changed.get(page, ()):
                findings.append(problem)
                ok = False
    else:
        for page, bates in (
            (entry.separator_page, entry.bates_first),
            (entry.last_page, entry.bates_last),
        ):
            if not 1 <= page <= pages or bates not in _text_of(reader, page - 1):
                findings.append(f"page {page} does not carry the stamp {bates}")
                ok = False
    if ok:
        findings.append(
            f"pages {entry.separator_page}–{entry.last_page} "
            f"stamped {entry.bates_first}–{entry.bates_last}"
        )
    for item in entry.files:
        if item.problem:
            findings.append(f"{item.name}: shown as a placeholder page ({item.problem})")
        if item.embedded_original:
            if item.sha256 in _image_hashes(reader, item.first_page - 1, pages):
                findings.append(
                    f"{item.name}: the photo in the bundle is the original, byte for byte"
                )
            else:
                findings.append(
                    f"{item.name}: the photo in the bundle is not the file listed (SHA-256 differs)"
                )
                ok = False
        if check_file is not None:
            file_ok, said = check_file(manifest, entry, item)
            findings.append(f"{item.name}: {said}")
            ok = ok and file_ok
    return ExhibitVerdict(entry.position, entry.exhibit_no, entry.description, ok, tuple(findings))


MAX_LISTED = 40  # page problems listed one by one; the rest are counted


def _compare_pages(
    reader: Any,
    manifest: Manifest,
    changed: dict[int, list[str]],
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> list[str]:
    """Each page's fingerprint against the manifest's, aligned so that a missing or an extra
    page is named as such rather than making every later page "differ"."""
    from difflib import SequenceMatcher

    expected = list(manifest.page_sha256)
    actual = _fingerprints(reader, set(manifest.sealed_pages), progress, cancelled)
    where = {fp: i for i, fp in enumerate(expected)}
    label = manifest.page_label
    said: list[str] = []

    def note(page: int, text: str) -> None:
        said.append(text)
        changed.setdefault(page, []).append(text)

    matcher = SequenceMatcher(None, expected, actual, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        paired = min(i2 - i1, j2 - j1) if op == "replace" else 0
        for k in range(paired):
            i, j = i1 + k, j1 + k
            moved = where.get(actual[j])
            if moved is not None and moved != i:
                note(
                    i + 1,
                    f"page {j + 1} shows what page {moved + 1} ({label(moved + 1)}) should: "
                    f"pages out of order (page {i + 1} should be {label(i + 1)})",
                )
            elif actual[j].startswith("!"):
                note(i + 1, f"page {j + 1}, {label(i + 1)}: {actual[j][1:]}")
            else:
                note(i + 1, f"page {j + 1}, {label(i + 1)}: content differs")
        for i in range(i1 + paired, i2):
            if actual.count(expected[i]) == 0:
                note(i + 1, f"page {i + 1} ({label(i + 1)}) is missing")
        for j in range(j1 + paired, j2):
            moved = where.get(actual[j])
            if moved is not None:  # a page of the bundle, in the wrong place
                note(
                    moved + 1,
                    f"page {j + 1} shows what page {moved + 1} ({label(moved + 1)}) should: "
                    "pages out of order",
                )
            else:
                after = f"after page {j}" if j else "before the first page"
                note(
                    min(i1 + 1, len(expected)),
                    f"an extra page {after} (page {j + 1} of the file) that the manifest does "
                    "not list",
                )
    if len(said) > MAX_LISTED:
        said = said[:MAX_LISTED] + [f"… and {len(said) - MAX_LISTED} more page problems"]
    return said


def _fingerprints(
    reader: Any,
    sealed: set[int],
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> list[str]:
    """The file's pages' fingerprints; "!reason" for a page that cannot be fingerprinted."""
    hasher = PageFingerprints()
    found = []
    total = len(reader.pages)
    for index in range(total):
        if cancelled is not None and cancelled():
            raise CancelledError()
        if progress is not None and index % 20 == 0:
            progress(index, total, "checking pages")
        if index % 200 == 0:
            forget_read_objects(reader)  # keep memory flat over a long bundle
        try:
            page = reader.pages[index]
            found.append(hasher.of(page, sealed=index + 1 in sealed or carries_seal(page)))
        except (FingerprintError, RecursionError) as exc:
            found.append(f"!cannot be checked ({short_reason(exc)})")
        except Exception as exc:  # a damaged page: pypdf raises many kinds
            found.append(f"!cannot be read ({short_reason(exc)})")
    return found


def _image_hashes(reader: Any, index: int, pages: int) -> set[str]:
    if not 0 <= index < pages:
        return set()
    found = set()
    try:
        resources = reader.pages[index].get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources else None
        for ref in xobjects.get_object().values() if xobjects else ():
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image" and obj.get("/Filter") in (
                "/DCTDecode",
                ["/DCTDecode"],
            ):
                found.add(hashlib.sha256(obj.get_data()).hexdigest())  # JPEG data is not decoded
    except Exception:  # a damaged page: the photo simply is not found
        return found
    return found


def _text_of(reader: Any, index: int) -> str:
    try:
        text = reader.pages[index].extract_text() or ""
    except Exception:
        return ""
    return re.sub(r"\s+", "", text)


def _has_signature_field(reader: Any) -> bool:
    """Whether the file still has a signature field with a value (a damaged signature is
    still there, it just cannot be read)."""
    try:
        form = reader.trailer["/Root"].get("/AcroForm")
        fields = form.get_object().get("/Fields", []) if form is not None else []
        return any(
            f.get_object().get("/FT") == "/Sig" and f.get_object().get("/V") is not None
            for f in fields
        )
    except Exception:
        return False


def _unprefixed(problem: str) -> str:
    """ "the signature: INVALID: …" → "INVALID: …" (the verdict names the part itself)."""
    head = "the signature: "
    return problem[len(head) :] if problem.startswith(head) else problem


def _failed(path: Path, problem: str) -> BundleVerdict:
    return BundleVerdict(path, None, None, (), (f"{path.name}: {problem}",))

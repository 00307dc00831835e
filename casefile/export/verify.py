"""Checking a bundle offline: its attached manifest against the hash printed on the cover and
stored in the document information, its pages and Bates stamps against the manifest, each photo
embedded byte for byte against its SHA-256 — and, given a way to find the original files (an
archive), every listed file against its hash.

Never raises for a damaged or foreign PDF: the verdict says what is wrong.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casefile.export.manifest import (
    ATTACHMENT_NAME,
    METADATA_KEY,
    Manifest,
    ManifestExhibit,
    ManifestFile,
)
from casefile.export.renditions import short_reason

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

    @property
    def ok(self) -> bool:
        return not self.problems and all(e.ok for e in self.exhibits)


def verify_bundle(path: Path, check_file: FileCheck | None = None) -> BundleVerdict:
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
    if pages != manifest.total_pages:
        problems.append(f"the bundle has {pages} pages; its manifest lists {manifest.total_pages}")
    else:
        findings.append(f"{pages} pages, as the manifest lists")
    verdicts = tuple(
        _exhibit(reader, manifest, entry, pages, check_file) for entry in manifest.exhibits
    )
    return BundleVerdict(path, manifest, sha, tuple(findings), tuple(problems), verdicts)


def _exhibit(
    reader: Any,
    manifest: Manifest,
    entry: ManifestExhibit,
    pages: int,
    check_file: FileCheck | None,
) -> ExhibitVerdict:
    findings: list[str] = []
    ok = True
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


def _failed(path: Path, problem: str) -> BundleVerdict:
    return BundleVerdict(path, None, None, (), (f"{path.name} {problem}",))

"""A bundle's manifest: what is in it, page by page and file by file, with every file's SHA-256.

It is attached to the PDF as `casefile-manifest.json`, printed on the closing pages, and its own
SHA-256 is printed on the cover (and carried by the cover's QR code) and stored in the document
information. Canonical JSON (sorted keys, no spaces, UTF-8) makes the hash reproducible.

Format 2 adds every page's fingerprint (`fingerprint.py`), the pages that carry the seal, and
the head of the archive's audit chain when the bundle was made; format 1 manifests (bundles made
before) are still read.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field

FORMAT = 2
READABLE_FORMATS = (1, 2)
ATTACHMENT_NAME = "casefile-manifest.json"
METADATA_KEY = "/CasefileManifestSHA256"


@dataclass(frozen=True, slots=True)
class ManifestFile:
    name: str
    sha256: str
    size: int
    media_type: str
    shown_as: str  # "pdf", "image", "text" or "placeholder"
    first_page: int  # 1-based page of the bundle
    pages: int
    problem: str | None = None
    embedded_original: bool = False  # the file's bytes are an image stream of its page
    # Active content taken out of the file's pages before they went in (JavaScript, /Launch,
    # embedded files, form fields flattened…), in words: "page 2: a JavaScript link".
    removed: tuple[str, ...] = ()
    # How it was shown, where that is not plain: "Shown reduced: 13000×13000 pixels stored…".
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ManifestExhibit:
    position: int  # "Exhibit 3" of this bundle
    exhibit_no: int  # the case's own number
    description: str
    kind: str
    obtained_on: str | None
    separator_page: int
    first_page: int  # the exhibit's own first page (after its separator sheet)
    last_page: int
    bates_first: str  # of the separator sheet
    bates_last: str
    files: tuple[ManifestFile, ...]


@dataclass(frozen=True, slots=True)
class Manifest:
    generator: str
    case_reference: str
    case_title: str
    recipient: str
    language: str
    prepared_by: str
    prepared_on: str
    created_at: str
    bates_prefix: str
    bates_start: int
    total_pages: int
    manifest_first_page: int
    exhibits: tuple[ManifestExhibit, ...]
    problems: tuple[str, ...] = ()
    format: int = FORMAT
    files_count: int = field(default=0)
    # Format 2: the SHA-256 fingerprint of each page in order, how they were made, the pages
    # whose seal (the manifest's own hash) is left out of theirs.
    page_sha256: tuple[str, ...] = ()
    fingerprint_method: str = ""
    sealed_pages: tuple[int, ...] = ()
    # The archive's audit chain when the bundle was made: how many rows, the last row's hash.
    archive_chain_rows: int | None = None
    archive_chain_head: str | None = None
    archive_chain_last_id: int | None = None
    # Whose signature the bundle was made to carry (the certificate's subject), "" for none.
    signed_by: str = ""
    signer_certificate_sha256: str = ""  # of that certificate (DER)
    signed_with_archive_key: bool = False  # the archive's own key, not a personal certificate

    def page_label(self, page: int) -> str:
        """Where the 1-based `page` belongs: "exhibit 8 p. 4/8", "the cover", …"""
        if page == 1:
            return "the cover"
        for entry in self.exhibits:
            if entry.separator_page <= page < entry.first_page:
                return f"exhibit {entry.position}'s separator sheet"
            if entry.first_page <= page <= entry.last_page:
                count = entry.last_page - entry.first_page + 1
                return f"exhibit {entry.position} p. {page - entry.first_page + 1}/{count}"
        if page >= self.manifest_first_page:
            return "the manifest"
        if self.exhibits and page < self.exhibits[0].separator_page:
            return "the index"
        return "no part of the bundle"

    def to_json(self) -> bytes:
        return json.dumps(
            asdict(self), sort_keys=True, separators=(",", ":"), ensure_ascii=False
        ).encode()

    def sha256(self) -> str:
        return hashlib.sha256(self.to_json()).hexdigest()

    @classmethod
    def from_json(cls, data: bytes) -> Manifest:
        raw = json.loads(data.decode("utf-8"))
        if not isinstance(raw, dict) or raw.get("format") not in READABLE_FORMATS:
            formats = " or ".join(map(str, READABLE_FORMATS))
            raise ValueError(f"not a Casefile bundle manifest of format {formats}")
        exhibits = tuple(
            ManifestExhibit(
                **{
                    **e,
                    "files": tuple(
                        ManifestFile(
                            **{
                                **f,
                                "removed": tuple(f.get("removed", ())),
                                "notes": tuple(f.get("notes", ())),
                            }
                        )
                        for f in e["files"]
                    ),
                }
            )
            for e in raw.pop("exhibits")
        )
        for key in ("problems", "page_sha256", "sealed_pages"):
            raw[key] = tuple(raw.get(key, ()))
        return cls(**raw, exhibits=exhibits)

"""A bundle's manifest: what is in it, page by page and file by file, with every file's SHA-256.

It is attached to the PDF as `casefile-manifest.json`, printed on the closing pages, and its own
SHA-256 is printed on the cover (and carried by the cover's QR code) and stored in the document
information. Canonical JSON (sorted keys, no spaces, UTF-8) makes the hash reproducible.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field

FORMAT = 1
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

    def to_json(self) -> bytes:
        return json.dumps(
            asdict(self), sort_keys=True, separators=(",", ":"), ensure_ascii=False
        ).encode()

    def sha256(self) -> str:
        return hashlib.sha256(self.to_json()).hexdigest()

    @classmethod
    def from_json(cls, data: bytes) -> Manifest:
        raw = json.loads(data.decode("utf-8"))
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise ValueError(f"not a Casefile bundle manifest of format {FORMAT}")
        exhibits = tuple(
            ManifestExhibit(
                **{
                    **e,
                    "files": tuple(
                        ManifestFile(**{**f, "removed": tuple(f.get("removed", ()))})
                        for f in e["files"]
                    ),
                }
            )
            for e in raw.pop("exhibits")
        )
        raw["problems"] = tuple(raw.get("problems", ()))
        return cls(**raw, exhibits=exhibits)

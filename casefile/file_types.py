"""What a file really is, from its first bytes, and whether its name says the same.

Evidence arrives with names given by platforms, phones and notaries; a `.pdf` that is really a web
page would go into a bundle as a blank page. Intake refuses a file whose name and content
disagree, and the bundle picks how to lay a file out from its content, not its name. Only the
formats a bundle lays out (or that evidence often comes as) are known; others are "unknown" and
taken as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from casefile.words import N_, Phrase


@dataclass(frozen=True, slots=True)
class FileType:
    media_type: str
    label: str  # said to the user: "a JPEG image"
    extensions: tuple[str, ...]


PDF = FileType("application/pdf", N_("a PDF document"), (".pdf",))
JPEG = FileType("image/jpeg", N_("a JPEG image"), (".jpg", ".jpeg", ".jpe", ".jfif"))
PNG = FileType("image/png", N_("a PNG image"), (".png",))
GIF = FileType("image/gif", N_("a GIF image"), (".gif",))
TIFF = FileType("image/tiff", N_("a TIFF image"), (".tif", ".tiff"))
WEBP = FileType("image/webp", N_("a WebP image"), (".webp",))
BMP = FileType("image/bmp", N_("a BMP image"), (".bmp",))
HEIC = FileType("image/heic", N_("a HEIC photo"), (".heic", ".heif"))
ZIP = FileType(
    "application/zip",
    N_("a ZIP container (ZIP, Office document)"),
    (".zip", ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".ofd", ".epub"),
)
MP4 = FileType("video/mp4", N_("an MP4/QuickTime video"), (".mp4", ".m4v", ".mov", ".3gp"))
HTML = FileType("text/html", N_("a web page (HTML)"), (".html", ".htm", ".mhtml", ".mht"))
TEXT = FileType(
    "text/plain",
    N_("a text file"),
    (
        ".txt",
        ".text",
        ".log",
        ".csv",
        ".md",
        ".json",
        ".xml",
        ".eml",
        ".html",
        ".htm",
        ".mhtml",
        ".mht",
    ),
)
UNKNOWN = FileType("application/octet-stream", N_("a file of an unrecognised format"), ())

KNOWN = (PDF, JPEG, PNG, GIF, TIFF, WEBP, BMP, HEIC, ZIP, MP4, HTML, TEXT)
# Formats whose files always start with a fixed signature: a file named as one of them without
# it is mislabelled (or damaged beyond use). Others (videos, web captures) are only refused when
# their content is recognised as something else.
SIGNED = (PDF, JPEG, PNG, GIF, TIFF, WEBP, BMP, ZIP)
IMAGES = (JPEG, PNG, GIF, TIFF, WEBP, BMP)  # what Pillow opens without plug-ins
SNIFF_BYTES = 4096


def sniff(head: bytes) -> FileType:
    """The type of a file from its first bytes (at least `SNIFF_BYTES` if the file has them)."""
    if re.search(rb"%PDF-[12]\.\d", head[:1024]):  # readers accept junk before the header
        return PDF
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return GIF
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return TIFF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if (
        head.startswith(b"BM")
        and head[6:10] == bytes(4)
        and head[14:15] in (b"\x0c", b"(", b"4", b"8", b"l", b"|")
    ):
        return BMP  # reserved bytes zero and a known header size: not just text starting "BM"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        return HEIC if brand in (b"heic", b"heix", b"mif1", b"msf1", b"heim", b"heis") else MP4
    if head.startswith(b"PK\x03\x04"):
        return ZIP
    text = _as_text(head)
    if text is not None:
        start = text.lstrip().lower()
        # saved pages often open with "<!-- saved from url=… -->" or an XML declaration
        if start.startswith("<") and re.search(r"<!doctype html|<html[\s>]", start[:2048]):
            return HTML
        return TEXT
    return UNKNOWN


def sniff_file(path: Path) -> FileType:
    with path.open("rb") as handle:
        return sniff(handle.read(SNIFF_BYTES))


def type_by_name(name: str) -> FileType | None:
    """The type a file's extension claims, or None for an extension we do not know."""
    suffix = Path(name).suffix.lower()
    return next((t for t in KNOWN if suffix in t.extensions), None)


def mislabelled(name: str, actual: FileType) -> Phrase | None:
    """Why a file's name and content disagree, or None when they agree (or the name says
    nothing we know)."""
    claimed = type_by_name(name)
    if claimed is None or claimed == actual or Path(name).suffix.lower() in actual.extensions:
        return None
    if {claimed, actual} == {TEXT, HTML}:  # a page's source saved as .txt, or the reverse
        return None
    if actual is UNKNOWN and claimed not in SIGNED:
        return None
    return Phrase(
        N_(
            "is named as {claimed} but its content is {actual}; check that it is the right "
            "file, and rename it to match its content"
        ),
        {"claimed": claimed.label, "actual": actual.label},
    )


def _as_text(head: bytes) -> str | None:
    """The bytes as text if they look like text (UTF-8 with or without BOM, UTF-16 with BOM,
    or GB18030 as Chinese Windows writes it); None for binary content."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="ignore")
    if b"\x00" in head:
        return None
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return head.decode(encoding)
        except UnicodeDecodeError as exc:
            if exc.start >= len(head) - 4:  # a character cut by the sniffing window
                return head[: exc.start].decode(encoding, errors="ignore")
    return None


def decode_text(data: bytes) -> str:
    """A text file's content as a string (the encodings `_as_text` recognises)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")

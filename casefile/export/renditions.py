"""Each exhibit file as PDF pages: a PDF as it is, a photo fitted to a page (EXIF rotation
applied), a text file typeset, and anything that cannot be shown — an encrypted or corrupt PDF, a
truncated image, a video — as a placeholder page that names the problem. The bundle then merges
these pages; nothing here raises for a damaged file, it says what is wrong instead.

A JPEG is embedded byte for byte (reportlab passes JPEG data through undecoded when ASCII85 is
off), turned by the page's transform rather than by re-encoding: no quality is lost, memory stays
at one file, and the bundle alone shows the photo's SHA-256 is the original's (`verify.py`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, BinaryIO

from casefile import file_types
from casefile.export.fonts import register_font
from casefile.export.page_style import MARGIN, PAGE_HEIGHT, PAGE_WIDTH, STAMP_BAND, document, styles
from casefile.export.spec import BundleFile
from casefile.export.wording import Language, say
from casefile.store.files import sha256_of

MAX_TEXT_CHARS = 300_000  # a longer text file is typeset up to here and says so


@dataclass(frozen=True, slots=True)
class Rendition:
    file: BundleFile
    shown_as: str  # "pdf", "image", "text" or "placeholder"
    pdf: Path  # a PDF holding exactly this file's pages
    pages: int
    problem: str | None = None  # why it is a placeholder, said to the user
    embedded_original: bool = False  # the file's bytes are an image stream of its page


def render_file(
    item: BundleFile, work: Path, language: Language, caption: str, slot: str
) -> Rendition:
    """The pages for one exhibit file, written under `work` as `slot`-… (PDFs are used in
    place). The file is re-hashed first: a stored file that no longer matches the SHA-256 the
    bundle will print is not laid out as if it did."""
    try:
        actual = sha256_of(item.path)
        kind = file_types.sniff_file(item.path)
    except FileNotFoundError:
        return _placeholder(item, work, language, "the file is missing from the archive", slot)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return _placeholder(
            item, work, language, f"the stored file cannot be read ({reason})", slot
        )
    if actual != item.sha256:
        return _placeholder(
            item,
            work,
            language,
            f"the stored file no longer matches its recorded SHA-256 (it now hashes to "
            f"{actual[:16]}…); run `casefile check` on the archive",
            slot,
        )
    if kind is file_types.PDF:
        return _pdf(item, work, language, slot)
    if kind in file_types.IMAGES:
        return _image(item, work, language, caption, kind, slot)
    if kind in (file_types.TEXT, file_types.HTML):
        return _text(item, work, language, caption, kind is file_types.HTML, slot)
    label = f"{kind.label[0].upper()}{kind.label[1:]}"
    return _placeholder(item, work, language, f"{label} cannot be printed", slot)


# --- PDFs ----------------------------------------------------------------------------------


def open_pdf(source: BinaryIO) -> Any:
    """A pypdf reader for an exhibit PDF open for reading (read as needed, not loaded whole),
    decrypted when it only has an owner password."""
    from pypdf import PdfReader

    reader = PdfReader(source, strict=False)
    if reader.is_encrypted and not reader.decrypt(""):
        raise PermissionError("the PDF is encrypted and needs a password to open")
    return reader


def _pdf(item: BundleFile, work: Path, language: Language, slot: str) -> Rendition:
    try:
        with item.path.open("rb") as handle:
            reader = open_pdf(handle)
            count = len(reader.pages)
            for page in reader.pages:  # a damaged page fails here, not halfway through the merge
                _ = page.mediabox, page.get("/Rotate", 0)
                page.get_contents()
                reader.resolved_objects.clear()  # keep memory flat over a long scan
    except PermissionError as exc:
        return _placeholder(item, work, language, str(exc), slot)
    except Exception as exc:  # pypdf raises many kinds for damaged files
        return _placeholder(item, work, language, f"the PDF is damaged ({short_reason(exc)})", slot)
    if count == 0:
        return _placeholder(item, work, language, "the PDF has no pages", slot)
    return Rendition(item, "pdf", item.path, count)


# --- images --------------------------------------------------------------------------------

# EXIF orientation → where a stored pixel (u right, v down; 0..1) is shown (x right, y down).
_ORIENTATIONS: dict[int, Callable[[float, float], tuple[float, float]]] = {
    1: lambda u, v: (u, v),
    2: lambda u, v: (1 - u, v),
    3: lambda u, v: (1 - u, 1 - v),
    4: lambda u, v: (u, 1 - v),
    5: lambda u, v: (v, u),
    6: lambda u, v: (1 - v, u),
    7: lambda u, v: (1 - v, 1 - u),
    8: lambda u, v: (v, 1 - u),
}


def image_transform(
    orientation: int, x0: float, y0: float, width: float, height: float
) -> tuple[float, float, float, float, float, float]:
    """The PDF matrix that shows an image (drawn in the unit square) upright in the box
    (x0, y0, width, height) under its EXIF orientation."""
    show = _ORIENTATIONS.get(orientation, _ORIENTATIONS[1])

    def point(s: float, t: float) -> tuple[float, float]:
        x, y = show(s, 1 - t)  # unit square (y up) → stored pixel (v down)
        return x0 + width * x, y0 + height * (1 - y)

    e, f = point(0, 0)
    ax, ay = point(1, 0)
    cx, cy = point(0, 1)
    return ax - e, ay - f, cx - e, cy - f, e, f


def _image(
    item: BundleFile,
    work: Path,
    language: Language,
    caption: str,
    kind: file_types.FileType,
    slot: str,
) -> Rendition:
    from PIL import Image, ImageOps

    try:
        with Image.open(item.path) as image:
            width, height = image.size
            orientation = image.getexif().get(0x0112, 1) if kind is file_types.JPEG else 1
            if kind is file_types.JPEG and image.mode in ("RGB", "L", "CMYK"):
                image.draft("RGB", (max(1, width // 8), max(1, height // 8)))
                image.load()  # decodes every byte (at 1/8 scale): a truncated file fails here
                source: Any = str(item.path)
            else:
                image.load()
                upright = ImageOps.exif_transpose(image)
                source = _flattened(upright)
                width, height = source.size
                orientation = 1
    except Image.DecompressionBombError:
        return _placeholder(item, work, language, "the image is too large to lay out safely", slot)
    except (OSError, SyntaxError, ValueError) as exc:
        reason = short_reason(exc)
        if "truncated" in reason:
            reason = "the image file is truncated (it ends before the picture does)"
        return _placeholder(item, work, language, f"the image cannot be read: {reason}", slot)
    shown_w, shown_h = (height, width) if orientation in (5, 6, 7, 8) else (width, height)
    out = work / f"{slot}-image.pdf"
    canvas = _canvas(out, landscape=shown_w > shown_h)
    page_w, page_h = canvas._pagesize
    _caption(canvas, caption, page_h)
    box_w, box_h = page_w - 2 * MARGIN, page_h - MARGIN - STAMP_BAND - 30
    scale = min(box_w / shown_w, box_h / shown_h)
    w, h = shown_w * scale, shown_h * scale
    x0, y0 = (page_w - w) / 2, STAMP_BAND + (box_h - h) / 2
    canvas.saveState()
    canvas.transform(*image_transform(orientation, x0, y0, w, h))
    canvas.drawImage(_image_reader(source), 0, 0, 1, 1)
    canvas.restoreState()
    canvas.showPage()
    canvas.save()
    embedded = isinstance(source, str)
    return Rendition(item, "image", out, 1, embedded_original=embedded)


def _flattened(image: Any) -> Any:
    """An RGB (or greyscale) copy that reportlab embeds faithfully: palette and alpha
    images are laid on white."""
    from PIL import Image

    if image.mode in ("RGB", "L"):
        return image
    if image.mode in ("RGBA", "LA", "P", "PA"):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, "white")
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")


def _image_reader(source: Any) -> Any:
    from reportlab.lib.utils import ImageReader

    return source if isinstance(source, str) else ImageReader(source)


# --- text ----------------------------------------------------------------------------------


class _TextOfPage(HTMLParser):
    """The readable text of a web page: scripts and styles dropped, blocks on their own lines."""

    BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "title", "table"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)

    def text(self) -> str:
        joined = "".join(self.parts)
        return re.sub(r"\n\s*\n+", "\n\n", joined).strip()


def _page_of_saved_web_archive(data: bytes) -> str | None:
    """The HTML of a browser's single-file save (MHTML: a MIME message), or None for other
    text: printed as it is, such a file would be pages of headers and base64."""
    import email
    from email import policy

    head = data[:512].lower()
    if b"mime-version:" not in head or b"multipart/related" not in data[:4096].lower():
        return None
    message = email.message_from_bytes(data, policy=policy.default)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            raw = part.get_payload(decode=True)
            charset = part.get_content_charset()
            if not isinstance(raw, bytes):
                return None
            try:
                return raw.decode(charset) if charset else file_types.decode_text(raw)
            except (LookupError, UnicodeDecodeError):
                return file_types.decode_text(raw)  # browsers often leave the charset out
    return None


def _text(
    item: BundleFile, work: Path, language: Language, caption: str, is_html: bool, slot: str
) -> Rendition:
    from reportlab.platypus import Paragraph

    try:
        with item.path.open("rb") as handle:
            data = handle.read(MAX_TEXT_CHARS * 4 + 4)
    except OSError as exc:
        return _placeholder(item, work, language, f"the stored file cannot be read ({exc})", slot)
    page = _page_of_saved_web_archive(data)
    text = page if page is not None else file_types.decode_text(data)
    notes = []
    if is_html or page is not None:
        parser = _TextOfPage()
        parser.feed(text)
        text = parser.text()
        notes.append(say("web_page_as_text", language))
    if len(text) > MAX_TEXT_CHARS or item.size > len(data):
        text = text[:MAX_TEXT_CHARS]
        notes.append(say("text_truncated", language, chars=MAX_TEXT_CHARS))
    style = styles()
    story = [Paragraph(html.escape(caption), style["caption"])]
    story += [Paragraph(html.escape(note), style["note"]) for note in notes]
    for line in text.splitlines() or [""]:
        stripped = line.lstrip(" ")
        indent = "&nbsp;" * (len(line) - len(stripped))
        story.append(Paragraph(indent + html.escape(stripped) or "&nbsp;", style["mono"]))
    out = work / f"{slot}-text.pdf"
    doc = document(out, title=item.name)
    doc.build(story)
    return Rendition(item, "text", out, doc.page)


# --- placeholders --------------------------------------------------------------------------


def _placeholder(
    item: BundleFile, work: Path, language: Language, problem: str, slot: str
) -> Rendition:
    from reportlab.platypus import Paragraph, Spacer

    style = styles()
    story = [
        Spacer(1, 120),
        Paragraph(html.escape(say("placeholder", language)), style["title"]),
        Spacer(1, 18),
        Paragraph(html.escape(item.name), style["heading"]),
        Paragraph(html.escape(problem), style["problem"]),
        Spacer(1, 12),
        Paragraph(f"SHA-256 {item.sha256}", style["center_small"]),
        Paragraph(
            f"{item.size:,} bytes · {item.media_type or 'unknown type'}", style["center_small"]
        ),
        Spacer(1, 12),
        Paragraph(html.escape(say("placeholder_note", language)), style["body"]),
    ]
    out = work / f"{slot}-placeholder.pdf"
    doc = document(out, margin=MARGIN * 2)
    doc.build(story)
    return Rendition(item, "placeholder", out, doc.page, problem=problem)


# --- shared --------------------------------------------------------------------------------


def _canvas(out: Path, landscape: bool = False) -> Any:
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas

    rl_config.useA85 = 0  # JPEG data goes in as it is, so its hash is the original's

    size = (PAGE_HEIGHT, PAGE_WIDTH) if landscape else (PAGE_WIDTH, PAGE_HEIGHT)
    # A font name: types-reportlab declares initialFontName as a number.
    canvas = Canvas(str(out), pagesize=size, initialFontName=register_font())  # type: ignore[arg-type]
    return canvas


def _caption(canvas: Any, caption: str, page_height: float) -> None:
    canvas.setFont(register_font(), 9)
    canvas.setFillGray(0.25)
    canvas.drawString(MARGIN, page_height - MARGIN + 6, caption)
    canvas.setFillGray(0)


def short_reason(exc: BaseException) -> str:
    """An exception's first line, for a placeholder page or a verdict."""
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]

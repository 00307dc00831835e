"""Each exhibit file as PDF pages: a PDF as it is, a photo fitted to a page (EXIF rotation
applied), a text file typeset, and anything that cannot be shown — an encrypted or corrupt PDF, a
truncated image, a video — as a placeholder page that names the problem. The bundle then merges
these pages; nothing here raises for a damaged file, it says what is wrong instead.

A JPEG is embedded byte for byte (reportlab passes JPEG data through undecoded when ASCII85 is
off), turned by the page's transform rather than by re-encoding: no quality is lost, memory stays
at one file, and the bundle alone shows the photo's SHA-256 is the original's (`verify.py`).
"""

from __future__ import annotations

import contextlib
import html
import re
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, BinaryIO

from casefile import file_types
from casefile.export.fonts import register_font
from casefile.export.page_style import MARGIN, PAGE_HEIGHT, PAGE_WIDTH, STAMP_BAND, document, styles
from casefile.export.sanitize import (
    UnsafePdfError,
    check_document,
    check_page,
    describe,
    strip_active_content,
)
from casefile.export.spec import BundleFile
from casefile.export.wording import FILE_KINDS, Language, say
from casefile.store.files import sha256_of

MAX_TEXT_CHARS = 300_000  # a longer text file is typeset up to here and says so
MAX_FRAMES = 200  # a multi-page TIFF or an animated GIF shows this many frames at most
MAX_SHOWN_SIDE = 3000  # pixels: an image is printed reduced to this (A4 at ~300 dpi)
DECODE_BUDGET = 200_000_000  # bytes Pillow would hold: a larger (non-JPEG) image is refused
STRIP_BYTES = 8_000_000  # an image is flattened and reduced a strip of about this size at a time


@dataclass(frozen=True, slots=True)
class Rendition:
    file: BundleFile
    shown_as: str  # "pdf", "image", "text" or "placeholder"
    pdf: Path  # a PDF holding exactly this file's pages
    pages: int
    problem: str | None = None  # why it is a placeholder, in the bundle's language
    embedded_original: bool = False  # the file's bytes are an image stream of its page
    # Active content taken out of the file's pages (sanitize.py), one line per page in the
    # bundle's language: "page 2: a JavaScript link". The same is taken out again when the
    # pages are copied into the bundle (`sanitize.strip_active_content`).
    removed: tuple[str, ...] = ()
    # What the pages do not show as the file holds it (printed on the pages too): "Shown
    # reduced: 13000×13000 pixels stored, 2600×2600 printed", frames left out.
    notes: tuple[str, ...] = ()
    # The problem in English and in Chinese, for `wording.problem_line`.
    problem_pair: tuple[str, str] | None = None


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
        return _placeholder(item, work, language, _problem("problem_missing"), slot)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return _placeholder(
            item, work, language, _problem("problem_unreadable", reason=reason), slot
        )
    if actual != item.sha256:
        problem = _problem("problem_hash_changed", actual=actual[:16])
        return _placeholder(item, work, language, problem, slot)
    if kind is file_types.PDF:
        return _pdf(item, work, language, slot)
    if kind in file_types.IMAGES:
        return _image(item, work, language, caption, kind, slot)
    if kind in (file_types.TEXT, file_types.HTML):
        return _text(item, work, language, caption, kind is file_types.HTML, slot)
    label = FILE_KINDS.get(kind.media_type, (f"{kind.label[0].upper()}{kind.label[1:]}",) * 2)
    return _placeholder(item, work, language, _problem("problem_cannot_print", kind=label), slot)


@dataclass(frozen=True, slots=True)
class _Problem:
    """Why a file is a placeholder, in English and in Chinese."""

    english: str
    chinese: str

    def words(self, language: Language) -> str:
        if language is Language.BILINGUAL:
            return f"{self.english} / {self.chinese}"
        return self.english if language is Language.ENGLISH else self.chinese


def _problem(key: str, **values: object) -> _Problem:
    """A problem in `wording`'s words; a value given as a pair is (English, Chinese)."""

    def each(index: int, language: Language) -> str:
        chosen = {k: v[index] if isinstance(v, tuple) else v for k, v in values.items()}
        return say(key, language, " ", **chosen)

    return _Problem(each(0, Language.ENGLISH), each(1, Language.CHINESE))


# --- PDFs ----------------------------------------------------------------------------------


def open_pdf(source: BinaryIO) -> Any:
    """A pypdf reader for an exhibit PDF open for reading (read as needed, not loaded whole),
    decrypted when it only has an owner password."""
    from pypdf import PdfReader

    reader = PdfReader(source, strict=False)
    if reader.is_encrypted and not reader.decrypt(""):
        raise PermissionError("the PDF is encrypted and needs a password to open")
    return reader


def forget_read_objects(reader: Any) -> None:
    """Let a reader drop what it has parsed (used already: copied, checked or hashed); kept, it
    would grow with a long scan or bundle."""
    cache = getattr(reader, "resolved_objects", None)
    if isinstance(cache, dict):
        cache.clear()


def _pdf(item: BundleFile, work: Path, language: Language, slot: str) -> Rendition:
    """The PDF as it is, once every page has been read as assembling will read it: what
    assembling would choke on (nesting, bombs, huge object streams, damage) makes it a
    placeholder here, never an aborted export later. The active content each page loses
    (sanitize.py) is listed."""
    removals = []
    try:
        with item.path.open("rb") as handle:
            reader = open_pdf(handle)
            check_document(reader)
            count = len(reader.pages)
            checked: dict[int, int] = {}
            for number, page in enumerate(reader.pages, 1):
                _ = page.mediabox, page.get("/Rotate", 0)
                removals.append((number, strip_active_content(page)))
                check_page(page, checked)
                page.get_contents()
                if number % 50 == 0:
                    forget_read_objects(reader)  # keep memory flat over a long scan
    except PermissionError:
        return _placeholder(item, work, language, _problem("problem_pdf_encrypted"), slot)
    except UnsafePdfError as exc:
        problem = _Problem(exc.words(Language.ENGLISH), exc.words(Language.CHINESE))
        return _placeholder(item, work, language, problem, slot)
    except Exception as exc:  # pypdf raises many kinds for damaged files; also Recursion-
        # and MemoryError
        problem = _problem("problem_pdf_damaged", reason=short_reason(exc))
        return _placeholder(item, work, language, problem, slot)
    if count == 0:
        return _placeholder(item, work, language, _problem("problem_pdf_no_pages"), slot)
    return Rendition(item, "pdf", item.path, count, removed=describe(removals, language))


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
    """A photo or picture fitted to a page; every frame of a multi-page TIFF or animated GIF
    on a page of its own (up to MAX_FRAMES). A JPEG goes in as it is; other images are decoded
    only if that fits DECODE_BUDGET, and printed reduced to MAX_SHOWN_SIDE (the page says so)."""
    from PIL import Image

    frames: list[tuple[Any, int, str]] = []  # (JPEG path or picture, orientation, note)
    notes: list[str] = []
    total = 1
    try:
        with _quiet_size_check(), Image.open(item.path) as image:
            if kind is file_types.JPEG and image.mode in ("RGB", "L", "CMYK"):
                width, height = image.size
                image.draft("RGB", (max(1, width // 8), max(1, height // 8)))
                image.load()  # decodes every byte (at 1/8 scale): a truncated file fails here
                orientation = image.getexif().get(0x0112, 1)
                frames.append((str(item.path), orientation, ""))
            else:
                total = getattr(image, "n_frames", 1) if kind is not file_types.JPEG else 1
                for index in range(min(total, MAX_FRAMES)):
                    image.seek(index)
                    picture, note = _printable(image, language)
                    frames.append((picture, 1, note))
    except _TooLargeError as exc:
        problem = _problem("problem_image_too_large", width=exc.width, height=exc.height)
        return _placeholder(item, work, language, problem, slot)
    except Image.DecompressionBombError:
        with Image.open(item.path) as image:  # opening is what refused it; the size is known
            width, height = image.size if hasattr(image, "size") else (0, 0)
        problem = _problem("problem_image_too_large", width=width, height=height)
        return _placeholder(item, work, language, problem, slot)
    except (OSError, SyntaxError, ValueError, EOFError, MemoryError) as exc:
        reason = short_reason(exc)
        if "truncated" in reason:
            return _placeholder(item, work, language, _problem("problem_image_truncated"), slot)
        problem = _problem("problem_image_unreadable", reason=reason)
        return _placeholder(item, work, language, problem, slot)
    if total > MAX_FRAMES:
        left_out = _problem(
            "problem_frames_left_out", shown=MAX_FRAMES, total=total, first=MAX_FRAMES + 1
        )
        notes.append(left_out.words(language))
    notes += sorted({note for _, _, note in frames if note})
    out = work / f"{slot}-image.pdf"
    canvas = _canvas(out)
    for index, (source, orientation, note) in enumerate(frames, 1):
        width, height = Image.open(source).size if isinstance(source, str) else source.size
        shown_w, shown_h = (height, width) if orientation in (5, 6, 7, 8) else (width, height)
        landscape = shown_w > shown_h
        canvas.setPageSize((PAGE_HEIGHT, PAGE_WIDTH) if landscape else (PAGE_WIDTH, PAGE_HEIGHT))
        page_w, page_h = canvas._pagesize
        label = caption
        if len(frames) > 1 or total > 1:
            label += " · " + say("image_frame", language, " / ", frame=index, frames=total)
        _caption(canvas, label, page_h)
        lines = [note] if note else []
        if index == len(frames) and total > MAX_FRAMES:
            lines.append(notes[0])
        for n, line in enumerate(lines):
            canvas.setFont(register_font(), 8)
            canvas.drawString(MARGIN, page_h - MARGIN - 6 - 10 * n, line)
        box_w, box_h = page_w - 2 * MARGIN, page_h - MARGIN - STAMP_BAND - 30 - 10 * len(lines)
        scale = min(box_w / shown_w, box_h / shown_h)
        w, h = shown_w * scale, shown_h * scale
        x0, y0 = (page_w - w) / 2, STAMP_BAND + (box_h - h) / 2
        canvas.saveState()
        canvas.transform(*image_transform(orientation, x0, y0, w, h))
        canvas.drawImage(_image_reader(source), 0, 0, 1, 1)
        canvas.restoreState()
        canvas.showPage()
    canvas.save()
    embedded = isinstance(frames[0][0], str)
    return Rendition(
        item, "image", out, len(frames), embedded_original=embedded, notes=tuple(notes)
    )


@contextlib.contextmanager
def _quiet_size_check() -> Iterator[None]:
    """Pillow warns from 89 million pixels; DECODE_BUDGET decides here instead."""
    from PIL import Image

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        yield


class _TooLargeError(Exception):
    def __init__(self, width: int, height: int) -> None:
        super().__init__(f"{width}×{height}")
        self.width, self.height = width, height


# Bytes Pillow holds per pixel, by mode: one for one band, four for most others.
_BYTES_PER_PIXEL = {"1": 1, "L": 1, "P": 1, "I;16": 2, "I;16B": 2, "I;16L": 2}


def _printable(image: Any, language: Language) -> tuple[Any, str]:
    """The current frame upright (EXIF), on white, and reduced so its longer side is at most
    MAX_SHOWN_SIDE, with a note saying so. Decoded only if it fits DECODE_BUDGET; flattened and
    reduced a strip at a time, so memory is the decoded frame plus the (small) result."""
    from PIL import Image

    width, height = image.size
    if width * height * _BYTES_PER_PIXEL.get(image.mode, 4) > DECODE_BUDGET:
        raise _TooLargeError(width, height)
    orientation = image.getexif().get(0x0112, 1)
    image.load()
    factor = max(1, -(-max(width, height) // MAX_SHOWN_SIDE))  # ceiling division
    out_mode = "L" if image.mode in ("1", "L") else "RGB"
    result = Image.new(out_mode, (-(-width // factor), -(-height // factor)), "white")
    rows = factor * max(1, STRIP_BYTES // (4 * width * factor))  # whole output rows
    for top in range(0, height, rows):
        strip = _flattened(image.crop((0, top, width, min(height, top + rows))), out_mode)
        if factor > 1:
            strip = strip.reduce(factor)
        result.paste(strip, (0, top // factor))
    transpose = _transpose_for(orientation)
    if transpose is not None:
        result = result.transpose(transpose)
    note = ""
    if factor > 1:
        note = say(
            "image_reduced",
            language,
            " / ",
            width=width,
            height=height,
            shown_width=result.width,
            shown_height=result.height,
        )
    return result, note


def _transpose_for(orientation: int) -> Any:
    """Pillow's transpose that turns a stored picture upright under its EXIF orientation."""
    from PIL import Image

    t = Image.Transpose
    return {
        2: t.FLIP_LEFT_RIGHT,
        3: t.ROTATE_180,
        4: t.FLIP_TOP_BOTTOM,
        5: t.TRANSPOSE,
        6: t.ROTATE_270,
        7: t.TRANSVERSE,
        8: t.ROTATE_90,
    }.get(orientation)


def _flattened(image: Any, mode: str = "RGB") -> Any:
    """A copy in `mode` ("RGB" or "L") that reportlab embeds faithfully: palette and alpha
    images are laid on white."""
    from PIL import Image

    if image.mode == mode:
        return image
    if image.mode in ("RGBA", "LA", "P", "PA", "La", "RGBa"):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, "white")
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background if mode == "RGB" else background.convert(mode)
    return image.convert(mode)


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
        problem = _problem("problem_unreadable", reason=exc.strerror or type(exc).__name__)
        return _placeholder(item, work, language, problem, slot)
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
    item: BundleFile, work: Path, language: Language, problem: _Problem, slot: str
) -> Rendition:
    from reportlab.platypus import Paragraph, Spacer

    style = styles()
    words = problem.words(language)
    story = [
        Spacer(1, 120),
        Paragraph(html.escape(say("placeholder", language)), style["title"]),
        Spacer(1, 18),
        Paragraph(html.escape(item.name), style["heading"]),
        Paragraph(html.escape(words), style["problem"]),
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
    pair = (problem.english, problem.chinese)
    return Rendition(item, "placeholder", out, doc.page, problem=words, problem_pair=pair)


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

"""Exhibit files for bundle tests: real photos, PDFs and text, and damaged ones."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw

from casefile.export.fonts import register_font

RED = (255, 0, 0)


def photo(path: Path, orientation: int = 1, size: tuple[int, int] = (600, 400)) -> Path:
    """A grey photo with a red block in the top-left corner of its stored pixels."""
    image = Image.new("RGB", size, (200, 200, 210))
    ImageDraw.Draw(image).rectangle((0, 0, size[0] // 4, size[1] // 4), fill=RED)
    exif = image.getexif()
    exif[0x0112] = orientation
    image.save(path, "JPEG", quality=90, exif=exif)
    return path


def png(path: Path) -> Path:
    image = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((20, 20, 280, 280), fill=(0, 120, 200, 255))
    image.save(path, "PNG")
    return path


def pdf(path: Path, pages: int = 3, title: str = "Notarial certificate 公证书") -> Path:
    """A PDF set in the embedded CJK font (so every font of a bundle made from it is embedded)."""
    from reportlab.pdfgen.canvas import Canvas

    font = register_font()
    canvas = Canvas(str(path), initialFontName=font)
    for n in range(1, pages + 1):
        canvas.setFont(font, 14)
        canvas.drawString(72, 720, f"{title} — page {n}")
        canvas.showPage()
    canvas.save()
    return path


def text(path: Path) -> Path:
    path.write_text("卖家聊天记录 chat log\n买家：是正品吗？\n卖家：保证正品\n", encoding="utf-8")
    return path


def encrypted_pdf(path: Path, source: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password="secret", owner_password="owner")
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def corrupt_pdf(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nthis is not a PDF")
    return path


def truncated_jpeg(path: Path) -> Path:
    buffer = io.BytesIO()
    Image.effect_noise((400, 300), 60).convert("RGB").save(buffer, "JPEG", quality=95)
    data = buffer.getvalue()
    path.write_bytes(data[: len(data) // 2])
    return path


def video(path: Path) -> Path:
    path.write_bytes(b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(2000))
    return path

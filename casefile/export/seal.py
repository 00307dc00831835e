"""The seal: the manifest's own SHA-256 (and its QR code) printed on the cover and the manifest's
first page.

The hash is known only once every page's fingerprint is in the manifest, so it cannot be part of
the pages it covers. The frame pages leave a box free for it (`SealSpot`); when the bundle is
assembled, each such page gets an empty form XObject `/CasefileSeal` placed in that box and drawn
by a last content stream of its own (`fingerprint.SEAL_INVOCATION`); the pages are fingerprinted
with the seal's drawing left out, and once the manifest's hash is known the seal is drawn
(`render_seals`) and its form filled in (`fill_seal`).
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    EncodedStreamObject,
    NameObject,
)

from casefile.export.fingerprint import SEAL_INVOCATION, SEAL_NAME
from casefile.export.fonts import register_font
from casefile.export.stamps import placed_form
from casefile.export.wording import Language, say

COVER_SEAL = "cover"
MANIFEST_SEAL = "manifest"
QR_SIZE = 96.0


@dataclass(frozen=True, slots=True)
class SealBox:
    key: str  # COVER_SEAL or MANIFEST_SEAL: what the seal shows
    page_index: int  # of the frame document
    x: float
    y: float
    width: float
    height: float


class SealSpot:
    """A flowable that keeps a box free on a frame page and notes where it landed."""

    def __new__(cls, key: str, width: float, height: float, spots: dict[str, SealBox]) -> Any:
        from reportlab.platypus import Flowable

        class Spot(Flowable):
            def wrap(self, *_: Any) -> tuple[float, float]:
                return width, height

            def draw(self) -> None:
                x, y = self.canv.absolutePosition(0, 0)
                page = self.canv.getPageNumber() - 1
                spots[key] = SealBox(key, page, float(x), float(y), width, height)

        return Spot()


def attach_empty_seal(writer: Any, page: DictionaryObject, box: SealBox) -> EncodedStreamObject:
    """Give `page` an empty seal form in `box`, drawn by its own last content stream; returns
    the form, to be filled by `fill_seal`."""
    form = placed_form([0, 0, box.width, box.height], box.x, box.y, b"")
    form_ref = writer._add_object(form)
    # The frame pages share one resource dictionary: the seal goes into this page's own copy.
    resources = DictionaryObject(page.get("/Resources", DictionaryObject()).get_object())
    xobjects = DictionaryObject(resources.get("/XObject", DictionaryObject()).get_object())
    xobjects[NameObject(SEAL_NAME)] = form_ref
    resources[NameObject("/XObject")] = xobjects
    page[NameObject("/Resources")] = resources
    invocation = DecodedStreamObject()
    invocation.set_data(SEAL_INVOCATION)
    contents = page.get("/Contents")
    parts = contents.get_object() if contents is not None else ArrayObject()
    parts = parts if isinstance(parts, ArrayObject) else ArrayObject([contents])
    page[NameObject("/Contents")] = ArrayObject([*parts, writer._add_object(invocation)])
    return form


def render_seals(boxes: list[SealBox], sha256: str, language: Language, out: Path) -> None:
    """One page per seal, of its box's size, showing the hash (and on the cover its QR code)."""
    from reportlab.pdfgen.canvas import Canvas

    font = register_font()
    canvas = Canvas(str(out), initialFontName=font, pageCompression=0)  # type: ignore[arg-type]
    label = say("manifest_hash", language)
    for box in boxes:
        canvas.setPageSize((box.width, box.height))
        canvas.setFillColorRGB(0, 0, 0)
        if box.key == COVER_SEAL:
            top = box.height - (box.height - QR_SIZE) / 2
            _qr(canvas, sha256, 0, top - QR_SIZE, QR_SIZE)
            canvas.setFont(font, 10)
            canvas.setFillColorRGB(0.29, 0.4, 0.45)
            canvas.drawString(QR_SIZE + 14, box.height / 2 + 18, label)
            canvas.setFillColorRGB(0, 0, 0)
            canvas.setFont(font, 10.5)
            canvas.drawString(QR_SIZE + 14, box.height / 2 + 2, sha256[:32])
            canvas.drawString(QR_SIZE + 14, box.height / 2 - 13, sha256[32:])
        else:
            canvas.setFont(font, 7)
            canvas.drawString(0, 2, f"{label}: {sha256}")
        canvas.showPage()
    canvas.save()


def fill_seal(writer: Any, form: EncodedStreamObject, seal_page: Any) -> None:
    """Put the drawing of `seal_page` (from `render_seals`) into the page's empty seal form."""
    form._data = zlib.compress(seal_page.get_contents().get_data())
    resources = seal_page.get("/Resources")
    if resources is not None:
        form[NameObject("/Resources")] = resources.get_object().clone(writer)


def _qr(canvas: Any, text: str, x0: float, y0: float, size: float) -> None:
    """The manifest hash as a QR code, drawn module by module (reportlab's QR drawing would name
    Helvetica, which is never embedded, on the page)."""
    from reportlab.graphics.barcode import qrencoder

    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)  # None: smallest that fits
    code.addData(f"CASEFILE-MANIFEST-SHA256:{text}")
    code.make()
    count: int = code.getModuleCount()  # type: ignore[no-untyped-call]  # unannotated in the stubs
    module = size / (count + 8)  # a quiet zone of four modules all round
    for row in range(count):
        for col in range(count):
            if code.isDark(row, col):  # type: ignore[no-untyped-call]  # as getModuleCount
                x = x0 + (col + 4) * module
                y = y0 + size - (row + 5) * module
                canvas.rect(x, y, module, module, stroke=0, fill=1)

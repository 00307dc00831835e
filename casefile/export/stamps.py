"""The running stamp on every page: "Exhibit 7, p. 2/5" at the foot on the left and the Bates
number (NB-000123) on the right, each on a white label so it reads over a photo or a scan.

All stamps are drawn in one reportlab document, a page per bundle page and of its size; each is
then put on its bundle page as a form XObject drawn after the page's own content, which is left
as it is (`StampPlacer`): no page's content is parsed, renamed or recompressed, so stamping costs
the same for a scan, a vector drawing or a 20,000-page bundle.

Casefile's own pages keep their foot free for the stamp. An exhibit's PDF page is never drawn
over: its visible box (CropBox) is extended downwards by a white strip that carries the stamp, so
the stamp is never hidden by a smaller CropBox and never covers the page's own footer."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pypdf.generic import EncodedStreamObject

from casefile.export.fonts import register_font

STAMP_NAME = "/CasefileStamp"

FONT_SIZE = 8.5
INSET = 14.0
STRIP = 30.0  # the strip added below an exhibit's PDF page


@dataclass(frozen=True, slots=True)
class Stamp:
    width: float
    height: float
    left: str  # where the page belongs: "Exhibit 7, p. 2/5"
    bates: str
    strip: bool = False  # drawn in a strip added below the page (its height included)


def render_stamps(stamps: list[Stamp], out: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    font = register_font()
    # A font name: types-reportlab declares initialFontName as a number.
    canvas = Canvas(str(out), initialFontName=font, pageCompression=1)  # type: ignore[arg-type]
    for stamp in stamps:
        canvas.setPageSize((stamp.width, stamp.height))
        canvas.setFont(font, FONT_SIZE)
        if stamp.strip:  # hides whatever lay below the old CropBox
            canvas.setFillColorRGB(1, 1, 1)
            canvas.rect(0, 0, stamp.width, STRIP, stroke=0, fill=1)
            canvas.setStrokeColorRGB(0.75, 0.75, 0.75)
            canvas.setLineWidth(0.3)
            canvas.line(0, STRIP, stamp.width, STRIP)
        _label(canvas, INSET, stamp.left, align_right=False)
        _label(canvas, stamp.width - INSET, stamp.bates, align_right=True)
        canvas.showPage()
    canvas.save()


def _label(c: Any, x: float, text: str, align_right: bool) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if not text:
        return
    width = stringWidth(text, register_font(), FONT_SIZE)
    left = x - width if align_right else x
    c.saveState()
    c.setFillColorRGB(1, 1, 1)
    c.setStrokeColorRGB(0.55, 0.55, 0.55)
    c.setLineWidth(0.4)
    c.rect(left - 3, 9, width + 6, FONT_SIZE + 6, stroke=1, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.drawString(left, 12.5, text)
    c.restoreState()


class StampPlacer:
    """Puts each page's stamp on it: the page's content wrapped in `q … Q` (so whatever state it
    leaves does not move the stamp), then the stamp's form drawn by a stream shared by every
    page. The page's resources must be its own (the form is added to them)."""

    def __init__(self, writer: Any) -> None:
        from pypdf.generic import DecodedStreamObject

        self._writer = writer
        opening, closing = DecodedStreamObject(), DecodedStreamObject()
        opening.set_data(b"q\n")
        closing.set_data(b"\nQ\nq " + STAMP_NAME.encode() + b" Do Q\n")
        self._opening = writer._add_object(opening)
        self._closing = writer._add_object(closing)
        self._resources: Any = None  # the batch's fonts, shared by every stamp drawn from it

    def new_batch(self) -> None:
        """The next stamps come from another `render_stamps` document."""
        self._resources = None

    def place(self, page: Any, stamp_page: Any, left: float, bottom: float) -> None:
        """Draw `stamp_page` (of `render_stamps`) on `page` with its origin at (left, bottom)."""
        from pypdf.generic import ArrayObject, DictionaryObject, NameObject

        form = placed_form(
            [float(v) for v in stamp_page.mediabox],
            left,
            bottom,
            stamp_page.get_contents().get_data(),
        )
        resources = stamp_page.get("/Resources")
        if resources is not None:  # reportlab's pages share one: cloned once per batch
            if self._resources is None:
                cloned = resources.get_object().clone(self._writer)
                self._resources = self._writer._add_object(cloned)
            form[NameObject("/Resources")] = self._resources
        page_resources = page.setdefault(NameObject("/Resources"), DictionaryObject())
        xobjects = page_resources.get("/XObject")
        xobjects = DictionaryObject(xobjects.get_object()) if xobjects is not None else None
        xobjects = xobjects if xobjects is not None else DictionaryObject()
        xobjects[NameObject(STAMP_NAME)] = self._writer._add_object(form)
        page_resources[NameObject("/XObject")] = xobjects
        contents = page.get("/Contents")
        parts = contents.get_object() if contents is not None else ArrayObject()
        parts = list(parts) if isinstance(parts, ArrayObject) else [contents]
        page[NameObject("/Contents")] = ArrayObject([self._opening, *parts, self._closing])


def placed_form(
    bbox: list[float], left: float, bottom: float, drawing: bytes
) -> EncodedStreamObject:
    """A form XObject of `drawing` within `bbox`, its origin placed at (left, bottom) on the
    page that draws it (the stamps, and the seal)."""
    import zlib

    from pypdf.generic import ArrayObject, EncodedStreamObject, FloatObject, NameObject

    form = EncodedStreamObject()
    form.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject([FloatObject(v) for v in bbox]),
            NameObject("/Matrix"): ArrayObject(
                [FloatObject(v) for v in (1, 0, 0, 1, round(left, 4), round(bottom, 4))]
            ),
            NameObject("/Filter"): NameObject("/FlateDecode"),
        }
    )
    form._data = zlib.compress(drawing)
    return form

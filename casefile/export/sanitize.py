"""What an exhibit PDF's pages may carry into a bundle, and what makes a PDF unsafe to copy.

A bundle goes to a court or an authority: it must not run anything, phone out or carry files. Only
pages are copied into a bundle, so the source's document-level JavaScript, /OpenAction, embedded
file tree and form (/AcroForm) never reach it; what a page itself carries is taken out here,
before the page is copied (`strip_active_content`, on the reader's page, so nothing removed is
ever cloned into the bundle, not even as an unreachable object):

- the page's own actions (/AA: on opening or closing the page) and associated files (/AF);
- every link's action or destination: JavaScript, /Launch, web addresses (a court bundle does not
  phone out; the address stays readable on the page), form submission, links to other files, and
  links to the file's own pages (they would drag those pages into the bundle, and point nowhere
  in it);
- file attachments, and multimedia (Screen, Movie, Sound, RichMedia, 3D) annotations;
- form fields, flattened: each visible field's appearance (what the screen shows: the typed
  value, a ticked box) is drawn into the page, the field itself goes;
- /A and /AA of any other annotation (a note stays, its script does not);
- keys of the page and its resources that no page drawing needs (a hiding place for junk).

`check_document` and `check_page` refuse, with `UnsafePdfError`, what would exhaust memory, time or
the interpreter's stack while the bundle is assembled: object streams packing too many objects,
object graphs nested too deep (pypdf copies a page by recursion: deep nesting overflows it and
pypdf then silently drops what it could not copy) or too large, content streams that inflate
beyond `MAX_CONTENT_BYTES`, and images whose declared size is beyond `MAX_IMAGE_BYTES`. Every
walk here is iterative and bounded.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from casefile.export.wording import Language, say

# Limits. A real page is far inside each: a scanned page is a few objects, a font a few more,
# a detailed map a few thousand; a 600 dpi A3 colour scan is ~210 MB decoded.
MAX_DEPTH = 64  # containers from the page to its deepest object (a form in a form is 3)
MAX_OBJECTS = 50_000  # objects reachable from one page
MAX_CONTENT_BYTES = 50_000_000  # one content stream (page or form), decoded
MAX_IMAGE_BYTES = 600_000_000  # one image, as declared (width × height × colours)
MAX_OBJECTS_PER_STREAM = 100_000  # objects packed in one object stream
MAX_ACTION_CHAIN = 50  # actions chained by /Next

# Keys a page needs to be drawn; others (thumbnails, piece info, beads, transitions, junk) go.
PAGE_KEYS = frozenset(
    {
        "/Type",
        "/Parent",
        "/Resources",
        "/Contents",
        "/MediaBox",
        "/CropBox",
        "/BleedBox",
        "/TrimBox",
        "/ArtBox",
        "/Rotate",
        "/Group",
        "/Annots",
        "/UserUnit",
    }
)
RESOURCE_KEYS = frozenset(
    {
        "/ExtGState",
        "/ColorSpace",
        "/Pattern",
        "/Shading",
        "/XObject",
        "/Font",
        "/ProcSet",
        "/Properties",
    }
)
MEDIA_ANNOTATIONS = frozenset({"/Screen", "/Movie", "/Sound", "/RichMedia", "/3D"})
HIDDEN, NO_VIEW = 2, 32  # annotation flags: a field that is not shown is not drawn

# What an action does, as a Removal's kind.
_ACTION_KINDS = {
    "/JavaScript": "javascript",
    "/Launch": "launch",
    "/URI": "web",
    "/SubmitForm": "submit",
    "/ImportData": "import",
    "/GoToR": "other_file",
    "/GoToE": "other_file",
    "/GoTo": "internal",
}
_DANGER = ("javascript", "launch", "submit", "import", "other_file", "web", "other", "internal")


class UnsafePdfError(Exception):
    """The PDF cannot be copied safely; `key` and `values` say why in a bundle's words."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(say(key, Language.ENGLISH, " ", **values))
        self.key = key
        self.values = values

    def words(self, language: Language) -> str:
        return say(self.key, language, " / ", **self.values)


@dataclass(frozen=True, slots=True)
class Removal:
    """One thing taken out of a page. `kind` names it (a key of wording's `removed_*` words);
    `detail` is a field's name or a file's name where there is one."""

    kind: str
    detail: str = ""


# --- taking active content out ---------------------------------------------------------------


def strip_active_content(page: Any) -> tuple[Removal, ...]:
    """Take active content out of a pypdf page in place (see the module's list) and say what
    went. Call it on the reader's page before `PdfWriter.add_page`; calling it again finds
    nothing more. Raises UnsafePdfError for an action chain too long to follow."""
    from pypdf.generic import ArrayObject, NameObject

    removed: list[Removal] = []
    actions = _get(page, "/AA")
    if actions is not None:
        scripted = "javascript" in _actions_in(actions)
        removed.append(Removal("page_javascript" if scripted else "page_action"))
    if _get(page, "/AF") is not None:
        removed.append(Removal("attached_file"))
    for key in [k for k in page if k not in PAGE_KEYS]:
        del page[key]
    resources = _get(page, "/Resources")
    if _is_dict(resources) and any(k not in RESOURCE_KEYS for k in resources):
        page[NameObject("/Resources")] = _copy_dict(resources, RESOURCE_KEYS)

    annotations = _get(page, "/Annots")
    if annotations is None:
        return tuple(removed)
    kept = ArrayObject()
    drawings: list[tuple[Any, tuple[float, ...]]] = []  # (appearance stream, matrix)
    for ref in annotations if isinstance(annotations, list) else []:
        annotation = _resolved(ref)
        if not _is_dict(annotation):
            continue
        subtype = annotation.get("/Subtype")
        if subtype == "/Widget" or "/FT" in annotation:
            removed.append(_flatten_widget(annotation, drawings))
        elif subtype == "/FileAttachment":
            removed.append(Removal("attachment", _file_name(annotation.get("/FS"))))
        elif subtype in MEDIA_ANNOTATIONS:
            removed.append(Removal("media", str(subtype)[1:]))
        elif subtype == "/Link":
            if "/A" in annotation or "/Dest" in annotation or "/PA" in annotation:
                removed.append(_link(annotation))
        else:
            if "/A" in annotation or "/AA" in annotation:
                removed.append(Removal("annotation_action", str(subtype or "")[1:]))
                for key in ("/A", "/AA"):
                    annotation.pop(key, None)
            kept.append(ref)
    page[NameObject("/Annots")] = kept
    if not kept:
        del page["/Annots"]
    if drawings:
        _draw_into_page(page, drawings)
    return tuple(removed)


def _link(annotation: Any) -> Removal:
    if "/A" in annotation:
        kinds = _action_kinds(annotation.get("/A"))
        kind = next((k for k in _DANGER if k in kinds), "other")
        detail = ""
        if kind == "web":
            detail = _text(_resolved(annotation.get("/A")).get("/URI"))
        elif kind in ("launch", "other_file"):
            detail = _file_name(_resolved(annotation.get("/A")).get("/F"))
    else:
        kind, detail = "internal", ""
    return Removal(f"link_{kind}", detail[:120])


def _action_kinds(action: Any) -> set[str]:
    """The kinds of every action in a chain (/Next may hold one action or a list)."""
    kinds: set[str] = set()
    todo, seen = [action], set()
    while todo:
        current = _resolved(todo.pop())
        if id(current) in seen or not _is_dict(current):
            continue
        seen.add(id(current))
        if len(seen) > MAX_ACTION_CHAIN:
            raise UnsafePdfError("unsafe_actions", limit=MAX_ACTION_CHAIN)
        kinds.add(_ACTION_KINDS.get(str(current.get("/S", "")), "other"))
        follow = _resolved(current.get("/Next"))
        if isinstance(follow, list):
            todo.extend(follow)
        elif follow is not None:
            todo.append(follow)
    return kinds


def _actions_in(actions: Any) -> set[str]:
    """The kinds of the actions in an additional-actions dictionary (/AA)."""
    kinds: set[str] = set()
    if _is_dict(actions):
        for value in actions.values():
            kinds |= _action_kinds(value)
    return kinds


def _flatten_widget(widget: Any, drawings: list[tuple[Any, tuple[float, ...]]]) -> Removal:
    """Draw a field's normal appearance (if it is shown) where it sits; the field goes."""
    name = _field_name(widget)
    flags = int(_resolved(widget.get("/F", 0)) or 0)
    if flags & (HIDDEN | NO_VIEW):
        return Removal("form_field_hidden", name)
    appearance = _normal_appearance(widget)
    rect = _numbers(widget.get("/Rect"), 4)
    if appearance is None or rect is None:
        return Removal("form_field_blank", name)
    bbox = _numbers(appearance.get("/BBox"), 4) or (0.0, 0.0, 1.0, 1.0)
    matrix = _numbers(appearance.get("/Matrix"), 6) or (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    drawings.append((appearance, _fit(bbox, matrix, rect)))
    return Removal("form_field", name)


def _normal_appearance(widget: Any) -> Any:
    from pypdf.generic import StreamObject

    appearances = _resolved(widget.get("/AP"))
    if not _is_dict(appearances):
        return None
    normal = _resolved(appearances.get("/N"))
    if _is_dict(normal) and not isinstance(normal, StreamObject):  # states: /Yes, /Off…
        normal = _resolved(normal.get(str(_resolved(widget.get("/AS", "/Off")))))
    return normal if isinstance(normal, StreamObject) else None


def _fit(
    bbox: tuple[float, ...], matrix: tuple[float, ...], rect: tuple[float, ...]
) -> tuple[float, ...]:
    """The matrix that maps an appearance's transformed box onto its annotation's rectangle
    (PDF 32000-1, 12.5.5)."""
    a, b, c, d, e, f = matrix
    corners = [
        (a * x + c * y + e, b * x + d * y + f)
        for x, y in ((bbox[0], bbox[1]), (bbox[2], bbox[1]), (bbox[0], bbox[3]), (bbox[2], bbox[3]))
    ]
    xs, ys = [p[0] for p in corners], [p[1] for p in corners]
    x0, y0, x1, y1 = (
        min(rect[0], rect[2]),
        min(rect[1], rect[3]),
        max(rect[0], rect[2]),
        max(rect[1], rect[3]),
    )
    width, height = max(xs) - min(xs), max(ys) - min(ys)
    sx = (x1 - x0) / width if width else 1.0
    sy = (y1 - y0) / height if height else 1.0
    return (sx, 0.0, 0.0, sy, x0 - min(xs) * sx, y0 - min(ys) * sy)


def _draw_into_page(page: Any, drawings: list[tuple[Any, tuple[float, ...]]]) -> None:
    """One new content stream: the page's own content, then each appearance as a form XObject.
    (A direct stream as /Contents is made an object of its own when the page is copied.)"""
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, StreamObject

    contents = _get(page, "/Contents")
    for part in contents if isinstance(contents, list) else [contents]:
        if isinstance(_resolved(part), StreamObject):
            _check_stream(_resolved(part))  # before it is decoded
    resources = _resolved(page.get("/Resources"))
    resources = _copy_dict(resources if _is_dict(resources) else DictionaryObject(), RESOURCE_KEYS)
    xobjects = _resolved(resources.get("/XObject"))
    xobjects = _copy_dict(xobjects if _is_dict(xobjects) else DictionaryObject(), None)
    content = page.get_contents()
    parts = [b"q\n", content.get_data() if content is not None else b"", b"\nQ\n"]
    for n, (appearance, matrix) in enumerate(drawings):
        name = f"/CasefileField{n}"
        xobjects[NameObject(name)] = appearance.indirect_reference or appearance
        numbers = " ".join(f"{v:.6f}".rstrip("0").rstrip(".") for v in matrix)
        parts.append(f"q {numbers} cm {name} Do Q\n".encode())
    resources[NameObject("/XObject")] = xobjects
    page[NameObject("/Resources")] = resources
    stream = DecodedStreamObject()
    stream.set_data(b"".join(parts))
    page[NameObject("/Contents")] = stream


# --- refusing what cannot be copied safely ---------------------------------------------------


def check_document(reader: Any) -> None:
    """Refuse a PDF whose object streams pack more objects than can be read safely (each page
    read would parse them all again)."""
    streams = Counter(number for number, _ in getattr(reader, "xref_objStm", {}).values())
    for number, listed in streams.items():
        if listed > MAX_OBJECTS_PER_STREAM:
            raise UnsafePdfError("unsafe_object_stream", count=listed, limit=MAX_OBJECTS_PER_STREAM)
        stream = reader.get_object(number)
        declared = stream.get("/N", 0) if _is_dict(stream) else 0
        if isinstance(declared, int) and declared > MAX_OBJECTS_PER_STREAM:
            raise UnsafePdfError(
                "unsafe_object_stream", count=declared, limit=MAX_OBJECTS_PER_STREAM
            )


def check_page(page: Any, checked: dict[int, int] | None = None) -> None:
    """Walk everything the page draws with (iteratively, in the order pypdf copies it) and
    refuse it if it is nested too deep, too large, or inflates too far. `checked` maps the
    object numbers found safe on earlier pages of the same file to the depth they were
    reached at: what every page shares (fonts, forms) is walked and inflated once, and again
    only if a page reaches it deeper."""
    from pypdf.generic import IndirectObject, StreamObject

    checked = {} if checked is None else checked

    seen: set[int] = set()
    stack: list[tuple[Iterator[Any], int]] = [(_children(page), 1)]
    objects = 0
    while stack:
        children, depth = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            continue
        if isinstance(child, IndirectObject):
            reached = checked.get(child.idnum)
            if reached is not None and reached <= depth:
                continue  # walked from an earlier page, at least as deep
            checked[child.idnum] = depth
        obj = _resolved(child)
        if not isinstance(obj, (dict, list)) or id(obj) in seen:
            continue
        seen.add(id(obj))
        objects += 1
        if objects > MAX_OBJECTS:
            raise UnsafePdfError("unsafe_too_many_objects", limit=MAX_OBJECTS)
        if depth >= MAX_DEPTH:
            raise UnsafePdfError("unsafe_nesting", limit=MAX_DEPTH)
        if isinstance(obj, StreamObject):
            _check_stream(obj)
        stack.append((_children(obj), depth + 1))


def _children(obj: Any) -> Iterator[Any]:
    if isinstance(obj, dict):
        # /Parent leads back up the page tree (pypdf leaves it out of a copied page); a page
        # reached from an annotation (/P) is the page itself.
        return (v for k, v in obj.items() if k not in ("/Parent", "/P"))
    return iter(obj)


def _check_stream(stream: Any) -> None:
    if stream.get("/Subtype") == "/Image":
        width, height = _resolved(stream.get("/Width", 0)), _resolved(stream.get("/Height", 0))
        if isinstance(width, int) and isinstance(height, int):
            declared = width * height * 4  # at most four colours of 8 bits (CMYK)
            if declared > MAX_IMAGE_BYTES:
                raise UnsafePdfError(
                    "unsafe_image", width=width, height=height, limit=MAX_IMAGE_BYTES // 1_000_000
                )
        return
    if stream.get("/Type") == "/EmbeddedFile":
        return  # taken out, never decoded
    if _decoded_size(stream, MAX_CONTENT_BYTES) > MAX_CONTENT_BYTES:
        raise UnsafePdfError("unsafe_content", limit=MAX_CONTENT_BYTES // 1_000_000)


def _decoded_size(stream: Any, limit: int) -> int:
    """How many bytes a stream decodes to, up to just over `limit`, in bounded memory: Flate
    is inflated chunk by chunk and thrown away; other filters go through pypdf (whose own
    limits apply)."""
    filters = _resolved(stream.get("/Filter"))
    names = [str(_resolved(f)) for f in filters] if isinstance(filters, list) else [str(filters)]
    raw = stream._data
    if filters is None:
        return len(raw)
    if names == ["/FlateDecode"]:
        inflater = zlib.decompressobj()
        total, pending = 0, raw
        try:
            while pending and total <= limit:
                total += len(inflater.decompress(pending, 1 << 20))
                pending = inflater.unconsumed_tail
            return total
        except zlib.error:
            return total  # damaged data: pypdf recovers what it can, within its limits
    try:
        return len(stream.get_data())
    except Exception as exc:  # pypdf's LimitReachedError and its kin
        if "limit" in str(exc).lower():
            return limit + 1
        raise


# --- words -----------------------------------------------------------------------------------


def describe(
    pages: Iterable[tuple[int, tuple[Removal, ...]]], language: Language
) -> tuple[str, ...]:
    """One line per page that lost something: "page 2: 2 JavaScript links; a form field
    (flattened: …): seller". `pages` pairs a 1-based page number of the file with its
    removals. A bilingual bundle gets the English line, then " / ", then the Chinese one."""
    pages = list(pages)
    if language is Language.BILINGUAL:
        english, chinese = describe(pages, Language.ENGLISH), describe(pages, Language.CHINESE)
        return tuple(f"{e} / {c}" for e, c in zip(english, chinese, strict=True))
    lines = []
    separator = "; " if language is Language.ENGLISH else "；"
    for number, removals in pages:
        if not removals:
            continue
        counts = Counter(r.kind for r in removals)
        details: dict[str, list[str]] = {}
        for r in removals:
            if r.detail and r.detail not in details.setdefault(r.kind, []):
                details[r.kind].append(r.detail)
        phrases = []
        for kind, n in counts.items():
            phrase = say(f"removed_{kind}" + ("" if n == 1 else "_n"), language, n=n)
            if details.get(kind):
                phrase += (": " if language is Language.ENGLISH else "：") + ", ".join(
                    details[kind][:5]
                )
            phrases.append(phrase)
        lines.append(say("removed_page", language, page=number) + separator.join(phrases))
    return tuple(lines)


# --- small helpers ---------------------------------------------------------------------------


def _resolved(obj: Any) -> Any:
    return obj.get_object() if obj is not None and hasattr(obj, "get_object") else obj


def _get(obj: Any, key: str) -> Any:
    return _resolved(obj.get(key)) if _is_dict(obj) else None


def _is_dict(obj: Any) -> bool:
    return isinstance(obj, dict)


def _copy_dict(source: Any, keep: frozenset[str] | None) -> Any:
    from pypdf.generic import DictionaryObject, NameObject

    copy = DictionaryObject()
    for key, value in source.items():
        if keep is None or key in keep:
            copy[NameObject(key)] = value
    return copy


def _numbers(obj: Any, count: int) -> tuple[float, ...] | None:
    values = _resolved(obj)
    if not isinstance(values, list) or len(values) != count:
        return None
    try:
        return tuple(float(_resolved(v)) for v in values)
    except (TypeError, ValueError):
        return None


def _text(obj: Any) -> str:
    value = _resolved(obj)
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return str(value) if value is not None else ""


def _file_name(spec: Any) -> str:
    spec = _resolved(spec)
    if _is_dict(spec):
        return _text(spec.get("/UF") or spec.get("/F"))
    return _text(spec)


def _field_name(widget: Any) -> str:
    """A field's full name (parent names joined by dots), as far as 20 levels up."""
    parts = []
    current = widget
    for _ in range(20):
        if not _is_dict(current):
            break
        if "/T" in current:
            parts.append(_text(current.get("/T")))
        current = _resolved(current.get("/Parent"))
    return ".".join(reversed(parts))[:80]

"""A page's fingerprint: one SHA-256 over everything that decides how the page looks — its boxes
and rotation, its content streams (decoded), its resources (fonts, images, forms, colour spaces,
patterns, graphics states) and its annotations with their appearances — so that changing any of
them, even one byte of a content stream, changes the fingerprint.

The same function runs when a bundle is made (on the writer's pages) and when it is checked (on
the reader's pages of the file), so it depends only on what is written: objects are hashed by
content, never by object number, and it makes no difference whether an object is shared,
direct or indirect.

- Streams are hashed by what they hold, not how it is compressed, so a tool that only
  recompresses them (qpdf does when it rewrites a file) does not make a page "differ": Flate is
  inflated chunk by chunk (a large scan costs no memory); JPEG and other image codecs are hashed
  as stored (re-encoding a photo without changing a pixel still counts as a change).
- Left out, because they say nothing about the page's look and change when a bundle is signed:
  the page tree's `/Parent`, an annotation's `/P` and `/Parent`, structure-tree keys, and a
  signature field's widget (a PDF signature adds one to a page).
- A sealed page (the cover and the manifest's first page carry the manifest's own SHA-256, which
  cannot be in the fingerprint it covers): its seal is a form XObject named `/CasefileSeal`,
  drawn by the page's last content stream `q /CasefileSeal Do Q`. That stream and the seal's
  drawing are left out; the seal's box and position (`/BBox`, `/Matrix`) are kept, so a changed
  seal can only paint inside the box where the hash is printed, which `verify.py` reads.
"""

from __future__ import annotations

import hashlib
import io
import zlib
from typing import Any

from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NullObject,
    NumberObject,
    StreamObject,
)

SEAL_NAME = "/CasefileSeal"
SEAL_INVOCATION = b"q /CasefileSeal Do Q"
METHOD = "casefile-page-sha256-1"  # named in the manifest: how its fingerprints were made
MAX_DEPTH = 64  # deeper nesting than any real page; a hostile file is refused, not recursed

_SKIPPED_KEYS = {"/Parent", "/P", "/StructParents", "/StructParent", "/Length"}
_FLATE = {"/FlateDecode", "/Fl"}
_DECODED_FILTERS = {"/FlateDecode", "/Fl", "/LZWDecode", "/ASCII85Decode", "/ASCIIHexDecode"}
_CHUNK = 1 << 20


class FingerprintError(ValueError):
    """The page's structure is too broken or too deep to fingerprint."""


class PageFingerprints:
    """Fingerprints pages of one document; what several pages share (a font, a logo) is hashed
    once."""

    def __init__(self) -> None:
        self._memo: dict[tuple[int, int], bytes] = {}

    def clear(self) -> None:
        self._memo.clear()

    def of(self, page: DictionaryObject, sealed: bool = False) -> str:
        """The page's fingerprint (hex). With `sealed`, the seal's drawing is left out."""
        digest = hashlib.sha256(b"page:")
        try:
            for key in sorted(page.keys()):
                if key in _SKIPPED_KEYS:
                    continue
                value = page.raw_get(key)  # unresolved: shared objects are hashed once
                if key == "/Contents":
                    digest.update(b"/Contents" + self._contents(value, sealed))
                elif key == "/Annots":
                    kept = [a for a in _array(value) if not _is_signature_widget(a)]
                    if kept:  # an /Annots left empty by dropping a signature is no /Annots
                        digest.update(b"/Annots" + self._value(ArrayObject(kept), 1, ()))
                elif key == "/Resources" and sealed:
                    digest.update(key.encode() + self._value(_without_seal(value), 1, ()))
                else:
                    digest.update(key.encode() + self._value(value, 1, ()))
        except RecursionError:
            raise FingerprintError("the page's objects nest too deeply") from None
        return digest.hexdigest()

    # -- parts --------------------------------------------------------------------------------

    def _contents(self, contents: Any, sealed: bool) -> bytes:
        parts = [_resolved(p) for p in _array(contents)]
        if sealed:
            if not parts or _stream_bytes(parts[-1]).strip() != SEAL_INVOCATION:
                return b"<unsealed>"  # a page that should carry a seal and does not differs
            parts = parts[:-1]
        digest = hashlib.sha256()
        for part in parts:
            if isinstance(part, StreamObject):
                digest.update(_decoded(part))  # the parts of /Contents read as one stream
                digest.update(b"\n")
        return digest.digest()

    def _value(self, obj: Any, depth: int, path: tuple[tuple[int, int], ...]) -> bytes:
        if depth > MAX_DEPTH:
            raise FingerprintError("the page's objects nest too deeply")
        if isinstance(obj, IndirectObject):
            key = (obj.idnum, obj.generation)
            if key in path:
                return b"<cycle %d>" % (len(path) - path.index(key))
            if key in self._memo:
                return self._memo[key]
            value = self._value(obj.get_object(), depth + 1, (*path, key))
            self._memo[key] = value
            return value
        if isinstance(obj, StreamObject):
            return self._stream(obj, depth, path)
        if isinstance(obj, DictionaryObject):
            digest = hashlib.sha256(b"<<")
            for key in sorted(obj.keys()):
                if key not in _SKIPPED_KEYS:
                    digest.update(key.encode() + self._value(obj.raw_get(key), depth + 1, path))
            return digest.digest()
        if isinstance(obj, ArrayObject):
            digest = hashlib.sha256(b"[")
            for item in obj:
                digest.update(self._value(item, depth + 1, path))
            return digest.digest()
        return _scalar(obj)

    def _stream(self, stream: StreamObject, depth: int, path: tuple[tuple[int, int], ...]) -> bytes:
        filters = _filters(stream)
        digest = hashlib.sha256(b"stream")
        for key in sorted(stream.keys()):
            if key in _SKIPPED_KEYS or key == "/Filter":
                continue
            digest.update(key.encode() + self._value(stream.raw_get(key), depth + 1, path))
        digest.update(_data_digest(stream, filters))
        return digest.digest()


def carries_seal(page: DictionaryObject) -> bool:
    """Whether the page draws a seal (its last content stream is the seal's invocation): a
    sealed page moved by a removed or added page is still fingerprinted as sealed."""
    try:
        parts = _array(page.raw_get("/Contents")) if "/Contents" in page else []
        return bool(parts) and _stream_bytes(_resolved(parts[-1])).strip() == SEAL_INVOCATION
    except Exception:
        return False


# -- helpers ----------------------------------------------------------------------------------


def _resolved(obj: Any) -> Any:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def _array(obj: Any) -> list[Any]:
    obj = _resolved(obj)
    if isinstance(obj, ArrayObject):
        return list(obj)
    return [] if obj is None or isinstance(obj, NullObject) else [obj]


def _filters(stream: StreamObject) -> set[str]:
    found = _resolved(stream.get("/Filter"))
    return {str(f) for f in _array(found)} if found is not None else set()


def _data_digest(stream: Any, filters: set[str]) -> bytes:
    """What a stream holds, hashed so that a tool which only (re)compresses it changes nothing:
    Flate (or no filter) inflated chunk by chunk, so a large scan costs no memory; other text
    filters decoded; image codecs (JPEG, JPEG 2000, fax, JBIG2) as stored."""
    stored = _stored(stream)
    digest = hashlib.sha256()
    if filters <= _FLATE:
        if not filters:
            digest.update(stored)
            return digest.digest()
        inflate = zlib.decompressobj()
        try:
            for start in range(0, len(stored), _CHUNK):
                piece = inflate.decompress(stored[start : start + _CHUNK], _CHUNK)
                digest.update(piece)
                while inflate.unconsumed_tail:
                    digest.update(inflate.decompress(inflate.unconsumed_tail, _CHUNK))
            digest.update(inflate.flush())
        except zlib.error:
            return hashlib.sha256(b"<undecodable>" + stored).digest()
        return digest.digest()
    if filters <= _DECODED_FILTERS and stream.get("/Subtype") != "/Image":
        digest.update(_decoded(stream))
    else:
        digest.update(b"stored:" + stored)
    return digest.digest()


def _decoded(stream: Any) -> bytes:
    cached = getattr(stream, "decoded_self", None) is not None
    try:
        return bytes(stream.get_data())
    except Exception:  # a stream that does not decode is hashed as it is stored
        return b"<undecodable>" + _stored(stream)
    finally:
        if not cached and hasattr(stream, "decoded_self"):
            stream.decoded_self = None  # pypdf keeps what it decoded: 20,000 pages add up


def _stored(stream: Any) -> bytes:
    data = stream._data  # the bytes as written (pypdf's documented stream attribute)
    return data if isinstance(data, bytes) else bytes(data or b"")


def _stream_bytes(obj: Any) -> bytes:
    return _decoded(obj) if isinstance(obj, StreamObject) else b""


def _scalar(obj: Any) -> bytes:
    if isinstance(obj, NameObject):
        return b"/" + obj.encode()
    if isinstance(obj, BooleanObject):
        return b"true" if obj else b"false"
    if isinstance(obj, NumberObject | FloatObject):  # as written: 42.0 is written, and read, as 42
        buffer = io.BytesIO()
        obj.write_to_stream(buffer)
        return b"n" + buffer.getvalue()
    if isinstance(obj, bytes):  # ByteStringObject
        return b"s%d:" % len(obj) + obj
    if isinstance(obj, str):  # TextStringObject: the bytes it was written from
        raw = getattr(obj, "original_bytes", None) or obj.encode("utf-16-be")
        return b"s%d:" % len(raw) + raw
    if obj is None or isinstance(obj, NullObject):
        return b"null"
    return b"?" + type(obj).__name__.encode()


def _is_signature_widget(annotation: Any) -> bool:
    annotation = _resolved(annotation)
    if not isinstance(annotation, DictionaryObject):
        return False
    if annotation.get("/FT") == "/Sig":
        return True
    parent = _resolved(annotation.get("/Parent"))
    return (
        annotation.get("/Subtype") == "/Widget"
        and isinstance(parent, DictionaryObject)
        and parent.get("/FT") == "/Sig"
    )


def _without_seal(resources: Any) -> Any:
    """The page's resources with the seal reduced to where it is drawn and how large."""
    resources = _resolved(resources)
    if not isinstance(resources, DictionaryObject):
        return resources
    xobjects = _resolved(resources.get("/XObject"))
    if not isinstance(xobjects, DictionaryObject) or SEAL_NAME not in xobjects:
        return resources
    seal = _resolved(xobjects[SEAL_NAME])
    kept = DictionaryObject(
        {NameObject(k): seal[k] for k in ("/Subtype", "/BBox", "/Matrix") if k in seal}
        if isinstance(seal, DictionaryObject)
        else {}
    )
    copy = DictionaryObject(resources)
    copy[NameObject("/XObject")] = DictionaryObject({**xobjects, NameObject(SEAL_NAME): kept})
    return copy

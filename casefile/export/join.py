"""The bundle's chunks joined into one PDF one object at a time, and what belongs to the whole
document written after them: the page tree, the outline, the attached manifest, the document
information.

pypdf's writer keeps every page's dictionary and small objects until it writes, some 20 KB a
page, and so does any library that joins PDFs by loading them (qpdf too); a 20,000-page bundle
would need half a gigabyte. A bundle is therefore assembled and stamped in chunks (`bundle.py`),
each written by pypdf to a file of its own, and each chunk is copied here object by object as
soon as it is written: read, renumbered after the objects already written, written out and
forgotten. Memory stays that of one chunk whatever the bundle's size.

Each chunk's page tree becomes a branch of the bundle's, in the order the chunks are given to
`finish` (the chunks holding the seals are written last, once the manifest's hash is known, but
their pages stay first and last). Streams are copied as they are, never decoded or re-encoded, so
every page's fingerprint taken on its chunk holds in the joined file.
"""

from __future__ import annotations

import hashlib
import os
import zlib
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

from casefile.errors import CancelledError
from casefile.export.renditions import forget_read_objects

HEADER = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
# The reader's cache is cleared after this many objects or bytes copied (a chunk of photos holds
# a gigabyte of streams).
FORGET_EVERY, FORGET_BYTES = 500, 8 * 1024 * 1024
PAGE_TREE = 1  # the bundle's page tree root: its number is known before any chunk is copied
_STRUCTURE = {"/ObjStm", "/XRef"}


@dataclass(frozen=True, slots=True)
class Bookmark:
    title: str
    page: int  # 0-based page index in the bundle
    children: tuple[Bookmark, ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    """What the joined file carries besides its pages."""

    info: dict[str, str]
    attachment_name: str
    attachment: bytes
    outline: tuple[Bookmark, ...]


@dataclass(frozen=True, slots=True)
class _Joined:
    tree: int  # the chunk's page tree root, as numbered in the joined file
    pages: array[int]  # its pages' object numbers, in order


class PdfJoin:
    """Copies chunk PDFs into `path` as they come (`append`), then writes the page tree, outline,
    attachment, document information and cross-reference table (`finish`)."""

    def __init__(self, path: Path, cancelled: Callable[[], bool] | None = None) -> None:
        self._out: BinaryIO = path.open("wb", buffering=1024 * 1024)
        self._cancelled = cancelled
        self._offsets = array("q", [0, 0])  # by object number; 0: none written (a free entry)
        self._joined: dict[int, _Joined] = {}
        self._out.write(HEADER)

    # -- the chunks ---------------------------------------------------------------------------

    def append(self, chunk: Path, position: int) -> int:
        """Copy every object of `chunk` but its catalog and document information; its pages
        come `position`-th among the chunks. Returns the number of pages copied."""
        with chunk.open("rb") as handle:
            reader = PdfReader(handle)
            catalog = reader.trailer.raw_get("/Root")
            info = reader.trailer.raw_get("/Info")
            tree = catalog.get_object().raw_get("/Pages")
            skipped = {catalog.idnum, info.idnum if isinstance(info, IndirectObject) else 0}
            numbers = sorted((set(reader.xref.get(0, {})) | set(reader.xref_objStm)) - skipped)
            base = len(self._offsets) - 1
            renumber: Callable[[int], int] = base.__add__
            pages = array("q", (renumber(n) for n in _page_numbers(reader, tree.idnum)))
            forget_read_objects(reader)
            held = 0  # bytes of the objects the reader has parsed and keeps
            for count, number in enumerate(numbers, 1):
                obj = reader.get_object(number)
                if isinstance(obj, StreamObject) and obj.get("/Type") in _STRUCTURE:
                    continue  # how the chunk was stored, not part of it
                if number == tree.idnum and isinstance(obj, DictionaryObject):
                    obj = DictionaryObject(obj)  # the chunk's tree hangs from the bundle's
                    obj[NameObject("/Parent")] = _ref(PAGE_TREE)
                held += self._write(renumber(number), obj, renumber)
                if held > FORGET_BYTES or count % FORGET_EVERY == 0:
                    forget_read_objects(reader)
                    held = 0
                    self._check()
            forget_read_objects(reader)
        self._joined[position] = _Joined(renumber(tree.idnum), pages)
        return len(pages)

    # -- the document -------------------------------------------------------------------------

    def finish(self, document: Document) -> int:
        """Write what belongs to the whole document and close the file; returns the page count."""
        order = [self._joined[k] for k in sorted(self._joined)]
        pages = [number for joined in order for number in joined.pages]
        self._write(
            PAGE_TREE,
            _dict(
                Type=NameObject("/Pages"),
                Kids=ArrayObject(_ref(j.tree) for j in order),
                Count=NumberObject(len(pages)),
            ),
        )
        catalog = _dict(
            Type=NameObject("/Catalog"),
            Pages=_ref(PAGE_TREE),
            PageMode=NameObject("/UseOutlines"),
            Names=_dict(EmbeddedFiles=_dict(Names=ArrayObject(self._attachment(document)))),
        )
        if document.outline:
            catalog[NameObject("/Outlines")] = _ref(self._outline(document.outline, pages))
        catalog_number = self._add(catalog)
        info = DictionaryObject(
            {NameObject(k): TextStringObject(v) for k, v in document.info.items()}
        )
        info_number = self._add(info)
        self._trailer(catalog_number, info_number, document)
        return len(pages)

    def _attachment(self, document: Document) -> list[Any]:
        data = zlib.compress(document.attachment)
        embedded = StreamObject()
        embedded.update(
            _dict(
                Type=NameObject("/EmbeddedFile"),
                Subtype=NameObject("/application#2Fjson"),
                Filter=NameObject("/FlateDecode"),
                Params=_dict(Size=NumberObject(len(document.attachment))),
            )
        )
        embedded._data = data
        name = TextStringObject(document.attachment_name)
        spec = _dict(
            Type=NameObject("/Filespec"),
            F=name,
            UF=name,
            EF=_dict(F=_ref(self._add(embedded))),
        )
        return [name, _ref(self._add(spec))]

    def _outline(self, bookmarks: tuple[Bookmark, ...], pages: list[int]) -> int:
        """The bookmarks, all open, each showing its page whole."""
        root = self._reserve()

        def level(marks: tuple[Bookmark, ...], parent: int) -> tuple[int, int, int]:
            numbers = [self._reserve() for _ in marks]
            shown = len(marks)
            for i, (mark, number) in enumerate(zip(marks, numbers, strict=True)):
                item = _dict(
                    Title=TextStringObject(mark.title),
                    Parent=_ref(parent),
                    Dest=ArrayObject([_ref(pages[mark.page]), NameObject("/Fit")]),
                )
                if i > 0:
                    item[NameObject("/Prev")] = _ref(numbers[i - 1])
                if i + 1 < len(numbers):
                    item[NameObject("/Next")] = _ref(numbers[i + 1])
                if mark.children:
                    first, last, count = level(mark.children, number)
                    item.update(
                        _dict(First=_ref(first), Last=_ref(last), Count=NumberObject(count))
                    )
                    shown += count
                self._write(number, item)
            return numbers[0], numbers[-1], shown

        first, last, count = level(bookmarks, root)
        self._write(
            root,
            _dict(
                Type=NameObject("/Outlines"),
                First=_ref(first),
                Last=_ref(last),
                Count=NumberObject(count),
            ),
        )
        return root

    def _trailer(self, catalog: int, info: int, document: Document) -> None:
        out = self._out
        start = out.tell()
        size = len(self._offsets)
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
        for offset in self._offsets[1:]:
            out.write(b"%010d 00000 n \n" % offset if offset else b"0000000000 65535 f \n")
        # The file's identifier: the same document information gives the same one.
        ident = ByteStringObject(hashlib.sha256(repr(document.info).encode()).digest()[:16])
        trailer = _dict(
            Size=NumberObject(size),
            Root=_ref(catalog),
            Info=_ref(info),
            ID=ArrayObject([ident, ident]),
        )
        out.write(b"trailer\n")
        _dump(trailer, out, _same)
        out.write(b"\nstartxref\n%d\n%%%%EOF\n" % start)
        out.flush()
        os.fsync(out.fileno())
        out.close()

    def close(self) -> None:
        self._out.close()

    # -- objects ------------------------------------------------------------------------------

    def _reserve(self) -> int:
        self._offsets.append(0)
        return len(self._offsets) - 1

    def _add(self, obj: Any) -> int:
        number = self._reserve()
        self._write(number, obj)
        return number

    def _write(self, number: int, obj: Any, renumber: Callable[[int], int] | None = None) -> int:
        """Write object `number`; returns its size in bytes."""
        while len(self._offsets) <= number:
            self._offsets.append(0)
        start = self._offsets[number] = self._out.tell()
        self._out.write(b"%d 0 obj\n" % number)
        _dump(obj, self._out, renumber or _same)
        self._out.write(b"\nendobj\n")
        return self._out.tell() - start

    def _check(self) -> None:
        if self._cancelled and self._cancelled():
            raise CancelledError()


def _page_numbers(reader: PdfReader, tree: int) -> list[int]:
    """The object numbers of the pages under the page tree node `tree`, in order (walked with a
    list, not by recursion)."""
    found = []
    pending = [tree]
    while pending:
        number = pending.pop()
        node = reader.get_object(number)
        kids = node.get("/Kids") if isinstance(node, DictionaryObject) else None
        if kids is None:
            found.append(number)
        else:
            pending.extend(kid.idnum for kid in reversed(kids.get_object()))
    return found


def _dump(obj: Any, out: BinaryIO, renumber: Callable[[int], int]) -> None:
    """Write `obj` in PDF syntax, each reference renumbered."""
    if isinstance(obj, _Final):
        out.write(b"%d 0 R" % obj.idnum)
    elif isinstance(obj, IndirectObject):
        out.write(b"%d 0 R" % renumber(obj.idnum))
    elif isinstance(obj, DictionaryObject):
        out.write(b"<<")
        for key, value in dict.items(obj):
            if isinstance(obj, StreamObject) and key == "/Length":
                continue
            key.write_to_stream(out)
            out.write(b" ")
            _dump(value, out, renumber)
            out.write(b"\n")
        if isinstance(obj, StreamObject):
            data = obj._data  # as stored: never decoded, never re-encoded
            out.write(b"/Length %d>>\nstream\n" % len(data))
            out.write(data)
            out.write(b"\nendstream")
        else:
            out.write(b">>")
    elif isinstance(obj, list):
        out.write(b"[")
        for i, item in enumerate(obj):
            if i:
                out.write(b" ")
            _dump(item, out, renumber)
        out.write(b"]")
    else:
        obj.write_to_stream(out)


def _same(number: int) -> int:
    return number


class _Final(IndirectObject):
    """A reference numbered as in the joined file already."""


def _ref(number: int) -> IndirectObject:
    return _Final(number, 0, None)


def _dict(**entries: Any) -> DictionaryObject:
    return DictionaryObject({NameObject(f"/{k}"): v for k, v in entries.items()})

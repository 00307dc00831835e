"""Large streams parked on disk while a bundle is assembled, so memory stays flat whatever the
bundle's size.

pypdf's writer holds every object it will write in memory; a bundle of 500 photos would hold
gigabytes. After each page is added, its large streams (photos, scans, big content streams) are
copied to one spill file and their objects turned into `_Spilled…` streams that read their bytes
back only when asked (pypdf merging a stamp reads a content stream) and copy them to the output in
chunks when the PDF is written. Only pypdf's documented behaviour of a stream — `_data`,
`get_data`, `write_to_stream` — is relied on.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from pypdf.generic import (
    DecodedStreamObject,
    DictionaryObject,
    EncodedStreamObject,
    NameObject,
    NumberObject,
    StreamObject,
)

from casefile.errors import CancelledError

THRESHOLD = 128 * 1024  # smaller streams stay in memory while pages are assembled and stamped
SETTLED_THRESHOLD = 2 * 1024  # pages whose content is not read again: park nearly all
CHUNK = 1024 * 1024


class StreamSpill:
    def __init__(
        self,
        path: Path,
        written: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        self.path = path
        self._out: BinaryIO = path.open("w+b")
        self._written = written
        self._cancelled = cancelled
        self.spilled_bytes = 0

    def park_page(self, page: DictionaryObject, threshold: int = THRESHOLD) -> None:
        """Park the large streams a page uses: its contents and its images and forms (forms
        within forms too, walked with a list rather than by recursion: a hostile file may nest
        them thousands deep)."""
        seen: set[int] = set()
        contents = _resolved(page.get("/Contents"))
        for part in contents if isinstance(contents, list) else [contents]:
            part = _resolved(part)
            if isinstance(part, StreamObject):
                self._park(part, threshold)
        pending = [page.get("/Resources")]
        while pending:
            resources = _resolved(pending.pop())
            if not isinstance(resources, DictionaryObject):
                continue
            xobjects = _resolved(resources.get("/XObject"))
            if not isinstance(xobjects, DictionaryObject):
                continue
            for ref in xobjects.values():
                obj = _resolved(ref)
                if id(obj) in seen or not isinstance(obj, StreamObject):
                    continue
                seen.add(id(obj))
                if obj.get("/Subtype") == "/Form":
                    pending.append(obj.get("/Resources"))
                self._park(obj, threshold)

    def _park(self, stream: StreamObject, threshold: int = THRESHOLD) -> None:
        if isinstance(stream, _SpilledMixin) or type(stream) not in _SPILLED:
            return
        data = stream.__dict__.get("_data", b"")
        if len(data) < threshold:
            return
        offset = self._out.seek(0, 2)
        self._out.write(data)
        stream.__class__ = _SPILLED[type(stream)]
        stream.__dict__.pop("_data", None)
        if "decoded_self" in stream.__dict__:  # pypdf reads the attribute: keep it, empty
            stream.__dict__["decoded_self"] = None
        stream._spill = self  # type: ignore[attr-defined]
        stream._spill_at = (offset, len(data))  # type: ignore[attr-defined]
        self.spilled_bytes += len(data)

    def read(self, offset: int, length: int) -> bytes:
        self._out.flush()
        with self.path.open("rb") as handle:
            handle.seek(offset)
            return handle.read(length)

    def copy_to(self, stream: Any, offset: int, length: int) -> None:
        self._out.flush()
        with self.path.open("rb") as handle:
            handle.seek(offset)
            left = length
            while left:
                if self._cancelled and self._cancelled():
                    raise CancelledError()
                chunk = handle.read(min(CHUNK, left))
                if not chunk:
                    raise OSError(f"the spill file {self.path} ended early")
                stream.write(chunk)
                left -= len(chunk)
                if self._written:
                    self._written(len(chunk))

    def close(self) -> None:
        self._out.close()
        self.path.unlink(missing_ok=True)


class _SpilledMixin:
    """Bytes on disk until asked for; a new value set by pypdf is held in memory again."""

    _spill: StreamSpill
    _spill_at: tuple[int, int]

    @property
    def _data(self) -> bytes:
        held: bytes | None = self.__dict__.get("_held")
        if held is not None:
            return held
        return self._spill.read(*self._spill_at)

    @_data.setter
    def _data(self, value: bytes) -> None:
        self.__dict__["_held"] = value

    def write_to_stream(self, stream: Any, *args: Any, **kwargs: Any) -> None:
        if self.__dict__.get("_held") is not None:
            super().write_to_stream(stream, *args, **kwargs)  # type: ignore[misc]
            return
        offset, length = self._spill_at
        self[NameObject("/Length")] = NumberObject(length)  # type: ignore[index]
        DictionaryObject.write_to_stream(self, stream)  # type: ignore[arg-type]
        del self["/Length"]  # type: ignore[attr-defined]
        stream.write(b"\nstream\n")
        self._spill.copy_to(stream, offset, length)
        stream.write(b"\nendstream")


class _SpilledEncoded(_SpilledMixin, EncodedStreamObject):
    pass


class _SpilledDecoded(_SpilledMixin, DecodedStreamObject):
    pass


_SPILLED: dict[type, type] = {
    EncodedStreamObject: _SpilledEncoded,
    DecodedStreamObject: _SpilledDecoded,
}


def _resolved(obj: Any) -> Any:
    return obj.get_object() if obj is not None and hasattr(obj, "get_object") else obj

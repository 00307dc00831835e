"""Passphrase encryption of a whole case package (export/package.py), streamed in chunks.

The file is a header and a run of AES-256-GCM chunks (the STREAM construction of Hoang,
Reyhanitabar, Rogaway and Vizár): each chunk's nonce is a random prefix, its number and a flag
marking the last chunk, and every chunk authenticates the header as associated data. So a changed
byte, a reordered or dropped chunk, a cut-off file and data after the end are all refused, and a
package of many gigabytes is never held in memory. The key comes from the passphrase by scrypt
(memory-hard), with a random salt; its parameters are in the header so a later Casefile may raise
them and still read old packages. What is encrypted is the whole zip, names included.

Header (all integers big-endian):
    magic "CFPKGENC" | version u8 (1) | kdf u8 (1 = scrypt) | log2 N u8 | r u8 | p u8 |
    salt 16 bytes | nonce prefix 7 bytes | chunk size u32
"""

from __future__ import annotations

import io
import os
import struct
from typing import Any, BinaryIO

from casefile.errors import CasefileError
from casefile.words import N_

MAGIC = b"CFPKGENC"
VERSION = 1
KDF_SCRYPT = 1
LOG2_N = 17  # 2**17 × 128 × r = 128 MiB of memory per guess
SCRYPT_R = 8
SCRYPT_P = 1
MAX_LOG2_N = 22  # a hostile header cannot make us allocate more than 4 GiB × r
CHUNK = 1024 * 1024
MIN_PASSPHRASE = 8  # characters: a shorter one falls to guessing even through scrypt
MAX_CHUNK = 16 * 1024 * 1024
TAG = 16
_HEAD = struct.Struct(">8sBBBBB16s7sI")
HEADER_SIZE = _HEAD.size


class PackageDecryptError(CasefileError):
    """The passphrase is wrong or the encrypted package was changed or cut short."""


def is_encrypted(head: bytes) -> bool:
    return head.startswith(MAGIC)


def _key(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    kdf = Scrypt(salt=salt, length=32, n=2**log2_n, r=r, p=p)
    return kdf.derive(passphrase.encode("utf-8"))


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + struct.pack(">I", counter) + (b"\x01" if last else b"\x00")


class EncryptingWriter:
    """A write-only, unseekable file: what is written goes out encrypted in chunks (zipfile
    writes a stream to it, with data descriptors). `close()` writes the last chunk."""

    def __init__(self, out: BinaryIO, passphrase: str, *, log2_n: int = LOG2_N) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        if len(passphrase) < MIN_PASSPHRASE:
            raise CasefileError(
                N_("a passphrase needs at least {least} characters"),
                least=MIN_PASSPHRASE,
            )
        salt = os.urandom(16)
        self._prefix = os.urandom(7)
        self._header = _HEAD.pack(
            MAGIC, VERSION, KDF_SCRYPT, log2_n, SCRYPT_R, SCRYPT_P, salt, self._prefix, CHUNK
        )
        self._aead = AESGCM(_key(passphrase, salt, log2_n, SCRYPT_R, SCRYPT_P))
        self._out = out
        self._buffer = bytearray()
        self._counter = 0
        self._position = 0
        self.closed = False
        out.write(self._header)

    def write(self, data: bytes) -> int:
        self._buffer += data
        self._position += len(data)
        # A chunk goes out only once more follows: the last one must carry the last flag.
        while len(self._buffer) > CHUNK:
            self._emit(bytes(self._buffer[:CHUNK]), last=False)
            del self._buffer[:CHUNK]
        return len(data)

    def tell(self) -> int:
        return self._position

    def seekable(self) -> bool:
        return False

    def flush(self) -> None:
        self._out.flush()

    def _emit(self, plain: bytes, last: bool) -> None:
        nonce = _nonce(self._prefix, self._counter, last)
        self._out.write(self._aead.encrypt(nonce, plain, self._header))
        self._counter += 1

    def close(self) -> None:
        if not self.closed:
            self._emit(bytes(self._buffer), last=True)
            self._buffer.clear()
            self._out.flush()
            self.closed = True


def _opens(aead: object, nonce: bytes, data: bytes, header: bytes) -> bool:
    """Whether a chunk opens with this nonce."""
    from cryptography.exceptions import InvalidTag

    try:
        aead.decrypt(nonce, data, header)  # type: ignore[attr-defined]
    except InvalidTag:
        return False
    return True


class DecryptingReader(io.RawIOBase):
    """The plain zip of an encrypted package, read in place: seekable (zipfile needs it), each
    chunk decrypted and checked when read, so no plain copy is ever written to disk.

    Opening checks the passphrase (the first chunk) and that the file ends where it should (the
    last chunk must carry the last flag: a file cut at a chunk's end is refused, as is one with
    chunks added). A chunk changed or moved is refused when it is read: every read of the
    package goes through here, so nothing of a changed package is used."""

    def __init__(self, source: BinaryIO, passphrase: str, limit: int) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        super().__init__()
        header = source.read(HEADER_SIZE)
        if len(header) < HEADER_SIZE or not header.startswith(MAGIC):
            raise PackageDecryptError(
                N_("this is not an encrypted case package (or it is cut short)")
            )
        _magic, version, kdf, log2_n, r, p, salt, prefix, chunk = _HEAD.unpack(header)
        if version != VERSION or kdf != KDF_SCRYPT:
            raise PackageDecryptError(
                N_(
                    "the package is encrypted in a newer way (version {version}); install the "
                    "newer Casefile to open it"
                ),
                version=version,
            )
        if not (
            10 <= log2_n <= MAX_LOG2_N and 1 <= r <= 32 and 1 <= p <= 16 and 0 < chunk <= MAX_CHUNK
        ):
            raise PackageDecryptError(N_("the package's encryption header is damaged"))
        self._source = source
        self._header = header
        self._prefix = prefix
        self._chunk = chunk
        self._aead = AESGCM(_key(passphrase, salt, log2_n, r, p))
        body = source.seek(0, os.SEEK_END) - HEADER_SIZE
        full = chunk + TAG
        self._chunks = max(1, -(-body // full))
        last_size = body - (self._chunks - 1) * full
        if last_size < TAG:
            raise PackageDecryptError(
                N_("the package was changed or cut short: its encrypted data do not check out")
            )
        self.size: int = (self._chunks - 1) * chunk + last_size - TAG
        if self.size > limit:
            raise PackageDecryptError(N_("the package is larger than a case package may be"))
        self._cached: tuple[int, bytes] | None = None
        self._position = 0
        first = self._raw(0)
        if not (
            _opens(self._aead, self._nonce(0), first, header)
            or _opens(self._aead, _nonce(prefix, 0, self._chunks != 1), first, header)
        ):
            raise PackageDecryptError(
                N_("wrong passphrase, or the package was changed (it cannot be decrypted)")
            )
        self._plain(self._chunks - 1)  # the end is where it should be

    def _nonce(self, index: int) -> bytes:
        return _nonce(self._prefix, index, index == self._chunks - 1)

    def _raw(self, index: int) -> bytes:
        self._source.seek(HEADER_SIZE + index * (self._chunk + TAG))
        return self._source.read(self._chunk + TAG)

    def _plain(self, index: int) -> bytes:
        from cryptography.exceptions import InvalidTag

        if self._cached is not None and self._cached[0] == index:
            return self._cached[1]
        try:
            plain = self._aead.decrypt(self._nonce(index), self._raw(index), self._header)
        except InvalidTag:
            raise PackageDecryptError(
                N_("the package was changed or cut short: its encrypted data do not check out")
            ) from None
        self._cached = (index, plain)
        return plain

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._position, os.SEEK_END: self.size}[whence]
        self._position = max(0, base + offset)
        return self._position

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        done = 0
        while done < len(view) and self._position < self.size:
            index, offset = divmod(self._position, self._chunk)
            plain = self._plain(index)
            piece = plain[offset : offset + len(view) - done]
            if not piece:
                break
            view[done : done + len(piece)] = piece
            done += len(piece)
            self._position += len(piece)
        return done


def decrypt(source: BinaryIO, out: BinaryIO, passphrase: str, limit: int) -> int:
    """Decrypt all of `source` into `out`; the plain size, or PackageDecryptError."""
    reader = DecryptingReader(source, passphrase, limit)
    while chunk := reader.read(CHUNK):
        out.write(chunk)
    return reader.size

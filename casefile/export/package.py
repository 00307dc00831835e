"""Portable case packages: one case, its evidence files and audit trail in one file that can be
carried to a laptop without a network and merged into another archive (services/case_package.py).

A package is a zip (stored, or deflated for the JSON) of exactly these members:

    manifest.json      written last: format, format_version, casefile_version, source_archive,
                       case_reference, exported_at, and for every other member its sha256 and size
    case.json          the case and every record hanging off it (services/case_package.py)
    audit.json         the audit trail of the case and of the shared records linked to it
    evidence/<sha256>  each evidence file once, named by its SHA-256

With a passphrase the whole zip is encrypted (export/package_crypto.py), names included.

Reading trusts nothing in the file: member names are checked before anything is read (no
`..`, no absolute or drive paths, no links, no duplicates, nothing the manifest does not list),
members are read by the manifest's names only and never extracted by name onto the disk, sizes
are counted while reading (the zip's headers may lie) against the manifest, a per-member and a
total cap and a compression-ratio cap (zip bombs), and every member's hash is checked.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
import stat
import tempfile
import zipfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, BinaryIO

from casefile import __version__
from casefile.errors import CancelledError, CasefileError
from casefile.export import package_crypto
from casefile.words import N_, Phrase

FORMAT = "casefile-case-package"
FORMAT_VERSION = 1
SUFFIX = ".casepkg"
MANIFEST = "manifest.json"
CASE = "case.json"
AUDIT = "audit.json"
EVIDENCE = "evidence/"
_EVIDENCE_NAME = re.compile(r"evidence/[0-9a-f]{64}")

MAX_JSON = 256 * 1024**2  # case.json, audit.json
MAX_MANIFEST = 64 * 1024**2
MAX_MEMBER = 2 * 1024**3  # as store/files.MAX_FILE_SIZE: no larger evidence file exists
MAX_TOTAL = 64 * 1024**3
MAX_MEMBERS = 200_000
MAX_RATIO = 200  # uncompressed / compressed, checked once a member passes RATIO_FROM bytes
RATIO_FROM = 8 * 1024**2
CHUNK = 1024 * 1024

Progress = Callable[[int, int], None]  # (bytes done, bytes total)
Cancelled = Callable[[], bool]


class PackageError(CasefileError):
    """A case package is refused: unsafe, damaged, or of a format this Casefile cannot read.
    Nothing was written to the archive."""

    def __init__(self, path: object, reason: str, /, **values: object) -> None:
        self.phrase = Phrase(reason, values)
        super().__init__(
            N_("{path}: {reason}; nothing was imported"), path=path, reason=self.phrase
        )
        self.path = path
        self.reason = str(self.phrase)


class PassphraseNeededError(PackageError):
    """The package is encrypted and no passphrase was given."""

    def __init__(self, path: object) -> None:
        super().__init__(path, N_("the package is encrypted: give its passphrase"))


@dataclass(frozen=True, slots=True)
class EvidenceSource:
    sha256: str
    size: int
    path: Path  # the stored file in the archive


def write_package(
    out: Path,
    header: Mapping[str, Any],
    case: Mapping[str, Any],
    audit: list[dict[str, Any]],
    evidence: list[EvidenceSource],
    passphrase: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> dict[str, Any]:
    """Write the package to `out` (through a temporary file beside it, renamed once whole);
    the manifest written. Each evidence file is hashed again as it is copied: a stored file
    changed on disk is refused rather than carried on."""
    members: dict[str, dict[str, Any]] = {}
    total = sum(e.size for e in evidence)
    done = 0
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".partial")
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as raw:
            sink: IO[bytes] = raw
            writer = None
            if passphrase:
                writer = package_crypto.EncryptingWriter(raw, passphrase)
                sink = writer  # type: ignore[assignment]
            with zipfile.ZipFile(sink, "w", allowZip64=True) as zf:
                for name, value in ((CASE, case), (AUDIT, audit)):
                    data = json.dumps(value, ensure_ascii=False, sort_keys=True).encode()
                    zf.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
                    members[name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                for item in evidence:
                    name = EVIDENCE + item.sha256
                    digest = hashlib.sha256()
                    size = 0
                    # Stored, not deflated: evidence is mostly photos and PDFs, compressed already.
                    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                    with item.path.open("rb") as src, zf.open(info, "w", force_zip64=True) as dst:
                        while chunk := src.read(CHUNK):
                            if cancelled and cancelled():
                                raise CancelledError()
                            digest.update(chunk)
                            dst.write(chunk)
                            size += len(chunk)
                            done += len(chunk)
                            if progress:
                                progress(done, total)
                    if digest.hexdigest() != item.sha256:
                        raise CasefileError(
                            N_(
                                "the stored evidence file {file}… no longer matches its hash "
                                "(`casefile check` names it); no package was written"
                            ),
                            file=item.sha256[:12],
                        )
                    members[name] = {"sha256": item.sha256, "size": size}
                manifest = {
                    **header,
                    "format": FORMAT,
                    "format_version": FORMAT_VERSION,
                    "casefile_version": __version__,
                    "encrypted": bool(passphrase),
                    "members": members,
                }
                data = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode()
                zf.writestr(MANIFEST, data, compress_type=zipfile.ZIP_DEFLATED)
            if writer is not None:
                writer.close()
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(temp, out)
    finally:
        temp.unlink(missing_ok=True)
    return manifest


def _unsafe(name: str) -> Phrase | None:
    """Why a member name may not be read, if it may not."""
    if name.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", name):
        return Phrase(N_("a member has an absolute path ({name!r})"), {"name": name[:60]})
    parts = re.split(r"[\\/]", name)
    if ".." in parts:
        return Phrase(
            N_("a member's path leads out of the package ({name!r})"), {"name": name[:60]}
        )
    if "\\" in name or "\x00" in name:
        return Phrase(N_("a member has a malformed name ({name!r})"), {"name": name[:60]})
    return None


class PackageReader:
    """An opened package, checked member by member as it is read. Use as a context manager.
    An encrypted one is decrypted as it is read (package_crypto.DecryptingReader): no plain
    copy of it is written anywhere."""

    def __init__(self, path: Path, passphrase: str | None = None) -> None:
        self.path = path
        self._stack = contextlib.ExitStack()
        try:
            self._open(passphrase)
        except BaseException:
            self._stack.close()
            raise

    def _refuse(self, reason: str, /, **values: object) -> PackageError:
        return PackageError(self.path, reason, **values)

    def _open(self, passphrase: str | None) -> None:
        try:
            source: BinaryIO = self._stack.enter_context(self.path.open("rb"))
        except OSError as exc:
            raise self._refuse(
                N_("cannot be read ({problem})"), problem=exc.strerror or exc
            ) from None
        head = source.read(len(package_crypto.MAGIC))
        source.seek(0)
        self.encrypted = package_crypto.is_encrypted(head)
        if self.encrypted:
            if not passphrase:
                raise PassphraseNeededError(self.path)
            try:
                plain = package_crypto.DecryptingReader(source, passphrase, MAX_TOTAL)
            except package_crypto.PackageDecryptError as exc:
                raise self._refuse(exc.template, **exc.values) from None
            source = plain  # type: ignore[assignment]
        try:
            self.zip = self._stack.enter_context(zipfile.ZipFile(source))
        except package_crypto.PackageDecryptError as exc:
            raise self._refuse(exc.template, **exc.values) from None
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise self._refuse(
                N_("not a case package, or damaged or cut short ({problem})"), problem=exc
            ) from None
        self._check_names()
        self.manifest = self._manifest()

    def _check_names(self) -> None:
        infos = self.zip.infolist()
        if len(infos) > MAX_MEMBERS:
            raise self._refuse(N_("it has more than {most:,} members"), most=MAX_MEMBERS)
        seen: set[str] = set()
        for info in infos:
            unsafe = _unsafe(info.filename)
            if unsafe:
                raise self._refuse(unsafe.template, **unsafe.values)
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                raise self._refuse(N_("a member is a link ({name!r})"), name=info.filename[:60])
            if info.filename in seen:
                raise self._refuse(N_("two members are named {name!r}"), name=info.filename[:60])
            if info.is_dir():
                raise self._refuse(N_("a member is a folder ({name!r})"), name=info.filename[:60])
            seen.add(info.filename)
        self._infos = {info.filename: info for info in infos}

    def _manifest(self) -> dict[str, Any]:
        if MANIFEST not in self._infos:
            raise self._refuse(N_("it has no manifest; not a case package"))
        data = self._read(MANIFEST, MAX_MANIFEST)
        try:
            manifest = json.loads(data)
        except (ValueError, UnicodeDecodeError):
            raise self._refuse(N_("its manifest cannot be read")) from None
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise self._refuse(N_("not a Casefile case package"))
        version = manifest.get("format_version")
        if not isinstance(version, int) or version < 1:
            raise self._refuse(N_("its manifest names no format version"))
        if version > FORMAT_VERSION:
            raise self._refuse(
                N_(
                    "it was written by a newer Casefile (package format {version}, this Casefile "
                    "reads up to {newest}); install the newer version"
                ),
                version=version,
                newest=FORMAT_VERSION,
            )
        members = manifest.get("members")
        if not isinstance(members, dict):
            raise self._refuse(N_("its manifest lists no members"))
        total = 0
        for name, entry in members.items():
            if not (name in (CASE, AUDIT) or _EVIDENCE_NAME.fullmatch(name)):
                raise self._refuse(
                    N_("its manifest lists an unexpected member ({name!r})"), name=name[:60]
                )
            size = entry.get("size") if isinstance(entry, dict) else None
            sha = entry.get("sha256") if isinstance(entry, dict) else None
            if not isinstance(size, int) or not isinstance(sha, str) or size < 0:
                raise self._refuse(
                    N_("its manifest's entry for {name!r} is damaged"), name=name[:60]
                )
            if name.startswith(EVIDENCE) and sha != name[len(EVIDENCE) :]:
                raise self._refuse(N_("{name!r} is not named by its hash"), name=name[:60])
            limit = MAX_MEMBER if name.startswith(EVIDENCE) else MAX_JSON
            if size > limit:
                raise self._refuse(
                    N_("{name!r} is larger than a package member may be"), name=name[:60]
                )
            total += size
            if name not in self._infos:
                raise self._refuse(
                    N_("{name!r} is listed in its manifest but missing"), name=name[:60]
                )
        if total > MAX_TOTAL:
            raise self._refuse(N_("it is larger than a case package may be"))
        for name in self._infos:
            if name != MANIFEST and name not in members:
                raise self._refuse(
                    N_("it holds a member its manifest does not list ({name!r})"), name=name[:60]
                )
        self.members: dict[str, dict[str, Any]] = members
        return manifest

    @contextlib.contextmanager
    def _stream(self, name: str, limit: int) -> Iterator[Iterator[bytes]]:
        """The member's bytes in chunks, counted as read: never more than `limit`, nor more than
        the ratio cap times its compressed size."""
        info = self._infos[name]

        def chunks(handle: IO[bytes]) -> Iterator[bytes]:
            read = 0
            while chunk := handle.read(CHUNK):
                read += len(chunk)
                if read > limit:
                    raise self._refuse(
                        N_("{name!r} is larger than its manifest says"), name=name[:60]
                    )
                if read > RATIO_FROM and read > MAX_RATIO * max(info.compress_size, 1):
                    raise self._refuse(N_("{name!r} expands too far (a zip bomb?)"), name=name[:60])
                yield chunk

        try:
            with self.zip.open(info) as handle:
                yield chunks(handle)
        except package_crypto.PackageDecryptError as exc:
            raise self._refuse(exc.template, **exc.values) from None
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as exc:
            raise self._refuse(
                N_("{name!r} is damaged ({problem})"), name=name[:60], problem=exc
            ) from None
        except NotImplementedError as exc:  # an unknown compression method
            raise self._refuse(
                N_("{name!r} cannot be read ({problem})"), name=name[:60], problem=exc
            ) from None
        except RuntimeError as exc:  # a member encrypted with a zip password
            raise self._refuse(
                N_("{name!r} cannot be read ({problem})"), name=name[:60], problem=exc
            ) from None

    def _read(self, name: str, limit: int) -> bytes:
        out = io.BytesIO()
        with self._stream(name, limit) as chunks:
            for chunk in chunks:
                out.write(chunk)
        return out.getvalue()

    def _checked(self, name: str, digest: str, size: int) -> None:
        entry = self.members[name]
        if size != entry["size"] or digest != entry["sha256"]:
            raise self._refuse(
                N_("{name!r} does not match its hash in the manifest"), name=name[:60]
            )

    def read_json(self, name: str) -> Any:
        """case.json or audit.json, hash checked."""
        data = self._read(name, self.members[name]["size"])
        self._checked(name, hashlib.sha256(data).hexdigest(), len(data))
        try:
            return json.loads(data)
        except (ValueError, UnicodeDecodeError):
            raise self._refuse(N_("{name} cannot be read"), name=name) from None

    def evidence(self) -> list[tuple[str, int]]:
        """The evidence files listed: (sha256, size)."""
        return [
            (name[len(EVIDENCE) :], entry["size"])
            for name, entry in self.members.items()
            if name.startswith(EVIDENCE)
        ]

    def copy_evidence(
        self, sha256: str, out: BinaryIO, step: Callable[[int], None] | None = None
    ) -> None:
        """Write one evidence file to `out`, its hash checked (the caller discards `out` if it
        raises)."""
        name = EVIDENCE + sha256
        if name not in self.members:
            raise self._refuse(
                N_("the evidence file {file}… is not in the package"), file=sha256[:12]
            )
        digest = hashlib.sha256()
        size = 0
        with self._stream(name, self.members[name]["size"]) as chunks:
            for chunk in chunks:
                digest.update(chunk)
                out.write(chunk)
                size += len(chunk)
                if step:
                    step(len(chunk))
        self._checked(name, digest.hexdigest(), size)

    def close(self) -> None:
        self._stack.close()

    def __enter__(self) -> PackageReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

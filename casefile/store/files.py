"""The evidence file store: files copied in once, named by SHA-256, never modified.

A file is hashed while it is copied into `evidence/.incoming/`, flushed to disk, then renamed
into `evidence/ab/abcdef…`. A crash or a Cancel leaves at most a temporary file, which the next
open of the archive removes; the user's original is only ever opened for reading.

Between that rename and the commit that records the exhibit, the stored file is used by no
exhibit. A `Hold` (a locked marker file in `.incoming` listing the SHA-256s a process is adding)
says so. A hold whose process died, or a `request_sweep()` by an intake whose clean-up failed,
makes the next open of the archive remove the stored files no exhibit uses (`Archive.open`,
and `casefile check` always), but never one that a live process holds.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from casefile import owners
from casefile.errors import CancelledError, EvidenceFileError
from casefile.words import N_

CHUNK_SIZE = 1024 * 1024
MAX_FILE_SIZE = 2 * 1024**3  # 2 GiB: larger files are refused with a clear message
INCOMING = ".incoming"
HOLD = "held"  # prefix of the marker files of `Hold`
SWEEP = "sweep-needed"  # in .incoming: the store may hold files no exhibit uses
_HEX = frozenset("0123456789abcdef")

ProgressCallback = Callable[[int, int], None]  # (bytes done, bytes total)
CancelCheck = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class StoredFile:
    sha256: str
    size: int
    already_present: bool  # the same content was in the archive before


class Hold:
    """The stored files this process is adding and has not recorded yet (see the module's
    docstring). A marker file `.incoming/held-PID-…`, one SHA-256 a line, kept open and locked
    while the hold lasts; `release()` it once the exhibit is committed or the intake given up."""

    def __init__(self, incoming: Path) -> None:
        incoming.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=incoming, prefix=f"{HOLD}-{os.getpid()}-")
        self.path = Path(name)
        owners.lock(fd)  # alive while locked, whatever process ids another program sees
        self._file = os.fdopen(fd, "w", encoding="ascii")
        _fsync_dir(incoming)  # after a power cut, the dead hold still asks for a sweep

    def add(self, sha256: str) -> None:
        self._file.write(sha256 + "\n")
        self._file.flush()  # seen by every other program before the file enters the store

    def release(self) -> None:
        if not self._file.closed:
            self._file.close()
        # Windows: another program may be reading the marker this very moment (an open file
        # cannot be deleted there). The work it guarded is done (recorded, or given up) and must
        # not be reported as failed; the marker, now unlocked, only makes a later open look for
        # unreferenced files, which is safe.
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)

    def __enter__(self) -> Hold:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def sha256_of(path: Path, progress: ProgressCallback | None = None) -> str:
    digest = hashlib.sha256()
    total = path.stat().st_size
    done = 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK_SIZE):
            digest.update(chunk)
            done += len(chunk)
            if progress:
                progress(done, total)
    return digest.hexdigest()


class EvidenceStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.incoming = root / INCOMING

    def prepare(self) -> None:
        """Create the folders and drop temporary files left by interrupted copies.

        Another program may be copying into this archive right now (the app while the command
        line opens the archive): a temporary file is named after the process writing it and
        only removed once that process is gone. What cannot be removed is left for next time.
        """
        self.incoming.mkdir(parents=True, exist_ok=True)
        for leftover in self.incoming.iterdir():
            if leftover.name == SWEEP or _writer_alive(leftover.name) or _hold_alive(leftover):
                continue
            try:
                if leftover.is_dir() and not leftover.is_symlink():
                    shutil.rmtree(leftover)
                else:
                    leftover.chmod(0o644)  # a read-only file cannot be unlinked on Windows
                    leftover.unlink(missing_ok=True)
            except OSError:
                continue  # still open elsewhere (Windows) or not ours to remove: harmless

    def hold(self) -> Hold:
        return Hold(self.incoming)

    def needs_sweep(self) -> bool:
        """Whether files no exhibit uses may be in the store: an intake asked for a sweep, or
        one died holding files (its hold is left). Checked before `prepare` drops dead holds."""
        if not self.incoming.is_dir():
            return False
        if (self.incoming / SWEEP).exists():
            return True
        return any(
            not (_writer_alive(m.name) or _hold_alive(m)) for m in self.incoming.glob(f"{HOLD}-*")
        )

    def request_sweep(self) -> None:
        """Ask the next open of the archive to remove the stored files no exhibit uses."""
        try:
            self.incoming.mkdir(parents=True, exist_ok=True)
            (self.incoming / SWEEP).touch()
        except OSError:
            pass  # `casefile check` sweeps anyway

    def swept(self) -> None:
        (self.incoming / SWEEP).unlink(missing_ok=True)

    def stored_names(self) -> set[str]:
        """The SHA-256 names of the files in the store, listed fast (an archive may hold 100,000
        files); files not named as the store names them (a Thumbs.db) are left out, and alone."""
        found: set[str] = set()
        with os.scandir(self.root) as folders:
            for folder in folders:
                if len(folder.name) != 2 or not folder.is_dir(follow_symlinks=False):
                    continue
                with os.scandir(folder.path) as entries:
                    for entry in entries:
                        name = entry.name
                        if len(name) == 64 and name[:2] == folder.name and _HEX.issuperset(name):
                            found.add(name)
        return found

    def held(self, *, besides: Hold | None = None) -> set[str]:
        """The SHA-256s that live processes (this one too) are adding right now, except those of
        `besides`. Read after listing the store: a file enters the store only once held."""
        found: set[str] = set()
        for marker in self.incoming.glob(f"{HOLD}-*"):
            if besides is not None and marker == besides.path:
                continue
            try:
                listed = marker.read_text(encoding="ascii").split()
            except (OSError, UnicodeDecodeError):
                continue  # gone meanwhile: released
            if _writer_alive(marker.name) or _hold_alive(marker):
                found.update(listed)
        return found

    def path_of(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def is_stored_name(self, path: Path) -> bool:
        """Whether `path` is named as the store names files (not, say, a Thumbs.db)."""
        name = path.name
        return len(name) == 64 and _HEX.issuperset(name) and path.parent.name == name[:2]

    def contains(self, sha256: str) -> bool:
        return self.path_of(sha256).is_file()

    def iter_stored(self) -> Iterator[Path]:
        for folder in sorted(self.root.iterdir()):
            if folder.is_dir() and folder.name != INCOMING:
                yield from sorted(folder.iterdir())

    def check_source(self, source: Path) -> int:
        """The size of a file that may be taken in, or a clear reason why not."""
        try:
            info = source.stat()
        except FileNotFoundError:
            raise EvidenceFileError(source, N_("no such file")) from None
        except OSError as exc:
            raise EvidenceFileError(
                source, N_("cannot be read ({problem})"), problem=exc.strerror
            ) from None
        if not stat.S_ISREG(info.st_mode):
            raise EvidenceFileError(source, N_("is not a regular file"))
        if info.st_size == 0:
            raise EvidenceFileError(source, N_("is empty"))
        if info.st_size > MAX_FILE_SIZE:
            raise EvidenceFileError(
                source,
                N_(
                    "is {size} ({bytes:,} bytes); files over {most} cannot be taken "
                    "in (split the file or keep it outside the archive and record its hash)"
                ),
                size=size_text(info.st_size),
                bytes=info.st_size,
                most=size_text(MAX_FILE_SIZE),
            )
        return info.st_size

    def ingest(
        self,
        source: Path,
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
        hold: Hold | None = None,
    ) -> StoredFile:
        """Copy `source` in while hashing it; content already stored is recognised, not copied.
        With `hold`, the file is held (kept, though unrecorded) until the hold is released."""
        total = self.check_source(source)
        self.incoming.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        fd, temp_name = tempfile.mkstemp(dir=self.incoming, prefix=f"copy-{os.getpid()}-")
        temp = Path(temp_name)
        try:
            done = 0
            with os.fdopen(fd, "wb") as out, source.open("rb") as src:
                while chunk := src.read(CHUNK_SIZE):
                    if cancelled and cancelled():
                        raise CancelledError()
                    digest.update(chunk)
                    out.write(chunk)
                    done += len(chunk)
                    if progress:
                        progress(done, total)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            if hold is not None:
                hold.add(sha)
            target = self.path_of(sha)
            if target.is_file():
                temp.unlink()
                return StoredFile(sha, done, already_present=True)
            target.parent.mkdir(exist_ok=True)
            os.replace(temp, target)
            # Read-only only once in place: a read-only leftover in .incoming could not be
            # removed on Windows.
            os.chmod(target, 0o444)  # stored evidence is never modified
            _fsync_dir(target.parent)
            return StoredFile(sha, done, already_present=False)
        except OSError as exc:
            raise EvidenceFileError(
                source, N_("could not be copied in ({problem})"), problem=exc.strerror or exc
            ) from None
        finally:
            temp.unlink(missing_ok=True)

    def temp_file(self, what: str) -> tuple[int, Path]:
        """A new temporary file in `.incoming`, named after this process (so a crash leaves
        nothing the next open does not remove): its descriptor and path."""
        self.incoming.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=self.incoming, prefix=f"copy-{os.getpid()}-{what}-")
        return fd, Path(name)

    def adopt(self, temp: Path, sha256: str, size: int, hold: Hold | None = None) -> StoredFile:
        """Move into the store a file of `temp_file` that the caller wrote, flushed to disk and
        hashed as `sha256` while writing it (a case package's evidence, checked against its
        manifest): the store's name without copying it a second time. Held like `ingest`."""
        if hold is not None:
            hold.add(sha256)
        target = self.path_of(sha256)
        if target.is_file():
            temp.unlink()
            return StoredFile(sha256, size, already_present=True)
        target.parent.mkdir(exist_ok=True)
        os.replace(temp, target)
        os.chmod(target, 0o444)  # stored evidence is never modified
        _fsync_dir(target.parent)
        return StoredFile(sha256, size, already_present=False)


def _writer_alive(temp_name: str) -> bool:
    """Whether the process that named this file ("copy-PID-…", "held-PID-…") is still running."""
    pid = owners.pid_in_name(temp_name, "copy") or owners.pid_in_name(temp_name, HOLD)
    if pid is None or temp_name.count("-") < 2:
        return False
    if pid == os.getpid():
        return True
    if os.name == "nt":
        return False  # an open file refuses deletion on Windows, which protects it anyway
    return owners.pid_alive(pid)


def _hold_alive(marker: Path) -> bool:
    """Whether the `Hold` of this marker is still held by a live process."""
    return marker.name.startswith(f"{HOLD}-") and marker.is_file() and owners.locked(marker)


def size_text(n: int) -> str:
    for unit, factor in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if n >= factor:
            return f"{n / factor:.2f}".rstrip("0").rstrip(".") + f" {unit}"
    return f"{n} bytes"


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return  # directories cannot be opened for fsync on Windows
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

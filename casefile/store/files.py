"""The evidence file store: files copied in once, named by SHA-256, never modified.

A file is hashed while it is copied into `evidence/.incoming/`, flushed to disk, then renamed
into `evidence/ab/abcdef…`. A crash or a Cancel leaves at most a temporary file, which the next
open of the archive removes; the user's original is only ever opened for reading.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from casefile.errors import CancelledError, EvidenceFileError

CHUNK_SIZE = 1024 * 1024
MAX_FILE_SIZE = 2 * 1024**3  # 2 GiB: larger files are refused with a clear message
INCOMING = ".incoming"

ProgressCallback = Callable[[int, int], None]  # (bytes done, bytes total)
CancelCheck = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class StoredFile:
    sha256: str
    size: int
    already_present: bool  # the same content was in the archive before


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
            if _writer_alive(leftover.name):
                continue
            try:
                if leftover.is_dir() and not leftover.is_symlink():
                    shutil.rmtree(leftover)
                else:
                    leftover.chmod(0o644)  # a read-only file cannot be unlinked on Windows
                    leftover.unlink(missing_ok=True)
            except OSError:
                continue  # still open elsewhere (Windows) or not ours to remove: harmless

    def path_of(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

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
            raise EvidenceFileError(source, "no such file") from None
        except OSError as exc:
            raise EvidenceFileError(source, f"cannot be read ({exc.strerror})") from None
        if not stat.S_ISREG(info.st_mode):
            raise EvidenceFileError(source, "is not a regular file")
        if info.st_size == 0:
            raise EvidenceFileError(source, "is empty")
        if info.st_size > MAX_FILE_SIZE:
            raise EvidenceFileError(
                source,
                f"is {_size(info.st_size)} ({info.st_size:,} bytes); files over "
                f"{_size(MAX_FILE_SIZE)} cannot be taken in "
                "(split the file or keep it outside the archive and record its hash)",
            )
        return info.st_size

    def ingest(
        self,
        source: Path,
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
    ) -> StoredFile:
        """Copy `source` in while hashing it; content already stored is recognised, not copied."""
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
                source, f"could not be copied in ({exc.strerror or exc})"
            ) from None
        finally:
            temp.unlink(missing_ok=True)


def _writer_alive(temp_name: str) -> bool:
    """Whether the process that named this temporary file ("copy-PID-…") is still running."""
    parts = temp_name.split("-")
    if len(parts) < 3 or parts[0] != "copy" or not parts[1].isdigit():
        return False
    pid = int(parts[1])
    if pid == os.getpid():
        return True
    if os.name == "nt":
        return False  # an open file refuses deletion on Windows, which protects it anyway
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, owned by someone else
    return True


def _size(n: int) -> str:
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

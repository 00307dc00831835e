"""Opening an exhibit's file for reading: a verified, read-only temporary copy with the file's
original name, in a folder of this session's own that is removed when the program ends.

The stored original (`evidence/ab/abcdef…`, named by its SHA-256) is never handed to another
program: a viewer that saves in place, or a user who renames or moves what a file manager shows,
would change the archive's evidence. The copy is hashed while it is written and compared with the
SHA-256 recorded at intake: a stored file that no longer matches is reported, never opened.

Copies go into `<temp>/casefile-open-…/<case> exhibit <n>/<original name>`, so a file manager
shows what a paralegal expects (the name the file had when it was taken in). A copy made earlier
in the session is reused while it still matches (a viewer may hold it open); one that no longer
does is replaced.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import col, select

from casefile.errors import CancelledError, EvidenceFileError
from casefile.services.base import get_row
from casefile.store.archive import Archive
from casefile.store.files import CHUNK_SIZE
from casefile.store.models import Case, EvidenceFile, EvidenceItem
from casefile.words import N_

PREFIX = "casefile-open-"
READ_ONLY = stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH
# Characters no file name may hold on Windows, macOS or Linux, and control characters.
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$", re.IGNORECASE)
MAX_NAME = 180  # characters: room for the folder within Windows' 260 of a path


@dataclass(frozen=True, slots=True)
class StoredEvidenceFile:
    """One file of an exhibit and where the archive keeps it. `path` is the stored original:
    read it, never hand it out (`temporary_copy` does that)."""

    file_id: int
    evidence_id: int
    exhibit_no: int
    case_reference: str
    original_name: str
    sha256: str
    size: int
    path: Path
    # another file of the same exhibit has the same name: its copy goes into a folder of its own
    name_shared: bool = False


def stored_file(archive: Archive, file_id: int) -> StoredEvidenceFile:
    """The file `file_id` of an exhibit (NotFoundError if there is none)."""
    with archive.reading() as session:
        row = get_row(session, EvidenceFile, file_id, N_("evidence file"))
        item = get_row(session, EvidenceItem, row.evidence_id, N_("evidence item"))
        case = get_row(session, Case, item.case_id, N_("case"))
        names = session.exec(
            select(EvidenceFile.original_name).where(col(EvidenceFile.evidence_id) == item.id)
        ).all()
        shared = sum(1 for n in names if n.casefold() == row.original_name.casefold()) > 1
        blob = archive.files.path_of(row.sha256)
        return StoredEvidenceFile(
            file_id=row.id or 0,
            evidence_id=item.id or 0,
            exhibit_no=item.exhibit_no,
            case_reference=case.reference,
            original_name=row.original_name,
            sha256=row.sha256,
            size=blob.stat().st_size if blob.is_file() else 0,
            path=blob,
            name_shared=shared,
        )


def safe_name(name: str, fallback: str = "file") -> str:
    """`name` as a file name every system accepts: no separators or reserved characters, not a
    reserved device name, no trailing dots or spaces, not too long (the extension kept)."""
    cleaned = _UNSAFE.sub("_", name).strip().rstrip(". ")
    if not cleaned or cleaned in (".", ".."):
        cleaned = fallback
    if _RESERVED.match(cleaned):
        cleaned = f"_{cleaned}"
    if len(cleaned) > MAX_NAME:
        stem, dot, ext = cleaned.rpartition(".")
        if dot and 0 < len(ext) <= 16 and stem:
            cleaned = f"{stem[: MAX_NAME - len(ext) - 1]}.{ext}"
        else:
            cleaned = cleaned[:MAX_NAME]
    return cleaned


# --- this session's folder ----------------------------------------------------------------------

_session: Path | None = None


def session_folder() -> Path:
    """This program's folder of temporary copies (made on first use, only its user may enter
    it); removed at exit by `remove_session_folder`."""
    global _session
    if _session is None or not _session.is_dir():
        _session = Path(tempfile.mkdtemp(prefix=PREFIX))
        atexit.register(remove_session_folder)
    return _session


def remove_session_folder() -> None:
    """Remove this session's copies (read-only files made writable first, as Windows needs).
    A copy a viewer still holds open on Windows stays behind in the system's temp folder."""
    global _session
    folder, _session = _session, None
    if folder is None or not folder.exists():
        return

    for child in folder.rglob("*"):
        with contextlib.suppress(OSError):
            os.chmod(child, stat.S_IRWXU)
    shutil.rmtree(folder, ignore_errors=True)


# --- copies -------------------------------------------------------------------------------------


def copy_path(stored: StoredEvidenceFile, folder: Path | None = None) -> Path:
    """Where the copy of `stored` goes in `folder` (default: this session's)."""
    base = folder if folder is not None else session_folder()
    exhibit = f"{stored.case_reference} exhibit {stored.exhibit_no}"
    if stored.name_shared:
        exhibit += f" ({stored.file_id})"
    return base / safe_name(exhibit, "exhibit") / safe_name(stored.original_name)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(CHUNK_SIZE):
            digest.update(chunk)
    return digest.hexdigest()


def temporary_copy(
    archive: Archive,
    file_id: int,
    folder: Path | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """A read-only copy of the exhibit file `file_id`, under its original name, checked against
    the SHA-256 recorded at intake (EvidenceFileError if the stored file is missing or no longer
    matches). Made in `folder` (default: this session's); a matching copy already there is
    reused."""
    stored = stored_file(archive, file_id)
    target = copy_path(stored, folder)
    if not stored.path.is_file():
        raise EvidenceFileError(
            stored.original_name,
            N_(
                "is missing from the archive (stored as {file}…); run `casefile check` on "
                "the archive"
            ),
            file=stored.sha256[:12],
        )
    if target.is_file():
        with contextlib.suppress(OSError):
            if _sha256(target) == stored.sha256:
                os.chmod(target, READ_ONLY)
                return target
        os.chmod(target, stat.S_IRUSR | stat.S_IWUSR)  # changed since: replaced
        target.unlink()
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(dir=target.parent, prefix=".copy-")
    temp = Path(temp_name)
    try:
        digest = hashlib.sha256()
        with os.fdopen(fd, "wb") as out, stored.path.open("rb") as src:
            while chunk := src.read(CHUNK_SIZE):
                if cancelled is not None and cancelled():
                    raise CancelledError()
                digest.update(chunk)
                out.write(chunk)
        if digest.hexdigest() != stored.sha256:
            raise EvidenceFileError(
                stored.original_name,
                N_(
                    "no longer matches the SHA-256 recorded when it was taken in ({file}…): it "
                    "was not opened; run `casefile check` on the archive"
                ),
                file=stored.sha256[:12],
            )
        os.chmod(temp, READ_ONLY)
        os.replace(temp, target)
    except OSError as exc:
        raise EvidenceFileError(
            stored.original_name,
            N_("could not be copied for reading ({problem})"),
            problem=exc.strerror or exc,
        ) from None
    finally:
        if temp.exists():
            with contextlib.suppress(OSError):
                os.chmod(temp, stat.S_IRUSR | stat.S_IWUSR)
                temp.unlink()
    return target


__all__ = [
    "StoredEvidenceFile",
    "copy_path",
    "remove_session_folder",
    "safe_name",
    "session_folder",
    "stored_file",
    "temporary_copy",
]

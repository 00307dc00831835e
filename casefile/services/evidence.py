"""Evidence intake: files hashed while copied into the archive, metadata, and chain of custody.

Files are copied before the database transaction (copying may take minutes); the transaction
then records the exhibit. A Cancel or an error removes what this intake copied in, so nothing
half-done stays. Until then the files are held (`files.Hold`): a crash in between, or a
clean-up that timed out on a busy archive, leaves unreferenced stored files, which the next
open of the archive removes (and `casefile check` reports), but another program never removes
the files of an intake still under way.
"""

from __future__ import annotations

import mimetypes
import os
import stat
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlmodel import Session

from casefile import clock, file_types
from casefile.domain import CustodyAction, EvidenceKind
from casefile.errors import (
    ArchiveError,
    CancelledError,
    EvidenceFileError,
    NotFoundError,
    ValidationError,
)
from casefile.services import validation as v
from casefile.services.base import apply, current_actor, get_row, load_case
from casefile.store import repositories
from casefile.store.archive import Archive
from casefile.store.files import Hold, StoredFile
from casefile.store.models import CustodyEvent, EvidenceFile, EvidenceItem, StoredBlob, utcnow
from casefile.store.rows import EvidenceRow
from casefile.words import N_, Phrase

Progress = Callable[[int, int], None]  # (bytes done, bytes total) over all files


@dataclass
class EvidenceDraft:
    kind: object = EvidenceKind.OTHER
    description: object = ""
    obtained_on: object = None
    obtained_by: object = ""
    source_url: object = ""
    notary_office: object = ""
    notary_certificate: object = ""
    internal: bool = False


@dataclass
class CustodyDraft:
    """The first link of an exhibit's chain of custody, recorded with the exhibit."""

    action: object = CustodyAction.RECEIVED
    occurred_at: object = None
    received_from: object = ""
    handed_to: object = ""
    seal_number: object = ""
    location: object = ""
    note: object = ""

    def is_empty(self) -> bool:
        fields = (self.received_from, self.handed_to, self.seal_number, self.location, self.note)
        return not any(str(f or "").strip() for f in fields)


@dataclass(frozen=True, slots=True)
class IntakeResult:
    evidence: EvidenceRow
    # For each file whose content was already in the archive: the exhibits holding it.
    already_in_archive: dict[str, tuple[str, ...]]


# A folder named is walked for its files up to these (counting stops there): more is rarely one
# exhibit and usually a slip ("/", a home folder); a face asks for explicit intent to go past.
MAX_FOLDER_FILES = 2_000
MAX_FOLDER_BYTES = 20 * 1024**3


class FolderTooLargeError(EvidenceFileError):
    """A folder named holds more files (or bytes) than `MAX_FOLDER_FILES`/`_BYTES`."""

    def __init__(self, folder: Path, files: int, size: int) -> None:
        self.folder = folder
        if files > MAX_FOLDER_FILES:
            what = Phrase(N_("more than {count:,} files"), {"count": MAX_FOLDER_FILES})
        else:
            what = Phrase(N_("more than {size} GiB"), {"size": MAX_FOLDER_BYTES // 1024**3})
        super().__init__(
            printable(folder),
            N_("holds {what} (counting stopped there); name the files or a smaller folder"),
            what=what,
        )


@dataclass(frozen=True, slots=True)
class Gathered:
    """The files to take in, and what was left out of the folders named, with why."""

    files: list[Path]
    skipped: list[tuple[Path, str]]


def gather_files(paths: Iterable[Path | str], *, limit: bool = False) -> Gathered:
    """Files named, and the files in folders named and their subfolders.

    Hidden files and folders are left out. Links are never followed out of a folder named: a
    link to a file inside it is taken (once), a link elsewhere and a linked folder are left out
    and listed in `skipped`, with subfolders that cannot be read. An empty path is refused (it
    is not "this folder"). With `limit`, a folder past `MAX_FOLDER_FILES` files or
    `MAX_FOLDER_BYTES` raises `FolderTooLargeError` as soon as it is seen to be.
    A file named twice (or also inside a named folder) is taken once."""
    found: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    for given in paths:
        if not str(given).strip():
            raise ValidationError(
                "files", N_("an empty path names no file; name the files or folders to add")
            )
        path = Path(given)
        check_name(path)
        if path.is_dir():
            found.extend(_walk(path, skipped, limit))
        else:
            found.append(path)
    unique: dict[Path, Path] = {}
    for path in found:
        check_name(path)
        unique.setdefault(resolved(path), path)
    return Gathered(list(unique.values()), skipped)


def resolved(path: Path) -> Path:
    """`path` with its links followed; a loop of links (which Python 3.11 raises as a
    RuntimeError) or a path that cannot be followed is left as named, for the intake to refuse
    in words ("cannot be read")."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def collect_files(paths: Iterable[Path | str]) -> list[Path]:
    """`gather_files` without a limit, the files only."""
    return gather_files(paths).files


def _walk(top: Path, skipped: list[tuple[Path, str]], limit: bool) -> list[Path]:
    root = top.resolve()
    files: list[Path] = []
    size = 0

    def unreadable(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else top
        skipped.append((where, f"cannot be read ({exc.strerror or exc})"))

    for folder, dirs, names in os.walk(top, onerror=unreadable, followlinks=False):
        here = Path(folder)
        kept = []
        for name in sorted(dirs):
            if name.startswith("."):
                continue
            if (here / name).is_symlink():
                skipped.append((here / name, "a link to a folder; links are not followed"))
                continue
            kept.append(name)
        dirs[:] = kept
        for name in names:
            if name.startswith("."):
                continue
            path = here / name
            try:
                if path.is_symlink():
                    try:
                        target = path.resolve()
                    except RuntimeError:  # Python 3.11's word for a loop of links
                        skipped.append((path, "a link that leads back to itself"))
                        continue
                    if not target.is_relative_to(root):
                        skipped.append((path, f"a link to {target}, outside {top}"))
                        continue
                    if not target.is_file():
                        skipped.append((path, "a link to nothing there"))
                        continue
                info = path.stat()
            except OSError as exc:
                skipped.append((path, f"cannot be read ({exc.strerror or exc})"))
                continue
            if not stat.S_ISREG(info.st_mode):
                skipped.append((path, "not a regular file"))
                continue
            files.append(path)
            size += info.st_size
            if limit and (len(files) > MAX_FOLDER_FILES or size > MAX_FOLDER_BYTES):
                raise FolderTooLargeError(top, len(files), size)
    return sorted(files)


MAX_NAME_BYTES = 255  # what ext4, NTFS, APFS and SQLite's users all manage


def printable(path: Path) -> str:
    """`path` as text that can be printed and stored: bytes that are not UTF-8 as escapes."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def check_name(path: Path) -> None:
    """Refuse, in words, a file name the file system or the archive cannot hold: one longer than
    255 bytes, or one that is not UTF-8 text (the bytes of another encoding, as a zip made on
    Chinese Windows leaves GBK names; on Linux they arrive as surrogates)."""
    for part in path.parts:
        size = len(os.fsencode(part))
        if size > MAX_NAME_BYTES:
            raise EvidenceFileError(
                printable(path),
                N_(
                    "a name in it is {size} bytes long; file names hold at most {most} "
                    "bytes (shorten it)"
                ),
                size=size,
                most=MAX_NAME_BYTES,
            )
    try:
        path.name.encode("utf-8")
    except UnicodeEncodeError:
        raise EvidenceFileError(
            printable(path),
            N_(
                "its name is not UTF-8 text (bytes in another encoding, e.g. GBK from a zip "
                "made on Windows); rename the file and add it again"
            ),
        ) from None


def _unwritable(archive: Archive, exc: OSError) -> ArchiveError:
    where = exc.filename or archive.files.root
    return ArchiveError(
        N_(
            "cannot write into the archive's evidence folder ({problem}: {folder}); check "
            "the folder's permissions and free space"
        ),
        problem=exc.strerror or exc,
        folder=where,
    )


def _item_values(draft: EvidenceDraft) -> dict[str, object]:
    source_url = v.text("source_url", draft.source_url, max_length=2_000)
    if source_url and "." not in source_url:
        raise ValidationError(
            "source_url",
            N_("{source_url!r} does not look like a web address"),
            source_url=source_url,
        )
    return {
        "kind": v.choice("kind", draft.kind, EvidenceKind).value,
        "description": v.long_text("description", draft.description),
        "obtained_on": v.optional_date("obtained_on", draft.obtained_on),
        "obtained_by": v.text("obtained_by", draft.obtained_by, max_length=200),
        "source_url": source_url,
        "notary_office": v.text("notary_office", draft.notary_office, max_length=300),
        "notary_certificate": v.text(
            "notary_certificate", draft.notary_certificate, max_length=200
        ),
        "internal": bool(draft.internal),
    }


def add_evidence(
    archive: Archive,
    case_reference: str,
    draft: EvidenceDraft,
    files: Sequence[Path],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    actor: str | None = None,
    custody: CustodyDraft | None = None,
) -> IntakeResult:
    """One exhibit with its files (and the first custody entry, if given), in one transaction.
    Raises CancelledError if cancelled; nothing is kept then."""
    values = _item_values(draft)
    first_link = None if custody is None or custody.is_empty() else _custody_event(custody)
    paths = collect_files(files)
    if not paths:
        raise ValidationError("files", N_("no files given"))
    with archive.reading() as session:
        load_case(session, case_reference)  # a wrong reference fails before any copying
    sizes = [archive.files.check_source(p) for p in paths]
    media_types = [_checked_type(p) for p in paths]
    total = sum(sizes)
    stored: list[StoredFile] = []
    try:
        hold = archive.files.hold()
    except OSError as exc:
        raise _unwritable(archive, exc) from None
    try:
        offset = 0
        for path, size in zip(paths, sizes, strict=True):
            base = offset

            def report(done: int, _total: int, base: int = base) -> None:
                if progress:
                    progress(base + done, total)

            try:
                stored.append(archive.files.ingest(path, report, cancelled, hold=hold))
            except OSError as exc:  # the source's problems are EvidenceFileErrors already
                raise _unwritable(archive, exc) from None
            offset += size
        return _record(
            archive, case_reference, values, paths, media_types, stored, first_link, actor
        )
    except BaseException:
        try:
            for item in stored:
                if not item.already_present:
                    _discard_unreferenced(archive, item.sha256, hold)
        except BaseException:
            archive.files.request_sweep()  # busy still: the next open removes them
            raise
        raise
    finally:
        hold.release()


def _discard_unreferenced(archive: Archive, sha256: str, hold: Hold | None = None) -> None:
    """Remove a file this intake copied in, unless an exhibit uses it by now or another
    intake (holding it) is about to. Runs under the archive's write lock, as does `_record`'s
    check that its files are still there, so another program taking in the same content at the
    same moment never loses its file."""
    with archive.unit_of_work("intake clean-up") as session:
        if session.get(StoredBlob, sha256) is None and sha256 not in archive.files.held(
            besides=hold
        ):
            path = archive.files.path_of(sha256)
            try:
                path.chmod(0o644)
                path.unlink()
            except FileNotFoundError:
                pass  # already gone: nothing to clean up, and the original error matters more


def _record(
    archive: Archive,
    case_reference: str,
    values: dict[str, object],
    paths: list[Path],
    media_types: list[str],
    stored: list[StoredFile],
    first_link: CustodyEvent | None,
    actor: str | None,
) -> IntakeResult:
    with archive.unit_of_work(actor or current_actor()) as session:
        case = load_case(session, case_reference)  # the first query takes the write lock
        for path, blob in zip(paths, stored, strict=True):
            if not archive.files.contains(blob.sha256):
                raise EvidenceFileError(path, N_("was removed while being added; add it again"))
        case_id = case.id or 0
        duplicates = repositories.exhibits_holding(session, [s.sha256 for s in stored])
        item = EvidenceItem(
            case_id=case_id,
            exhibit_no=repositories.next_exhibit_number(session, case_id),
            **values,  # type: ignore[arg-type]
        )
        session.add(item)
        session.flush()
        for path, media_type, blob in zip(paths, media_types, stored, strict=True):
            if session.get(StoredBlob, blob.sha256) is None:
                session.add(StoredBlob(sha256=blob.sha256, size=blob.size))
                session.flush()
            session.add(
                EvidenceFile(
                    evidence_id=item.id,  # type: ignore[arg-type]
                    sha256=blob.sha256,
                    original_name=path.name,
                    media_type=media_type,
                )
            )
        if first_link is not None:
            first_link.evidence_id = item.id  # type: ignore[assignment]
            session.add(first_link)
        session.flush()
        return IntakeResult(_exhibit_row(session, item), duplicates)


def _checked_type(path: Path) -> str:
    """The media type of a file from its content; a file whose name claims another type is
    refused before anything is copied."""
    try:
        actual = file_types.sniff_file(path)
    except OSError as exc:
        raise EvidenceFileError(
            path, N_("cannot be read ({problem})"), problem=exc.strerror or exc
        ) from None
    problem = file_types.mislabelled(path.name, actual)
    if problem:
        raise EvidenceFileError(path, problem.template, **problem.values)
    if actual is file_types.UNKNOWN:
        return mimetypes.guess_type(path.name)[0] or ""
    return actual.media_type


def _custody_event(draft: CustodyDraft, evidence_id: int = 0) -> CustodyEvent:
    occurred_at = draft.occurred_at
    if occurred_at in (None, ""):
        when = utcnow()
    elif isinstance(occurred_at, datetime):
        when = occurred_at
    else:
        try:
            when = datetime.fromisoformat(str(occurred_at))
        except ValueError:
            raise ValidationError(
                "occurred_at",
                N_("{occurred_at!r} is not a date and time (YYYY-MM-DD HH:MM)"),
                occurred_at=occurred_at,
            ) from None
    if when.tzinfo is None:
        when = when.astimezone()  # a time typed by the user is local time
    return CustodyEvent(
        evidence_id=evidence_id,
        occurred_at=when,
        action=v.choice("action", draft.action, CustodyAction).value,
        received_from=v.text("received_from", draft.received_from, max_length=200),
        handed_to=v.text("handed_to", draft.handed_to, max_length=200),
        seal_number=v.text("seal_number", draft.seal_number, max_length=100),
        location=v.text("location", draft.location, max_length=300),
        note=v.long_text("note", draft.note),
    )


def add_custody_event(
    archive: Archive,
    evidence_id: int,
    action: object,
    occurred_at: object = None,
    received_from: object = "",
    handed_to: object = "",
    seal_number: object = "",
    location: object = "",
    note: object = "",
    actor: str | None = None,
) -> EvidenceRow:
    """One link in the chain of custody (received, sealed, handed over, stored, …)."""
    draft = CustodyDraft(action, occurred_at, received_from, handed_to, seal_number, location, note)
    event = _custody_event(draft, evidence_id)
    with archive.unit_of_work(actor or current_actor()) as session:
        item = session.get(EvidenceItem, evidence_id)
        if item is None:
            raise NotFoundError(N_("evidence item"), evidence_id)
        session.add(event)
        session.flush()
        return _exhibit_row(session, item)


# --- many exhibits in one go ----------------------------------------------------------------

FileProgress = Callable[[int, int, str], None]  # (bytes done, bytes total, file being copied)


@dataclass
class IntakeOutcome:
    """What one intake of several exhibits did: those added, with their files, and what stopped
    the rest (an error, a Cancel), with the files of the exhibit that was not added."""

    added: list[tuple[tuple[Path, ...], IntakeResult]] = field(default_factory=list)
    error: Exception | None = None
    failed: tuple[Path, ...] = ()
    cancelled: bool = False

    @property
    def complete(self) -> bool:
        return self.error is None and not self.cancelled


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # refused in words by the intake itself


def add_exhibits(
    archive: Archive,
    case_reference: str,
    groups: Sequence[Sequence[Path]],
    draft: EvidenceDraft,
    custody: CustodyDraft | None = None,
    progress: FileProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
    sizes: Mapping[Path, int] | None = None,
    actor: str | None = None,
) -> IntakeOutcome:
    """One exhibit per group of files, in order, each in its own transaction, until one fails
    or the user cancels: the exhibits already added stay, and the outcome names them and what
    stopped the rest (the faces show it; nothing half-done of the failed exhibit is kept).

    `progress(bytes done, bytes total, path of the file being copied)` counts over all groups;
    `sizes` are the files' sizes where the caller knows them already. Runs on any thread."""
    known = dict(sizes or {})
    for group in groups:
        for path in group:
            if path not in known:
                known[path] = _size(path)
    total = sum(known[p] for group in groups for p in group)
    stop = cancelled or (lambda: False)
    outcome = IntakeOutcome()
    base = 0
    for group in groups:
        if stop():
            outcome.cancelled, outcome.failed = True, tuple(group)
            break
        starts: list[tuple[int, Path]] = []
        offset = 0
        for path in group:
            starts.append((offset, path))
            offset += known[path]

        def report(
            done: int, _total: int, base: int = base, starts: list[tuple[int, Path]] = starts
        ) -> None:
            current = starts[0][1]
            for start, path in starts:
                if start < done:
                    current = path
            if progress:
                progress(min(base + done, total), total, str(current))

        if progress and group:
            progress(base, total, str(group[0]))
        try:
            result = add_evidence(
                archive,
                case_reference,
                draft,
                list(group),
                progress=report,
                cancelled=stop,
                actor=actor,
                custody=custody,
            )
        except CancelledError:
            outcome.cancelled, outcome.failed = True, tuple(group)
            break
        except Exception as exc:  # the faces say it, with what was added before
            outcome.error, outcome.failed = exc, tuple(group)
            break
        outcome.added.append((tuple(group), result))
        base += offset
    return outcome


# --- correcting an exhibit after intake ----------------------------------------------------


def _exhibit_row(session: Session, item: EvidenceItem) -> EvidenceRow:
    return next(e for e in repositories.evidence_of_case(session, item.case_id) if e.id == item.id)


def update_evidence(
    archive: Archive, evidence_id: int, draft: EvidenceDraft, actor: str | None = None
) -> EvidenceRow:
    """Correct an exhibit's details after intake (kind, description, dates, who obtained it,
    notary office and certificate, internal or not). Its files and custody log are not
    touched: a stored file is never changed."""
    values = _item_values(draft)
    with archive.unit_of_work(actor or current_actor()) as session:
        item = get_row(session, EvidenceItem, evidence_id, N_("evidence item"))
        apply(item, values)
        session.flush()
        return _exhibit_row(session, item)


def withdraw_exhibit(
    archive: Archive,
    evidence_id: int,
    reason: object,
    on: object = None,
    actor: str | None = None,
) -> EvidenceRow:
    """Withdraw an exhibit (on a date, default today, with the reason required). It is never
    deleted: its files and chain of custody stay in the archive, its number is not reused, and
    it leaves bundles unless named for an internal one (services/bundles.py)."""
    why = v.long_text("reason", reason, required=True)
    when = v.optional_date("on", on) or clock.today()
    if when > clock.today():
        raise ValidationError("on", N_("{day} is in the future"), day=when.isoformat())
    with archive.unit_of_work(actor or current_actor()) as session:
        item = get_row(session, EvidenceItem, evidence_id, N_("evidence item"))
        if item.withdrawn_on is not None:
            raise ValidationError(
                "evidence_id",
                N_("exhibit {number} was already withdrawn on {day}"),
                number=item.exhibit_no,
                day=item.withdrawn_on.isoformat(),
            )
        apply(item, {"withdrawn_on": when, "withdrawn_reason": why})
        session.flush()
        return _exhibit_row(session, item)


def reinstate_exhibit(archive: Archive, evidence_id: int, actor: str | None = None) -> EvidenceRow:
    """Undo a withdrawal (the audit trail keeps when and why it was withdrawn)."""
    with archive.unit_of_work(actor or current_actor()) as session:
        item = get_row(session, EvidenceItem, evidence_id, N_("evidence item"))
        apply(item, {"withdrawn_on": None, "withdrawn_reason": ""})
        session.flush()
        return _exhibit_row(session, item)


__all__ = [
    "CustodyDraft",
    "EvidenceDraft",
    "EvidenceFileError",
    "IntakeOutcome",
    "IntakeResult",
    "add_custody_event",
    "add_evidence",
    "add_exhibits",
    "collect_files",
    "gather_files",
    "reinstate_exhibit",
    "resolved",
    "update_evidence",
    "withdraw_exhibit",
]

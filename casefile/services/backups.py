"""Backing up an archive and restoring a backup into a new archive (`casefile backup`,
`casefile restore`, File › Back Up…), and when the archive was last backed up.

The files themselves are `store/backup.py`'s. When the last backup was made is an archive
setting (`backup.last`: when, where to), written after the backup file is in place, so it travels
with the archive and every face (the app's status-bar reminder, the command line) reads it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from casefile import clock
from casefile.errors import BackupError, CasefileError
from casefile.services.settings import get_setting, set_setting
from casefile.store import backup as files
from casefile.store.archive import Archive, database_problems
from casefile.store.backup import BackupResult, RestoreResult
from casefile.words import N_

LAST_BACKUP = "backup.last"  # {"at": ISO 8601 UTC, "to": the backup file}

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class LastBackup:
    at: datetime  # UTC
    to: str  # the backup file, as written then

    def age_days(self, today: date | None = None) -> int:
        return ((today or clock.today()) - self.at.date()).days


def back_up(
    archive: Archive,
    out: Path,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    record: bool = True,
    folder: bool | None = None,
) -> BackupResult:
    """Write a backup of `archive` to `out` (a new file, or a dated file in the backup folder
    `out`; `folder` says which, None: a folder if `out` is one or has no suffix) and, with
    `record`, record when; safe while other programs have the archive open. (The app copies
    as a read it can cancel, then records in its write queue: `record_backup`.)"""
    archive.checkpoint()  # not needed for the online backup, but leaves less in the -wal
    result = files.write_backup(
        archive.db_path, archive.files.root, Path(out), progress, cancelled, folder=folder
    )
    if record:
        record_backup(archive, result)
    return result


def record_backup(archive: Archive, result: BackupResult) -> None:
    """Record that `result` was written: the archive's last backup (one audited write)."""
    at = result.created_at.astimezone(UTC).isoformat().replace("+00:00", "Z")
    set_setting(archive, LAST_BACKUP, {"at": at, "to": str(result.path)})


def last_backup(archive: Archive) -> LastBackup | None:
    """When the archive was last backed up (None: never, or not by this Casefile)."""
    value = get_setting(archive, LAST_BACKUP)
    if not isinstance(value, dict):
        return None
    try:
        at = datetime.fromisoformat(str(value["at"]).replace("Z", "+00:00"))
    except (KeyError, ValueError):
        return None
    return LastBackup(at, str(value.get("to", "")))


def restore(
    backup: Path,
    target: Path,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> RestoreResult:
    """Restore `backup` into the new archive folder `target`, every hash verified and the
    database opened and checked before the folder is put in place (never over anything)."""

    def opens(folder: Path) -> None:
        try:
            with Archive.open(folder) as restored:
                problems = database_problems(restored)
        except CasefileError as exc:
            raise BackupError(
                N_(
                    "{backup}: the database it holds cannot be opened ({problem}); nothing was "
                    "restored"
                ),
                backup=backup,
                problem=exc,
            ) from None
        if problems:
            raise BackupError(
                N_("{backup}: {problem}; nothing was restored"), backup=backup, problem=problems[0]
            )

    return files.restore_backup(Path(backup), Path(target), progress, cancelled, opens)

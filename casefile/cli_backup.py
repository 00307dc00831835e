"""`casefile backup --out FILE|FOLDER` and `casefile restore FILE --archive NEW`: a backup of the
whole archive (database and every evidence file, with a manifest of hashes) and its restore into
a new archive folder, every hash verified (services/backups.py, store/backup.py)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXIT_OK = 0


def add_parsers(commands: Any, archive_option: Callable[..., None]) -> None:
    backup = commands.add_parser(
        "backup",
        help="back up the archive (database and every evidence file) to a file or a folder",
    )
    archive_option(backup, argparse.SUPPRESS)
    backup.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE|FOLDER",
        help="a new file (e.g. Cases-backup.zip) holding everything, or a folder (existing, or "
        "a path without a suffix) that keeps dated backups sharing one copy of each evidence file",
    )
    restore = commands.add_parser(
        "restore", help="restore a backup into a new archive folder, every hash verified"
    )
    restore.add_argument(
        "backup",
        type=Path,
        metavar="FILE",
        help="a backup file (.zip), or a backup folder: its newest backup",
    )
    restore.add_argument(
        "--archive",
        type=Path,
        required=True,
        metavar="NEW",
        help="the new archive folder to create (never an existing one)",
    )


def cmd_backup(args: argparse.Namespace) -> int:
    from casefile.cli import archive_path
    from casefile.console import Progress
    from casefile.services.backups import back_up
    from casefile.store.archive import Archive
    from casefile.store.files import size_text

    progress = Progress("Backing up")
    with Archive.open(archive_path(args)[0]) as archive:
        result = back_up(archive, args.out, progress.update)
    progress.done()
    copied = (
        f", {result.evidence_copied} of them new to the backup folder"
        if result.evidence_copied != result.evidence_files
        else ""
    )
    print(
        f"Backed up to {result.path}: the database and {result.evidence_files} evidence "
        f"file(s){copied}; {size_text(result.bytes_written)} written"
    )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from casefile.console import Progress
    from casefile.services.backups import restore
    from casefile.store.files import size_text

    progress = Progress("Restoring")
    result = restore(args.backup, args.archive, progress.update)
    progress.done()
    print(
        f"Restored {result.path} from {result.backup.name} (made {result.created_at}): the "
        "database and "
        f"{result.evidence_files} evidence file(s) ({size_text(result.bytes_restored)}), "
        "every SHA-256 verified"
    )
    return EXIT_OK


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    "backup": cmd_backup,
    "restore": cmd_restore,
}

"""`casefile export-case REF --out FILE.casepkg [--passphrase]` and `casefile import-case FILE`:
portable case packages on the command line (services/case_package.py).

The passphrase is never an argument (it would show in `ps` and the shell's history): with
`--passphrase` it is read from $CASEFILE_PASSPHRASE if set (for scripts), else asked for at the
terminal (twice on export). An encrypted package being imported asks for it the same way.
On import, records edited here more recently than in the package are kept as they are and
listed; the app asks about each instead.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from casefile.errors import CasefileError

EXIT_OK = 0
PASSPHRASE_VARIABLE = "CASEFILE_PASSPHRASE"


def add_parsers(commands: Any, archive_option: Callable[..., None]) -> None:
    export = commands.add_parser(
        "export-case",
        help="write one case with its evidence and audit trail as a portable package",
    )
    export.add_argument("case", metavar="CASE_REF")
    export.add_argument("--out", type=Path, required=True, metavar="FILE.casepkg")
    export.add_argument(
        "--passphrase",
        action="store_true",
        help=f"encrypt it; the passphrase is read from ${PASSPHRASE_VARIABLE}, else asked for",
    )
    export.add_argument("--force", action="store_true", help="replace FILE if it exists")
    archive_option(export, argparse.SUPPRESS)

    take = commands.add_parser(
        "import-case",
        help="merge a case package into the archive (local edits newer than the package's "
        "are kept and listed)",
    )
    take.add_argument("package", type=Path, metavar="FILE")
    archive_option(take, argparse.SUPPRESS)


def _passphrase(prompt: str, confirm: bool) -> str:
    import getpass

    if PASSPHRASE_VARIABLE in os.environ:
        given = os.environ[PASSPHRASE_VARIABLE]
    else:
        if not sys.stdin.isatty():
            raise CasefileError(
                f"a passphrase is needed: set {PASSPHRASE_VARIABLE} or run at a terminal"
            )
        given = getpass.getpass(prompt)
        if confirm and getpass.getpass("Again, to confirm: ") != given:
            raise CasefileError("the two passphrases differ; nothing was written")
    if not given:
        raise CasefileError("the passphrase is empty")
    return given


def cmd_export_case(args: argparse.Namespace) -> int:
    from casefile.cli import archive_path
    from casefile.console import Progress
    from casefile.services.case_package import export_case
    from casefile.store.archive import Archive
    from casefile.store.files import size_text

    out: Path = args.out
    if out.exists() and not args.force:
        raise CasefileError(f"{out} exists; give --force to replace it")
    passphrase = _passphrase("Passphrase for the package: ", True) if args.passphrase else None
    progress = Progress("Exporting")
    with Archive.open(archive_path(args)[0]) as archive:
        result = export_case(archive, args.case, out, passphrase, progress.update)
    progress.done()
    how = "encrypted" if result.encrypted else "not encrypted"
    print(
        f"Wrote {result.path}: case {args.case}, {result.records} records, "
        f"{result.evidence_files} evidence files, {size_text(result.size)} ({how})"
    )
    return EXIT_OK


def cmd_import_case(args: argparse.Namespace) -> int:
    from casefile.cli import _utf8_stdout, archive_path
    from casefile.console import Progress
    from casefile.export.package import PassphraseNeededError
    from casefile.services.case_package import LABELS, import_case
    from casefile.store.archive import Archive

    _utf8_stdout(strict=False)
    progress = Progress("Importing")
    path = archive_path(args)[0]
    new = not path.exists()  # a new folder named: the case goes into a new archive there
    try:
        with Archive.open(path, create=new) as archive:
            try:
                report = import_case(archive, args.package, None, False, progress.update)
            except PassphraseNeededError:
                passphrase = _passphrase(f"Passphrase for {args.package.name}: ", False)
                report = import_case(archive, args.package, passphrase, False, progress.update)
    except BaseException:
        if new:  # nothing was imported: the archive made for it goes too
            shutil.rmtree(path, ignore_errors=True)
        raise
    progress.done()
    verb = "Imported new case" if report.new_case else "Merged into case"
    print(f"{verb} {report.reference}" + (f" (new archive {path})" if new else ""))
    for title, counts in (("added", report.added), ("updated", report.updated)):
        if counts:
            words = ", ".join(f"{n} {LABELS.get(t, t)}" for t, n in counts.items())
            print(f"  {title}: {words}")
    if report.evidence_copied:
        print(f"  evidence files copied in: {report.evidence_copied}")
    for matched in report.matched_parties:
        print(f"  known party recognised by identifier: {matched}")
    if report.kept:
        print(f"  kept {len(report.kept)} local edit(s) newer than the package's (skipped):")
        for conflict in report.kept:
            fields = ", ".join(name for name, _here, _there in conflict.fields)
            print(f"    {conflict.label}: {fields}")
    return EXIT_OK


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {  # cli.COMMANDS takes them in
    "export-case": cmd_export_case,
    "import-case": cmd_import_case,
}

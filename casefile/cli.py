"""The command-line face: open the app, build a demo archive, list cases, check an archive.

Every error ends in one clear line on stderr and a non-zero exit; a traceback only ever goes to
the log file.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from casefile import __version__
from casefile.errors import CancelledError, CasefileError

EXIT_OK = 0
EXIT_ERROR = 1  # the user's input or archive is at fault, or `check` found problems
EXIT_USAGE = 2
EXIT_INTERNAL = 70
EXIT_CANCELLED = 130


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line, not argparse's usage block.
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _archive_option(parser: argparse.ArgumentParser, default: object = None) -> None:
    parser.add_argument(
        "--archive",
        type=Path,
        default=default,
        metavar="PATH",
        help="archive folder (default: $CASEFILE_ARCHIVE, else Casefile.casefile in your "
        "user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="casefile",
        description="Casefile: case files for IP enforcement counsel. "
        "Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"casefile {__version__}")
    _archive_option(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = commands.add_parser("demo", help="build an archive of realistic sample cases")
    _archive_option(demo, argparse.SUPPRESS)
    demo.add_argument(
        "--cases",
        type=int,
        metavar="N",
        help="N cases in all: the ~40 curated ones, then synthetic ones (100000 for scale)",
    )
    demo.add_argument(
        "--open",
        action="store_true",
        help="open the app on it afterwards (an existing demo archive is simply opened)",
    )

    listing = commands.add_parser("list", help="list the cases of an archive")
    _archive_option(listing, argparse.SUPPRESS)
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")

    check = commands.add_parser("check", help="check the database and re-hash every evidence file")
    _archive_option(check, argparse.SUPPRESS)
    return parser


def _archive_path(args: argparse.Namespace) -> Path:
    from casefile.store.archive import default_archive_path

    return args.archive if args.archive is not None else default_archive_path()


def _open_app(path: Path) -> int:
    try:
        from casefile.ui.app import run
    except ImportError as exc:  # e.g. Qt's system libraries missing on Linux
        raise CasefileError(f"the desktop app cannot start: {exc}") from None
    return run(path)


def cmd_open(args: argparse.Namespace) -> int:
    return _open_app(_archive_path(args))


def cmd_demo(args: argparse.Namespace) -> int:
    if args.cases is not None and args.cases < 1:
        raise CasefileError(f"--cases must be at least 1, not {args.cases}")
    from casefile.console import Progress
    from casefile.demo import build_demo_archive
    from casefile.store.archive import Archive

    if args.archive is None:
        from platformdirs import user_data_path

        path = user_data_path("Casefile", appauthor=False) / "Casefile Demo.casefile"
    else:
        path = args.archive
    if args.open and (path / "archive.sqlite").exists():
        with Archive.open(path) as existing, existing.reading() as session:
            from casefile.store.repositories import case_ids

            if case_ids(session):
                print(f"Opening the existing demo archive {path}", file=sys.stderr)
                return _open_app(path)
    progress = Progress("Building demo")
    summary = build_demo_archive(path, args.cases, lambda s, d, t: progress.update(d, t, s))
    progress.done()
    print(
        f"Demo archive {summary.path}: {summary.cases} cases, "
        f"{summary.evidence_files} evidence files, built in {summary.seconds:.1f} s"
    )
    return _open_app(path) if args.open else EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from casefile.console import table
    from casefile.services.cases import list_cases
    from casefile.store.archive import Archive

    with Archive.open(_archive_path(args)) as archive:
        cases = list_cases(archive)
    if args.json:
        records = [
            {
                "reference": c.reference,
                "title": c.title,
                "routes": list(c.routes),
                "status": c.status,
                "priority": c.priority,
                "next_deadline": c.next_deadline.isoformat() if c.next_deadline else None,
                "evidence_count": c.evidence_count,
            }
            for c in cases
        ]
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=1) + "\n")
        return EXIT_OK
    rows = [
        (
            c.reference,
            c.title,
            ", ".join(c.routes) or "-",
            c.status,
            c.next_deadline.isoformat() if c.next_deadline else "-",
            str(c.evidence_count),
        )
        for c in cases
    ]
    headers = ("Reference", "Title", "Routes", "Status", "Next deadline", "Evidence")
    sys.stdout.write(table(headers, rows, (14, 56, 44, 8, 13, 8)) + "\n")
    sys.stdout.write(f"{len(cases)} case{'s' if len(cases) != 1 else ''}\n")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from casefile.console import Progress
    from casefile.services.integrity import check_archive
    from casefile.store.archive import Archive

    path = _archive_path(args)
    progress = Progress("Re-hashing evidence")
    with Archive.open(path) as archive:
        report = check_archive(archive, progress.update)
    progress.done()
    for note in report.notes:
        print(f"note: {note}")
    for problem in report.problems:
        print(f"PROBLEM {problem}")
    size_mb = report.bytes_checked / 1024**2
    verdict = "OK" if report.ok else f"{len(report.problems)} problem(s) found"
    print(
        f"{path}: database checked, {report.files_checked} evidence files ({size_mb:.1f} MB) "
        f"re-hashed: {verdict}"
    )
    return EXIT_OK if report.ok else EXIT_ERROR


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: cmd_open,
    "demo": cmd_demo,
    "list": cmd_list,
    "check": cmd_check,
}


def _log_file() -> Path:
    from platformdirs import user_log_path

    folder = user_log_path("Casefile", appauthor=False)
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "casefile.log"


def _log_internal_error(exc: BaseException) -> str:
    try:
        path = _log_file()
        logging.basicConfig(filename=path, level=logging.ERROR)
        logging.getLogger("casefile").error(
            "internal error\n%s", "".join(traceback.format_exception(exc))
        )
        return f"details in {path}"
    except OSError:
        return "details could not be logged"


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except CancelledError:
        print("casefile: cancelled; nothing was changed", file=sys.stderr)
        return EXIT_CANCELLED
    except KeyboardInterrupt:
        print("\ncasefile: interrupted", file=sys.stderr)
        return EXIT_CANCELLED
    except CasefileError as exc:
        print(f"casefile: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # `casefile list | head`
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:  # never a traceback on the user's screen
        where = _log_internal_error(exc)
        print(f"casefile: internal error: {type(exc).__name__}: {exc} ({where})", file=sys.stderr)
        return EXIT_INTERNAL

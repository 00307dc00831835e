"""`casefile export-ics [--case REF] --out FILE.ics`: the deadlines as an RFC 5545 calendar file
that calendar apps import or subscribe to; a later export updates the events it made instead of
adding copies (services/calendar_export.py, export/calendar.py)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXIT_OK = 0


def add_parsers(commands: Any, archive_option: Callable[..., None]) -> None:
    export = commands.add_parser(
        "export-ics",
        help="the deadlines as a calendar file (.ics), with reminders; re-exporting updates",
    )
    archive_option(export, argparse.SUPPRESS)
    export.add_argument("--case", metavar="REF", help="only this case's deadlines")
    export.add_argument(
        "--out", type=Path, required=True, metavar="FILE.ics", help="the calendar file to write"
    )


def cmd_export_ics(args: argparse.Namespace) -> int:
    from casefile.cli import archive_path
    from casefile.services.calendar_export import export_calendar
    from casefile.store.archive import Archive

    with Archive.open(archive_path(args)[0]) as archive:
        result = export_calendar(archive, args.out, case_reference=args.case)
    print(
        f"Wrote {result.events} deadline(s) ({result.open_events} open) to {result.path}, "
        f"counted in {result.time_zone}; import it again after changes to update them"
    )
    return EXIT_OK


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {"export-ics": cmd_export_ics}

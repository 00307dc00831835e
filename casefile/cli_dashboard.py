"""`casefile dashboard [--json]`: the practice at a glance on the command line, from the same
service the window's Dashboard shows (services/dashboard.py). The table shows each section's
exact count and its first items; `--json` gives the counts and the first `SECTION_LIMIT` items
of each section with their case, tab and why, `--all` every item (slower on a large archive)."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

EXIT_OK = 0


def add_parsers(commands: Any, archive_option: Callable[..., None]) -> None:
    board = commands.add_parser(
        "dashboard",
        help="what is due across cases, cases to transfer, detentions, expiring rights, repeat "
        "infringers and money per route and quarter",
    )
    archive_option(board, argparse.SUPPRESS)
    board.add_argument(
        "--json",
        action="store_true",
        help="print each section's count and first items (with --all: every item) as JSON",
    )
    board.add_argument(
        "--all", action="store_true", help="list every item of each section, not the first ones"
    )
    board.add_argument(
        "--show", type=_shown, default=5, metavar="N", help="items shown per section (default 5)"
    )


def _shown(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    return value


def _plain(value: Any) -> Any:
    """A dashboard row as JSON values: dates ISO, amounts exact strings, enums their values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        # `…_phrases` are the window's copy of words the JSON gives in English already
        fields = [f.name for f in dataclasses.fields(value) if not f.name.endswith("_phrases")]
        return {name: _plain(getattr(value, name)) for name in fields}
    if isinstance(value, Mapping):
        return {key: _plain(v) for key, v in value.items()}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def cmd_dashboard(args: argparse.Namespace) -> int:
    from casefile.cli import _utf8_stdout, archive_path
    from casefile.services.dashboard import SECTION_LIMIT, dashboard
    from casefile.store.archive import Archive

    # Only the items printed are built: the counts are exact whatever the limit.
    limit = None if args.all else (SECTION_LIMIT if args.json else args.show)
    with Archive.open(archive_path(args)[0]) as archive:
        board = dashboard(archive, limit=limit)
    if args.json:
        _utf8_stdout(strict=True)
        record = _plain(board)
        record["money"]["quarters"] = [q.label for q in board.money.quarters]
        for bar in record["money"]["bars"]:
            bar["quarter"] = f"{bar['quarter']['year']} Q{bar['quarter']['number']}"
        record["quarter"] = board.quarter.label
        sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=1) + "\n")
        return EXIT_OK
    _utf8_stdout(strict=False)
    sys.stdout.write(_text(board, None if args.all else args.show))
    return EXIT_OK


def _section(title: str, lines: list[str], count: int, show: int | None) -> list[str]:
    shown = lines[:show]
    more = f" (first {len(shown)})" if count > len(shown) else ""
    return [f"{title}: {count}{more}", *(f"  {line}" for line in shown), ""]


def _text(board: Any, show: int | None) -> str:
    def due(d: Any) -> str:
        return f"{d.due_on.isoformat()}  {d.reference}  {d.title}"

    out = [f"Dashboard on {board.today.isoformat()}", ""]
    out += _section(
        "Overdue deadlines", [due(d) for d in board.overdue], board.count("overdue"), show
    )
    out += _section(
        f"Due within {board.soon_days} days",
        [due(d) for d in board.due_soon],
        board.count("due_soon"),
        show,
    )
    out += _section(
        f"Due within {board.later_days} days (after those)",
        [due(d) for d in board.due_later],
        board.count("due_later"),
        show,
    )
    out += _section(
        "Suspicion reached, not transferred",
        [f"{s.reference}  {'; '.join(s.reasons)}" for s in board.suspicion],
        board.count("suspicion"),
        show,
    )
    out += _section(
        "Transfers with the next step overdue",
        [f"{t.due_on.isoformat()}  {t.reference}  {t.next_title}" for t in board.transfers_overdue],
        board.count("transfers_overdue"),
        show,
    )
    out += _section(
        "Open customs detentions",
        [
            f"{d.next_due.isoformat() if d.next_due else '-':10}  {d.reference}  "
            f"{d.authority or 'customs'} since {d.held_since.isoformat()}"
            for d in board.detentions
        ],
        board.count("detentions"),
        show,
    )
    out += _section(
        f"Expiring by {board.expiry_until.isoformat()}",
        [
            f"{e.expires.isoformat()}  {e.record} {e.recordal_number or e.number} "
            f"({e.jurisdiction}): {e.state.value.replace('_', ' ')}"
            for e in board.expiring
        ],
        board.count("expiring"),
        show,
    )
    out += _section(
        f"Repeat infringers seen in {board.quarter.label}",
        [f"{r.name}: {r.cases_count} cases, latest {r.reference}" for r in board.repeat_infringers],
        board.count("repeat_infringers"),
        show,
    )
    out.append(f"Money per route, {board.money.quarters[0].label} to {board.quarter.label}:")
    for currency in board.money.currencies:
        for route, total in board.money.route_totals(currency).items():
            out.append(
                f"  {route or 'no proceeding':14} {currency} costs {total.costs:,.2f}  "
                f"recoveries {total.recoveries:,.2f}  net {total.net:,.2f}"
            )
    if not board.money.bars:
        out.append("  none recorded")
    out += [f"Not shown: {p}" for p in board.problems]
    return "\n".join(out) + "\n"


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {  # cli.COMMANDS takes them in
    "dashboard": cmd_dashboard,
}

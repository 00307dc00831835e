"""`casefile deadlines [--status S] [--overdue] [--within N] [--route R] [--counsel C]
[--jurisdiction J] [--rule ID] [--json]`: the deadlines across cases on the command line, from
the same service as the window's Deadlines view (services/deadline_list.py), earliest due first."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from casefile.domain import DeadlineStatus, Route

EXIT_OK = 0


def add_parsers(commands: Any, archive_option: Callable[..., None]) -> None:
    listing = commands.add_parser(
        "deadlines", help="the deadlines across cases, filtered, earliest due first"
    )
    archive_option(listing, argparse.SUPPRESS)
    statuses = ", ".join([*(s.value for s in DeadlineStatus), "all"])
    listing.add_argument(
        "--status", default="open", metavar="S", help=f"one of {statuses} (default open)"
    )
    listing.add_argument("--overdue", action="store_true", help="due before today")
    listing.add_argument(
        "--within",
        metavar="N",
        help="due from today to today + N days (with --overdue: the overdue ones too)",
    )
    listing.add_argument(
        "--route", metavar="R", help=f"of a proceeding on: {', '.join(r.value for r in Route)}"
    )
    listing.add_argument("--counsel", metavar="NAME", help="the case's responsible counsel")
    listing.add_argument("--jurisdiction", metavar="CC", help="whose calendar counted it")
    listing.add_argument("--rule", metavar="ID", help="the rule it was counted by")
    listing.add_argument("--json", action="store_true", help="print every deadline as JSON")


def cmd_deadlines(args: argparse.Namespace) -> int:
    from casefile.cli import _utf8_stdout, archive_path
    from casefile.services.deadline_list import deadline_filters, deadline_listing, deadline_page
    from casefile.store.archive import Archive

    filters = deadline_filters(
        status=args.status,
        overdue=args.overdue,
        within_days=args.within,
        route=args.route,
        counsel=args.counsel,
        jurisdiction=args.jurisdiction,
        rule_id=args.rule,
    )
    with Archive.open(archive_path(args)[0]) as archive:
        listing = deadline_listing(archive, filters)
        items = list(listing.first_page)
        rest = listing.ids[len(items) :]
        for start in range(0, len(rest), 500):
            items += deadline_page(archive, rest[start : start + 500], listing.today)
    if args.json:
        _utf8_stdout(strict=True)
        record = {
            "today": listing.today.isoformat(),
            "count": listing.count,
            "deadlines": [_plain(item) for item in items],
        }
        sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=1) + "\n")
        return EXIT_OK
    _utf8_stdout(strict=False)
    lines = [
        f"{item.due_on.isoformat()}  {item.status.value:6}  {item.reference}  {item.title}"
        + (f"  [{item.route.value}]" if item.route else "")
        for item in items
    ]
    lines.append(f"{listing.count} deadline(s) on {listing.today.isoformat()}")
    sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_OK


def _plain(item: Any) -> dict[str, Any]:
    return {
        "id": item.id,
        "case_id": item.case_id,
        "reference": item.reference,
        "case_title": item.case_title,
        "counsel": item.counsel,
        "title": item.title,
        "due_on": item.due_on.isoformat(),
        "status": item.status.value,
        "completed_on": item.completed_on.isoformat() if item.completed_on else None,
        "reason": item.reason,
        "rule_id": item.rule_id,
        "explanation": item.explanation,
        "jurisdiction": item.jurisdiction,
        "route": item.route.value if item.route else None,
        "days_left": item.days_left,
    }


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {"deadlines": cmd_deadlines}

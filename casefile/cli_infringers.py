"""The infringers on the command line, from the service the window's Infringers view uses
(services/infringers.py): `casefile infringers [--search TEXT] [--json]`, `casefile
merge-parties KEEP MERGED --reason TEXT`, `casefile undo-merge MERGE_ID` and `casefile
merge-suggestions [--json]`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from typing import Any

EXIT_OK = 0


def add_parsers(commands: Any, archive_option: Callable[..., None]) -> None:
    listing = commands.add_parser(
        "infringers",
        help="every infringer with its identifiers, cases, routes and outcomes",
    )
    archive_option(listing, argparse.SUPPRESS)
    listing.add_argument(
        "--search", metavar="TEXT", default="", help="those whose name or an identifier holds TEXT"
    )
    listing.add_argument(
        "--order",
        choices=("cases", "last_seen", "first_seen", "name"),
        default="cases",
        help="most cases first (default), latest or earliest seen first, or by name",
    )
    listing.add_argument("--json", action="store_true", help="print every infringer as JSON")

    merge = commands.add_parser(
        "merge-parties", help="merge two party records found to be the same infringer"
    )
    archive_option(merge, argparse.SUPPRESS)
    merge.add_argument("keep", type=_id, metavar="KEEP", help="the party id kept")
    merge.add_argument("merged", type=_id, metavar="MERGED", help="the party id merged into it")
    merge.add_argument("--reason", required=True, metavar="TEXT", help="why they are the same")

    undo = commands.add_parser("undo-merge", help="undo a merge of two party records")
    archive_option(undo, argparse.SUPPRESS)
    undo.add_argument("merge_id", type=_id, metavar="MERGE_ID", help="the merge's number")

    suggest = commands.add_parser(
        "merge-suggestions",
        help='"seen before": infringer records sharing an identifier or a near-identical name',
    )
    archive_option(suggest, argparse.SUPPRESS)
    suggest.add_argument("--json", action="store_true", help="print every pair as JSON")


def _id(text: str) -> int:
    if not text.strip().isdigit() or len(text.strip()) > 18:
        raise argparse.ArgumentTypeError(f"{text!r} is not an id (a whole number)")
    return int(text)


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _infringer_json(item: Any) -> dict[str, Any]:
    return {
        "id": item.id,
        "name": item.name,
        "kind": item.kind,
        "country": item.country,
        "identifiers": [{"kind": i.kind, "value": i.value} for i in item.identifiers],
        "case_count": item.case_count,
        "first_seen": _day(item.first_seen),
        "last_seen": _day(item.last_seen),
        "routes": [r.value for r in item.routes],
        "cases": [
            {
                "reference": c.reference,
                "title": c.title,
                "status": c.status.value,
                "role": c.role.value,
                "routes": [r.value for r in c.routes],
                "outcomes": [
                    {
                        "route": o.route.value,
                        "stage": o.stage.value,
                        "authority": o.authority,
                        "outcome": o.outcome,
                        "fine": str(o.fine.amount) if o.fine else None,
                        "damages": str(o.damages.amount) if o.damages else None,
                        "currency": o.currency,
                        "sentence": o.sentence,
                    }
                    for o in c.outcomes
                ],
                "penalties": [
                    {
                        "decided_on": p.decided_on.isoformat(),
                        "kind": p.kind,
                        "conduct": p.conduct,
                        "authority": p.authority,
                        "reference": p.reference,
                    }
                    for p in c.penalties
                ],
            }
            for c in item.cases
        ],
    }


def cmd_infringers(args: argparse.Namespace) -> int:
    from casefile.cli import _utf8_stdout, archive_path
    from casefile.services.infringers import infringers
    from casefile.store.archive import Archive

    with Archive.open(archive_path(args)[0]) as archive:
        found = infringers(archive, search=args.search, order=args.order)
    if args.json:
        _utf8_stdout(strict=True)
        record = [_infringer_json(item) for item in found]
        sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=1) + "\n")
        return EXIT_OK
    _utf8_stdout(strict=False)
    out = []
    for item in found:
        seen = f"{_day(item.first_seen)} – {_day(item.last_seen)}"
        routes = ", ".join(r.value for r in item.routes) or "no proceeding"
        out.append(f"{item.id:>6}  {item.name}  ({item.case_count} cases, {seen}; {routes})")
        if item.identifiers:
            out.append("        " + "; ".join(f"{i.kind} {i.value}" for i in item.identifiers))
        out.append("        " + ", ".join(c.reference for c in item.cases))
    out.append(f"{len(found)} infringer{'s' if len(found) != 1 else ''}")
    sys.stdout.write("\n".join(out) + "\n")
    return EXIT_OK


def cmd_merge_parties(args: argparse.Namespace) -> int:
    from casefile.cli import _utf8_stdout, archive_path
    from casefile.services.infringers import merge_parties
    from casefile.store.archive import Archive

    with Archive.open(archive_path(args)[0]) as archive:
        result = merge_parties(archive, args.keep, args.merged, reason=args.reason)
    _utf8_stdout(strict=False)
    out = [
        f"merge {result.merge_id}: {result.merged_name} (party {result.merged_id}) merged into "
        f"{result.kept.name} (party {result.kept.id})"
    ]
    for words, values in (
        ("identifiers moved", result.identifiers_moved),
        ("identifiers already held", result.identifiers_dropped),
        ("cases moved", result.links_moved),
        ("cases already linked", result.links_dropped),
    ):
        if values:
            out.append(f"  {words}: {', '.join(values)}")
    out.append(f"  undo with: casefile undo-merge {result.merge_id}")
    sys.stdout.write("\n".join(out) + "\n")
    return EXIT_OK


def cmd_undo_merge(args: argparse.Namespace) -> int:
    from casefile.cli import _utf8_stdout, archive_path
    from casefile.services.infringers import undo_merge
    from casefile.store.archive import Archive

    with Archive.open(archive_path(args)[0]) as archive:
        result = undo_merge(archive, args.merge_id)
    _utf8_stdout(strict=False)
    out = [
        f"merge {result.merge_id} undone: {result.restored.name} is party {result.restored.id} "
        f"again, apart from {result.kept.name} (party {result.kept.id})"
    ]
    if not result.same_id:
        out.append("  (its old id had been taken by another record meanwhile)")
    if result.cases_gone:
        out.append(f"  not linked again, removed since: {', '.join(result.cases_gone)}")
    sys.stdout.write("\n".join(out) + "\n")
    return EXIT_OK


def cmd_merge_suggestions(args: argparse.Namespace) -> int:
    from casefile.cli import _utf8_stdout, archive_path
    from casefile.services.infringers import merge_suggestions
    from casefile.store.archive import Archive

    with Archive.open(archive_path(args)[0]) as archive:
        found = merge_suggestions(archive)
    if args.json:
        _utf8_stdout(strict=True)
        record = [
            {
                "first": {"id": s.first.id, "name": s.first.name, "cases": list(s.first.cases)},
                "second": {"id": s.second.id, "name": s.second.name, "cases": list(s.second.cases)},
                "shared": [
                    {
                        "kind": e.kind,
                        "normalized": e.normalized,
                        "first_value": e.first_value,
                        "second_value": e.second_value,
                    }
                    for e in s.shared
                ],
                "same_name": s.same_name,
                "reasons": list(s.reasons),
            }
            for s in found
        ]
        sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=1) + "\n")
        return EXIT_OK
    _utf8_stdout(strict=False)
    out = [
        f"{s.first.id} {s.first.name} ({', '.join(s.first.cases)})  ~  "
        f"{s.second.id} {s.second.name} ({', '.join(s.second.cases)}): {'; '.join(s.reasons)}"
        for s in found
    ]
    out.append(f"{len(found)} pair{'s' if len(found) != 1 else ''} that may be one infringer")
    sys.stdout.write("\n".join(out) + "\n")
    return EXIT_OK


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {  # cli.COMMANDS takes them in
    "infringers": cmd_infringers,
    "merge-parties": cmd_merge_parties,
    "undo-merge": cmd_undo_merge,
    "merge-suggestions": cmd_merge_suggestions,
}

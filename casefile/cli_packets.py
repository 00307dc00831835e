"""`casefile complaint-packets CASE_REF [--proceeding ID] [--batch-size N] [--exhibits LIST]
[--out DIR] [--record-sent [--sent-on DATE]] [--include-sent] [--json]`: a platform
proceeding's listings as the batches its complaint system takes, from the same service as the
window's Export Complaint Packets (services/complaint_packets.py)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXIT_OK = 0


def add_parsers(commands: Any, archive_option: Callable[..., None]) -> None:
    packets = commands.add_parser(
        "complaint-packets",
        help="write a platform proceeding's listings as complaint batches within the platform's "
        "limit (Alibaba IPP: 300 links), with the rights and an evidence bundle",
    )
    packets.add_argument("case", metavar="CASE_REF")
    packets.add_argument(
        "--proceeding", type=int, metavar="ID", help="the platform proceeding (default: the one)"
    )
    packets.add_argument(
        "--batch-size",
        type=int,
        metavar="N",
        help="links per complaint (default: the complaint system's limit; required where none "
        "is recorded)",
    )
    packets.add_argument(
        "--exhibits", metavar="LIST", help="exhibits for the evidence bundle, e.g. 1,3-5"
    )
    packets.add_argument(
        "--out", type=Path, metavar="DIR", help="default: the archive's exports/ folder"
    )
    packets.add_argument(
        "--include-sent", action="store_true", help="listings already in a notice too"
    )
    packets.add_argument(
        "--record-sent",
        action="store_true",
        help="record each batch as a notice sent on the proceeding (once filed)",
    )
    packets.add_argument("--sent-on", metavar="YYYY-MM-DD", help="with --record-sent: the day")
    packets.add_argument("--json", action="store_true", help="print the batches as JSON")
    archive_option(packets, argparse.SUPPRESS)


def cmd_complaint_packets(args: argparse.Namespace) -> int:
    from casefile.cli import _utf8_stdout, archive_path
    from casefile.console import Progress
    from casefile.services import complaint_packets as packets
    from casefile.services.bundles import parse_exhibit_list
    from casefile.services.validation import optional_date
    from casefile.store.archive import Archive

    exhibits = parse_exhibit_list(args.exhibits) if args.exhibits else []
    sent_on = optional_date("sent_on", args.sent_on)
    progress = Progress("Writing")
    with Archive.open(archive_path(args)[0]) as archive:
        plan = packets.plan_packets(
            archive, args.case, args.proceeding, args.batch_size, args.include_sent
        )
        out = args.out or archive.path / "exports"
        result = packets.export_packets(archive, plan, out, exhibits, progress=progress.update)
        progress.done()
        notices = (
            packets.record_notices_sent(archive, plan, result, sent_on) if args.record_sent else []
        )
    batches = [
        {
            "batch": b.number,
            "of": b.of,
            "folder": str(b.folder),
            "listings": len(b.listings),
            "notice_event_id": next((n.event_id for n in notices if n.batch == b.number), None),
        }
        for b in result.batches
    ]
    if args.json:
        _utf8_stdout(strict=True)
        record = {
            "case": plan.reference,
            "system": plan.system_name(),
            "batch_size": plan.batch_size,
            "limit_source": plan.limit_source,
            "folder": str(result.folder),
            "batches": batches,
            "left_out_already_sent": plan.already_sent if not args.include_sent else 0,
        }
        sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=1) + "\n")
        return EXIT_OK
    _utf8_stdout(strict=False)
    print(f"{result.folder}")
    print(
        f"{len(plan.listings)} listing(s) in {len(batches)} batch(es) of at most "
        f"{plan.batch_size} for {plan.system_name()}"
    )
    print(f"  the batch size: {plan.limit_source}")
    for batch in batches:
        print(f"  batch {batch['batch']}/{batch['of']}: {batch['listings']} listing(s)")
    if plan.already_sent and not args.include_sent:
        print(f"{plan.already_sent} listing(s) already in a notice were left out")
    if notices:
        print(f"recorded {len(notices)} notice(s) sent on the proceeding")
    return EXIT_OK


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {  # cli.COMMANDS takes them in
    "complaint-packets": cmd_complaint_packets,
}

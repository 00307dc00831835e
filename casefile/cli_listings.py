"""`casefile import-listings FILE --case REF [--map COLUMN=FIELD ...] [--dry-run] [--json]
[--report CSV]`: a monitoring tool's file of infringing listings (CSV or XLSX) imported into a
case by the same service as Case › Import Listings… (services/listing_import.py), with the
per-row error report. Rows with errors are reported and left out; the others are imported
(exit 1 tells a script that some rows were left out)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_ROWS_LEFT_OUT = 1


def add_parsers(commands: Any, archive_option: Callable[..., None]) -> None:
    # As services/listing_files.ListingField has them (not imported: the parser is built at
    # every start).
    fields = "platform, url, title, seller_name, seller_id, shop_url, price, currency, found_on"
    command = commands.add_parser(
        "import-listings",
        help="import a monitoring tool's CSV or XLSX of infringing listings into a case",
        description=(
            "Import a monitoring tool's file of infringing listings (CSV: UTF-8 or GB18030; "
            "XLSX: the first sheet) into a case: platform proceedings, sellers as infringers "
            "(matched to known ones by seller ID or shop address) and the listings; listings the "
            "case already has are skipped. Rows with errors are reported and left out (exit 1)."
        ),
    )
    archive_option(command, argparse.SUPPRESS)
    command.add_argument("file", type=Path, metavar="FILE", help="the .csv or .xlsx file")
    command.add_argument("--case", required=True, metavar="REF", help="the case, e.g. CF-2026-0001")
    command.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help=(
            f"map a column (its header or number) to a field ({fields}) or - to leave it out; "
            "the columns are proposed from their headers (English or Chinese)"
        ),
    )
    command.add_argument(
        "--platform",
        default="",
        metavar="KEY",
        help=(
            "the platform of rows that name none Casefile knows (e.g. taobao, tmall, jd, "
            "pinduoduo, 1688, douyin, aliexpress, amazon, ebay, shopee, lazada, temu)"
        ),
    )
    command.add_argument("--dry-run", action="store_true", help="check and count; write nothing")
    command.add_argument("--json", action="store_true", help="print the report as JSON")
    command.add_argument("--report", type=Path, metavar="CSV", help="also write the report as CSV")


def cmd_import_listings(args: argparse.Namespace) -> int:
    from casefile.cli import _utf8_stdout, archive_path
    from casefile.services.listing_files import parse_mapping, read_sheet
    from casefile.services.listing_import import import_listings, write_report_csv
    from casefile.store.archive import Archive

    sheet = read_sheet(args.file)
    mapping = parse_mapping(sheet.headers, args.map)
    with Archive.open(archive_path(args)[0]) as archive:
        report = import_listings(
            archive,
            args.case,
            args.file,
            mapping,
            dry_run=args.dry_run,
            sheet=sheet,
            default_platform=args.platform,
        )
    if args.report:
        write_report_csv(report, args.report)
    exit_code = EXIT_ROWS_LEFT_OUT if report.errors else EXIT_OK
    columns = {sheet.headers[i]: f.value for i, f in sorted(mapping.items())}
    if args.json:
        _utf8_stdout(strict=True)
        record = {
            "file": report.file,
            "case": report.case_reference,
            "dry_run": report.dry_run,
            "columns": columns,
            "rows": report.rows,
            "imported": report.imported,
            "matched_sellers": [
                {"name": s.name, "party_id": s.party_id} for s in report.matched_sellers
            ],
            "listings_of_known_infringers": report.listings_of_known,
            "new_infringers": [
                {"name": s.name, "party_id": s.party_id} for s in report.new_sellers
            ],
            "new_proceedings": list(report.new_proceedings),
            "duplicates": [{"row": d.row, "reason": d.reason} for d in report.duplicates],
            "errors": [
                {"row": e.row, "column": e.column, "reason": e.reason} for e in report.errors
            ],
        }
        sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=1) + "\n")
        return exit_code
    _utf8_stdout(strict=False)
    verb = "would be imported" if report.dry_run else "imported"
    lines = [
        f"{report.case_reference}: {report.imported} of {report.rows} rows {verb} from "
        f"{Path(report.file).name}",
        "  columns: " + ", ".join(f"{h} → {f}" for h, f in columns.items()),
        f"  sellers matched to known infringers: {len(report.matched_sellers)} "
        f"({report.listings_of_known} listings)",
        f"  new infringers: {len(report.new_sellers)}",
        "  new platform proceedings: " + (", ".join(report.new_proceedings) or "none"),
        f"  duplicates skipped: {len(report.duplicates)}",
        f"  rows with errors: {report.rows_with_errors}",
    ]
    lines += [
        f"row {e.row}" + (f", {e.column}" if e.column else "") + f": {e.reason}"
        for e in report.errors
    ]
    if args.dry_run:
        lines.append("dry run: nothing was written")
    sys.stdout.write("\n".join(lines) + "\n")
    return exit_code


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    "import-listings": cmd_import_listings
}

"""The case list's search and filters on the command line: `casefile list --search TEXT` and
`--route`, `--status`, `--jurisdiction`, `--brand`, `--transfer`, `--due-within`, `--tag`,
`--counsel`. `cli.py` registers the options and prints; the finding is services/search.py's,
the same the window uses."""

from __future__ import annotations

import argparse
from typing import Any

# The words for the field a search matched (`SearchHit.field`), on this face.
FIELD_LABELS = {
    "case_file.reference": "case reference",
    "case_file.title": "case title",
    "case_file.brand": "brand",
    "case_file.product_line": "product line",
    "case_file.responsible_counsel": "counsel",
    "case_file.summary": "case summary",
    "case_file.tags": "tags",
    "party.name": "party name",
    "party.notes": "party notes",
    "party_identifier.value": "party identifier",
    "party_identifier.normalized": "party identifier (normalised)",
    "case_party.note": "party's role note",
    "proceeding.authority": "authority",
    "proceeding.authority_ref": "authority reference",
    "proceeding.outcome": "proceeding outcome",
    "proceeding.sentence": "sentence",
    "proceeding_event.reference": "event reference",
    "proceeding_event.description": "event description",
    "evidence_item.description": "exhibit description",
    "evidence_item.source_url": "exhibit web address",
    "evidence_item.notary_office": "notary office",
    "evidence_item.notary_certificate": "notary certificate",
    "evidence_item.obtained_by": "exhibit obtained by",
    "note.body": "note",
    "ip_right.number": "right number",
    "ip_right.title": "right title",
    "ip_right.owner": "right owner",
    "customs_recordal.number": "recordal number",
    "customs_recordal.authority": "recordal authority",
    "transfer_step.reference": "transfer step reference",
    "transfer_step.authority": "transfer step authority",
    "transfer_step.note": "transfer step note",
    "prior_penalty.reference": "prior penalty reference",
    "prior_penalty.authority": "prior penalty authority",
    "prior_penalty.note": "prior penalty note",
    "listing.url": "listing address",
    "listing.title": "listing title",
    "listing.seller_name": "listing seller",
    "listing.seller_id": "listing seller ID",
    "listing.shop_url": "listing shop address",
}


def add_options(listing: argparse.ArgumentParser, days: Any) -> None:
    """The search and filter options of `casefile list`; `days` parses a count of days."""
    from casefile.domain import NO_TRANSFER, CaseStatus, Route, TransferStep

    listing.add_argument(
        "--search",
        metavar="TEXT",
        help="cases whose records hold TEXT (3 characters or more, 2 for Chinese), best first, "
        "with the field that matched",
    )
    listing.add_argument("--status", choices=[s.value for s in CaseStatus])
    listing.add_argument("--route", choices=[r.value for r in Route])
    listing.add_argument("--jurisdiction", metavar="CODE", help="one of the case's, e.g. CN")
    listing.add_argument("--brand", metavar="NAME", help="the case's brand (whole, any case)")
    listing.add_argument(
        "--transfer",
        metavar="STEP",
        choices=[NO_TRANSFER, *(s.value for s in TransferStep)],
        help=f"the last step of a transfer to the police, or {NO_TRANSFER}: "
        + ", ".join(s.value for s in TransferStep),
    )
    listing.add_argument(
        "--due-within",
        type=days,
        metavar="DAYS",
        help="an open deadline due within DAYS days (overdue ones included)",
    )
    listing.add_argument("--tag", metavar="TAG", help="one of the case's tags (whole)")
    listing.add_argument("--counsel", metavar="NAME", help="the responsible counsel (whole)")


def filters_of(args: argparse.Namespace) -> Any:
    from casefile.services.search import case_filters

    return case_filters(
        status=args.status,
        route=args.route,
        jurisdiction=args.jurisdiction,
        brand=args.brand,
        transfer=args.transfer,
        due_within_days=args.due_within,
        tag=args.tag,
        counsel=args.counsel,
    )


def label(field: str) -> str:
    return FIELD_LABELS.get(field, field)

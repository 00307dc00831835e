"""The words for the field a search matched (`services.search.matches`), in the window's
"Found in" column; translated in context "SearchFields". The command line words them itself
(cli_search.py)."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_FIELDS = cast(
    "dict[str, str]",
    {
        "case_file.reference": QT_TRANSLATE_NOOP("SearchFields", "Case reference"),
        "case_file.title": QT_TRANSLATE_NOOP("SearchFields", "Case title"),
        "case_file.brand": QT_TRANSLATE_NOOP("SearchFields", "Brand"),
        "case_file.product_line": QT_TRANSLATE_NOOP("SearchFields", "Product line"),
        "case_file.responsible_counsel": QT_TRANSLATE_NOOP("SearchFields", "Counsel"),
        "case_file.summary": QT_TRANSLATE_NOOP("SearchFields", "Case summary"),
        "case_file.tags": QT_TRANSLATE_NOOP("SearchFields", "Tags"),
        "party.name": QT_TRANSLATE_NOOP("SearchFields", "Party name"),
        "party.notes": QT_TRANSLATE_NOOP("SearchFields", "Party notes"),
        "party_identifier.value": QT_TRANSLATE_NOOP("SearchFields", "Party identifier"),
        "party_identifier.normalized": QT_TRANSLATE_NOOP(
            "SearchFields", "Party identifier (normalised)"
        ),
        "case_party.note": QT_TRANSLATE_NOOP("SearchFields", "Party's role note"),
        "proceeding.authority": QT_TRANSLATE_NOOP("SearchFields", "Authority"),
        "proceeding.authority_ref": QT_TRANSLATE_NOOP("SearchFields", "Authority reference"),
        "proceeding.outcome": QT_TRANSLATE_NOOP("SearchFields", "Proceeding outcome"),
        "proceeding.sentence": QT_TRANSLATE_NOOP("SearchFields", "Sentence"),
        "proceeding_event.reference": QT_TRANSLATE_NOOP("SearchFields", "Event reference"),
        "proceeding_event.description": QT_TRANSLATE_NOOP("SearchFields", "Event description"),
        "evidence_item.description": QT_TRANSLATE_NOOP("SearchFields", "Exhibit description"),
        "evidence_item.source_url": QT_TRANSLATE_NOOP("SearchFields", "Exhibit web address"),
        "evidence_item.notary_office": QT_TRANSLATE_NOOP("SearchFields", "Notary office"),
        "evidence_item.notary_certificate": QT_TRANSLATE_NOOP("SearchFields", "Notary certificate"),
        "evidence_item.obtained_by": QT_TRANSLATE_NOOP("SearchFields", "Exhibit obtained by"),
        "note.body": QT_TRANSLATE_NOOP("SearchFields", "Note"),
        "ip_right.number": QT_TRANSLATE_NOOP("SearchFields", "Right number"),
        "ip_right.title": QT_TRANSLATE_NOOP("SearchFields", "Right title"),
        "ip_right.owner": QT_TRANSLATE_NOOP("SearchFields", "Right owner"),
        "customs_recordal.number": QT_TRANSLATE_NOOP("SearchFields", "Recordal number"),
        "customs_recordal.authority": QT_TRANSLATE_NOOP("SearchFields", "Recordal authority"),
        "transfer_step.reference": QT_TRANSLATE_NOOP("SearchFields", "Transfer step reference"),
        "transfer_step.authority": QT_TRANSLATE_NOOP("SearchFields", "Transfer step authority"),
        "transfer_step.note": QT_TRANSLATE_NOOP("SearchFields", "Transfer step note"),
        "prior_penalty.reference": QT_TRANSLATE_NOOP("SearchFields", "Prior penalty reference"),
        "prior_penalty.authority": QT_TRANSLATE_NOOP("SearchFields", "Prior penalty authority"),
        "prior_penalty.note": QT_TRANSLATE_NOOP("SearchFields", "Prior penalty note"),
        "listing.url": QT_TRANSLATE_NOOP("SearchFields", "Listing address"),
        "listing.title": QT_TRANSLATE_NOOP("SearchFields", "Listing title"),
        "listing.seller_name": QT_TRANSLATE_NOOP("SearchFields", "Listing seller"),
        "listing.seller_id": QT_TRANSLATE_NOOP("SearchFields", "Listing seller ID"),
        "listing.shop_url": QT_TRANSLATE_NOOP("SearchFields", "Listing shop address"),
    },
)


def field_label(field: str) -> str:
    """ "Notary certificate" for "evidence_item.notary_certificate"; an unknown field as is."""
    words = _FIELDS.get(field)
    return QCoreApplication.translate("SearchFields", words) if words else field

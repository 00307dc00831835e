"""A case as data a reader compares: everything counsel recorded, without what the archive adds
on its own (row ids, the moment a note was written, the author's login), and with the records
of each kind in one order whatever order they were entered in. Two cases built the same way
from two faces (the window, the command line) read equal."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from casefile.services import cases
from casefile.store.archive import Archive

# Set by the archive, not by the user: left out of the comparison.
ARCHIVE_KEYS = frozenset({"id", "link_id", "created_at", "author"})


def case_contents(archive: Archive, reference: str) -> dict[str, Any]:
    detail = cases.case_detail(archive, reference)
    # A link to another record by id reads as that record's own words.
    named: dict[str, dict[object, object]] = {
        "proceeding_id": {p.id: f"{p.route} {p.authority}" for p in detail.proceedings},
        "event_id": {
            e.id: f"{e.kind} {e.occurred_on}" for p in detail.proceedings for e in p.events
        },
        "evidence_id": {e.id: f"exhibit {e.exhibit_no}" for e in detail.evidence},
    }
    return _plain(asdict(detail), named)


def _plain(value: object, named: dict[str, dict[object, object]]) -> Any:
    if isinstance(value, dict):
        return {
            key: named[key].get(item, item) if key in named else _plain(item, named)
            for key, item in value.items()
            if key not in ARCHIVE_KEYS and (key in named or not key.endswith("_id"))
        }
    if isinstance(value, list | tuple):
        items = [_plain(item, named) for item in value]
        if items and all(isinstance(item, dict) for item in items):
            return sorted(items, key=repr)
        return items
    return value

"""Links in the case's tabs that act on one of its records: "Add proceeding…", "Edit", "Remove"
beside a record. The tabs are HTML; a link's address names the action, the kind of record and its
id (`record:edit/proceeding/12`), and the pane hands it to `CaseActions` as a `RecordLink`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from html import escape

from PySide6.QtCore import QUrl

SCHEME = "record"


class RecordAction(StrEnum):
    ADD = "add"
    EDIT = "edit"
    REMOVE = "remove"
    OPEN = "open"  # an exhibit's file: a read-only copy opened (`RecordKind.FILE`)
    SHOW = "show"  # an exhibit's file: the copy's folder shown


class RecordKind(StrEnum):
    PROCEEDING = "proceeding"
    EVENT = "event"  # with ADD, the id is the proceeding's
    NOTE = "note"
    MONEY = "money"
    BOND = "bond"  # with EDIT, a bond posted (a money entry) marked returned or forfeited
    DEADLINE = "deadline"
    EXHIBIT = "exhibit"
    RIGHT = "right"
    RECORDAL = "recordal"  # with ADD, the id is the right's
    FIGURE = "figure"
    PENALTY = "penalty"
    WITHDRAWAL = "withdrawal"  # with ADD, the id is the exhibit's; REMOVE reinstates it
    FILE = "file"  # an exhibit's file: OPEN, SHOW
    PARTY = "party"  # the id is the party's link to the case (one role); REMOVE unlinks
    PARTY_LINK = "party_link"  # ADD only: an existing party linked to the case
    PACKETS = "packets"  # ADD only, the id the platform proceeding's: its complaint packets


@dataclass(frozen=True, slots=True)
class RecordLink:
    action: RecordAction
    kind: RecordKind
    record_id: int | None = None


def href(action: RecordAction, kind: RecordKind, record_id: int | None = None) -> str:
    return f"{SCHEME}:{action.value}/{kind.value}/{record_id if record_id is not None else ''}"


def anchor(text: str, action: RecordAction, kind: RecordKind, record_id: int | None = None) -> str:
    return f'<a class="act" href="{href(action, kind, record_id)}">{escape(text)}</a>'


def parse(url: QUrl) -> RecordLink | None:
    """The link a `record:` address names; None for another address or a malformed one."""
    if url.scheme() != SCHEME:
        return None
    parts = url.path().split("/")
    if len(parts) != 3:
        return None
    action, kind, number = parts
    try:
        return RecordLink(RecordAction(action), RecordKind(kind), int(number) if number else None)
    except ValueError:
        return None

"""What the window knows of each kind of record a case holds, for the Add, Edit and Remove links
in its tabs: the dialog that adds or edits one, how to find the record (and, for a new one, what
it goes into) in the case shown, how a removal is worded and which service removes it.

Each dialog module declares its kinds (`proceeding_editor.PROCEEDING`, …); adding a kind is its
dialog, its links in the tab (`widgets.detail_html`) and one entry in `record_types()`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from casefile.store.rows import CaseDetail
from casefile.ui.changes import Changed
from casefile.ui.record_links import RecordKind

if TYPE_CHECKING:
    from casefile.store.archive import Archive
    from casefile.ui.dialogs.record_dialog import RecordDialog


def nothing_within(_detail: CaseDetail, _record_id: int | None) -> object:
    return True  # a record that goes into the case itself


@dataclass(frozen=True)
class RecordType:
    kind: RecordKind
    dialog: type[RecordDialog[Any]]
    changes: frozenset[Changed]
    # the record with this id in the case shown, and what it is within (None: not there)
    find: Callable[[CaseDetail, int], tuple[object, object] | None]
    # "the note", "the event “Detention (2026-03-04)”": what a removal names
    describe: Callable[[CaseDetail, int], str]
    # removes it (on the write thread); None: this kind is not removed from the window
    remove: Callable[[Archive, int], object] | None
    # for a new record: what it goes into, from the link's id (None: not there)
    within: Callable[[CaseDetail, int | None], object] = nothing_within
    # a record several cases share (a right): takes it out of the case of this reference
    # (on the write thread), in place of `remove`
    remove_from_case: Callable[[Archive, str, int], object] | None = None


def record_types() -> dict[RecordKind, RecordType]:
    from casefile.ui.dialogs import (
        deadline_editor,
        event_editor,
        exhibit_editor,
        figure_editor,
        money_editor,
        note_editor,
        party_editor,
        prior_penalty,
        proceeding_editor,
        recordal_editor,
        right_editor,
    )

    kinds: tuple[RecordType, ...] = (proceeding_editor.PROCEEDING, event_editor.EVENT)
    kinds += (note_editor.NOTE,)
    kinds += (right_editor.RIGHT, recordal_editor.RECORDAL)
    kinds += (figure_editor.FIGURE, prior_penalty.PENALTY)
    kinds += (party_editor.PARTY, party_editor.PARTY_LINK)
    kinds += (money_editor.MONEY, money_editor.BOND, deadline_editor.DEADLINE)
    kinds += (exhibit_editor.EXHIBIT, exhibit_editor.WITHDRAWAL)
    return {kind.kind: kind for kind in kinds}

"""What a write changed, said once: after any write the window emits one `ArchiveChange` and
every view refreshes itself from it (the case list, the case shown, the flagged count), instead
of each dialog knowing which views to refresh (Anki's operations and their "did execute" hook).

A change names the archive it was written to: one written to an archive closed meanwhile is
ignored by the views (the window says where it went instead).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from casefile.store.archive import Archive


class Changed(StrEnum):
    """The kinds of records a write touched; views decide from them what to read again."""

    CASE = "case"  # the case's header: title, status, offences, act date, counsel…
    DEADLINES = "deadlines"
    EVIDENCE = "evidence"  # exhibits, their files and custody
    CRIMINAL = "criminal"  # threshold figures, earlier penalties, transfer steps
    PROCEEDINGS = "proceedings"  # proceedings and their events (which generate deadlines)
    PARTIES = "parties"  # parties, infringers and their identifiers
    RIGHTS = "rights"  # IP rights and customs recordals
    MONEY = "money"
    NOTES = "notes"


# Kinds that can move a case in or out of "suspicion reached, not transferred".
FLAG_KINDS = frozenset({Changed.CASE, Changed.CRIMINAL, Changed.PARTIES})
# The detail tab to bring forward after a change of only this kind (its result is shown there).
TAB_OF = {Changed.EVIDENCE: "evidence"}


@dataclass(frozen=True, slots=True)
class ArchiveChange:
    archive: Archive
    case_id: int | None  # None: no one case (e.g. settings)
    kinds: frozenset[Changed]
    message: str = ""  # for the status bar
    must_show: bool = False  # the case must be listed even if the search or filter hides it

    @property
    def moves_flag(self) -> bool:
        return bool(self.kinds & FLAG_KINDS)

    @property
    def tab(self) -> str:
        """The detail tab that shows the change, when it is of one kind that has one."""
        return TAB_OF.get(next(iter(self.kinds)), "") if len(self.kinds) == 1 else ""

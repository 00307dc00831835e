"""The Infringers view's tables: the infringers (ids held in full, summaries fetched a page at a
time off the GUI thread as the list is scrolled), the selected one's identifiers and cases, the
"seen before" suggestions and the merges made."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from casefile.ui import labels
from casefile.ui.models.paged_rows import PagedRowsModel
from casefile.ui.models.row_table import Index, RowTableModel

if TYPE_CHECKING:
    from casefile.services.infringers import (
        InfringerCase,
        InfringerSummary,
        MergeRow,
        ProceedingOutcome,
        Suggestion,
    )
    from casefile.store.rows import IdentifierRow

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def outcome_text(outcome: ProceedingOutcome) -> str:
    """ "Civil: judgment for the plaintiff, damages CNY 80,000.00" in a line."""
    parts = [outcome.outcome or labels.label(outcome.stage.value)]
    if outcome.fine is not None:
        parts.append(labels.money(outcome.fine))
    if outcome.damages is not None:
        parts.append(labels.money(outcome.damages))
    if outcome.sentence:
        parts.append(outcome.sentence)
    return f"{labels.label(outcome.route.value)}: " + ", ".join(p for p in parts if p)


class InfringerTableModel(PagedRowsModel):
    """Every infringer, in the order read (`set_ids`), a page at a time."""

    HEADERS = cast(
        "tuple[str, ...]",
        (
            QT_TRANSLATE_NOOP("InfringerTableModel", "Name"),
            QT_TRANSLATE_NOOP("InfringerTableModel", "Cases"),
            QT_TRANSLATE_NOOP("InfringerTableModel", "Routes"),
            QT_TRANSLATE_NOOP("InfringerTableModel", "Identifiers"),
            QT_TRANSLATE_NOOP("InfringerTableModel", "First seen"),
            QT_TRANSLATE_NOOP("InfringerTableModel", "Last seen"),
        ),
    )
    NAME, CASES, ROUTES, IDENTIFIERS, FIRST, LAST = range(6)

    def summary_at(self, row: int) -> InfringerSummary | None:
        return cast("InfringerSummary | None", self.row_at(row))

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        summary = self.summary_at(index.row()) if index.isValid() else None
        if summary is None:
            return None
        column = index.column()
        if role == DISPLAY:
            if column == self.NAME:
                return summary.name
            if column == self.CASES:
                return str(summary.case_count)
            if column == self.ROUTES:
                return labels.short_labels(r.value for r in summary.routes)
            if column == self.IDENTIFIERS:
                return "; ".join(i.value for i in summary.identifiers[:3]) + (
                    " …" if len(summary.identifiers) > 3 else ""
                )
            if column == self.FIRST:
                return labels.day(summary.first_seen)
            if column == self.LAST:
                return labels.day(summary.last_seen)
        if role == TOOLTIP and column in (self.NAME, self.IDENTIFIERS):
            lines = [summary.name] + [
                f"{labels.label(i.kind)}: {i.value}" for i in summary.identifiers
            ]
            return "\n".join(lines)
        if role == ALIGN and column == self.CASES:
            return RIGHT
        return None


class IdentifierTableModel(RowTableModel):
    """The selected infringer's identifiers: kind and value as recorded."""

    HEADERS = cast(
        "tuple[str, ...]",
        (
            QT_TRANSLATE_NOOP("IdentifierTableModel", "Kind"),
            QT_TRANSLATE_NOOP("IdentifierTableModel", "Identifier"),
        ),
    )

    def set_rows(self, rows: Sequence[IdentifierRow]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        row = cast("IdentifierRow | None", self.row_at(index.row()) if index.isValid() else None)
        if row is None or role != DISPLAY:
            return None
        return labels.label(row.kind) if index.column() == 0 else row.value


class InfringerCaseTableModel(RowTableModel):
    """The cases the selected infringer is in: reference, title, status, its role there, the
    routes taken and what was decided."""

    HEADERS = cast(
        "tuple[str, ...]",
        (
            QT_TRANSLATE_NOOP("InfringerCaseTableModel", "Reference"),
            QT_TRANSLATE_NOOP("InfringerCaseTableModel", "Title"),
            QT_TRANSLATE_NOOP("InfringerCaseTableModel", "Status"),
            QT_TRANSLATE_NOOP("InfringerCaseTableModel", "Role"),
            QT_TRANSLATE_NOOP("InfringerCaseTableModel", "Routes"),
            QT_TRANSLATE_NOOP("InfringerCaseTableModel", "Outcomes"),
        ),
    )

    def set_rows(self, rows: Sequence[InfringerCase]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def case_at(self, row: int) -> InfringerCase | None:
        return cast("InfringerCase | None", self.row_at(row))

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        case = self.case_at(index.row()) if index.isValid() else None
        if case is None:
            return None
        column = index.column()
        outcomes = [outcome_text(o) for o in case.outcomes]
        outcomes += [
            f"{labels.day(p.decided_on)} {labels.label(p.kind)} {p.conduct}".strip()
            for p in case.penalties
        ]
        if role == DISPLAY:
            return (
                case.reference,
                case.title,
                labels.label(case.status.value),
                labels.label(case.role.value),
                labels.short_labels(r.value for r in case.routes),
                "; ".join(outcomes),
            )[column]
        if role == TOOLTIP and column in (1, 5):
            return "\n".join([case.title, *outcomes])
        return None


class SuggestionTableModel(RowTableModel):
    """Pairs of infringer records that may be one infringer, with why."""

    HEADERS = cast(
        "tuple[str, ...]",
        (
            QT_TRANSLATE_NOOP("SuggestionTableModel", "Infringer"),
            QT_TRANSLATE_NOOP("SuggestionTableModel", "Seen before as"),
            QT_TRANSLATE_NOOP("SuggestionTableModel", "Why"),
        ),
    )

    def set_rows(self, rows: Sequence[Suggestion]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def suggestion_at(self, row: int) -> Suggestion | None:
        return cast("Suggestion | None", self.row_at(row))

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        pair = self.suggestion_at(index.row()) if index.isValid() else None
        if pair is None or role not in (DISPLAY, TOOLTIP):
            return None
        column = index.column()
        if column == 2:
            return "; ".join(reason_text(pair)) if role == DISPLAY else "\n".join(reason_text(pair))
        party = pair.first if column == 0 else pair.second
        cases = ", ".join(party.cases[:3]) + (" …" if len(party.cases) > 3 else "")
        if role == TOOLTIP:
            return f"{party.name}\n" + ", ".join(party.cases)
        return f"{party.name} ({cases})" if cases else party.name


def reason_text(pair: Suggestion) -> list[str]:
    """Why a pair is suggested, in the interface's language."""
    words = [
        QCoreApplication.translate("SuggestionTableModel", "%s %s on both")
        % (labels.label(s.kind), s.normalized)
        for s in pair.shared
    ]
    if pair.same_name:
        words.append(QCoreApplication.translate("SuggestionTableModel", "names nearly the same"))
    return words


class MergeTableModel(RowTableModel):
    """The merges made, newest first; an undone one greyed, with when it was undone."""

    HEADERS = cast(
        "tuple[str, ...]",
        (
            QT_TRANSLATE_NOOP("MergeTableModel", "Merged on"),
            QT_TRANSLATE_NOOP("MergeTableModel", "Merged record"),
            QT_TRANSLATE_NOOP("MergeTableModel", "Into"),
            QT_TRANSLATE_NOOP("MergeTableModel", "Reason"),
            QT_TRANSLATE_NOOP("MergeTableModel", "By"),
            QT_TRANSLATE_NOOP("MergeTableModel", "Undone"),
        ),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.names: dict[int, str] = {}  # kept party id → its name

    def set_rows(self, rows: Sequence[MergeRow], names: dict[int, str]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.names = dict(names)
        self.endResetModel()

    def merge_at(self, row: int) -> MergeRow | None:
        return cast("MergeRow | None", self.row_at(row))

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        merge = self.merge_at(index.row()) if index.isValid() else None
        if merge is None:
            return None
        if role == DISPLAY:
            kept = self.names.get(merge.keep_id, "")
            return (
                labels.day(merge.merged_at),
                f"{merge.merged_name} (#{merge.merged_id})",
                f"{kept} (#{merge.keep_id})" if kept else f"#{merge.keep_id}",
                merge.reason,
                merge.merged_by,
                labels.day(merge.undone_at),
            )[index.column()]
        if role == TOOLTIP and index.column() == 3:
            return merge.reason
        if role == FOREGROUND and merge.undone_at is not None:
            return QColor(128, 128, 128)
        return None

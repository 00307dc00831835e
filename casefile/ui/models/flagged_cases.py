"""The list of "suspicion reached, not transferred" cases (`services.assessment.FlaggedCase`):
reference, title and why each is flagged. Flagged cases are few (about 1% of a large archive):
the model holds them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
)

from casefile.ui import labels
from casefile.ui.core_words import say_phrase
from casefile.ui.models.row_table import Index, RowTableModel

if TYPE_CHECKING:
    from casefile.services.assessment import FlaggedCase

COL_REFERENCE, COL_TITLE, COL_REASONS = range(3)
CASE_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files tr("…") calls there


def _said(case: FlaggedCase) -> list[str]:
    """Why the case is flagged, in the interface's language."""
    return [say_phrase(reason) for reason in case.reason_phrases] or list(case.reasons)


class FlaggedCaseModel(RowTableModel):
    HEADERS = cast(
        "tuple[str, ...]",
        (
            QT_TRANSLATE_NOOP("FlaggedCaseModel", "Reference"),
            QT_TRANSLATE_NOOP("FlaggedCaseModel", "Title"),
            QT_TRANSLATE_NOOP("FlaggedCaseModel", "Why it is flagged"),
        ),
    )

    def set_cases(self, flagged: list[FlaggedCase]) -> None:
        self.beginResetModel()
        self._rows = list(flagged)
        self.endResetModel()

    @property
    def cases(self) -> list[FlaggedCase]:
        return list(self._rows)

    def case_at(self, row: int) -> FlaggedCase | None:
        return self.row_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        case = self.case_at(index.row()) if index.isValid() else None
        if case is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_REFERENCE:
                return case.reference
            if column == COL_TITLE:
                return case.title
            if column == COL_REASONS:
                return "; ".join(_said(case)) or tr("Suspicion reached")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_TITLE:
                return labels.rich(case.title)
            if column == COL_REASONS and case.reasons:
                return labels.rich("\n".join(_said(case)))
            if column == COL_REFERENCE:
                return tr("Double-click or press Enter to show this case")
        if role == CASE_ROLE:
            return case
        return None

"""The History tab's table: one row per change to the case (when, who, which record, what, before
→ after), newest first, as `services.history.case_history` returns them. A case's trail is
hundreds of rows, not the archive's hundred thousand: the rows are held, not paged."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from casefile.domain import AuditAction
from casefile.ui import i18n, labels
from casefile.ui.core_words import code_words, said, say_phrase

if TYPE_CHECKING:
    from casefile.services.history import FieldChange, HistoryRow

Index = QModelIndex | QPersistentModelIndex

COL_WHEN, COL_WHO, COL_RECORD, COL_ACTION, COL_CHANGES = range(5)
HEADERS = cast(
    "tuple[str, ...]",
    (
        QT_TRANSLATE_NOOP("HistoryTable", "When"),
        QT_TRANSLATE_NOOP("HistoryTable", "Who"),
        QT_TRANSLATE_NOOP("HistoryTable", "Record"),
        QT_TRANSLATE_NOOP("HistoryTable", "What"),
        QT_TRANSLATE_NOOP("HistoryTable", "Before → after"),
    ),
)
# Fields that hold a stored code ("test_buy"), named as the forms name it in another language
CODED_FIELDS = frozenset(
    {"direction", "category", "status", "route", "kind", "role", "action", "measure", "unit"}
    | {"conduct", "step", "priority", "bond_status"}
)
SHOWN_FIELDS = 6  # a long insert lists its first fields; the tooltip has them all
VALUE_CHARS = 60  # a longer value (a note, a description) is cut in the cell; the tooltip has it


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files tr("…") calls there


def _value(field: str, value: object, limit: int | None = None) -> str:
    """The value as counsel reads it, on one line and cut to `limit` characters (None: whole)."""
    text = _whole_value(field, value)
    if limit is None:
        return text
    text = " ".join(text.split())  # a note's paragraphs on one line
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _whole_value(field: str, value: object) -> str:
    if value is None or value == "":
        return "—"
    if field.endswith("_minor") and isinstance(value, int):  # amounts are kept in cents, fen
        return f"{value / 100:,.2f}"
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, list):
        return ", ".join(_one_value(field, v) for v in value) or "—"
    return _one_value(field, value)


def _one_value(field: str, value: object) -> str:
    if field in CODED_FIELDS and isinstance(value, str):
        return code_words(value)
    return str(value)


def field_name(field: str) -> str:
    """The field as counsel reads it: "due on" in English, the form's label in another."""
    name = field.removesuffix("_minor")
    if i18n.current_language() != i18n.ENGLISH and labels.has_field_label(name):
        return labels.field_label(name)
    return name.replace("_", " ")


def change_text(change: FieldChange, action: str, limit: int | None = None) -> str:
    """`title: Old → New` for an update; `title: Value` for an insert or a removal; each value
    cut to `limit` characters (None: whole)."""
    name, field = field_name(change.field), change.field
    if action == AuditAction.UPDATE:
        before, after = _value(field, change.before, limit), _value(field, change.after, limit)
        return tr("{field}: {before} → {after}").format(field=name, before=before, after=after)
    value = change.after if action == AuditAction.INSERT else change.before
    return tr("{field}: {value}").format(field=name, value=_value(field, value, limit))


def shown_changes(row: HistoryRow) -> list[FieldChange]:
    """The fields counsel reads: not the links between rows (`case_id`, `party_id`…), which
    the Record column already names."""
    return [c for c in row.changes if not c.field.endswith("_id")]


def local_time(at: datetime) -> str:
    """UTC as stored → the user's local time, to the minute."""
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


class HistoryTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[HistoryRow] = []
        self._actions: dict[str, str] = {
            AuditAction.INSERT: tr("Added"),
            AuditAction.UPDATE: tr("Changed"),
            AuditAction.DELETE: tr("Removed"),
        }

    def set_rows(self, rows: tuple[HistoryRow, ...] | list[HistoryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> HistoryRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's)
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(  # noqa: N802 (Qt's name)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(HEADERS)
        ):
            return QCoreApplication.translate("HistoryTable", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_CHANGES:
            return "\n".join(change_text(c, row.action) for c in shown_changes(row))
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_WHO, COL_RECORD):
            return self._text(row, column)  # when the column is narrower than the words
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_WHEN:
            return row.at.isoformat(timespec="seconds") + " UTC"
        return None

    def _text(self, row: HistoryRow, column: int) -> str | None:
        if column == COL_WHEN:
            return local_time(row.at)
        if column == COL_WHO:
            return row.actor
        if column == COL_RECORD:
            kind, record = str(said(row.kind_words)), say_phrase(row.record_phrase)
            if row.record.casefold().startswith(row.kind_words.casefold()):
                return record  # "note “Seller denied…”" names its kind already
            return tr("{kind}: {record}").format(kind=kind, record=record) if record else kind
        if column == COL_ACTION:
            return self._actions.get(row.action, row.action)
        if column == COL_CHANGES:
            changes = shown_changes(row)
            lines = [change_text(c, row.action, VALUE_CHARS) for c in changes[:SHOWN_FIELDS]]
            if len(changes) > SHOWN_FIELDS:
                lines.append(tr("… %d more") % (len(changes) - SHOWN_FIELDS))
            return "\n".join(lines)
        return None

    def text(self) -> str:
        """Every row as a user reads it (for tests)."""
        return "\n".join(
            " | ".join((self._text(row, c) or "").replace("\n", "; ") for c in range(len(HEADERS)))
            for row in self._rows
        )

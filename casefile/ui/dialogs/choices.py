"""Combo boxes the record dialogs share: a case's proceedings ("None — the case as a whole"
first), and stored codes shown by their labels."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox

from casefile.store.rows import CaseDetail
from casefile.ui import labels


def fill_proceedings(combo: QComboBox, case: CaseDetail, none_text: str) -> bool:
    """`none_text` (data None), then each proceeding of `case` by route and authority (data: its
    id). False when the case has none (the form may hide the row)."""
    combo.clear()
    combo.addItem(none_text, None)
    for proceeding in case.proceedings:
        where = " ".join(x for x in (proceeding.authority, proceeding.authority_ref) if x)
        text = labels.label(proceeding.route)
        combo.addItem(f"{text} · {where}" if where else text, proceeding.id)
    return bool(case.proceedings)


def fill_codes(combo: QComboBox, codes: Iterable[str]) -> None:
    """One item per code, shown by its label; the code chosen before stays chosen if offered."""
    chosen = combo.currentData()
    combo.clear()
    for code in codes:
        combo.addItem(labels.label(code), code)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))


def choose(combo: QComboBox, data: object) -> None:
    """Choose the item holding `data` (the first if none does)."""
    combo.setCurrentIndex(max(combo.findData(data), 0))

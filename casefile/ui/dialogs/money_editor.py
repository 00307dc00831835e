"""The money editor: composes `forms/money_editor.ui`. A cost the case paid (notary, investigators,
test buys, court fees, lawyers, a bond posted) or a recovery it brought back (damages, a
settlement, a share of a fine), in one currency on one day, added through
`services.records.add_money_entry` or corrected through `update_money_entry`.

A bond posted is held: neither a cost nor a recovery until it is forfeited (then a cost) or
returned (then nothing). The dialog says so when the category is a bond; the Money tab's
"Returned or Forfeited…" (`BondSettlementDialog`, below) records what became of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from casefile.domain import BondStatus, CostCategory, MoneyDirection
from casefile.store.rows import CaseDetail, MoneyRow
from casefile.ui import labels
from casefile.ui.changes import Changed
from casefile.ui.dates import qdate, today_qdate
from casefile.ui.dialogs.choices import choose, fill_codes, fill_proceedings
from casefile.ui.dialogs.record_dialog import RecordDialog
from casefile.ui.forms.bond_settlement_ui import Ui_BondSettlement
from casefile.ui.forms.money_editor_ui import Ui_MoneyEditor
from casefile.ui.record_links import RecordKind
from casefile.ui.record_types import RecordType

if TYPE_CHECKING:
    from casefile.store.archive import Archive

C = CostCategory
# The categories offered for each direction, most used first. "Bond returned" is no longer
# offered: a bond's return is recorded on the bond (it was never a cost); entries of older
# archives keep it.
CATEGORIES: dict[MoneyDirection, tuple[CostCategory, ...]] = {
    MoneyDirection.COST: (
        C.NOTARY,
        C.INVESTIGATOR,
        C.TEST_BUY,
        C.APPRAISAL,
        C.LAWYER,
        C.COURT_FEE,
        C.STORAGE,
        C.BOND,
        C.OTHER,
    ),
    MoneyDirection.RECOVERY: (C.DAMAGES, C.SETTLEMENT, C.FINE_SHARE, C.OTHER),
}


def is_bond(direction: object, category: object) -> bool:
    return (direction, category) == (MoneyDirection.COST, CostCategory.BOND)


def bond_state(entry: MoneyRow) -> str:
    """ "Held", "Returned on 2026-05-02", "Forfeited on 2026-06-01"; "" for anything else."""
    translate = QCoreApplication.translate
    if entry.bond_status is None:
        return ""
    if entry.bond_status == BondStatus.HELD:
        return translate("MoneyEditor", "Held")
    day = labels.day(entry.bond_settled_on)
    if entry.bond_status == BondStatus.RETURNED:
        return translate("MoneyEditor", "Returned on %s") % day
    return translate("MoneyEditor", "Forfeited on %s") % day


class MoneyEditor(RecordDialog[MoneyRow]):
    form = Ui_MoneyEditor
    changes = frozenset({Changed.MONEY})

    def title(self) -> str:
        if self.record is None:
            return self.tr("Add Cost or Recovery to %s") % self.case.reference
        return (
            self.tr("Edit %1 — %2")
            .replace("%1", labels.label(self.record.direction))
            .replace("%2", self.case.reference)
        )

    def saved_message(self, result: object) -> str:
        if self.editing:
            return self.tr("Saved the entry in %s.") % self.case.reference
        return self.tr("Added the entry to %s.") % self.case.reference

    def setup(self) -> None:
        ui = self.ui
        ui.introLabel.setText(
            self.tr(
                "What the case paid or brought back, in the currency it was paid in. The Money "
                "tab totals each currency apart."
            )
        )
        for direction in MoneyDirection:
            ui.directionCombo.addItem(labels.label(direction.value), direction.value)
        ui.currencyEdit.setText("CNY")
        ui.currencyEdit.setMaxLength(3)
        ui.currencyEdit.setMaximumWidth(
            ui.currencyEdit.fontMetrics().horizontalAdvance("MMMM") + 16
        )
        ui.amountEdit.setMaximumWidth(ui.amountEdit.fontMetrics().horizontalAdvance("0" * 18))
        ui.descriptionEdit.setMaxLength(500)
        today = today_qdate()
        ui.occurredOnEdit.setDate(today)
        ui.occurredOnEdit.setMaximumDate(today.addYears(1))
        shown = fill_proceedings(
            ui.proceedingCombo, self.case, self.tr("None — the case as a whole")
        )
        ui.formLayout.setRowVisible(ui.proceedingCombo, shown)
        ui.directionCombo.currentIndexChanged.connect(lambda _i: self._direction_changed())
        ui.categoryCombo.currentIndexChanged.connect(lambda _i: self._show_bond_hint())
        self._direction_changed()
        ui.directionCombo.setFocus()

    def _direction_changed(self) -> None:
        direction = MoneyDirection(self.ui.directionCombo.currentData())
        codes = [c.value for c in CATEGORIES[direction]]
        record = self.record
        if record is not None and record.direction == direction and record.category not in codes:
            codes.insert(len(codes) - 1, record.category)  # an older entry's ("bond returned")
        fill_codes(self.ui.categoryCombo, codes)
        self._show_bond_hint()

    def _show_bond_hint(self) -> None:
        ui = self.ui
        bond = is_bond(ui.directionCombo.currentData(), ui.categoryCombo.currentData())
        text = ""
        if bond:
            text = self.tr(
                "A bond posted is held: neither a cost nor a recovery until it is forfeited "
                "(then a cost) or returned. Record that with “Returned or Forfeited…” beside it "
                "in the Money tab."
            )
            record = self.record
            if record is not None and record.bond_status is not None:
                text = self.tr("This bond: %s.") % bond_state(record) + " " + text
        ui.bondHint.setText(text)
        ui.bondHint.setVisible(bool(text))

    def fill(self, record: MoneyRow) -> None:
        ui = self.ui
        choose(ui.directionCombo, record.direction)
        self._direction_changed()
        choose(ui.categoryCombo, record.category)
        ui.amountEdit.setText(f"{record.money.amount:,.2f}")
        ui.currencyEdit.setText(record.money.currency)
        ui.occurredOnEdit.setDate(qdate(record.occurred_on))
        choose(ui.proceedingCombo, record.proceeding_id)
        ui.descriptionEdit.setText(record.description)

    def fields(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "direction": ui.directionCombo,
            "category": ui.categoryCombo,
            "amount": ui.amountEdit,
            "currency": ui.currencyEdit,
            "occurred_on": ui.occurredOnEdit,
            "proceeding_id": ui.proceedingCombo,
            "description": ui.descriptionEdit,
            # a bond's outcome cannot come before it was posted: said under its date
            "bond_settled_on": ui.occurredOnEdit,
        }

    def values(self) -> dict[str, object]:
        ui = self.ui
        direction, category = ui.directionCombo.currentData(), ui.categoryCombo.currentData()
        record = self.record
        # a bond keeps what became of it; an entry that is no longer a bond has no status
        keep = record is not None and is_bond(direction, category) and record.bond_status
        return {
            "direction": direction,
            "category": category,
            "amount": ui.amountEdit.text().strip(),
            "currency": ui.currencyEdit.text().strip().upper(),
            "occurred_on": ui.occurredOnEdit.date().toPython(),
            "description": ui.descriptionEdit.text(),
            "proceeding_id": ui.proceedingCombo.currentData(),
            "bond_status": record.bond_status if keep and record else None,
            "bond_settled_on": record.bond_settled_on if keep and record else None,
        }

    def write(self, archive: Archive, values: dict[str, object]) -> object:
        from casefile.services import records

        draft = records.MoneyDraft(**values)  # type: ignore[arg-type]
        if self.record is None:
            return records.add_money_entry(
                archive,
                self.case.reference,
                draft.direction,
                draft.category,
                draft.amount,
                draft.currency,
                draft.occurred_on,
                draft.description,
                draft.proceeding_id,
            )
        return records.update_money_entry(archive, self.record.id, draft)


class BondSettlementDialog(RecordDialog[MoneyRow]):
    """What became of a bond posted: still held, returned (it was never a cost) or forfeited (a
    cost), on a day; written through `services.records.settle_bond`."""

    form = Ui_BondSettlement
    changes = frozenset({Changed.MONEY})

    def title(self) -> str:
        return self.tr("Bond Returned or Forfeited — %s") % self.case.reference

    def saved_message(self, result: object) -> str:
        state = bond_state(result) if isinstance(result, MoneyRow) else ""
        return self.tr("Bond in %1: %2.").replace("%1", self.case.reference).replace("%2", state)

    def ok_text(self) -> str:
        return self.tr("Save")

    def setup(self) -> None:
        ui = self.ui
        ui.statusCombo.addItem(self.tr("Still held"), BondStatus.HELD.value)
        ui.statusCombo.addItem(self.tr("Returned to us"), BondStatus.RETURNED.value)
        ui.statusCombo.addItem(self.tr("Forfeited (a cost)"), BondStatus.FORFEITED.value)
        today = today_qdate()
        ui.settledOnEdit.setDate(today)
        ui.settledOnEdit.setMaximumDate(today)
        ui.statusCombo.currentIndexChanged.connect(lambda _i: self._status_changed())
        ui.statusCombo.setFocus()

    def fill(self, record: MoneyRow) -> None:
        ui = self.ui
        posted = self.tr("%1 posted on %2.")
        posted = posted.replace("%1", labels.money(record.money)).replace(
            "%2", labels.day(record.occurred_on)
        )
        about = f"{posted} {record.description}".strip()
        ui.introLabel.setText(
            about
            + "\n"
            + self.tr(
                "Returned, it was never a cost of the case; forfeited, it is one from that day."
            )
        )
        ui.settledOnEdit.setMinimumDate(qdate(record.occurred_on))
        held = record.bond_status in (None, BondStatus.HELD)
        # a held bond: the question is what became of it (returned, usually)
        choose(ui.statusCombo, BondStatus.RETURNED if held else record.bond_status)
        if record.bond_settled_on is not None:
            ui.settledOnEdit.setDate(qdate(record.bond_settled_on))
        self._status_changed()

    def _status_changed(self) -> None:
        held = self.ui.statusCombo.currentData() == BondStatus.HELD
        self.ui.settledOnEdit.setEnabled(not held)

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        if not busy:
            self._status_changed()

    def fields(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "bond_status": ui.statusCombo,
            "bond_settled_on": ui.settledOnEdit,
            "on": ui.settledOnEdit,
        }

    def values(self) -> dict[str, object]:
        ui = self.ui
        status = ui.statusCombo.currentData()
        on = None if status == BondStatus.HELD else ui.settledOnEdit.date().toPython()
        return {"status": status, "on": on}

    def write(self, archive: Archive, values: dict[str, object]) -> object:
        from casefile.services.records import settle_bond

        assert self.record is not None
        return settle_bond(archive, self.record.id, values["status"], values["on"])


def _find(detail: CaseDetail, entry_id: int) -> tuple[object, object] | None:
    found = next((m for m in detail.money if m.id == entry_id), None)
    return (found, None) if found is not None else None


def _describe(detail: CaseDetail, entry_id: int) -> str:
    found = _find(detail, entry_id)
    entry = found[0] if found else None
    if not isinstance(entry, MoneyRow):
        return QCoreApplication.translate("MoneyEditor", "the entry")
    text = QCoreApplication.translate("MoneyEditor", "the %1 of %2 (%3, %4)")
    return (
        text.replace("%1", labels.label(entry.direction).lower())
        .replace("%2", labels.money(entry.money))
        .replace("%3", labels.label(entry.category))
        .replace("%4", labels.day(entry.occurred_on))
    )


def _remove(archive: Archive, entry_id: int) -> object:
    from casefile.services.records import remove_money_entry

    remove_money_entry(archive, entry_id)
    return None


def _find_bond(detail: CaseDetail, entry_id: int) -> tuple[object, object] | None:
    found = _find(detail, entry_id)
    bond = found is not None and is_bond(found[0].direction, found[0].category)  # type: ignore[attr-defined]
    return found if bond else None


MONEY = RecordType(RecordKind.MONEY, MoneyEditor, MoneyEditor.changes, _find, _describe, _remove)
BOND = RecordType(
    RecordKind.BOND,
    BondSettlementDialog,
    BondSettlementDialog.changes,
    _find_bond,
    _describe,
    None,  # a bond is removed as the entry it is
)

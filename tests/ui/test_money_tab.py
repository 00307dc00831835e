"""A case's money from the window: costs and recoveries added, corrected and removed through the
real dialog, a bond posted, held, then returned or forfeited, and the totals per currency read in
the Money tab as the core counts them."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox, QTextBrowser
from pytestqt.qtbot import QtBot

from casefile import clock
from casefile.services import cases
from casefile.store.archive import Archive
from casefile.ui.dialogs.money_editor import BondSettlementDialog, MoneyEditor
from casefile.ui.main_window import MainWindow
from tests.ui.case_tabs import choose, click_link, save, show_tab
from tests.ui.conftest import answer_questions
from tests.ui.keyboard import ime_type


@pytest.fixture
def case_ref(archive: Archive) -> str:
    draft = cases.CaseDraft(title="Fake X9 scooters at Ningbo port", jurisdictions=["CN"])
    return cases.create_case(archive, draft).reference


def _day(offset: int) -> date:
    return clock.today() + timedelta(days=offset)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _add(
    qtbot: QtBot,
    window: MainWindow,
    view: QTextBrowser,
    direction: str,
    category: str,
    amount: str,
    day: date,
    note: str = "",
    currency: str = "",
) -> MoneyEditor:
    click_link(view, "＋ Add Cost or Recovery…")
    dialog = window.dialogs.find(MoneyEditor)
    assert dialog is not None and dialog.isVisible()
    choose(dialog.ui.directionCombo, direction)
    choose(dialog.ui.categoryCombo, category)
    qtbot.keyClicks(dialog.ui.amountEdit, amount)
    if currency:
        dialog.ui.currencyEdit.clear()
        qtbot.keyClicks(dialog.ui.currencyEdit, currency)
    dialog.ui.occurredOnEdit.setDate(_qdate(day))
    if note:
        ime_type(dialog.ui.descriptionEdit, note)
    save(qtbot, dialog)
    return dialog


def _totals(view: QTextBrowser) -> str:
    """The Totals table as a user reads it: one line per row, cells separated by " | "."""
    text = view.toPlainText()
    head, _, rest = text.partition("Totals\n")
    table, _, _ = rest.partition("\nEntries")
    return table


def _entries(archive: Archive, case_ref: str) -> list[tuple[str, str, Decimal, str, str | None]]:
    return [
        (m.direction, m.category, m.money.amount, m.money.currency, m.bond_status)
        for m in cases.case_detail(archive, case_ref).money
    ]


def test_a_cost_and_a_recovery_and_their_totals(
    qtbot: QtBot, window: MainWindow, archive: Archive, case_ref: str
) -> None:
    view = show_tab(window, case_ref, "money")
    assert "No costs or recoveries yet." in view.toPlainText()
    dialog = _add(
        qtbot, window, view, "cost", "notary", "3,200", _day(-20), "上海市东方公证处 公证费"
    )
    assert not dialog.isVisible()
    assert "Added the entry to" in window.ui.statusBar.currentMessage()
    recovery = _add(qtbot, window, view, "recovery", "damages", "50000", _day(-2), "判决赔偿")
    assert not recovery.isVisible()
    assert _entries(archive, case_ref) == [
        ("cost", "notary", Decimal("3200"), "CNY", None),
        ("recovery", "damages", Decimal("50000"), "CNY", None),
    ]
    text = view.toPlainText()
    assert "上海市东方公证处 公证费" in text and "判决赔偿" in text
    totals = _totals(view)
    assert "Currency\nCosts\nRecoveries\nNet" in totals
    assert "CNY\nCNY 3,200.00\nCNY 50,000.00\nCNY 46,800.00" in totals
    # a cost in euros is totalled apart
    _add(qtbot, window, view, "cost", "lawyer", "1200.50", _day(-1), "Rechtsanwalt", "eur")
    totals = _totals(view)
    assert "CNY\nCNY 3,200.00\nCNY 50,000.00\nCNY 46,800.00" in totals
    assert "EUR\nEUR 1,200.50\nEUR 0.00\nEUR -1,200.50" in totals


def test_a_bond_is_held_then_returned_or_forfeited(
    qtbot: QtBot, window: MainWindow, archive: Archive, case_ref: str
) -> None:
    view = show_tab(window, case_ref, "money")
    _add(qtbot, window, view, "cost", "notary", "3200", _day(-30))
    click_link(view, "＋ Add Cost or Recovery…")
    dialog = window.dialogs.find(MoneyEditor)
    assert not dialog.ui.bondHint.isVisibleTo(dialog)
    choose(dialog.ui.categoryCombo, "bond")
    assert dialog.ui.bondHint.isVisibleTo(dialog)
    assert "neither a cost nor a recovery" in dialog.ui.bondHint.text()
    qtbot.keyClicks(dialog.ui.amountEdit, "50000")
    dialog.ui.occurredOnEdit.setDate(_qdate(_day(-25)))
    ime_type(dialog.ui.descriptionEdit, "宁波海关 担保金")
    save(qtbot, dialog)
    assert _entries(archive, case_ref)[-1] == ("cost", "bond", Decimal("50000"), "CNY", "held")
    # held: shown apart, not a cost
    assert "Bond\nheld" in view.toPlainText()
    totals = _totals(view)
    assert "Currency\nCosts\nRecoveries\nNet\nBonds held" in totals
    assert "CNY\nCNY 3,200.00\nCNY 0.00\nCNY -3,200.00\nCNY 50,000.00" in totals

    # returned: it was never a cost
    click_link(view, "Returned or Forfeited…")
    settle = window.dialogs.find(BondSettlementDialog)
    assert settle is not None and settle.isVisible()
    assert settle.ui.statusCombo.currentData() == "returned"
    assert "CNY 50,000.00 posted on" in settle.ui.introLabel.text()
    settle.ui.settledOnEdit.setDate(_qdate(_day(-3)))
    save(qtbot, settle)
    [bond] = [m for m in cases.case_detail(archive, case_ref).money if m.category == "bond"]
    assert (bond.bond_status, bond.bond_settled_on) == ("returned", _day(-3))
    assert f"Bond\nreturned {_day(-3).isoformat()}" in view.toPlainText()
    totals = _totals(view)
    assert "Bonds held" not in totals
    assert "CNY\nCNY 3,200.00\nCNY 0.00\nCNY -3,200.00" in totals

    # forfeited after all (recorded in error): a cost from that day
    click_link(view, "Change Outcome…")
    settle = window.dialogs.find(BondSettlementDialog)
    choose(settle.ui.statusCombo, "forfeited")
    save(qtbot, settle)
    assert _entries(archive, case_ref)[-1][-1] == "forfeited"
    assert "CNY\nCNY 53,200.00\nCNY 0.00\nCNY -53,200.00" in _totals(view)
    assert "Bond in" in window.ui.statusBar.currentMessage()


def test_a_bad_amount_is_refused_at_its_field_then_an_entry_is_edited_and_removed(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    case_ref: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = show_tab(window, case_ref, "money")
    click_link(view, "＋ Add Cost or Recovery…")
    dialog = window.dialogs.find(MoneyEditor)
    choose(dialog.ui.categoryCombo, "notary")
    for bad, said in (("abc", "'abc' is not a number"), ("-3200", "-3200 is negative")):
        dialog.ui.amountEdit.clear()
        qtbot.keyClicks(dialog.ui.amountEdit, bad)
        save(qtbot, dialog)
        assert dialog.isVisible()
        assert said in dialog.error_for("amount")
        assert dialog.ui.amountEdit.property("invalid") is True
        assert cases.case_detail(archive, case_ref).money == ()
    dialog.ui.amountEdit.clear()
    assert dialog.error_for("amount") == ""  # typing clears it
    qtbot.keyClicks(dialog.ui.amountEdit, "3200")
    dialog.ui.currencyEdit.setText("R$")
    save(qtbot, dialog)
    assert "three-letter currency code" in dialog.error_for("currency")
    dialog.ui.currencyEdit.setText("CNY")
    ime_type(dialog.ui.descriptionEdit, "公证费")
    save(qtbot, dialog)
    assert not dialog.isVisible()

    # the notary's invoice said 3,800: Edit, the amount, Save
    click_link(view, "Edit")
    dialog = window.dialogs.find(MoneyEditor)
    assert dialog.record is not None
    assert dialog.ui.amountEdit.text() == "3,200.00"
    assert dialog.ui.categoryCombo.currentData() == "notary"
    assert dialog.ui.descriptionEdit.text() == "公证费"
    dialog.ui.amountEdit.setText("3,800.00")
    save(qtbot, dialog)
    assert _entries(archive, case_ref) == [("cost", "notary", Decimal("3800"), "CNY", None)]
    assert "CNY 3,800.00" in view.toPlainText()
    assert "Saved the entry in" in window.ui.statusBar.currentMessage()

    # entered twice by mistake: Remove asks, Cancel keeps it, Yes removes it
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    click_link(view, "Remove")
    assert len(asked) == 1 and "the cost of CNY 3,800.00 (Notary," in asked[0]
    assert len(cases.case_detail(archive, case_ref).money) == 1
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    click_link(view, "Remove")
    assert cases.case_detail(archive, case_ref).money == ()
    assert "No costs or recoveries yet." in view.toPlainText()


def test_a_recovery_offers_recovery_categories(window: MainWindow, case_ref: str) -> None:
    view = show_tab(window, case_ref, "money")
    click_link(view, "＋ Add Cost or Recovery…")
    dialog = window.dialogs.find(MoneyEditor)
    combo = dialog.ui.categoryCombo
    costs = [combo.itemData(i) for i in range(combo.count())]
    assert costs[0] == "notary" and "bond" in costs and "damages" not in costs
    choose(dialog.ui.directionCombo, "recovery")
    recoveries = [combo.itemData(i) for i in range(combo.count())]
    assert recoveries == ["damages", "settlement", "fine_share", "other"]
    dialog.discard()

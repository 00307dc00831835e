"""The Criminal tab's Record Earlier Penalty dialog: a penalty filled in through the dialog's
widgets is written to the archive, and the tab recomputes the case under the repeat standards of
the 2025 Interpretation (a copyright case whose gains are below the first-offence figure but
above the repeat figure becomes "serious"); one more than two years old is shown as not counting."""

from __future__ import annotations

from datetime import timedelta

import pytest
from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from casefile import clock
from casefile.services import cases, records
from casefile.services.assessment import case_rules
from casefile.store.archive import Archive
from casefile.ui.dialogs.prior_penalty import PriorPenaltyDialog
from casefile.ui.main_window import MainWindow
from casefile.ui.widgets.thresholds_panel import ThresholdsPanel
from tests.ui.criminal_tab import criminal_tab
from tests.ui.keyboard import ime_type


@pytest.fixture
def copyright_case(archive: Archive) -> str:
    """Made before the window opens on the archive (the window fixture comes after it)."""
    today = clock.today()
    made = cases.create_case(
        archive,
        cases.CaseDraft(
            title="VoltraOS firmware reseller",
            opened_on=today - timedelta(days=20),
            offences=["217"],
            acts_on=today - timedelta(days=30),
        ),
    )
    # 25,000 of gains: under Art 13(1)'s 30,000, over the repeat item (二)'s 20,000.
    records.add_threshold_figure(
        archive, made.reference, "illegal_gains", "25000", today - timedelta(days=10)
    )
    return made.reference


def _open(qtbot: QtBot, window: MainWindow, panel: ThresholdsPanel) -> PriorPenaltyDialog:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the old tab's widgets
    [button] = panel.findChildren(QPushButton, "recordPenaltyButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.dialogs.find(PriorPenaltyDialog)
    assert isinstance(dialog, PriorPenaltyDialog) and dialog.isVisible()
    return dialog


def _record(qtbot: QtBot, dialog: PriorPenaltyDialog) -> None:
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Record Penalty" and ok.isEnabled()
    with qtbot.waitSignal(dialog.penalty_recorded, timeout=5000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()


def test_an_earlier_penalty_recorded_in_the_window_makes_the_repeat_standards_apply(
    qtbot: QtBot, copyright_case: str, window: MainWindow, archive: Archive
) -> None:
    reference = copyright_case
    panel = criminal_tab(window, reference)
    qtbot.waitUntil(lambda: "Earlier penalties of the infringer" in panel.text(), timeout=5000)
    assert "Art 217 — not reached" in panel.text()

    dialog = _open(qtbot, window, panel)
    ui = dialog.ui
    assert ui.conductCombo.currentData() == "217"  # the case's own offence first
    decided = clock.today() - relativedelta(years=1)
    ui.decidedOnEdit.setDate(QDate(decided.year, decided.month, decided.day))
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("administrative"))
    ime_type(ui.authorityEdit, "杭州市文化市场行政执法总队")
    ime_type(ui.referenceEdit, "杭文执罚〔2025〕第118号")
    qtbot.keyClicks(ui.noteEdit, "Fined for the same firmware")
    _record(qtbot, dialog)

    [penalty] = case_rules(archive, reference).penalties
    assert (penalty.decided_on, penalty.kind, penalty.conduct) == (decided, "administrative", "217")
    assert penalty.reference == "杭文执罚〔2025〕第118号"
    qtbot.waitUntil(lambda: "杭文执罚〔2025〕第118号" in panel.text(), timeout=5000)
    text = panel.text()
    assert "Art 217 — SERIOUS" in text
    assert "so the repeat standards apply" in text
    assert "illegal gains (serious, repeat)" in text


def test_a_penalty_older_than_two_years_is_recorded_and_shown_not_to_count(
    qtbot: QtBot, copyright_case: str, window: MainWindow, archive: Archive
) -> None:
    reference = copyright_case
    panel = criminal_tab(window, reference)
    qtbot.waitUntil(lambda: "Earlier penalties of the infringer" in panel.text(), timeout=5000)
    dialog = _open(qtbot, window, panel)
    old = clock.today() - relativedelta(years=3)
    dialog.ui.decidedOnEdit.setDate(QDate(old.year, old.month, old.day))
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("criminal"))
    _record(qtbot, dialog)
    qtbot.waitUntil(lambda: "does not count" in panel.text(), timeout=5000)
    assert "Art 217 — not reached" in panel.text()
    assert "more than 2 years after it" in panel.text()

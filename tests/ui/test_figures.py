"""The records the Criminal tab assesses, entered and corrected from the window: figures toward
the thresholds (added from the Criminal tab, edited and removed from the Proceedings tab's table)
and earlier penalties (edited and removed beside each on the Criminal tab). Each save or removal
goes through the real dialog or question, and the tab's level follows."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from casefile import clock
from casefile.services import cases, evidence, records
from casefile.store.archive import Archive
from casefile.ui.dialogs.figure_editor import FigureEditor
from casefile.ui.dialogs.prior_penalty import PriorPenaltyDialog
from casefile.ui.main_window import MainWindow
from casefile.ui.widgets.thresholds_panel import ThresholdsPanel
from tests.ui.case_tabs import choose, click_link, save, show_tab
from tests.ui.conftest import answer_questions
from tests.ui.criminal_tab import criminal_tab
from tests.ui.keyboard import ime_type


@pytest.fixture
def trademark_case(archive: Archive, tmp_path: Path) -> str:
    """Art 213, acts after 2025-04-26 (the 2025 Interpretation), one exhibit; made before the
    window opens on the archive."""
    today = clock.today()
    made = cases.create_case(
        archive,
        cases.CaseDraft(
            title="Counterfeit FASTWHEEL scooters sold online",
            offences=["213"],
            acts_on=today - timedelta(days=30),
        ),
    )
    orders = tmp_path / "orders.txt"
    orders.write_text("订单 1-1200, RMB 50 each\n", encoding="utf-8")
    evidence.add_evidence(
        archive,
        made.reference,
        evidence.EvidenceDraft(kind="screenshot", description="店铺后台订单列表"),
        [orders],
    )
    return made.reference


@pytest.fixture
def copyright_case(archive: Archive) -> str:
    """Gains of 25,000 under Art 217: below the first-offence 30,000, over the repeat 20,000;
    an administrative penalty a year ago makes it serious."""
    today = clock.today()
    made = cases.create_case(
        archive,
        cases.CaseDraft(
            title="VoltraOS firmware reseller",
            offences=["217"],
            acts_on=today - timedelta(days=30),
        ),
    )
    records.add_threshold_figure(
        archive, made.reference, "illegal_gains", "25000", today - timedelta(days=10)
    )
    records.add_prior_penalty(
        archive,
        made.reference,
        today - relativedelta(years=1),
        "administrative",
        "217",
        authority="杭州市文化市场行政执法总队",
        reference="杭文执罚〔2025〕第118号",
    )
    return made.reference


def _click(qtbot: QtBot, panel: ThresholdsPanel, name: str) -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the old tab's widgets
    [button] = panel.findChildren(QAbstractButton, name)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_figure_raises_the_level_its_correction_raises_it_more_its_removal_drops_it(
    qtbot: QtBot,
    trademark_case: str,
    window: MainWindow,
    archive: Archive,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reference = trademark_case
    panel = criminal_tab(window, reference)
    assert "Art 213 — not reached" in panel.text()
    assert "No figures recorded yet" in panel.text()

    _click(qtbot, panel, "addFigureButton")
    dialog = window.dialogs.find(FigureEditor)
    assert dialog is not None and dialog.isVisible()
    ui = dialog.ui
    assert ui.measureCombo.currentData() == "illegal_gains"  # Art 213's measures come first
    choose(ui.measureCombo, "business_volume")
    assert ui.unitCombo.currentData() == "rmb" and not ui.unitCombo.isEnabled()  # RMB only
    [exhibit] = cases.case_detail(archive, reference).evidence
    choose(ui.evidenceCombo, exhibit.id)
    assert "店铺后台订单列表" in ui.evidenceCombo.currentText()
    ui.asOfEdit.setDate(QDate(2026, 11, 20))
    ime_type(ui.noteEdit, "1,200 单 × RMB 50（店铺后台）")
    qtbot.keyClicks(ui.valueEdit, "sixty thousand")
    save(qtbot, dialog)
    assert dialog.isVisible() and "is not a number" in dialog.error_for("value")
    assert cases.case_detail(archive, reference).figures == ()
    ui.valueEdit.clear()
    qtbot.keyClicks(ui.valueEdit, "60,000")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    [figure] = cases.case_detail(archive, reference).figures
    assert (figure.measure, figure.value, figure.unit) == ("business_volume", 60000, "rmb")
    assert (figure.as_of, figure.evidence_id) == (date(2026, 11, 20), exhibit.id)
    assert figure.note == "1,200 单 × RMB 50（店铺后台）"
    assert "Art 213 — SERIOUS" in panel.text()

    # listed on the Proceedings tab, corrected there: half a million and more
    view = show_tab(window, reference, "proceedings")
    assert "Figures toward criminal thresholds" in view.toPlainText()
    assert "60,000" in view.toPlainText()
    click_link(view, "Edit")
    dialog = window.dialogs.find(FigureEditor)
    assert dialog.record is not None and dialog.ui.valueEdit.text() == "60000"
    assert dialog.ui.evidenceCombo.currentData() == exhibit.id
    dialog.ui.valueEdit.setText("600000")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert cases.case_detail(archive, reference).figures[0].value == Decimal(600000)
    assert "Art 213 — ESPECIALLY SERIOUS" in panel.text()

    # recorded in error: Remove asks, naming it; the level falls back
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    click_link(view, "Remove")
    assert len(asked) == 1 and "Business volume: 600,000 RMB (yuan)" in asked[0]
    assert cases.case_detail(archive, reference).figures == ()
    assert "Art 213 — not reached" in panel.text()
    assert "No figures recorded yet" in panel.text()


def test_an_earlier_penalty_is_corrected_and_removed_from_the_criminal_tab(
    qtbot: QtBot,
    copyright_case: str,
    window: MainWindow,
    archive: Archive,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reference = copyright_case
    panel = criminal_tab(window, reference)
    assert "Art 217 — SERIOUS" in panel.text() and "杭文执罚〔2025〕第118号" in panel.text()

    _click(qtbot, panel, "editPenaltyButton")
    dialog = window.dialogs.find(PriorPenaltyDialog)
    assert dialog is not None and dialog.record is not None
    ui = dialog.ui
    assert ui.authorityEdit.text() == "杭州市文化市场行政执法总队"
    assert dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).text() == "Save"
    # a date that is not one: refused at the field, nothing written
    ui.decidedOnEdit.lineEdit().selectAll()
    qtbot.keyClicks(ui.decidedOnEdit, "2025-02-30")
    save(qtbot, dialog)
    assert dialog.isVisible() and "February 2025 has 28 days" in dialog.error_for("decided_on")
    [penalty] = cases.case_detail(archive, reference).penalties
    assert penalty.decided_on == clock.today() - relativedelta(years=1)
    # it was decided three years ago: no longer counted, the level falls back
    old = clock.today() - relativedelta(years=3)
    ui.decidedOnEdit.setDate(QDate(old.year, old.month, old.day))
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("criminal"))
    save(qtbot, dialog)
    assert not dialog.isVisible()
    [penalty] = cases.case_detail(archive, reference).penalties
    assert (penalty.decided_on, penalty.kind) == (old, "criminal")
    assert penalty.reference == "杭文执罚〔2025〕第118号"  # untouched
    assert "Art 217 — not reached" in panel.text() and "does not count" in panel.text()

    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    _click(qtbot, panel, "removePenaltyButton")
    assert len(asked) == 1 and "杭文执罚〔2025〕第118号" in asked[0]
    assert cases.case_detail(archive, reference).penalties == ()
    assert "None recorded." in panel.text()

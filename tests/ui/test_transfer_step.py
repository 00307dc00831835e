"""The Criminal tab's Record Step dialog: a transfer to the police started with its first step,
then its next step recorded, each filled in through the dialog's widgets, written to the archive
and shown again in the tab; a refused step writes nothing and says why in the dialog."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from casefile import clock
from casefile.services import cases
from casefile.store.archive import Archive
from casefile.ui.dialogs.transfer_step import TransferStepDialog
from casefile.ui.main_window import MainWindow
from casefile.ui.widgets.thresholds_panel import ThresholdsPanel
from tests.ui.criminal_tab import criminal_tab
from tests.ui.keyboard import ime_type
from tests.ui.sample_data import Sample

AMR = "深圳市市场监督管理局 Shenzhen AMR"


def _open(
    qtbot: QtBot, window: MainWindow, panel: ThresholdsPanel, button: str
) -> TransferStepDialog:
    # The tab is rebuilt on each refresh; its old widgets go at the next deferred delete.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    [found] = panel.findChildren(QPushButton, button)
    qtbot.mouseClick(found, Qt.MouseButton.LeftButton)
    dialog = window.dialogs.find(TransferStepDialog)
    assert isinstance(dialog, TransferStepDialog) and dialog.isVisible()
    return dialog


def _choose_step(dialog: TransferStepDialog, step: str) -> None:
    combo = dialog.ui.stepCombo
    index = combo.findData(step)
    assert index >= 0, [combo.itemData(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)


def _record(qtbot: QtBot, dialog: TransferStepDialog) -> None:
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Record Step" and ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_a_transfer_is_started_and_its_next_step_recorded_from_thecriminal_tab(
    qtbot: QtBot, sample: Sample, window: MainWindow, archive: Archive
) -> None:
    reference = sample.robot
    assert cases.case_detail(archive, reference).transfers == ()
    panel = criminal_tab(window, reference)

    dialog = _open(qtbot, window, panel, "startTransferButton")
    assert dialog.windowTitle() == "Start a Transfer to the Police"
    ui = dialog.ui
    assert ui.transferAuthorityEdit.isVisible()
    # A new transfer may start only with one of these (the transfer rules).
    offered = {ui.stepCombo.itemData(i) for i in range(ui.stepCombo.count())}
    assert offered == {"suspicion_reached", "transfer_requested", "transferred"}
    ime_type(ui.transferAuthorityEdit, AMR)  # Chinese comes from an input method
    _choose_step(dialog, "transfer_requested")
    requested_on = clock.today() - timedelta(days=3)
    dialog.set_date(requested_on)
    qtbot.keyClicks(ui.authorityEdit, "Shenzhen AMR legal section")
    ime_type(ui.referenceEdit, "深市监移〔2026〕7号")
    qtbot.keyClicks(ui.noteEdit, "Transfer file sent with the sales ledger")
    with qtbot.waitSignal(dialog.step_recorded, timeout=5000) as recorded:
        _record(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert dialog.error == ""

    [transfer] = cases.case_detail(archive, reference).transfers
    assert recorded.args == [transfer.id]
    assert transfer.authority == AMR
    [step] = transfer.steps
    assert (step.step, step.occurred_on) == ("transfer_requested", requested_on)
    assert (step.authority, step.reference) == ("Shenzhen AMR legal section", "深市监移〔2026〕7号")
    assert step.note == "Transfer file sent with the sales ledger"

    # The tab shows the transfer again, with a button for its next step.
    qtbot.waitUntil(lambda: "深市监移〔2026〕7号" in panel.text(), timeout=5000)
    dialog = _open(qtbot, window, panel, "recordStepButton")
    assert dialog.windowTitle() == "Record Transfer Step"
    assert not dialog.ui.transferAuthorityEdit.isVisible()
    assert [dialog.ui.stepCombo.itemData(i) for i in range(dialog.ui.stepCombo.count())] == [
        "transferred"
    ]
    qtbot.keyClicks(dialog.ui.referenceEdit, "PSB-RCPT-0042")
    with qtbot.waitSignal(dialog.step_recorded, timeout=5000):
        _record(qtbot, dialog)

    [transfer] = cases.case_detail(archive, reference).transfers
    assert [(s.step, s.occurred_on, s.reference) for s in transfer.steps] == [
        ("transfer_requested", requested_on, "深市监移〔2026〕7号"),
        ("transferred", clock.today(), "PSB-RCPT-0042"),
    ]


def test_a_new_transfer_without_its_authority_is_refused_in_the_dialog(
    qtbot: QtBot, sample: Sample, window: MainWindow, archive: Archive
) -> None:
    panel = criminal_tab(window, sample.robot)
    dialog = _open(qtbot, window, panel, "startTransferButton")
    _choose_step(dialog, "suspicion_reached")
    _record(qtbot, dialog)
    assert dialog.isVisible() and "required" in dialog.error
    assert cases.case_detail(archive, sample.robot).transfers == ()  # nothing written

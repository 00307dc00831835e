"""Case › Export Complaint Packets… driven in the real window: 650 Taobao listings shown as
Alibaba IPP's 300/300/50, a smaller size chosen and refused above the limit, the packet written
with the evidence bundle, and Record as Notices Sent writing one notice per batch that the
case's Proceedings tab then shows; a case without a platform proceeding cannot open it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlmodel import col, select

from casefile.services import cases
from casefile.store.archive import Archive
from casefile.store.models import ProceedingEvent
from casefile.ui.dialogs.complaint_packets import ComplaintPacketsDialog
from casefile.ui.main_window import MainWindow
from tests.core.test_complaint_packets_service import case_with_listings  # noqa: F401
from tests.ui.case_tabs import click_link


def _show(window: MainWindow, reference: str) -> None:
    window.refresh()
    window.show_reference(reference)
    detail = window.ui.detailPane.detail
    assert detail is not None and detail.reference == reference


def _open(qtbot: QtBot, window: MainWindow) -> ComplaintPacketsDialog:
    action = window.actionComplaintPackets
    assert action in window.ui.menuCase.actions() and action.isEnabled()
    action.trigger()
    dialog = window.findChild(ComplaintPacketsDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    return dialog


def test_the_packet_is_written_and_recorded_as_notices_sent(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    case_with_listings: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    _show(window, case_with_listings)
    dialog = _open(qtbot, window)
    ui = dialog.ui
    assert "Alibaba IPP" in ui.systemValue.text() and "300" in ui.systemValue.text()
    assert ui.batchSpin.value() == 300 and ui.batchSpin.maximum() == 300  # no more than it takes
    assert ui.batchSummary.text() == "650 listings → 3 complaint(s): 300, 300, 50"
    ui.batchSpin.setValue(250)
    assert ui.batchSummary.text() == "650 listings → 3 complaint(s): 250, 250, 150"
    ui.batchSpin.setValue(300)
    assert ui.exhibitList.count() == 1
    assert ui.exhibitList.item(0).checkState() == Qt.CheckState.Checked
    ui.outEdit.setText(str(tmp_path / "packets"))
    assert not ui.recordButton.isEnabled()  # nothing written yet

    qtbot.mouseClick(ui.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=60_000)
    written = dialog.written
    assert written is not None
    assert [len(b.listings) for b in written.batches] == [300, 300, 50]
    assert (written.folder / "batch-01-of-03" / "evidence-bundle.pdf").is_file()
    assert "Written: 3 complaint folder(s)" in ui.statusLabel.text()
    assert ui.recordButton.isEnabled() and ui.openButton.isEnabled()

    qtbot.mouseClick(ui.recordButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.recorded), timeout=10_000)
    assert ui.statusLabel.text() == "Recorded 3 notice(s) sent on the proceeding."
    assert not ui.recordButton.isEnabled()  # not twice
    # what is left to file is read again: nothing, every listing is in a notice now
    qtbot.waitUntil(lambda: "in a notice already" in ui.errorLabel.text(), timeout=10_000)
    assert not ui.exportButton.isEnabled()
    with archive.reading() as session:
        references = [
            e.reference
            for e in session.scalars(select(ProceedingEvent).order_by(col(ProceedingEvent.id)))
        ]
    assert references == [f"Alibaba IPP batch {n}/3" for n in (1, 2, 3)]
    assert "Recorded 3 complaint batch(es)" in window.ui.statusBar.currentMessage()
    pane = window.ui.detailPane
    qtbot.waitUntil(
        lambda: "Alibaba IPP batch 3/3" in pane.ui.proceedingsView.toPlainText(), timeout=10_000
    )
    assert "650 named in a notice sent" in pane.ui.proceedingsView.toPlainText()


def test_a_case_without_a_platform_proceeding_has_nothing_to_file(
    qtbot: QtBot, window: MainWindow, archive: Archive
) -> None:
    bare = cases.create_case(archive, cases.CaseDraft(title="Customs only")).reference
    _show(window, bare)
    assert not window.actionComplaintPackets.isEnabled()


def test_esc_while_writing_cancels_and_leaves_no_packet(
    qtbot: QtBot,
    window: MainWindow,
    case_with_listings: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    _show(window, case_with_listings)
    dialog = _open(qtbot, window)
    out = tmp_path / "packets"
    dialog.ui.outEdit.setText(str(out))
    progress = dialog._progress

    def press_esc_at_the_first_batch(done: int, total: int, what: str) -> None:
        progress(done, total, what)
        if "batch 1" in what:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    dialog._progress = press_esc_at_the_first_batch  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.ui.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.exporting, timeout=60_000)
    assert dialog.isVisible()  # Esc cancelled the writing, not the dialog
    assert dialog.ui.statusLabel.text() == "Cancelled: no packet was written."
    assert dialog.written is None and not dialog.ui.recordButton.isEnabled()
    assert not out.exists() or not any(out.iterdir())


def test_the_proceeding_counts_its_listings_and_links_to_its_packets(
    qtbot: QtBot,
    window: MainWindow,
    case_with_listings: str,  # noqa: F811
) -> None:
    """The Proceedings tab says how many listings a platform proceeding has and how many a
    notice named; its Export Complaint Packets… link opens the dialog on that proceeding."""
    _show(window, case_with_listings)
    view = window.ui.detailPane.ui.proceedingsView
    assert "650 infringing listing(s), 0 named in a notice sent" in view.toPlainText()
    click_link(view, "Export Complaint Packets…")
    dialog = window.findChild(ComplaintPacketsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.proceeding_id() == window.ui.detailPane.detail.proceedings[0].id

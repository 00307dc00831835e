"""Changing a case after it was created: the case editor in edit mode, Close Case… and Reopen,
from the menu, the toolbar, the keyboard and the list's context menu."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from casefile import clock
from casefile.services import cases
from casefile.store.archive import Archive
from casefile.ui import tasks
from casefile.ui.dates import today_qdate
from casefile.ui.dialogs.case_editor import CaseEditor
from casefile.ui.dialogs.close_case import CloseCaseDialog
from casefile.ui.main_window import MainWindow
from casefile.ui.models.case_table import COL_REFERENCE, COL_STATUS, COL_TITLE
from tests.ui.conftest import Gate, answer_questions
from tests.ui.keyboard import ime_type
from tests.ui.sample_data import Sample


def _ok(dialog: QDialog):
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def _cancel(dialog: QDialog):
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)


def _show(window: MainWindow, reference: str) -> None:
    window.refresh()
    window.show_reference(reference)
    assert window.ui.detailPane.detail.reference == reference


def _row(window: MainWindow, reference: str) -> int:
    model = window.model
    return [model.index(r, COL_REFERENCE).data() for r in range(model.rowCount())].index(reference)


def _cell(window: MainWindow, reference: str, column: int) -> str:
    return window.model.index(_row(window, reference), column).data()


def test_edit_a_case_from_the_menu(
    qtbot: QtBot, window: MainWindow, archive: Archive, sample: Sample
) -> None:
    _show(window, sample.robot)
    ui = window.ui
    assert ui.actionEditCase.isEnabled()
    assert ui.actionEditCase.shortcut().toString() == "Ctrl+E"
    assert ui.actionEditCase in ui.toolBar.actions() and ui.actionEditCase in ui.menuCase.actions()
    ui.actionEditCase.trigger()

    editor = window.dialogs.find(CaseEditor)
    assert isinstance(editor, CaseEditor) and editor.isVisible() and editor.editing
    assert sample.robot in editor.windowTitle()
    assert _ok(editor).text() == "Save Changes"
    form = editor.ui
    # filled in with the case as it is
    assert form.titleEdit.text() == "Counterfeit R2 robot vacuums on Shopee (MY, SG)"
    assert form.brandEdit.text() == "Velora"
    assert form.priorityCombo.currentData() == "high"
    assert form.jurisdictionsEdit.text() == "MY, SG"
    assert form.counselEdit.text() == "Tan Wei Ming"
    assert form.openedOnEdit.date() == today_qdate().addDays(-45)
    assert form.tagsEdit.text() == "marketplace, SEA"
    assert form.summaryEdit.toPlainText() == "Three Shopee sellers; one ships from 深圳."

    form.titleEdit.clear()
    ime_type(form.titleEdit, "Shopee 卖家 — 假冒 R2 扫地机器人")
    form.priorityCombo.setCurrentIndex(form.priorityCombo.findData("urgent"))
    form.jurisdictionsEdit.setText("MY, SG, TH")
    form.tagsEdit.setText("marketplace, SEA, repeat infringer")
    with qtbot.waitSignal(editor.case_updated) as updated:
        qtbot.mouseClick(_ok(editor), Qt.MouseButton.LeftButton)

    assert not editor.isVisible()
    assert updated.args[0].reference == sample.robot
    stored = cases.case_detail(archive, sample.robot)
    assert stored.title == "Shopee 卖家 — 假冒 R2 扫地机器人"
    assert stored.priority == "urgent"
    assert stored.jurisdictions == ("MY", "SG", "TH")
    assert stored.tags == ("marketplace", "SEA", "repeat infringer")
    assert stored.summary == "Three Shopee sellers; one ships from 深圳."  # untouched
    # the list and the detail show the case as saved, still selected
    assert _cell(window, sample.robot, COL_TITLE) == "Shopee 卖家 — 假冒 R2 扫地机器人"
    pane = window.ui.detailPane.ui
    assert pane.titleLabel.text() == "Shopee 卖家 — 假冒 R2 扫地机器人"
    assert pane.priorityBadge.text() == "Urgent priority"
    assert window.ui.detailPane.detail.reference == sample.robot
    assert window.cases.current_case_id() == window.ui.detailPane.detail.id
    assert sample.robot in window.ui.statusBar.currentMessage()


def test_ctrl_e_opens_the_editor_and_a_double_click_too(
    qtbot: QtBot, window: MainWindow, sample: Sample
) -> None:
    _show(window, sample.closed)
    window.activateWindow()
    window.ui.caseTable.setFocus()
    qtbot.keyClick(window.ui.caseTable, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert (
        window.dialogs.find(CaseEditor) is not None
        and window.dialogs.find(CaseEditor).case.reference == sample.closed
    )
    window.dialogs.find(CaseEditor).reject()
    qtbot.waitUntil(lambda: window.dialogs.find(CaseEditor) is None)

    table = window.ui.caseTable
    rect = table.visualRect(window.model.index(_row(window, sample.robot), COL_TITLE))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert (
        window.dialogs.find(CaseEditor) is not None
        and window.dialogs.find(CaseEditor).case.reference == sample.robot
    )


def test_bad_changes_are_shown_at_their_field_and_nothing_is_saved(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    sample: Sample,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _show(window, sample.robot)
    window.case_actions.edit_case()
    editor = window.dialogs.find(CaseEditor)
    editor.ui.titleEdit.clear()
    qtbot.mouseClick(_ok(editor), Qt.MouseButton.LeftButton)
    assert editor.isVisible() and editor.error_for("title") == "Title is required."

    qtbot.keyClicks(editor.ui.titleEdit, "Robots")
    editor.ui.jurisdictionsEdit.setText("Malaysia")
    qtbot.mouseClick(_ok(editor), Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    assert editor.error_for("jurisdictions").startswith("Jurisdictions:")
    assert cases.case_detail(archive, sample.robot).title.startswith("Counterfeit R2")

    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Discard)
    editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert len(asked) == 1 and not editor.isVisible()
    assert cases.case_detail(archive, sample.robot).jurisdictions == ("MY", "SG")


def test_a_closed_case_cannot_be_given_an_opening_date_after_its_closing(
    window: MainWindow, archive: Archive, sample: Sample
) -> None:
    _show(window, sample.closed)
    closed_on = cases.case_detail(archive, sample.closed).closed_on
    window.case_actions.edit_case()
    edit = window.dialogs.find(CaseEditor).ui.openedOnEdit
    assert edit.maximumDate().toPython() == closed_on
    # and should the core refuse it anyway, the error is shown at the opening date
    window.dialogs.find(CaseEditor).show_error(
        cases.ValidationError("closed_on", "2026-01-01 is before opened_on")
    )
    assert window.dialogs.find(CaseEditor).error_for("opened_on").startswith("Closed on:")


def test_an_edited_case_hidden_by_the_search_is_shown(
    qtbot: QtBot, window: MainWindow, sample: Sample
) -> None:
    window.ui.searchEdit.setText("robot")
    window.cases.reload()
    assert [
        window.model.index(r, COL_REFERENCE).data() for r in range(window.model.rowCount())
    ] == [sample.robot]
    window.case_actions.edit_case()
    window.dialogs.find(CaseEditor).ui.titleEdit.setText("Shopee sellers of R2 copies")
    window.dialogs.find(CaseEditor).ui.productLineEdit.setText("R2")
    window.dialogs.find(CaseEditor).ui.summaryEdit.setPlainText("Three sellers.")
    qtbot.mouseClick(_ok(window.dialogs.find(CaseEditor)), Qt.MouseButton.LeftButton)
    assert window.ui.searchEdit.text() == ""  # cleared: it no longer says "robot"
    assert window.ui.detailPane.detail.title == "Shopee sellers of R2 copies"
    assert window.cases.current_case_id() == window.ui.detailPane.detail.id


def test_an_edit_being_saved_cannot_be_cancelled_and_reaches_the_list(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    sample: Sample,
    monkeypatch: pytest.MonkeyPatch,
    slow_update_case: Gate,
) -> None:
    _show(window, sample.robot)
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)
    window.case_actions.edit_case()
    editor = window.dialogs.find(CaseEditor)
    editor.ui.titleEdit.setText("Slow disk edit")
    qtbot.mouseClick(_ok(editor), Qt.MouseButton.LeftButton)
    assert slow_update_case.entered.wait(5)

    assert not _cancel(editor).isEnabled() and not _ok(editor).isEnabled()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    editor.reject()
    assert editor.isVisible() and editor.saving

    results: list[int] = []
    editor.finished.connect(results.append)
    with qtbot.waitSignal(window.cases.cases_loaded, timeout=10_000):
        slow_update_case.release.set()
    qtbot.waitUntil(lambda: window.ui.detailPane.ui.titleLabel.text() == "Slow disk edit")
    assert results == [QDialog.DialogCode.Accepted]
    assert cases.case_detail(archive, sample.robot).title == "Slow disk edit"
    assert _cell(window, sample.robot, COL_TITLE) == "Slow disk edit"


def test_close_and_reopen_a_case(
    qtbot: QtBot, window: MainWindow, archive: Archive, sample: Sample
) -> None:
    _show(window, sample.scooter)
    ui = window.ui
    assert ui.actionCloseCase.isVisible() and ui.actionCloseCase.isEnabled()
    assert not ui.actionReopenCase.isVisible()
    ui.actionCloseCase.trigger()

    closer = window.dialogs.find(CloseCaseDialog)
    assert isinstance(closer, CloseCaseDialog) and closer.isVisible()
    assert sample.scooter in closer.windowTitle()
    assert closer.ui.closedOnEdit.date() == today_qdate()  # today unless changed
    assert closer.ui.closedOnEdit.maximumDate() == today_qdate()
    assert closer.ui.closedOnEdit.minimumDate() == today_qdate().addDays(-120)  # opened
    assert "5 open deadlines" in closer.ui.deadlinesLabel.text()  # they stay open: say so
    closer.ui.closedOnEdit.setDate(today_qdate().addDays(-2))
    with qtbot.waitSignal(closer.case_closed):
        qtbot.mouseClick(_ok(closer), Qt.MouseButton.LeftButton)

    assert not closer.isVisible()
    two_days_ago = clock.today() - timedelta(days=2)
    stored = cases.case_detail(archive, sample.scooter)
    assert (stored.status, stored.closed_on) == ("closed", two_days_ago)
    pane = window.ui.detailPane.ui
    assert pane.statusBadge.text() == "Closed"
    assert pane.closedValue.text() == two_days_ago.isoformat()
    assert _cell(window, sample.scooter, COL_STATUS) == "Closed"
    assert f"Closed {sample.scooter}" in window.ui.statusBar.currentMessage()
    # closed: Close Case gives way to Reopen Case
    assert not ui.actionCloseCase.isVisible()
    assert ui.actionReopenCase.isVisible() and ui.actionReopenCase.isEnabled()

    ui.actionReopenCase.trigger()
    stored = cases.case_detail(archive, sample.scooter)
    assert (stored.status, stored.closed_on) == ("open", None)
    assert pane.statusBadge.text() == "Open" and pane.closedValue.text() == "—"
    assert _cell(window, sample.scooter, COL_STATUS) == "Open"
    assert f"Reopened {sample.scooter}" in window.ui.statusBar.currentMessage()
    assert ui.actionCloseCase.isVisible() and not ui.actionReopenCase.isVisible()


def test_the_context_menu_acts_on_the_row_clicked(
    qtbot: QtBot, window: MainWindow, archive: Archive, sample: Sample
) -> None:
    """Whatever the detail pane shows, a right-clicked row's menu acts on that row's case."""
    _show(window, sample.scooter)
    menu = window.case_actions.case_menu(_row(window, sample.closed))
    assert isinstance(menu, QMenu)
    entries = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert "&Reopen Case" in entries and "C&lose Case…" not in entries  # it is closed
    next(a for a in menu.actions() if a.text() == "&Reopen Case").trigger()
    menu.close()
    assert cases.case_detail(archive, sample.closed).status == "open"

    menu = window.case_actions.case_menu(_row(window, sample.robot))
    next(a for a in menu.actions() if a.text() == "C&lose Case…").trigger()
    menu.close()
    assert (
        window.dialogs.find(CloseCaseDialog) is not None
        and window.dialogs.find(CloseCaseDialog).case.reference == sample.robot
    )
    window.dialogs.find(CloseCaseDialog).reject()
    assert cases.case_detail(archive, sample.robot).status == "open"  # cancelled: unchanged


def test_a_closing_being_saved_cannot_be_cancelled(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    sample: Sample,
    monkeypatch: pytest.MonkeyPatch,
    slow_set_status: Gate,
) -> None:
    _show(window, sample.robot)
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)
    window.case_actions.close_case()
    closer = window.dialogs.find(CloseCaseDialog)
    qtbot.mouseClick(_ok(closer), Qt.MouseButton.LeftButton)
    assert slow_set_status.entered.wait(5)
    assert not _cancel(closer).isEnabled()
    qtbot.keyClick(closer, Qt.Key.Key_Escape)
    assert closer.isVisible() and closer.saving
    with qtbot.waitSignal(closer.case_closed, timeout=10_000):
        slow_set_status.release.set()
    qtbot.waitUntil(lambda: window.ui.detailPane.ui.statusBadge.text() == "Closed")
    assert cases.case_detail(archive, sample.robot).status == "closed"


def test_case_actions_wait_for_a_case(window: MainWindow) -> None:
    ui = window.ui
    assert window.ui.detailPane.detail is None  # an empty archive
    for action in (ui.actionEditCase, ui.actionCloseCase, ui.actionCopyReference):
        assert not action.isEnabled()
    assert window.case_actions.case_menu(0) is None

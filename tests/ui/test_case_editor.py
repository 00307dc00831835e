"""Creating a case through the New Case dialog, driving its real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from casefile import clock
from casefile.services import cases
from casefile.store.archive import Archive
from casefile.ui import tasks
from casefile.ui.dates import today_qdate
from casefile.ui.dialogs.case_editor import CaseEditor
from casefile.ui.main_window import MainWindow
from tests.ui.conftest import Gate, answer_questions
from tests.ui.keyboard import ime_type


def _ok(editor: CaseEditor):
    return editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def test_new_case_appears_in_list_and_archive(
    qtbot: QtBot, window: MainWindow, archive: Archive
) -> None:
    window.ui.actionNewCase.trigger()
    editor = window.dialogs.find(CaseEditor)
    assert editor is not None and editor.isVisible()
    assert editor.ui.openedOnEdit.date() == today_qdate()

    ime_type(editor.ui.titleEdit, "拼多多店铺 假冒 R2 扫地机器人")
    qtbot.keyClicks(editor.ui.brandEdit, "Velora")
    qtbot.keyClicks(editor.ui.jurisdictionsEdit, "cn, sg")
    qtbot.keyClicks(editor.ui.counselEdit, "Wang Li")
    qtbot.keyClicks(editor.ui.tagsEdit, "marketplace, robot")
    editor.ui.priorityCombo.setCurrentIndex(editor.ui.priorityCombo.findData("high"))
    qtbot.keyClicks(editor.ui.summaryEdit, "Seller ships from ")
    ime_type(editor.ui.summaryEdit, "深圳")
    with qtbot.waitSignal(editor.case_created) as created:
        qtbot.mouseClick(_ok(editor), Qt.MouseButton.LeftButton)

    assert not editor.isVisible()
    summary = created.args[0]
    stored = {c.reference: c for c in cases.list_cases(archive)}
    assert summary.reference in stored
    case = stored[summary.reference]
    assert case.title == "拼多多店铺 假冒 R2 扫地机器人"
    assert case.jurisdictions == ("CN", "SG")
    assert case.priority == "high"
    assert case.opened_on == clock.today()
    assert cases.case_detail(archive, case.reference).summary == "Seller ships from 深圳"
    # the list shows it, selected, and the detail pane shows it
    assert window.model.ids == [summary.id]
    assert window.cases.current_case_id() == summary.id
    assert window.ui.detailPane.ui.titleLabel.text() == "拼多多店铺 假冒 R2 扫地机器人"
    assert summary.reference in window.ui.statusBar.currentMessage()


def test_empty_title_keeps_the_dialog_open_and_names_the_field(
    qtbot: QtBot, window: MainWindow, archive: Archive
) -> None:
    editor = window.case_actions.new_case()
    qtbot.keyClicks(editor.ui.brandEdit, "Velora")
    qtbot.mouseClick(_ok(editor), Qt.MouseButton.LeftButton)

    assert editor.isVisible()
    assert editor.error_for("title") == "Title is required."
    assert editor.ui.titleEdit.property("invalid") is True
    assert editor.ui.brandEdit.text() == "Velora"  # input intact
    assert cases.list_cases(archive) == []

    qtbot.keyClicks(editor.ui.titleEdit, "T")  # typing clears the error
    assert editor.error_for("title") == ""


def test_core_validation_error_is_shown_for_its_field(
    qtbot: QtBot, window: MainWindow, archive: Archive
) -> None:
    editor = window.case_actions.new_case()
    qtbot.keyClicks(editor.ui.titleEdit, "Fake chargers")
    qtbot.keyClicks(editor.ui.jurisdictionsEdit, "CN, Netherlands")
    qtbot.mouseClick(_ok(editor), Qt.MouseButton.LeftButton)

    assert editor.isVisible()
    message = editor.error_for("jurisdictions")
    assert message.startswith("Jurisdictions:") and "NETHERLANDS" in message.upper()
    assert (
        editor.ui.jurisdictionsEdit.hasFocus()
        or editor.focusWidget() is editor.ui.jurisdictionsEdit
    )
    assert editor.ui.titleEdit.text() == "Fake chargers"
    assert editor.ui.jurisdictionsEdit.text() == "CN, Netherlands"
    assert cases.list_cases(archive) == []

    editor.ui.jurisdictionsEdit.setText("CN, NL")
    qtbot.mouseClick(_ok(editor), Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    assert [c.title for c in cases.list_cases(archive)] == ["Fake chargers"]


def test_new_case_clears_a_filter_that_would_hide_it(
    qtbot: QtBot, window: MainWindow, archive: Archive
) -> None:
    cases.create_case(archive, cases.CaseDraft(title="Existing case"))
    window.ui.searchEdit.setText("Existing")
    window.cases.reload()
    editor = window.case_actions.new_case()
    qtbot.keyClicks(editor.ui.titleEdit, "Another target")
    qtbot.mouseClick(_ok(editor), Qt.MouseButton.LeftButton)
    assert window.ui.searchEdit.text() == ""
    assert window.model.rowCount() == 2
    assert window.ui.detailPane.ui.titleLabel.text() == "Another target"


def test_cancel_creates_nothing(
    qtbot: QtBot, window: MainWindow, archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = window.case_actions.new_case()
    cancel = editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Discard)
    qtbot.keyClicks(editor.ui.titleEdit, "Never mind")
    cancel.click()
    assert asked == ["The changes typed in “New Case” are not saved. Discard them?"]
    assert not editor.isVisible()
    assert cases.list_cases(archive) == []


def test_cancel_asks_before_typed_work_is_lost_and_keeps_it_when_told(
    qtbot: QtBot, window: MainWindow, archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = window.case_actions.new_case()
    cancel = editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.keyClicks(editor.ui.titleEdit, "Half-typed target")
    cancel.click()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert len(asked) == 2 and editor.isVisible()
    assert editor.ui.titleEdit.text() == "Half-typed target"
    # quitting asks too, and stays open when told to keep the work
    window.close()
    assert len(asked) == 3 and window.isVisible() and editor.isVisible()
    # nothing typed: nothing to ask
    editor.ui.titleEdit.clear()
    cancel.click()
    assert len(asked) == 3 and not editor.isVisible()


def test_a_case_being_saved_cannot_be_cancelled_and_reaches_the_list(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    monkeypatch: pytest.MonkeyPatch,
    slow_create_case: Gate,
) -> None:
    """Real threads: while the write runs, Cancel, Esc and the close button do nothing; when it
    has committed, the dialog closes and the list shows the new case, selected."""
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)
    editor = window.case_actions.new_case()
    qtbot.keyClicks(editor.ui.titleEdit, "Slow disk target")
    qtbot.mouseClick(_ok(editor), Qt.MouseButton.LeftButton)
    assert slow_create_case.entered.wait(5)

    cancel = editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    assert not cancel.isEnabled() and not _ok(editor).isEnabled()
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    editor.close()  # the title bar's close button
    editor.reject()
    qtbot.wait(50)
    assert editor.isVisible()
    assert editor.saving

    results: list[int] = []
    editor.finished.connect(results.append)
    with qtbot.waitSignal(window.case_shown, timeout=10_000) as shown:
        slow_create_case.release.set()

    assert results == [QDialog.DialogCode.Accepted]  # closed by the saved case, not cancelled
    [case] = cases.list_cases(archive)
    assert case.title == "Slow disk target"
    assert shown.args == [case.id]
    assert window.model.ids == [case.id]
    assert window.cases.current_case_id() == case.id
    assert window.ui.detailPane.ui.titleLabel.text() == "Slow disk target"


def test_cancel_works_again_after_a_failed_save(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = window.case_actions.new_case()
    qtbot.keyClicks(editor.ui.titleEdit, "Fake chargers")
    qtbot.keyClicks(editor.ui.jurisdictionsEdit, "Netherlands")
    qtbot.mouseClick(_ok(editor), Qt.MouseButton.LeftButton)
    assert editor.error_for("jurisdictions")
    cancel = editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.isEnabled() and _ok(editor).isEnabled()
    answer_questions(monkeypatch, QMessageBox.StandardButton.Discard)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()


def test_an_error_quoting_the_input_is_shown_as_typed(qtbot: QtBot, window: MainWindow) -> None:
    editor = window.case_actions.new_case()
    qtbot.keyClicks(editor.ui.titleEdit, "T")
    qtbot.keyClicks(editor.ui.jurisdictionsEdit, "<b>NL</b>")
    qtbot.mouseClick(_ok(editor), Qt.MouseButton.LeftButton)
    label = editor.findChild(QLabel, "jurisdictionsError")
    assert label is not None and "<b>" in label.text()
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert editor.ui.errorLabel.textFormat() == Qt.TextFormat.PlainText

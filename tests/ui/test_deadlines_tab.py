"""The Deadlines tab: a case's deadlines in a table, added by hand (or counted by a rule) and marked
done, waived or reopened from its buttons, each written to the archive and shown again."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from casefile import clock
from casefile.errors import NotFoundError
from casefile.services import cases, records
from casefile.store.archive import Archive
from casefile.store.models import Deadline
from casefile.ui import errors
from casefile.ui.dates import today_qdate
from casefile.ui.dialogs.deadline_editor import DeadlineEditor, WaiveDeadlineDialog
from casefile.ui.main_window import MainWindow
from casefile.ui.models.deadline_table import (
    COL_DUE,
    COL_REMINDERS,
    COL_SOURCE,
    COL_STATUS,
    COL_TITLE,
    DeadlineTableModel,
)
from casefile.ui.widgets.deadlines_panel import DeadlinesPanel
from tests.ui.conftest import answer_questions
from tests.ui.keyboard import ime_type
from tests.ui.sample_data import Sample


def _show(window: MainWindow, reference: str) -> DeadlinesPanel:
    window.refresh()
    window.show_reference(reference)
    pane = window.ui.detailPane
    assert pane.detail is not None and pane.detail.reference == reference
    pane.set_current_tab(pane.tab_index("deadlines"))
    return pane.ui.deadlinesPanel


def _row(panel: DeadlinesPanel, title: str) -> int:
    titles = [panel.model.deadline_at(r).title for r in range(panel.model.rowCount())]
    return titles.index(title)


def _cell(panel: DeadlinesPanel, title: str, column: int, role=Qt.ItemDataRole.DisplayRole):
    return panel.model.index(_row(panel, title), column).data(role)


def _ok(dialog: DeadlineEditor | WaiveDeadlineDialog):
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def _stored(archive: Archive, reference: str, title: str):
    [deadline] = [d for d in cases.case_detail(archive, reference).deadlines if d.title == title]
    return deadline


def test_the_table_shows_due_status_reminders_and_source(
    window: MainWindow, sample: Sample, qtmodeltester
) -> None:
    panel = _show(window, sample.scooter)
    overdue = "Ask PSB whether the case is filed (Transfer Provisions Art 8)"
    assert _cell(panel, overdue, COL_DUE).endswith(" · overdue 3 days")
    assert _cell(panel, overdue, COL_DUE, Qt.ItemDataRole.ForegroundRole) == QColor("#c62828")
    assert _cell(panel, overdue, COL_DUE, Qt.ItemDataRole.ToolTipRole) == "Overdue by 3 days"
    assert _cell(panel, overdue, COL_STATUS) == "Open"
    assert _cell(panel, overdue, COL_REMINDERS) == "7 d, 1 d before"
    assert _cell(panel, overdue, COL_SOURCE) == "By hand"
    # the rule named in words beside a title typed by hand, its id only in the tooltip
    title_cell = _cell(panel, overdue, COL_TITLE)
    assert title_cell.startswith(overdue + " — ") and "cn.transfer" not in title_cell
    tooltip = _cell(panel, overdue, COL_TITLE, Qt.ItemDataRole.ToolTipRole)
    assert "cn.transfer.psb_decision" in tooltip
    done = "Send notarised evidence to AMR"
    assert _cell(panel, done, COL_STATUS) == "Done"
    completed = clock.today() - timedelta(days=83)
    assert _cell(panel, done, COL_STATUS, Qt.ItemDataRole.ToolTipRole) == f"Done on {completed}"
    assert "overdue" not in _cell(panel, done, COL_DUE)  # only open deadlines count down
    renew = "Renew GACC recordal T2019-88776"
    assert _cell(panel, renew, COL_DUE).endswith(" · in 90 days")

    panel.select_row(_row(panel, overdue))
    explanation = panel.ui.explanationView.toPlainText()
    assert "3 days from the transfer" in explanation
    assert "Rule: " in explanation
    qtmodeltester.check(panel.model)


def test_add_a_deadline_by_hand_and_see_it_in_the_table(
    qtbot: QtBot, window: MainWindow, archive: Archive, sample: Sample
) -> None:
    panel = _show(window, sample.robot)
    assert panel.ui.addButton.isEnabled()
    qtbot.mouseClick(panel.ui.addButton, Qt.MouseButton.LeftButton)
    editor = window.dialogs.find(DeadlineEditor)
    assert isinstance(editor, DeadlineEditor) and editor.isVisible()
    assert sample.robot in editor.windowTitle()
    assert not editor.ui.triggerEdit.isEnabled()  # no rule: nothing to count from

    ime_type(editor.ui.titleEdit, "Send the sample to the appraiser 送鉴定")
    editor.ui.dueEdit.setDate(today_qdate().addDays(10))
    editor.ui.remindersEdit.clear()
    qtbot.keyClicks(editor.ui.remindersEdit, "14, 3")
    qtbot.keyClicks(editor.ui.explanationEdit, "Agreed with the appraiser on the phone.")
    with qtbot.waitSignal(editor.deadline_added):
        qtbot.mouseClick(_ok(editor), Qt.MouseButton.LeftButton)

    assert not editor.isVisible()
    title = "Send the sample to the appraiser 送鉴定"
    stored = _stored(archive, sample.robot, title)
    assert stored.due_on == clock.today() + timedelta(days=10)
    assert stored.reminder_days == (14, 3)
    assert stored.event_id is None and stored.rule_id == ""
    assert stored.explanation == "Agreed with the appraiser on the phone."
    # the tab shows it, selected, with its explanation below
    pane = window.ui.detailPane
    assert pane.detail.reference == sample.robot
    assert _cell(panel, title, COL_DUE).endswith(" · in 10 days")
    assert _cell(panel, title, COL_REMINDERS) == "14 d, 3 d before"
    assert _cell(panel, title, COL_SOURCE) == "By hand"
    assert pane.ui.tabs.tabText(pane.tab_index("deadlines")) == "Deadlines 2 open"
    panel.select_deadline(stored.id)
    assert "Agreed with the appraiser" in panel.ui.explanationView.toPlainText()
    assert sample.robot in window.ui.statusBar.currentMessage()


def test_a_rule_computes_the_due_date_and_its_explanation(
    qtbot: QtBot, window: MainWindow, archive: Archive, sample: Sample
) -> None:
    _show(window, sample.scooter)
    editor = window.case_actions.add_deadline()
    assert editor is not None
    ui = editor.ui
    index = ui.ruleCombo.findData("cn.customs.apply_detention")
    assert index > 0
    ui.ruleCombo.setCurrentIndex(index)
    # the rule's title and reminders are filled in; the date is the rule's to work out
    assert ui.titleEdit.text().startswith("Apply for detention and post a bond")
    assert ui.remindersEdit.text() == "1"
    assert not ui.dueEdit.isEnabled() and ui.triggerEdit.isEnabled()
    ui.triggerEdit.setDate(QDate(2026, 10, 12))  # a Monday
    assert ui.dueEdit.date() == QDate(2026, 10, 15)  # 3 working days later
    explanation = ui.explanationEdit.toPlainText()
    assert explanation.startswith("Counted from 2026-10-12: ")
    assert "3 working days" in explanation and "Art 16" in explanation
    assert ui.explanationEdit.isReadOnly()
    assert "Due on 2026-10-15" in ui.ruleInfoLabel.text()

    ui.triggerEdit.setDate(QDate(2026, 9, 30))  # before the National Day holiday
    assert ui.dueEdit.date() > QDate(2026, 10, 3)  # holidays are not working days
    ui.triggerEdit.setDate(QDate(2026, 10, 12))
    with qtbot.waitSignal(editor.deadline_added):
        qtbot.mouseClick(_ok(editor), Qt.MouseButton.LeftButton)
    stored = _stored(archive, sample.scooter, ui.titleEdit.text())
    assert stored.rule_id == "cn.customs.apply_detention"
    assert stored.due_on == date(2026, 10, 15)
    assert stored.reminder_days == (1,)
    assert stored.explanation == explanation


def test_choosing_no_rule_again_gives_back_the_date_and_what_was_typed(
    qtbot: QtBot, window: MainWindow, sample: Sample
) -> None:
    _show(window, sample.robot)
    editor = window.case_actions.add_deadline()
    ui = editor.ui
    qtbot.keyClicks(ui.explanationEdit, "My own reason")
    ui.ruleCombo.setCurrentIndex(ui.ruleCombo.findData("cn.platform.counter_notice"))
    assert ui.explanationEdit.toPlainText() != "My own reason"
    ui.ruleCombo.setCurrentIndex(0)
    assert ui.dueEdit.isEnabled() and not ui.explanationEdit.isReadOnly()
    assert ui.explanationEdit.toPlainText() == "My own reason"
    assert ui.titleEdit.text() == ""  # the rule's title went with the rule


def test_a_missing_title_is_shown_by_its_field(
    qtbot: QtBot, window: MainWindow, archive: Archive, sample: Sample
) -> None:
    _show(window, sample.robot)
    editor = window.case_actions.add_deadline()
    before = cases.case_detail(archive, sample.robot).deadlines
    qtbot.mouseClick(_ok(editor), Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    assert editor.error_for("title") == "Title is required."
    assert editor.ui.titleEdit.property("invalid") is True
    assert cases.case_detail(archive, sample.robot).deadlines == before
    qtbot.keyClicks(editor.ui.titleEdit, "T")
    assert editor.error_for("title") == ""


def test_mark_done_waive_and_reopen_change_the_status_and_persist(
    qtbot: QtBot, window: MainWindow, archive: Archive, sample: Sample
) -> None:
    panel = _show(window, sample.robot)
    title = "Counter-notice window ends"
    panel.select_row(_row(panel, title))
    ui = panel.ui
    assert ui.doneButton.isEnabled() and ui.waiveButton.isEnabled()
    assert not ui.reopenButton.isEnabled()

    qtbot.mouseClick(ui.doneButton, Qt.MouseButton.LeftButton)
    stored = _stored(archive, sample.robot, title)
    assert stored.status == "done" and stored.completed_on == clock.today()
    assert _cell(panel, title, COL_STATUS) == "Done"
    assert f"Done on {clock.today()}" in panel.ui.explanationView.toPlainText()
    assert panel.selected().title == title  # still selected: Reopen is one click away
    assert ui.reopenButton.isEnabled() and not ui.doneButton.isEnabled()
    assert "done" in window.ui.statusBar.currentMessage()
    pane = window.ui.detailPane
    assert pane.ui.tabs.tabText(pane.tab_index("deadlines")) == "Deadlines"  # none open

    qtbot.mouseClick(ui.reopenButton, Qt.MouseButton.LeftButton)
    stored = _stored(archive, sample.robot, title)
    assert stored.status == "open" and stored.completed_on is None
    assert _cell(panel, title, COL_STATUS) == "Open"
    assert _cell(panel, title, COL_DUE).endswith(" · in 4 days")

    qtbot.mouseClick(ui.waiveButton, Qt.MouseButton.LeftButton)  # asks why first
    waive = window.dialogs.find(WaiveDeadlineDialog)
    assert waive is not None and waive.isVisible()
    assert _stored(archive, sample.robot, title).status == "open"
    qtbot.keyClicks(waive.ui.reasonEdit, "The seller took the listing down.")
    qtbot.mouseClick(_ok(waive), Qt.MouseButton.LeftButton)
    assert _stored(archive, sample.robot, title).status == "waived"
    assert _cell(panel, title, COL_STATUS) == "Waived"


def test_the_tab_title_flags_an_overdue_deadline_until_it_is_done(
    qtbot: QtBot, window: MainWindow, archive: Archive, sample: Sample
) -> None:
    panel = _show(window, sample.customs_eu)
    pane = window.ui.detailPane
    index = pane.tab_index("deadlines")
    bar = pane.ui.tabs.tabBar()
    assert bar.tabTextColor(index) == QColor("#c62828")
    assert bar.tabToolTip(index).startswith("A deadline is overdue")
    overdue = [d for d in pane.detail.deadlines if d.status == "open" and d.due_on < clock.today()]
    for deadline in overdue:
        panel.select_deadline(deadline.id)
        qtbot.mouseClick(panel.ui.doneButton, Qt.MouseButton.LeftButton)
    assert bar.tabTextColor(index) != QColor("#c62828")
    assert not bar.tabToolTip(index).startswith("A deadline is overdue")
    # the case list's next-deadline warning went with it
    assert all(d.status != "open" for d in cases.case_detail(archive, sample.customs_eu).deadlines)


def test_the_context_menu_offers_what_the_buttons_do(window: MainWindow, sample: Sample) -> None:
    panel = _show(window, sample.robot)
    panel.select_row(_row(panel, "Counter-notice window ends"))
    menu = panel.menu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Edit…", "Remove", "Mark Done", "Waive…", "Add Deadline…"]


def test_a_case_without_deadlines_says_how_to_add_them(
    window: MainWindow, archive: Archive
) -> None:
    made = cases.create_case(archive, cases.CaseDraft(title="No dates yet"))
    panel = _show(window, made.reference)
    assert panel.model.rowCount() == 0
    assert "No deadlines" in panel.ui.explanationView.toPlainText()
    assert panel.ui.addButton.isEnabled() and not panel.ui.doneButton.isEnabled()


def test_the_model_counts_from_the_day_it_is_given(archive: Archive) -> None:
    made = cases.create_case(archive, cases.CaseDraft(title="Two dates"))
    records.add_deadline(archive, made.reference, "Today", "2026-03-05", reminder_days=[0])
    records.add_deadline(archive, made.reference, "Later", "2026-03-06", reminder_days=[])
    model = DeadlineTableModel()
    model.set_case(cases.case_detail(archive, made.reference), today=date(2026, 3, 5))
    assert model.index(0, COL_DUE).data() == "2026-03-05 · today"
    assert model.index(1, COL_DUE).data() == "2026-03-06 · in 1 day"
    assert model.index(0, COL_REMINDERS).data() == "on the day"
    assert model.index(1, COL_REMINDERS).data() == "None"
    model.set_case(cases.case_detail(archive, made.reference), today=date(2026, 3, 8))
    assert model.index(0, COL_DUE).data() == "2026-03-05 · overdue 3 days"
    assert model.index(1, COL_DUE).data() == "2026-03-06 · overdue 2 days"


def test_a_deadline_gone_meanwhile_is_reported_and_the_tab_shown_again(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    sample: Sample,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    panel = _show(window, sample.robot)
    panel.select_row(_row(panel, "Counter-notice window ends"))
    deadline = panel.selected()
    reported: list[BaseException] = []
    monkeypatch.setattr(errors, "report", lambda exc, _parent=None: reported.append(exc))
    with archive.unit_of_work("another user") as session:  # deleted elsewhere meanwhile
        session.delete(session.get(Deadline, deadline.id))

    qtbot.mouseClick(panel.ui.doneButton, Qt.MouseButton.LeftButton)
    [exc] = reported
    assert isinstance(exc, NotFoundError)  # said in words, no traceback
    assert panel.model.row_of(deadline.id) is None  # the tab shows what the archive holds


# --- Edit…, Waive… with a reason, Remove ------------------------------------------------------


def test_a_deadline_added_by_hand_is_edited_waived_with_a_reason_and_removed(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    sample: Sample,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    panel = _show(window, sample.robot)
    title = "Counter-notice window ends"
    panel.select_row(_row(panel, title))
    ui = panel.ui
    assert ui.editButton.isEnabled() and ui.removeButton.isEnabled()
    before = _stored(archive, sample.robot, title)

    qtbot.mouseClick(ui.editButton, Qt.MouseButton.LeftButton)
    editor = window.dialogs.find(DeadlineEditor)
    assert editor is not None and editor.isVisible() and editor.record == before
    assert editor.windowTitle().startswith("Edit Deadline")
    assert editor.ui.titleEdit.text() == title
    assert editor.ui.dueEdit.date() == today_qdate().addDays(4)
    assert editor.ui.ruleCombo.currentIndex() == 0  # a date of its own
    editor.ui.titleEdit.clear()
    qtbot.mouseClick(_ok(editor), Qt.MouseButton.LeftButton)  # no title: refused, not written
    assert editor.isVisible() and editor.error_for("title") == "Title is required."
    assert _stored(archive, sample.robot, title) == before
    new_title = "Counter-notice window ends 反通知期满"
    ime_type(editor.ui.titleEdit, new_title)
    editor.ui.dueEdit.setDate(today_qdate().addDays(6))
    editor.ui.remindersEdit.setText("3")
    qtbot.mouseClick(_ok(editor), Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    stored = _stored(archive, sample.robot, new_title)
    assert (stored.id, stored.due_on, stored.reminder_days) == (
        before.id,
        clock.today() + timedelta(days=6),
        (3,),
    )
    assert _cell(panel, new_title, COL_DUE).endswith(" · in 6 days")
    assert "Saved the deadline “Counter-notice window ends 反通知期满”" in (
        window.ui.statusBar.currentMessage()
    )

    # Waive… asks why; no reason is refused under the field
    panel.select_deadline(stored.id)
    qtbot.mouseClick(ui.waiveButton, Qt.MouseButton.LeftButton)
    waive = window.dialogs.find(WaiveDeadlineDialog)
    assert waive is not None and new_title in waive.ui.introLabel.text()
    qtbot.mouseClick(_ok(waive), Qt.MouseButton.LeftButton)
    assert waive.isVisible() and waive.error_for("reason") == "Reason is required."
    assert _stored(archive, sample.robot, new_title).status == "open"
    ime_type(waive.ui.reasonEdit, "卖家已下架 the seller took the listing down")
    qtbot.mouseClick(_ok(waive), Qt.MouseButton.LeftButton)
    assert not waive.isVisible()
    stored = _stored(archive, sample.robot, new_title)
    assert (stored.status, stored.reason) == (
        "waived",
        "卖家已下架 the seller took the listing down",
    )
    assert _cell(panel, new_title, COL_STATUS) == "Waived"
    assert "Why: 卖家已下架 the seller took the listing down" in (
        panel.ui.explanationView.toPlainText()
    )

    # Remove asks first
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(ui.removeButton, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and f"the deadline “{new_title}”" in asked[0]
    assert all(d.id != stored.id for d in cases.case_detail(archive, sample.robot).deadlines)
    assert panel.model.row_of(stored.id) is None


def test_a_deadline_counted_by_a_rule_by_hand_is_edited_from_its_day(
    qtbot: QtBot, window: MainWindow, archive: Archive, sample: Sample
) -> None:
    panel = _show(window, sample.scooter)
    editor = window.case_actions.add_deadline()
    editor.ui.ruleCombo.setCurrentIndex(editor.ui.ruleCombo.findData("cn.customs.apply_detention"))
    editor.ui.triggerEdit.setDate(QDate(2026, 10, 12))
    with qtbot.waitSignal(editor.deadline_added) as added:
        qtbot.mouseClick(_ok(editor), Qt.MouseButton.LeftButton)
    panel.select_deadline(added.args[0])

    qtbot.mouseClick(panel.ui.editButton, Qt.MouseButton.LeftButton)
    editor = window.dialogs.find(DeadlineEditor)
    assert editor.ui.ruleCombo.currentData() == "cn.customs.apply_detention"
    assert editor.ui.triggerEdit.date() == QDate(2026, 10, 12)
    assert editor.ui.dueEdit.date() == QDate(2026, 10, 15) and not editor.ui.dueEdit.isEnabled()
    editor.ui.triggerEdit.setDate(QDate(2026, 10, 13))  # the notice came a day later
    qtbot.mouseClick(_ok(editor), Qt.MouseButton.LeftButton)
    [stored] = [
        d for d in cases.case_detail(archive, sample.scooter).deadlines if d.id == added.args[0]
    ]
    assert stored.due_on == date(2026, 10, 16)
    assert stored.explanation.startswith("Counted from 2026-10-13: ")


def test_a_deadline_generated_by_an_event_is_not_edited_by_hand(
    window: MainWindow, archive: Archive, sample: Sample
) -> None:
    panel = _show(window, sample.customs_eu)
    generated = next(d for d in panel.detail.deadlines if d.event_id is not None)
    panel.select_deadline(generated.id)
    ui = panel.ui
    assert not ui.editButton.isEnabled() and not ui.removeButton.isEnabled()
    assert ui.waiveButton.isEnabled() == (generated.status == "open")
    said = "Counted by the rule book from its event: to change it, correct or remove the event"
    assert ui.editButton.toolTip().startswith(said)
    assert said in panel.ui.explanationView.toPlainText()
    assert [a.text() for a in panel.menu().actions()][0] != "Edit…"


@pytest.mark.parametrize("width", [420, 900])
def test_every_button_shows_whole_in_a_narrow_pane_and_a_wide_one(qtbot: QtBot, width: int) -> None:
    """Six buttons do not fit a narrow pane in one row: the status buttons take a second row
    rather than being cut off at both ends; a wide pane keeps one row."""
    panel = DeadlinesPanel()
    qtbot.addWidget(panel)
    panel.resize(width, 400)
    panel.show()
    qtbot.waitExposed(panel)
    ui = panel.ui
    buttons = (
        ui.addButton,
        ui.editButton,
        ui.removeButton,
        ui.doneButton,
        ui.waiveButton,
        ui.reopenButton,
    )
    rows = 2 if width == 420 else 1
    qtbot.waitUntil(lambda: len({b.geometry().top() for b in buttons}) == rows)
    for button in buttons:
        shown = button.geometry()
        assert shown.left() >= 0 and shown.right() <= panel.width(), button.objectName()
        assert shown.width() >= button.minimumSizeHint().width(), button.objectName()

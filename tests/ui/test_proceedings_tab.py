"""Recording a case's proceedings and their events, and its notes, from the window: the links in
the tabs open the real dialogs, what is typed is saved through them, and the tabs, the Deadlines
tab and the archive show it back."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from casefile.services import cases
from casefile.store.archive import Archive
from casefile.ui.dialogs.event_editor import EventEditor
from casefile.ui.dialogs.note_editor import NoteEditor
from casefile.ui.dialogs.proceeding_editor import ProceedingEditor
from casefile.ui.main_window import MainWindow
from tests.ui.case_tabs import choose, click_link, save, show_tab
from tests.ui.conftest import answer_questions
from tests.ui.keyboard import ime_type


@pytest.fixture
def case_ref(archive: Archive) -> str:
    draft = cases.CaseDraft(title="Fake X9 scooters at Ningbo port", jurisdictions=["CN"])
    return cases.create_case(archive, draft).reference


def _add_customs_proceeding(qtbot: QtBot, window: MainWindow, case_ref: str) -> ProceedingEditor:
    view = show_tab(window, case_ref, "proceedings")
    click_link(view, "＋ Add Proceeding…")
    dialog = window.dialogs.find(ProceedingEditor)
    assert dialog is not None and dialog.isVisible()
    choose(dialog.ui.routeCombo, "customs")
    ime_type(dialog.ui.authorityEdit, "宁波海关 Ningbo Customs")
    ime_type(dialog.ui.authorityRefEdit, "甬关知字〔2026〕17号")
    return dialog


def test_a_customs_route_with_notice_and_detention_and_their_deadlines(
    qtbot: QtBot, window: MainWindow, archive: Archive, case_ref: str
) -> None:
    dialog = _add_customs_proceeding(qtbot, window, case_ref)
    # the outcome fields follow the route: customs seize and fine, they award no damages
    assert dialog.ui.quantitySeizedEdit.isVisibleTo(dialog)
    assert not dialog.ui.damagesEdit.isVisibleTo(dialog)
    assert not dialog.ui.sentenceEdit.isVisibleTo(dialog)
    save(qtbot, dialog)
    assert not dialog.isVisible()
    [proceeding] = cases.case_detail(archive, case_ref).proceedings
    assert (proceeding.route, proceeding.authority) == ("customs", "宁波海关 Ningbo Customs")
    assert proceeding.authority_ref == "甬关知字〔2026〕17号"
    view = window.ui.detailPane.ui.proceedingsView
    assert "宁波海关 Ningbo Customs" in view.toPlainText()
    assert "Added a proceeding to" in window.ui.statusBar.currentMessage()

    # the customs notice: the dialog says what it starts before it is saved
    click_link(view, "Add Event…")
    event = window.dialogs.find(EventEditor)
    assert event is not None
    assert event.ui.kindCombo.currentData() == "application_granted"  # customs events first
    choose(event.ui.kindCombo, "customs_notice")
    event.ui.occurredOnEdit.setDate(QDate(2026, 3, 2))
    event.read_preview()
    preview = event.preview_text()
    assert "Apply for detention and post a bond" in preview
    assert "due 2026-03-05 — 3 working days, Art 16" in preview
    ime_type(event.ui.referenceEdit, "甬关通知〔2026〕88号")
    save(qtbot, event)
    [deadline] = cases.case_detail(archive, case_ref).deadlines
    assert (deadline.due_on, deadline.rule_id) == (date(2026, 3, 5), "cn.customs.apply_detention")
    assert "Customs notice" in view.toPlainText() and "甬关通知〔2026〕88号" in view.toPlainText()
    assert "Apply for detention" in window.ui.detailPane.tab_text("deadlines")

    # the detention after the notice: the Art 16 route, investigation within 30 working days
    click_link(view, "Add Event…")
    event = window.dialogs.find(EventEditor)
    choose(event.ui.kindCombo, "detention")
    event.ui.occurredOnEdit.setDate(QDate(2026, 3, 4))
    event.read_preview()
    assert "Customs decides whether detained goods infringe, due 2026-04-16 — 30 working days" in (
        event.preview_text()
    )
    # ... and that it meets the notice's deadline (the goods detained show the bond was posted)
    assert "Saving this detention meets:\nApply for detention and post a bond" in (
        event.preview_text()
    )
    assert "(due 2026-03-05)" in event.preview_text()
    # a date whose count runs into a year the calendar has no holidays for says so
    event.ui.occurredOnEdit.setDate(QDate(2026, 12, 10))
    event.read_preview()
    assert "⚠ no China (mainland) holiday data for 2027: weekends only: check the date" in (
        event.preview_text()
    )
    event.ui.occurredOnEdit.setDate(QDate(2026, 3, 4))
    event.read_preview()
    assert "⚠" not in event.preview_text()
    save(qtbot, event)
    saved = {d.rule_id: d for d in cases.case_detail(archive, case_ref).deadlines}
    assert saved["cn.customs.investigation"].due_on == date(2026, 4, 16)
    assert saved["cn.customs.apply_detention"].reason == "Met: detention recorded on 2026-03-04"


def test_an_event_is_corrected_and_removed_with_its_deadlines(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    case_ref: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    save(qtbot, _add_customs_proceeding(qtbot, window, case_ref))
    view = window.ui.detailPane.ui.proceedingsView
    click_link(view, "Add Event…")
    event = window.dialogs.find(EventEditor)
    choose(event.ui.kindCombo, "customs_notice")
    event.ui.occurredOnEdit.setDate(QDate(2026, 3, 2))
    save(qtbot, event)

    # the notice was served a day later: Edit, the date, Save; the deadline moves with it
    click_link(view, "Edit", nth=1)  # the proceeding's Edit comes first
    event = window.dialogs.find(EventEditor)
    assert event.record is not None and event.ui.occurredOnEdit.date() == QDate(2026, 3, 2)
    event.ui.occurredOnEdit.setDate(QDate(2026, 3, 3))
    save(qtbot, event)
    [deadline] = cases.case_detail(archive, case_ref).deadlines
    assert deadline.due_on == date(2026, 3, 6)

    # recorded in error: Remove asks, then the event and its open deadline go
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    click_link(view, "Remove", nth=1)
    assert asked and "Customs notice (2026-03-03)" in asked[0]
    detail = cases.case_detail(archive, case_ref)
    assert detail.proceedings[0].events == () and detail.deadlines == ()
    assert "No events recorded yet." in view.toPlainText()


def test_a_proceeding_is_edited_refused_when_wrong_and_removed(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    case_ref: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    save(qtbot, _add_customs_proceeding(qtbot, window, case_ref))
    view = window.ui.detailPane.ui.proceedingsView
    click_link(view, "Edit")
    dialog = window.dialogs.find(ProceedingEditor)
    assert dialog.ui.authorityEdit.text() == "宁波海关 Ningbo Customs"
    choose(dialog.ui.stageCombo, "decided")
    dialog.ui.endedCheck.setChecked(True)
    dialog.ui.startedEdit.setDate(QDate(2026, 3, 10))
    dialog.ui.endedEdit.setDate(QDate(2026, 3, 1))  # before it started: refused at the field
    qtbot.keyClicks(dialog.ui.quantitySeizedEdit, "-5")
    save(qtbot, dialog)
    assert dialog.isVisible() and dialog.error_for("ended_on")
    assert cases.case_detail(archive, case_ref).proceedings[0].stage == "preparing"
    dialog.ui.endedEdit.setDate(QDate(2026, 6, 30))
    save(qtbot, dialog)
    assert dialog.isVisible() and dialog.error_for("quantity_seized")
    dialog.ui.quantitySeizedEdit.setText("2,400")
    dialog.ui.fineEdit.setText("85000")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    [proceeding] = cases.case_detail(archive, case_ref).proceedings
    assert (proceeding.stage, proceeding.ended_on) == ("decided", date(2026, 6, 30))
    assert proceeding.quantity_seized == 2400 and str(proceeding.fine) == "CNY 85,000.00"

    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    click_link(view, "Remove")
    assert len(asked) == 1 and cases.case_detail(archive, case_ref).proceedings
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    click_link(view, "Remove")
    assert cases.case_detail(archive, case_ref).proceedings == ()
    assert "No proceedings yet." in view.toPlainText()


def test_notes_added_edited_and_removed(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    case_ref: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = show_tab(window, case_ref, "notes")
    click_link(view, "＋ Add Note…")
    dialog = window.dialogs.find(NoteEditor)
    assert dialog.ui.internalCheck.isChecked()  # internal unless said otherwise
    save(qtbot, dialog)
    assert dialog.isVisible() and dialog.error_for("body")  # an empty note is refused
    qtbot.keyClicks(dialog.ui.bodyEdit, "Called the Tmall IPP team: takedown within 24 h.")
    save(qtbot, dialog)
    [note] = cases.case_detail(archive, case_ref).notes
    assert note.internal and note.body.startswith("Called the Tmall IPP team")
    assert "Called the Tmall IPP team" in view.toPlainText()

    click_link(view, "Edit")
    dialog = window.dialogs.find(NoteEditor)
    dialog.ui.internalCheck.setChecked(False)
    save(qtbot, dialog)
    assert not cases.case_detail(archive, case_ref).notes[0].internal

    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    click_link(view, "Remove")
    assert cases.case_detail(archive, case_ref).notes == ()


def test_a_mistyped_date_stays_as_typed_until_corrected(
    qtbot: QtBot, window: MainWindow, archive: Archive, case_ref: str
) -> None:
    """Save with 30 February: refused beside the field, which is focused and still says 30
    February (Qt would put the old date back on focus); a second Save is refused again."""
    save(qtbot, _add_customs_proceeding(qtbot, window, case_ref))
    view = window.ui.detailPane.ui.proceedingsView
    click_link(view, "Add Event…")
    event = window.dialogs.find(EventEditor)
    choose(event.ui.kindCombo, "customs_notice")
    save(qtbot, event)
    click_link(view, "Edit", nth=1)
    event = window.dialogs.find(EventEditor)
    field = event.ui.occurredOnEdit
    field.setFocus()
    field.lineEdit().selectAll()
    qtbot.keyClicks(field, "2026-02-30")
    before = cases.case_detail(archive, case_ref).proceedings[0].events
    for _attempt in range(2):
        save(qtbot, event)
        qtbot.wait(50)  # the focus the refusal gives the field arrives
        assert event.isVisible()
        assert "February 2026 has 28 days" in event.error_for("occurred_on"), event.error
        assert field.lineEdit().text() == "2026-02-30"
    assert cases.case_detail(archive, case_ref).proceedings[0].events == before
    field.lineEdit().selectAll()
    qtbot.keyClicks(field, "2026-02-28")
    save(qtbot, event)
    assert not event.isVisible(), (field.lineEdit().text(), event.error)
    assert cases.case_detail(archive, case_ref).proceedings[0].events[0].occurred_on == date(
        2026, 2, 28
    )

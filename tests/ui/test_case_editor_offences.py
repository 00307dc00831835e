"""The case editor's criminal-assessment fields: the offences a case's figures are measured
against, and the day the infringing acts were done (or "not recorded")."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from casefile import clock
from casefile.rules.thresholds import OFFENCES
from casefile.services import cases
from casefile.store.archive import Archive
from casefile.ui.dates import today_qdate
from casefile.ui.dialogs.case_editor import CaseEditor
from casefile.ui.main_window import MainWindow


def _ok(editor: CaseEditor):
    return editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def _edit(window: MainWindow, reference: str) -> CaseEditor:
    window.refresh()
    window.show_reference(reference)
    window.ui.actionEditCase.trigger()
    editor = window.dialogs.find(CaseEditor)
    assert editor is not None and editor.editing
    return editor


def test_every_offence_is_offered_with_its_meaning(window: MainWindow) -> None:
    editor = window.case_actions.new_case()
    assert list(editor.offence_boxes) == list(OFFENCES)  # one box per offence, in order
    texts = {code: box.text() for code, box in editor.offence_boxes.items()}
    assert texts["213"] == "Art 213 counterfeit trademark 假冒注册商标罪"
    assert "销售侵权复制品罪" in texts["218"]
    assert "online" in texts["217-online"] and texts["217"].startswith("Art 217 ")
    assert not any(box.isChecked() for box in editor.offence_boxes.values())
    # the act date starts as not recorded
    assert not editor.ui.actsOnCheck.isChecked() and not editor.ui.actsOnEdit.isEnabled()
    assert editor.ui.actsOnHint.isVisibleTo(editor)
    assert editor.acts_on() is None


def test_a_new_case_saves_its_offences_and_act_date(
    qtbot: QtBot, window: MainWindow, archive: Archive
) -> None:
    editor = window.case_actions.new_case()
    qtbot.keyClicks(editor.ui.titleEdit, "Counterfeit X9 warehouse")
    qtbot.mouseClick(editor.offence_boxes["214"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.offence_boxes["213"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.ui.actsOnCheck, Qt.MouseButton.LeftButton)
    assert editor.ui.actsOnEdit.isEnabled() and not editor.ui.actsOnHint.isVisibleTo(editor)
    editor.ui.actsOnEdit.setDate(QDate(2026, 1, 15))
    with qtbot.waitSignal(editor.case_created) as created:
        qtbot.mouseClick(_ok(editor), Qt.MouseButton.LeftButton)

    detail = cases.case_detail(archive, created.args[0].reference)
    assert detail.offences == ("213", "214")  # the rule book's order, whatever the clicks
    assert detail.acts_on == date(2026, 1, 15)


def test_editing_shows_and_changes_them(qtbot: QtBot, window: MainWindow, archive: Archive) -> None:
    made = cases.create_case(
        archive,
        cases.CaseDraft(title="Firmware site", offences=["217-online"], acts_on="2025-12-01"),
    )
    editor = _edit(window, made.reference)
    assert editor.offences() == ["217-online"]
    assert editor.offence_boxes["217-online"].isChecked()
    assert editor.ui.actsOnCheck.isChecked()
    assert editor.ui.actsOnEdit.date() == QDate(2025, 12, 1)

    qtbot.mouseClick(editor.offence_boxes["218"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.ui.actsOnCheck, Qt.MouseButton.LeftButton)  # not recorded after all
    with qtbot.waitSignal(editor.case_updated):
        qtbot.mouseClick(_ok(editor), Qt.MouseButton.LeftButton)

    detail = cases.case_detail(archive, made.reference)
    assert detail.offences == ("217-online", "218")
    assert detail.acts_on is None


def test_a_future_act_date_is_refused_by_its_field(
    qtbot: QtBot, window: MainWindow, archive: Archive
) -> None:
    made = cases.create_case(archive, cases.CaseDraft(title="Labels", offences=["215"]))
    editor = _edit(window, made.reference)
    qtbot.mouseClick(editor.ui.actsOnCheck, Qt.MouseButton.LeftButton)
    future = clock.today() + timedelta(days=10)
    editor.ui.actsOnEdit.setDate(QDate(future.year, future.month, future.day))
    qtbot.mouseClick(_ok(editor), Qt.MouseButton.LeftButton)

    assert editor.isVisible()  # refused: the dialog stays open with the input intact
    message = editor.error_for("acts_on")
    assert message == f"Acts done on: {future.isoformat()} is in the future."
    assert editor.ui.actsOnEdit.property("invalid") is True
    assert editor.focusWidget() is editor.ui.actsOnEdit
    assert editor.general_error == ""
    assert cases.case_detail(archive, made.reference).acts_on is None

    editor.ui.actsOnEdit.setDate(today_qdate().addDays(-1))  # changing it clears the error
    assert editor.error_for("acts_on") == ""
    with qtbot.waitSignal(editor.case_updated):
        qtbot.mouseClick(_ok(editor), Qt.MouseButton.LeftButton)
    assert cases.case_detail(archive, made.reference).acts_on == clock.today() - timedelta(days=1)


def test_an_offence_error_is_shown_by_the_offences(qtbot: QtBot, window: MainWindow) -> None:
    from casefile.errors import ValidationError

    editor = window.case_actions.new_case()
    editor.show_error(ValidationError("offences", "'219' is not one of 213, 214"))
    assert editor.error_for("offences").startswith("Offences: ")
    assert editor.ui.offencesBox.property("invalid") is True
    qtbot.mouseClick(editor.offence_boxes["213"], Qt.MouseButton.LeftButton)  # clears it
    assert editor.error_for("offences") == ""

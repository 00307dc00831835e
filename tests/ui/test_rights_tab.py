"""Recording the rights a case enforces and their customs recordals from the window: the Rights
tab's links open the real dialogs, what is typed is saved through them (a wrong validity refused
at its field, nothing written), and removing asks first, saying whether the right leaves the
archive or only this case."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlmodel import col

from casefile.services import cases, rights
from casefile.store.archive import Archive
from casefile.store.models import AuditEntry, IPRight
from casefile.ui.dialogs.recordal_editor import RecordalEditor
from casefile.ui.dialogs.right_editor import RightEditor
from casefile.ui.main_window import MainWindow
from tests.ui.case_tabs import click_link, save, show_tab
from tests.ui.conftest import answer_questions
from tests.ui.keyboard import ime_type


@pytest.fixture
def case_ref(archive: Archive) -> str:
    draft = cases.CaseDraft(title="Fake X9 scooters at Ningbo port", jurisdictions=["CN"])
    return cases.create_case(archive, draft).reference


def _deleted(archive: Archive, table: str) -> list[str]:
    """Row ids of `table` whose removal the audit trail records."""
    with archive.reading() as session:
        return list(
            session.scalars(
                select(col(AuditEntry.row_id)).where(
                    col(AuditEntry.table_name) == table, col(AuditEntry.action) == "delete"
                )
            )
        )


def _add_trademark(qtbot: QtBot, window: MainWindow, case_ref: str) -> RightEditor:
    view = show_tab(window, case_ref, "rights")
    click_link(view, "＋ Add Right…")
    dialog = window.dialogs.find(RightEditor)
    assert dialog is not None and dialog.isVisible()
    ui = dialog.ui
    assert ui.kindCombo.currentData() == "trademark" and ui.titleLabel.text() == "&Mark:"
    assert ui.jurisdictionEdit.text() == "CN"  # the case's first jurisdiction
    qtbot.keyClicks(ui.numberEdit, "12345678")
    ime_type(ui.titleEdit, "飞轮 FASTWHEEL")
    qtbot.keyClicks(ui.classesEdit, "12, 28")
    ime_type(ui.ownerEdit, "杭州飞轮科技有限公司")
    ui.validFromCheck.setChecked(True)
    ui.validFromEdit.setDate(QDate(2016, 5, 14))
    ui.validToCheck.setChecked(True)
    ui.validToEdit.setDate(QDate(2036, 5, 13))
    save(qtbot, dialog)
    assert not dialog.isVisible()
    return dialog


def test_a_trademark_and_its_customs_recordal_added_edited_and_removed(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    case_ref: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _add_trademark(qtbot, window, case_ref)
    [right] = cases.case_detail(archive, case_ref).rights
    assert (right.kind, right.jurisdiction, right.number) == ("trademark", "CN", "12345678")
    assert (right.title, right.owner) == ("飞轮 FASTWHEEL", "杭州飞轮科技有限公司")
    assert right.classes == ("12", "28")
    assert (right.valid_from, right.valid_to) == (date(2016, 5, 14), date(2036, 5, 13))
    view = window.ui.detailPane.ui.rightsView
    assert "Trademark CN 12345678 · 飞轮 FASTWHEEL" in view.toPlainText()
    assert "Not recorded with customs." in view.toPlainText()
    assert "Linked a right to" in window.ui.statusBar.currentMessage()

    # its GACC recordal, added from beside the right: GACC and ten years, not past the right
    click_link(view, "Add Recordal…")
    recordal = window.dialogs.find(RecordalEditor)
    assert recordal is not None and recordal.within.id == right.id
    assert recordal.ui.authorityEdit.text() == "海关总署 GACC"
    assert recordal.ui.validToEdit.date() == QDate(2036, 5, 13)
    recordal.ui.validFromEdit.setDate(QDate(2026, 6, 1))
    ime_type(recordal.ui.numberEdit, "T2026-41872")
    save(qtbot, recordal)
    assert not recordal.isVisible()
    [entry] = cases.case_detail(archive, case_ref).rights[0].recordals
    assert (entry.authority, entry.number) == ("海关总署 GACC", "T2026-41872")
    assert (entry.valid_from, entry.valid_to) == (date(2026, 6, 1), date(2036, 5, 13))
    assert "T2026-41872" in view.toPlainText()

    # renewed to a date before it began: refused at the field, nothing written; then corrected
    click_link(view, "Edit", nth=1)  # the right's Edit comes first
    recordal = window.dialogs.find(RecordalEditor)
    assert recordal.record is not None and recordal.ui.numberEdit.text() == "T2026-41872"
    recordal.ui.validToEdit.setDate(QDate(2026, 1, 31))
    save(qtbot, recordal)
    assert recordal.isVisible() and "before" in recordal.error_for("valid_to")
    [entry] = cases.case_detail(archive, case_ref).rights[0].recordals
    assert entry.valid_to == date(2036, 5, 13)
    recordal.ui.validToEdit.setDate(QDate(2036, 5, 10))
    save(qtbot, recordal)
    assert not recordal.isVisible()
    assert cases.case_detail(archive, case_ref).rights[0].recordals[0].valid_to == date(2036, 5, 10)

    # the right corrected: a validity ending before it began is refused, then the owner fixed
    click_link(view, "Edit")
    dialog = window.dialogs.find(RightEditor)
    assert dialog.ui.ownerEdit.text() == "杭州飞轮科技有限公司"
    assert dialog.ui.classesEdit.text() == "12, 28"
    dialog.ui.validToEdit.setDate(QDate(2015, 1, 1))
    dialog.ui.ownerEdit.clear()
    ime_type(dialog.ui.ownerEdit, "飞轮科技（杭州）有限公司")
    save(qtbot, dialog)
    assert dialog.isVisible() and "before" in dialog.error_for("valid_to")
    assert cases.case_detail(archive, case_ref).rights[0].owner == "杭州飞轮科技有限公司"
    dialog.ui.validToEdit.setDate(QDate(2036, 5, 13))
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert cases.case_detail(archive, case_ref).rights[0].owner == "飞轮科技（杭州）有限公司"
    assert "飞轮科技（杭州）有限公司" in view.toPlainText()

    # the recordal removed (asked first, named)
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    click_link(view, "Remove", nth=1)
    assert len(asked) == 1 and "customs recordal T2026-41872 (海关总署 GACC)" in asked[0]
    assert cases.case_detail(archive, case_ref).rights[0].recordals == ()
    assert "Not recorded with customs." in view.toPlainText()
    assert _deleted(archive, "customs_recordal") == [str(entry.id)]

    # the right: Cancel keeps it; Yes removes it, which the question says leaves the archive
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    click_link(view, "Remove")
    assert len(asked) == 1 and "no other case enforces it: it leaves the archive" in asked[0]
    assert cases.case_detail(archive, case_ref).rights
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    click_link(view, "Remove")
    assert cases.case_detail(archive, case_ref).rights == ()
    assert "No rights linked yet." in view.toPlainText()
    assert _deleted(archive, "ip_right") == [str(right.id)]


def test_a_right_registered_for_another_case_is_linked_and_only_unlinked(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    case_ref: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = cases.create_case(
        archive, cases.CaseDraft(title="Yiwu market stalls", jurisdictions=["CN"])
    ).reference
    draft = rights.RightDraft("trademark", "12345678", "CN", title="飞轮 FASTWHEEL")
    registered = rights.add_right(archive, draft, other)
    rights.add_recordal(
        archive, registered.id, "海关总署 GACC", "T2026-41872", "2026-06-01", "2036-05-13"
    )

    # the same number typed in this case links the registered right, recordal and all
    view = show_tab(window, case_ref, "rights")
    click_link(view, "＋ Add Right…")
    dialog = window.dialogs.find(RightEditor)
    qtbot.keyClicks(dialog.ui.numberEdit, "12345678")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    [right] = cases.case_detail(archive, case_ref).rights
    assert right.id == registered.id and right.cases == tuple(sorted((case_ref, other)))
    assert f"Also enforced in\n{other}" in view.toPlainText()
    assert "T2026-41872" in view.toPlainText()

    # a correction says where else it shows
    click_link(view, "Edit")
    dialog = window.dialogs.find(RightEditor)
    assert f"{other} enforce this right too" in dialog.ui.introLabel.text()
    dialog.discard()

    # removing it takes it out of this case only: the other case keeps it with its recordal
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    click_link(view, "Remove")
    assert len(asked) == 1 and f"only from this case: {other} enforce it too" in asked[0]
    assert cases.case_detail(archive, case_ref).rights == ()
    [kept] = cases.case_detail(archive, other).rights
    assert kept.id == registered.id and len(kept.recordals) == 1
    assert _deleted(archive, "ip_right") == []


def test_a_registered_right_is_named_while_its_number_is_typed_and_fills_the_details(
    qtbot: QtBot, window: MainWindow, archive: Archive, case_ref: str
) -> None:
    other = cases.create_case(
        archive, cases.CaseDraft(title="Yiwu market stalls", jurisdictions=["CN"])
    ).reference
    draft = rights.RightDraft(
        "trademark",
        "41234567",
        "CN",
        title="飞轮 FASTWHEEL",
        owner="杭州飞轮科技有限公司",
        classes="12, 28",
        valid_from="2016-05-14",
        valid_to="2036-05-13",
    )
    registered = rights.add_right(archive, draft, other)

    view = show_tab(window, case_ref, "rights")
    click_link(view, "＋ Add Right…")
    dialog = window.dialogs.find(RightEditor)
    ui = dialog.ui

    # a number that matches nothing: no hint, nothing filled
    qtbot.keyClicks(ui.numberEdit, "4123")
    qtbot.waitUntil(lambda: not dialog.looking_up())
    assert dialog.hint_text() == "" and not ui.registeredLabel.isVisible()
    assert ui.ownerEdit.text() == ""

    # the registered number: named under it with the other case, the empty details filled
    ime_type(ui.titleEdit, "飞轮")  # typed first: kept as typed
    qtbot.keyClicks(ui.numberEdit, "4567")
    qtbot.waitUntil(lambda: dialog.hint_text() != "")
    hint = dialog.hint_text()
    assert f"enforced in {other}" in hint and "杭州飞轮科技有限公司" in hint
    assert "valid to 2036-05-13" in hint and ui.registeredLabel.isVisible()
    assert ui.ownerEdit.text() == "杭州飞轮科技有限公司" and ui.classesEdit.text() == "12, 28"
    assert ui.validToCheck.isChecked() and ui.validToEdit.date() == QDate(2036, 5, 13)
    assert ui.titleEdit.text() == "飞轮"

    # the disagreeing title is refused at its field; corrected, Save links the same right
    save(qtbot, dialog)
    assert dialog.isVisible() and "already registered" in dialog.error_for("title")
    ui.titleEdit.clear()
    save(qtbot, dialog)
    assert not dialog.isVisible()
    [right] = cases.case_detail(archive, case_ref).rights
    assert right.id == registered.id and right.cases == tuple(sorted((case_ref, other)))
    with archive.reading() as session:
        assert len(session.scalars(select(IPRight)).all()) == 1

    # added again to this case: it says so
    click_link(view, "＋ Add Right…")
    dialog = window.dialogs.find(RightEditor)
    qtbot.keyClicks(dialog.ui.numberEdit, "41234567")
    qtbot.waitUntil(lambda: dialog.hint_text() != "")
    assert dialog.hint_text() == "Already linked to this case."
    # a number changed away: the hint goes, and so do the details it filled
    qtbot.keyClick(dialog.ui.numberEdit, "9")
    qtbot.waitUntil(lambda: dialog.hint_text() == "")
    assert dialog.ui.ownerEdit.text() == "" and not dialog.ui.validToCheck.isChecked()
    dialog.discard()

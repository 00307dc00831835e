"""The History tab: the case's audit trail as counsel reads it, from the window, after writes made
through the dialogs; filtered by words, by kind of record and by days."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from casefile.services import cases, records
from casefile.store import audit
from casefile.store.archive import Archive
from casefile.ui.dialogs.note_editor import NoteEditor
from casefile.ui.main_window import MainWindow
from tests.ui.case_tabs import click_link, show_tab
from tests.ui.conftest import answer_questions


def _history(window: MainWindow) -> str:
    pane = window.ui.detailPane
    pane.set_current_tab(pane.tab_index("history"))
    return pane.ui.historyPanel.text()


def test_history_lists_changes_newest_first_and_filters(
    qtbot: QtBot,
    qtmodeltester: object,
    window: MainWindow,
    archive: Archive,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    draft = cases.CaseDraft(title="Fake chargers on JD.com", jurisdictions=["CN"])
    reference = cases.create_case(archive, draft).reference
    records.add_note(archive, reference, "Seller answered the warning letter.")
    view = show_tab(window, reference, "notes")
    click_link(view, "Edit")
    dialog = window.dialogs.find(NoteEditor)
    dialog.ui.bodyEdit.setPlainText("Seller denied everything.")
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    click_link(view, "Remove")

    text = _history(window)
    panel = window.ui.detailPane.ui.historyPanel
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]
    lines = text.splitlines()
    # newest first: the removal, the change (before → after), the note added, the case opened
    assert "| Removed |" in lines[0] and "note" in lines[0]
    assert "body: Seller denied everything." in lines[0]
    assert "| Changed |" in lines[1]
    assert "body: Seller answered the warning letter. → Seller denied everything." in lines[1]
    assert "| Added |" in lines[2] and "Seller answered the warning letter." in lines[2]
    assert any("Fake chargers on JD.com" in line for line in lines[3:])
    assert "changes, newest first." in lines[-1]

    # filtered by words, then by kind
    qtbot.keyClicks(panel.ui.filterEdit, "denied")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    panel.ui.filterEdit.clear()
    panel.ui.kindCombo.setCurrentIndex(panel.ui.kindCombo.findData("case_file"))
    qtbot.waitUntil(lambda: panel.model.rowCount() >= 1)
    assert all(
        "| Added |" in line or "| Changed |" in line for line in panel.model.text().splitlines()
    )
    assert "note" not in panel.model.text()
    panel.ui.filterEdit.setText("nothing like this")
    qtbot.waitUntil(lambda: "No change matches the filter." in panel.text())


def test_history_follows_the_case_shown(window: MainWindow, archive: Archive) -> None:
    first = cases.create_case(archive, cases.CaseDraft(title="First target")).reference
    second = cases.create_case(archive, cases.CaseDraft(title="Second target")).reference
    window.refresh()
    window.show_reference(first)
    pane = window.ui.detailPane
    pane.set_current_tab(pane.tab_index("history"))
    assert "First target" in window.ui.detailPane.ui.historyPanel.text()
    window.show_reference(second)
    text = window.ui.detailPane.ui.historyPanel.text()
    assert "Second target" in text and "First target" not in text


def test_history_filters_by_days_and_says_when_the_end_is_before_the_start(
    qtbot: QtBot,
    qtmodeltester: object,
    window: MainWindow,
    archive: Archive,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # audit rows are stamped with the write's time: write each on a day of its own
    def written_on(patch: pytest.MonkeyPatch, day: str) -> None:
        at = datetime.fromisoformat(f"{day}T12:00:00+00:00")
        patch.setattr(audit, "utcnow", lambda: at)

    with monkeypatch.context() as patch:
        written_on(patch, "2026-03-02")
        draft = cases.CaseDraft(title="Fake chargers on JD.com", jurisdictions=["CN"])
        reference = cases.create_case(archive, draft).reference
        written_on(patch, "2026-06-10")
        records.add_note(archive, reference, "Test purchase made in June.")
        written_on(patch, "2026-09-15")
        records.add_note(archive, reference, "Seller answered in September.")

    window.refresh()
    window.show_reference(reference)
    text = _history(window)
    panel = window.ui.detailPane.ui.historyPanel
    assert all(words in text for words in ("Fake chargers", "in June", "in September")), text
    everything = panel.model.rowCount()

    ui = panel.ui
    ui.sinceCheck.setChecked(True)
    ui.sinceEdit.setDate(QDate(2026, 6, 1))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert "in June" in panel.model.text() and "in September" in panel.model.text()
    assert "Fake chargers" not in panel.model.text()
    ui.untilCheck.setChecked(True)
    ui.untilEdit.setDate(QDate(2026, 6, 10))  # the day itself is in
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert "in June" in panel.model.text()
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]

    # an end before the start is refused, and said in the status line
    ui.untilEdit.setDate(QDate(2026, 5, 1))
    qtbot.waitUntil(lambda: "is before since 2026-06-01" in panel.text())
    assert panel.model.rowCount() == 0

    ui.sinceCheck.setChecked(False)
    ui.untilCheck.setChecked(False)
    qtbot.waitUntil(lambda: panel.model.rowCount() == everything)
    assert not ui.sinceEdit.isEnabled() and not ui.untilEdit.isEnabled()

"""View › Not Transferred: the open cases with suspicion of a crime reached and no transfer to the
police recorded, counted in the action, listed with their reasons in a window beside the main one,
each shown in the main list on double-click or Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casefile.services import assessment, cases, records
from casefile.store.archive import Archive
from casefile.ui.dialogs.case_editor import CaseEditor
from casefile.ui.dialogs.close_case import CloseCaseDialog
from casefile.ui.dialogs.flagged_cases import FlaggedCasesDialog
from casefile.ui.main_window import MainWindow
from casefile.ui.models.flagged_cases import COL_REASONS, COL_REFERENCE, COL_TITLE


def _rows(dialog: FlaggedCasesDialog) -> list[tuple[str, str, str]]:
    model = dialog.model
    return [
        tuple(model.index(row, column).data() for column in (COL_REFERENCE, COL_TITLE, COL_REASONS))
        for row in range(model.rowCount())
    ]  # type: ignore[misc]


def test_the_demo_archive_lists_its_flagged_case_with_the_reason(
    qtbot: QtBot, demo_window: MainWindow, demo_archive: Archive, qtmodeltester
) -> None:
    expected = assessment.flagged_cases(demo_archive)
    assert expected  # the demo has a case to chase
    ui = demo_window.ui
    action = ui.actionFlaggedCases
    assert action in ui.toolBar.actions() and action in ui.menuView.actions()
    assert action.isEnabled()
    assert demo_window.flagged.count == len(expected)
    assert action.iconText() == f"Not Transferred ({len(expected)})"

    action.trigger()
    dialog = demo_window.flagged.dialog
    assert isinstance(dialog, FlaggedCasesDialog) and dialog.isVisible()
    assert not dialog.isModal()  # the main window stays usable beside it
    rows = _rows(dialog)
    assert ("CF-2026-0027", expected[0].title, "Art 217-online: serious level reached") in rows
    assert dialog.status_text == f"{len(expected)} case" + ("s" if len(expected) > 1 else "")
    qtmodeltester.check(dialog.model)


def test_double_click_and_enter_select_the_case_in_the_main_list(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    demo_window.show_reference("CF-2026-0024")  # another case is shown
    dialog = demo_window.flagged.show()
    table = dialog.ui.table
    row = [r[0] for r in _rows(dialog)].index("CF-2026-0027")
    rect = table.visualRect(dialog.model.index(row, COL_TITLE))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert demo_window.ui.detailPane.detail.reference == "CF-2026-0027"
    assert demo_window.model.summary_at(
        demo_window.ui.caseTable.currentIndex().row()
    ).reference == ("CF-2026-0027")
    assert dialog.isVisible()  # it stays open to go through the list

    demo_window.show_reference("CF-2026-0024")
    table.setFocus()
    table.setCurrentIndex(dialog.model.index(row, COL_REFERENCE))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert demo_window.ui.detailPane.detail.reference == "CF-2026-0027"
    assert dialog.isVisible()  # Enter did not close it


def test_a_case_filtered_out_of_the_list_is_shown_all_the_same(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    demo_window.cases.search_for("no case has this in its title")
    assert demo_window.model.rowCount() == 0
    dialog = demo_window.flagged.show()
    row = [r[0] for r in _rows(dialog)].index("CF-2026-0027")
    dialog.case_activated.emit(dialog.model.case_at(row).reference)
    assert demo_window.ui.detailPane.detail.reference == "CF-2026-0027"
    assert demo_window.ui.searchEdit.text() == ""


def test_the_count_follows_the_writes(qtbot: QtBot, window: MainWindow, archive: Archive) -> None:
    made = cases.create_case(archive, cases.CaseDraft(title="Pirated manuals 盗版说明书"))
    records.add_threshold_figure(archive, made.reference, "copies", 800, "2026-03-10")
    window.refresh()
    assert window.flagged.count == 0  # no offence set: not assessed
    assert window.ui.actionFlaggedCases.iconText() == "Not Transferred (0)"
    dialog = window.flagged.show()
    assert _rows(dialog) == []
    assert "No case" in dialog.status_text

    window.show_reference(made.reference)
    window.ui.actionEditCase.trigger()
    editor = window.dialogs.find(CaseEditor)
    qtbot.mouseClick(editor.offence_boxes["217"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(editor.case_updated):
        editor.save()

    assert window.flagged.count == 1  # counted again after the write
    assert window.ui.actionFlaggedCases.iconText() == "Not Transferred (1)"
    assert _rows(dialog) == [
        (made.reference, "Pirated manuals 盗版说明书", "Art 217: serious level reached")
    ]

    window.case_actions.close_case()
    closer = window.dialogs.find(CloseCaseDialog)
    with qtbot.waitSignal(closer.case_closed):
        closer.save()
    assert window.flagged.count == 0  # closed cases are not chased
    assert _rows(dialog) == []


def test_refresh_reads_the_list_again(qtbot: QtBot, window: MainWindow, archive: Archive) -> None:
    dialog = window.flagged.show()
    assert _rows(dialog) == []
    made = cases.create_case(  # written by another user meanwhile
        archive, cases.CaseDraft(title="Copies", offences=["217"])
    )
    records.add_threshold_figure(archive, made.reference, "copies", 800, "2026-03-10")
    qtbot.mouseClick(dialog.refresh_button, Qt.MouseButton.LeftButton)
    assert [r[0] for r in _rows(dialog)] == [made.reference]
    assert window.flagged.count == 1


def test_closing_the_archive_clears_the_count(window: MainWindow) -> None:
    dialog = window.flagged.show()
    window._close_archive()
    assert window.flagged.count is None
    assert window.ui.actionFlaggedCases.iconText() == "Not Transferred"
    assert not window.ui.actionFlaggedCases.isEnabled()
    assert dialog.status_text == "No archive is open."

"""The Rights & Recordals view driven in the real window on the demo archive: rights with their
recordals, the most pressing first, the filter narrowing to what needs attention, the cases of
the selected right, and Enter opening one at its Rights tab. Today is the suite's (2026-11-21)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from casefile.ui.main_window import MainWindow
from casefile.ui.views.rights_view import RightsView
from casefile.ui.window.navigation import CASES, RIGHTS


def _view(qtbot: QtBot, window: MainWindow) -> RightsView:
    window.navigation.show(RIGHTS)
    view: RightsView = window.ui.rightsPage
    qtbot.waitUntil(lambda: not view.reading, timeout=10_000)
    assert view.result is not None, view.messageLabel.text()
    return view


def _rows(view: RightsView) -> list[str]:
    model = view.model
    return [" | ".join(model.index(r, c).data() for c in (0, 4)) for r in range(model.rowCount())]


def test_rights_and_recordals_most_pressing_first(qtbot: QtBot, demo_window: MainWindow) -> None:
    view = _view(qtbot, demo_window)
    rows = _rows(view)
    assert len(rows) == 17
    first = view.model.index(0, 0)
    # the EU trademark whose recordal at Dutch customs is in its renewal window leads
    assert first.data() == "Trademark 013456789"
    recordal = view.model.index(0, 0, first)
    assert recordal.data() == "Customs recordal NL/AFA/2025/000871"
    assert view.model.index(0, 4, first).data() == "Renew now"
    expires = view.model.index(0, 3, first).data()  # the demo's dates follow its today
    tip = view.model.index(0, 4, first).data(Qt.ItemDataRole.ToolTipRole)
    assert f"expires on {expires}" in tip and "Regulation (EU) No 608/2013" in tip
    assert view.stateLabel.text() == "17 of 17 right(s) shown."


def test_the_filter_shows_what_needs_attention(qtbot: QtBot, demo_window: MainWindow) -> None:
    view = _view(qtbot, demo_window)
    view.showCombo.setCurrentIndex(view.showCombo.findData("attention"))
    assert [view.model.index(r, 0).data() for r in range(view.model.rowCount())] == [
        "Trademark 013456789",
        "Trademark 40201501234S",
    ]
    view.showCombo.setCurrentIndex(view.showCombo.findData("all"))
    assert view.model.rowCount() == 17


def test_enter_on_a_case_of_the_right_opens_it_at_its_rights_tab(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    view = _view(qtbot, demo_window)
    view.tree.setCurrentIndex(view.model.index(0, 0))
    qtbot.waitUntil(lambda: view.caseModel.rowCount() == 4, timeout=10_000)
    reference = view.caseModel.index(0, 0).data()
    assert [view.caseModel.index(r, 2).data() for r in range(4)] == ["Open"] * 3 + ["Closed"]
    table = view.caseTable
    table.setFocus()
    table.setCurrentIndex(view.caseModel.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert demo_window.navigation.current() == CASES
    pane = demo_window.ui.detailPane
    qtbot.waitUntil(
        lambda: pane.detail is not None and pane.detail.reference == reference, timeout=10_000
    )
    assert pane.current_tab() == pane.tab_index("rights")


def test_the_models_pass_the_model_tester(
    qtbot: QtBot, demo_window: MainWindow, qtmodeltester: ModelTester
) -> None:
    view = _view(qtbot, demo_window)
    view.tree.setCurrentIndex(view.model.index(0, 0))
    qtbot.waitUntil(lambda: view.caseModel.rowCount() > 0, timeout=10_000)
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.caseModel)

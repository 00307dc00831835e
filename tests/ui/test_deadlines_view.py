"""The Deadlines view driven in the real window: the deadlines of every case in due order, the
table filtered (due within N days, route, counsel, status), Mark Done written from the view and
the row leaving the open list, Waive asking why in its dialog, Reopen, Enter opening the case on
its Deadlines tab, the month grid counting a deadline on its day and a click on a day listing
only that day's, the mnemonics and the model checked by qtmodeltester. Today is the suite's
(2026-11-21)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from casefile import clock
from casefile.services import cases, proceedings, records
from casefile.store.archive import Archive
from casefile.ui.dialogs.deadline_editor import WaiveDeadlineDialog
from casefile.ui.main_window import MainWindow
from casefile.ui.models.deadline_list import COL_CASE, COL_DUE, COL_STATUS, COL_TITLE
from casefile.ui.views.deadlines_view import DUE_WITHIN, DeadlinesView
from casefile.ui.window.navigation import CASES, DEADLINES


def _build(archive: Archive) -> tuple[str, str]:
    """Lin Yue's case with a customs proceeding; Daniel Tan's with deadlines added by hand."""
    lin = cases.create_case(
        archive, cases.CaseDraft(title="Fake chargers", responsible_counsel="Lin Yue")
    ).reference
    tan = cases.create_case(
        archive, cases.CaseDraft(title="Shop listings", responsible_counsel="Daniel Tan")
    ).reference
    customs = proceedings.add_proceeding(
        archive, lin, proceedings.ProceedingDraft(route="customs", jurisdiction="CN")
    )
    today = clock.today()
    for ref, title, days, proceeding in (
        (tan, "File the complaint", -3, None),
        (lin, "Post the bond", 2, customs.id),
        (tan, "Answer the platform", 5, None),
        (lin, "Renew the recordal", 40, None),
    ):
        due = (today + timedelta(days=days)).isoformat()
        records.add_deadline(archive, ref, title, due, proceeding_id=proceeding)
    return lin, tan


def _view(window: MainWindow) -> DeadlinesView:
    window.navigation.show(DEADLINES)
    view = window.ui.deadlinesPage
    assert isinstance(view, DeadlinesView)
    assert view.result is not None, view.messageLabel.text()
    return view


def _titles(view: DeadlinesView) -> list[str]:
    model = view.model
    return [model.index(r, COL_TITLE).data() for r in range(model.rowCount())]


def _select(view: DeadlinesView, title: str) -> None:
    row = _titles(view).index(title)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(row, 0))


def _stored(archive: Archive, reference: str, title: str):  # type: ignore[no-untyped-def]
    [found] = [d for d in cases.case_detail(archive, reference).deadlines if d.title == title]
    return found


def _choose(combo, data: object) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(data)
    assert index >= 0, f"{data!r} not offered"
    combo.setCurrentIndex(index)


def test_every_open_deadline_in_due_order_and_the_table_filtered(
    qtbot: QtBot, window: MainWindow, archive: Archive
) -> None:
    lin, tan = _build(archive)
    view = _view(window)
    assert _titles(view) == [
        "File the complaint",
        "Post the bond",
        "Answer the platform",
        "Renew the recordal",
    ]
    model = view.model
    assert model.index(0, COL_CASE).data() == tan
    assert model.index(0, COL_DUE).data() == "2026-11-18 · overdue 3 days"
    assert model.index(1, COL_DUE).data() == "2026-11-23 · in 2 days"
    assert view.countLabel.text() == "4 deadlines"

    _choose(view.dueCombo, DUE_WITHIN)  # from today to today + 7 days (the spin's default)
    assert view.daysSpin.isEnabled() and view.daysSpin.value() == 7
    assert _titles(view) == ["Post the bond", "Answer the platform"]
    view.daysSpin.setValue(3)
    assert _titles(view) == ["Post the bond"]
    view.clear_filters()
    _choose(view.routeCombo, "customs")
    assert _titles(view) == ["Post the bond"]
    _choose(view.routeCombo, "")
    _choose(view.counselCombo, "Lin Yue")
    assert _titles(view) == ["Post the bond", "Renew the recordal"]
    view.clear_filters()
    assert len(_titles(view)) == 4 and lin


def test_mark_done_from_the_view_is_written_and_leaves_the_open_list(
    qtbot: QtBot, window: MainWindow, archive: Archive
) -> None:
    _lin, tan = _build(archive)
    view = _view(window)
    _select(view, "Answer the platform")
    assert view.doneButton.isEnabled() and not view.reopenButton.isEnabled()
    qtbot.mouseClick(view.doneButton, Qt.MouseButton.LeftButton)
    stored = _stored(archive, tan, "Answer the platform")
    assert (stored.status, stored.completed_on) == ("done", clock.today())
    qtbot.waitUntil(lambda: "Answer the platform" not in _titles(view))
    assert view.countLabel.text() == "3 deadlines"
    assert "Marked “Answer the platform” done." in window.ui.statusBar.currentMessage()

    _choose(view.statusCombo, "done")  # Reopen from the done ones
    assert _titles(view) == ["Answer the platform"]
    assert view.model.index(0, COL_STATUS).data() == "Done on 2026-11-21"
    _select(view, "Answer the platform")
    assert view.reopenButton.isEnabled() and not view.doneButton.isEnabled()
    qtbot.mouseClick(view.reopenButton, Qt.MouseButton.LeftButton)
    assert _stored(archive, tan, "Answer the platform").status == "open"
    qtbot.waitUntil(lambda: _titles(view) == [])


def test_waive_asks_why_in_its_dialog(qtbot: QtBot, window: MainWindow, archive: Archive) -> None:
    lin, _tan = _build(archive)
    view = _view(window)
    _select(view, "Renew the recordal")
    qtbot.keyClick(view, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # &Waive…
    qtbot.waitUntil(lambda: window.dialogs.find(WaiveDeadlineDialog) is not None)  # animated
    waive = window.dialogs.find(WaiveDeadlineDialog)
    assert waive is not None and waive.isVisible()
    assert _stored(archive, lin, "Renew the recordal").status == "open"
    qtbot.keyClicks(waive.ui.reasonEdit, "The right was assigned to the licensee.")
    ok = waive.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    stored = _stored(archive, lin, "Renew the recordal")
    assert (stored.status, stored.reason) == ("waived", "The right was assigned to the licensee.")
    qtbot.waitUntil(lambda: "Renew the recordal" not in _titles(view))
    _choose(view.statusCombo, "waived")
    assert _titles(view) == ["Renew the recordal"]


def test_enter_opens_the_case_on_its_deadlines_tab(
    qtbot: QtBot, window: MainWindow, archive: Archive
) -> None:
    lin, _tan = _build(archive)
    view = _view(window)
    _select(view, "Post the bond")
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert window.navigation.current() == CASES
    pane = window.ui.detailPane
    qtbot.waitUntil(lambda: pane.detail is not None and pane.detail.reference == lin)
    assert pane.current_tab() == pane.tab_index("deadlines")


def test_the_month_shows_a_deadline_on_its_day_and_a_click_lists_that_day(
    qtbot: QtBot, window: MainWindow, archive: Archive
) -> None:
    _build(archive)
    view = _view(window)
    calendar = view.calendar
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 11)
    assert calendar.count_on(date(2026, 11, 23)) == 1  # Post the bond
    assert calendar.count_on(date(2026, 11, 22)) == 0
    assert calendar.count_on(date(2026, 12, 31)) == 0  # Renew the recordal: next month's
    view.show_day(date(2026, 11, 23))
    assert _titles(view) == ["Post the bond"]
    assert view.dayLabel.text() == "Only 2026-11-23."
    calendar.setCurrentPage(2026, 12)  # the next month: its counts read, the day kept
    assert calendar.count_on(date(2026, 12, 31)) == 1  # Renew the recordal
    assert _titles(view) == ["Post the bond"]
    qtbot.keyClick(view, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)  # Show all da&ys
    qtbot.waitUntil(lambda: len(_titles(view)) == 4)  # a mnemonic's click is animated
    calendar.setSelectedDate(QDate(2026, 12, 31))
    calendar.setFocus()  # its grid has the focus: the keys go there
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter on a day lists it
    assert _titles(view) == ["Renew the recordal"]


def test_mnemonics_reach_the_filters_and_the_model_passes_the_model_tester(
    qtbot: QtBot, window: MainWindow, archive: Archive
) -> None:
    _build(archive)
    view = _view(window)
    for key, widget in (
        (Qt.Key.Key_S, view.statusCombo),
        (Qt.Key.Key_U, view.dueCombo),
        (Qt.Key.Key_R, view.routeCombo),
        (Qt.Key.Key_N, view.counselCombo),
        (Qt.Key.Key_J, view.jurisdictionCombo),
        (Qt.Key.Key_L, view.ruleCombo),
        (Qt.Key.Key_M, view.calendar),
    ):
        qtbot.keyClick(view, key, Qt.KeyboardModifier.AltModifier)
        assert widget.hasFocus() or widget.isAncestorOf(window.focusWidget()), key
    ModelTester(qtbot).check(view.model, force_py=True)
    view.show_day(date(2026, 12, 31))  # reset with fewer rows
    ModelTester(qtbot).check(view.model, force_py=True)


def test_the_rows_menu_and_tab_order_reach_the_actions(
    qtbot: QtBot, window: MainWindow, archive: Archive
) -> None:
    lin, _tan = _build(archive)
    view = _view(window)
    _select(view, "Post the bond")
    menu = view.row_menu()
    actions = {a.text().replace("&", ""): a for a in menu.actions()}
    assert list(actions) == ["Mark Done", "Waive…", "Reopen", "Open Case"]
    assert [a.isEnabled() for a in actions.values()] == [True, True, False, True]
    qtbot.keyClick(view.table, Qt.Key.Key_Tab)  # from the table on to its buttons
    assert view.doneButton.hasFocus()
    actions["Open Case"].trigger()
    assert window.navigation.current() == CASES
    qtbot.waitUntil(lambda: window.ui.detailPane.detail is not None)
    assert window.ui.detailPane.detail.reference == lin

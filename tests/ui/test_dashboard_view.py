"""The Dashboard view driven in the real window: its sections and counts, an item opening its case
on the right tab, switching views from the keyboard and the side bar, the view remembered, and
the money chart painted. Today is the suite's (2026-11-21)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from casefile import clock
from casefile.services import cases, records
from casefile.store.archive import Archive
from casefile.ui.main_window import MainWindow
from casefile.ui.settings import Settings
from casefile.ui.views.dashboard_view import DashboardRow, DashboardRowsModel, DashboardView
from casefile.ui.widgets.money_chart import BarGroup, MoneyChart, nice_step
from casefile.ui.window.navigation import CASES, DASHBOARD


def _dashboard(window: MainWindow) -> DashboardView:
    window.navigation.show(DASHBOARD)
    view = window.dashboard
    assert view.board is not None, view.messageLabel.text()
    return view


def _headings(view: DashboardView) -> dict[str, str]:
    return {key: section.heading.text() for key, section in view.sections.items()}


def _texts(view: DashboardView, key: str) -> list[str]:
    model = view.sections[key].model
    return [
        " | ".join(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def _activate(qtbot: QtBot, view: DashboardView, key: str, row: int) -> None:
    """Enter on a row, as a keyboard user would."""
    table = view.sections[key].table
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)


def test_deadlines_fall_in_the_sections_counsel_expect(
    qtbot: QtBot, window: MainWindow, archive: Archive
) -> None:
    """Hand-checked: 3 days late is overdue; today and day 7 are within 7 days; days 8 and 30
    within 30; day 31 and a deadline done are not shown."""
    ref = cases.create_case(archive, cases.CaseDraft(title="Counterfeit chargers")).reference
    today = clock.today()
    for days, title in (
        (-3, "File the appeal"),
        (0, "Answer customs"),
        (7, "Post the bond"),
        (8, "Notarise the purchase"),
        (30, "Renew the recordal"),
        (31, "Too far ahead"),
    ):
        records.add_deadline(archive, ref, title, today + timedelta(days=days))
    done = records.add_deadline(archive, ref, "Done already", today - timedelta(days=9))
    records.set_deadline_status(archive, done, "done", today - timedelta(days=10), "me")

    view = _dashboard(window)

    headings = _headings(view)
    assert headings["overdue"] == "Overdue deadlines (1)"
    assert headings["due_soon"] == "Due within 7 days (2)"
    assert headings["due_later"] == "Due within 30 days (2)"
    assert headings["suspicion"] == "Suspicion reached, not transferred (0)"
    assert headings["repeat"] == "Repeat infringers in 2026 Q4 (0)"
    assert _texts(view, "overdue") == [f"{ref} | File the appeal · overdue 3 days | 2026-11-18"]
    assert _texts(view, "due_soon") == [
        f"{ref} | Answer customs · due today | 2026-11-21",
        f"{ref} | Post the bond · in 7 days | 2026-11-28",
    ]
    assert [t.split(" | ")[1] for t in _texts(view, "due_later")] == [
        "Notarise the purchase · in 8 days",
        "Renew the recordal · in 30 days",
    ]
    assert view.sections["suspicion"].empty.isVisibleTo(view)
    assert view.sections["suspicion"].empty.text() == "None."
    assert not view.sections["suspicion"].table.isVisibleTo(view)
    tip = view.sections["overdue"].model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "Counterfeit chargers" in tip and "Added by hand." in tip


def test_the_demo_dashboard_matches_the_service(demo_window: MainWindow) -> None:
    from casefile.services.dashboard import SECTION_LIMIT, dashboard

    board = dashboard(demo_window.archive, limit=SECTION_LIMIT)  # type: ignore[arg-type]
    view = _dashboard(demo_window)
    fields = {
        "overdue": "overdue",
        "due_soon": "due_soon",
        "due_later": "due_later",
        "suspicion": "suspicion",
        "transfers": "transfers_overdue",
        "detentions": "detentions",
        "expiring": "expiring",
        "repeat": "repeat_infringers",
    }
    for key, field in fields.items():
        assert view.sections[key].heading.text().endswith(f"({board.count(field)})"), key
        assert view.sections[key].model.rowCount() == len(getattr(board, field))
    # the demo's flagged case, its reason shown and its why in the tooltip
    assert _texts(view, "suspicion") == ["CF-2026-0027 | Art 217-online: serious level reached | "]
    tip = view.sections["suspicion"].model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "No transfer to the police is recorded" in tip
    assert view.stack.currentWidget() is view.content


def test_a_deadline_item_opens_its_case_on_the_deadlines_tab(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    view = _dashboard(demo_window)
    row = view.sections["overdue"].model.row_at(0)
    assert row is not None
    _activate(qtbot, view, "overdue", 0)
    pane = demo_window.ui.detailPane
    qtbot.waitUntil(lambda: pane.detail is not None and pane.detail.reference == row.reference)
    assert demo_window.navigation.current() == CASES
    assert pane.current_tab() == pane.tab_index("deadlines")
    assert demo_window.cases.current_case_id() == row.case_id


def test_a_suspicion_item_opens_its_case_on_the_criminal_tab(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    view = _dashboard(demo_window)
    table = view.sections["suspicion"].table
    rect = table.visualRect(table.model().index(0, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    pane = demo_window.ui.detailPane
    qtbot.waitUntil(lambda: pane.detail is not None and pane.detail.reference == "CF-2026-0027")
    assert pane.current_tab() == pane.tab_index("criminal")
    assert demo_window.ui.viewStack.currentWidget() is demo_window.ui.casesPage


def test_an_expiry_with_no_open_case_opens_nothing(qtbot: QtBot, demo_window: MainWindow) -> None:
    view = _dashboard(demo_window)
    model = view.sections["expiring"].model
    rows = [model.row_at(r) for r in range(model.rowCount())]
    orphan = next(r for r in rows if r is not None and r.case_id is None)
    assert model.index(rows.index(orphan), 0).data() == "—"
    assert "No open case enforces it." in orphan.tooltip
    _activate(qtbot, view, "expiring", rows.index(orphan))
    assert demo_window.navigation.current() == DASHBOARD


def test_ctrl_1_and_ctrl_2_switch_views_and_the_view_is_remembered(
    qtbot: QtBot, window: MainWindow, settings: Settings
) -> None:
    assert window.navigation.current() == CASES  # the first run: the cases, as before
    window.activateWindow()
    window.ui.caseTable.setFocus()
    qtbot.keyClick(window.ui.caseTable, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.viewStack.currentWidget() is window.ui.dashboardPage
    assert window.ui.actionShowDashboard.isChecked()
    assert window.ui.viewBar.currentRow() == 0
    qtbot.keyClick(window.dashboard, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.viewStack.currentWidget() is window.ui.casesPage
    assert window.ui.actionShowCases.isChecked()
    window.ui.viewBar.setCurrentRow(0)  # the side bar
    assert window.navigation.current() == DASHBOARD
    window.save_settings()

    again = MainWindow(Settings(QSettings(settings.backend.fileName(), QSettings.Format.IniFormat)))
    qtbot.addWidget(again)
    assert again.navigation.current() == DASHBOARD
    assert again.ui.actionShowDashboard.isChecked()


def test_find_cases_and_a_new_case_bring_the_cases_forward(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.navigation.show(DASHBOARD)
    window.ui.actionFind.trigger()
    assert window.navigation.current() == CASES


def test_the_dashboard_follows_the_writes_and_f5(
    qtbot: QtBot, window: MainWindow, archive: Archive
) -> None:
    view = _dashboard(window)
    assert view.sections["overdue"].heading.text() == "Overdue deadlines (0)"
    ref = cases.create_case(archive, cases.CaseDraft(title="Late")).reference
    records.add_deadline(archive, ref, "Late already", clock.today() - timedelta(days=1))
    window.ui.actionRefresh.trigger()  # F5
    assert view.sections["overdue"].heading.text() == "Overdue deadlines (1)"

    from casefile.ui.changes import ArchiveChange, Changed

    records.add_deadline(archive, ref, "Later still", clock.today() - timedelta(days=2))
    window.changed(ArchiveChange(archive, None, frozenset({Changed.DEADLINES})))
    qtbot.waitUntil(lambda: view.sections["overdue"].heading.text() == "Overdue deadlines (2)")


def test_a_change_while_the_cases_are_shown_is_read_when_the_dashboard_is_shown(
    window: MainWindow, archive: Archive
) -> None:
    view = _dashboard(window)
    window.navigation.show(CASES)
    ref = cases.create_case(archive, cases.CaseDraft(title="Late")).reference
    records.add_deadline(archive, ref, "Late already", clock.today() - timedelta(days=1))
    from casefile.ui.changes import ArchiveChange, Changed

    window.changed(ArchiveChange(archive, None, frozenset({Changed.DEADLINES})))
    assert view.sections["overdue"].heading.text() == "Overdue deadlines (0)"  # not read yet
    window.navigation.show(DASHBOARD)
    assert view.sections["overdue"].heading.text() == "Overdue deadlines (1)"


def test_no_archive_says_so(window: MainWindow) -> None:
    window.navigation.show(DASHBOARD)
    window._close_archive()
    assert window.dashboard.messageLabel.text() == "No archive is open."
    assert window.dashboard.stack.currentWidget() is window.dashboard.messageLabel


def test_the_rows_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = DashboardRowsModel()
    model.set_rows(
        [
            DashboardRow(1, "CF-2026-0001", "File the appeal", "2026-11-18", "why", "deadlines"),
            DashboardRow(None, "", "Customs recordal", "2027-01-01", "why", "rights"),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(1, 0).data() == "—"


def test_the_demo_charts_paint_bars(demo_window: MainWindow) -> None:
    view = _dashboard(demo_window)
    chart = view.quarterChart
    assert len(chart.groups) == 8  # the last eight quarters
    assert any(g.costs or g.recoveries for g in chart.groups)
    assert view.routeChart.groups
    assert view.currencyCombo.count() > 1 and view.currencyCombo.isVisibleTo(view)
    image = chart.grab().toImage()
    assert image.width() > 100 and image.height() > 100
    _, recoveries = chart.colours()
    assert _has_colour(image, recoveries, 3 * chart.fontMetrics().height())


def test_an_empty_chart_says_so_and_paints(qtbot: QtBot) -> None:
    chart = MoneyChart()
    qtbot.addWidget(chart)
    chart.resize(500, 260)
    chart.set_groups([BarGroup("2026 Q4", Decimal(0), Decimal(0))], "CNY", "Nothing here.")
    image = chart.grab().toImage()
    costs, recoveries = chart.colours()
    below_legend = 3 * chart.fontMetrics().height()
    assert not _has_colour(image, recoveries, below_legend)  # no bar: only the legend's swatch
    chart.set_groups([BarGroup("2026 Q4", Decimal(900), Decimal(300), "Q4: 900 / 300")], "CNY")
    image = chart.grab().toImage()
    assert _has_colour(image, costs, below_legend) and _has_colour(image, recoveries, below_legend)
    assert chart.tooltip_at(chart.rect().center().toPointF()) == "Q4: 900 / 300"


def test_the_axis_steps_are_round() -> None:
    assert nice_step(480_000) == 200_000
    assert nice_step(9) == 2.5
    assert nice_step(0) == 1


def _has_colour(image: QImage, colour: QColor, from_y: int = 0) -> bool:
    want = colour.rgb() & 0xFFFFFF
    return any(
        image.pixel(x, y) & 0xFFFFFF == want
        for x in range(0, image.width(), 2)
        for y in range(from_y, image.height(), 2)
    )


def test_tab_moves_from_one_dashboard_list_to_the_next(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    demo_window.navigation.show(DASHBOARD)
    qtbot.waitUntil(lambda: len(_shown_lists(demo_window)) >= 2)
    first = _shown_lists(demo_window)[0]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    assert first.selectionModel().hasSelection()  # the row Enter would open
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert not first.hasFocus()  # on to the next list, not the next cell
    assert not first.selectionModel().hasSelection()  # only the list with the focus shows one


def _shown_lists(window: MainWindow) -> list[QTableView]:
    view = window.findChild(DashboardView)
    assert view is not None
    return [t for t in view.findChildren(QTableView) if t.isVisible()]


def test_a_section_longer_than_its_list_gives_the_exact_count(
    window: MainWindow, archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dashboard lists the first rows of each section (50 in the app; 2 here) and says
    how many there are in all."""
    from casefile.services import dashboard as dashboard_service

    monkeypatch.setattr(dashboard_service, "SECTION_LIMIT", 2)
    ref = cases.create_case(archive, cases.CaseDraft(title="Counterfeit chargers")).reference
    today = clock.today()
    for days in (3, 4, 5, 6, 7):
        records.add_deadline(archive, ref, f"Late by {days} days", today - timedelta(days=days))
    view = _dashboard(window)
    section = view.sections["overdue"]
    assert section.heading.text() == "Overdue deadlines (5)"
    assert section.model.rowCount() == 2
    assert section.empty.isVisibleTo(view) and section.empty.text() == "The first 2 of 5."
    assert _texts(view, "overdue")[0].startswith(f"{ref} | Late by 7 days")  # oldest first

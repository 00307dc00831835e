"""The window on the user's screen: a first window fits a laptop, a saved size is restored only
where it fits, and the case list gives its room to the titles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from casefile.ui.main_window import MainWindow
from casefile.ui.models.case_table import (
    COL_COUNSEL,
    COL_DEADLINE,
    COL_EVIDENCE,
    COL_REFERENCE,
    COL_ROUTES,
    COL_TITLE,
)
from casefile.ui.settings import Settings
from casefile.ui.window import case_list, window_geometry

LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 less a 40 px task bar
DESKTOP = QRect(0, 0, 2560, 1400)


@pytest.fixture
def screens(monkeypatch: pytest.MonkeyPatch) -> list[QRect]:
    """The screens the window is placed on (tests set them: the offscreen one is 800×600)."""
    connected = [LAPTOP]
    monkeypatch.setattr(window_geometry, "screen_areas", lambda: list(connected))
    monkeypatch.setattr(window_geometry, "current_screen_area", lambda: connected[0])
    return connected


def _on_screen(window: MainWindow, widget_name: str, area: QRect) -> bool:
    widget = getattr(window.ui, widget_name)
    top_left = window.geometry().topLeft() + widget.mapTo(window, QPoint(0, 0))
    return area.contains(QRect(top_left, widget.size()))


def test_a_first_window_fits_a_laptop_screen(
    qtbot: QtBot, settings: Settings, screens: list[QRect]
) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    assert LAPTOP.contains(window.geometry())
    assert window.width() <= LAPTOP.width() * 0.9 and window.height() <= LAPTOP.height() * 0.9
    assert window.geometry().center() == LAPTOP.center()
    for part in ("statusBar", "detailPane", "caseTable", "countLabel"):  # nothing off-screen
        assert _on_screen(window, part, LAPTOP), part


def test_a_first_window_on_a_large_screen_has_the_forms_size(
    qtbot: QtBot, settings: Settings, screens: list[QRect]
) -> None:
    screens[:] = [DESKTOP]
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert (window.width(), window.height()) == (1440, 880)  # capped: not 90% of 2560
    assert window.geometry().center() == DESKTOP.center()


def _saved_geometry(qtbot: QtBot, settings: Settings, geometry: QRect) -> Settings:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.setGeometry(geometry)
    window.save_settings()
    return Settings(QSettings(settings.backend.fileName(), QSettings.Format.IniFormat))


def test_a_size_saved_on_a_larger_monitor_is_not_restored(
    qtbot: QtBot, settings: Settings, screens: list[QRect]
) -> None:
    screens[:] = [DESKTOP]
    stored = _saved_geometry(qtbot, settings, QRect(200, 100, 2000, 1200))
    screens[:] = [LAPTOP]  # the monitor was unplugged

    window = MainWindow(stored)
    qtbot.addWidget(window)
    assert LAPTOP.contains(window.geometry())
    assert window.width() < 1300


def test_a_size_that_fits_is_restored(
    qtbot: QtBot, settings: Settings, screens: list[QRect]
) -> None:
    # Qt's restoreGeometry checks against the real screens too: use the offscreen one
    screens[:] = [QGuiApplication.primaryScreen().availableGeometry()]
    saved = QRect(QPoint(20, 30), screens[0].size() - QSize(60, 80))
    stored = _saved_geometry(qtbot, settings, saved)
    window = MainWindow(stored)
    qtbot.addWidget(window)
    assert window.geometry() == saved


def test_titles_get_the_room_and_widths_are_kept(
    qtbot: QtBot, demo_window: MainWindow, settings: Settings, demo_archive: object
) -> None:
    """On a laptop-sized window the titles are readable: the other columns fit their
    contents, the title stretches; widths the user sets come back next time."""
    header = demo_window.ui.caseTable.horizontalHeader()
    table = demo_window.ui.caseTable
    widths = {
        c: header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c)
    }
    assert max(widths, key=widths.__getitem__) == COL_TITLE  # was ~40 px, the narrowest
    assert widths[COL_TITLE] >= 120
    for column in (COL_REFERENCE, COL_DEADLINE, COL_COUNSEL):  # fitted, not cut
        assert header.sectionSize(column) >= table.sizeHintForColumn(column) or (
            header.sectionSize(column) == case_list.COLUMN_BOUNDS[column][1]
        )
    assert table.horizontalScrollBar().maximum() == 0  # every shown column in view
    demo_window.resize(1440, 880)  # the size on a larger screen: the title takes the room
    assert header.sectionSize(COL_TITLE) >= 200
    # shown in the detail pane, the routes and exhibit count start hidden; the header's menu
    # shows them again
    assert header.isSectionHidden(COL_ROUTES) and header.isSectionHidden(COL_EVIDENCE)
    menu = demo_window.cases.columns_menu()
    [routes] = [a for a in menu.actions() if a.text() == "Routes"]
    routes.trigger()
    assert not header.isSectionHidden(COL_ROUTES) and header.sectionSize(COL_ROUTES) > 40
    menu.close()

    header.resizeSection(COL_COUNSEL, 140)
    demo_window.close()
    again = MainWindow(Settings(QSettings(settings.backend.fileName(), QSettings.Format.IniFormat)))
    qtbot.addWidget(again)
    again.resize(1229, 691)
    again.show()
    again.set_archive(demo_archive)  # type: ignore[arg-type]
    kept = again.ui.caseTable.horizontalHeader()
    assert kept.sectionSize(COL_COUNSEL) == 140  # not fitted again over the user's width
    assert not kept.isSectionHidden(COL_ROUTES)  # the columns the user chose

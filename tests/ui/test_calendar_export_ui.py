"""Deadlines to a calendar from the app: the Deadlines view's Export Calendar… writes exactly the
deadlines its filters show, and Case › Export Deadlines to Calendar… the case shown; each file is
read back by the `icalendar` parser, Chinese text whole. Today is the suite's (2026-11-21)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casefile import clock
from casefile.services import cases, records
from casefile.store.archive import Archive
from casefile.ui.main_window import MainWindow
from casefile.ui.views.deadlines_view import DUE_WITHIN, DeadlinesView
from casefile.ui.window.calendar_export import CalendarExports
from casefile.ui.window.navigation import DEADLINES


@pytest.fixture
def filled(archive: Archive) -> tuple[str, str]:
    first = cases.create_case(archive, cases.CaseDraft(title="宁波海关扣留假冒滑板车")).reference
    second = cases.create_case(archive, cases.CaseDraft(title="Shop listings")).reference
    today = clock.today()
    for ref, title, days in (
        (first, "申请扣留 Apply for detention", 2),
        (second, "Answer the platform", 5),
        (first, "Renew the recordal", 40),
    ):
        records.add_deadline(archive, ref, title, (today + timedelta(days=days)).isoformat())
    return first, second


def _summaries(path: Path) -> list[str]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return sorted(str(event["SUMMARY"]) for event in calendar.walk("VEVENT"))


def test_export_calendar_writes_what_the_deadlines_view_shows(
    qtbot: QtBot,
    window: MainWindow,
    filled: tuple[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, second = filled
    asked: list[Path] = []

    def ask(_self: CalendarExports, suggested: Path) -> Path:
        asked.append(suggested)
        return tmp_path / "deadlines.ics"

    monkeypatch.setattr(CalendarExports, "ask_path", ask)
    window.navigation.show(DEADLINES)
    view = window.ui.deadlinesPage
    assert isinstance(view, DeadlinesView)
    view.daysSpin.setValue(10)
    view.dueCombo.setCurrentIndex(view.dueCombo.findData(DUE_WITHIN))
    assert view.model.rowCount() == 2  # the recordal, 40 days away, is not shown

    qtbot.mouseClick(view.exportButton, Qt.MouseButton.LeftButton)

    assert asked and asked[0].name == "Casefile deadlines.ics"
    assert _summaries(tmp_path / "deadlines.ics") == [
        f"Answer the platform — {second}",
        f"申请扣留 Apply for detention — {first}",
    ]
    assert "2 deadline(s) exported" in window.ui.statusBar.currentMessage()


def test_case_menu_exports_the_case_shown(
    archive: Archive,
    filled: tuple[str, str],
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, _second = filled
    monkeypatch.setattr(CalendarExports, "ask_path", lambda _self, _s: tmp_path / "case.ics")
    (action,) = [
        a for a in window.ui.menuCase.actions() if a.objectName() == "actionExportCalendar"
    ]
    case_id = cases.case_detail(archive, first).id
    window.cases.select_case(case_id)
    assert action.isEnabled()

    action.trigger()

    assert _summaries(tmp_path / "case.ics") == [
        f"Renew the recordal — {first}",
        f"申请扣留 Apply for detention — {first}",
    ]
    calendar = icalendar.Calendar.from_ical((tmp_path / "case.ics").read_bytes())
    assert "宁波海关扣留假冒滑板车" in str(calendar.walk("VEVENT")[0]["DESCRIPTION"])

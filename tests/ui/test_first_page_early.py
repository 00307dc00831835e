"""The case list's first page shown while the archive is still opening (the window reads it
with sqlite3 alone, store/first_page.py): the user sees the cases the list will hold, in its
order, before SQLAlchemy and the models have loaded; the list then carries on from the opened
archive with the same cases, and nothing is shown early that the list would not show."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from casefile.errors import ArchiveBusyError
from casefile.services import cases
from casefile.store.archive import Archive
from casefile.ui.main_window import MainWindow
from casefile.ui.models.case_table import COL_REFERENCE, COL_TITLE
from casefile.ui.settings import Settings


@pytest.fixture
def closed_archive(tmp_path: Path) -> Path:
    """An archive of three cases on disk, not open."""
    path = tmp_path / "Early.casefile"
    with Archive.open(path, create=True) as archive:
        for title in ("Fake chargers", "Fake scooters", "Pirated firmware"):
            cases.create_case(archive, cases.CaseDraft(title=title))
    return path


def _window(qtbot: QtBot, settings: Settings) -> MainWindow:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    return window


def _look_while_opening(monkeypatch: pytest.MonkeyPatch, window: MainWindow) -> dict[str, object]:
    """What the list shows at the moment the archive's opening starts."""
    seen: dict[str, object] = {}
    real_open = Archive.open

    def open_and_look(path: Path, *, create: bool = False) -> Archive:
        model = window.cases.model
        seen["ids"] = model.ids
        seen["references"] = [model.index(r, COL_REFERENCE).data() for r in range(3)]
        seen["titles"] = [model.index(r, COL_TITLE).data() for r in range(3)]
        seen["selected"] = window.cases.current_case_id()
        seen["count"] = window.ui.countLabel.text()
        seen["editable"] = window.ui.actionEditCase.isEnabled()
        return real_open(path, create=create)

    monkeypatch.setattr(Archive, "open", staticmethod(open_and_look))
    return seen


def test_the_first_page_is_listed_before_the_archive_has_opened(
    qtbot: QtBot, settings: Settings, closed_archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, settings)
    seen = _look_while_opening(monkeypatch, window)
    window.open_archive(closed_archive)
    qtbot.waitUntil(lambda: window.archive is not None, timeout=10_000)
    # while opening: the three cases, newest first, nothing selected, nothing to edit yet
    assert seen["references"] == ["CF-2026-0003", "CF-2026-0002", "CF-2026-0001"]
    assert seen["titles"] == ["Pirated firmware", "Fake scooters", "Fake chargers"]
    assert seen["count"] == "3 cases"
    assert seen["selected"] is None and seen["editable"] is False
    # once open: the same list read from the archive, the first case selected and shown
    qtbot.waitUntil(lambda: window.cases.current_case_id() is not None, timeout=10_000)
    assert window.cases.model.ids == seen["ids"]
    pane = window.ui.detailPane
    qtbot.waitUntil(lambda: pane.detail is not None, timeout=10_000)
    assert pane.detail.reference == "CF-2026-0003"


def test_the_order_the_list_had_is_the_order_read_early(
    qtbot: QtBot, tmp_path: Path, closed_archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ini = str(tmp_path / "sorted.ini")
    first = _window(qtbot, Settings(QSettings(ini, QSettings.Format.IniFormat)))
    first.set_archive(Archive.open(closed_archive), owned=True)
    qtbot.waitUntil(lambda: first.cases.model.rowCount() == 3, timeout=10_000)
    first.ui.caseTable.sortByColumn(COL_TITLE, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: first.cases.model.sort_key == "title", timeout=10_000)
    first.close()  # saves the settings: the order among them
    settings = Settings(QSettings(ini, QSettings.Format.IniFormat))
    assert settings.case_sort == ("title", False)

    again = _window(qtbot, settings)
    seen = _look_while_opening(monkeypatch, again)
    again.open_archive(closed_archive)
    qtbot.waitUntil(lambda: again.archive is not None, timeout=10_000)
    assert seen["titles"] == ["Fake chargers", "Fake scooters", "Pirated firmware"]


def test_nothing_is_shown_early_from_an_archive_to_be_migrated(
    qtbot: QtBot, settings: Settings, closed_archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An archive of another schema is the archive's opening to handle (migrate or refuse):
    nothing is listed from it before."""
    with sqlite3.connect(closed_archive / "archive.sqlite") as db:
        db.execute("UPDATE alembic_version SET version_num = '9999_newer'")
    window = _window(qtbot, settings)
    seen = _look_while_opening(monkeypatch, window)
    with qtbot.waitSignal(window.archive_failed):
        window.open_archive(closed_archive)
    assert seen["ids"] == []
    assert window.cases.model.rowCount() == 0
    _close_error_box(window)


def test_a_list_shown_early_goes_when_the_archive_cannot_open(
    qtbot: QtBot, settings: Settings, closed_archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, settings)
    seen: dict[str, int] = {}

    def busy(path: Path, *, create: bool = False) -> Archive:
        seen["rows"] = window.cases.model.rowCount()
        raise ArchiveBusyError(path)

    monkeypatch.setattr(Archive, "open", staticmethod(busy))
    with qtbot.waitSignal(window.archive_failed):
        window.open_archive(closed_archive)
    assert seen["rows"] == 3  # shown while it opened
    assert window.cases.model.rowCount() == 0 and window.ui.countLabel.text() == ""
    assert "Could not open the archive Early" in window.ui.detailPane.visible_text()
    _close_error_box(window)


def _close_error_box(window: MainWindow) -> None:
    box = window.findChild(QMessageBox, "errorBox")
    assert box is not None and "Traceback" not in box.informativeText()
    box.close()

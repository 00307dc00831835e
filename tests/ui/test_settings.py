"""Typed settings over QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from casefile.ui.settings import Settings


def test_settings_round_trip_with_types(tmp_path: Path) -> None:
    path = str(tmp_path / "s.ini")
    s = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert s.last_archive is None and s.detail_tab == 0 and s.window_geometry is None

    s.last_archive = tmp_path / "案件.casefile"
    s.detail_tab = 3
    s.splitter_state = QByteArray(b"\x00\x01state")
    s.status_filter = "on_hold"
    s.sync()

    again = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert again.last_archive == tmp_path / "案件.casefile"
    assert again.detail_tab == 3 and isinstance(again.detail_tab, int)
    assert bytes(again.splitter_state) == b"\x00\x01state"
    assert again.status_filter == "on_hold"


def test_bad_values_fall_back_to_defaults(tmp_path: Path) -> None:
    backend = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    backend.setValue("caseDetail/tab", "not a number")
    assert Settings(backend).detail_tab == 0

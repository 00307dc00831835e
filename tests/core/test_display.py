"""`casefile` with no screen says so in one line instead of letting Qt abort the process."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from casefile import display


@pytest.fixture
def linux(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.usefixtures("linux")
def test_no_display_is_named() -> None:
    assert "DISPLAY is not set" in (display.why_no_window() or "")


@pytest.mark.usefixtures("linux")
def test_missing_x11_libraries_are_named_with_their_packages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(display, "_loads", lambda soname: soname != "libxcb-cursor.so.0")
    assert "apt-get install libxcb-cursor0`" in (display.why_no_window() or "")
    monkeypatch.setattr(display, "_loads", lambda soname: True)
    assert display.why_no_window() is None


@pytest.mark.usefixtures("linux")
def test_a_platform_the_user_chose_is_left_to_qt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert display.why_no_window() is None
    monkeypatch.setenv("QT_QPA_PLATFORM", "")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert display.why_no_window() is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="DISPLAY is Linux's")
def test_casefile_with_no_display_prints_one_line_and_exits_1(tmp_path: object) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "QT_QPA_PLATFORM"}}
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run(
        [sys.executable, "-m", "casefile", "--archive", f"{tmp_path}/A.casefile"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "casefile: error: no display to open the window on (DISPLAY is not set): run casefile "
        "in a desktop session; the other commands (casefile list, casefile demo, …) work "
        "without one"
    ]

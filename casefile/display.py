"""Before the window is imported: can this machine show one? Answers in words instead of letting
Qt abort the process (with no display, or without the X11 libraries its xcb plugin loads).

Plain Python, no Qt: the command line asks before it imports the UI.
"""

from __future__ import annotations

import ctypes
import os
import sys

# What Qt's xcb platform plugin loads, by soname, with the Debian/Ubuntu package that has it.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1",
}


def why_no_window() -> str | None:
    """None when a window can be tried; else one sentence saying why not and what to do."""
    if not sys.platform.startswith("linux"):
        return None  # Windows and macOS always have their platform plugin
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None  # offscreen, wayland, …: the user chose
    if not platform and os.environ.get("WAYLAND_DISPLAY"):
        return None
    if not os.environ.get("DISPLAY"):
        return (
            "no display to open the window on (DISPLAY is not set): run casefile in a desktop "
            "session; the other commands (casefile list, casefile demo, …) work without one"
        )
    missing = [package for name, package in XCB_LIBRARIES.items() if not _loads(name)]
    if missing:
        return (
            "the window cannot open: Qt's X11 libraries are missing; on Debian or Ubuntu run "
            f"`sudo apt-get install {' '.join(missing)}`"
        )
    return None


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True

"""Where a window goes: a first window sized to the screen it appears on, a saved geometry
checked against the screens connected now (a monitor unplugged since must not hide it)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QCursor, QGuiApplication

SCREEN_SHARE = 0.9  # a first window takes at most this much of the screen, each way


def fitted_geometry(available: QRect, preferred: QSize, minimum: QSize) -> QRect:
    """A first window: `preferred` (the form's size) where the screen has room, else
    SCREEN_SHARE of the screen's available area (never below `minimum`), centred on it."""
    width = min(preferred.width(), int(available.width() * SCREEN_SHARE))
    height = min(preferred.height(), int(available.height() * SCREEN_SHARE))
    size = QSize(max(width, minimum.width()), max(height, minimum.height()))
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(available.center())
    return rect


def fits_on_a_screen(rect: QRect, screens: list[QRect], tolerance: int = 8) -> bool:
    """Whether `rect` lies within one of the screens' available areas (a few pixels of frame
    outside are fine): a geometry saved on a larger or disconnected monitor does not."""
    return any(
        screen.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(rect)
        for screen in screens
    )


def screen_areas() -> list[QRect]:
    """The available area (without task bars and docks) of every screen now connected."""
    return [screen.availableGeometry() for screen in QGuiApplication.screens()]


def current_screen_area() -> QRect | None:
    """The available area of the screen a new window appears on: the one under the mouse."""
    screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None

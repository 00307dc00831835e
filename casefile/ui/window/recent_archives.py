"""File › Open Recent: the archives opened last, most recent first, remembered in the user's
settings. An archive whose folder is gone (a USB drive not plugged in, a folder moved) stays
listed but disabled, with its path as the tooltip, so a user sees where it was; Clear Menu
forgets them all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from casefile.ui.settings import Settings

MAX_RECENT = 8


def remembered(recent: tuple[Path, ...], opened: Path) -> tuple[Path, ...]:
    """`recent` with `opened` first, once, at most `MAX_RECENT` long."""
    key = _key(opened)
    rest = [p for p in recent if _key(p) != key]
    return (opened, *rest)[:MAX_RECENT]


def _key(path: Path) -> str:
    try:
        return str(path.expanduser().resolve()).casefold()
    except OSError:
        return str(path).casefold()


class RecentArchives(QObject):
    """The submenu, placed in `menu` before `before`; `chosen(path)` when one is picked."""

    chosen = Signal(Path)

    def __init__(self, menu: QMenu, before: QAction, settings: Settings) -> None:
        super().__init__(menu)
        self.settings = settings
        self.menu = QMenu(menu)
        self.menu.setObjectName("menuOpenRecent")
        menu.insertMenu(before, self.menu)
        self.menu.aboutToShow.connect(self.rebuild)
        self.retranslate()
        self.rebuild()

    def add(self, path: Path) -> None:
        """`path` was opened: first in the list."""
        self.settings.recent_archives = remembered(self.settings.recent_archives, Path(path))
        self.rebuild()

    def clear(self) -> None:
        self.settings.recent_archives = ()
        self.rebuild()

    def rebuild(self) -> None:
        self.menu.clear()
        recent = self.settings.recent_archives
        for number, path in enumerate(recent, start=1):
            # "&1 Demo.casefile — /home/…": the number is the keyboard's way in; an "&" in
            # a folder's name is doubled so it shows
            where = f"{path.name}  —  {path.parent}".replace("&", "&&")
            action = QAction(f"&{number} {where}", self.menu)
            action.setToolTip(str(path))
            action.setData(str(path))
            exists = path.is_dir()
            action.setEnabled(exists)
            if not exists:
                action.setText(action.text() + "  " + self.tr("(not found)"))
            action.triggered.connect(lambda _checked=False, p=path: self.chosen.emit(p))
            self.menu.addAction(action)
        if recent:
            self.menu.addSeparator()
        clear = self.menu.addAction(self.tr("&Clear Menu"))
        clear.setObjectName("actionClearRecent")
        clear.setEnabled(bool(recent))
        clear.triggered.connect(self.clear)
        self.menu.setEnabled(bool(recent))

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("Open &Recent"))
        if self.menu.actions():
            self.rebuild()  # "(not found)" and Clear Menu in the new language

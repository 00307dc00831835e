"""View › Language: English or 简体中文, switched at once and remembered for the next start.

The languages are named in themselves and never translated, so a user lost in the other language
still finds theirs. The switch itself is `casefile.ui.i18n.set_language`; a Settings dialog can
call `choose_language` the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from casefile.ui import i18n
from casefile.ui.settings import Settings


def choose_language(settings: Settings, code: str) -> str:
    """Switch the running app to `code` and store it in the user's settings; returns the code
    in effect."""
    app = QCoreApplication.instance()
    if app is None:
        return i18n.current_language()
    shown = i18n.set_language(app, code)
    settings.language = shown
    settings.sync()
    return shown


class LanguageMenu(QObject):
    """The Language submenu, added to `menu` (the View menu)."""

    language_changed = Signal(str)  # the code now in effect

    def __init__(self, menu: QMenu, settings: Settings) -> None:
        super().__init__(menu)
        self.settings = settings
        self.menu = QMenu(menu)
        self.menu.setObjectName("menuLanguage")
        menu.addSeparator()
        menu.addMenu(self.menu)
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self.menu)
            action.setObjectName(f"actionLanguage_{code}")
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            self._group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action
        self.retranslate()

    def choose(self, code: str) -> None:
        shown = choose_language(self.settings, code)
        self.actions[shown].setChecked(True)
        self.language_changed.emit(shown)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Language"))
        self.actions[i18n.current_language()].setChecked(True)

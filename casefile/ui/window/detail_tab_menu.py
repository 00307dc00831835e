"""View › Case Tab: the case's tabs from the keyboard, wherever the focus is — Alt+1 for
Proceedings up to Alt+9 for History — shown in the Cases view with the tab brought forward.
(Ctrl+Tab and Ctrl+PgDown still move between tabs once the focus is inside them.)"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

# the tabs in their order, each with its name in CaseDetailPane's form (`<name>Tab`)
TABS = cast(
    "tuple[tuple[str, str], ...]",
    (
        ("proceedings", QT_TRANSLATE_NOOP("DetailTabMenu", "&Proceedings")),
        ("parties", QT_TRANSLATE_NOOP("DetailTabMenu", "P&arties")),
        ("evidence", QT_TRANSLATE_NOOP("DetailTabMenu", "&Evidence")),
        ("rights", QT_TRANSLATE_NOOP("DetailTabMenu", "&Rights")),
        ("criminal", QT_TRANSLATE_NOOP("DetailTabMenu", "&Criminal")),
        ("deadlines", QT_TRANSLATE_NOOP("DetailTabMenu", "&Deadlines")),
        ("money", QT_TRANSLATE_NOOP("DetailTabMenu", "&Money")),
        ("notes", QT_TRANSLATE_NOOP("DetailTabMenu", "&Notes")),
        ("history", QT_TRANSLATE_NOOP("DetailTabMenu", "&History")),
    ),
)


class DetailTabMenu(QObject):
    """The submenu, added to `menu`; `show_tab(name)` does the switching."""

    def __init__(self, menu: QMenu, show_tab: Callable[[str], None]) -> None:
        super().__init__(menu)
        self.menu = QMenu(menu)
        self.menu.setObjectName("menuCaseTab")
        menu.addMenu(self.menu)
        self.actions: dict[str, QAction] = {}
        for number, (name, _text) in enumerate(TABS, start=1):
            action = QAction(self.menu)
            action.setObjectName(f"actionCaseTab_{name}")
            action.setShortcut(QKeySequence(f"Alt+{number}"))
            action.triggered.connect(lambda _checked=False, n=name: show_tab(n))
            self.menu.addAction(action)
            self.actions[name] = action
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(QCoreApplication.translate("DetailTabMenu", "Case &Tab"))
        for name, text in TABS:
            self.actions[name].setText(QCoreApplication.translate("DetailTabMenu", text))

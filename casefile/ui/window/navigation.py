"""The window's views and the side bar that switches them: Dashboard (Ctrl+1), Cases (Ctrl+2),
Infringers (Ctrl+3), Rights & Recordals (Ctrl+4), Deadlines (Ctrl+5) and Evidence (Ctrl+6), also
under View. The side bar's rows, the view stack's pages and the View menu's actions are in
the same order; the view shown last is remembered in the settings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QListView, QListWidget

from casefile.ui import icons
from casefile.ui.settings import Settings

if TYPE_CHECKING:
    from casefile.ui.forms.main_window_ui import Ui_MainWindow

DASHBOARD = "dashboard"
CASES = "cases"
INFRINGERS = "infringers"
RIGHTS = "rights"
DEADLINES = "deadlines"
EVIDENCE = "evidence"
# the side bar's rows, the stack's pages and the View menu's actions, in this order
VIEWS = (DASHBOARD, CASES, INFRINGERS, RIGHTS, DEADLINES, EVIDENCE)


class Navigation(QObject):
    """Shows one view at a time; `view_changed(name)` after a switch."""

    view_changed = Signal(str)

    def __init__(self, ui: Ui_MainWindow, parent: QObject) -> None:
        super().__init__(parent)
        self.ui = ui
        self._wanted = CASES  # the view to show while the stack has no pages yet
        self.actions: dict[str, QAction] = {
            DASHBOARD: ui.actionShowDashboard,
            CASES: ui.actionShowCases,
            INFRINGERS: ui.actionShowInfringers,
            RIGHTS: ui.actionShowRights,
            DEADLINES: ui.actionShowDeadlines,
            EVIDENCE: ui.actionShowEvidence,
        }
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        for name, action in self.actions.items():
            self._group.addAction(action)
            action.setIcon(icons.view_icon(name))
            action.triggered.connect(lambda _checked=False, n=name: self.show(n))
        self._style_bar(ui.viewBar)
        ui.viewBar.currentRowChanged.connect(self._row_changed)
        self._sync(self.current())

    @staticmethod
    def _style_bar(bar: QListWidget) -> None:
        """A narrow column of icons with their names under them."""
        line = bar.fontMetrics().height()
        bar.setViewMode(QListView.ViewMode.IconMode)
        bar.setFlow(QListView.Flow.TopToBottom)
        bar.setMovement(QListView.Movement.Static)
        bar.setWrapping(False)
        bar.setResizeMode(QListView.ResizeMode.Adjust)
        bar.setIconSize(QSize(round(1.6 * line), round(1.6 * line)))
        bar.setSpacing(line // 4)
        bar.setUniformItemSizes(True)
        bar.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for row, name in enumerate(VIEWS):
            item = bar.item(row)
            if item is not None:
                item.setIcon(icons.view_icon(name))
                item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
        Navigation.fit_bar(bar)

    @staticmethod
    def fit_bar(bar: QListWidget) -> None:
        """As wide as its longest name (which changes with the language), and no wider."""
        fm = bar.fontMetrics()
        names = [bar.item(row).text() for row in range(bar.count())]
        widest = max([fm.horizontalAdvance(n) for n in names] + [bar.iconSize().width()])
        width = widest + round(1.2 * fm.height())
        bar.setFixedWidth(width)
        cell = QSize(width - fm.height() // 2, bar.iconSize().height() + 2 * fm.height())
        for row in range(bar.count()):
            item = bar.item(row)
            item.setSizeHint(cell)

    def current(self) -> str:
        """The view shown (before the window has built its pages: the one it will show)."""
        if self.ui.viewStack.count() < len(VIEWS):
            return self._wanted
        index = self.ui.viewStack.currentIndex()
        return VIEWS[index] if 0 <= index < len(VIEWS) else CASES

    def show(self, name: str) -> None:
        """Bring view `name` forward (an unknown name: the cases). Before the window's pages
        are built, the side bar and the View menu say it, and the page follows once built."""
        if name not in VIEWS:
            name = CASES
        changed = name != self.current()
        self._wanted = name
        if self.ui.viewStack.count() == len(VIEWS):
            self.ui.viewStack.setCurrentIndex(VIEWS.index(name))
        self._sync(name)
        if changed:
            self.view_changed.emit(name)

    def pages_added(self) -> None:
        """The window has put its pages in the stack: show the one the side bar says."""
        self.ui.viewStack.setCurrentIndex(VIEWS.index(self._wanted))

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(VIEWS):
            self.show(VIEWS[row])

    def _sync(self, name: str) -> None:
        self.actions[name].setChecked(True)
        bar = self.ui.viewBar
        row = VIEWS.index(name)
        if bar.currentRow() != row:
            bar.blockSignals(True)
            bar.setCurrentRow(row)
            bar.blockSignals(False)

    def restore(self, settings: Settings) -> None:
        self.show(settings.current_view)

    def save(self, settings: Settings) -> None:
        settings.current_view = self.current()

    def retranslate(self) -> None:
        self.fit_bar(self.ui.viewBar)

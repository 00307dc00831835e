"""Case › Import Listings…: the menu entry, made in code beside Add Evidence (the window's form
stays as it is), enabled while a case is shown. What it opens is `CaseActions.import_listings`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu


class ListingsMenu(QObject):
    """The Import Listings… action, put in `menu` before `before`."""

    def __init__(self, menu: QMenu, before: QAction) -> None:
        super().__init__(menu)
        self.action = QAction(menu)
        self.action.setObjectName("actionImportListings")
        menu.insertAction(before, self.action)
        self.action.setEnabled(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("Import &Listings…"))
        self.action.setStatusTip(
            self.tr("Import a monitoring tool's CSV or XLSX of infringing listings into this case")
        )

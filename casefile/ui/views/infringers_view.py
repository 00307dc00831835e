"""The Infringers view (being built: a skeleton on the issue13-views branch, never on main)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from casefile.ui.views.archive_view import ArchiveView


class InfringersView(ArchiveView):
    """The Infringers page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.retranslate()
        self.show_message(self.tr("No archive is open."))

    def title(self) -> str:
        return self.tr("Infringers")

    def read_op(self, archive: Any) -> Any:
        return None

    def show_result(self, result: Any) -> None:
        pass

"""Showing a case's Criminal tab in the main window, for the tests of the dialogs it opens."""

from __future__ import annotations

from casefile.ui.main_window import MainWindow
from casefile.ui.widgets.thresholds_panel import ThresholdsPanel


def criminal_tab(window: MainWindow, reference: str) -> ThresholdsPanel:
    window.refresh()
    window.show_reference(reference)
    pane = window.ui.detailPane
    assert pane.detail is not None and pane.detail.reference == reference
    pane.set_current_tab(pane.tab_index("criminal"))
    return pane.ui.thresholdsPanel

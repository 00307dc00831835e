"""The "Suspicion reached, not transferred" list: composes `forms/flagged_cases.ui`.

A non-modal window beside the main one: the open cases whose figures reach a criminal threshold
(or come within the suspicion margin) with no transfer to the police recorded, each with why.
It reads nothing itself: the main window reads the list in the background
(`services.assessment.flagged_cases`) and hands it over with `show_cases`; Refresh emits
`refresh_requested`. Double-click or Enter on a row emits `case_activated(reference)`, and the
main window selects that case in its list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QPushButton, QWidget

from casefile.ui import i18n, labels
from casefile.ui.forms.flagged_cases_ui import Ui_FlaggedCasesDialog
from casefile.ui.models.flagged_cases import COL_REASONS, COL_REFERENCE, COL_TITLE, FlaggedCaseModel

if TYPE_CHECKING:
    from casefile.services.assessment import FlaggedCase


class FlaggedCasesDialog(QDialog):
    refresh_requested = Signal()
    case_activated = Signal(str)  # the reference of the case to show

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        """A language switch: the form's words anew, what was typed kept (casefile.ui.i18n)."""
        super().changeEvent(event)
        if i18n.is_language_change(event):
            i18n.retranslate_widget(self)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FlaggedCasesDialog()
        self.ui.setupUi(self)
        self.setModal(False)
        self.model = FlaggedCaseModel(self)
        ui = self.ui
        ui.introLabel.setStyleSheet("color: palette(placeholder-text);")
        ui.statusLabel.setStyleSheet("color: palette(placeholder-text);")
        table = ui.table
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setSectionResizeMode(COL_REFERENCE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_REASONS, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COL_TITLE, 300)
        vertical = table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.activated.connect(self._activated)  # double-click or Enter
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the list again from the archive"))
        self.refresh_button.setAutoDefault(False)
        ui.buttonBox.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.show_loading()

    def show_loading(self) -> None:
        self.ui.statusLabel.setText(self.tr("Reading the archive…"))
        self.refresh_button.setEnabled(False)

    def show_cases(self, flagged: list[FlaggedCase]) -> None:
        """Show `flagged`, keeping the case selected if it is still there."""
        current = self.model.case_at(self.ui.table.currentIndex().row())
        self.model.set_cases(flagged)
        self.refresh_button.setEnabled(True)
        if flagged:
            self.ui.statusLabel.setText(labels.plural("cases", len(flagged)))
            row = next(
                (i for i, f in enumerate(flagged) if current and f.case_id == current.case_id), 0
            )
            self.ui.table.selectRow(row)
        else:
            self.ui.statusLabel.setText(
                self.tr("No case: every case that reached suspicion has a transfer recorded.")
            )

    def show_failure(self, text: str) -> None:
        self.ui.statusLabel.setText(text)
        self.refresh_button.setEnabled(True)

    @property
    def status_text(self) -> str:
        return self.ui.statusLabel.text()

    def _activated(self, index: QModelIndex) -> None:
        case = self.model.case_at(index.row()) if index.isValid() else None
        if case is not None:
            self.case_activated.emit(case.reference)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter on a row shows that case (the table has emitted `activated`); it does not
        close the window, as a dialog's Enter would."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.ui.table.hasFocus():
            event.accept()
            return
        super().keyPressEvent(event)

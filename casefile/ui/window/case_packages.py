"""The window's case-package menu items: Case › Export Case Package… and File › Import Case
Package… (ui/dialogs/case_package_export.py, case_package_import.py), made here beside the
form's actions so the window's form and its other wiring stay as they are."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from casefile.ui.changes import ArchiveChange, Changed

if TYPE_CHECKING:
    from casefile.services.case_package import ImportReport
    from casefile.ui.dialog_registry import DialogRegistry
    from casefile.ui.dialogs.case_package_export import ExportCasePackageDialog
    from casefile.ui.dialogs.case_package_import import ImportCasePackageDialog
    from casefile.ui.main_window import MainWindow


class CasePackageActions(QObject):
    def __init__(self, window: MainWindow, dialogs: DialogRegistry) -> None:
        super().__init__(window)
        self.window = window
        self.dialogs = dialogs
        ui = window.ui
        self.export_action = QAction(self.tr("Export Case &Package…"), window)
        self.export_action.setObjectName("actionExportCasePackage")
        self.export_action.setToolTip(
            self.tr(
                "Write the selected case with its evidence files and audit trail as one file, "
                "encrypted if you like, to carry to another archive"
            )
        )
        self.import_action = QAction(self.tr("&Import Case Package…"), window)
        self.import_action.setObjectName("actionImportCasePackage")
        self.import_action.setToolTip(
            self.tr("Merge a case package into this archive; you choose about newer local edits")
        )
        _insert_after(ui.menuCase, ui.actionExportBundle, self.export_action)
        _insert_after(ui.menuFile, ui.actionVerifyBundle, self.import_action)
        self.export_action.triggered.connect(lambda: self.export_case())
        self.import_action.triggered.connect(lambda: self.import_case())
        self.update_actions(False, False)

    def update_actions(self, archive_open: bool, case_shown: bool) -> None:
        self.import_action.setEnabled(archive_open)
        self.export_action.setEnabled(case_shown)

    def export_case(self) -> ExportCasePackageDialog | None:
        from casefile.ui.dialogs.case_package_export import ExportCasePackageDialog

        archive, detail = self.window.archive, self.window.ui.detailPane.detail
        if archive is None or detail is None:
            return None
        dialog = self.dialogs.open(
            ExportCasePackageDialog,
            lambda: ExportCasePackageDialog(archive, detail.reference, self.window),
            detail.id,
            exclusive=False,
        )
        if dialog is not None:
            dialog.exported.connect(
                lambda result: self.window.statusBar().showMessage(
                    self.tr("Wrote %s") % result.path, 8000
                )
            )
        return dialog

    def import_case(self) -> ImportCasePackageDialog | None:
        from casefile.ui.dialogs.case_package_import import ImportCasePackageDialog

        archive = self.window.archive
        if archive is None:
            return None
        dialog = self.dialogs.open(
            ImportCasePackageDialog, lambda: ImportCasePackageDialog(archive, self.window)
        )
        if dialog is not None:
            dialog.imported.connect(lambda report: self._imported(archive, report))
        return dialog

    def _imported(self, archive: object, report: ImportReport) -> None:
        kept = len(report.kept)
        message = (
            self.tr("Imported case %s") if report.new_case else self.tr("Merged case %s")
        ) % report.reference
        if kept:
            message += self.tr("; %d newer local edit(s) kept") % kept
        self.window.changed(
            ArchiveChange(
                self.window.archive or archive,  # type: ignore[arg-type]
                report.case_id,
                frozenset(Changed),
                message,
                must_show=True,
            )
        )


def _insert_after(menu: QMenu, action: QAction, new: QAction) -> None:
    """Put `new` in `menu` just after `action` (at the end if it is the last or not there)."""
    actions = menu.actions()
    index = actions.index(action) if action in actions else -1
    if 0 <= index < len(actions) - 1:
        menu.insertAction(actions[index + 1], new)
    else:
        menu.addAction(new)

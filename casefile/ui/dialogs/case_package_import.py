"""File › Import Case Package…: composes `forms/case_package_import.ui` and merges a case
package into the archive open (`services.case_package`, the command line's `import-case`).

Read Package (or Choose…) reads it first with `plan_import`, which writes nothing: the case it
holds and the records edited here more recently than in the package. Those are listed with the
fields that differ, each with a box "take the package's" (unticked: the local record is kept,
as the command line keeps it); Keep All Local and Take All from the Package set every box.
Import then merges in one transaction, in the background with progress and Cancel
(dialogs/case_package.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QHeaderView, QTreeWidgetItem, QWidget

from casefile.ui import tasks
from casefile.ui.dialogs.case_package import PackageTaskDialog
from casefile.ui.forms.case_package_import_ui import Ui_ImportCasePackageDialog

if TYPE_CHECKING:
    from casefile.services.case_package import ImportPlan, ImportReport
    from casefile.store.archive import Archive

KEY_ROLE = Qt.ItemDataRole.UserRole


class ImportCasePackageDialog(PackageTaskDialog):
    """File › Import Case Package…: a package read, its conflicts answered, then merged."""

    imported = Signal(object)  # ImportReport

    def __init__(self, archive: Archive, parent: QWidget | None = None) -> None:
        super().__init__(archive, parent)
        self.ui = Ui_ImportCasePackageDialog()
        self.ui.setupUi(self)
        self._wire(self.ui)
        ui = self.ui
        self.passphraseEdit = ui.passphraseEdit
        self.summaryLabel = ui.summaryLabel
        self.conflictTree = ui.conflictTree
        self.keepAllButton = ui.keepAllButton
        self.takeAllButton = ui.takeAllButton
        self.conflictTree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.conflictTree.setVisible(False)
        self.keepAllButton.clicked.connect(lambda: self.set_all(False))
        self.takeAllButton.clicked.connect(lambda: self.set_all(True))
        self.readButton = self.buttonBox.addButton(
            self.tr("Read Package"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.importButton = self.buttonBox.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.readButton.clicked.connect(self.read_package)
        self.importButton.clicked.connect(self.import_package)
        self.pathEdit.textChanged.connect(lambda _text: self._forget_plan())
        self.passphraseEdit.textChanged.connect(lambda _text: self._forget_plan())
        self.plan: ImportPlan | None = None
        self.report: ImportReport | None = None
        self.update_buttons()

    def update_buttons(self) -> None:
        conflicts = self.plan is not None and bool(self.plan.conflicts)
        self.readButton.setEnabled(self.path is not None and not self.busy)
        self.importButton.setEnabled(self.plan is not None and not self.busy)
        self.keepAllButton.setVisible(conflicts)
        self.takeAllButton.setVisible(conflicts)
        self.keepAllButton.setEnabled(not self.busy)
        self.takeAllButton.setEnabled(not self.busy)

    def _ask_path(self, start: Path) -> Path | None:
        """The package the user picks; None if they cancelled. Tests replace this."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import Case Package"),
            str(start),
            self.tr("Case packages (*.casepkg);;All files (*)"),
        )
        return Path(chosen) if chosen else None

    def choose_file(self) -> None:
        chosen = self._ask_path(self.path.parent if self.path else Path.home())
        if chosen is not None:
            self.pathEdit.setText(str(chosen))
            self.read_package()

    def set_path(self, path: Path) -> None:
        self.pathEdit.setText(str(path))

    def _forget_plan(self) -> None:
        if self.plan is not None:
            self.plan = None
            self.summaryLabel.clear()
            self.conflictTree.clear()
            self.conflictTree.setVisible(False)
        self.update_buttons()

    def _passphrase(self) -> str | None:
        return self.passphraseEdit.text() or None

    def read_package(self) -> None:
        path = self.path
        if path is None or self.busy:
            return
        archive, passphrase = self.archive, self._passphrase()

        def op(_ctx: tasks.TaskContext, _cancelled: Any) -> ImportPlan:
            from casefile.services.case_package import plan_import

            return plan_import(archive, path, passphrase)

        self.say(self.tr("Reading %s…") % path.name)
        self.run(op, self._planned, self.tr("Reading case package"))

    def _planned(self, plan: ImportPlan) -> None:
        self.plan = plan
        where = (
            self.tr("a new case here")
            if plan.new_case
            else self.tr("merged into the case of that reference here")
        )
        self.summaryLabel.setText(
            self.tr("Case %1, exported %2: %3.")
            .replace("%1", plan.reference)
            .replace("%2", plan.exported_at[:16].replace("T", " "))
            .replace("%3", where)
        )
        self.conflictTree.clear()
        for conflict in plan.conflicts:
            item = QTreeWidgetItem([conflict.label])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)  # keep the local record
            item.setData(0, KEY_ROLE, conflict.key)
            item.setToolTip(
                0,
                self.tr("Edited here %1; in the package %2")
                .replace("%1", conflict.local_changed_at[:16].replace("T", " "))
                .replace("%2", conflict.package_changed_at[:16].replace("T", " ")),
            )
            for name, here, there in conflict.fields:
                QTreeWidgetItem(item, ["", name, _shown(here), _shown(there)])
            self.conflictTree.addTopLevelItem(item)
            item.setExpanded(True)
        self.conflictTree.setVisible(bool(plan.conflicts))
        if plan.conflicts:
            self.say(
                self.tr(
                    "%d record(s) were edited here more recently than in the package. Tick "
                    "those to take from the package; the others are kept as they are here."
                )
                % len(plan.conflicts)
            )
        else:
            self.say(self.tr("Nothing here is newer than the package: Import merges it."))
        self.update_buttons()

    def set_all(self, take: bool) -> None:
        state = Qt.CheckState.Checked if take else Qt.CheckState.Unchecked
        for item in self._conflict_items():
            item.setCheckState(0, state)

    def taken(self) -> list[str]:
        """The conflicts ticked: to be taken from the package."""
        return [
            str(item.data(0, KEY_ROLE))
            for item in self._conflict_items()
            if item.checkState(0) == Qt.CheckState.Checked
        ]

    def _conflict_items(self) -> list[QTreeWidgetItem]:
        tree = self.conflictTree
        found = (tree.topLevelItem(row) for row in range(tree.topLevelItemCount()))
        return [item for item in found if item is not None]

    def import_package(self) -> None:
        path = self.path
        if path is None or self.plan is None or self.busy:
            return
        archive, passphrase, taken = self.archive, self._passphrase(), self.taken()

        def op(ctx: tasks.TaskContext, cancelled: Any) -> ImportReport:
            from casefile.services.case_package import import_case

            return import_case(archive, path, passphrase, taken, ctx.progress, cancelled)

        self.say(self.tr("Importing %s…") % self.plan.reference)
        self.run(op, self._imported, self.tr("Importing case package"))

    def _imported(self, report: ImportReport) -> None:
        self.report = report
        self.imported.emit(report)
        self.accept()


def _shown(value: object) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= 120 else text[:117] + "…"

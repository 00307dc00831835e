"""Case › Export Case Package…: composes `forms/case_package_export.ui` and writes the case
shown as a portable package (`services.case_package.export_case`, the command line's
`export-case`), encrypted with a passphrase typed twice unless the box is cleared. The package
is written in the background with progress and Cancel (dialogs/case_package.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QWidget

from casefile.export.package_crypto import MIN_PASSPHRASE
from casefile.ui import tasks
from casefile.ui.dialogs.case_package import PackageTaskDialog
from casefile.ui.forms.case_package_export_ui import Ui_ExportCasePackageDialog

if TYPE_CHECKING:
    from casefile.services.case_package import ExportResult
    from casefile.store.archive import Archive


class ExportCasePackageDialog(PackageTaskDialog):
    """Case › Export Case Package…: the case `reference` written as a package."""

    exported = Signal(object)  # ExportResult

    def __init__(self, archive: Archive, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(archive, parent)
        self.ui = Ui_ExportCasePackageDialog()
        self.ui.setupUi(self)
        self._wire(self.ui)
        self.reference = reference
        self.setWindowTitle(self.tr("Export Case Package — %s") % reference)
        self.pathEdit.setText(str(_free_name(archive.exports_dir, reference)))
        self.encryptCheck = self.ui.encryptCheck
        self.passphraseEdit = self.ui.passphraseEdit
        self.confirmEdit = self.ui.confirmEdit
        self.ui.noteLabel.setStyleSheet("color: palette(placeholder-text);")
        self.exportButton = self.buttonBox.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.exportButton.clicked.connect(self.export)
        self.encryptCheck.toggled.connect(lambda _on: self.update_buttons())
        self.pathEdit.textChanged.connect(lambda _text: self.update_buttons())
        self.update_buttons()

    def update_buttons(self) -> None:
        encrypt = self.encryptCheck.isChecked()
        for edit in (self.passphraseEdit, self.confirmEdit):
            edit.setEnabled(encrypt and not self.busy)
        self.encryptCheck.setEnabled(not self.busy)
        self.exportButton.setEnabled(self.path is not None and not self.busy)

    def _ask_path(self, start: Path) -> Path | None:
        """The file the user picks to write; None if they cancelled. Tests replace this."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export Case Package"),
            str(start),
            self.tr("Case packages (*.casepkg)"),
        )
        return Path(chosen) if chosen else None

    def choose_file(self) -> None:
        chosen = self._ask_path(self.path or self.archive.exports_dir)
        if chosen is not None:
            self.pathEdit.setText(str(chosen if chosen.suffix else chosen.with_suffix(".casepkg")))

    def export(self) -> None:
        path = self.path
        if path is None or self.busy:
            return
        passphrase: str | None = None
        if self.encryptCheck.isChecked():
            passphrase = self.passphraseEdit.text()
            if len(passphrase) < MIN_PASSPHRASE:
                self.say(
                    self.tr("The passphrase needs at least %d characters.") % MIN_PASSPHRASE, True
                )
                self.passphraseEdit.setFocus()
                return
            if self.confirmEdit.text() != passphrase:
                self.say(self.tr("The two passphrases differ; type them again."), True)
                self.confirmEdit.clear()
                self.confirmEdit.setFocus()
                return
        archive, reference = self.archive, self.reference

        def op(ctx: tasks.TaskContext, cancelled: Any) -> ExportResult:
            from casefile.services.case_package import export_case

            return export_case(archive, reference, path, passphrase, ctx.progress, cancelled)

        self.say(self.tr("Exporting %s…") % reference)
        self.run(op, self._exported, self.tr("Exporting case package"))

    def _exported(self, result: ExportResult) -> None:
        self.say(self.tr("Wrote %s.") % result.path)
        self.exported.emit(result)
        self.accept()


def _free_name(folder: Path, reference: str) -> Path:
    """`REF.casepkg` in `folder`, or `REF (2).casepkg`… if taken: never an earlier package."""
    path, n = folder / f"{reference}.casepkg", 1
    while path.exists():
        n += 1
        path = folder / f"{reference} ({n}).casepkg"
    return path

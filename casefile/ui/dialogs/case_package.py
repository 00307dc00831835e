"""Case › Export Case Package… and File › Import Case Package…: a case carried to and from
another archive through `services.case_package` (the command line's `export-case` and
`import-case`).

Export asks for the file and, to encrypt it, a passphrase typed twice. Import reads the package
first (`plan_import`, which writes nothing): the case it holds and the records edited here more
recently than in the package. Those are listed, each with a box "take the package's" (unticked:
the local record is kept, as the command line keeps it), and Keep All Local / Take All from the
Package set every box; Import then merges in one transaction.

Both run as read tasks, not writes: a write cannot be cancelled once started, and copying the
evidence of a large case must be. Cancel (or Esc) stops the copy; nothing is kept then (the
export's temporary file is removed, the import's files taken out of the store again).

Built in code, not from a form: two small dialogs of fields and a list (a form can come later).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casefile.errors import CancelledError, CasefileError
from casefile.export.package_crypto import MIN_PASSPHRASE
from casefile.ui import errors, tasks
from casefile.ui.dialogs.field_errors import ERROR_COLOUR

if TYPE_CHECKING:
    from casefile.services.case_package import ExportResult, ImportPlan, ImportReport
    from casefile.store.archive import Archive

PROGRESS_STEPS = 1000
KEY_ROLE = Qt.ItemDataRole.UserRole


def _path_row(edit: QLineEdit, choose: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(choose)
    return row


class _PackageDialog(QDialog):
    """What both dialogs share: a file field, a status line, a progress bar, the buttons, and a
    background task with its Cancel."""

    def __init__(self, archive: Archive, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.setMinimumWidth(560)
        self.pathEdit = QLineEdit(self)
        self.chooseButton = QPushButton(self.tr("Choose…"), self)
        self.chooseButton.clicked.connect(self.choose_file)
        self.statusLabel = QLabel(self)
        self.statusLabel.setWordWrap(True)
        self.progressBar = QProgressBar(self)
        self.progressBar.setRange(0, PROGRESS_STEPS)
        self.progressBar.setVisible(False)
        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttonBox.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Package file:"), _path_row(self.pathEdit, self.chooseButton))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        self.body = QVBoxLayout()
        layout.addLayout(self.body, 1)
        layout.addWidget(self.progressBar)
        layout.addWidget(self.statusLabel)
        layout.addWidget(self.buttonBox)
        self._stop: threading.Event | None = None
        self._task: tasks.Task[Any] | None = None

    @property
    def path(self) -> Path | None:
        text = self.pathEdit.text().strip().strip('"').strip("'")
        return Path(text).expanduser() if text else None

    def say(self, text: str, error: bool = False) -> None:
        self.statusLabel.setText(text)
        self.statusLabel.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")

    @property
    def busy(self) -> bool:
        return self._stop is not None

    def run(self, op: Any, done: Any, label: str) -> None:
        """Run `op(ctx, stop)` as a read task with the progress bar and Cancel."""
        stop = threading.Event()
        self._stop = stop
        self._set_busy(True)

        def failed(exc: Exception) -> None:
            self._finished_task()
            if isinstance(exc, CancelledError):
                self.say(self.tr("Cancelled; nothing was written."))
            elif isinstance(exc, CasefileError):
                self.say(str(exc), error=True)
            else:
                errors.report(exc, self)

        def succeeded(result: Any) -> None:
            self._finished_task()
            done(result)

        task = tasks.run_task(
            lambda ctx: op(ctx, lambda: ctx.token() or stop.is_set()),
            on_success=succeeded,
            on_failure=failed,
            on_progress=self._progressed,
            parent=self,
            label=label,
        )
        if task.running:
            self._task = task

    def _finished_task(self) -> None:
        self._stop = None
        self._task = None
        self._set_busy(False)

    def _progressed(self, done: int, total: int, _label: str) -> None:
        if total > 0:
            self.progressBar.setValue(int(done * PROGRESS_STEPS / total))

    def _set_busy(self, busy: bool) -> None:
        self.progressBar.setVisible(busy)
        self.progressBar.setValue(0)
        for widget in self.findChildren(QLineEdit) + [self.chooseButton]:
            widget.setEnabled(not busy)
        self.update_buttons()

    def update_buttons(self) -> None:
        raise NotImplementedError

    def cancel_task(self) -> None:
        if self._stop is not None:
            self._stop.set()
            self.say(self.tr("Cancelling…"))
        if self._task is not None:
            self._task.cancel()

    def reject(self) -> None:
        """Cancel and Esc: while working, stop the work (the dialog stays); else close."""
        if self.busy:
            self.cancel_task()
            return
        super().reject()

    def abandon(self) -> None:
        """Close now (the archive is being closed): running work is cancelled."""
        self.cancel_task()
        self.done(QDialog.DialogCode.Rejected)

    def choose_file(self) -> None:
        raise NotImplementedError


class ExportCasePackageDialog(_PackageDialog):
    """Case › Export Case Package…: the case `reference` written as a package."""

    exported = Signal(object)  # ExportResult

    def __init__(self, archive: Archive, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(archive, parent)
        self.reference = reference
        self.setWindowTitle(self.tr("Export Case Package — %s") % reference)
        self.pathEdit.setText(str(_free_name(archive.exports_dir, reference)))
        self.encryptCheck = QCheckBox(self.tr("Encrypt with a passphrase"), self)
        self.encryptCheck.setChecked(True)
        self.passphraseEdit = QLineEdit(self)
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmEdit = QLineEdit(self)
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow("", self.encryptCheck)
        self.form.addRow(self.tr("Passphrase:"), self.passphraseEdit)
        self.form.addRow(self.tr("Again, to confirm:"), self.confirmEdit)
        note = QLabel(
            self.tr(
                "The package holds the case, its evidence files and its audit trail. Encrypted, "
                "nothing in it (file names included) can be read without the passphrase; give "
                "it to the recipient another way than the file."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        self.body.addWidget(note)
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


class ImportCasePackageDialog(_PackageDialog):
    """File › Import Case Package…: a package read, its conflicts answered, then merged."""

    imported = Signal(object)  # ImportReport

    def __init__(self, archive: Archive, parent: QWidget | None = None) -> None:
        super().__init__(archive, parent)
        self.setWindowTitle(self.tr("Import Case Package"))
        self.passphraseEdit = QLineEdit(self)
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphraseEdit.setPlaceholderText(self.tr("only for an encrypted package"))
        self.form.addRow(self.tr("Passphrase:"), self.passphraseEdit)
        self.summaryLabel = QLabel(self)
        self.summaryLabel.setWordWrap(True)
        self.conflictTree = QTreeWidget(self)
        self.conflictTree.setHeaderLabels(
            [self.tr("Take the package's"), self.tr("Field"), self.tr("Here"), self.tr("Package")]
        )
        self.conflictTree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.conflictTree.setVisible(False)
        self.keepAllButton = QPushButton(self.tr("Keep All Local"), self)
        self.takeAllButton = QPushButton(self.tr("Take All from the Package"), self)
        self.keepAllButton.clicked.connect(lambda: self.set_all(False))
        self.takeAllButton.clicked.connect(lambda: self.set_all(True))
        choices = QHBoxLayout()
        choices.addWidget(self.keepAllButton)
        choices.addWidget(self.takeAllButton)
        choices.addStretch(1)
        self.body.addWidget(self.summaryLabel)
        self.body.addWidget(self.conflictTree, 1)
        self.body.addLayout(choices)
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


def _free_name(folder: Path, reference: str) -> Path:
    """`REF.casepkg` in `folder`, or `REF (2).casepkg`… if taken: never an earlier package."""
    path, n = folder / f"{reference}.casepkg", 1
    while path.exists():
        n += 1
        path = folder / f"{reference} ({n}).casepkg"
    return path


def _shown(value: object) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= 120 else text[:117] + "…"

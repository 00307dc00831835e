"""The Add Evidence dialog: composes `forms/evidence_intake.ui` and takes files into a case through
`services.evidence.add_exhibits` (the command line's intake loop too), off the GUI thread, with a
progress bar and a Cancel that stops the copy.

Files come from drag-and-drop (files and folders, many at once), Add Files… and Add Folder…; a
folder adds the files in it and its subfolders (`gather_files`, hidden ones left out; links
out of the folder are not followed, and the notice names them). They
become one exhibit, or one exhibit each, with the details and the first custody entry typed on
the right.

The intake is a read task, not a write: a write cannot be cancelled once started, and copying a
2 GiB video must be. Each exhibit is its own transaction, and nothing is kept of one that fails
or is cancelled. In "one exhibit per file" mode each file is its own exhibit: a problem (or
Cancel) stops there, the exhibits already added stay, are named, and their files leave the
list, so Add again takes in the rest.

Nothing typed is lost on an error: a file's problem is said above the buttons, naming the file,
whose row turns red; a `ValidationError` is shown under its field. After success
`evidence_added(list[int])` is emitted with the new exhibit numbers; a file whose content the
archive already held is named with the exhibits holding it before the dialog closes.

`FileDrops` (casefile.ui.file_drops: files dropped on a widget, handed over as paths) is used
here and by the main window, which opens this dialog with the files dropped on a case.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QItemSelectionModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QTreeWidgetItem,
    QWidget,
)

from casefile.domain import CustodyAction, EvidenceKind
from casefile.errors import CasefileError, EvidenceFileError, ValidationError
from casefile.store.rows import CaseDetail
from casefile.ui import errors, i18n, labels, tasks
from casefile.ui.dates import now_qdatetime, today_qdate
from casefile.ui.dialogs.field_errors import ERROR_COLOUR, FieldErrors, error_field
from casefile.ui.file_drops import FileDrops
from casefile.ui.forms.evidence_intake_ui import Ui_EvidenceIntake

if TYPE_CHECKING:
    from casefile.services.evidence import (
        CustodyDraft,
        EvidenceDraft,
        IntakeOutcome,
        IntakeResult,
    )
    from casefile.store.archive import Archive

COL_NAME, COL_SIZE, COL_FOLDER = range(3)
PATH_ROLE = Qt.ItemDataRole.UserRole
PROGRESS_STEPS = 1000  # the bar's maximum: byte counts overflow a QProgressBar's int
FLAGGED_BACKGROUND = "#fde7e9"  # a file row whose file was refused
MUTED = "color: palette(placeholder-text);"
# The files a folder held (each with its resolved path and size, None if unreadable), and what
# was left out of it, with why (`services.evidence.gather_files`).
Listed = tuple[list[tuple[Path, Path, int | None]], list[tuple[Path, str]]]


# --- dropped files ---------------------------------------------------------------------------


# --- the dialog ----------------------------------------------------------------------------


class EvidenceIntakeDialog(QDialog):
    """Add files to `case` in `archive` as one exhibit, or one exhibit per file."""

    evidence_added = Signal(list)  # the exhibit numbers added, in order

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        """A language switch: the form's words anew, what was typed kept (casefile.ui.i18n)."""
        super().changeEvent(event)
        if i18n.is_language_change(event):
            i18n.retranslate_widget(self)

    def __init__(
        self,
        archive: Archive,
        case: CaseDetail,
        parent: QWidget | None = None,
        files: Iterable[Path] = (),
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_EvidenceIntake()
        self.ui.setupUi(self)
        self._archive = archive
        self.case = case
        self.added: list[int] = []  # exhibit numbers this dialog added
        self._paths: list[Path] = []  # the list's files, in order
        self._sizes: dict[Path, int] = {}
        self._resolved: dict[Path, Path] = {}  # each file listed, resolved: listed once
        self._listed: set[Path] = set()  # the resolved paths listed
        self._task: tasks.Task[IntakeOutcome] | None = None
        self._stop: threading.Event | None = None
        self._copying = False
        self._listing = 0  # folders being read for their files
        self._finished = False  # all added; only Close is left
        self._flagged: Path | None = None  # the file whose row shows its problem
        ui = self.ui
        self.setWindowTitle(self.tr("Add Evidence to %s") % case.reference)
        ui.caseLabel.setText(f"{case.reference} · {case.title}")
        bold = ui.caseLabel.font()
        bold.setBold(True)
        ui.caseLabel.setFont(bold)
        for label in (ui.introLabel, ui.obtainedOnHint, ui.custodyHint, ui.totalLabel):
            label.setStyleSheet(MUTED)
        for kind in EvidenceKind:
            ui.kindCombo.addItem(labels.label(kind.value), kind.value)
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(EvidenceKind.OTHER.value))
        ui.kindCombo.setMaxVisibleItems(len(EvidenceKind))
        today = today_qdate()
        ui.obtainedOnEdit.setDate(today)
        ui.obtainedOnEdit.setMaximumDate(today)
        ui.obtainedOnCheck.toggled.connect(self._obtained_on_known)
        ui.receivedAtEdit.setDateTime(now_qdatetime())
        line = ui.descriptionEdit.fontMetrics().lineSpacing()
        ui.descriptionEdit.setMinimumHeight(line * 3 + 12)
        ui.descriptionEdit.setMaximumHeight(line * 5 + 12)
        self._setup_file_list()
        progress_policy = ui.progressBox.sizePolicy()
        progress_policy.setRetainSizeWhenHidden(True)  # the dialog does not jump when it shows
        ui.progressBox.setSizePolicy(progress_policy)
        ui.progressBox.setVisible(False)
        ui.noticeLabel.setVisible(False)
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setDefault(True)
        ui.buttonBox.accepted.connect(self.add)
        ui.buttonBox.rejected.connect(self.reject)
        ui.perFileRadio.toggled.connect(lambda _on: self._update_buttons())
        exhibit_fields: dict[str, QWidget] = {
            "kind": ui.kindCombo,
            "description": ui.descriptionEdit,
            "obtained_on": ui.obtainedOnEdit,
            "obtained_by": ui.obtainedByEdit,
            "source_url": ui.sourceUrlEdit,
            "notary_office": ui.notaryOfficeEdit,
            "notary_certificate": ui.notaryCertificateEdit,
        }
        custody_fields: dict[str, QWidget] = {
            "occurred_at": ui.receivedAtEdit,
            "received_from": ui.receivedFromEdit,
            "handed_to": ui.handedToEdit,
            "seal_number": ui.sealNumberEdit,
            "location": ui.locationEdit,
        }
        self._errors = FieldErrors(self, ui.formLayout, exhibit_fields, ui.errorLabel)
        self._custody_errors = FieldErrors(self, ui.custodyForm, custody_fields, ui.errorLabel)
        ui.obtainedOnCheck.toggled.connect(lambda _on: self._errors.clear("obtained_on"))
        self._clear_errors()
        self._drops = FileDrops(self, accepts=lambda: not self._copying and not self._finished)
        self._drops.watch(self, ui.fileTree, *self.findChildren(QLineEdit))
        self._drops.watch(*self.findChildren(QPlainTextEdit))
        self._drops.dropped.connect(self.add_paths)
        self._obtained_on_known(False)
        self._update_buttons()
        self.add_paths(files)
        ui.fileTree.setFocus()

    def _setup_file_list(self) -> None:
        ui = self.ui
        tree = ui.fileTree
        header = tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_SIZE, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(COL_NAME, 190)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        tree.headerItem().setTextAlignment(
            COL_SIZE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        tree.itemSelectionChanged.connect(self._update_buttons)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), tree)
        remove.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        remove.activated.connect(self.remove_selected)
        ui.addFilesButton.clicked.connect(self.choose_files)
        ui.addFolderButton.clicked.connect(self.choose_folder)
        ui.removeButton.clicked.connect(self.remove_selected)

    # --- the file list -------------------------------------------------------------------

    @property
    def files(self) -> list[Path]:
        """The files listed, in order."""
        return list(self._paths)

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Add Files"))
        self.add_paths(Path(n) for n in names)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add Folder"))
        if folder:
            self.add_paths([Path(folder)])

    def add_paths(self, paths: Iterable[Path]) -> None:
        """List these files, and the files in these folders (read in the background: a folder
        on a network drive may take a while)."""
        chosen = [Path(p) for p in paths]
        if not chosen or self._copying or self._finished:
            return

        def collect(_ctx: tasks.TaskContext) -> Listed:
            from casefile.services.evidence import gather_files, resolved

            # a folder dropped or chosen is walked whatever its size: naming it is intent enough
            gathered = gather_files(chosen)
            found = []
            for path in gathered.files:
                try:
                    size: int | None = path.stat().st_size
                except OSError:
                    size = None  # said by the intake ("no such file", "cannot be read")
                found.append((path, resolved(path), size))
            return found, gathered.skipped

        def failed(exc: Exception) -> None:
            self._listed_some()
            self._show_general(errors.describe(exc))

        self._listing += 1
        self._update_buttons()
        tasks.run_task(
            collect,
            on_success=self._collected,
            on_failure=failed,
            parent=self,
            label=self.tr("Listing files"),
        )

    def _listed_some(self) -> None:
        self._listing = max(0, self._listing - 1)
        self._update_buttons()

    def _collected(self, listed: Listed) -> None:
        self._listed_some()
        if self._copying or self._finished:
            return
        found, skipped = listed
        tree = self.ui.fileTree
        style = self.style()
        file_icon = style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for path, resolved, size in found:
            if resolved in self._listed:
                continue
            self._resolved[path] = resolved
            self._listed.add(resolved)
            self._paths.append(path)
            self._sizes[path] = size or 0
            item = QTreeWidgetItem(
                [path.name, labels.size(size) if size is not None else "?", str(path.parent)]
            )
            item.setData(COL_NAME, PATH_ROLE, str(path))
            item.setIcon(COL_NAME, file_icon)
            item.setToolTip(COL_NAME, str(path))
            item.setToolTip(COL_FOLDER, str(path.parent))
            item.setTextAlignment(
                COL_SIZE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            tree.addTopLevelItem(item)
        if not found:
            self._show_general(
                self.tr("No files there to add (hidden files and empty folders are left out).")
            )
        elif self._flagged is None:
            self._errors.clear_all()  # "add the files first" is answered
        if skipped:
            self._show_notice(self._skipped_text(skipped))
        self._update_buttons()

    def _skipped_text(self, skipped: list[tuple[Path, str]]) -> str:
        """What the folders held that was left out, and why (links out of the folder)."""
        from casefile.services.evidence import printable

        shown = [f"{printable(path)}: {why}" for path, why in skipped[:5]]
        more = len(skipped) - len(shown)
        if more:
            shown.append(self.tr("and %n more", "", more))
        return self.tr("Left out:") + "\n" + "\n".join(shown)

    def remove_selected(self) -> None:
        if self._copying or self._finished:
            return
        tree = self.ui.fileTree
        for item in tree.selectedItems():
            self._remove_item(item)
        self._update_buttons()

    def _remove_item(self, item: QTreeWidgetItem) -> None:
        tree = self.ui.fileTree
        path = self._path_of(item)
        tree.takeTopLevelItem(tree.indexOfTopLevelItem(item))
        if path in self._paths:
            self._paths.remove(path)
        self._sizes.pop(path, None)
        self._listed.discard(self._resolved.pop(path, path))
        if path == self._flagged:
            self._flagged = None
            self._clear_errors()

    def _path_of(self, item: QTreeWidgetItem) -> Path:
        return Path(item.data(COL_NAME, PATH_ROLE))

    def item_of(self, path: Path) -> QTreeWidgetItem | None:
        tree = self.ui.fileTree
        for row in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(row)
            if item is not None and self._path_of(item) == Path(path):
                return item
        return None

    def _update_buttons(self) -> None:
        ui = self.ui
        count = len(self._paths)
        idle = not self._copying and not self._finished
        if count:
            total = sum(self._sizes.values())
            files = self.tr("1 file") if count == 1 else self.tr("%s files") % f"{count:,}"
            ui.totalLabel.setText(f"{files} · {labels.size(total)}")
        else:
            ui.totalLabel.setText(
                self.tr("Drop files or folders here, or add them with the buttons below.")
            )
        ui.removeButton.setEnabled(idle and bool(ui.fileTree.selectedItems()))
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        if ok is None:
            return
        if ui.perFileRadio.isChecked() and count > 1:
            ok.setText(self.tr("Add %s Exhibits") % f"{count:,}")
        else:
            ok.setText(self.tr("Add Exhibit"))
        ok.setEnabled(idle and not self._listing)

    # --- the details ---------------------------------------------------------------------

    def _obtained_on_known(self, known: bool) -> None:
        ui = self.ui
        ui.obtainedOnEdit.setEnabled(known)
        ui.obtainedOnHint.setVisible(not known)
        if known:
            ui.obtainedOnEdit.setFocus()

    def draft(self) -> EvidenceDraft:
        from casefile.services.evidence import EvidenceDraft

        ui = self.ui
        obtained_on = (
            ui.obtainedOnEdit.date().toPython() if ui.obtainedOnCheck.isChecked() else None
        )
        return EvidenceDraft(
            kind=ui.kindCombo.currentData(),
            description=ui.descriptionEdit.toPlainText(),
            obtained_on=obtained_on,
            obtained_by=ui.obtainedByEdit.text(),
            source_url=ui.sourceUrlEdit.text(),
            notary_office=ui.notaryOfficeEdit.text(),
            notary_certificate=ui.notaryCertificateEdit.text(),
            internal=ui.internalCheck.isChecked(),
        )

    def custody_draft(self) -> CustodyDraft:
        """The first custody entry ("received"); the service records none if it is empty."""
        from casefile.services.evidence import CustodyDraft

        ui = self.ui
        received_at: datetime = ui.receivedAtEdit.dateTime().toPython()  # type: ignore[assignment]
        return CustodyDraft(
            action=CustodyAction.RECEIVED.value,
            occurred_at=received_at.replace(second=0, microsecond=0),  # local time, as typed
            received_from=ui.receivedFromEdit.text(),
            handed_to=ui.handedToEdit.text(),
            seal_number=ui.sealNumberEdit.text(),
            location=ui.locationEdit.text(),
        )

    def one_exhibit(self) -> bool:
        return self.ui.oneExhibitRadio.isChecked()

    # --- adding --------------------------------------------------------------------------

    @property
    def copying(self) -> bool:
        """True while files are being copied in (Cancel stops it)."""
        return self._copying

    @property
    def saving(self) -> bool:
        """For the main window's dialog list: an intake can always be cancelled."""
        return False

    def add(self) -> None:
        """Add Exhibit: copy the files in, in the background; the dialog closes when done."""
        if self._copying or self._listing:
            return
        if self._finished:
            self.accept()
            return
        self._clear_errors()
        self.ui.noticeLabel.setVisible(False)
        if not self._paths:
            self._show_general(
                self.tr(
                    "Add the files first: drop them on this window, or use Add Files… or "
                    "Add Folder…."
                )
            )
            return
        if not (self._errors.check_dates() and self._custody_errors.check_dates()):
            return  # a date typed that is not one: shown under it, nothing is copied
        paths = list(self._paths)
        groups = [paths] if self.one_exhibit() else [[p] for p in paths]
        draft, custody = self.draft(), self.custody_draft()
        archive, reference, sizes = self._archive, self.case.reference, dict(self._sizes)
        stop = threading.Event()
        self._stop = stop

        def intake(ctx: tasks.TaskContext) -> IntakeOutcome:
            from casefile.services.evidence import add_exhibits  # the command line's loop too

            return add_exhibits(
                archive,
                reference,
                groups,
                draft,
                custody,
                progress=ctx.progress,
                cancelled=lambda: ctx.token() or stop.is_set(),
                sizes=sizes,
            )

        self._set_copying(True)
        self._progressed(0, sum(sizes.values()), str(paths[0]))
        task = tasks.run_task(
            intake,
            on_success=self._intake_done,
            on_failure=self._intake_crashed,
            on_progress=self._progressed,
            on_discard=self._intake_discarded,
            parent=self,
            label=self.tr("Adding evidence"),
        )
        if task.running:
            self._task = task

    def cancel_copy(self) -> None:
        """Stop the copy; nothing of the exhibit being added is kept."""
        if not self._copying:
            return
        if self._stop is not None:
            self._stop.set()
        if self._task is not None:
            self._task.cancel()
        self.ui.progressLabel.setText(self.tr("Cancelling…"))

    def reject(self) -> None:
        """Cancel, Esc and the close button: while copying, stop the copy (the dialog stays,
        with everything typed); after success, close."""
        if self._copying:
            self.cancel_copy()
            return
        if self._finished:
            self.accept()
            return
        super().reject()

    def abandon(self) -> None:
        """Close now, whatever is running (the archive is being closed): a copy is cancelled."""
        self.cancel_copy()
        self.done(QDialog.DialogCode.Rejected)

    def _progressed(self, done: int, total: int, current: str) -> None:
        if not self._copying or (self._stop is not None and self._stop.is_set()):
            return
        ui = self.ui
        ui.progressBar.setValue(int(done * PROGRESS_STEPS / total) if total > 0 else 0)
        path = Path(current)
        number = self._paths.index(path) + 1 if path in self._paths else 0
        text = self.tr("Copying “%1” (file %2 of %3) · %4 of %5")
        for key, value in (
            ("%1", path.name),
            ("%2", str(number)),
            ("%3", str(len(self._paths))),
            ("%4", labels.size(done)),
            ("%5", labels.size(total)),
        ):
            text = text.replace(key, value)
        ui.progressLabel.setText(text)

    def _set_copying(self, copying: bool) -> None:
        ui = self.ui
        self._copying = copying
        for widget in (
            ui.addFilesButton,
            ui.addFolderButton,
            ui.oneExhibitRadio,
            ui.perFileRadio,
            ui.exhibitGroup,
            ui.custodyGroup,
        ):
            widget.setEnabled(not copying)
        ui.progressBox.setVisible(copying)
        if copying:
            ui.progressBar.setValue(0)
            self.setCursor(Qt.CursorShape.BusyCursor)
            cancel = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
            if cancel is not None:
                cancel.setCursor(Qt.CursorShape.ArrowCursor)
                cancel.setToolTip(self.tr("Stop copying; nothing of this exhibit is kept"))
        else:
            self.unsetCursor()
            self._stop = None
            self._task = None
        self._update_buttons()

    def _intake_discarded(self, outcome: IntakeOutcome) -> None:
        """The result of a cancelled task: exhibits added before the Cancel took effect."""
        if shiboken6.isValid(self):  # not when the dialog is gone (the window closed)
            self._intake_done(outcome)

    def _intake_crashed(self, exc: Exception) -> None:
        """`add_exhibits` returns its errors; this is only for a failure of the task itself."""
        from casefile.services.evidence import IntakeOutcome

        self._intake_done(IntakeOutcome(error=exc, failed=tuple(self._paths)))

    def _intake_done(self, outcome: IntakeOutcome) -> None:
        cancel_asked = self._stop is not None and self._stop.is_set()
        self._set_copying(False)
        numbers = [result.evidence.exhibit_no for _files, result in outcome.added]
        self.added.extend(numbers)
        added_text = self._added_text(outcome.added)
        duplicates = self._duplicates_text(outcome.added)
        if outcome.complete:
            if cancel_asked:  # every file was in before the Cancel reached the copy
                note = self.tr("Cancel came too late: the copy had finished and %s.") % added_text
                self._finish(" ".join(x for x in (note, duplicates) if x))
            elif duplicates:
                self._finish(duplicates)
            self.evidence_added.emit(numbers)
            if not self._finished:
                self.accept()
            return
        for files, _result in outcome.added:  # Add again takes in the rest
            for path in files:
                item = self.item_of(path)
                if item is not None:
                    self._remove_item(item)
        self._update_buttons()
        notes = []
        if outcome.cancelled:
            notes.append(self.tr("Cancelled: nothing of this exhibit was kept."))
        if outcome.added:
            notes.append(
                self.tr("Before that, %s; those files were taken off the list.") % added_text
            )
        if duplicates:
            notes.append(duplicates)
        if notes:
            self._show_notice(" ".join(notes))
        if outcome.error is not None:
            self._show_failure(outcome.error)
        if numbers:
            self.evidence_added.emit(numbers)

    def _added_text(self, added: list[tuple[tuple[Path, ...], IntakeResult]]) -> str:
        """ "Exhibit 4 (listing.png) was added" / "Exhibits 4 (a.png) and 5 (b.png) were added"."""
        parts = []
        for files, result in added:
            names = ", ".join(p.name for p in files[:3]) + ("…" if len(files) > 3 else "")
            parts.append(f"{result.evidence.exhibit_no} ({names})")
        if not parts:
            return ""
        if len(parts) == 1:
            return self.tr("Exhibit %s was added") % parts[0]
        return self.tr("Exhibits %s were added") % ", ".join(parts)

    def _duplicates_text(self, added: list[tuple[tuple[Path, ...], IntakeResult]]) -> str:
        """Files whose content the archive already held, and the exhibits holding it."""
        lines = []
        for _files, result in added:
            names = {f.sha256: f.original_name for f in result.evidence.files}
            for sha, exhibits in result.already_in_archive.items():
                text = self.tr("%1 is already in the archive as %2; it was not stored twice.")
                lines.append(
                    text.replace("%1", names.get(sha, sha[:12])).replace("%2", ", ".join(exhibits))
                )
        return "\n".join(lines)

    def _finish(self, notice: str) -> None:
        """All added, with something to say first: the form stays as it was, read only, with
        the notice and a Close button."""
        self._finished = True
        ui = self.ui
        for widget in (ui.filesGroup, ui.exhibitGroup, ui.custodyGroup):
            widget.setEnabled(False)
        ui.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        close = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        close.setFocus()
        self._show_notice(notice)

    # --- errors --------------------------------------------------------------------------

    def _show_failure(self, exc: Exception) -> None:
        if isinstance(exc, EvidenceFileError):
            self._show_file_error(exc)
        elif isinstance(exc, ValidationError) and error_field(exc) in self._custody_errors.fields:
            self._custody_errors.show(exc)
        elif isinstance(exc, CasefileError):
            self._errors.show(exc)
        else:
            self._show_general(self.tr("The evidence could not be added."))
            errors.report(exc, self)

    def _show_file_error(self, exc: EvidenceFileError) -> None:
        """The file and its problem above the buttons; its row red, current and in view."""
        path = Path(str(exc.path))
        reason = errors.reason_of(exc).rstrip(".。")
        # English reads "scan.pdf is empty."; a reason that is not a predicate follows a colon
        if exc.reason.startswith(("is ", "was ", "cannot ", "could ", "has ")):
            problem = self.tr("{file} {reason}.").format(file=path.name, reason=reason)
        else:
            problem = self.tr("{file}: {reason}.").format(file=path.name, reason=reason)
        advice = self.tr("Fix it or remove it from the list, then add again.")
        self._show_general(f"{problem}\n{self.tr('Folder: %s') % path.parent}\n{advice}")
        item = self.item_of(path)
        if item is None:
            return
        self._flagged = path
        background, foreground = QBrush(QColor(FLAGGED_BACKGROUND)), QBrush(QColor(ERROR_COLOUR))
        for column in range(self.ui.fileTree.columnCount()):
            item.setBackground(column, background)
            item.setForeground(column, foreground)
            item.setToolTip(column, problem)
        item.setIcon(
            COL_NAME, self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        )
        tree = self.ui.fileTree
        tree.clearSelection()  # a selected row would hide its colour
        tree.setCurrentItem(item, COL_NAME, QItemSelectionModel.SelectionFlag.NoUpdate)
        tree.scrollToItem(item)

    def _unflag(self) -> None:
        path, self._flagged = self._flagged, None
        item = self.item_of(path) if path is not None else None
        if item is None:
            return
        for column in range(self.ui.fileTree.columnCount()):
            item.setBackground(column, QBrush())
            item.setForeground(column, QBrush())
        item.setToolTip(COL_NAME, str(path))
        item.setToolTip(COL_SIZE, "")
        item.setToolTip(COL_FOLDER, str(path.parent) if path else "")
        item.setIcon(COL_NAME, self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))

    def _show_general(self, text: str) -> None:
        self._errors.show(CasefileError(text))

    def _show_notice(self, text: str) -> None:
        self.ui.noticeLabel.setText(text)
        self.ui.noticeLabel.setVisible(True)

    def _clear_errors(self) -> None:
        self._unflag()
        self._errors.clear_all()
        self._custody_errors.clear_all()

    def error_for(self, field: str) -> str:
        """The error shown under `field`, or ''."""
        found = self._custody_errors if field in self._custody_errors.fields else self._errors
        return found.error_for(field)

    @property
    def general_error(self) -> str:
        return self._errors.general_error

    @property
    def notice(self) -> str:
        label = self.ui.noticeLabel
        return label.text() if label.isVisibleTo(self) else ""

    def flagged_file(self) -> Path | None:
        """The file whose row shows its problem."""
        return self._flagged


# lupdate does not read inside f-strings: the words their tr() calls look up, marked here.
_WORDS_IN_F_STRINGS = (QT_TRANSLATE_NOOP("EvidenceIntakeDialog", "Folder: %s"),)

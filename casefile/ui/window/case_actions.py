"""What the Case menu, the list's context menu and the detail pane's buttons do: each opens its
dialog through the window's registry (or, for a change with nothing to ask, writes at once on
the write thread) and reports the write as one `ArchiveChange`. Nothing here refreshes a view.

Adding a dialog is: a `WriteDialog` with its `changes` and `saved_message`, a method here that
opens it through `open_dialog`, and a menu entry or button connected to that method.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from casefile.domain import CaseStatus, DeadlineStatus
from casefile.store.rows import CaseDetail, CaseSummary
from casefile.ui import errors, tasks
from casefile.ui.changes import ArchiveChange, Changed
from casefile.ui.dialog_registry import DialogRegistry
from casefile.ui.dialogs.write_dialog import WriteDialog
from casefile.ui.file_opener import open_exhibit_file
from casefile.ui.record_links import RecordAction, RecordKind, RecordLink
from casefile.ui.record_types import RecordType, record_types

if TYPE_CHECKING:
    from casefile.store.archive import Archive
    from casefile.store.rows import TransferRow
    from casefile.ui.dialogs.bundle_export import BundleExportDialog
    from casefile.ui.dialogs.case_editor import CaseEditor
    from casefile.ui.dialogs.complaint_packets import ComplaintPacketsDialog
    from casefile.ui.dialogs.custody_entry import CustodyEntryDialog
    from casefile.ui.dialogs.deadline_editor import DeadlineEditor, WaiveDeadlineDialog
    from casefile.ui.dialogs.evidence_intake import EvidenceIntakeDialog
    from casefile.ui.dialogs.listing_import import ListingImportDialog
    from casefile.ui.dialogs.prior_penalty import PriorPenaltyDialog
    from casefile.ui.dialogs.transfer_step import TransferStepDialog
    from casefile.ui.dialogs.verify_bundle import VerifyBundleDialog
    from casefile.ui.main_window import MainWindow

W = TypeVar("W", bound=WriteDialog)


class CaseActions(QObject):
    def __init__(self, window: MainWindow, dialogs: DialogRegistry) -> None:
        super().__init__(window)
        self.window = window
        self.dialogs = dialogs

    # --- plumbing ----------------------------------------------------------------------------

    def _shown(self) -> tuple[Archive, CaseDetail] | None:
        archive, detail = self.window.archive, self.window.ui.detailPane.detail
        return (archive, detail) if archive is not None and detail is not None else None

    def open_dialog(
        self,
        kind: type[W],
        make: Callable[[Archive], W],
        case_id: int | None,
        must_show: bool = False,
    ) -> W | None:
        """Open (or raise) `kind` for `case_id`; its save becomes one ArchiveChange."""
        archive = self.window.archive
        if archive is None:
            return None

        def made() -> W:
            dialog = make(archive)
            dialog.saved.connect(
                lambda result: self.window.changed(
                    ArchiveChange(
                        archive,
                        result.id if isinstance(result, CaseSummary) else case_id,
                        dialog.changes,
                        dialog.saved_message(result),
                        must_show,
                    )
                )
            )
            return dialog

        return self.dialogs.open(kind, made, case_id)

    def with_case(self, case_id: int | None, then: Callable[[CaseDetail], object]) -> None:
        """Call `then` with the case `case_id` (default: the one shown), read first if it is
        not the one shown (a right-click on another row)."""
        archive, shown = self.window.archive, self.window.ui.detailPane.detail
        if archive is None or self.dialogs.raise_busy():
            return
        if shown is not None and case_id in (None, shown.id):
            then(shown)
            return
        if case_id is None:
            return

        def read(_ctx: tasks.TaskContext) -> CaseDetail:
            from casefile.services import cases

            return cases.case_detail_by_id(archive, case_id)

        def got(detail: CaseDetail) -> None:
            then(detail)

        self.window.read(read, got, self.window.detail_failed, label=self.tr("Reading case"))

    def _write_now(
        self,
        write: Callable[[tasks.TaskContext], object],
        change: ArchiveChange,
        label: str,
    ) -> None:
        """A change with nothing to ask, written on the write thread; after a failure the
        views still read the archive again, to show what it holds."""

        def failed(exc: Exception) -> None:
            errors.report(exc, self.window)
            self.window.changed(ArchiveChange(change.archive, change.case_id, change.kinds))

        tasks.run_task(
            write,
            on_success=lambda _result: self.window.changed(change),
            on_failure=failed,
            parent=self.window,
            write=True,  # once started it is not cancelled: its result reaches the views
            label=label,
        )

    # --- no case needed ----------------------------------------------------------------------

    def verify_bundle(self) -> VerifyBundleDialog | None:
        """File › Verify Bundle… (Ctrl+Shift+B): beside the window, with or without an archive
        (it re-hashes against the one open, if any); the open one is raised."""
        from casefile.ui.dialogs.verify_bundle import VerifyBundleDialog

        window = self.window
        dialog = self.dialogs.open(
            VerifyBundleDialog,
            lambda: VerifyBundleDialog(lambda: window.archive, window),
            exclusive=False,
        )
        if dialog is not None and not dialog.verifying:
            dialog.refresh_archive()  # raised: the window may hold another archive by now
        return dialog

    # --- the case ----------------------------------------------------------------------------

    def new_case(self) -> CaseEditor | None:
        """File › New Case… (Ctrl+N)."""
        from casefile.ui.dialogs.case_editor import CaseEditor

        return self.open_dialog(
            CaseEditor, lambda archive: CaseEditor(archive, self.window), None, must_show=True
        )

    def edit_case(self, case_id: int | None = None) -> None:
        """Case › Edit Case… (Ctrl+E), or a double-click in the list."""
        from casefile.ui.dialogs.case_editor import CaseEditor

        self.with_case(
            case_id,
            lambda detail: self.open_dialog(
                CaseEditor,
                lambda archive: CaseEditor(archive, self.window, case=detail),
                detail.id,
                must_show=True,
            ),
        )

    def close_case(self, case_id: int | None = None) -> None:
        """Case › Close Case…: asks for the closing date."""
        from casefile.ui.dialogs.close_case import CloseCaseDialog

        def open_closer(detail: CaseDetail) -> None:
            if detail.status == CaseStatus.CLOSED:
                self.window.ui.statusBar.showMessage(
                    self.tr("%s is already closed.") % detail.reference, 5000
                )
                return
            self.open_dialog(
                CloseCaseDialog,
                lambda archive: CloseCaseDialog(archive, detail, self.window),
                detail.id,
            )

        self.with_case(case_id, open_closer)

    def reopen_case(self, case_id: int | None = None) -> None:
        """Case › Reopen Case: at once, nothing to ask (closing again is one step)."""

        def reopen(detail: CaseDetail) -> None:
            archive = self.window.archive
            if archive is None or detail.status == CaseStatus.OPEN:
                return
            reference = detail.reference

            def write(_ctx: tasks.TaskContext) -> CaseSummary:
                from casefile.services.cases import set_status

                return set_status(archive, reference, CaseStatus.OPEN)

            message = self.tr("Reopened %s.") % reference
            change = ArchiveChange(archive, detail.id, frozenset({Changed.CASE}), message)
            self._write_now(write, change, self.tr("Reopening case"))

        self.with_case(case_id, reopen)

    def copy_reference(self, reference: str | None = None, title: str | None = None) -> None:
        """Case › Copy Reference: the reference of the case shown (or `reference`), with its
        title if given, to the clipboard."""
        if reference is None:
            shown = self.window.ui.detailPane.detail
            if shown is None:
                return
            reference = shown.reference
        text = f"{reference} {title}" if title else reference
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(text)
        self.window.ui.statusBar.showMessage(self.tr("Copied %s") % text, 4000)

    # --- deadlines (the Deadlines tab's buttons) ---------------------------------------------

    def add_deadline(self) -> DeadlineEditor | None:
        from casefile.ui.dialogs.deadline_editor import DeadlineEditor

        shown = self._shown()
        if shown is None:
            return None
        detail = shown[1]
        return self.open_dialog(
            DeadlineEditor,
            lambda archive: DeadlineEditor(archive, detail, None, self.window),
            detail.id,
        )

    def set_deadline_status(self, deadline_id: int, status: str) -> WaiveDeadlineDialog | None:
        """Mark Done and Reopen on the Deadlines tab: written at once (done today), nothing to
        ask (Reopen undoes Mark Done and Waive). Waive asks why first (`WaiveDeadlineDialog`)."""
        from casefile.ui.dialogs.deadline_editor import WaiveDeadlineDialog

        shown = self._shown()
        if shown is None:
            return None
        archive, detail = shown
        deadline = next((d for d in detail.deadlines if d.id == deadline_id), None)
        if deadline is None:
            return None
        if status == DeadlineStatus.WAIVED:
            return self.open_dialog(
                WaiveDeadlineDialog,
                lambda archive: WaiveDeadlineDialog(archive, detail, deadline, self.window),
                detail.id,
            )
        title = deadline.title
        done = {
            DeadlineStatus.DONE: self.tr("Marked “%s” done."),
            DeadlineStatus.OPEN: self.tr("Reopened “%s”."),
        }.get(DeadlineStatus(status), "%s")

        def write(_ctx: tasks.TaskContext) -> None:
            from casefile.services.records import set_deadline_status

            set_deadline_status(archive, deadline_id, status)

        change = ArchiveChange(archive, detail.id, frozenset({Changed.DEADLINES}), done % title)
        self._write_now(write, change, self.tr("Saving deadline"))
        return None

    # --- the criminal route (the Criminal tab's buttons) -------------------------------------

    def record_transfer_step(self, transfer: TransferRow | None) -> TransferStepDialog | None:
        """Record Transfer Step… for the case shown (None: a new transfer)."""
        from casefile.ui.dialogs.transfer_step import TransferStepDialog

        shown = self._shown()
        if shown is None:
            return None
        reference = shown[1].reference
        return self.open_dialog(
            TransferStepDialog,
            lambda archive: TransferStepDialog(archive, reference, transfer, self.window),
            shown[1].id,
        )

    def record_prior_penalty(self) -> PriorPenaltyDialog | None:
        """Record Earlier Penalty… for the case shown."""
        from casefile.ui.dialogs.prior_penalty import PriorPenaltyDialog

        shown = self._shown()
        if shown is None:
            return None
        detail = shown[1]
        return self.open_dialog(
            PriorPenaltyDialog,
            lambda archive: PriorPenaltyDialog(archive, detail, None, self.window),
            detail.id,
        )

    # --- evidence ----------------------------------------------------------------------------

    def add_evidence(self, files: list[Path] | None = None) -> EvidenceIntakeDialog | None:
        """Case › Add Evidence… (Ctrl+Shift+E), or files dropped on the case shown; files
        dropped while its intake is open join the list."""
        from casefile.ui.dialogs.evidence_intake import EvidenceIntakeDialog

        shown = self._shown()
        if shown is None:
            return None
        archive, detail = shown
        open_now = self.dialogs.find(EvidenceIntakeDialog, detail.id)

        def make() -> EvidenceIntakeDialog:
            dialog = EvidenceIntakeDialog(archive, detail, self.window, files or ())
            dialog.evidence_added.connect(
                lambda numbers: self.window.changed(
                    ArchiveChange(
                        archive,
                        detail.id,
                        frozenset({Changed.EVIDENCE}),
                        (
                            self.tr("Added exhibit %1 to %2.")
                            if len(numbers) == 1
                            else self.tr("Added exhibits %1 to %2.")
                        )
                        .replace("%1", ", ".join(str(n) for n in numbers))
                        .replace("%2", detail.reference),
                    )
                )
            )
            return dialog

        dialog = self.dialogs.open(EvidenceIntakeDialog, make, detail.id)
        if dialog is not None and dialog is open_now and files:
            dialog.add_paths(files)
        return dialog

    def import_listings(self) -> ListingImportDialog | None:
        """Case › Import Listings…: a monitoring tool's file of listings into the case shown;
        what it wrote is one change (parties, proceedings) for the views."""
        from casefile.ui.dialogs.listing_import import ListingImportDialog

        shown = self._shown()
        if shown is None:
            return None
        archive, detail = shown

        def make() -> ListingImportDialog:
            dialog = ListingImportDialog(archive, detail, self.window)
            dialog.listings_imported.connect(
                lambda report: self.window.changed(
                    ArchiveChange(
                        archive,
                        detail.id,
                        frozenset({Changed.PARTIES, Changed.PROCEEDINGS}),
                        self.tr("Imported %1 listings into %2.")
                        .replace("%1", f"{report.imported:,}")
                        .replace("%2", detail.reference),
                    )
                )
            )
            return dialog

        return self.dialogs.open(ListingImportDialog, make, detail.id)

    def record_custody(self, evidence_id: int | None = None) -> CustodyEntryDialog | None:
        """Case › Record Custody…: one link in the chain of custody of an exhibit of the case
        shown (default: its last exhibit)."""
        from casefile.ui.dialogs.custody_entry import CustodyEntryDialog

        shown = self._shown()
        if shown is None:
            return None
        detail = shown[1]
        return self.open_dialog(
            CustodyEntryDialog,
            lambda archive: CustodyEntryDialog(archive, detail, self.window, evidence_id),
            detail.id,
        )

    def export_bundle(self) -> BundleExportDialog | None:
        """Case › Export Bundle… (Ctrl+B): beside the window (an export runs in the background).
        One at a time: the open one is raised, or, idle and for another case, replaced."""
        from casefile.ui.dialogs.bundle_export import BundleExportDialog

        shown = self._shown()
        open_now = self.dialogs.find(BundleExportDialog)
        if open_now is not None and open_now.isVisible():
            if open_now.exporting or shown is None or open_now.case.id == shown[1].id:
                open_now.raise_()
                open_now.activateWindow()
                return open_now
            open_now.close()
        if shown is None or not shown[1].evidence:
            return None
        archive, detail = shown

        def make() -> BundleExportDialog:
            dialog = BundleExportDialog(archive, detail, self.window, self.window.settings)
            dialog.bundle_exported.connect(
                lambda result: self.window.ui.statusBar.showMessage(
                    self.tr("Exported the bundle %s.") % result.path.name, 10_000
                )
            )
            return dialog

        return self.dialogs.open(BundleExportDialog, make, detail.id, exclusive=False)

    def export_complaint_packets(
        self, proceeding_id: int | None = None
    ) -> ComplaintPacketsDialog | None:
        """Case › Export Complaint Packets…: the shown case's platform listings as the batches
        its complaint system takes; recording them as notices sent is one ArchiveChange."""
        from casefile.ui.dialogs.complaint_packets import ComplaintPacketsDialog

        shown = self._shown()
        if shown is None:
            return None
        archive, detail = shown

        def make() -> ComplaintPacketsDialog:
            dialog = ComplaintPacketsDialog(archive, detail, self.window, proceeding_id)
            dialog.saved.connect(
                lambda notices: self.window.changed(
                    ArchiveChange(archive, detail.id, dialog.changes, dialog.saved_message(notices))
                )
            )
            return dialog

        return self.dialogs.open(ComplaintPacketsDialog, make, detail.id, exclusive=False)

    # --- a case's records: the links in its tabs ----------------------------------------------

    def open_record(self, link: RecordLink) -> QWidget | None:
        """Add, Edit or Remove beside a record of the case shown (Open or Show in Folder
        beside an exhibit's file)."""
        shown = self._shown()
        if link.action in (RecordAction.OPEN, RecordAction.SHOW):
            if shown is not None and link.record_id is not None:
                show_folder = link.action is RecordAction.SHOW
                open_exhibit_file(self.window, shown[0], link.record_id, show_folder)
            return None
        if link.kind is RecordKind.PACKETS:  # a platform proceeding's listings to file
            return self.export_complaint_packets(link.record_id)
        kind = record_types().get(link.kind)
        if shown is None or kind is None:
            return None
        detail = shown[1]
        if link.action is RecordAction.ADD:
            within = kind.within(detail, link.record_id)
            found: tuple[object, object] | None = (None, within) if within is not None else None
        elif link.record_id is not None:
            found = kind.find(detail, link.record_id)
        else:
            found = None
        if found is None:
            self.window.ui.statusBar.showMessage(
                self.tr("That record is no longer in this case. Refresh (F5)."), 5000
            )
            return None
        if link.action is RecordAction.REMOVE:
            self.remove_record(kind, link.record_id or 0)
            return None
        record, within = found
        dialog = kind.dialog
        return self.open_dialog(
            dialog,
            lambda archive: dialog(archive, detail, record, self.window, within=within),
            detail.id,
        )

    def remove_record(self, kind: RecordType, record_id: int) -> bool:
        """Asks first, naming what goes; then one write. The History keeps what was removed."""
        shown = self._shown()
        remove, unlink = kind.remove, kind.remove_from_case
        if shown is None or (remove is None and unlink is None):
            return False
        archive, detail = shown
        what = kind.describe(detail, record_id)
        answer = QMessageBox.question(
            self.window,
            self.tr("Remove?"),
            self.tr("Remove %1 from %2? The case's History keeps what was removed.")
            .replace("%1", what)
            .replace("%2", detail.reference),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        message = self.tr("Removed %1 from %2.").replace("%1", what).replace("%2", detail.reference)
        change = ArchiveChange(archive, detail.id, kind.changes, message)
        reference = detail.reference
        self._write_now(
            lambda _ctx: (
                unlink(archive, reference, record_id)
                if unlink is not None
                else remove(archive, record_id)  # type: ignore[misc]
            ),
            change,
            self.tr("Removing"),
        )
        return True

    # --- the list's context menu -------------------------------------------------------------

    def show_case_menu(self, pos: QPoint) -> None:
        table = self.window.ui.caseTable
        index = table.indexAt(pos)
        row = index.row() if index.isValid() else table.currentIndex().row()
        menu = self.case_menu(row)
        if menu is not None:
            menu.popup(table.viewport().mapToGlobal(pos))

    def case_menu(self, row: int, parent: QWidget | None = None) -> QMenu | None:
        """The context menu of a row of the list (None for no row); its actions act on that
        row's case, whatever the detail pane shows."""
        model = self.window.cases.model
        summary = model.summary_at(row) if row >= 0 else None
        if summary is None or self.window.archive is None:
            return None
        ui = self.window.ui
        case_id, reference = summary.id, summary.reference
        menu = QMenu(parent or self.window)
        menu.setObjectName("caseMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        copy = menu.addAction(ui.actionCopyReference.icon(), self.tr("Copy Reference"))
        copy.triggered.connect(lambda: self.copy_reference(reference))
        copy_title = menu.addAction(self.tr("Copy Reference and Title"))
        copy_title.triggered.connect(lambda: self.copy_reference(reference, summary.title))
        menu.addSeparator()
        edit = menu.addAction(ui.actionEditCase.icon(), ui.actionEditCase.text())
        edit.triggered.connect(lambda: self.edit_case(case_id))
        if summary.status != CaseStatus.CLOSED:
            close = menu.addAction(ui.actionCloseCase.icon(), ui.actionCloseCase.text())
            close.triggered.connect(lambda: self.close_case(case_id))
        if summary.status != CaseStatus.OPEN:
            reopen = menu.addAction(ui.actionReopenCase.icon(), ui.actionReopenCase.text())
            reopen.triggered.connect(lambda: self.reopen_case(case_id))
        return menu

"""Case › Export Complaint Packets…: a platform proceeding's listings written as the batches its
complaint system takes (services/complaint_packets.py), with the evidence bundle of the exhibits
ticked; then, once the paralegal has filed them, Record as Notices Sent writes each batch as a
notice sent on the proceeding (one write, one `ArchiveChange`).

Reading the listings, writing the packet and recording the notices run off the GUI thread; the
export shows its progress and can be cancelled (nothing is left of a cancelled packet).
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QWidget

from casefile.domain import Route
from casefile.errors import CasefileError, ValidationError
from casefile.ui import errors, i18n, labels, tasks
from casefile.ui.changes import Changed
from casefile.ui.dates import today_qdate
from casefile.ui.forms.complaint_packets_ui import Ui_ComplaintPacketsDialog

if TYPE_CHECKING:
    from casefile.export.complaint_packet import PacketResult
    from casefile.services.bundles import ExhibitChoice
    from casefile.services.complaint_packets import NoticeRecord, PacketPlan
    from casefile.store.archive import Archive
    from casefile.store.rows import CaseDetail

ERROR_COLOUR = "#c62828"


class ComplaintPacketsDialog(QDialog):
    saved = Signal(object)  # the notices recorded (list[NoticeRecord])
    packets_exported = Signal(object)  # the PacketResult written
    changes = frozenset({Changed.PROCEEDINGS, Changed.DEADLINES})

    def __init__(
        self,
        archive: Archive,
        case: CaseDetail,
        parent: QWidget | None = None,
        proceeding_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ComplaintPacketsDialog()
        self.ui.setupUi(self)
        self.setModal(False)
        self._archive = archive
        self.case = case
        self.plan: PacketPlan | None = None  # of the proceeding and choices shown
        self.written: PacketResult | None = None  # the last packet written
        self.recorded: list[NoticeRecord] = []
        self._cancel: threading.Event | None = None
        self._reading: tasks.Task[Any] | None = None
        ui = self.ui
        ui.caseLabel.setText(f"{case.reference} · {case.title}")
        bold = ui.caseLabel.font()
        bold.setBold(True)
        ui.caseLabel.setFont(bold)
        muted = "color: palette(placeholder-text);"
        for label in (ui.introLabel, ui.batchSummary):
            label.setStyleSheet(muted)
        ui.errorLabel.setStyleSheet(f"color: {ERROR_COLOUR};")
        ui.progressBar.setVisible(False)
        ui.outEdit.setText(str(archive.path / "exports"))
        ui.sentOnEdit.setDate(today_qdate())
        ui.sentOnEdit.setMaximumDate(today_qdate())
        for proceeding in case.proceedings:
            if proceeding.route == Route.PLATFORM:
                name = proceeding.authority or labels.label(proceeding.route)
                ui.proceedingCombo.addItem(f"{name} (#{proceeding.id})", proceeding.id)
        if proceeding_id is not None:
            ui.proceedingCombo.setCurrentIndex(max(0, ui.proceedingCombo.findData(proceeding_id)))
        ui.proceedingCombo.currentIndexChanged.connect(lambda _i: self.read_plan())
        ui.includeSentCheck.toggled.connect(lambda _on: self.read_plan())
        ui.batchSpin.valueChanged.connect(lambda _v: self._show_batches())
        ui.chooseButton.clicked.connect(self.choose_folder)
        ui.exportButton.clicked.connect(self.export)
        ui.closeButton.clicked.connect(self._close_or_cancel)
        ui.openButton.clicked.connect(self.show_folder)
        ui.recordButton.clicked.connect(self.record_sent)
        self.setWindowTitle(self.tr("Complaint Packets — %s") % case.reference)
        self._set_record_enabled(False)
        ui.openButton.setEnabled(False)
        self._read_exhibits()
        self.read_plan()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if i18n.is_language_change(event):
            self.ui.retranslateUi(self)
            self.setWindowTitle(self.tr("Complaint Packets — %s") % self.case.reference)
            self._show_plan()
        super().changeEvent(event)

    # --- what the packet will hold -------------------------------------------------------

    def proceeding_id(self) -> int | None:
        data = self.ui.proceedingCombo.currentData()
        return int(data) if data is not None else None

    def read_plan(self) -> None:
        """Read the chosen proceeding's listings and its complaint system's limit."""
        proceeding_id = self.proceeding_id()
        self.plan = None
        self._show_error("")
        if proceeding_id is None:
            self._show_error(self.tr("This case has no platform proceeding."))
            self._update_buttons()
            return
        archive, reference = self._archive, self.case.reference
        include_sent = self.ui.includeSentCheck.isChecked()
        asked = self.ui.batchSpin.value() if self.ui.batchSpin.property("chosen") else None

        def read(_ctx: tasks.TaskContext) -> PacketPlan:
            from casefile.services.complaint_packets import plan_packets

            try:
                return plan_packets(archive, reference, proceeding_id, asked, include_sent)
            except ValidationError as exc:
                if exc.field != "batch_size" or asked is not None:
                    raise
                # no limit recorded for this platform: start from a size the user then sets
                return plan_packets(archive, reference, proceeding_id, 100, include_sent)

        if self._reading is not None:
            self._reading.cancel()
        if not self.ui.statusLabel.text():  # what an export or a record said stays
            self.ui.statusLabel.setText(self._reading_text())
        self._reading = tasks.run_task(
            read,
            on_success=self._plan_read,
            on_failure=self._plan_failed,
            parent=self,
            label=self.tr("Reading the listings"),
        )

    def _reading_text(self) -> str:
        return self.tr("Reading the listings…")

    def _done_reading(self) -> None:
        self._reading = None
        if self.ui.statusLabel.text() == self._reading_text():
            self.ui.statusLabel.setText("")

    def _plan_read(self, plan: PacketPlan) -> None:
        self._done_reading()
        self.plan = plan
        spin = self.ui.batchSpin
        spin.blockSignals(True)
        limit = plan.system.max_links if plan.system else None
        spin.setMaximum(limit or 100_000)
        spin.setValue(plan.batch_size)
        spin.blockSignals(False)
        self._show_plan()

    def _plan_failed(self, exc: Exception) -> None:
        self._done_reading()
        self.plan = None
        self.ui.systemValue.setText("")
        self.ui.batchSummary.setText("")
        if isinstance(exc, CasefileError):
            self._show_error(errors.describe(exc))
        else:
            errors.report(exc, self)
        self._update_buttons()

    def _show_plan(self) -> None:
        plan = self.plan
        if plan is None:
            return
        ui = self.ui
        if plan.system is not None and plan.system.max_links is not None:
            ui.systemValue.setText(
                self.tr("%s — at most %d links a complaint")
                % (plan.system.name, plan.system.max_links)
            )
        else:
            ui.systemValue.setText(
                self.tr("%s — no limit recorded: set the links per complaint its form accepts")
                % plan.system_name()
            )
        ui.systemValue.setToolTip(plan.system.source if plan.system else "")
        ui.includeSentCheck.setText(
            self.tr("&Include listings already in a notice (%d)") % plan.already_sent
        )
        self._show_batches()

    def batches(self) -> list[int]:
        """The listings in each batch, as the packet will have them."""
        if self.plan is None:
            return []
        total, size = len(self.plan.listings), self.ui.batchSpin.value()
        return [min(size, total - start) for start in range(0, total, size)]

    def _show_batches(self) -> None:
        if self.plan is not None and self.ui.batchSpin.value() != self.plan.batch_size:
            self.ui.batchSpin.setProperty("chosen", True)  # the user's size from now on
        sizes = self.batches()
        if not sizes:
            self.ui.batchSummary.setText("")
        else:
            shown = ", ".join(f"{n:,}" for n in sizes[:6]) + ("…" if len(sizes) > 6 else "")
            self.ui.batchSummary.setText(
                self.tr("%s listings → %d complaint(s): %s")
                % (f"{sum(sizes):,}", len(sizes), shown)
            )
        self._update_buttons()

    def _read_exhibits(self) -> None:
        archive, reference = self._archive, self.case.reference

        def read(_ctx: tasks.TaskContext) -> list[ExhibitChoice]:
            from casefile.services.bundles import exhibit_choices

            return exhibit_choices(archive, reference)

        tasks.run_task(read, on_success=self._fill_exhibits, parent=self)

    def _fill_exhibits(self, choices: list[ExhibitChoice]) -> None:
        from PySide6.QtCore import Qt

        self.ui.exhibitList.clear()
        for choice in choices:
            text = self.tr("Exhibit %d") % choice.exhibit_no
            item = QListWidgetItem(f"{text} · {labels.label(choice.kind)} · {choice.description}")
            item.setData(Qt.ItemDataRole.UserRole, choice.exhibit_no)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            # a platform is outside the company: internal working material stays out
            checked = not choice.internal
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            if choice.internal:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(self.tr("Internal: kept out of anything sent outside"))
            self.ui.exhibitList.addItem(item)

    def exhibits(self) -> list[int]:
        from PySide6.QtCore import Qt

        found = []
        for row in range(self.ui.exhibitList.count()):
            item = self.ui.exhibitList.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return found

    # --- the export ------------------------------------------------------------------------

    @property
    def exporting(self) -> bool:
        return self._cancel is not None

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Save the complaint packets in"), self.ui.outEdit.text()
        )
        if chosen:
            self.ui.outEdit.setText(chosen)

    def export(self) -> None:
        """Write the packet in the background, the listings read again as they are now."""
        if self.exporting or self.plan is None:
            return
        out = self.ui.outEdit.text().strip()
        if not out:
            self._show_error(self.tr("Choose the folder to save the packets in."))
            return
        self._show_error("")
        archive, reference = self._archive, self.case.reference
        proceeding_id, size = self.plan.proceeding_id, self.ui.batchSpin.value()
        include_sent, exhibits = self.ui.includeSentCheck.isChecked(), self.exhibits()
        cancel = threading.Event()
        self._cancel = cancel
        self.written = None
        self._set_record_enabled(False)
        self._set_busy(True)

        def write(ctx: tasks.TaskContext) -> tuple[PacketPlan, PacketResult]:
            from casefile.services.complaint_packets import export_packets, plan_packets

            plan = plan_packets(archive, reference, proceeding_id, size, include_sent)
            result = export_packets(
                archive,
                plan,
                Path(out),
                exhibits,
                progress=ctx.progress,
                cancelled=lambda: ctx.token() or cancel.is_set(),
            )
            return plan, result

        task = tasks.run_task(
            write,
            on_success=self._exported,
            on_failure=self._export_failed,
            on_progress=self._progress,
            parent=self,
            label=self.tr("Writing complaint packets"),
        )
        if task.running:
            task.finished.connect(self._export_ended)
        else:  # done already (tests run tasks inline)
            self._export_ended()

    def _export_ended(self) -> None:
        """After the result or the error: still writing means it was cancelled (a cancelled
        task delivers neither)."""
        if self.exporting:
            self._set_busy(False)
            self._cancel = None
            self.ui.statusLabel.setText(self.tr("Cancelled: no packet was written."))

    def _progress(self, done: int, total: int, what: str) -> None:
        bar = self.ui.progressBar
        bar.setMaximum(max(1, total))
        bar.setValue(done)
        self.ui.statusLabel.setText(self.tr("Writing %s…") % what if what else "")

    def _exported(self, written: tuple[PacketPlan, PacketResult]) -> None:
        self._set_busy(False)
        self._cancel = None
        self.plan, self.written = written
        result = written[1]
        self.ui.statusLabel.setText(
            self.tr("Written: %d complaint folder(s) in %s. Once they are filed, record them.")
            % (len(result.batches), result.folder)
        )
        self.ui.openButton.setEnabled(True)
        self._set_record_enabled(True)
        self.ui.recordButton.setFocus()
        self.packets_exported.emit(result)

    def _export_failed(self, exc: Exception) -> None:
        from casefile.errors import CancelledError

        self._set_busy(False)
        self._cancel = None
        if isinstance(exc, CancelledError):
            self.ui.statusLabel.setText(self.tr("Cancelled: no packet was written."))
        elif isinstance(exc, CasefileError):
            self.ui.statusLabel.setText("")
            self._show_error(errors.describe(exc))
        else:
            self.ui.statusLabel.setText("")
            errors.report(exc, self)

    def _close_or_cancel(self) -> None:
        if self._cancel is not None:
            self.cancel_export()
            return
        self.close()

    def cancel_export(self) -> None:
        """Stop the packet being written: nothing of it is kept."""
        if self._cancel is not None and not self._cancel.is_set():
            self._cancel.set()
            self.ui.statusLabel.setText(self.tr("Cancelling…"))

    def reject(self) -> None:
        """Esc cancels a packet being written (the dialog stays, to say so); else closes."""
        if self.exporting:
            self.cancel_export()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.cancel_export()  # closed while writing (the archive closed): nothing is kept
        super().closeEvent(event)

    def show_folder(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.folder)))

    # --- the notices ---------------------------------------------------------------------

    def record_sent(self) -> None:
        """Each batch written: a notice sent on the proceeding on the day given."""
        if self.plan is None or self.written is None or self.recorded:
            return
        archive, plan, result = self._archive, self.plan, self.written
        sent_on: date = self.ui.sentOnEdit.date().toPython()  # type: ignore[assignment]
        self._set_record_enabled(False)

        def write(_ctx: tasks.TaskContext) -> list[NoticeRecord]:
            from casefile.services.complaint_packets import record_notices_sent

            return record_notices_sent(archive, plan, result, sent_on)

        tasks.run_task(
            write,
            on_success=self._recorded,
            on_failure=self._record_failed,
            parent=self,
            write=True,
            label=self.tr("Recording the notices"),
        )

    def _recorded(self, notices: list[NoticeRecord]) -> None:
        self.recorded = notices
        self.ui.statusLabel.setText(
            self.tr("Recorded %d notice(s) sent on the proceeding.") % len(notices)
        )
        self.saved.emit(notices)
        self.read_plan()  # what is left to file (the listings just recorded are out of it)

    def _record_failed(self, exc: Exception) -> None:
        self._set_record_enabled(True)
        if isinstance(exc, CasefileError):
            self._show_error(errors.describe(exc))
        else:
            errors.report(exc, self)

    def saved_message(self, notices: list[NoticeRecord]) -> str:
        return self.tr("Recorded %d complaint batch(es) as notices sent.") % len(notices)

    # --- state ---------------------------------------------------------------------------

    def _show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    def _set_record_enabled(self, enabled: bool) -> None:
        for widget in (self.ui.sentOnLabel, self.ui.sentOnEdit, self.ui.recordButton):
            widget.setEnabled(enabled)

    def _set_busy(self, busy: bool) -> None:
        ui = self.ui
        for widget in (
            ui.proceedingCombo,
            ui.batchSpin,
            ui.includeSentCheck,
            ui.outEdit,
            ui.chooseButton,
            ui.exhibitList,
            ui.exportButton,
        ):
            widget.setEnabled(not busy)
        ui.progressBar.setVisible(busy)
        ui.closeButton.setText(self.tr("Cancel") if busy else self.tr("Close"))

    def _update_buttons(self) -> None:
        self.ui.exportButton.setEnabled(self.plan is not None and not self.exporting)

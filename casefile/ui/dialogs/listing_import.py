"""The Import Listings dialog (Case › Import Listings…): composes `forms/listing_import.ui` and
imports a monitoring tool's CSV or XLSX of infringing listings into the case shown, through
`services.listing_import.import_listings` (the command line's `import-listings` too).

The file is read off the GUI thread; then each column gets a combo box (in the preview's first
row) with the field proposed from its header, and the first rows show as they would be
imported, each problem in red with its reason as a tooltip: changing a combo checks them again
at once (20 rows, on the GUI thread). Import runs off the GUI thread with a progress bar and
Cancel, as a read task like the evidence intake (a write task cannot be cancelled once
started): the service writes everything in one transaction, so a Cancel leaves nothing
written. The report (imported, matched to known infringers, new infringers, duplicates
skipped, rows with errors) stays in the dialog and can be exported as CSV.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from casefile.store.rows import CaseDetail
from casefile.ui import errors, i18n, tasks
from casefile.ui.core_words import say_phrase
from casefile.ui.forms.listing_import_ui import Ui_ListingImportDialog

if TYPE_CHECKING:
    from casefile.services.listing_files import ColumnMapping, ListingField, Sheet
    from casefile.services.listing_import import ListingImportReport
    from casefile.store.archive import Archive

PROGRESS_STEPS = 1000
ERROR_BACKGROUND = "#fde7e9"
MAX_COLUMN_WIDTH = 280
LEAVE_OUT = ""  # a combo's data for "not imported"


class ListingImportDialog(QDialog):
    """Import a listings file into `case` in `archive`."""

    listings_imported = Signal(object)  # the ListingImportReport of an import that wrote

    def __init__(self, archive: Archive, case: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ListingImportDialog()
        self.ui.setupUi(self)
        self._archive = archive
        self.case = case
        self.path: Path | None = None
        self.sheet: Sheet | None = None
        self.report: ListingImportReport | None = None
        self._combos: list[QComboBox] = []
        self._task: tasks.Task[ListingImportReport] | None = None
        self._stop: threading.Event | None = None
        self._importing = False
        self._import_button().setText(self.tr("&Import"))
        self.ui.chooseButton.clicked.connect(self.choose_file)
        self.ui.exportButton.clicked.connect(self.choose_report_file)
        self.ui.buttonBox.accepted.connect(self.start_import)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._fill_platforms()
        self.ui.platformCombo.currentIndexChanged.connect(lambda _index: self.refresh_preview())
        self.ui.progressBox.setVisible(False)
        self.ui.reportFrame.setVisible(False)
        self.ui.errorLabel.setVisible(False)
        self._retranslate()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if i18n.is_language_change(event):
            i18n.retranslate_widget(self)
            self._retranslate()

    def _retranslate(self) -> None:
        self.ui.introLabel.setText(
            self.tr("Import infringing listings into %1 “%2”: a platform proceeding per platform, "
                    "the sellers as infringers (matched to known ones by seller ID or shop "
                    "address), and the listings; listings the case already has are skipped.")
            .replace("%1", self.case.reference)
            .replace("%2", self.case.title)
        )  # fmt: skip

    def _fill_platforms(self) -> None:
        from casefile.services.listing_files import PLATFORMS

        combo = self.ui.platformCombo
        combo.clear()
        combo.addItem(self.tr("(none: such rows are errors)"), "")
        for platform in PLATFORMS:
            combo.addItem(platform.label, platform.key)

    def default_platform(self) -> str:
        """The platform chosen for rows that name none Casefile knows ("" for none)."""
        return str(self.ui.platformCombo.currentData() or "")

    def _import_button(self) -> QPushButton:
        button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    # --- the file ---------------------------------------------------------------------------

    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a Listings File"),
            str(self.path.parent) if self.path else "",
            self.tr("Listings (*.csv *.xlsx);;All files (*)"),
        )
        if chosen:
            self.load(Path(chosen))

    def load(self, path: Path) -> None:
        """Read `path` off the GUI thread, then show its columns and first rows."""
        from casefile.services.listing_files import read_sheet

        self.ui.errorLabel.setVisible(False)
        self.ui.reportFrame.setVisible(False)
        self.ui.pathEdit.setText(str(path))
        self.ui.previewNote.setText(self.tr("Reading the file…"))

        def read(_ctx: tasks.TaskContext) -> Sheet:
            return read_sheet(path)

        def read_done(sheet: Sheet) -> None:
            self.path, self.sheet, self.report = path, sheet, None
            self._show_columns()

        tasks.run_task(
            read,
            on_success=read_done,
            on_failure=self._failed,
            parent=self,
            label=self.tr("Reading the listings file"),
        )

    def _failed(self, exc: Exception) -> None:
        from casefile.errors import CasefileError

        if not isinstance(exc, CasefileError):
            errors.report(exc, self)
        self.ui.previewNote.setText("")
        self.ui.errorLabel.setText(errors.describe(exc))
        self.ui.errorLabel.setVisible(True)
        self._update_buttons()

    # --- the mapping and the preview --------------------------------------------------------

    def _field_words(self) -> dict[ListingField, str]:
        from casefile.services.listing_files import ListingField as F

        return {
            F.PLATFORM: self.tr("Platform"),
            F.URL: self.tr("Listing address"),
            F.TITLE: self.tr("Title"),
            F.SELLER_NAME: self.tr("Seller name"),
            F.SELLER_ID: self.tr("Seller ID"),
            F.SHOP_URL: self.tr("Shop address"),
            F.PRICE: self.tr("Price"),
            F.CURRENCY: self.tr("Currency"),
            F.FOUND_ON: self.tr("Date found"),
        }

    def _show_columns(self) -> None:
        from casefile.services.listing_files import propose_mapping

        assert self.sheet is not None
        table, headers = self.ui.previewTable, self.sheet.headers
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(list(headers))
        proposed = propose_mapping(headers)
        self._combos = []
        words = self._field_words()
        table.setRowCount(1)
        table.setVerticalHeaderItem(0, QTableWidgetItem(self.tr("Import as")))
        for column in range(len(headers)):
            combo = QComboBox(table)
            combo.addItem(self.tr("(not imported)"), LEAVE_OUT)
            for field, word in words.items():
                combo.addItem(word, field.value)
            chosen = proposed.get(column)
            combo.setCurrentIndex(combo.findData(chosen.value) if chosen else 0)
            combo.currentIndexChanged.connect(
                lambda _index, c=column: self._combo_changed(c)
            )  # fmt: skip
            table.setCellWidget(0, column, combo)
            self._combos.append(combo)
        self.refresh_preview()

    def _combo_changed(self, column: int) -> None:
        """A field goes to one column: choosing it for this one takes it from another."""
        chosen = self._combos[column].currentData()
        if chosen != LEAVE_OUT:
            for other, combo in enumerate(self._combos):
                if other != column and combo.currentData() == chosen:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self.refresh_preview()

    def mapping(self) -> ColumnMapping:
        from casefile.services.listing_files import ListingField

        return {
            column: ListingField(combo.currentData())
            for column, combo in enumerate(self._combos)
            if combo.currentData() != LEAVE_OUT
        }

    def set_column(self, column: int, field: str) -> None:
        """Choose what a column holds, as the user does with its combo ("" leaves it out)."""
        combo = self._combos[column]
        combo.setCurrentIndex(combo.findData(field))

    def refresh_preview(self) -> None:
        """The first rows checked against the mapping chosen: each problem in red."""
        from casefile.services.listing_files import PREVIEW_ROWS, check_row

        if self.sheet is None:
            return
        table, sheet, mapping = self.ui.previewTable, self.sheet, self.mapping()
        shown = sheet.rows[:PREVIEW_ROWS]
        table.setRowCount(1 + len(shown))
        column_of = {sheet.headers[i]: i for i in range(len(sheet.headers))}
        bad_rows = 0
        for at, (number, cells) in enumerate(shown, start=1):
            checked = check_row(number, cells, mapping, sheet.headers, self.default_platform())
            table.setVerticalHeaderItem(at, QTableWidgetItem(str(number)))
            problems: dict[int, list[str]] = {}
            for problem in checked.errors:
                column = column_of.get(problem.column, -1)
                problems.setdefault(column, []).append(say_phrase(problem.phrase))
            bad_rows += bool(checked.errors)
            for column in range(len(sheet.headers)):
                value = cells[column] if column < len(cells) else ""
                item = QTableWidgetItem("" if value is None else str(value))
                reasons = problems.get(column, []) + (problems.get(-1, []) if column == 0 else [])
                if reasons:
                    item.setBackground(QBrush(QColor(ERROR_BACKGROUND)))
                    item.setToolTip("\n".join(reasons))
                elif column not in mapping:
                    item.setForeground(QBrush(QColor("gray")))
                table.setItem(at, column, item)
        table.resizeColumnsToContents()
        for column in range(table.columnCount()):  # a long address leaves room for the rest
            table.setColumnWidth(column, min(table.columnWidth(column), MAX_COLUMN_WIDTH))
        note = self.tr("%1 rows in the file; the first %2 shown, %3 of them with problems.")
        for key, count in (("%1", len(sheet.rows)), ("%2", len(shown)), ("%3", bad_rows)):
            note = note.replace(key, f"{count:,}")
        if self._url_missing():
            note += " " + self.tr("Choose the column that holds the listings' addresses.")
        self.ui.previewNote.setText(note)
        self._update_buttons()

    def _url_missing(self) -> bool:
        from casefile.services.listing_files import ListingField

        return ListingField.URL not in self.mapping().values()

    # --- importing --------------------------------------------------------------------------

    @property
    def importing(self) -> bool:
        return self._importing

    @property
    def saving(self) -> bool:
        """For the main window's dialog list: an import can always be cancelled."""
        return False

    def start_import(self) -> None:
        """Import: off the GUI thread, with progress; Cancel stops it and nothing is kept."""
        if self._importing or self.sheet is None or self.path is None or self._url_missing():
            return
        from casefile.services.listing_import import import_listings

        archive, reference, path, sheet = self._archive, self.case.reference, self.path, self.sheet
        mapping, default_platform = self.mapping(), self.default_platform()
        stop = threading.Event()
        self._stop = stop

        def work(ctx: tasks.TaskContext) -> ListingImportReport:
            return import_listings(
                archive,
                reference,
                path,
                mapping,
                sheet=sheet,
                progress=ctx.progress,
                cancelled=lambda: ctx.token() or stop.is_set(),
                default_platform=default_platform,
            )

        self._set_importing(True)
        task = tasks.run_task(
            work,
            on_success=self._imported,
            on_failure=self._import_failed,
            on_progress=self._progressed,
            on_discard=self._imported,  # it committed before the Cancel reached it
            parent=self,
            label=self.tr("Importing listings"),
        )
        if task.running:
            self._task = task
            task.finished.connect(self._ended)
        else:
            self._ended()

    def _progressed(self, done: int, total: int, stage: str) -> None:
        if not self._importing or (self._stop is not None and self._stop.is_set()):
            return
        text = (
            self.tr("Checking row %1 of %2…")
            if stage == "checking"
            else self.tr("Importing listing %1 of %2…")
        )
        self.ui.progressLabel.setText(text.replace("%1", f"{done:,}").replace("%2", f"{total:,}"))
        self.ui.progressBar.setValue(int(done * PROGRESS_STEPS / total) if total else 0)

    def cancel_import(self) -> None:
        if not self._importing:
            return
        if self._stop is not None:
            self._stop.set()
        if self._task is not None:
            self._task.cancel()
        self.ui.progressLabel.setText(self.tr("Cancelling…"))

    def _ended(self) -> None:
        """The task is over: if nothing was delivered, it was cancelled."""
        if not shiboken6.isValid(self) or not self._importing:
            return
        self._set_importing(False)
        self.ui.errorLabel.setText(self.tr("Cancelled: nothing was imported."))
        self.ui.errorLabel.setVisible(True)

    def _import_failed(self, exc: Exception) -> None:
        self._set_importing(False)
        self._failed(exc)

    def _imported(self, report: ListingImportReport) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_importing(False)
        self.report = report
        self.ui.reportLabel.setText(self.report_text(report))
        self.ui.reportFrame.setVisible(True)
        self.ui.exportButton.setEnabled(bool(report.errors or report.duplicates))
        self._update_buttons()
        if report.imported or report.new_sellers:
            self.listings_imported.emit(report)

    def report_text(self, report: ListingImportReport) -> str:
        lines = [
            self.tr("%1 of %2 rows imported.").replace("%1", f"{report.imported:,}"),
            self.tr("Matched to known infringers: %1 sellers (%2 listings)."),
            self.tr("New infringers: %1."),
            self.tr("Duplicates skipped: %1."),
            self.tr("Rows with errors (left out): %1."),
        ]
        lines[0] = lines[0].replace("%2", f"{report.rows:,}")
        lines[1] = lines[1].replace("%1", f"{len(report.matched_sellers):,}")
        lines[1] = lines[1].replace("%2", f"{report.listings_of_known:,}")
        lines[2] = lines[2].replace("%1", f"{len(report.new_sellers):,}")
        lines[3] = lines[3].replace("%1", f"{len(report.duplicates):,}")
        lines[4] = lines[4].replace("%1", f"{report.rows_with_errors:,}")
        if report.new_proceedings:
            lines.append(
                self.tr("New platform proceedings: %1.").replace(
                    "%1", ", ".join(report.new_proceedings)
                )
            )
        return "\n".join(lines)

    def _set_importing(self, importing: bool) -> None:
        self._importing = importing
        for widget in (self.ui.chooseButton, self.ui.previewTable, self.ui.platformCombo):
            widget.setEnabled(not importing)
        self.ui.progressBox.setVisible(importing)
        if importing:
            self.ui.errorLabel.setVisible(False)
            self.ui.reportFrame.setVisible(False)
            self.ui.progressBar.setRange(0, PROGRESS_STEPS)
            self.ui.progressBar.setValue(0)
            self.ui.progressLabel.setText(self.tr("Reading the file…"))
        else:
            self._stop = None
            self._task = None
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.sheet is not None and not self._importing and not self._url_missing()
        self._import_button().setEnabled(ready and self.report is None)
        cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setText(self.tr("Close") if self.report is not None else self.tr("Cancel"))
            cancel.setCursor(Qt.CursorShape.ArrowCursor)

    # --- the report -------------------------------------------------------------------------

    def choose_report_file(self) -> None:
        if self.report is None:
            return
        stem = Path(self.report.file).stem
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the Import Report"),
            str(Path(self.report.file).with_name(f"{stem}-report.csv")),
            self.tr("CSV (*.csv)"),
        )
        if chosen:
            self.export_report(Path(chosen))

    def export_report(self, target: Path) -> None:
        from casefile.services.listing_import import write_report_csv

        assert self.report is not None
        try:
            write_report_csv(self.report, target)
        except OSError as exc:
            self.ui.errorLabel.setText(str(exc))
            self.ui.errorLabel.setVisible(True)

    # --- closing ----------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel, Esc and the close button: while importing, stop the import (the dialog
        stays); else close."""
        if self._importing:
            self.cancel_import()
            return
        super().reject()

    def abandon(self) -> None:
        """Close now (the archive is being closed): an import is cancelled."""
        self.cancel_import()
        self.done(QDialog.DialogCode.Rejected)

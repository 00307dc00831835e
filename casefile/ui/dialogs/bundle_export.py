"""The Export Bundle dialog: composes `forms/bundle_export.ui` and writes a case's PDF evidence
bundle through `services.bundles.export_bundle`, in the background.

The case's exhibits (`services.bundles.exhibit_choices`, read in the background when the dialog
opens) form a checklist in bundle order: drag an exhibit to move it, or use Move Up / Move Down
(Alt+Up / Alt+Down). Internal exhibits are marked and cannot be ticked while the recipient is
outside the company (`Recipient.external`); the tick they had comes back when the recipient is
internal again. Below, the index as the bundle will print it follows every tick and move. The
options start where the command line's do (`services.bundles.default_request`: the recipient and
language the case suggests).

Export… asks where to save (`_ask_output_path`, replaced in tests; it offers
`services.bundles.default_output_path`), then runs the export as a
read task: the window stays usable, the progress bar follows it, and Cancel stops it (the core
writes in a hidden folder and moves the PDF into place at the very end, so a cancelled export
leaves nothing). The outcome stays in the dialog: pages, the manifest's SHA-256 and the files
that became placeholder pages; Open PDF and Show in Folder then act on the file. A
`ValidationError` is shown by the field it names (the exhibits' under the list); any other error
goes to the app's error reporting.

Sign with: the archive's own key (the default), or the user's certificate (a PKCS#12 file
chosen with Choose Certificate…, remembered in the user's `Settings`). With a certificate,
Export… asks its passphrase (`_ask_passphrase`, replaced in tests) each time and keeps it only
for that export; a wrong one is said under the field and nothing is written.

A non-modal window: `bundle_exported(BundleResult)` is emitted after each export.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QListWidgetItem,
    QTableWidgetItem,
    QWidget,
)

from casefile.errors import CasefileError, ValidationError
from casefile.export.spec import BATES_DIGITS
from casefile.export.wording import KINDS, Language, Recipient, say, term
from casefile.store.rows import CaseDetail
from casefile.ui import errors, i18n, labels, tasks
from casefile.ui.dialogs.field_errors import ERROR_COLOUR, FieldErrors
from casefile.ui.forms.bundle_export_ui import Ui_BundleExportDialog
from casefile.ui.settings import Settings

if TYPE_CHECKING:
    from casefile.export.bundle import BundleResult
    from casefile.export.signing import BundleSigner
    from casefile.services.bundles import BundleRequest, ExhibitChoice
    from casefile.store.archive import Archive

EXHIBIT_ROLE = Qt.ItemDataRole.UserRole  # the case's exhibit number
WANTED_ROLE = Qt.ItemDataRole.UserRole + 1  # the tick an internal exhibit had before it was barred

# The preview's columns: what the bundle's index prints for each exhibit.
# The kind and source columns leave the room to the description.
MIN_FITTED_WIDTH, MAX_FITTED_WIDTH = 100, 190
COL_POSITION, COL_EXHIBIT, COL_DESCRIPTION, COL_KIND, COL_DATE, COL_SOURCE, COL_SHA = range(7)
SIGN_ARCHIVE, SIGN_CERTIFICATE = "archive", "certificate"  # the Sign with choices


class BundleExportDialog(QDialog):
    """Export an evidence bundle of `case` from `archive`."""

    bundle_exported = Signal(object)  # the BundleResult

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
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else Settings()
        self.ui = Ui_BundleExportDialog()
        self.ui.setupUi(self)
        self.setModal(False)
        self._archive = archive
        self.case = case
        self.choices: dict[int, ExhibitChoice] = {}
        self.exported: BundleResult | None = None  # the last export that succeeded
        self.target: Path | None = None  # where the running (or last) export writes
        self._task: tasks.Task[Any] | None = None
        self._cancel: threading.Event | None = None  # set by Cancel (also before run_task returns)
        self._closing = False  # the window is being closed: Cancel, then close
        self._updating = False  # filling or re-ticking the list: one preview at the end
        self._loaded = False
        ui = self.ui
        self.setWindowTitle(self.tr("Export Bundle — %s") % case.reference)
        ui.caseLabel.setText(f"{case.reference} · {case.title}")
        bold = ui.caseLabel.font()
        bold.setBold(True)
        ui.caseLabel.setFont(bold)
        ui.previewLabel.setFont(bold)
        muted = "color: palette(placeholder-text);"
        self.signed_with = ""  # who signed the last export, in words
        for label in (
            ui.introLabel,
            ui.recipientNote,
            ui.batesExample,
            ui.signNote,
            ui.previewSummary,
        ):
            label.setStyleSheet(muted)
        ui.problemsLabel.setStyleSheet(f"color: {ERROR_COLOUR};")
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        from casefile.services.bundles import default_request

        defaults = default_request(case)  # what the command line starts from too
        self._fill_combos(defaults)
        ui.preparedByEdit.setText(defaults.prepared_by)
        ui.batesPrefixEdit.setText(defaults.bates_prefix)
        ui.batesStartSpin.setValue(defaults.bates_start)
        self._setup_preview()
        self._errors = FieldErrors(
            self,
            ui.formLayout,
            {
                "recipient": ui.recipientCombo,
                "language": ui.languageCombo,
                "prepared_by": ui.preparedByEdit,
                "bates_prefix": ui.batesPrefixEdit,
                "bates_start": ui.batesStartSpin,
                "certificate": ui.signCombo,
            },
            ui.errorLabel,  # under the checklist: "exhibits" and anything without a field
            shown_at={"passphrase": "certificate"},
        )
        self._setup_signing()
        ui.batesStartSpin.valueChanged.connect(lambda _v: self._errors.clear("bates_start"))
        self._connect()
        self._set_result(None)
        ui.progressBar.setVisible(False)
        self._update_bates_example()
        self._apply_recipient()
        self._update_buttons()
        ui.exhibitList.setFocus()
        self._read_exhibits()

    # --- set-up --------------------------------------------------------------------------

    def _fill_combos(self, defaults: BundleRequest) -> None:
        ui = self.ui
        names = {
            Recipient.COURT: self.tr("Court"),
            Recipient.CUSTOMS: self.tr("Customs"),
            Recipient.POLICE: self.tr("Police (public security)"),
            Recipient.PLATFORM: self.tr("E-commerce platform"),
            Recipient.INTERNAL: self.tr("Internal — not for filing"),
        }
        for recipient, name in names.items():
            ui.recipientCombo.addItem(name, recipient.value)
        ui.recipientCombo.setCurrentIndex(ui.recipientCombo.findData(str(defaults.recipient)))
        languages = {
            Language.ENGLISH: "English",
            Language.CHINESE: "中文",
            Language.BILINGUAL: self.tr("Bilingual — English and 中文"),
        }
        for language, name in languages.items():
            ui.languageCombo.addItem(name, language.value)
        # the user's own default (Settings › Bundles), else the one the recipient suggests
        chosen = self.settings.bundle_language or str(defaults.language)
        ui.languageCombo.setCurrentIndex(max(0, ui.languageCombo.findData(chosen)))

    def _setup_preview(self) -> None:
        table = self.ui.previewTable
        headers = [
            self.tr("No."),
            self.tr("Case exhibit"),
            self.tr("Description"),
            self.tr("Kind"),
            self.tr("Date"),
            self.tr("Source"),
            self.tr("SHA-256 (first 12)"),
        ]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        fit = QHeaderView.ResizeMode.ResizeToContents
        for column in (COL_POSITION, COL_EXHIBIT, COL_DATE, COL_SHA):
            header.setSectionResizeMode(column, fit)
        header.setSectionResizeMode(COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column in (COL_KIND, COL_SOURCE):  # fitted once, then the user's
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, 160)
        self._columns_fitted = False
        vertical = table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(table.fontMetrics().height() + 8)

    def _connect(self) -> None:
        ui = self.ui
        exhibits = ui.exhibitList
        exhibits.itemChanged.connect(lambda _item: self._order_changed())
        model = exhibits.model()
        model.rowsMoved.connect(lambda *_args: self._order_changed())
        model.rowsInserted.connect(lambda *_args: self._order_changed())
        model.rowsRemoved.connect(lambda *_args: self._order_changed())
        exhibits.currentRowChanged.connect(lambda _row: self._update_buttons())
        ui.moveUpButton.clicked.connect(lambda: self.move_current(-1))
        ui.moveDownButton.clicked.connect(lambda: self.move_current(1))
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), exhibits)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self.move_current(step))
        ui.selectAllButton.clicked.connect(lambda: self.set_all_checked(True))
        ui.selectNoneButton.clicked.connect(lambda: self.set_all_checked(False))
        ui.recipientCombo.currentIndexChanged.connect(lambda _i: self._apply_recipient())
        ui.languageCombo.currentIndexChanged.connect(lambda _i: self.update_preview())
        ui.batesPrefixEdit.textChanged.connect(lambda _t: self._update_bates_example())
        ui.batesStartSpin.valueChanged.connect(lambda _v: self._update_bates_example())
        ui.signCombo.currentIndexChanged.connect(lambda _i: self._sign_choice_changed())
        ui.certificateButton.clicked.connect(self.choose_certificate)
        ui.exportButton.clicked.connect(self.export)
        ui.closeButton.clicked.connect(self._close_clicked)
        ui.openButton.clicked.connect(self.open_pdf)
        ui.showFolderButton.clicked.connect(self.show_in_folder)

    # --- the exhibits --------------------------------------------------------------------

    def _read_exhibits(self) -> None:
        archive, reference = self._archive, self.case.reference
        self.ui.statusLabel.setText(self.tr("Reading the exhibits…"))

        def read(_ctx: tasks.TaskContext) -> list[ExhibitChoice]:
            from casefile.services.bundles import exhibit_choices

            return exhibit_choices(archive, reference)

        def failed(exc: Exception) -> None:
            self.ui.statusLabel.setText(self.tr("The exhibits could not be read."))
            errors.report(exc, self)

        tasks.run_task(
            read,
            on_success=self.set_choices,
            on_failure=failed,
            parent=self,
            label=self.tr("Reading exhibits"),
        )

    def set_choices(self, choices: list[ExhibitChoice]) -> None:
        """List the case's exhibits, in their own order, all ticked that may go to the
        recipient chosen."""
        self.choices = {c.exhibit_no: c for c in choices}
        exhibits = self.ui.exhibitList
        self._updating = True
        try:
            exhibits.clear()
            for choice in choices:
                item = QListWidgetItem(self._item_text(choice))
                item.setData(EXHIBIT_ROLE, choice.exhibit_no)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsDragEnabled
                )
                item.setCheckState(Qt.CheckState.Checked)
                item.setToolTip(labels.rich(self._item_tooltip(choice)))
                exhibits.addItem(item)
        finally:
            self._updating = False
        self._loaded = True
        if choices:
            exhibits.setCurrentRow(0)
        self.ui.statusLabel.setText("")
        self._apply_recipient()

    def _item_text(self, choice: ExhibitChoice) -> str:
        kind = labels.label(choice.kind)
        if choice.internal:
            kind += " " + self.tr("(internal)")
        what = " ".join(choice.description.split()) or kind
        return f"{choice.exhibit_no}. {kind} — {what}"

    def _item_tooltip(self, choice: ExhibitChoice) -> str:
        files = self.tr("%1 file(s), %2").replace("%1", str(choice.files))
        lines = [
            choice.description,
            files.replace("%2", labels.size(choice.size)),
            choice.source,
            " ".join(choice.sha256_prefixes),
        ]
        if choice.internal:
            lines.append(
                self.tr("Internal working material: it goes into an internal bundle only.")
            )
        return "\n".join(line for line in lines if line)

    def _items(self) -> list[QListWidgetItem]:
        exhibits = self.ui.exhibitList
        return [exhibits.item(row) for row in range(exhibits.count())]

    def order(self) -> list[int]:
        """Every exhibit of the case, as listed."""
        return [int(item.data(EXHIBIT_ROLE)) for item in self._items()]

    def chosen(self) -> list[int]:
        """The exhibits ticked, in bundle order."""
        return [
            int(item.data(EXHIBIT_ROLE))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
            and item.flags() & Qt.ItemFlag.ItemIsEnabled
        ]

    def item_of(self, exhibit_no: int) -> QListWidgetItem | None:
        return next((i for i in self._items() if i.data(EXHIBIT_ROLE) == exhibit_no), None)

    def set_checked(self, exhibit_no: int, checked: bool) -> None:
        item = self.item_of(exhibit_no)
        if item is not None and item.flags() & Qt.ItemFlag.ItemIsEnabled:
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def set_all_checked(self, checked: bool) -> None:
        """Select All / Select None (barred internal exhibits stay unticked)."""
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self._updating = True
        try:
            for item in self._items():
                if item.flags() & Qt.ItemFlag.ItemIsEnabled:
                    item.setCheckState(state)
                else:
                    item.setData(WANTED_ROLE, state.value)
        finally:
            self._updating = False
        self._order_changed()

    def move_current(self, step: int) -> None:
        """Move the selected exhibit one place earlier (-1) or later (1)."""
        exhibits = self.ui.exhibitList
        row = exhibits.currentRow()
        to = row + step
        if row < 0 or not 0 <= to < exhibits.count() or not exhibits.isEnabled():
            return
        self._updating = True
        try:
            item = exhibits.takeItem(row)
            exhibits.insertItem(to, item)
            exhibits.setCurrentRow(to)
        finally:
            self._updating = False
        self._order_changed()

    def move_exhibit(self, exhibit_no: int, to: int) -> None:
        """Put an exhibit at row `to` of the list, as a drag and drop does."""
        exhibits = self.ui.exhibitList
        item = self.item_of(exhibit_no)
        if item is None:
            return
        row = exhibits.row(item)
        # the model's move, as QListWidget's internal drop makes it (`rowsMoved`)
        exhibits.model().moveRow(QModelIndex(), row, QModelIndex(), to + (to > row))

    def _apply_recipient(self) -> None:
        """Bar the internal exhibits for a recipient outside the company, keeping the tick they
        had; give it back for an internal bundle."""
        recipient = self.recipient()
        external = recipient.external
        barred = 0
        self._updating = True
        try:
            for item in self._items():
                choice = self.choices.get(int(item.data(EXHIBIT_ROLE)))
                if choice is None or not choice.internal:
                    continue
                enabled = bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)
                if external:
                    barred += 1
                    if enabled:
                        item.setData(WANTED_ROLE, item.checkState().value)
                        item.setCheckState(Qt.CheckState.Unchecked)
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                elif not enabled:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEnabled)
                    wanted = item.data(WANTED_ROLE)
                    item.setCheckState(
                        Qt.CheckState(wanted) if wanted is not None else Qt.CheckState.Checked
                    )
        finally:
            self._updating = False
        if not external:
            note = self.tr("With internal exhibits and custody notes. Not for filing.")
        elif barred:
            note = self.tr(
                "Internal exhibits (%1) and custody notes are left out; choose Internal to "
                "include them."
            ).replace("%1", str(barred))
        else:
            note = self.tr("Custody notes are left out: they are internal.")
        self.ui.recipientNote.setText(note)
        self._order_changed()

    def _order_changed(self) -> None:
        if self._updating:
            return
        self._errors.clear_all()
        self.update_preview()
        self._update_buttons()

    # --- the options ---------------------------------------------------------------------

    def recipient(self) -> Recipient:
        return Recipient(self.ui.recipientCombo.currentData())

    def language(self) -> Language:
        return Language(self.ui.languageCombo.currentData())

    def set_recipient(self, recipient: Recipient | str) -> None:
        combo = self.ui.recipientCombo
        combo.setCurrentIndex(combo.findData(Recipient(recipient).value))

    def set_language(self, language: Language | str) -> None:
        combo = self.ui.languageCombo
        combo.setCurrentIndex(combo.findData(Language(language).value))

    def request(self) -> BundleRequest:
        from casefile.services.bundles import BundleRequest

        ui = self.ui
        return BundleRequest(
            case_reference=self.case.reference,
            exhibits=self.chosen(),
            language=self.language(),
            recipient=self.recipient(),
            prepared_by=ui.preparedByEdit.text(),
            bates_prefix=ui.batesPrefixEdit.text(),
            bates_start=ui.batesStartSpin.value(),
        )

    def _update_bates_example(self) -> None:
        prefix = self.ui.batesPrefixEdit.text().strip()
        first = f"{prefix}{self.ui.batesStartSpin.value():0{BATES_DIGITS}d}"
        self.ui.batesExample.setText(self.tr("The cover is page %s.") % first)

    # --- the preview ---------------------------------------------------------------------

    def update_preview(self) -> None:
        """The index as the bundle will print it, for the exhibits ticked, in their order."""
        language = self.language()
        table = self.ui.previewTable
        chosen = [self.choices[n] for n in self.chosen() if n in self.choices]
        table.setRowCount(len(chosen))
        for row, choice in enumerate(chosen):
            description = " ".join(choice.description.split())
            cells = {
                COL_POSITION: str(row + 1),
                COL_EXHIBIT: str(choice.exhibit_no),
                COL_DESCRIPTION: description,
                COL_KIND: term(KINDS, choice.kind, language),
                COL_DATE: labels.day(choice.obtained_on, "—"),
                COL_SOURCE: choice.source or "—",
                COL_SHA: ", ".join(choice.sha256_prefixes),
            }
            for column, text in cells.items():
                cell = QTableWidgetItem(text)
                if column in (COL_DESCRIPTION, COL_KIND, COL_SOURCE, COL_SHA):
                    cell.setToolTip(labels.rich(text))
                table.setItem(row, column, cell)
        self.ui.previewSummary.setText(self._summary(chosen))
        if self.isVisible():
            self._fit_columns()

    def _fit_columns(self) -> None:
        """The kind and source columns to their contents, once, leaving the description at
        least half of the table's width."""
        table = self.ui.previewTable
        if self._columns_fitted or not table.rowCount():
            return
        self._columns_fitted = True
        header = table.horizontalHeader()
        cap = max(MIN_FITTED_WIDTH, min(MAX_FITTED_WIDTH, table.viewport().width() // 6))
        for column in (COL_KIND, COL_SOURCE):
            wanted = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
            header.resizeSection(column, min(wanted + 8, cap))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_columns()

    def _summary(self, chosen: list[ExhibitChoice]) -> str:
        if not self._loaded:
            return ""
        if not self.choices:
            return self.tr("The case has no exhibits yet: add them with Case › Add Evidence….")
        if not chosen:
            return self.tr("Tick at least one exhibit.")
        files = sum(c.files for c in chosen)
        size = labels.size(sum(c.size for c in chosen))
        text = self.tr("%1 exhibit(s), %2 file(s), %3")
        return text.replace("%1", str(len(chosen))).replace("%2", str(files)).replace("%3", size)

    def preview_rows(self) -> list[list[str]]:
        """The preview's cells, row by row (for tests and the screenshot)."""
        table = self.ui.previewTable
        return [
            [item.text() if (item := table.item(r, c)) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())
        ]

    # --- signing -------------------------------------------------------------------------

    def _setup_signing(self) -> None:
        combo = self.ui.signCombo
        combo.addItem(self.tr("This archive's own key"), SIGN_ARCHIVE)
        combo.addItem(self.tr("My certificate"), SIGN_CERTIFICATE)
        # Wide enough for its longest choice, whatever the translation.
        combo.setMinimumContentsLength(max(len(combo.itemText(i)) for i in range(combo.count())))
        mine = self.settings.sign_with_certificate and self.settings.bundle_certificate
        combo.setCurrentIndex(combo.findData(SIGN_CERTIFICATE if mine else SIGN_ARCHIVE))
        self._update_sign_note()

    @property
    def certificate(self) -> Path | None:
        """The certificate chosen (remembered across sessions), signing with it or not."""
        return self.settings.bundle_certificate

    def signs_with_certificate(self) -> bool:
        return self.ui.signCombo.currentData() == SIGN_CERTIFICATE

    def set_sign_with_certificate(self, mine: bool) -> None:
        combo = self.ui.signCombo
        combo.setCurrentIndex(combo.findData(SIGN_CERTIFICATE if mine else SIGN_ARCHIVE))

    def _sign_choice_changed(self) -> None:
        mine = self.signs_with_certificate()
        if mine and self.certificate is None and not self.choose_certificate():
            # nothing chosen: the archive's key still (quietly: a refusal stays shown)
            combo = self.ui.signCombo
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(SIGN_ARCHIVE))
            combo.blockSignals(False)
            mine = False
        self.settings.sign_with_certificate = mine
        self._update_sign_note()

    def _update_sign_note(self) -> None:
        if self.signs_with_certificate() and self.certificate is not None:
            text = (
                self.tr(
                    "Signed in your name with %s: its passphrase is asked for at each export "
                    "and never stored."
                )
                % self.certificate.name
            )
            self.ui.signNote.setToolTip(str(self.certificate))
        else:
            text = self.tr(
                "Signed with a key this archive keeps: verify-bundle --archive tells its "
                "bundles from re-made ones. Readers show it as not vouched for by an "
                "authority; choose your certificate to sign in your name."
            )
            self.ui.signNote.setToolTip("")
        self.ui.signNote.setText(text)

    def _ask_certificate_path(self, start: Path | None) -> Path | None:
        """The PKCS#12 file the user picks, None if they cancelled. Tests replace this."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose Your Certificate"),
            str(start.parent if start else Path.home()),
            self.tr("Certificates with their key (*.p12 *.pfx);;All files (*)"),
        )
        return Path(chosen) if chosen else None

    def _ask_passphrase(self, certificate: Path, again: bool) -> bytes | None:
        """The certificate's passphrase, None if the user cancelled. Tests replace this."""
        prompt = (
            self.tr("That passphrase does not open %s. Passphrase:")
            if again
            else self.tr("Passphrase of %s:")
        ) % certificate.name
        text, accepted = QInputDialog.getText(
            self, self.tr("Sign the Bundle"), prompt, QLineEdit.EchoMode.Password
        )
        return text.encode() if accepted else None

    def choose_certificate(self) -> bool:
        """Choose Certificate…: pick a PKCS#12 file; a file that is not one (or holds no key,
        or has expired) is refused under the field. True when one was chosen."""
        from casefile.services.bundles import certificate_signer

        path = self._ask_certificate_path(self.certificate)
        if path is None:
            return False
        try:
            certificate_signer(path, None)
        except ValidationError as exc:
            if exc.field != "passphrase":  # protected is as it should be; the rest is not
                self._errors.show(exc)
                return False
        except CasefileError as exc:
            self._errors.show(exc)
            return False
        self._errors.clear("certificate")
        self.settings.bundle_certificate = path
        self.set_sign_with_certificate(True)
        self.settings.sign_with_certificate = True
        self._update_sign_note()
        return True

    def _signer(self) -> tuple[BundleSigner | None, str] | None:
        """(who signs, in words) for the export: None for the archive's key; the certificate
        with the passphrase the user gives. None when the user cancelled or the certificate
        cannot sign (said under the field)."""
        from casefile.services.bundles import certificate_signer

        path = self.certificate
        if not self.signs_with_certificate():
            return None, self.tr("this archive's own key")
        if path is None:
            self._errors.show(ValidationError("certificate", self.tr("choose a certificate")))
            return None
        passphrase: bytes | None = None  # first without: the file may have none
        asked = 0
        while True:
            try:
                signer, identity = certificate_signer(path, passphrase)
                return signer, f"{identity.subject} ({path.name})"
            except ValidationError as exc:
                if exc.field != "passphrase" or asked == 2:  # asked twice: said, not again
                    self._errors.show(exc)
                    return None
            passphrase = self._ask_passphrase(path, again=asked > 0)
            asked += 1
            if passphrase is None:
                return None

    # --- exporting -----------------------------------------------------------------------

    @property
    def exporting(self) -> bool:
        return self._cancel is not None

    def _ask_output_path(self, suggested: Path) -> Path | None:
        """Where to save: the user's choice, None if they cancelled. Tests replace this."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save Bundle As"), str(suggested), self.tr("PDF files (*.pdf)")
        )
        return Path(chosen) if chosen else None

    def export(self) -> None:
        """Ask where to save, then write the bundle in the background."""
        if self.exporting or not self.chosen():
            return
        from casefile.services.bundles import default_output_path

        self._errors.clear_all()
        request = self.request()
        signing = self._signer()
        if signing is None:
            return
        signer, signed_with = signing
        suggested = default_output_path(self._archive, self.case.reference, self.recipient())
        path = self._ask_output_path(suggested)
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        archive = self._archive
        cancel = threading.Event()
        self._cancel = cancel
        self.target = path
        self.signed_with = signed_with
        self.exported = None
        self._set_result(None)
        self._set_busy(True)

        def write(ctx: tasks.TaskContext) -> BundleResult:
            from casefile.services.bundles import export_bundle

            return export_bundle(
                archive,
                request,
                path,
                progress=ctx.progress,
                cancelled=lambda: ctx.token() or cancel.is_set(),
                signer=signer,
            )

        task = tasks.run_task(
            write,
            on_success=self._succeeded,
            on_failure=self._failed,
            on_progress=self._progress,
            on_discard=self._discard,
            parent=self,
            label=self.tr("Exporting bundle"),
        )
        if task.running:
            self._task = task
            task.finished.connect(self._finished)
        else:  # already done (tests run tasks inline)
            self._finished()

    def cancel_export(self) -> None:
        """Stop the export running; nothing of it is kept."""
        if self._cancel is None or self._cancel.is_set():
            return
        self._cancel.set()
        if self._task is not None:
            self._task.cancel()
        self.ui.statusLabel.setText(self.tr("Cancelling…"))
        self.ui.closeButton.setEnabled(False)

    def _progress(self, done: int, total: int, label: str) -> None:
        if self._cancel is None or self._cancel.is_set():
            return
        bar = self.ui.progressBar
        bar.setMaximum(max(1, total))
        bar.setValue(done)
        stages = {  # the core says them in the bundle's language; the window in its own
            say(key, language): text
            for language in Language
            for key, text in (
                ("progress_assembling", self.tr("Assembling the pages…")),
                ("progress_stamping", self.tr("Stamping page numbers…")),
                ("progress_writing", self.tr("Writing the PDF…")),
                ("progress_signing", self.tr("Signing the bundle…")),
            )
        }
        if label in stages:
            text = stages[label]
        elif label:
            text = self.tr("Preparing %s…") % label
        else:
            text = self.tr("Laying out the index and the manifest…")
        self.ui.statusLabel.setText(text)

    def _succeeded(self, result: BundleResult) -> None:
        if self._cancel is not None and self._cancel.is_set():  # finished as Cancel was pressed
            self._discard(result)
            return
        self._end_export()
        self.exported = result
        self._set_result(result)
        self.ui.statusLabel.setText(self.tr("Exported."))
        self.ui.openButton.setFocus()  # what comes next, as a rule
        self.bundle_exported.emit(result)

    def _discard(self, result: BundleResult) -> None:
        """The export finished although it was cancelled: the PDF goes, as Cancel promised."""
        try:
            result.path.unlink(missing_ok=True)
        except OSError as exc:
            errors.report(CasefileError(f"could not remove {result.path} ({exc})"), self)

    def _failed(self, exc: Exception) -> None:
        self._end_export()
        if isinstance(exc, ValidationError):
            self._errors.show(exc)
            self.ui.statusLabel.setText(self.tr("Not exported: see the message above."))
            return
        self.ui.statusLabel.setText(self.tr("Not exported: %s") % errors.describe(exc))
        errors.report(exc, self)

    def _finished(self) -> None:
        """After the task's result, error or cancellation: still exporting means cancelled."""
        if self.exporting:
            self._end_export()
            self.ui.statusLabel.setText(self.tr("Cancelled: no bundle was written."))

    def _end_export(self) -> None:
        self._task = None
        self._cancel = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        ui = self.ui
        for widget in (
            ui.exhibitList,
            ui.optionsBox,
            ui.exportButton,
            ui.selectAllButton,
            ui.selectNoneButton,
        ):
            widget.setEnabled(not busy)
        ui.progressBar.setVisible(busy)
        if busy:
            ui.progressBar.setRange(0, 0)  # busy until the first report
            ui.statusLabel.setText(self.tr("Exporting…"))
        ui.closeButton.setText(self.tr("Cancel") if busy else self.tr("Close"))
        ui.closeButton.setToolTip(self.tr("Stop the export; nothing is written") if busy else "")
        ui.closeButton.setEnabled(True)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        idle = not self.exporting
        row = ui.exhibitList.currentRow()
        ui.moveUpButton.setEnabled(idle and row > 0)
        ui.moveDownButton.setEnabled(idle and 0 <= row < ui.exhibitList.count() - 1)
        ui.exportButton.setEnabled(idle and self._loaded and bool(self.chosen()))
        done = idle and self.exported is not None
        ui.openButton.setEnabled(done)
        ui.showFolderButton.setEnabled(done)

    def _set_result(self, result: BundleResult | None) -> None:
        ui = self.ui
        ui.resultFrame.setVisible(result is not None)
        if result is None:
            self._update_buttons()
            return
        text = self.tr("Saved %1 — %2 pages, %3 exhibit(s), in %4 s.")
        text = (
            text.replace("%1", str(result.path))
            .replace("%2", f"{result.pages:,}")
            .replace("%3", str(len(result.manifest.exhibits)))
            .replace("%4", f"{result.seconds:.1f}")
        )
        ui.resultLabel.setText(
            text
            + "\n"
            + self.tr("Manifest SHA-256: %s") % result.manifest_sha256
            + "\n"
            + self.tr("Signed with %s.") % self.signed_with
        )
        problems = list(result.problems)
        ui.problemsLabel.setVisible(bool(problems))
        ui.problemsList.setVisible(bool(problems))
        ui.problemsList.clear()
        if problems:
            ui.problemsLabel.setText(
                self.tr(
                    "%1 file(s) could not be shown on paper: a placeholder page stands in for "
                    "each, and the manifest lists it with its SHA-256."
                ).replace("%1", str(len(problems)))
            )
            ui.problemsList.addItems(problems)
        self._update_buttons()

    # --- after the export ----------------------------------------------------------------

    def open_pdf(self) -> None:
        if self.exported is None:
            return
        path = self.exported.path
        if not path.exists():
            errors.show_error(
                self, self.tr("Open PDF"), self.tr("The file is no longer there: %s") % path
            )
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            errors.show_error(
                self, self.tr("Open PDF"), self.tr("No program opened %s.") % path.name
            )

    def show_in_folder(self) -> None:
        if self.exported is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.exported.path.parent)))

    # --- closing -------------------------------------------------------------------------

    def _close_clicked(self) -> None:
        if self.exporting:
            self.cancel_export()
        else:
            self.close()

    def reject(self) -> None:
        """Esc cancels a running export (the window stays); otherwise closes."""
        if self.exporting:
            self.cancel_export()
            if not self._closing:
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window stops a running export."""
        self._closing = True
        try:
            super().closeEvent(event)  # calls reject()
        finally:
            self._closing = False

    def abandon(self) -> None:
        """The archive is being closed: stop any export and close."""
        if self.exporting:
            self.cancel_export()
        self.done(QDialog.DialogCode.Rejected)

    # --- for tests -----------------------------------------------------------------------

    @property
    def status_text(self) -> str:
        return self.ui.statusLabel.text()

    @property
    def general_error(self) -> str:
        return self._errors.general_error

    def error_for(self, field: str) -> str:
        return self._errors.error_for(field)

"""The Verify Bundle dialog (File › Verify Bundle…): composes `forms/verify_bundle.ui` and checks
a PDF evidence bundle through `services.bundles.verify_bundle`, the command line's
`verify-bundle`, in the background — for a paralegal or counsel holding a bundle they made, or
one received back from a court.

The PDF comes from Choose… or is dropped on the dialog; either starts the check, as Verify does.
With an archive open in the window, "Also re-hash every listed file against this archive" is
ticked: every file the manifest lists is then re-hashed from the archive's store, and the
signer's key compared with the archive's own. The archive is asked of the window
(`archive_of`) when the check starts and whenever the dialog comes to the front, so the dialog
follows the window to another archive; `abandon()` (the window lets go of its archive) stops a
check that uses it.

The check runs as a read task: the progress bar follows the pages and then the files, and
Cancel (or Esc) stops it, leaving the dialog as it was before. The verdict stays in the dialog:
a large OK or FAILED line (words and a mark, its colour only repeating them), the bundle's facts
from its manifest, the signature, the problems and each exhibit's checks. A damaged or foreign
file is a FAILED verdict with its reason (the core does not raise for those); any other error is
said in the status line and goes to the app's error reporting, never as a traceback.

Copy Report and Save Report… give the whole verdict as plain text: the lines
`services.bundle_report` lays out for the command line too, after a line saying when and against
what it was checked.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QColor, QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QTreeWidgetItem,
    QWidget,
)

from casefile import __version__
from casefile.errors import CasefileError
from casefile.ui import errors, i18n, tasks
from casefile.ui.dialogs.field_errors import ERROR_COLOUR
from casefile.ui.file_drops import FileDrops
from casefile.ui.forms.verify_bundle_ui import Ui_VerifyBundleDialog

if TYPE_CHECKING:
    from casefile.export.signing import SignatureCheck
    from casefile.export.verify import BundleVerdict
    from casefile.store.archive import Archive

OK_COLOUR, OK_BACKGROUND = "#1b5e20", "#e3f4e4"  # the case list's "open" colours
FAILED_COLOUR, FAILED_BACKGROUND = ERROR_COLOUR, "#fdecea"  # the fields' error colour
FACT_WIDTH = 260  # pixels: a fact longer than this is shortened, whole in its tooltip
OK_MARK, FAILED_MARK = "✔", "✘"  # said in words beside them; the mark is for the eye


class VerifyBundleDialog(QDialog):
    """Check a bundle's PDF; `archive_of()` is the archive open in the window (or None)."""

    def __init__(
        self,
        archive_of: Callable[[], Archive | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_VerifyBundleDialog()
        self.ui.setupUi(self)
        self.setModal(False)
        self._archive_of = archive_of
        self._archive: Archive | None = None  # the one the check box is about
        self.verdict: BundleVerdict | None = None  # the last verdict shown
        self.checked_with: Path | None = None  # the archive that verdict re-hashed against
        self.checked_at: datetime | None = None
        self._task: tasks.Task[Any] | None = None
        self._cancel: threading.Event | None = None  # set by Cancel
        self._running_archive: Archive | None = None  # the archive the running check reads
        self._closing = False
        ui = self.ui
        muted = "color: palette(placeholder-text);"
        ui.introLabel.setStyleSheet(muted)
        ui.archiveNote.setStyleSheet(muted)
        ui.verdictNote.setStyleSheet(muted)
        big = ui.verdictLabel.font()
        big.setBold(True)
        big.setPointSizeF(big.pointSizeF() * 1.5)
        ui.verdictLabel.setFont(big)
        bold = ui.problemsLabel.font()
        bold.setBold(True)
        ui.problemsLabel.setFont(bold)
        ui.checksLabel.setFont(bold)
        ui.problemsLabel.setStyleSheet(f"color: {FAILED_COLOUR};")
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        ui.shaValue.setFont(fixed)
        ui.checksTree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # wraps
        ui.progressBar.setVisible(False)
        self._drops = FileDrops(self, accepts=lambda: not self.verifying)
        self._drops.watch(self, ui.pathEdit, ui.problemsList, ui.checksTree)
        self._drops.dropped.connect(self._dropped)
        ui.chooseButton.clicked.connect(self.choose_file)
        ui.verifyButton.clicked.connect(self.verify)
        ui.copyButton.clicked.connect(self.copy_report)
        ui.saveButton.clicked.connect(self.save_report)
        ui.closeButton.clicked.connect(self._close_clicked)
        ui.pathEdit.textChanged.connect(lambda _text: self._update_buttons())
        ui.pathEdit.returnPressed.connect(self.verify)
        self._set_result(None)
        self.refresh_archive()
        self._update_buttons()
        ui.pathEdit.setFocus()

    # --- the bundle and the archive ------------------------------------------------------

    @property
    def path(self) -> Path | None:
        """The PDF typed or chosen; quotes from a copied path are left out."""
        text = self.ui.pathEdit.text().strip().strip('"').strip("'")
        return Path(text).expanduser() if text else None

    def set_path(self, path: Path) -> None:
        self.ui.pathEdit.setText(str(path))

    def _ask_bundle_path(self, start: Path) -> Path | None:
        """The PDF the user picks, None if they cancelled. Tests replace this."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the Bundle to Verify"),
            str(start),
            self.tr("PDF files (*.pdf);;All files (*)"),
        )
        return Path(chosen) if chosen else None

    def choose_file(self) -> None:
        """Choose…: pick the PDF, then check it."""
        if self.verifying:
            return
        current = self.path
        if current is not None and current.parent.is_dir():
            start = current.parent
        elif self._archive is not None and (self._archive.path / "exports").is_dir():
            start = self._archive.path / "exports"
        else:
            start = Path.home()
        chosen = self._ask_bundle_path(start)
        if chosen is not None:
            self.set_path(chosen)
            self.verify()

    def _dropped(self, paths: list[Path]) -> None:
        """A file dropped on the dialog is checked at once (the first PDF of several)."""
        pdfs = [p for p in paths if p.suffix.lower() == ".pdf"]
        self.set_path((pdfs or paths)[0])
        self.verify()

    def refresh_archive(self) -> None:
        """Follow the window's archive: the box is ticked when one comes, off without one."""
        self._follow(self._archive_of())

    def _follow(self, archive: Archive | None) -> None:
        ui = self.ui
        if archive is not self._archive:
            self._archive = archive
            ui.archiveCheck.setChecked(archive is not None)
        ui.archiveCheck.setEnabled(archive is not None and not self.verifying)
        if archive is None:
            ui.archiveNote.setText(
                self.tr(
                    "No archive is open: the bundle is checked on its own. Open the archive it "
                    "was made from to re-hash the original files and to tell its key."
                )
            )
            ui.archiveNote.setToolTip("")
        else:
            ui.archiveNote.setText(
                self.tr("Archive: %s — the files are re-hashed from its store.")
                % _archive_name(archive.path)
            )
            ui.archiveNote.setToolTip(str(archive.path))

    def uses_archive(self) -> bool:
        return self._archive is not None and self.ui.archiveCheck.isChecked()

    # --- checking ------------------------------------------------------------------------

    @property
    def verifying(self) -> bool:
        return self._cancel is not None

    def verify(self) -> None:
        """Check the bundle in the background."""
        if self.verifying:
            return
        self.refresh_archive()
        path = self.path
        if path is None:
            self.ui.statusLabel.setText(self.tr("Choose a bundle first."))
            return
        archive = self._archive if self.uses_archive() else None
        cancel = threading.Event()
        self._cancel = cancel
        self._running_archive = archive
        self._set_result(None)
        self._set_busy(True)

        def check(ctx: tasks.TaskContext) -> BundleVerdict:
            from casefile.services.bundles import verify_bundle

            return verify_bundle(
                path,
                archive,
                progress=ctx.progress,
                cancelled=lambda: ctx.token() or cancel.is_set(),
            )

        def succeeded(verdict: BundleVerdict) -> None:
            self._end()
            self.checked_with = archive.path if archive is not None else None
            self.checked_at = datetime.now().astimezone()
            self._set_result(verdict)
            self.ui.statusLabel.setText(self.tr("Checked."))

        task = tasks.run_task(
            check,
            on_success=succeeded,
            on_failure=self._failed,
            on_progress=self._progress,
            parent=self,
            label=self.tr("Verifying bundle"),
        )
        if task.running:
            self._task = task
            task.finished.connect(self._finished)
        else:  # already done (tests run tasks inline)
            self._finished()

    def cancel_check(self) -> None:
        """Stop the check running; the dialog stays as it was before it."""
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
        if label == "checking pages":  # reported every few pages, from the first
            text = self.tr("Checking page %1 of %2…").replace("%1", f"{done + 1:,}")
        else:  # a file's name: it is being re-hashed
            text = self.tr("Re-hashing %3 (file %1 of %2)…")
            text = text.replace("%3", label).replace("%1", f"{done:,}")
        self.ui.statusLabel.setText(text.replace("%2", f"{total:,}"))

    def _failed(self, exc: Exception) -> None:
        """Something the core did not expect (it says what is wrong with a bundle itself)."""
        self._end()
        self.ui.statusLabel.setText(self.tr("Not verified: %s") % errors.describe(exc))
        errors.report(exc, self)

    def _finished(self) -> None:
        """After the verdict or the error, or once cancelled: still running means cancelled."""
        if self.verifying:
            self._end()
            self.ui.statusLabel.setText(self.tr("Cancelled: the bundle was not checked."))

    def _end(self) -> None:
        self._task = None
        self._cancel = None
        self._running_archive = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        ui = self.ui
        for widget in (ui.pathEdit, ui.chooseButton, ui.verifyButton):
            widget.setEnabled(not busy)
        ui.archiveCheck.setEnabled(not busy and self._archive is not None)
        ui.progressBar.setVisible(busy)
        if busy:
            ui.progressBar.setRange(0, 0)  # busy until the first report
            ui.statusLabel.setText(self.tr("Checking…"))
        ui.closeButton.setText(self.tr("Cancel") if busy else self.tr("Close"))
        ui.closeButton.setToolTip(self.tr("Stop the check") if busy else "")
        ui.closeButton.setEnabled(True)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        idle = not self.verifying
        ui.verifyButton.setEnabled(idle and self.path is not None)
        ui.copyButton.setEnabled(idle and self.verdict is not None)
        ui.saveButton.setEnabled(idle and self.verdict is not None)

    # --- the verdict ---------------------------------------------------------------------

    def _set_result(self, verdict: BundleVerdict | None) -> None:
        self.verdict = verdict
        ui = self.ui
        ui.resultFrame.setVisible(verdict is not None)
        if verdict is None:
            self._update_buttons()
            return
        from casefile.services.bundle_report import problem_count

        if verdict.ok:
            headline = self.tr("%1  OK — nothing in this bundle changed since it was made")
            mark, colour, background = OK_MARK, OK_COLOUR, OK_BACKGROUND
        else:
            headline = self.tr("%1  FAILED — %n problem(s) found", "", problem_count(verdict))
            mark, colour, background = FAILED_MARK, FAILED_COLOUR, FAILED_BACKGROUND
        ui.verdictLabel.setText(headline.replace("%1", mark))
        ui.verdictLabel.setStyleSheet(
            f"color: {colour}; background: {background}; border-radius: 4px; padding: 6px 10px;"
        )
        ui.verdictNote.setText(self._checked_note(verdict))
        has_facts = verdict.manifest is not None
        ui.bundleBox.setVisible(has_facts)
        ui.signatureBox.setVisible(has_facts and verdict.signature is not None)
        for widget in (ui.shaCaption, ui.shaValue):
            widget.setVisible(has_facts)
        if has_facts:
            self._show_facts(verdict)
        if verdict.signature is not None:
            self._show_signature(verdict.signature)
        ui.problemsList.clear()
        for problem in verdict.problems:
            item = QListWidgetItem(f"{FAILED_MARK} {problem}")
            item.setForeground(QColor(FAILED_COLOUR))
            item.setToolTip(problem)
            ui.problemsList.addItem(item)
        ui.problemsLabel.setText(self.tr("Problems (%s)") % f"{len(verdict.problems):,}")
        # As high as its lines once wrapped, up to eight.
        metrics = ui.problemsList.fontMetrics()
        width = max(ui.problemsList.viewport().width(), 600) - 24
        wrapped = sum(
            max(1, -(-metrics.horizontalAdvance(f"{FAILED_MARK} {p}") // width))
            for p in verdict.problems
        )
        rows = min(8, max(1, wrapped))
        line = metrics.lineSpacing() + 4
        ui.problemsList.setMaximumHeight(rows * line + 2 * ui.problemsList.frameWidth() + 4)
        ui.problemsLabel.setVisible(bool(verdict.problems))
        ui.problemsList.setVisible(bool(verdict.problems))
        self._show_checks(verdict)
        self._update_buttons()

    def _checked_note(self, verdict: BundleVerdict) -> str:
        name = verdict.path.name
        if verdict.manifest is None:
            return self.tr("%s could not be checked as a bundle:") % name
        if self.checked_with is not None:
            note = self.tr("%1, checked against the archive %2: every listed file re-hashed.")
            return note.replace("%1", name).replace("%2", _archive_name(self.checked_with))
        note = self.tr("%1, checked on its own: the original files were not re-hashed.")
        return note.replace("%1", name)

    def _show_facts(self, verdict: BundleVerdict) -> None:
        manifest = verdict.manifest
        assert manifest is not None
        ui = self.ui
        case = manifest.case_reference
        if manifest.case_title:
            case += " · " + manifest.case_title
        _say(ui.caseValue, case, ok=None)
        _say(ui.recipientValue, self._recipient(manifest.recipient), ok=None)
        pages = self.tr("%1 pages, %2 exhibit(s)")
        pages = pages.replace("%1", f"{manifest.total_pages:,}")
        _say(ui.pagesValue, pages.replace("%2", f"{len(manifest.exhibits):,}"), ok=None)
        made = self.tr("%1 by %2").replace("%1", _moment(manifest.created_at))
        _say(ui.madeValue, made.replace("%2", manifest.prepared_by or "?"), ok=None)
        ui.shaValue.setText(verdict.manifest_sha256 or "")

    def _recipient(self, value: str) -> str:
        names = {
            "court": self.tr("Court"),
            "customs": self.tr("Customs"),
            "police": self.tr("Police (public security)"),
            "platform": self.tr("E-commerce platform"),
            "internal": self.tr("Internal — not for filing"),
        }
        return names.get(value, value)

    def _show_signature(self, signature: SignatureCheck) -> None:
        from casefile.services.bundle_report import signature_intact, signed_when

        ui = self.ui
        yes = self.tr("Yes")
        if not signature.signed:
            _say(ui.signerValue, self.tr("Nobody: the bundle is not signed"), ok=None)
            for value in (ui.signedAtValue, ui.intactValue, ui.wholeFileValue):
                _say(value, "—", ok=None)
            _say(ui.archiveKeyValue, "—", ok=None)
            return
        _say(ui.signerValue, signature.signer or self.tr("unknown (damaged)"), ok=None)
        _say(ui.signedAtValue, _moment(signed_when(signature)), ok=None)
        if signature_intact(signature):
            _say(ui.intactValue, yes, ok=True)
        elif not signature.signer:
            _say(ui.intactValue, self.tr("No — the signature is damaged"), ok=False)
        else:
            _say(ui.intactValue, self.tr("No — the file changed after it was signed"), ok=False)
        if signature.covers_whole_file:
            _say(ui.wholeFileValue, yes, ok=True)
        else:
            added = self.tr("No — %s bytes were added after it was signed")
            _say(ui.wholeFileValue, added % f"{signature.bytes_after:,}", ok=False)
        if self.checked_with is None:
            _say(ui.archiveKeyValue, self.tr("Not checked (no archive used)"), ok=None)
        elif signature.by_archive_key:
            _say(ui.archiveKeyValue, self.tr("Yes — made by this archive"), ok=True)
        elif signature.by_archive_key is None:
            _say(ui.archiveKeyValue, self.tr("No — this archive has not signed a bundle"), None)
        else:
            _say(ui.archiveKeyValue, self.tr("No — signed elsewhere, or re-made"), ok=None)

    def _show_checks(self, verdict: BundleVerdict) -> None:
        """The bundle's own checks, then each exhibit with what was found for it; what
        failed is open, what passed folded."""
        tree = self.ui.checksTree
        tree.clear()
        self.ui.checksLabel.setVisible(verdict.manifest is not None)
        tree.setVisible(verdict.manifest is not None)
        if verdict.manifest is None:
            return
        whole = QTreeWidgetItem([self.tr("The bundle as a whole")])
        for finding in verdict.findings:
            whole.addChild(_line(f"{OK_MARK} {finding}", ok=True))
        for problem in verdict.problems:
            whole.addChild(_line(f"{FAILED_MARK} {problem}", ok=False))
        _mark(whole, not verdict.problems)
        tree.addTopLevelItem(whole)
        whole.setExpanded(not verdict.problems)  # its problems are listed above the tree
        for exhibit in verdict.exhibits:
            verdict_word = self.tr("OK") if exhibit.ok else self.tr("FAILED")
            title = (
                self.tr("Exhibit %1 (case exhibit #%2) %3: %4")
                .replace("%1", str(exhibit.position))
                .replace("%2", str(exhibit.exhibit_no))
                .replace("%3", " ".join(exhibit.description.split())[:80])
                .replace("%4", verdict_word)
            )
            item = QTreeWidgetItem([title])
            for finding in exhibit.findings:
                item.addChild(_line(finding, ok=None))
            _mark(item, exhibit.ok)
            tree.addTopLevelItem(item)
            item.setExpanded(not exhibit.ok)

    # --- the report ----------------------------------------------------------------------

    def report_text(self) -> str:
        """The verdict as plain text: when and against what it was checked, then the lines
        the command line prints."""
        from casefile.services.bundle_report import report_text, verdict_report

        verdict = self.verdict
        if verdict is None:
            return ""
        when = self.checked_at.strftime("%Y-%m-%d %H:%M %Z") if self.checked_at else "?"
        if self.checked_with is not None:
            how = self.tr("against the archive %s") % self.checked_with
        else:
            how = self.tr("on its own (no archive)")
        head = (
            self.tr("Bundle verification by Casefile %1, %2, %3")
            .replace("%1", __version__)
            .replace("%2", when)
            .replace("%3", how)
        )
        hint = self.tr("open its archive and tick “Also re-hash”")
        lines = verdict_report(verdict, self.checked_with is not None, archive_hint=hint)
        return head + "\n\n" + report_text(lines)

    def copy_report(self) -> None:
        text = self.report_text()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.ui.statusLabel.setText(self.tr("The report is on the clipboard."))

    def _ask_report_path(self, suggested: Path) -> Path | None:
        """Where to save the report, None if the user cancelled. Tests replace this."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save Report As"), str(suggested), self.tr("Text files (*.txt)")
        )
        return Path(chosen) if chosen else None

    def save_report(self) -> None:
        verdict = self.verdict
        if verdict is None:
            return
        suggested = verdict.path.with_name(verdict.path.stem + " - verification.txt")
        if not suggested.parent.is_dir():
            suggested = Path.home() / suggested.name
        path = self._ask_report_path(suggested)
        if path is None:
            return
        if not path.suffix:
            path = path.with_name(path.name + ".txt")
        try:
            path.write_text(self.report_text(), encoding="utf-8")
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self.ui.statusLabel.setText(self.tr("The report was not saved."))
            errors.report(CasefileError(f"could not write {path} ({reason})"), self)
            return
        self.ui.statusLabel.setText(self.tr("Report saved to %s.") % path)

    # --- closing -------------------------------------------------------------------------

    def _close_clicked(self) -> None:
        if self.verifying:
            self.cancel_check()
        else:
            self.close()

    def reject(self) -> None:
        """Esc cancels a running check (the window stays); otherwise closes."""
        if self.verifying:
            self.cancel_check()
            if not self._closing:
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        """Closing the window stops a running check."""
        self._closing = True
        try:
            super().closeEvent(event)  # calls reject()
        finally:
            self._closing = False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        """Brought to the front: the window may have opened another archive meanwhile."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.refresh_archive()
        elif i18n.is_language_change(event):  # the form's words anew, the path typed kept
            i18n.retranslate_widget(self)

    def abandon(self) -> None:
        """The window lets go of its archive: a check reading it stops; the dialog stays, and
        follows the window to the next one (asked once the window has it)."""
        if self._running_archive is not None:
            self.cancel_check()
        self._follow(None)
        QTimer.singleShot(0, self, self.refresh_archive)

    # --- for tests -----------------------------------------------------------------------

    @property
    def status_text(self) -> str:
        return self.ui.statusLabel.text()


def _archive_name(path: Path) -> str:
    return path.stem if path.suffix == ".casefile" else path.name


def _moment(iso: str) -> str:
    """An ISO time as a reader writes it: "2026-11-21 14:03 UTC" (as given when unreadable)."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    offset = moment.utcoffset()
    if offset is None:
        return f"{moment:%Y-%m-%d %H:%M}"
    return f"{moment:%Y-%m-%d %H:%M} " + ("UTC" if not offset else f"{moment:%z}")


def _say(label: QLabel, text: str, ok: bool | None) -> None:
    """A fact; one that passed or failed a check in its colour (the words say it too). A long
    one is shortened on one line, whole in its tooltip (wrapped labels in a form squeeze)."""
    shown = label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, FACT_WIDTH)
    label.setText(shown)
    label.setToolTip(text if shown != text else "")
    colour = {True: OK_COLOUR, False: FAILED_COLOUR, None: ""}[ok]
    label.setStyleSheet(f"color: {colour};" if colour else "")


def _line(text: str, ok: bool | None) -> QTreeWidgetItem:
    item = QTreeWidgetItem([text])
    item.setToolTip(0, text)
    if ok is False:
        item.setForeground(0, QColor(FAILED_COLOUR))
    return item


def _mark(item: QTreeWidgetItem, ok: bool) -> None:
    """A heading of the checks: OK or FAILED in its words, in bold and its colour."""
    font = QFont(item.font(0))
    font.setBold(True)
    item.setFont(0, font)
    item.setForeground(0, QColor(OK_COLOUR if ok else FAILED_COLOUR))
    item.setText(0, f"{OK_MARK if ok else FAILED_MARK} {item.text(0)}")

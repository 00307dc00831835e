"""The main window: the case list on the left (search, status filter, sortable table), the
selected case on the right. Composes the compiled form `forms/main_window.ui`.

Everything that reads or writes the archive goes through `casefile.ui.tasks`: the archive is
opened, the ids of the list are queried and a case's detail is read off the GUI thread. Only the
table model's page fetches (one indexed query of 200 rows) run on the GUI thread, as Anki does.
This module imports no SQL library: `casefile.services` and `casefile.store` are imported inside
the operations, so the window paints before they are loaded.

Where there is no archive yet, the window creates one only when told to (the command line does
for the default archive) or after asking the user. Switching archives or closing the window never
waits on the GUI thread: reads of the old archive are abandoned (their results ignored), and the
old archive is closed on the write thread once the writes queued before have finished.
"""

from __future__ import annotations

import platform
import sys
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, QUrl, Signal, qVersion
from PySide6.QtGui import QCloseEvent, QDesktopServices, QIcon, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStyle,
    QWidget,
)

from casefile import __version__, logfile
from casefile.errors import CasefileError, NotFoundError
from casefile.store.rows import CaseDetail, CaseSummary
from casefile.ui import errors, icons, labels, tasks
from casefile.ui.dialogs.case_editor import CaseEditor
from casefile.ui.forms.main_window_ui import Ui_MainWindow
from casefile.ui.models.case_table import (
    COL_COUNSEL,
    COL_DEADLINE,
    COL_EVIDENCE,
    COL_PRIORITY,
    COL_REFERENCE,
    COL_ROUTES,
    COL_STATUS,
    COL_TITLE,
    CaseTableModel,
)
from casefile.ui.settings import Settings

if TYPE_CHECKING:
    from casefile.store.archive import Archive

T = TypeVar("T")

SEARCH_DELAY_MS = 250
OPEN_FALLBACK_MS = 1000  # open the archive even if no paint arrives (e.g. started minimised)
ARCHIVE_DATABASE = "archive.sqlite"  # casefile.store.archive.DB_NAME, without importing SQLAlchemy


def archive_display_name(path: Path) -> str:
    return path.stem if path.suffix == ".casefile" else path.name


def is_archive(path: Path) -> bool:
    """Whether `path` holds an archive (a cheap check; opening it tells for sure)."""
    return (path / ARCHIVE_DATABASE).is_file()


def short_path(path: Path) -> str:
    """`~/Documents/Cases.casefile` for a path in the user's home folder."""
    try:
        return str(Path("~") / path.resolve().relative_to(Path.home().resolve()))
    except ValueError:
        return str(path)


class MainWindow(QMainWindow):
    """The case list and the selected case. Open an archive with `open_archive(path)`."""

    archive_opened = Signal(object)  # the archive's Path
    archive_failed = Signal(str)  # what the user was told
    cases_loaded = Signal(int)  # number of cases in the list
    case_shown = Signal(int)  # id of the case now in the detail pane

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.settings = settings if settings is not None else Settings()
        self.archive: Archive | None = None
        self._owns_archive = False
        self._list_task: tasks.Task[list[int]] | None = None
        self._detail_task: tasks.Task[CaseDetail] | None = None
        self._open_task: tasks.Task[Archive] | None = None
        self._reads: set[tasks.Task[Any]] = set()  # every read of the open archive
        self._pending_open: tuple[Path, bool] | None = None
        self.editor: CaseEditor | None = None

        self.model = CaseTableModel(parent=self)
        self.ui.caseTable.setModel(self.model)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

        self.setWindowIcon(icons.app_icon())
        self._setup_actions()
        self._setup_filters()
        self._setup_table()
        self._archive_label = QLabel(self)
        self._archive_label.setTextFormat(Qt.TextFormat.PlainText)
        self._archive_label.setStyleSheet("color: palette(placeholder-text); padding: 0 6px;")
        self.ui.statusBar.addPermanentWidget(self._archive_label)
        self.ui.countLabel.setStyleSheet("color: palette(placeholder-text);")
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self._connect()
        self._restore_settings()
        self._update_title()
        self._set_archive_actions(False)

    # --- set-up --------------------------------------------------------------------------

    def _setup_actions(self) -> None:
        ui = self.ui
        ui.actionNewCase.setIcon(
            icons.themed(QIcon.ThemeIcon.DocumentNew, QStyle.StandardPixmap.SP_FileIcon)
        )
        ui.actionNewCase.setShortcuts(QKeySequence.StandardKey.New)
        ui.actionOpenArchive.setIcon(
            icons.themed(QIcon.ThemeIcon.DocumentOpen, QStyle.StandardPixmap.SP_DirOpenIcon)
        )
        ui.actionRefresh.setIcon(
            icons.themed(QIcon.ThemeIcon.ViewRefresh, QStyle.StandardPixmap.SP_BrowserReload)
        )
        ui.actionRefresh.setShortcuts([QKeySequence("F5"), QKeySequence("Ctrl+R")])
        # Windows has no standard Quit key: keep the form's Ctrl+Q there
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
        ui.actionQuit.setShortcuts(quit_keys or [QKeySequence("Ctrl+Q")])
        ui.actionFind.setShortcuts(QKeySequence.StandardKey.Find)
        ui.actionAbout.setIcon(
            icons.themed(QIcon.ThemeIcon.HelpAbout, QStyle.StandardPixmap.SP_MessageBoxInformation)
        )
        ui.toolBar.setIconSize(ui.toolBar.iconSize() * 0.85)

    def _setup_filters(self) -> None:
        combo = self.ui.statusFilter
        combo.addItem(self.tr("All statuses"), "")
        combo.addItem(self.tr("Open"), "open")
        combo.addItem(self.tr("On hold"), "on_hold")
        combo.addItem(self.tr("Closed"), "closed")

    def _setup_table(self) -> None:
        table = self.ui.caseTable
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSortIndicatorShown(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(40)
        metrics = table.fontMetrics()
        pad = 26

        def width(sample: str) -> int:
            return metrics.horizontalAdvance(sample) + pad

        widths = {
            COL_REFERENCE: width("CF-2026-00000"),
            COL_TITLE: width("M" * 17),
            COL_ROUTES: width("Admin., Platform"),
            COL_STATUS: width("On hold"),
            COL_PRIORITY: width("Priority"),
            COL_DEADLINE: width("⚠ 2026-00-00"),
            COL_EVIDENCE: width("Evidence"),
            COL_COUNSEL: width("M" * 7),
        }
        for column, size in widths.items():
            header.resizeSection(column, size)
        # the title takes the room left; the other columns keep the width the user gives them
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        vertical = table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(metrics.height() + 10)

    def _connect(self) -> None:
        ui = self.ui
        ui.actionNewCase.triggered.connect(self.new_case)
        ui.actionOpenArchive.triggered.connect(self.choose_archive)
        ui.actionRefresh.triggered.connect(self.refresh)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionFind.triggered.connect(self._focus_search)
        ui.actionAbout.triggered.connect(self.about)
        ui.actionShowLog.triggered.connect(self._show_log_folder)
        ui.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        ui.searchEdit.returnPressed.connect(self._search_now)
        self._search_timer.timeout.connect(lambda: self.reload())
        ui.statusFilter.currentIndexChanged.connect(lambda _index: self.reload())
        self.model.sort_requested.connect(lambda _key, _desc: self.reload())
        selection = ui.caseTable.selectionModel()
        selection.currentRowChanged.connect(self._current_row_changed)
        ui.detailPane.case_link_clicked.connect(self.show_reference)

    def _restore_settings(self) -> None:
        s = self.settings
        if s.window_geometry is not None:
            self.restoreGeometry(s.window_geometry)
        if s.window_state is not None:
            self.restoreState(s.window_state)
        if s.splitter_state is not None:
            self.ui.splitter.restoreState(s.splitter_state)
        else:
            self.ui.splitter.setSizes([1100, 900])  # 55:45 of whatever width
        header = self.ui.caseTable.horizontalHeader()
        if s.case_table_header is None or not header.restoreState(s.case_table_header):
            header.setSortIndicator(COL_REFERENCE, Qt.SortOrder.DescendingOrder)  # newest first
        index = self.ui.statusFilter.findData(s.status_filter)
        self.ui.statusFilter.setCurrentIndex(max(index, 0))
        self.ui.detailPane.set_current_tab(s.detail_tab)
        # enabling sorting asks the model to sort by the header's indicator (restored or not)
        self.ui.caseTable.setSortingEnabled(True)

    def save_settings(self) -> None:
        s = self.settings
        s.window_geometry = self.saveGeometry()
        s.window_state = self.saveState()
        s.splitter_state = self.ui.splitter.saveState()
        s.case_table_header = self.ui.caseTable.horizontalHeader().saveState()
        s.status_filter = self.ui.statusFilter.currentData() or ""
        s.detail_tab = self.ui.detailPane.current_tab()
        s.sync()

    # --- the archive ---------------------------------------------------------------------

    def open_archive_after_paint(self, path: Path, create: bool = False) -> None:
        """Open `path` once the window has painted (start-up: the window appears at once); see
        `open_archive` for `create`."""
        self._pending_open = (Path(path), create)
        self.ui.detailPane.show_message(self.tr("Opening %s…") % archive_display_name(Path(path)))
        QTimer.singleShot(OPEN_FALLBACK_MS, self._open_pending)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._pending_open is not None:
            QTimer.singleShot(0, self._open_pending)

    def _open_pending(self) -> None:
        if self._pending_open is not None:
            path, create = self._pending_open
            self._pending_open = None
            self.open_archive(path, create)

    def open_archive(self, path: Path, create: bool = False) -> tasks.Task[Archive] | None:
        """Open (and migrate) the archive at `path` in the background.

        Where there is no archive, a new one is created with `create`; without it the user is
        asked first. None if the user said no: the archive open before (if any) stays open.
        """
        path = Path(path)
        creating = not is_archive(path)
        if creating and not create:
            if not self._ask_to_create(path):
                self._creation_declined(path)
                return None
            create = True
        if self._open_task is not None:
            self._open_task.cancel()  # the latest choice wins
        self._close_archive()
        name = archive_display_name(path)
        self.ui.detailPane.show_message(self.tr("Opening %s…") % name)
        self.ui.statusBar.showMessage(self.tr("Opening %s…") % short_path(path))
        self._archive_label.setText(short_path(path))

        def open_it(_ctx: tasks.TaskContext) -> Archive:
            from casefile.store.archive import Archive

            return Archive.open(path, create=create)

        self._open_task = tasks.run_task(
            open_it,
            on_success=lambda archive: self.set_archive(archive, owned=True),
            on_failure=lambda exc: self._archive_failed(path, exc, creating),
            on_discard=lambda archive: archive.close(),  # opened after all, but not wanted
            parent=self,
            label=self.tr("Opening archive"),
        )
        return self._open_task

    def _ask_to_create(self, path: Path) -> bool:
        text = (
            self.tr("There is no Casefile archive at %s. Create a new, empty archive there?") % path
        )
        answer = QMessageBox.question(
            self,
            self.tr("Create an archive?"),
            labels.rich(text),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,  # a mistyped path must not become an archive
        )
        return answer == QMessageBox.StandardButton.Yes

    def _creation_declined(self, path: Path) -> None:
        if self.archive is not None:  # File › Open Archive…: the open archive stays
            self.ui.statusBar.showMessage(
                self.tr("Nothing was created at %s.") % short_path(path), 8000
            )
            return
        self._pending_open = None
        self._archive_label.setText("")
        self._update_title()
        self.ui.statusBar.showMessage(self.tr("No archive is open."))
        self.ui.detailPane.show_message(
            self.tr(
                "No archive is open.\n\n"
                "There is no Casefile archive at %s.\n\n"
                "Open an archive with File › Open Archive… (Ctrl+O). To start a new archive, "
                "choose an empty folder there."
            )
            % path
        )

    def set_archive(self, archive: Archive, owned: bool = False) -> None:
        """Show `archive`; with `owned`, the window closes it when done with it."""
        if self.archive is not None and self.archive is not archive:
            self._close_archive()
        self.archive = archive
        self._owns_archive = owned
        self.settings.last_archive = archive.path
        self._archive_label.setText(short_path(archive.path))
        self._archive_label.setToolTip(str(archive.path))
        self.ui.statusBar.clearMessage()
        self._update_title()
        self._set_archive_actions(True)

        def fetch(ids: list[int]) -> list[CaseSummary]:
            from casefile.services import cases

            return cases.case_summaries(archive, ids)

        self.model.set_fetcher(fetch)
        self.archive_opened.emit(archive.path)
        self.reload(select_first=True)

    def _archive_failed(self, path: Path, exc: Exception, creating: bool = False) -> None:
        if isinstance(exc, CasefileError):
            reason = errors.describe(exc)
        elif isinstance(exc, OSError):
            reason = f"{exc.strerror or exc} ({path})"
        else:
            errors.report(exc, self)  # a bug: logged with its traceback
            reason = self.tr("An unexpected problem stopped Casefile from opening it.")
        if creating:
            text = self.tr("Could not create an archive at %s.") % path
        else:
            text = self.tr("Could not open the archive %s.") % archive_display_name(path)
        self.ui.detailPane.show_message(
            f"{text}\n\n{reason}\n\n"
            + self.tr("Choose another archive with File › Open Archive… (Ctrl+O).")
        )
        self.ui.statusBar.showMessage(text)
        self._archive_label.setText("")
        self._update_title()
        if isinstance(exc, CasefileError | OSError):
            errors.show_error(self, self.tr("Could not open the archive"), text, reason)
        self.archive_failed.emit(reason)

    def _close_archive(self) -> None:
        """Let go of the archive without waiting: its reads are abandoned, and an archive this
        window opened is closed once the writes queued before have finished (they are never cut
        short; their results are still delivered)."""
        for task in list(self._reads):
            task.cancel()
        self._reads.clear()
        self.model.set_fetcher(None)
        if self.editor is not None and not self.editor.saving:
            self.editor.reject()  # it would write to the archive being closed
        archive = self.archive
        if archive is not None and self._owns_archive:

            def close_it(_ctx: tasks.TaskContext) -> None:
                archive.close()

            def not_closed(exc: Exception) -> None:  # nobody to tell: the window has moved on
                logfile.log_exception(exc, f"closing {archive.path}")

            tasks.run_task(
                close_it,
                on_failure=not_closed,
                write=True,  # in the write queue: after the writes to it, off the GUI thread
                label=self.tr("Closing archive"),
            )
        self.archive = None
        self._owns_archive = False
        self._set_archive_actions(False)
        self._update_title()

    def _read(
        self,
        op: Callable[[tasks.TaskContext], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[Exception], None] | None = None,
        label: str = "",
    ) -> tasks.Task[T]:
        """Run a read of the open archive; closing the archive abandons it."""
        task = tasks.run_task(
            op, on_success=on_success, on_failure=on_failure, parent=self, label=label
        )
        if task.running:
            self._reads.add(task)
            task.finished.connect(lambda: self._reads.discard(task))
        return task

    def _set_archive_actions(self, enabled: bool) -> None:
        for widget in (
            self.ui.actionNewCase,
            self.ui.actionRefresh,
            self.ui.searchEdit,
            self.ui.statusFilter,
        ):
            widget.setEnabled(enabled)

    def _update_title(self) -> None:
        if self.archive is not None:
            name = archive_display_name(self.archive.path)
            self.setWindowTitle(self.tr("%s — Casefile") % name)
        else:
            self.setWindowTitle(self.tr("Casefile"))

    def choose_archive(self) -> None:
        """File › Open Archive…: starts in the folder of the archive open now, or last opened."""
        last = self.archive.path if self.archive else self.settings.last_archive
        start = str(last.parent if last is not None and last.parent.is_dir() else Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Open Archive"), start)
        if chosen:
            self.open_archive(Path(chosen), create=False)

    # --- the list ------------------------------------------------------------------------

    def search_text(self) -> str:
        return self.ui.searchEdit.text().strip()

    def status_filter(self) -> str | None:
        return self.ui.statusFilter.currentData() or None

    def filtering(self) -> bool:
        return bool(self.search_text() or self.status_filter())

    def _search_now(self) -> None:
        self._search_timer.stop()
        self.reload()

    def _focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def reload(self, select_id: int | None = None, select_first: bool = False) -> None:
        """Query the ids of the list again (filter and sort in SQL), keeping the selection."""
        archive = self.archive
        if archive is None:
            return
        self._search_timer.stop()
        keep = select_id if select_id is not None else self.current_case_id()
        text, status = self.search_text(), self.status_filter()
        sort, descending = self.model.sort_key, self.model.descending
        if self._list_task is not None:
            self._list_task.cancel()

        def query(_ctx: tasks.TaskContext) -> list[int]:
            from casefile.services import cases

            return cases.case_ids(archive, text, status, sort, descending)

        self._list_task = self._read(
            query,
            lambda ids: self._ids_loaded(ids, keep, select_first),
            label=self.tr("Loading cases"),
        )

    def _ids_loaded(self, ids: list[int], keep: int | None, select_first: bool) -> None:
        self.model.set_ids(ids)
        self._update_count()
        kept = keep is not None and self.select_case(keep)
        if not kept and select_first and ids:
            self._select_row(0)
        elif not kept:
            self._show_nothing_selected()
        self.cases_loaded.emit(len(ids))

    def _update_count(self) -> None:
        count = self.model.rowCount()
        if self.filtering():
            text = labels.plural("cases_match", count) if count else self.tr("No case matches")
        else:
            text = labels.plural("cases", count) if count else ""
        self.ui.countLabel.setText(text)

    def _show_nothing_selected(self) -> None:
        pane = self.ui.detailPane
        if self.model.rowCount():
            pane.show_message(self.tr("Select a case in the list to see its file."))
        elif self.filtering():
            pane.show_message(
                self.tr(
                    "No case matches this search.\n\n"
                    "Search looks in the reference, title, brand, product line and counsel. "
                    "Clear the search field or choose “All statuses” to see every case."
                )
            )
        else:
            pane.show_message(
                self.tr(
                    "This archive has no cases yet.\n\n"
                    "Create the first one with File › New Case… (Ctrl+N): one case per target, "
                    "such as a seller, a factory, a website or a network."
                )
            )

    def current_case_id(self) -> int | None:
        index = self.ui.caseTable.selectionModel().currentIndex()
        if not index.isValid():
            return None
        return self.model.id_at(index.row())

    def select_case(self, case_id: int) -> bool:
        """Select a case if it is in the list; False if the filter hides it."""
        row = self.model.row_of(case_id)
        if row is None:
            return False
        self._select_row(row)
        return True

    def _select_row(self, row: int) -> None:
        table = self.ui.caseTable
        index = self.model.index(row, COL_REFERENCE)
        table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        case_id = self.model.id_at(current.row()) if current.isValid() else None
        if case_id is None:
            self._show_nothing_selected()
            return
        self.load_detail(case_id)

    # --- the detail pane -----------------------------------------------------------------

    def load_detail(self, case_id: int) -> None:
        archive = self.archive
        if archive is None:
            return
        if self._detail_task is not None:
            self._detail_task.cancel()

        def read(_ctx: tasks.TaskContext) -> CaseDetail:
            from casefile.services import cases

            return cases.case_detail_by_id(archive, case_id)

        self._detail_task = self._read(
            read, self._detail_loaded, self._detail_failed, label=self.tr("Reading case")
        )

    def _detail_loaded(self, detail: CaseDetail) -> None:
        self.ui.detailPane.show_case(detail)
        self.case_shown.emit(detail.id)

    def _detail_failed(self, exc: Exception) -> None:
        if isinstance(exc, NotFoundError):
            self.ui.detailPane.show_message(
                self.tr("This case is no longer in the archive. Refresh the list (F5).")
            )
        else:
            errors.report(exc, self)

    def show_reference(self, reference: str) -> None:
        """Select the case with this reference (from an "also in: CF-…" link)."""
        archive = self.archive
        if archive is None:
            return

        def find(_ctx: tasks.TaskContext) -> int | None:
            from casefile.services import cases

            for summary in cases.case_summaries(archive, cases.case_ids(archive, reference)):
                if summary.reference == reference:
                    return summary.id
            return None

        self._read(find, self._go_to_case, label=self.tr("Finding case"))

    def _go_to_case(self, case_id: int | None) -> None:
        if case_id is None:
            self.ui.statusBar.showMessage(self.tr("That case is no longer in the archive."), 5000)
        elif not self.select_case(case_id):
            self._clear_filters()
            self.reload(select_id=case_id)

    def _clear_filters(self) -> None:
        for widget in (self.ui.searchEdit, self.ui.statusFilter):
            widget.blockSignals(True)
        self.ui.searchEdit.clear()
        self.ui.statusFilter.setCurrentIndex(0)
        for widget in (self.ui.searchEdit, self.ui.statusFilter):
            widget.blockSignals(False)
        self._search_timer.stop()

    # --- actions -------------------------------------------------------------------------

    def refresh(self) -> None:
        self.model.refresh_rows()
        self.reload()
        case_id = self.current_case_id()
        if case_id is not None:
            self.load_detail(case_id)

    def new_case(self) -> CaseEditor | None:
        """Open the New Case dialog (non-blocking); returns it."""
        if self.archive is None:
            return None
        if self.editor is not None and self.editor.isVisible():
            self.editor.raise_()
            self.editor.activateWindow()
            return self.editor
        archive = self.archive
        editor = CaseEditor(archive, self)
        editor.case_created.connect(lambda summary: self._case_created(summary, archive))
        editor.finished.connect(editor.deleteLater)
        editor.destroyed.connect(lambda *_: setattr(self, "editor", None))
        self.editor = editor
        editor.open()
        return editor

    def _case_created(self, summary: CaseSummary, archive: Archive) -> None:
        if archive is not self.archive:  # written to an archive closed meanwhile
            name = archive_display_name(archive.path)
            self.ui.statusBar.showMessage(
                self.tr("Created %s in %s") % (summary.reference, name), 8000
            )
            return
        self.ui.statusBar.showMessage(
            self.tr("Created %s: %s") % (summary.reference, summary.title), 8000
        )
        if self.filtering():
            self._clear_filters()  # the new case must be visible and selected
        self.reload(select_id=summary.id)

    def about(self) -> QMessageBox:
        archive = str(self.archive.path) if self.archive else self.tr("none")
        log = logfile.log_file()
        box = QMessageBox(self)
        box.setObjectName("aboutBox")
        box.setWindowTitle(self.tr("About Casefile"))
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setText(f"<h3>Casefile {__version__}</h3>")
        box.setInformativeText(
            self.tr(
                "<p>A case-file manager for in-house IP enforcement counsel: cases, "
                "proceedings, infringers, evidence with its chain of custody, deadlines and "
                "money, kept in one archive folder that works offline.</p>"
                "<p>Archive: %1<br/>Log file: %2</p>"
                "<p><small>Qt %3 · PySide6 %4 · Python %5 · %6<br/>"
                "Chinese text: WenQuanYi Micro Hei (Apache License 2.0).</small></p>"
            )
            .replace("%1", escape(archive))
            .replace("%2", escape(str(log)) if log else "—")
            .replace("%3", qVersion())
            .replace("%4", pyside_version)
            .replace("%5", platform.python_version())
            .replace("%6", sys.platform)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.open()
        return box

    def _show_log_folder(self) -> None:
        log = logfile.log_file()
        if log is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(log.parent)))

    # --- closing -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Returns at once: the archive is closed after its writes; `casefile.ui.app.run` waits
        for them (once, bounded) when the app quits."""
        self.save_settings()
        self._search_timer.stop()
        self._pending_open = None
        if self._open_task is not None:
            self._open_task.cancel()  # an archive opened after all is closed by on_discard
        self._close_archive()
        super().closeEvent(event)

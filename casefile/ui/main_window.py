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
from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
    qVersion,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QCursor,
    QDesktopServices,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStyle,
    QTextBrowser,
    QWidget,
)

from casefile import __version__, logfile
from casefile.errors import CasefileError, NotFoundError
from casefile.store.rows import CaseDetail, CaseSummary
from casefile.ui import errors, icons, labels, tasks
from casefile.ui.dialogs.bundle_export import BundleExportDialog
from casefile.ui.dialogs.case_editor import CaseEditor
from casefile.ui.dialogs.close_case import CloseCaseDialog
from casefile.ui.dialogs.custody_entry import CustodyEntryDialog
from casefile.ui.dialogs.deadline_editor import DeadlineEditor
from casefile.ui.dialogs.evidence_intake import EvidenceIntakeDialog, FileDrops
from casefile.ui.dialogs.flagged_cases import FlaggedCasesDialog
from casefile.ui.dialogs.prior_penalty import PriorPenaltyDialog
from casefile.ui.dialogs.transfer_step import TransferStepDialog
from casefile.ui.dialogs.write_dialog import WriteDialog
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
    from casefile.services.assessment import FlaggedCase
    from casefile.services.case_view import CaseView
    from casefile.store.archive import Archive
    from casefile.store.rows import TransferRow

T = TypeVar("T")

SEARCH_DELAY_MS = 250
SCREEN_SHARE = 0.9  # a first window takes at most this much of the screen, each way
# Columns other than the title fit their contents within these bounds (px); the title stretches.
COLUMN_BOUNDS = {
    COL_REFERENCE: (60, 160),
    COL_ROUTES: (60, 170),
    COL_STATUS: (50, 110),
    COL_PRIORITY: (50, 100),
    COL_DEADLINE: (70, 130),
    COL_EVIDENCE: (40, 90),
    COL_COUNSEL: (60, 150),
}
FIT_SAMPLE_ROWS = 200  # rows measured to fit the columns: one page, already fetched to show it
# Shown in the detail pane (the routes beside the badges, the count on the Evidence tab), and
# hidden at first: on a 1366 px laptop the other columns, fitted, leave the title ~70 px with
# them. The header's context menu shows them again.
HIDDEN_AT_FIRST = (COL_ROUTES, COL_EVIDENCE)
ALWAYS_SHOWN = (COL_REFERENCE, COL_TITLE)
OPEN_FALLBACK_MS = 1000  # open the archive even if no paint arrives (e.g. started minimised)
ARCHIVE_DATABASE = "archive.sqlite"  # casefile.store.archive.DB_NAME, without importing SQLAlchemy


def archive_display_name(path: Path) -> str:
    return path.stem if path.suffix == ".casefile" else path.name


def is_archive(path: Path) -> bool:
    """Whether `path` holds an archive (a cheap check; opening it tells for sure)."""
    return (path / ARCHIVE_DATABASE).is_file()


def fitted_geometry(available: QRect, preferred: QSize, minimum: QSize) -> QRect:
    """A first window: `preferred` (the form's size) where the screen has room, else
    SCREEN_SHARE of the screen's available area (never below `minimum`), centred on it."""
    width = min(preferred.width(), int(available.width() * SCREEN_SHARE))
    height = min(preferred.height(), int(available.height() * SCREEN_SHARE))
    size = QSize(max(width, minimum.width()), max(height, minimum.height()))
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(available.center())
    return rect


def fits_on_a_screen(rect: QRect, screens: list[QRect], tolerance: int = 8) -> bool:
    """Whether `rect` lies within one of the screens' available areas (a few pixels of frame
    outside are fine): a geometry saved on a larger or disconnected monitor does not."""
    return any(
        screen.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(rect)
        for screen in screens
    )


def screen_areas() -> list[QRect]:
    """The available area (without task bars and docks) of every screen now connected."""
    return [screen.availableGeometry() for screen in QGuiApplication.screens()]


def current_screen_area() -> QRect | None:
    """The available area of the screen a new window appears on: the one under the mouse."""
    screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


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
        self._preferred_size = self.size()  # the form's: the size on a large screen
        self.settings = settings if settings is not None else Settings()
        self.archive: Archive | None = None
        self._owns_archive = False
        self._list_task: tasks.Task[list[int]] | None = None
        self._detail_task: tasks.Task[CaseView] | None = None
        self._open_task: tasks.Task[Archive] | None = None
        self._reads: set[tasks.Task[Any]] = set()  # every read of the open archive
        self._pending_open: tuple[Path, bool] | None = None
        self.editor: CaseEditor | None = None
        self.stepper: TransferStepDialog | None = None
        self.penalty_dialog: PriorPenaltyDialog | None = None
        self.deadline_editor: DeadlineEditor | None = None
        self.flagged_dialog: FlaggedCasesDialog | None = None
        self._flagged_task: tasks.Task[Any] | None = None
        self.flagged_count: int | None = None  # None: not counted (yet)
        self.closer: CloseCaseDialog | None = None
        self._columns_fitted = False  # fitted to the contents once, unless the user's widths

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
        self._setup_evidence()
        self._setup_bundle_export()
        self._restore_settings()
        self._update_title()
        self._set_archive_actions(False)
        self._update_case_actions(None)

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
        ui.actionEditCase.setIcon(
            icons.themed(
                QIcon.ThemeIcon.DocumentProperties, QStyle.StandardPixmap.SP_FileDialogDetailedView
            )
        )
        ui.actionCloseCase.setIcon(
            icons.themed(QIcon.ThemeIcon.MailMarkRead, QStyle.StandardPixmap.SP_DialogApplyButton)
        )
        ui.actionReopenCase.setIcon(
            icons.themed(QIcon.ThemeIcon.DocumentRevert, QStyle.StandardPixmap.SP_ArrowBack)
        )
        ui.actionFlaggedCases.setIcon(
            icons.themed(QIcon.ThemeIcon.DialogWarning, QStyle.StandardPixmap.SP_MessageBoxWarning)
        )
        ui.actionCopyReference.setIcon(
            icons.themed(QIcon.ThemeIcon.EditCopy, QStyle.StandardPixmap.SP_FileLinkIcon)
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
        # The title takes the room left; the other columns fit their contents once (see
        # `fit_columns`) and then keep the widths the user gives them (saved in the settings).
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        vertical = table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(table.fontMetrics().height() + 10)
        # how many rows `sizeHintForColumn` measures: the first page, never the whole archive
        vertical.setResizeContentsPrecision(FIT_SAMPLE_ROWS)
        self.fit_columns()  # to the headers, until there are rows
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: self.columns_menu().popup(header.mapToGlobal(pos))
        )

    def columns_menu(self) -> QMenu:
        """The header's context menu: which columns the list shows."""
        header = self.ui.caseTable.horizontalHeader()
        menu = QMenu(self)
        menu.setObjectName("columnsMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        menu.addSection(self.tr("Columns"))
        for column in range(self.model.columnCount()):
            if column in ALWAYS_SHOWN:
                continue
            action = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, column=column: self.show_column(column, on))
        menu.addSeparator()
        fit = menu.addAction(self.tr("Fit Columns to Contents"))
        fit.triggered.connect(self.fit_columns)
        return menu

    def show_column(self, column: int, shown: bool = True) -> None:
        header = self.ui.caseTable.horizontalHeader()
        if column in ALWAYS_SHOWN or header.isSectionHidden(column) != shown:
            return
        header.setSectionHidden(column, not shown)
        if shown:
            self.fit_columns([column])

    def fit_columns(self, columns: list[int] | None = None) -> None:
        """Size every column but the title (or `columns`) to its header and the rows of the
        first page, within COLUMN_BOUNDS; the title stretches over the rest."""
        table = self.ui.caseTable
        header = table.horizontalHeader()
        for column, (low, high) in COLUMN_BOUNDS.items():
            if columns is not None and column not in columns:
                continue
            wanted = max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
            header.resizeSection(column, max(low, min(high, wanted)))

    def _connect(self) -> None:
        ui = self.ui
        ui.actionNewCase.triggered.connect(self.new_case)
        ui.actionOpenArchive.triggered.connect(self.choose_archive)
        ui.actionRefresh.triggered.connect(self.refresh)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionFind.triggered.connect(self._focus_search)
        ui.actionAbout.triggered.connect(self.about)
        ui.actionShowLog.triggered.connect(self._show_log_folder)
        ui.actionEditCase.triggered.connect(lambda: self.edit_case())
        ui.actionCloseCase.triggered.connect(lambda: self.close_case())
        ui.actionReopenCase.triggered.connect(lambda: self.reopen_case())
        ui.actionCopyReference.triggered.connect(lambda: self.copy_reference())
        ui.detailPane.ui.thresholdsPanel.step_requested.connect(self.record_transfer_step)
        ui.detailPane.ui.thresholdsPanel.penalty_requested.connect(self.record_prior_penalty)
        ui.actionFlaggedCases.triggered.connect(lambda: self.show_flagged_cases())
        ui.detailPane.ui.deadlinesPanel.add_requested.connect(lambda: self.add_deadline())
        ui.detailPane.ui.deadlinesPanel.status_requested.connect(self.set_deadline_status)
        ui.caseTable.customContextMenuRequested.connect(self._show_case_menu)
        ui.caseTable.doubleClicked.connect(
            lambda index: self.edit_case(self.model.id_at(index.row()))
        )
        ui.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        ui.searchEdit.returnPressed.connect(self._search_now)
        self._search_timer.timeout.connect(lambda: self.reload())
        ui.statusFilter.currentIndexChanged.connect(lambda _index: self.reload())
        self.model.sort_requested.connect(lambda _key, _desc: self.reload())
        selection = ui.caseTable.selectionModel()
        selection.currentRowChanged.connect(self._current_row_changed)
        ui.detailPane.case_link_clicked.connect(self.show_reference)
        ui.detailPane.search_requested.connect(self.search_for)
        ui.detailPane.detail_changed.connect(self._update_case_actions)

    def _restore_settings(self) -> None:
        s = self.settings
        self.fit_to_screen()
        if s.window_geometry is not None and self.restoreGeometry(s.window_geometry):
            maximised = self.windowState() & (
                Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
            )
            if not maximised and not fits_on_a_screen(self.geometry(), screen_areas()):
                self.fit_to_screen()  # saved on a larger monitor, or one no longer there
        if s.window_state is not None:
            self.restoreState(s.window_state)
        if s.splitter_state is not None:
            self.ui.splitter.restoreState(s.splitter_state)
        else:
            self.ui.splitter.setSizes([1000, 1000])  # half and half of whatever width
        header = self.ui.caseTable.horizontalHeader()
        if s.case_table_header is not None and header.restoreState(s.case_table_header):
            self._columns_fitted = True  # the user's widths
            header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSortIndicator(COL_REFERENCE, Qt.SortOrder.DescendingOrder)  # newest first
            for column in HIDDEN_AT_FIRST:
                header.setSectionHidden(column, True)
        index = self.ui.statusFilter.findData(s.status_filter)
        self.ui.statusFilter.setCurrentIndex(max(index, 0))
        self.ui.detailPane.set_current_tab(s.detail_tab)
        # enabling sorting asks the model to sort by the header's indicator (restored or not)
        self.ui.caseTable.setSortingEnabled(True)

    def fit_to_screen(self, available: QRect | None = None) -> None:
        """The first-run size and place: the form's size where the screen has room, else most
        of `available` (default: the screen under the mouse pointer), centred."""
        if available is None:
            available = current_screen_area()
            if available is None:
                return
        self.setGeometry(fitted_geometry(available, self._preferred_size, self.minimumSizeHint()))

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
        asked first. None if the user said no: the archive open before (if any) stays open. The
        archive open before stays open and shown until the new one has opened, and stays if it
        cannot be opened (a folder of other files, an archive from a newer version).
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
        if self.archive is None:
            self._close_archive()
            self.ui.detailPane.show_message(self.tr("Opening %s…") % archive_display_name(path))
            self._archive_label.setText(short_path(path))
        # else the open archive stays until this one has opened (`set_archive` closes it)
        self.ui.statusBar.showMessage(self.tr("Opening %s…") % short_path(path))

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
        self.reload()
        self.refresh_flagged()

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
        if self.archive is not None:  # the archive open before stays open, as it was shown
            kept = self.tr("%s is still open.") % archive_display_name(self.archive.path)
            self.ui.statusBar.showMessage(f"{text} {kept}")
            if isinstance(exc, CasefileError | OSError):
                errors.show_error(self, self.tr("Could not open the archive"), text, reason)
            self.archive_failed.emit(reason)
            return
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
        for dialog in self._write_dialogs():
            if dialog is not None and not dialog.saving:
                dialog.reject()  # it would write to the archive being closed
        self._close_evidence_dialogs()
        if self.bundle_dialog is not None:
            self.bundle_dialog.abandon()  # an export running is cancelled
        self._show_flagged_count(None)
        if self.flagged_dialog is not None:
            self.flagged_dialog.show_cases([])
            self.flagged_dialog.show_failure(self.tr("No archive is open."))
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
            self.ui.actionFlaggedCases,
        ):
            widget.setEnabled(enabled)
        self.ui.detailPane.ui.deadlinesPanel.set_writable(enabled)
        self._update_case_actions(self.ui.detailPane.detail if enabled else None)

    def _update_case_actions(self, detail: CaseDetail | None) -> None:
        """The case actions act on the case shown: enabled when there is one; Close Case for
        a case not closed yet, Reopen Case for one closed or on hold."""
        ui = self.ui
        shown = detail is not None and self.archive is not None
        status = detail.status if detail is not None and shown else ""
        ui.actionEditCase.setEnabled(shown)
        ui.actionCopyReference.setEnabled(shown)
        ui.actionCloseCase.setEnabled(shown and status != "closed")
        ui.actionCloseCase.setVisible(status != "closed")
        ui.actionReopenCase.setEnabled(shown and status in ("closed", "on_hold"))
        ui.actionReopenCase.setVisible(status in ("closed", "on_hold"))
        ui.actionAddEvidence.setEnabled(shown)
        ui.actionRecordCustody.setEnabled(shown and detail is not None and bool(detail.evidence))
        self.actionExportBundle.setEnabled(shown and detail is not None and bool(detail.evidence))

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

    def reload(self, select_id: int | None = None, must_show: bool = False) -> None:
        """Query the ids of the list again (filter and sort in SQL), keeping the selection.

        The case `select_id` (default: the one selected) stays selected and in view if it is
        among the results; otherwise the list starts at the top with the first case selected.
        With `must_show`, a search or filter that hides `select_id` is cleared instead.
        """
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
            lambda ids: self._ids_loaded(ids, keep, must_show),
            label=self.tr("Loading cases"),
        )

    def _ids_loaded(self, ids: list[int], keep: int | None, must_show: bool = False) -> None:
        self.model.set_ids(ids)
        self._update_count()
        if ids and not self._columns_fitted:
            self.fit_columns()
            self._columns_fitted = True
        if keep is not None and self.select_case(keep):
            pass  # selected and scrolled into view
        elif must_show and keep is not None and self.filtering():
            self._clear_filters()  # the case just saved must be visible
            self.reload(select_id=keep)
            return
        elif ids:  # a new search: its results from the top
            self.ui.caseTable.scrollToTop()
            self._select_row(0)
        else:
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
                    "Search looks in the reference, title, brand, product line, counsel, summary "
                    "and tags of the cases, and in the names and identifiers of their parties. "
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

        def read(_ctx: tasks.TaskContext) -> CaseView:
            from casefile.services.case_view import read_case_view

            return read_case_view(archive, case_id)

        self._detail_task = self._read(
            read, self._detail_loaded, self._detail_failed, label=self.tr("Reading case")
        )

    def _detail_loaded(self, view: CaseView) -> None:
        self.ui.detailPane.show_case(view.detail, view.rules, view.timeline, view.rules_problem)
        self.case_shown.emit(view.detail.id)

    def record_transfer_step(self, transfer: TransferRow | None) -> TransferStepDialog | None:
        """Open the Record Transfer Step dialog for the case shown (None: a new transfer)."""
        detail = self.ui.detailPane.detail
        if self.archive is None or detail is None or self._raise_dialog():
            return None
        dialog = TransferStepDialog(self.archive, detail.reference, transfer, self)
        dialog.step_recorded.connect(lambda _id, case_id=detail.id: self.load_detail(case_id))
        dialog.step_recorded.connect(lambda _id: self.refresh_flagged())
        self.stepper = dialog
        dialog.open()
        return dialog

    def record_prior_penalty(self) -> PriorPenaltyDialog | None:
        """Open the Record Earlier Penalty dialog for the case shown."""
        detail = self.ui.detailPane.detail
        if self.archive is None or detail is None or self._raise_dialog():
            return None
        dialog = PriorPenaltyDialog(self.archive, detail.reference, detail.offences, self)
        dialog.penalty_recorded.connect(lambda _id, case_id=detail.id: self.load_detail(case_id))
        dialog.penalty_recorded.connect(lambda _id: self.refresh_flagged())
        self.penalty_dialog = dialog
        dialog.open()
        return dialog

    def _detail_failed(self, exc: Exception) -> None:
        if isinstance(exc, NotFoundError):
            self.ui.detailPane.show_message(
                self.tr("This case is no longer in the archive. Refresh the list (F5).")
            )
        else:  # never leave the previous case in the pane beside a new selection
            self.ui.detailPane.show_message(self.tr("This case could not be read."))
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

    def search_for(self, text: str) -> None:
        """List every case matching `text`, whatever its status (a link in the detail pane)."""
        self._clear_filters()
        self.ui.searchEdit.blockSignals(True)
        self.ui.searchEdit.setText(text)
        self.ui.searchEdit.blockSignals(False)
        self.reload()

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
        self.refresh_flagged()

    def new_case(self) -> CaseEditor | None:
        """Open the New Case dialog (non-blocking); returns it."""
        if self.archive is None:
            return None
        if self.editor is not None and self.editor.isVisible():
            self.editor.raise_()
            self.editor.activateWindow()
            return self.editor
        if self._raise_dialog():  # closing a case
            return None
        archive = self.archive
        editor = CaseEditor(archive, self)
        editor.case_created.connect(lambda summary: self._case_created(summary, archive))
        self._open_case_dialog(editor, "editor")
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
        self.refresh_flagged()

    def _with_case(self, case_id: int | None, then: Callable[[CaseDetail], None]) -> None:
        """Call `then` with the case `case_id` (default: the one shown), read first if it is
        not the one shown (a right-click on another row)."""
        archive = self.archive
        shown = self.ui.detailPane.detail
        if archive is None:
            return
        if shown is not None and case_id in (None, shown.id):
            then(shown)
            return
        if case_id is None:
            return

        def read(_ctx: tasks.TaskContext) -> CaseDetail:
            from casefile.services import cases

            return cases.case_detail_by_id(archive, case_id)

        self._read(read, then, self._detail_failed, label=self.tr("Reading case"))

    def _open_case_dialog(self, dialog: QDialog, attribute: str) -> None:
        """Open a non-blocking case dialog kept as `self.<attribute>` while it lives (what
        `_raise_dialog` brings to the front), deleted once finished."""
        dialog.finished.connect(dialog.deleteLater)
        dialog.destroyed.connect(lambda *_: setattr(self, attribute, None))
        setattr(self, attribute, dialog)
        dialog.open()

    def _write_dialogs(self) -> tuple[WriteDialog | None, ...]:
        """The case dialogs that end in one write (the evidence dialogs manage their own)."""
        return (self.editor, self.closer, self.stepper, self.penalty_dialog, self.deadline_editor)

    def _raise_dialog(self) -> bool:
        """Bring an open case dialog to the front; True if there is one (one at a time)."""
        for dialog in (*self._write_dialogs(), self.evidence_dialog, self.custody_dialog):
            if dialog is not None and dialog.isVisible():
                dialog.raise_()
                dialog.activateWindow()
                return True
        return False

    def edit_case(self, case_id: int | None = None) -> None:
        """Case › Edit Case… (Ctrl+E): the case editor, filled in, for the case shown (or
        `case_id`); non-blocking. The dialog is `self.editor`."""
        if not self._raise_dialog():
            self._with_case(case_id, self._open_editor)

    def _open_editor(self, detail: CaseDetail) -> None:
        archive = self.archive
        if archive is None or self._raise_dialog():
            return
        editor = CaseEditor(archive, self, case=detail)
        editor.case_updated.connect(lambda summary: self._case_updated(summary, archive))
        self._open_case_dialog(editor, "editor")

    def _case_updated(self, summary: CaseSummary, archive: Archive) -> None:
        if archive is not self.archive:  # written to an archive closed meanwhile
            return
        self.ui.statusBar.showMessage(
            self.tr("Saved %s: %s") % (summary.reference, summary.title), 8000
        )
        self._case_changed(summary, must_show=True)

    def _case_changed(self, summary: CaseSummary, must_show: bool = False) -> None:
        """After a write: the list is queried again (a new title may sort elsewhere, a closed
        case leave an "Open" list) and the case selected again, which reads its detail anew."""
        self.model.refresh_rows()
        self.reload(select_id=summary.id, must_show=must_show)
        self.refresh_flagged()  # offences, act date or status may have changed the flag

    def close_case(self, case_id: int | None = None) -> None:
        """Case › Close Case…: asks for the closing date; the dialog is `self.closer`."""
        if not self._raise_dialog():
            self._with_case(case_id, self._open_closer)

    def _open_closer(self, detail: CaseDetail) -> None:
        archive = self.archive
        if archive is None or self._raise_dialog():
            return
        if detail.status == "closed":
            self.ui.statusBar.showMessage(self.tr("%s is already closed.") % detail.reference, 5000)
            return
        closer = CloseCaseDialog(archive, detail, self)
        closer.case_closed.connect(lambda summary: self._status_changed(summary, archive))
        self._open_case_dialog(closer, "closer")

    def reopen_case(self, case_id: int | None = None) -> None:
        """Case › Reopen Case: opens a closed (or on hold) case again, at once: nothing to ask,
        closing it again is one step. Written like every change, on the write thread."""
        self._with_case(case_id, self._reopen)

    def _reopen(self, detail: CaseDetail) -> None:
        archive = self.archive
        if archive is None or detail.status == "open":
            return
        reference = detail.reference

        def write(_ctx: tasks.TaskContext) -> CaseSummary:
            from casefile.services.cases import set_status

            return set_status(archive, reference, "open")

        def failed(exc: Exception) -> None:
            errors.report(exc, self)

        tasks.run_task(
            write,
            on_success=lambda summary: self._status_changed(summary, archive),
            on_failure=failed,
            parent=self,
            write=True,  # once started it is not cancelled: its result reaches the list
            label=self.tr("Reopening case"),
        )

    def _status_changed(self, summary: CaseSummary, archive: Archive) -> None:
        if archive is not self.archive:
            return
        if summary.status == "closed":
            text = self.tr("Closed %s.") % summary.reference
        else:
            text = self.tr("Reopened %s.") % summary.reference
        self.ui.statusBar.showMessage(text, 8000)
        self._case_changed(summary)

    # --- deadlines (the Deadlines tab's buttons) -----------------------------------------

    def add_deadline(self) -> DeadlineEditor | None:
        """Add Deadline… on the Deadlines tab: a deadline by hand (or counted by a rule) for
        the case shown; non-blocking. The dialog is `self.deadline_editor`."""
        archive, detail = self.archive, self.ui.detailPane.detail
        if archive is None or detail is None or self._raise_dialog():
            return None
        editor = DeadlineEditor(archive, detail, self)
        editor.deadline_added.connect(
            lambda deadline_id, case_id=detail.id: self._deadlines_changed(
                archive, case_id, self.tr("Added a deadline to %s.") % detail.reference
            )
        )
        self._open_case_dialog(editor, "deadline_editor")
        return editor

    def set_deadline_status(self, deadline_id: int, status: str) -> None:
        """Mark Done, Waive and Reopen on the Deadlines tab: written at once (done or waived
        today) on the write thread, then the case is shown again. Nothing to ask: Reopen
        undoes Mark Done and Waive."""
        archive, detail = self.archive, self.ui.detailPane.detail
        if archive is None or detail is None:
            return
        title = next((d.title for d in detail.deadlines if d.id == deadline_id), "")
        done = {
            "done": self.tr("Marked “%s” done."),
            "waived": self.tr("Waived “%s”."),
            "open": self.tr("Reopened “%s”."),
        }.get(status, "%s")

        def write(_ctx: tasks.TaskContext) -> None:
            from casefile.services.records import set_deadline_status

            set_deadline_status(archive, deadline_id, status)

        def failed(exc: Exception) -> None:
            errors.report(exc, self)
            self._deadlines_changed(archive, detail.id, "")  # show what the archive holds

        tasks.run_task(
            write,
            on_success=lambda _none: self._deadlines_changed(archive, detail.id, done % title),
            on_failure=failed,
            parent=self,
            write=True,  # once started it is not cancelled: its result reaches the tab
            label=self.tr("Saving deadline"),
        )

    def _deadlines_changed(self, archive: Archive, case_id: int, message: str) -> None:
        """After a deadline was written: the list again (its next-deadline column) and the
        case's detail again, with the deadline still selected."""
        if archive is not self.archive:  # written to an archive closed meanwhile
            return
        if message:
            self.ui.statusBar.showMessage(message, 8000)
        self.model.refresh_rows()
        self.reload(select_id=case_id)
        shown = self.ui.detailPane.detail
        if shown is None or shown.id == case_id:
            self.load_detail(case_id)

    # --- evidence (Case › Add Evidence…, Record Custody…, files dropped on the case) -------

    def _setup_evidence(self) -> None:
        self.evidence_dialog: EvidenceIntakeDialog | None = None
        self.custody_dialog: CustodyEntryDialog | None = None
        ui = self.ui
        ui.actionAddEvidence.setIcon(
            icons.themed(QIcon.ThemeIcon.ListAdd, QStyle.StandardPixmap.SP_FileDialogNewFolder)
        )
        ui.actionAddEvidence.triggered.connect(lambda: self.add_evidence())
        ui.actionRecordCustody.triggered.connect(lambda: self.record_custody())
        # Files dropped on the window while a case is shown go to the intake dialog; the case's
        # tabs are read-only text views, which would refuse them otherwise.
        self._file_drops = FileDrops(
            self, accepts=lambda: self.archive is not None and ui.detailPane.detail is not None
        )
        self._file_drops.watch(self, *ui.detailPane.findChildren(QTextBrowser))
        self._file_drops.dropped.connect(self.add_evidence)

    def add_evidence(self, files: list[Path] | None = None) -> EvidenceIntakeDialog | None:
        """Case › Add Evidence… (Ctrl+Shift+E), or files dropped on the case shown: the intake
        dialog for that case, with the files listed; non-blocking. The dialog is
        `self.evidence_dialog`; files dropped while it is open for this case join its list."""
        archive, detail = self.archive, self.ui.detailPane.detail
        dialog = self.evidence_dialog
        if dialog is not None and dialog.isVisible():
            if files and detail is not None and dialog.case.id == detail.id:
                dialog.add_paths(files)
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        if archive is None or detail is None or self._raise_dialog():
            return None
        dialog = EvidenceIntakeDialog(archive, detail, self, files or ())
        dialog.evidence_added.connect(
            lambda numbers, case_id=detail.id: self._evidence_changed(
                archive,
                case_id,
                (
                    self.tr("Added exhibit %1 to %2.")
                    if len(numbers) == 1
                    else self.tr("Added exhibits %1 to %2.")
                )
                .replace("%1", ", ".join(str(n) for n in numbers))
                .replace("%2", detail.reference),
            )
        )
        self._open_case_dialog(dialog, "evidence_dialog")
        return dialog

    def record_custody(self, evidence_id: int | None = None) -> CustodyEntryDialog | None:
        """Case › Record Custody…: one link in the chain of custody of an exhibit of the case
        shown (default: its last exhibit); non-blocking. The dialog is `self.custody_dialog`."""
        archive, detail = self.archive, self.ui.detailPane.detail
        if archive is None or detail is None or self._raise_dialog():
            return None
        dialog = CustodyEntryDialog(archive, detail, self, evidence_id)
        dialog.custody_recorded.connect(
            lambda _id, case_id=detail.id: self._evidence_changed(
                archive, case_id, self.tr("Recorded custody in %s.") % detail.reference
            )
        )
        self._open_case_dialog(dialog, "custody_dialog")
        return dialog

    def _evidence_changed(self, archive: Archive, case_id: int, message: str) -> None:
        """After evidence was written: the list (its evidence count) and the case again, on
        its Evidence tab."""
        if archive is not self.archive:  # written to an archive closed meanwhile
            return
        self._deadlines_changed(archive, case_id, message)
        pane = self.ui.detailPane
        pane.set_current_tab(pane.tab_index("evidence"))

    def _close_evidence_dialogs(self) -> None:
        """The archive is being closed: a copy in progress is cancelled (nothing of it is
        kept), a custody entry not yet being written is dropped."""
        if self.evidence_dialog is not None:
            self.evidence_dialog.abandon()
        if self.custody_dialog is not None and not self.custody_dialog.saving:
            self.custody_dialog.reject()

    # --- evidence bundles (Case › Export Bundle…) ------------------------------------------

    def _setup_bundle_export(self) -> None:
        """Case › Export Bundle… (Ctrl+B), after Record Custody…; made here, not in the form."""
        self.bundle_dialog: BundleExportDialog | None = None
        action = self.actionExportBundle = QAction(self.tr("Export &Bundle…"), self)
        action.setObjectName("actionExportBundle")
        action.setShortcut(QKeySequence("Ctrl+B"))
        action.setToolTip(
            self.tr(
                "Write a PDF evidence bundle of the selected case's exhibits, with an index, "
                "page numbers and a manifest of SHA-256 hashes (Ctrl+B)"
            )
        )
        action.setIcon(
            icons.themed(QIcon.ThemeIcon.DocumentSaveAs, QStyle.StandardPixmap.SP_DialogSaveButton)
        )
        action.triggered.connect(lambda: self.export_bundle())
        actions = self.ui.menuCase.actions()
        custody = self.ui.actionRecordCustody
        after = actions.index(custody) + 1 if custody in actions else len(actions)
        if after < len(actions):
            self.ui.menuCase.insertAction(actions[after], action)
        else:
            self.ui.menuCase.addAction(action)

    def export_bundle(self) -> BundleExportDialog | None:
        """Case › Export Bundle… (Ctrl+B): the bundle dialog for the case shown, beside this
        window (an export runs in the background). One at a time: the open one is brought to
        the front, or, idle and for another case, replaced. The dialog is `self.bundle_dialog`."""
        archive, detail = self.archive, self.ui.detailPane.detail
        dialog = self.bundle_dialog
        if dialog is not None and dialog.isVisible():
            if dialog.exporting or detail is None or dialog.case.id == detail.id:
                dialog.raise_()
                dialog.activateWindow()
                return dialog
            dialog.close()
        if archive is None or detail is None or not detail.evidence:
            return None
        dialog = BundleExportDialog(archive, detail, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

        def forget(*_args: object, closed: BundleExportDialog = dialog) -> None:
            if self.bundle_dialog is closed:  # not the one that replaced it
                self.bundle_dialog = None

        dialog.destroyed.connect(forget)
        dialog.bundle_exported.connect(
            lambda result: self.ui.statusBar.showMessage(
                self.tr("Exported the bundle %s.") % result.path.name, 10_000
            )
        )
        self.bundle_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    # --- suspicion reached, not transferred ----------------------------------------------

    def show_flagged_cases(self) -> FlaggedCasesDialog | None:
        """View › Not Transferred…: the flagged cases in a window beside this one, read in the
        background; double-click or Enter on one selects it in the list."""
        if self.archive is None:
            return None
        dialog = self.flagged_dialog
        if dialog is None:
            dialog = FlaggedCasesDialog(self)
            dialog.refresh_requested.connect(self.refresh_flagged)
            dialog.case_activated.connect(self.show_reference)
            self.flagged_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        self.refresh_flagged()
        return dialog

    def refresh_flagged(self) -> None:
        """Count the flagged cases again (after the archive opened, after writes, on F5); with
        the list open, read the list itself, with the reasons, again."""
        archive = self.archive
        if archive is None:
            return
        if self._flagged_task is not None:
            self._flagged_task.cancel()
        dialog = self.flagged_dialog
        if dialog is not None and dialog.isVisible():
            dialog.show_loading()

            def read(_ctx: tasks.TaskContext) -> list[FlaggedCase]:
                from casefile.services.assessment import flagged_cases

                return flagged_cases(archive)

            self._flagged_task = self._read(
                read,
                self._flagged_loaded,
                self._flagged_failed,
                self.tr("Finding cases to transfer"),
            )
            return

        def count(_ctx: tasks.TaskContext) -> int:
            from casefile.services.assessment import flagged_case_ids

            return len(flagged_case_ids(archive))

        self._flagged_task = self._read(
            count,
            self._show_flagged_count,
            self._flagged_failed,
            self.tr("Counting cases to transfer"),
        )

    def _flagged_loaded(self, flagged: list[FlaggedCase]) -> None:
        if self.flagged_dialog is not None:
            self.flagged_dialog.show_cases(flagged)
        self._show_flagged_count(len(flagged))

    def _flagged_failed(self, exc: Exception) -> None:
        """Not counted (a broken edited rule set, say): said in the list and the tooltip, never
        in a box popping up after every change."""
        if not isinstance(exc, CasefileError):
            logfile.log_exception(exc, "counting the flagged cases")
        text = self.tr("Could not find the cases to transfer: %s") % errors.describe(exc)
        self._show_flagged_count(None, text)
        if self.flagged_dialog is not None:
            self.flagged_dialog.show_failure(text)

    def _show_flagged_count(self, count: int | None, problem: str = "") -> None:
        self.flagged_count = count
        action = self.ui.actionFlaggedCases
        if count is None:
            action.setText(self.tr("Suspicion Reached, &Not Transferred…"))
            action.setIconText(self.tr("Not Transferred"))
        else:
            action.setText(self.tr("Suspicion Reached, &Not Transferred (%s)…") % count)
            action.setIconText(self.tr("Not Transferred (%s)") % count)
        tip = self.tr(
            "Open cases with suspicion of a crime reached and no transfer to the police "
            "recorded (Ctrl+Shift+T)"
        )
        action.setToolTip(f"{tip}\n{problem}" if problem else tip)

    def copy_reference(self, reference: str | None = None, title: str | None = None) -> None:
        """Case › Copy Reference: the reference of the case shown (or `reference`), with its
        title if given, to the clipboard."""
        if reference is None:
            shown = self.ui.detailPane.detail
            if shown is None:
                return
            reference = shown.reference
        text = f"{reference} {title}" if title else reference
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(text)
        self.ui.statusBar.showMessage(self.tr("Copied %s") % text, 4000)

    def _show_case_menu(self, pos: QPoint) -> None:
        table = self.ui.caseTable
        index = table.indexAt(pos)
        row = index.row() if index.isValid() else table.currentIndex().row()
        menu = self.case_menu(row)
        if menu is not None:
            menu.popup(table.viewport().mapToGlobal(pos))

    def case_menu(self, row: int) -> QMenu | None:
        """The context menu of a row of the list (None for no row); its actions act on that
        row's case, whatever the detail pane shows."""
        summary = self.model.summary_at(row) if row >= 0 else None
        if summary is None or self.archive is None:
            return None
        case_id, reference = summary.id, summary.reference
        menu = QMenu(self)
        menu.setObjectName("caseMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        copy = menu.addAction(self.ui.actionCopyReference.icon(), self.tr("Copy Reference"))
        copy.triggered.connect(lambda: self.copy_reference(reference))
        copy_title = menu.addAction(self.tr("Copy Reference and Title"))
        copy_title.triggered.connect(lambda: self.copy_reference(reference, summary.title))
        menu.addSeparator()
        edit = menu.addAction(self.ui.actionEditCase.icon(), self.ui.actionEditCase.text())
        edit.triggered.connect(lambda: self.edit_case(case_id))
        if summary.status != "closed":
            close = menu.addAction(self.ui.actionCloseCase.icon(), self.ui.actionCloseCase.text())
            close.triggered.connect(lambda: self.close_case(case_id))
        if summary.status != "open":
            reopen = menu.addAction(
                self.ui.actionReopenCase.icon(), self.ui.actionReopenCase.text()
            )
            reopen.triggered.connect(lambda: self.reopen_case(case_id))
        return menu

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

"""The main window: two views switched from the side bar (`Navigation`, Ctrl+1 and Ctrl+2): the
Dashboard (`views/dashboard_view.py`), and the Cases, the case list on the left (`CaseList`) and
the selected case on the right. Composes the compiled forms `forms/main_window.ui` (the frame:
menus, tool bar, side bar, status bar, an empty view stack) and `forms/cases_page.ui` (the list and
the detail pane), with the other views made in code (`WindowForm`); what the menus do to a case
is in `CaseActions`, the dialogs live in one `DialogRegistry`, and the flagged-cases count in
`FlaggedCases`. After any write the window emits one `archive_changed(ArchiveChange)` and every
view refreshes itself from it.

Start-up builds the window in two phases (`MainWindow(settings, deferred=True)`, as
`casefile.ui.app.run` does): the frame paints first, with its module imports kept to Qt and a
few small modules; the pages (`build_pages`: views, case list, detail pane, dialogs' registry),
which are most of the interface's code, are imported and built right after that paint, while the
archive opens on a worker. Built whole by default (tests, other callers).

Everything that reads or writes the archive goes through `casefile.ui.tasks`: the archive is
opened, the ids of the list are queried and a case's detail is read off the GUI thread. Only the
table model's page fetches (one indexed query of 200 rows) run on the GUI thread, as Anki does.
This module imports no SQL library: `casefile.services` and `casefile.store` are imported inside
the operations, so the window paints before they are loaded (tests/ui/test_startup_imports.py).

Where there is no archive yet, the window creates one only when told to (the command line does
for the default archive) or after asking the user. Switching archives or closing the window never
waits on the GUI thread: reads of the old archive are abandoned (their results ignored), and the
old archive is closed on the write thread once the writes queued before have finished.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QPaintEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from casefile import actor
from casefile.ui import i18n, icons
from casefile.ui.forms.main_window_ui import Ui_MainWindow
from casefile.ui.settings import Settings
from casefile.ui.window import window_geometry
from casefile.ui.window.detail_tab_menu import DetailTabMenu
from casefile.ui.window.language_menu import LanguageMenu
from casefile.ui.window.listings_menu import ListingsMenu
from casefile.ui.window.navigation import CASES, Navigation
from casefile.ui.window.recent_archives import RecentArchives

if TYPE_CHECKING:
    from PySide6.QtWidgets import (
        QComboBox,
        QHBoxLayout,
        QLineEdit,
        QMessageBox,
        QSplitter,
        QTableView,
        QVBoxLayout,
    )

    from casefile.services.case_view import CaseView
    from casefile.store.archive import Archive
    from casefile.store.first_page import FirstPage
    from casefile.store.rows import CaseDetail
    from casefile.ui import tasks
    from casefile.ui.changes import ArchiveChange
    from casefile.ui.dialog_registry import DialogRegistry
    from casefile.ui.models.case_table import CaseTableModel
    from casefile.ui.views.archive_view import ArchiveView
    from casefile.ui.views.dashboard_view import DashboardView
    from casefile.ui.views.deadlines_view import DeadlinesView
    from casefile.ui.views.evidence_view import EvidenceView
    from casefile.ui.views.infringers_view import InfringersView
    from casefile.ui.views.rights_view import RightsView
    from casefile.ui.widgets.case_detail import CaseDetailPane
    from casefile.ui.window.backup import BackupActions
    from casefile.ui.window.calendar_export import CalendarExports
    from casefile.ui.window.case_actions import CaseActions
    from casefile.ui.window.case_history import CaseHistory
    from casefile.ui.window.case_list import CaseList
    from casefile.ui.window.case_packages import CasePackageActions
    from casefile.ui.window.flagged import FlaggedCases

T = TypeVar("T")

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


class WindowForm(Ui_MainWindow):
    """The window's compiled forms as one: the frame's (`forms/main_window.ui`: menus, tool
    bar, side bar, status bar and an empty view stack) and, once `add_pages` has run, the
    Cases page's (`forms/cases_page.ui`: the list and the detail pane) and the other views,
    made in code — all as attributes like the frame's own (`ui.caseTable`, `ui.detailPane`,
    `ui.dashboardPage`…)."""

    # the Cases page (forms/cases_page.ui)
    casesPage: QWidget
    splitter: QSplitter
    listPane: QWidget
    listLayout: QVBoxLayout
    filterRow: QHBoxLayout
    searchEdit: QLineEdit
    statusFilter: QComboBox
    caseTable: QTableView
    countLabel: QLabel
    detailPane: CaseDetailPane
    # the views beside it
    dashboardPage: DashboardView
    infringersPage: InfringersView
    rightsPage: RightsView
    deadlinesPage: DeadlinesView
    evidencePage: EvidenceView

    _cases_form: Any = None  # the Cases page's compiled form, once added

    def add_pages(self) -> None:
        """Make the pages and put them in the view stack, in the side bar's order (the
        imports of the views and the detail pane are the heavy part of the window)."""
        from casefile.ui.forms.cases_page_ui import Ui_MainWindow as Ui_CasesPage
        from casefile.ui.views.dashboard_view import DashboardView
        from casefile.ui.views.deadlines_view import DeadlinesView
        from casefile.ui.views.evidence_view import EvidenceView
        from casefile.ui.views.infringers_view import InfringersView
        from casefile.ui.views.rights_view import RightsView

        page = QWidget()
        form = Ui_CasesPage()
        form.setupUi(page)
        vars(self).update(vars(form))  # its widgets as ui.caseTable, ui.detailPane…
        self.casesPage, self._cases_form = page, form
        self.dashboardPage = DashboardView()
        self.infringersPage = InfringersView()
        self.rightsPage = RightsView()
        self.deadlinesPage = DeadlinesView()
        self.evidencePage = EvidenceView()
        pages: tuple[QWidget, ...] = (
            self.dashboardPage,
            page,
            self.infringersPage,
            self.rightsPage,
            self.deadlinesPage,
            self.evidencePage,
        )
        names = ("dashboardPage", "casesPage", "infringersPage", "rightsPage")
        for widget, name in zip(pages, (*names, "deadlinesPage", "evidencePage"), strict=True):
            widget.setObjectName(name)
            self.viewStack.addWidget(widget)
        self.viewStack.setCurrentWidget(page)  # as the form had it, until the window says
        QWidget.setTabOrder(self.viewBar, self.searchEdit)

    def retranslateUi(self, MainWindow: QMainWindow) -> None:  # noqa: N802, N803 (the form's)
        super().retranslateUi(MainWindow)  # type: ignore[no-untyped-call]
        if self._cases_form is not None:
            self._cases_form.retranslateUi(self.casesPage)


class MainWindow(QMainWindow):
    """The case list and the selected case. Open an archive with `open_archive(path)`.

    Built in two phases: the frame (menus, tool bar, side bar, status bar, the geometry) and
    then the pages (`build_pages`: the views, the case list and the detail pane). By default
    both at once; with `deferred` (`casefile.ui.app.run`) the pages are built right after the
    window's first paint, so the window appears before most of the interface's code is loaded.
    Until then the actions that need a page are disabled (they need an archive) or build the
    pages first (Find, Settings); `pages_built` says when they are there.
    """

    archive_opened = Signal(object)  # the archive's Path
    archive_failed = Signal(str)  # what the user was told
    case_shown = Signal(int)  # id of the case now in the detail pane
    archive_changed = Signal(object)  # ArchiveChange: what a write changed
    pages_built = Signal()  # the second phase is done: the views and the case list exist
    # the second phase begins (`deferred`: the frame has painted, or a second has passed)
    building_pages = Signal()

    # made by `build_pages`
    dialogs: DialogRegistry
    backup: BackupActions
    calendars: CalendarExports
    cases: CaseList
    case_actions: CaseActions
    case_packages: CasePackageActions
    flagged: FlaggedCases
    history: CaseHistory
    dashboard: DashboardView

    def __init__(
        self,
        settings: Settings | None = None,
        parent: QWidget | None = None,
        deferred: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ui = WindowForm()
        self.ui.setupUi(self)
        self._preferred_size = self.size()  # the form's: the size on a large screen
        self.settings = settings if settings is not None else Settings()
        self.archive: Archive | None = None
        self._owns_archive = False
        self._detail_task: tasks.Task[CaseView] | None = None
        self._open_task: tasks.Task[Archive] | None = None
        self._opening: Path | None = None  # the archive being opened, said in the detail pane
        self._reads: set[tasks.Task[Any]] = set()  # every read of the open archive
        self._pending_open: tuple[Path, bool] | None = None
        self._first_page: tuple[FirstPage, Path] | None = None  # read before the pages were
        self._scroll_to: tuple[int, str, str] | None = None  # (case, tab, place) once shown
        # at start: [path, create, first page read] of the archive opened once it is
        self._open_after_first_page: list[Any] | None = None
        self._built = False
        self._flags_due = False  # the flagged cases are counted after the list's first load
        self.views: tuple[ArchiveView, ...] = ()  # the views beside the Cases, once built
        actor.use_name(self.settings.user_name)  # the audit trail's name, as the user set it
        self.language_menu = LanguageMenu(self.ui.menuView, self.settings)
        self.recent = RecentArchives(self.ui.menuFile, self.ui.actionRefresh, self.settings)
        self.case_tabs = DetailTabMenu(self.ui.menuView, self.show_case_tab)
        self.listings_menu = ListingsMenu(self.ui.menuCase, self.ui.actionRecordCustody)
        self.navigation = Navigation(self.ui, self)

        icons.decorate_actions(self.ui)
        self._archive_label = QLabel(self)
        self._archive_label.setTextFormat(Qt.TextFormat.PlainText)
        self._archive_label.setStyleSheet("color: palette(placeholder-text); padding: 0 6px;")
        self.ui.statusBar.addPermanentWidget(self._archive_label)
        self._connect_frame()
        self.navigation.restore(self.settings)  # the side bar's row; the page once built
        self._update_title()
        self._set_archive_actions(False)
        self._geometry_restored = False
        if deferred:
            # the frame's place and size before it paints (the pages' minimum size is unknown
            # yet: it matters on a screen too small for it only, where the layout grows it)
            self._restore_geometry()
            QTimer.singleShot(OPEN_FALLBACK_MS, self.build_pages)  # if no paint arrives
        else:
            self.build_pages()

    @property
    def model(self) -> CaseTableModel:
        """The case list's table model."""
        return self.cases.model

    # --- set-up --------------------------------------------------------------------------

    def build_pages(self) -> None:
        """The second phase: the pages, what drives them, their settings (once; a no-op after)."""
        if self._built:
            return
        self._built = True
        self.building_pages.emit()
        from casefile.ui.dialog_registry import DialogRegistry
        from casefile.ui.window.backup import BackupActions
        from casefile.ui.window.calendar_export import CalendarExports
        from casefile.ui.window.case_actions import CaseActions
        from casefile.ui.window.case_history import CaseHistory
        from casefile.ui.window.case_list import CaseList
        from casefile.ui.window.case_packages import CasePackageActions
        from casefile.ui.window.flagged import FlaggedCases

        self.ui.add_pages()
        self.dialogs = DialogRegistry(self)
        self.backup = BackupActions(self)  # File › Back Up… and the status bar's reminder
        self.cases = CaseList(self.ui, self.read, self)
        self.case_actions = CaseActions(self, self.dialogs)
        self.case_packages = CasePackageActions(self, self.dialogs)
        self.flagged = FlaggedCases(self.ui.actionFlaggedCases, self.dialogs, self.read, self)
        self.history = CaseHistory(self)
        self.calendars = CalendarExports(self)  # deadlines to .ics: Case menu, Deadlines view
        self.dashboard = self.ui.dashboardPage
        # the views beside the Cases, each reading the archive when shown
        self.views = (
            self.dashboard,
            self.ui.infringersPage,
            self.ui.rightsPage,
            self.ui.deadlinesPage,
            self.ui.evidencePage,
        )
        for view in self.views:
            view.attach(self.read, self.changed, self.case_actions.open_dialog)
        self.ui.countLabel.setStyleSheet("color: palette(placeholder-text);")
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self._connect()
        if not self._geometry_restored:
            self._restore_geometry()  # fitted to the screen with the pages' minimum size
        self._restore_pages()
        if self._first_page is not None:  # read while the pages were built
            first, path = self._first_page
            self._first_page = None
            if self.archive is None and self._opening == path:
                self.cases.show_first_page(first, path)
        self._first_page_done()
        self._set_archive_actions(self.archive is not None)
        if self._opening is not None:
            self.ui.detailPane.show_message(
                self.tr("Opening %s…") % archive_display_name(self._opening)
            )
        self.pages_built.emit()

    def _connect_frame(self) -> None:
        """The actions that need no page (or build the pages first)."""
        ui = self.ui
        ui.actionOpenArchive.triggered.connect(self.choose_archive)
        ui.actionNewArchive.triggered.connect(self.choose_new_archive)
        ui.actionSettings.triggered.connect(self.show_settings)
        self.recent.chosen.connect(lambda path: self.open_archive(path, create=False))
        ui.actionQuit.triggered.connect(self.close)
        ui.actionFind.triggered.connect(self.find_cases)
        ui.actionAbout.triggered.connect(self.about)
        ui.actionShowLog.triggered.connect(self._show_log_folder)

    def _connect(self) -> None:
        from PySide6.QtWidgets import QTextBrowser

        from casefile.ui.file_drops import FileDrops

        ui, act, pane = self.ui, self.case_actions, self.ui.detailPane
        ui.actionNewCase.triggered.connect(act.new_case)
        ui.actionRefresh.triggered.connect(self.refresh)
        ui.actionEditCase.triggered.connect(lambda: act.edit_case())
        ui.actionCloseCase.triggered.connect(lambda: act.close_case())
        ui.actionReopenCase.triggered.connect(lambda: act.reopen_case())
        ui.actionCopyReference.triggered.connect(lambda: act.copy_reference())
        ui.actionAddEvidence.triggered.connect(lambda: act.add_evidence())
        ui.actionRecordCustody.triggered.connect(lambda: act.record_custody())
        self.listings_menu.action.triggered.connect(lambda: act.import_listings())
        self.ui.actionExportBundle.triggered.connect(lambda: act.export_bundle())
        # Case › Export Complaint Packets…, after Export Bundle (made here: the form stays as is)
        self.actionComplaintPackets = QAction(self)
        self.actionComplaintPackets.setObjectName("actionComplaintPackets")
        menu = ui.menuCase.actions()
        after = menu[menu.index(ui.actionExportBundle) + 1]
        ui.menuCase.insertAction(after, self.actionComplaintPackets)
        self.actionComplaintPackets.triggered.connect(lambda: act.export_complaint_packets())
        self._word_complaint_packets()
        ui.actionVerifyBundle.triggered.connect(lambda: act.verify_bundle())
        ui.actionFlaggedCases.triggered.connect(lambda: self.flagged.show())
        pane.ui.thresholdsPanel.step_requested.connect(act.record_transfer_step)
        pane.ui.thresholdsPanel.penalty_requested.connect(act.record_prior_penalty)
        pane.ui.thresholdsPanel.record_requested.connect(act.open_record)
        pane.ui.deadlinesPanel.add_requested.connect(lambda: act.add_deadline())
        pane.ui.deadlinesPanel.status_requested.connect(act.set_deadline_status)
        ui.caseTable.customContextMenuRequested.connect(act.show_case_menu)
        ui.caseTable.doubleClicked.connect(
            lambda index: act.edit_case(self.cases.model.id_at(index.row()))
        )
        self.cases.case_selected.connect(self._case_selected)
        pane.case_link_clicked.connect(self.show_reference)
        pane.search_requested.connect(self.cases.search_for)
        pane.record_requested.connect(act.open_record)
        pane.detail_changed.connect(self._update_case_actions)
        self.flagged.case_activated.connect(self.show_reference)
        for view in self.views:
            view.item_activated.connect(self.open_case_at)
        self.archive_changed.connect(self._refresh_views)
        self.cases.cases_loaded.connect(self._list_loaded)
        # Files dropped on the window while a case is shown go to the intake dialog; the case's
        # tabs are read-only text views, which would refuse them otherwise.
        self._file_drops = FileDrops(
            self, accepts=lambda: self.archive is not None and pane.detail is not None
        )
        self._file_drops.watch(self, *pane.findChildren(QTextBrowser))
        self._file_drops.dropped.connect(act.add_evidence)

    def _restore_geometry(self) -> None:
        s = self.settings
        self._geometry_restored = True
        self.fit_to_screen()
        if s.window_geometry is not None and self.restoreGeometry(s.window_geometry):
            maximised = self.windowState() & (
                Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
            )
            fits = window_geometry.fits_on_a_screen(self.geometry(), window_geometry.screen_areas())
            if not maximised and not fits:
                self.fit_to_screen()  # saved on a larger monitor, or one no longer there
        if s.window_state is not None:
            self.restoreState(s.window_state)

    def _restore_pages(self) -> None:
        s = self.settings
        if s.splitter_state is not None:
            self.ui.splitter.restoreState(s.splitter_state)
        else:
            # the list as wide as before the side bar (half the window); the case gives up the
            # bar's width, so a 1366 px laptop still shows the titles
            half, bar = self.width() // 2, self.ui.viewBar.width()
            self.ui.splitter.setSizes([half + bar // 2, max(half - bar, 1)])
        self.cases.restore(s)
        self.ui.detailPane.set_current_tab(s.detail_tab)
        self.navigation.pages_added()

    def fit_to_screen(self, available: QRect | None = None) -> None:
        """The first-run size and place: the form's size where the screen has room, else most
        of `available` (default: the screen under the mouse pointer), centred."""
        if available is None:
            available = window_geometry.current_screen_area()
            if available is None:
                return
        self.setGeometry(
            window_geometry.fitted_geometry(available, self._preferred_size, self.minimumSizeHint())
        )

    def save_settings(self) -> None:
        s = self.settings
        s.window_geometry = self.saveGeometry()
        s.window_state = self.saveState()
        if self._built:  # else the pages' settings stay as they were
            s.splitter_state = self.ui.splitter.saveState()
            self.cases.save(s)
            s.detail_tab = self.ui.detailPane.current_tab()
        self.navigation.save(s)
        s.sync()

    # --- language ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if i18n.is_language_change(event):
            i18n.retranslate_widget(self)

    def _word_complaint_packets(self) -> None:
        self.actionComplaintPackets.setText(self.tr("Export Complaint &Packets…"))
        self.actionComplaintPackets.setToolTip(
            self.tr(
                "Write a platform proceeding's listings as the batches its complaint system "
                "takes, with the rights and an evidence bundle"
            )
        )

    def retranslate(self) -> None:
        """After the form's `retranslateUi`: the words this window set in code (title, the
        status filter, the count under the list, the flagged-cases action, the list's headers).
        The search text, the selection and the case shown stay."""
        self._update_title()
        if self._built:
            self._word_complaint_packets()
        self.language_menu.retranslate()
        self.recent.retranslate()
        self.case_tabs.retranslate()
        self.listings_menu.retranslate()
        self.navigation.retranslate()
        if not self._built:
            return
        from casefile.ui import labels

        status_filter = self.ui.statusFilter
        for index in range(status_filter.count()):
            code = status_filter.itemData(index)
            status_filter.setItemText(
                index,
                labels.label(code)
                if code
                else QCoreApplication.translate("CaseList", "All statuses"),
            )
        self.cases.retranslate()
        self.flagged.show_count(self.flagged.count)
        self.backup.retranslate()
        self.calendars.retranslate()
        model = self.cases.model
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
        self.ui.caseTable.viewport().update()  # labels and dates in the cells

    # --- the archive ---------------------------------------------------------------------

    def open_archive_after_paint(self, path: Path, create: bool = False) -> None:
        """Open `path` once the window has painted (start-up: the window appears at once); see
        `open_archive` for `create`."""
        self._pending_open = (Path(path), create)
        self._show_opening(Path(path))
        QTimer.singleShot(OPEN_FALLBACK_MS, self._open_pending)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        # the archive's opening starts first: it runs off the GUI thread while the pages are built
        if self._pending_open is not None:
            QTimer.singleShot(0, self._open_pending)
        if not self._built:
            QTimer.singleShot(0, self.build_pages)

    def _show_opening(self, path: Path | None) -> None:
        """ "Opening …" in the detail pane (once built: `build_pages` says it then)."""
        self._opening = path
        if path is not None and self._built:
            self.ui.detailPane.show_message(self.tr("Opening %s…") % archive_display_name(path))

    def _open_pending(self) -> None:
        if self._pending_open is None:
            return
        path, create = self._pending_open
        self._pending_open = None
        if not self._built and is_archive(path):
            # The list's first page now (sqlite3 alone, quick), and the archive's opening once
            # the pages are built and that page shown: the opening loads SQLAlchemy on a worker
            # thread, and while it holds the interpreter lock every call Qt makes into Python
            # on this thread waits for its turn (building the pages took twice as long).
            self._open_after_first_page = [path, create, False]
            self._read_first_page(path)
            return
        self.open_archive(path, create)

    def _first_page_done(self) -> None:
        """The first page is read (or could not be) and the pages built: open the archive."""
        waiting = self._open_after_first_page
        if waiting is None or not waiting[2] or not self._built:
            return
        self._open_after_first_page = None
        path, create = waiting[0], waiting[1]
        # after the list has painted its rows: a zero timer runs once the paint events are out
        QTimer.singleShot(0, lambda: self.open_archive(path, create, first_page=False))

    def open_archive(
        self, path: Path, create: bool = False, first_page: bool = True
    ) -> tasks.Task[Archive] | None:
        """Open (and migrate) the archive at `path` in the background.

        Where there is no archive, a new one is created with `create`; without it the user is
        asked first. None if the user said no: the archive open before (if any) stays open. The
        archive open before stays open and shown until the new one has opened, and stays if it
        cannot be opened (a folder of other files, an archive from a newer version).
        """
        from casefile.ui import tasks

        path = Path(path)
        self._open_after_first_page = None  # the start's opening, if still waiting, is this one
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
            self._show_opening(path)
            self._archive_label.setText(short_path(path))
        # else the open archive stays until this one has opened (`set_archive` closes it)
        self.ui.statusBar.showMessage(self.tr("Opening %s…") % short_path(path))

        def open_it(_ctx: tasks.TaskContext) -> Archive:
            from casefile.store.archive import Archive

            return Archive.open(path, create=create)

        if first_page and self.archive is None and not creating:
            self._read_first_page(path)
        self._open_task = tasks.run_task(
            open_it,
            on_success=lambda archive: self.set_archive(archive, owned=True),
            on_failure=lambda exc: self._archive_failed(path, exc, creating),
            on_discard=lambda archive: archive.close(),  # opened after all, but not wanted
            parent=self,
            label=self.tr("Opening archive"),
        )
        return self._open_task

    def _read_first_page(self, path: Path) -> None:
        """While the archive opens (SQLAlchemy and the models take ~0.8 s to load), the list's
        first page read with sqlite3 alone, in the order the list had (store/first_page.py)."""
        from casefile.ui import tasks

        sort, descending = self.settings.case_sort
        status = self.settings.status_filter

        def read(_ctx: tasks.TaskContext) -> FirstPage | None:
            from casefile.store.first_page import read_first_page

            return read_first_page(path, sort, descending, status)

        def show(first: FirstPage | None) -> None:
            if first is not None and self.archive is None and self._opening == path:
                if self._built:
                    self.cases.show_first_page(first, path)
                else:
                    self._first_page = (first, path)
            # else not readable early, or the archive is open (or another one chosen)
            done()

        def done(_exc: Exception | None = None) -> None:
            if self._open_after_first_page is not None:
                self._open_after_first_page[2] = True
                self._first_page_done()

        tasks.run_task(read, on_success=show, on_failure=done, parent=self)

    def _ask_to_create(self, path: Path) -> bool:
        from PySide6.QtWidgets import QMessageBox

        from casefile.ui import labels

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
        self._opening = None
        self.build_pages()  # the pane that says so
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
        self.build_pages()  # at once if the archive opened before the first paint
        self._opening = None
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

        self.cases.set_archive(archive)
        self.recent.add(archive.path)
        self.archive_opened.emit(archive.path)
        # counted once the list is in: on a large archive the count would slow its first page
        self.flagged.set_archive(archive, count=False)
        self._flags_due = True
        self.backup.set_archive(archive)
        self.cases.reload()
        for view in self.views:
            view.set_archive(archive)

    def _list_loaded(self, _count: int) -> None:
        if self._flags_due and self.archive is not None:
            self._flags_due = False
            self.flagged.refresh()

    def _archive_failed(self, path: Path, exc: Exception, creating: bool = False) -> None:
        from casefile.errors import CasefileError
        from casefile.ui import errors

        self.build_pages()
        self._opening = None
        self.cases.drop_first_page()
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
        if self._built:
            self.cases.set_archive(None)
            self.dialogs.close_all()  # a write running finishes; an export or a copy is cancelled
            self.flagged.set_archive(None)
            self.backup.set_archive(None)
        for view in self.views:
            view.set_archive(None)
        archive = self.archive
        if archive is not None and self._owns_archive:
            from casefile.ui import tasks

            def close_it(_ctx: tasks.TaskContext) -> None:
                archive.close()

            def not_closed(exc: Exception) -> None:  # nobody to tell: the window has moved on
                from casefile import logfile

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

    def read(
        self,
        op: Callable[[tasks.TaskContext], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[Exception], None] | None = None,
        label: str = "",
    ) -> tasks.Task[T]:
        """Run a read of the open archive; closing the archive abandons it."""
        from casefile.ui import tasks

        task = tasks.run_task(
            op, on_success=on_success, on_failure=on_failure, parent=self, label=label
        )
        if task.running:
            self._reads.add(task)
            task.finished.connect(lambda: self._reads.discard(task))
        return task

    def _set_archive_actions(self, enabled: bool) -> None:
        for action in (self.ui.actionNewCase, self.ui.actionRefresh, self.ui.actionFlaggedCases):
            action.setEnabled(enabled)
        if not self._built:
            self._update_case_actions(None)
            return
        self.ui.searchEdit.setEnabled(enabled)
        self.ui.statusFilter.setEnabled(enabled)
        self.ui.detailPane.ui.deadlinesPanel.set_writable(enabled)
        self._update_case_actions(self.ui.detailPane.detail if enabled else None)

    def _update_case_actions(self, detail: CaseDetail | None) -> None:
        """The case actions act on the case shown: enabled when there is one; Close Case for
        a case not closed yet, Reopen Case for one closed or on hold."""
        ui = self.ui
        shown = detail is not None and self.archive is not None
        closable = reopenable = False
        if detail is not None and shown:
            from casefile.domain import CaseStatus  # a case shown: never before the first paint

            closable = detail.status != CaseStatus.CLOSED
            reopenable = detail.status in (CaseStatus.CLOSED, CaseStatus.ON_HOLD)
        has_evidence = shown and detail is not None and bool(detail.evidence)
        ui.actionEditCase.setEnabled(shown)
        ui.actionCopyReference.setEnabled(shown)
        ui.actionCloseCase.setEnabled(closable)
        ui.actionCloseCase.setVisible(closable or not shown)
        ui.actionReopenCase.setEnabled(reopenable)
        ui.actionReopenCase.setVisible(reopenable)
        ui.actionAddEvidence.setEnabled(shown)
        self.listings_menu.action.setEnabled(shown)
        ui.actionRecordCustody.setEnabled(has_evidence)
        self.ui.actionExportBundle.setEnabled(has_evidence)
        if self._built:  # a case with a platform proceeding: its listings can be filed
            from casefile.domain import Route

            platform = (
                shown
                and detail is not None
                and any(p.route == Route.PLATFORM for p in detail.proceedings)
            )
            self.actionComplaintPackets.setEnabled(bool(platform))
            self.case_packages.update_actions(self.archive is not None, shown)

    def _update_title(self) -> None:
        if self.archive is not None:
            name = archive_display_name(self.archive.path)
            self.setWindowTitle(self.tr("%s — Casefile") % name)
        else:
            self.setWindowTitle(self.tr("Casefile"))

    def choose_archive(self) -> None:
        """File › Open Archive…: starts in the folder of the archive open now, or last opened."""
        from PySide6.QtWidgets import QFileDialog

        last = self.archive.path if self.archive else self.settings.last_archive
        start = str(last.parent if last is not None and last.parent.is_dir() else Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Open Archive"), start)
        if chosen:
            self.open_archive(Path(chosen), create=False)

    def choose_new_archive(self) -> None:
        """File › New Archive…: a new archive folder, named by the user, created and opened."""
        from PySide6.QtWidgets import QFileDialog

        last = self.archive.path if self.archive else self.settings.last_archive
        start = last.parent if last is not None and last.parent.is_dir() else Path.home()
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("New Archive"),
            str(start / self.tr("New Archive.casefile")),
            self.tr("Casefile archives (*.casefile)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix != ".casefile":
            path = path.with_name(path.name + ".casefile")
        if path.exists():
            from casefile.ui import errors

            errors.show_error(
                self,
                self.tr("Could not create the archive"),
                self.tr("“%s” exists already: choose another name, or open it with Open Archive.")
                % path,
            )
            return
        self.open_archive(path, create=True)

    def show_settings(self) -> Any:
        """File › Settings… (Ctrl+,)."""
        from casefile.ui.changes import ArchiveChange
        from casefile.ui.dialogs.settings_dialog import SettingsDialog

        self.build_pages()  # its dialogs' registry; a change is shown in the views
        archive = self.archive

        def make() -> SettingsDialog:
            dialog = SettingsDialog(self)
            dialog.accepted.connect(self.backup.show_reminder)  # its days may have changed
            if archive is not None:  # the rule answers written: every view reads again
                dialog.saved.connect(
                    lambda result: self.changed(
                        ArchiveChange(archive, None, dialog.changes, dialog.saved_message(result))
                    )
                )
            return dialog

        return self.dialogs.open(SettingsDialog, make)

    # --- the case shown ------------------------------------------------------------------

    def _case_selected(self, case_id: int | None) -> None:
        if case_id is not None:
            self.load_detail(case_id)
        elif self._detail_task is not None:
            # a case still being read must not appear once the list has nothing selected
            self._detail_task.cancel()

    def load_detail(self, case_id: int) -> None:
        archive = self.archive
        if archive is None:
            return
        if self._detail_task is not None:
            self._detail_task.cancel()

        def read(_ctx: tasks.TaskContext) -> CaseView:
            from casefile.services.case_view import read_case_view

            return read_case_view(archive, case_id)

        self._detail_task = self.read(
            read, self._detail_loaded, self.detail_failed, label=self.tr("Reading case")
        )

    def _detail_loaded(self, view: CaseView) -> None:
        self.ui.detailPane.show_case(
            view.detail, view.rules, view.timeline, view.rules_problem, view.money_totals
        )
        if self._scroll_to is not None and self._scroll_to[0] == view.detail.id:
            self._scroll_when_shown()
        self.case_shown.emit(view.detail.id)

    def detail_failed(self, exc: Exception) -> None:
        from casefile.errors import NotFoundError
        from casefile.ui import errors

        if isinstance(exc, NotFoundError):
            self.ui.detailPane.show_message(
                self.tr("This case is no longer in the archive. Refresh the list (F5).")
            )
        else:  # never leave the previous case in the pane beside a new selection
            self.ui.detailPane.show_message(self.tr("This case could not be read."))
            errors.report(exc, self)

    def find_cases(self) -> None:
        """View › Find (Ctrl+F): the search field of the view shown (Infringers, Evidence),
        else of the Cases view."""
        self.build_pages()
        shown = self.ui.viewStack.currentWidget()
        focus_search = getattr(shown, "focus_search", None)
        if callable(focus_search):
            focus_search()
            return
        self.navigation.show(CASES)
        self.cases.focus_search()

    def open_case_at(self, case_id: int, tab: str) -> None:
        """A dashboard item: its case selected in the Cases view, on the tab that shows it
        (`tab` a detail tab's name, `CaseDetailPane.tab_index`, with "#place" to scroll to a
        place in it: "evidence#exhibit-12")."""
        tab, _hash, place = tab.partition("#")
        self.navigation.show(CASES)
        self._scroll_to = None
        if not self.cases.go_to_case(case_id):
            return
        pane = self.ui.detailPane
        index = pane.tab_index(tab) if hasattr(pane.ui, f"{tab}Tab") else -1
        if index >= 0:
            pane.set_current_tab(index)
        if place:
            self._scroll_to = (case_id, tab, place)
            if pane.detail is not None and pane.detail.id == case_id:
                self._scroll_when_shown()  # shown already: no read to wait for

    def _scroll_when_shown(self) -> None:
        """Scroll the case just shown to the place `open_case_at` was asked for (once laid
        out: after the events the new text causes)."""
        wanted, self._scroll_to = self._scroll_to, None
        pane = self.ui.detailPane
        if wanted is not None and pane.detail is not None and pane.detail.id == wanted[0]:
            QTimer.singleShot(0, lambda: pane.scroll_to(wanted[1], wanted[2]))

    def show_case_tab(self, name: str) -> None:
        """View › Case Tab (Alt+1 to Alt+9): the Cases view, on that tab of the case shown."""
        self.build_pages()
        self.navigation.show(CASES)
        pane = self.ui.detailPane
        index = pane.tab_index(name)
        if index >= 0:
            pane.set_current_tab(index)
            pane.ui.tabs.setFocus()  # the tab bar: arrows move on, Tab enters the tab

    def show_reference(self, reference: str) -> None:
        """Select the case with this reference (from an "also in: CF-…" link)."""
        archive = self.archive
        if archive is None:
            return
        self.navigation.show(CASES)

        def find(_ctx: tasks.TaskContext) -> int | None:
            from casefile.services import cases

            for summary in cases.case_summaries(archive, cases.case_ids(archive, reference)):
                if summary.reference == reference:
                    return summary.id
            return None

        def found(case_id: int | None) -> None:
            if not self.cases.go_to_case(case_id):
                self.ui.statusBar.showMessage(
                    self.tr("That case is no longer in the archive."), 5000
                )

        self.read(find, found, label=self.tr("Finding case"))

    # --- after a write -------------------------------------------------------------------

    def changed(self, change: ArchiveChange) -> None:
        """Every write ends here: said in the status bar, then `archive_changed` for the views.
        A write to an archive closed meanwhile is only said, with the archive's name."""
        if change.archive is not self.archive:
            if change.message:
                name = archive_display_name(change.archive.path)
                self.ui.statusBar.showMessage(f"{change.message} ({name})", 8000)
            return
        if change.message:
            self.ui.statusBar.showMessage(change.message, 8000)
        self.archive_changed.emit(change)

    def _refresh_views(self, change: ArchiveChange) -> None:
        """The window's own views: the list (a new title may sort elsewhere, a closed case leave
        an "Open" list), the case shown, on the tab that shows the change, and the flag count."""
        self.cases.model.refresh_rows()
        self.cases.reload(select_id=change.case_id, must_show=change.must_show)
        self.cases.refresh_choices()  # a new brand, tag or counsel to filter by
        pane = self.ui.detailPane
        shown = pane.detail.id if pane.detail is not None else None
        if change.case_id is not None and shown == change.case_id:
            self.load_detail(change.case_id)  # else the reload selects it, which reads it
        if change.tab:
            pane.set_current_tab(pane.tab_index(change.tab))
        if change.moves_flag:
            self.flagged.refresh()
        if change.must_show:  # a case just created: shown where it is, in the Cases view
            self.navigation.show(CASES)
        for view in self.views:
            view.archive_changed()

    def refresh(self) -> None:
        """View › Refresh (F5): everything read again from the archive."""
        self.cases.model.refresh_rows()
        self.cases.reload()
        self.cases.refresh_choices()
        case_id = self.cases.current_case_id()
        if case_id is not None:
            self.load_detail(case_id)
        self.flagged.refresh()
        for view in self.views:
            view.refresh()

    def about(self) -> QMessageBox:
        from casefile.ui.window.about import about_box

        return about_box(self, self.archive.path if self.archive else None)

    def _show_log_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from casefile import logfile

        log = logfile.log_file()
        if log is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(log.parent)))

    # --- closing -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Asks first if a dialog holds typed changes; then returns at once: the archive is
        closed after its writes; `casefile.ui.app.run` waits for them (once, bounded) when the
        app quits."""
        if self._built and not self.dialogs.may_close():
            event.ignore()
            return
        self.save_settings()
        if self._built:
            self.cases.stop()
        self._pending_open = None
        if self._open_task is not None:
            self._open_task.cancel()  # an archive opened after all is closed by on_discard
        self._close_archive()
        super().closeEvent(event)

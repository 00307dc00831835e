"""The Infringers view: every infringer across the practice (`services.infringers`, the same
service as `casefile infringers`) with its identifiers, the cases it appears in, their routes
and outcomes; merging two records of the same infringer and undoing a merge; "seen before"
suggestions for records that share an identifier or a name but are not linked.

Three tabs. **Infringers**: the list (search by name or identifier, typed or normalised; order
by cases, last seen, first seen, name) beside the selected one's identifiers and cases; Enter on
a case opens it at its Parties tab; Merge… (Ctrl+M) with two infringers selected.
**Seen Before**: the suggested pairs with why, read when the tab is first shown (they cost a
second on 100,000 cases); Merge… on a pair. **Merges**: the merges made, newest first; Undo
Merge on one not undone. Every read runs off the GUI thread; the list's summaries are read a page
at a time as it is scrolled. This module imports no service at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casefile.ui import errors, labels, tasks
from casefile.ui.changes import ArchiveChange, Changed
from casefile.ui.models.infringer_tables import (
    IdentifierTableModel,
    InfringerCaseTableModel,
    InfringerTableModel,
    MergeTableModel,
    SuggestionTableModel,
)
from casefile.ui.views.archive_view import ArchiveView
from casefile.ui.views.tables import fit_columns, list_table

if TYPE_CHECKING:
    from casefile.services.infringers import (
        InfringerSummary,
        MergeRow,
        Suggestion,
    )

SEARCH_DELAY_MS = 250  # typing a name reads the list once the typing pauses
FIRST_PAGE = 200
SUGGESTION_LIMIT = 300  # pairs shown at once (a synthetic 100,000-case archive has 70,000)
ORDERS = cast(
    "tuple[tuple[str, str], ...]",
    (
        ("cases", QT_TRANSLATE_NOOP("InfringersView", "Most cases")),
        ("last_seen", QT_TRANSLATE_NOOP("InfringersView", "Last seen")),
        ("first_seen", QT_TRANSLATE_NOOP("InfringersView", "First seen")),
        ("name", QT_TRANSLATE_NOOP("InfringersView", "Name")),
    ),
)
PARTIES_TAB = "parties"  # the case detail's tab showing its parties


@dataclass(frozen=True, slots=True)
class InfringerList:
    """What one read of the list gives: the ids in order, the first page, the merges made."""

    search: str
    order: str
    ids: list[int]
    first: list[InfringerSummary]
    merges: list[MergeRow]
    merge_names: dict[int, str]  # kept party id → its name now


def _details(archive: Any, ids: list[int]) -> list[InfringerSummary]:
    from casefile.services.infringers import infringer_details

    return infringer_details(archive, ids)


class InfringersView(ArchiveView):
    """The Infringers page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = ""
        self.order = "cases"
        self.suggestions: list[Suggestion] | None = None
        self._suggestion_task: tasks.Task[Any] | None = None
        self._select_after: int | None = None  # a party to select once the list is read
        self._search_timer = tasks.settle_timer(self, SEARCH_DELAY_MS, self._search_now)
        self._build()
        self.retranslate()
        self.show_message(self.tr("No archive is open."))

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        bar = self.headerBar
        self.searchEdit = QLineEdit(self)
        self.searchEdit.setObjectName("infringerSearch")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumWidth(24 * self.fontMetrics().averageCharWidth())
        self.searchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        self.orderLabel = QLabel(self)
        self.orderCombo = QComboBox(self)
        self.orderCombo.setObjectName("infringerOrder")
        self.orderLabel.setBuddy(self.orderCombo)
        for code, _text in ORDERS:
            self.orderCombo.addItem("", code)
        self.orderCombo.currentIndexChanged.connect(self._order_changed)
        bar.addSpacing(12)
        bar.addWidget(self.searchEdit, 2)
        bar.addWidget(self.orderLabel)
        bar.addWidget(self.orderCombo)
        bar.addStretch(1)

        self.tabs = QTabWidget(self.content)
        self.tabs.setObjectName("infringerTabs")
        holder = QVBoxLayout(self.content)
        holder.setContentsMargins(0, 0, 0, 0)
        holder.addWidget(self.tabs)
        self.tabs.addTab(self._build_list(), "")
        self.tabs.addTab(self._build_suggestions(), "")
        self.tabs.addTab(self._build_merges(), "")
        self.tabs.currentChanged.connect(self._tab_changed)

    def _build_list(self) -> QWidget:
        page = QWidget(self)
        split = QSplitter(Qt.Orientation.Horizontal, page)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)

        left = QWidget(split)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.model = InfringerTableModel(self)
        self.serve_pages(self.model, _details, self._show_count)
        self.table = list_table(left, "infringerTable")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setModel(self.model)
        # the name whole where it can be (a Chinese name and its English one); identifiers share
        # what is left
        fit_columns(self.table, (InfringerTableModel.IDENTIFIERS,), {InfringerTableModel.NAME: 34})
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self.countLabel = QLabel(left)
        self.countLabel.setStyleSheet("color: palette(placeholder-text);")
        buttons = QHBoxLayout()
        self.mergeButton = QPushButton(left)
        self.mergeButton.setObjectName("mergeButton")
        self.mergeButton.clicked.connect(self.merge_selected)
        buttons.addWidget(self.countLabel, 1)
        buttons.addWidget(self.mergeButton)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)

        right = QWidget(split)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        self.nameLabel = QLabel(right)
        self.nameLabel.setObjectName("infringerName")
        self.nameLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.nameLabel.setWordWrap(True)
        self.nameLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.nameLabel.font()
        font.setBold(True)
        self.nameLabel.setFont(font)
        self.seenLabel = QLabel(right)
        self.seenLabel.setWordWrap(True)
        self.seenLabel.setStyleSheet("color: palette(placeholder-text);")
        self.identifiersLabel = QLabel(right)
        self.identifierModel = IdentifierTableModel(self)
        self.identifierTable = list_table(right, "identifierTable")
        self.identifierTable.setModel(self.identifierModel)
        fit_columns(self.identifierTable, (1,), {})
        self.identifiersLabel.setBuddy(self.identifierTable)
        self.casesLabel = QLabel(right)
        self.caseModel = InfringerCaseTableModel(self)
        self.caseTable = list_table(right, "infringerCaseTable")
        self.caseTable.setModel(self.caseModel)
        fit_columns(self.caseTable, (1, 5), {})
        self.caseTable.activated.connect(self._case_activated)
        self.casesLabel.setBuddy(self.caseTable)
        for widget in (self.nameLabel, self.seenLabel, self.identifiersLabel):
            right_layout.addWidget(widget)
        right_layout.addWidget(self.identifierTable, 1)
        right_layout.addWidget(self.casesLabel)
        right_layout.addWidget(self.caseTable, 2)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split)
        merge = QShortcut(QKeySequence("Ctrl+M"), page)
        merge.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        merge.activated.connect(self.merge_selected)
        return page

    def _build_suggestions(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        self.suggestionIntro = QLabel(page)
        self.suggestionIntro.setWordWrap(True)
        self.suggestionIntro.setStyleSheet("color: palette(placeholder-text);")
        self.suggestionModel = SuggestionTableModel(self)
        self.suggestionTable = list_table(page, "suggestionTable")
        self.suggestionTable.setModel(self.suggestionModel)
        fit_columns(self.suggestionTable, (0, 1, 2), {})
        self.suggestionTable.activated.connect(lambda _i: self.merge_suggested())
        self.suggestionTable.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_buttons()
        )
        row = QHBoxLayout()
        self.suggestionState = QLabel(page)
        self.mergeSuggestedButton = QPushButton(page)
        self.mergeSuggestedButton.setObjectName("mergeSuggestedButton")
        self.mergeSuggestedButton.clicked.connect(self.merge_suggested)
        row.addWidget(self.suggestionState, 1)
        row.addWidget(self.mergeSuggestedButton)
        layout.addWidget(self.suggestionIntro)
        layout.addWidget(self.suggestionTable, 1)
        layout.addLayout(row)
        return page

    def _build_merges(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        self.mergeModel = MergeTableModel(self)
        self.mergeTable = list_table(page, "mergeTable")
        self.mergeTable.setModel(self.mergeModel)
        fit_columns(self.mergeTable, (1, 2, 3), {})
        self.mergeTable.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_buttons()
        )
        row = QHBoxLayout()
        self.mergeState = QLabel(page)
        self.undoButton = QPushButton(page)
        self.undoButton.setObjectName("undoMergeButton")
        self.undoButton.clicked.connect(self.undo_selected)
        row.addWidget(self.mergeState, 1)
        row.addWidget(self.undoButton)
        layout.addWidget(self.mergeTable, 1)
        layout.addLayout(row)
        return page

    # --- words ---------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Infringers")

    def reading_text(self) -> str:
        return self.tr("Reading the infringers…")

    def retranslate(self) -> None:
        self.searchEdit.setPlaceholderText(self.tr("Search names and identifiers (Ctrl+F)"))
        self.orderLabel.setText(self.tr("&Order:"))
        for index, (_code, text) in enumerate(ORDERS):
            self.orderCombo.setItemText(index, self.tr(text))
        self.tabs.setTabText(0, self.tr("&Infringers"))
        self.tabs.setTabText(2, self.tr("Mer&ges"))
        self.mergeButton.setText(self.tr("&Merge…"))
        self.mergeButton.setToolTip(
            self.tr("Merge the two infringers selected: they are the same (Ctrl+M)")
        )
        self.mergeSuggestedButton.setText(self.tr("Merge &Pair…"))
        self.undoButton.setText(self.tr("&Undo Merge…"))
        self.identifiersLabel.setText(self.tr("I&dentifiers:"))
        self.casesLabel.setText(self.tr("C&ases (Enter opens one):"))
        self.suggestionIntro.setText(
            self.tr(
                "Records that share an identifier (typed or normalised) or have nearly the "
                "same name, and are not linked: they may be one infringer seen before. Merge "
                "a pair that is; leave one that is not."
            )
        )
        self._show_suggestion_count()
        self._show_detail()
        super().retranslate()

    # --- reading the list ----------------------------------------------------------------

    def read_op(self, archive: Any) -> InfringerList:
        from casefile.services import infringers

        search, order = self.search, self.order  # set on the GUI thread before the read
        ids = infringers.infringer_ids(archive, search=search, order=order)
        first = infringers.infringer_details(archive, ids[:FIRST_PAGE])
        merges = infringers.merges(archive)
        kept = sorted({m.keep_id for m in merges})
        names = {p.id: p.name for p in infringers.infringer_details(archive, kept)}
        return InfringerList(search, order, ids, first, merges, names)

    def show_result(self, result: Any) -> None:
        read: InfringerList = result
        if self.model.ids != read.ids or self._summaries_changed(read):
            selected = self.selected_ids()
            self.model.set_ids(read.ids, read.first)
            self._reselect(self._select_after or (selected[0] if selected else None))
            self._select_after = None
        self.mergeModel.set_rows(read.merges, read.merge_names)
        undone = sum(1 for m in read.merges if m.undone_at is not None)
        self.mergeState.setText(
            self.tr("%d merge(s), %d undone.") % (len(read.merges), undone) if read.merges else ""
        )
        self.tabs.setTabText(2, self.tr("Mer&ges (%d)") % len(read.merges))
        self._show_count()
        self._show_detail()
        self._update_buttons()
        if self.tabs.currentIndex() == 1 and self.suggestions is None:
            self._load_suggestions()  # after a merge, the pairs as they now are

    def _summaries_changed(self, read: InfringerList) -> bool:
        shown = [self.model.summary_at(n) for n in range(min(len(read.first), FIRST_PAGE))]
        return shown != read.first

    def _show_count(self) -> None:
        total, shown = len(self.model.ids), self.model.rowCount()
        if self.search:
            text = self.tr("%d infringer(s) match “%s”.") % (total, self.search)
        else:
            text = self.tr("%d infringer(s).") % total
        if shown < total:
            text += " " + self.tr("%d read; scroll for more.") % shown
        self.countLabel.setText(text)

    def _search_now(self) -> None:
        text = self.searchEdit.text().strip()
        if text != self.search:
            self.search = text
            self.refresh()

    def _order_changed(self, index: int) -> None:
        code = self.orderCombo.itemData(index)
        if code and code != self.order:
            self.order = str(code)
            self.refresh()

    def focus_search(self) -> None:
        """Ctrl+F (the window's Find) while this view is shown."""
        self.tabs.setCurrentIndex(0)
        self.searchEdit.setFocus()
        self.searchEdit.selectAll()

    # --- the selected infringer ----------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        summaries = [self.model.summary_at(row) for row in rows]
        return [s.id for s in summaries if s is not None]

    def selected_summaries(self) -> list[InfringerSummary]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [s for s in (self.model.summary_at(row) for row in rows) if s is not None]

    def select_party(self, party_id: int) -> bool:
        """Select infringer `party_id` in the list, if read; True when it is."""
        row = self.model.row_of(party_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _reselect(self, party_id: int | None) -> None:
        if (party_id is None or not self.select_party(party_id)) and self.model.rowCount():
            self.table.selectRow(0)  # the party is gone (merged) or not read yet

    def _selection_changed(self) -> None:
        self._show_detail()
        self._update_buttons()

    def _show_detail(self) -> None:
        chosen = self.selected_summaries()
        one = chosen[0] if len(chosen) == 1 else None
        self.identifierModel.set_rows(one.identifiers if one is not None else ())
        self.caseModel.set_rows(one.cases if one is not None else ())
        if one is None:
            self.nameLabel.setText(
                self.tr("%d infringers selected: Merge… makes them one.") % len(chosen)
                if len(chosen) == 2
                else ""
            )
            self.seenLabel.setText("")
            return
        kind = labels.label(one.kind)
        country = f", {one.country}" if one.country else ""
        self.nameLabel.setText(f"{one.name}  (#{one.id})")
        seen = self.tr("%s%s · %d case(s) · seen %s – %s") % (
            kind,
            country,
            one.case_count,
            labels.day(one.first_seen, "?"),
            labels.day(one.last_seen, "?"),
        )
        self.seenLabel.setText(seen + (f"\n{one.notes}" if one.notes else ""))

    def _case_activated(self, index: QModelIndex) -> None:
        case = self.caseModel.case_at(index.row())
        if case is not None:
            self.item_activated.emit(case.case_id, PARTIES_TAB)

    def _update_buttons(self) -> None:
        writable = self.archive is not None
        self.mergeButton.setEnabled(writable and len(self.selected_ids()) == 2)
        pair = self._current_suggestion()
        self.mergeSuggestedButton.setEnabled(writable and pair is not None)
        merge = self._current_merge()
        self.undoButton.setEnabled(writable and merge is not None and merge.undone_at is None)

    # --- merging -------------------------------------------------------------------------

    def merge_selected(self) -> Any:
        """Merge… on the two infringers selected in the list: the dialog, or None."""
        chosen = self.selected_summaries()
        if len(chosen) != 2:
            return None
        return self._open_merge(chosen[0], chosen[1])

    def _open_merge(self, first: InfringerSummary, second: InfringerSummary) -> Any:
        from casefile.ui.dialogs.merge_infringers import MergeInfringersDialog

        def make(archive: Any) -> MergeInfringersDialog:
            dialog = MergeInfringersDialog(archive, first, second, self.window())
            dialog.saved.connect(lambda result: self._merged(result.kept.id))
            return dialog

        return self.open_dialog(MergeInfringersDialog, make, None)

    def _merged(self, kept_id: int) -> None:
        self._select_after = kept_id
        self.suggestions = None  # a merge changes the pairs: read again when shown

    def merge_suggested(self) -> Any:
        """Merge Pair… on the suggestion selected: the two records read, then the dialog."""
        pair = self._current_suggestion()
        archive, read = self.archive, self._read
        if pair is None or archive is None or read is None:
            return None
        ids = [pair.first.id, pair.second.id]

        def op(_ctx: tasks.TaskContext) -> list[InfringerSummary]:
            from casefile.services.infringers import infringer_details

            return infringer_details(archive, ids)

        def opened(both: list[InfringerSummary]) -> None:
            if len(both) == 2:
                self._open_merge(both[0], both[1])
            else:  # one of them was merged or removed meanwhile
                self.suggestions = None
                self._load_suggestions()

        read(op, opened, lambda exc: errors.report(exc, self), label=self.tr("Reading"))
        return None

    def _current_suggestion(self) -> Suggestion | None:
        index = self.suggestionTable.currentIndex()
        rows = self.suggestionTable.selectionModel().selectedRows()
        return self.suggestionModel.suggestion_at(index.row()) if rows else None

    def _current_merge(self) -> MergeRow | None:
        rows = self.mergeTable.selectionModel().selectedRows()
        return self.mergeModel.merge_at(rows[0].row()) if rows else None

    def undo_selected(self) -> None:
        """Undo Merge… on the merge selected, after asking."""
        merge = self._current_merge()
        archive = self.archive
        if merge is None or archive is None or merge.undone_at is not None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Undo Merge"),
            self.tr(
                "Put “%s” (#%d) back as a record of its own, with the identifiers and case links "
                "it had before the merge?"
            )
            % (merge.merged_name, merge.merged_id),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        merge_id = merge.id

        def op(_ctx: tasks.TaskContext) -> Any:
            from casefile.services.infringers import undo_merge

            return undo_merge(archive, merge_id)

        def done(result: Any) -> None:
            self._select_after = result.restored.id
            self.suggestions = None

        message = self.tr("Undid the merge of “%s”.") % merge.merged_name
        change = ArchiveChange(archive, None, frozenset({Changed.PARTIES}), message)
        self.write(op, change, self.tr("Undoing the merge"), done)

    # --- suggestions ---------------------------------------------------------------------

    def archive_changed(self) -> None:
        self.suggestions = None
        super().archive_changed()

    def set_archive(self, archive: Any) -> None:
        self.suggestions = None
        self.suggestionModel.set_rows(())
        if self._suggestion_task is not None:
            self._suggestion_task.cancel()
            self._suggestion_task = None
        super().set_archive(archive)
        self._update_buttons()

    def _tab_changed(self, index: int) -> None:
        if index == 1 and self.suggestions is None:
            self._load_suggestions()

    def _load_suggestions(self) -> None:
        archive, read = self.archive, self._read
        if archive is None or read is None:
            return
        if self._suggestion_task is not None:
            self._suggestion_task.cancel()
        self.suggestionState.setText(self.tr("Looking for records seen before…"))

        def op(_ctx: tasks.TaskContext) -> list[Suggestion]:
            from casefile.services.infringers import merge_suggestions

            return merge_suggestions(archive, limit=SUGGESTION_LIMIT)

        def done(found: list[Suggestion]) -> None:
            self._suggestion_task = None
            self.suggestions = found
            self.suggestionModel.set_rows(found)
            self._show_suggestion_count()
            self._update_buttons()

        def failed(exc: Exception) -> None:
            self._suggestion_task = None
            self.suggestionState.setText(
                self.tr("Could not read the archive: %s") % errors.describe(exc)
            )

        task = read(op, done, failed, label=self.tr("Looking for records"))
        self._suggestion_task = task if task.running else None

    def _show_suggestion_count(self) -> None:
        found = self.suggestions
        if found is None:
            self.tabs.setTabText(1, self.tr("&Seen Before"))
            return
        self.tabs.setTabText(1, self.tr("&Seen Before (%d)") % len(found))
        if len(found) >= SUGGESTION_LIMIT:
            text = self.tr("The first %d pairs: merge or search to see more.") % len(found)
        elif found:
            text = self.tr("%d pair(s).") % len(found)
        else:
            text = self.tr("No records share an identifier or a name.")
        self.suggestionState.setText(text)

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self.tabs.currentIndex() == 1 and self.suggestions is None:
            QTimer.singleShot(0, self._load_suggestions)

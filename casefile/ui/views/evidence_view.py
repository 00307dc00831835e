"""The Evidence view: every exhibit across cases (`services.evidence_list`) with its case, kind,
description, when and by whom it was obtained, its files (count, size, first file's SHA-256
fingerprint) and the last step of its chain of custody. Search (description, notary details,
source URL, file names), a kind, the order, withdrawn exhibits shown or not. Enter opens the
exhibit's case at its Evidence tab. The ids are read at once, the rows a page at a time as the
list is scrolled, all off the GUI thread. This module imports no service at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from casefile.domain import EvidenceKind
from casefile.ui import errors, labels, tasks
from casefile.ui.models.paged_rows import PagedRowsModel
from casefile.ui.models.row_table import Index
from casefile.ui.views.archive_view import ArchiveView
from casefile.ui.views.tables import fit_columns, list_table

if TYPE_CHECKING:
    from casefile.services.evidence_list import ExhibitSummary

EVIDENCE_TAB = "evidence"  # the case detail's tab showing its exhibits
FIRST_PAGE = 200
SEARCH_DELAY_MS = 300
MIN_SEARCH = 2
ORDERS = cast(
    "tuple[tuple[str, str], ...]",
    (
        ("recorded", QT_TRANSLATE_NOOP("EvidenceView", "Newest recorded")),
        ("obtained", QT_TRANSLATE_NOOP("EvidenceView", "Newest obtained")),
        ("case", QT_TRANSLATE_NOOP("EvidenceView", "Case")),
        ("kind", QT_TRANSLATE_NOOP("EvidenceView", "Kind")),
    ),
)


@dataclass(frozen=True, slots=True)
class ExhibitList:
    ids: list[int]
    first: list[ExhibitSummary]


def _page(archive: Any, ids: list[int]) -> list[ExhibitSummary]:
    from casefile.services.evidence_list import exhibit_page

    return exhibit_page(archive, ids)


class ExhibitTableModel(PagedRowsModel):
    """The exhibits listed, a page at a time."""

    HEADERS = cast(
        "tuple[str, ...]",
        (
            QT_TRANSLATE_NOOP("ExhibitTableModel", "Case"),
            QT_TRANSLATE_NOOP("ExhibitTableModel", "No."),
            QT_TRANSLATE_NOOP("ExhibitTableModel", "Kind"),
            QT_TRANSLATE_NOOP("ExhibitTableModel", "Description"),
            QT_TRANSLATE_NOOP("ExhibitTableModel", "Notary certificate"),
            QT_TRANSLATE_NOOP("ExhibitTableModel", "Obtained"),
            QT_TRANSLATE_NOOP("ExhibitTableModel", "Files"),
            QT_TRANSLATE_NOOP("ExhibitTableModel", "Last custody step"),
            QT_TRANSLATE_NOOP("ExhibitTableModel", "SHA-256"),
        ),
    )
    CASE, NUMBER, KIND, DESCRIPTION, NOTARY, OBTAINED, FILES, CUSTODY, SHA = range(9)

    def exhibit_at(self, row: int) -> ExhibitSummary | None:
        return cast("ExhibitSummary | None", self.row_at(row))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.exhibit_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.CASE:
                return item.reference
            if column == self.NUMBER:
                return str(item.exhibit_no)
            if column == self.KIND:
                return labels.label(item.kind)
            if column == self.DESCRIPTION:
                marks = []
                if item.withdrawn_on is not None:
                    marks.append(self.tr("withdrawn"))
                if item.internal:
                    marks.append(self.tr("internal"))
                return item.description + (f" ({', '.join(marks)})" if marks else "")
            if column == self.NOTARY:
                return item.notary_certificate
            if column == self.OBTAINED:
                return labels.day(item.obtained_on)
            if column == self.FILES:
                if not item.file_count:
                    return ""
                return f"{item.file_count} · {labels.size(item.total_size)}"
            if column == self.CUSTODY:
                if item.last_custody_at is None:
                    return ""
                holder = f" → {item.last_custody_holder}" if item.last_custody_holder else ""
                day = labels.day(item.last_custody_at.date())
                return f"{day} {labels.label(item.last_custody_action)}{holder}"
            if column == self.SHA:
                return item.first_sha256[:12] + ("…" if item.first_sha256 else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            exhibit = self.tr("Exhibit %d")
            lines = [f"{item.reference} · {exhibit % item.exhibit_no}"]
            lines.append(item.description)
            if item.notary_certificate:
                lines.append(self.tr("Notary certificate: %s") % item.notary_certificate)
            if item.obtained_by:
                lines.append(self.tr("Obtained by: %s") % item.obtained_by)
            if item.first_file:
                lines.append(f"{item.first_file}\nSHA-256 {item.first_sha256}")
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and item.withdrawn_on is not None:
            return QColor(128, 128, 128)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == self.SHA:
            from PySide6.QtGui import QFontDatabase

            return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        return None


class EvidenceView(ArchiveView):
    """The Evidence page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = ""
        self.kind = ""
        self.order = "recorded"
        self.withdrawn = False
        self._search_timer = tasks.settle_timer(self, SEARCH_DELAY_MS, self._search_now)
        self._build()
        self.retranslate()
        self.show_message(self.tr("No archive is open."))

    def _build(self) -> None:
        bar = self.headerBar
        self.searchEdit = QLineEdit(self)
        self.searchEdit.setObjectName("evidenceSearch")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumWidth(24 * self.fontMetrics().averageCharWidth())
        self.searchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        self.kindLabel = QLabel(self)
        self.kindCombo = QComboBox(self)
        self.kindCombo.setObjectName("evidenceKind")
        self.kindLabel.setBuddy(self.kindCombo)
        self.kindCombo.addItem("", "")
        for kind in EvidenceKind:
            self.kindCombo.addItem("", kind.value)
        self.kindCombo.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.orderLabel = QLabel(self)
        self.orderCombo = QComboBox(self)
        self.orderCombo.setObjectName("evidenceOrder")
        self.orderLabel.setBuddy(self.orderCombo)
        for code, _text in ORDERS:
            self.orderCombo.addItem("", code)
        self.orderCombo.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.withdrawnCheck = QCheckBox(self)
        self.withdrawnCheck.setObjectName("evidenceWithdrawn")
        self.withdrawnCheck.toggled.connect(lambda _on: self._filters_changed())
        bar.addSpacing(12)
        bar.addWidget(self.searchEdit, 2)
        for widget in (
            self.kindLabel,
            self.kindCombo,
            self.orderLabel,
            self.orderCombo,
            self.withdrawnCheck,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)

        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = ExhibitTableModel(self)
        self.serve_pages(self.model, _page, self._show_count)
        self.table = list_table(self.content, "evidenceTable")
        self.table.setModel(self.model)
        fit_columns(
            self.table,
            (ExhibitTableModel.DESCRIPTION,),
            {ExhibitTableModel.NOTARY: 18, ExhibitTableModel.CUSTODY: 22},
        )
        self.table.activated.connect(self._activated)
        self.countLabel = QLabel(self.content)
        self.countLabel.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.table, 1)
        layout.addWidget(self.countLabel)

    def focus_search(self) -> None:
        """Ctrl+F (the window's Find) while this view is shown."""
        self.searchEdit.setFocus()
        self.searchEdit.selectAll()

    # --- words ---------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Evidence")

    def reading_text(self) -> str:
        return self.tr("Reading the exhibits…")

    def retranslate(self) -> None:
        self.searchEdit.setPlaceholderText(
            self.tr("Search descriptions, certificates, URLs, files (Ctrl+F)")
        )
        self.kindLabel.setText(self.tr("&Kind:"))
        self.kindCombo.setItemText(0, self.tr("All kinds"))
        for index in range(1, self.kindCombo.count()):
            self.kindCombo.setItemText(index, labels.label(str(self.kindCombo.itemData(index))))
        self.orderLabel.setText(self.tr("&Order:"))
        for index, (_code, text) in enumerate(ORDERS):
            self.orderCombo.setItemText(index, self.tr(text))
        self.withdrawnCheck.setText(self.tr("Show &withdrawn"))
        super().retranslate()

    # --- reading -------------------------------------------------------------------------

    def read_op(self, archive: Any) -> ExhibitList:
        from casefile.services.evidence_list import exhibit_ids, exhibit_page

        # the filters as set on the GUI thread before the read
        search, kind, order, withdrawn = self.search, self.kind, self.order, self.withdrawn
        ids = exhibit_ids(archive, search=search, kind=kind, withdrawn=withdrawn, order=order)
        return ExhibitList(ids, exhibit_page(archive, ids[:FIRST_PAGE]))

    def show_result(self, result: Any) -> None:
        read: ExhibitList = result
        current = self.current_exhibit()
        self.model.set_ids(read.ids, read.first)
        row = self.model.row_of(current.id) if current is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        self._show_count()

    def _show_count(self) -> None:
        total, shown = len(self.model.ids), self.model.rowCount()
        if self.search:
            text = self.tr("%d exhibit(s) match “%s”.") % (total, self.search)
        else:
            text = self.tr("%d exhibit(s).") % total
        if shown < total:
            text += " " + self.tr("%d read; scroll for more.") % shown
        self.countLabel.setText(text)

    def _search_now(self) -> None:
        text = self.searchEdit.text().strip()
        if text and len(text) < MIN_SEARCH:
            self.countLabel.setText(self.tr("Type at least %d characters to search.") % MIN_SEARCH)
            return
        if text != self.search:
            self.search = text
            self.refresh()

    def _filters_changed(self) -> None:
        self.kind = str(self.kindCombo.currentData() or "")
        self.order = str(self.orderCombo.currentData() or "recorded")
        self.withdrawn = self.withdrawnCheck.isChecked()
        self.refresh()

    def _failed(self, exc: Exception) -> None:
        super()._failed(exc)
        self.countLabel.setText(errors.describe(exc))

    # --- opening -------------------------------------------------------------------------

    def current_exhibit(self) -> ExhibitSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.exhibit_at(rows[0].row()) if rows else None

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.exhibit_at(index.row())
        if item is not None:
            from casefile.ui.widgets.detail_html import exhibit_anchor

            # the case on its Evidence tab, scrolled to this exhibit
            self.item_activated.emit(item.case_id, f"{EVIDENCE_TAB}#{exhibit_anchor(item.id)}")

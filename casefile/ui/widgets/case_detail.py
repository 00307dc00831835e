"""The detail pane of the main window: one case's header and its tabs (proceedings, parties,
evidence, rights, deadlines, money, notes), or a message when there is no case to show.

Composes the compiled form `forms/case_detail.ui`. It only displays a frozen `CaseDetail`; the
window loads it (in the background) and hands it over with `show_case`. The Deadlines tab is a
table (`widgets.deadlines_panel`) whose buttons ask the window to write. The header's labels are
plain text (set in the form) and the tabs' HTML escapes every value: what a user typed shows as
typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QFont, QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from casefile import clock
from casefile.domain import CaseStatus, DeadlineStatus, Priority
from casefile.store.rows import CaseDetail
from casefile.ui import i18n, labels, record_links
from casefile.ui.forms.case_detail_ui import Ui_CaseDetailPane
from casefile.ui.widgets import detail_html

if TYPE_CHECKING:
    from casefile.services.assessment import CaseRules
    from casefile.services.records import MoneyTotals
    from casefile.services.transfers import TransferTimeline

SUMMARY_LIMIT = 600

STATUS_COLOURS: dict[str, tuple[str, str]] = {  # (text, background) of the status badge
    CaseStatus.OPEN: ("#1b5e20", "#e3f4e4"),
    CaseStatus.ON_HOLD: ("#7a4b00", "#fdf0d5"),
    CaseStatus.CLOSED: ("#44494f", "#e8eaed"),
}
PRIORITY_COLOURS: dict[str, tuple[str, str]] = {
    Priority.URGENT: ("#ffffff", "#c62828"),
    Priority.HIGH: ("#8a1c1c", "#fbe3e1"),
    Priority.NORMAL: ("#44494f", "#e8eaed"),
    Priority.LOW: ("#44494f", "#f1f3f4"),
}


class CaseDetailPane(QWidget):
    """Shows one case. `case_link_clicked(reference)` when the user follows "also in: CF-…";
    `search_requested(text)` when a link asks to list the cases matching `text` (an identifier
    shared with more cases than are linked); `detail_changed(CaseDetail | None)` when another
    case, or a message, is shown."""

    case_link_clicked = Signal(str)
    search_requested = Signal(str)
    detail_changed = Signal(object)
    record_requested = Signal(object)  # a RecordLink: add, edit or remove a record of the case

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseDetailPane()
        self.ui.setupUi(self)
        self._detail: CaseDetail | None = None
        self._views: dict[str, QTextBrowser] = {
            "proceedings": self.ui.proceedingsView,
            "parties": self.ui.partiesView,
            "evidence": self.ui.evidenceView,
            "rights": self.ui.rightsView,
            "money": self.ui.moneyView,
            "notes": self.ui.notesView,
        }
        self._tab_titles: dict[str, str] = {}
        self._shown: tuple[object, ...] | None = None  # show_case's arguments, to redraw them
        self._name_tabs()
        for view in self._views.values():
            view.anchorClicked.connect(self._link_clicked)
        self.ui.deadlinesPanel.record_requested.connect(self.record_requested)  # Edit…, Remove
        self._style_header()
        self.show_message(self.tr("No archive open yet."))

    def _name_tabs(self) -> None:
        self._tab_titles = {
            "proceedings": self.tr("Proceedings"),
            "parties": self.tr("Parties"),
            "evidence": self.tr("Evidence"),
            "rights": self.tr("Rights"),
            "deadlines": self.tr("Deadlines"),
            "money": self.tr("Money"),
            "notes": self.tr("Notes"),
        }
        self.ui.tabs.setTabToolTip(self.tab_index("rights"), self.tr("Rights && recordals"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if i18n.is_language_change(event):
            i18n.retranslate_widget(self)

    def retranslate(self) -> None:
        """The case shown is drawn again in the new language, on the same tab (called once the
        panels inside have answered the same language change)."""
        self._name_tabs()
        if self._shown is not None and self._detail is not None:
            self.show_case(*self._shown)  # type: ignore[arg-type]

    # --- public --------------------------------------------------------------------------

    @property
    def detail(self) -> CaseDetail | None:
        return self._detail

    def scroll_to(self, tab: str, anchor: str) -> None:
        """Bring the place named `anchor` of tab `tab` into view (an exhibit on Evidence)."""
        view = self._views.get(tab)
        if view is not None:
            view.scrollToAnchor(anchor)

    def show_message(self, text: str) -> None:
        """An empty state: what is (not) shown and what to do."""
        self._detail = None
        self._shown = None
        self.ui.deadlinesPanel.show_nothing()
        self.ui.messageLabel.setText(text)
        self.ui.stack.setCurrentWidget(self.ui.messagePage)
        self.detail_changed.emit(None)

    def show_case(
        self,
        detail: CaseDetail,
        rules: CaseRules | None = None,
        timeline: tuple[TransferTimeline, ...] = (),
        rules_problem: str = "",
        money_totals: tuple[MoneyTotals, ...] = (),
    ) -> None:
        """Show a case; `rules` and `timeline` fill the Criminal tab (its thresholds and
        transfers), which otherwise says they were not read; `money_totals` (the core's, per
        currency) the Money tab's totals."""
        keep_scroll = self._detail is not None and self._detail.id == detail.id
        self._detail = detail
        self._shown = (detail, rules, timeline, rules_problem, money_totals)
        self._fill_header(detail)
        self._fill_tabs(detail, keep_scroll, money_totals)
        self._fill_criminal(rules, timeline, rules_problem)
        self.ui.stack.setCurrentWidget(self.ui.casePage)
        self.detail_changed.emit(detail)

    def current_tab(self) -> int:
        return self.ui.tabs.currentIndex()

    def set_current_tab(self, index: int) -> None:
        if 0 <= index < self.ui.tabs.count():
            self.ui.tabs.setCurrentIndex(index)

    def visible_text(self) -> str:
        """The header and every tab as plain text (what a user can read; used by tests)."""
        if self.ui.stack.currentWidget() is self.ui.messagePage:
            return self.ui.messageLabel.text()
        header = [
            self.ui.referenceLabel.text(),
            self.ui.statusBadge.text(),
            self.ui.priorityBadge.text(),
            self.ui.routesLabel.text(),
            self.ui.titleLabel.text(),
            self.ui.subtitleLabel.text(),
            self.ui.counselValue.text(),
            self.ui.openedValue.text(),
            self.ui.jurisdictionsValue.text(),
            self.ui.closedValue.text(),
            self.ui.tagsValue.text(),
            self.ui.summaryLabel.text(),
        ]
        tabs = [
            f"{self.ui.tabs.tabText(self.tab_index(name))}\n{self.tab_text(name)}"
            for name in [*self._views, "deadlines"]
        ]
        criminal = f"{self.ui.tabs.tabText(self.tab_index('criminal'))}\n"
        criminal += self.ui.thresholdsPanel.text()
        return "\n".join([*header, *tabs, criminal])

    def tab_index(self, name: str) -> int:
        """The position of a tab (`<name>Tab` in the form), whatever the order of the tabs."""
        return self.ui.tabs.indexOf(getattr(self.ui, f"{name}Tab"))

    def tab_text(self, name: str) -> str:
        if name == "deadlines":
            return self.ui.deadlinesPanel.text()
        return self._views[name].toPlainText()

    # --- filling -------------------------------------------------------------------------

    def _style_header(self) -> None:
        title_font = QFont(self.font())
        title_font.setPointSizeF(max(self.font().pointSizeF(), 9.0) * 1.45)
        title_font.setBold(True)
        self.ui.titleLabel.setFont(title_font)
        reference_font = QFont(self.font())
        reference_font.setBold(True)
        self.ui.referenceLabel.setFont(reference_font)
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        for caption in (
            self.ui.counselCaption,
            self.ui.openedCaption,
            self.ui.jurisdictionsCaption,
            self.ui.closedCaption,
            self.ui.tagsCaption,
        ):
            caption.setStyleSheet(f"color: {muted};")
        self.ui.subtitleLabel.setStyleSheet(f"color: {muted};")
        self.ui.routesLabel.setStyleSheet(f"color: {muted};")
        self.ui.messageLabel.setStyleSheet(f"color: {muted}; font-size: 11pt;")
        theme = detail_html.Theme.from_palette(self.palette())
        css = detail_html.stylesheet(theme)
        self._theme = theme
        for view in self._views.values():
            view.document().setDefaultStyleSheet(css)
            view.document().setDocumentMargin(10)

    @staticmethod
    def _badge_css(colours: tuple[str, str]) -> str:
        fg, bg = colours
        return (
            f"color: {fg}; background-color: {bg}; border-radius: 4px;"
            " padding: 1px 8px; font-weight: bold;"
        )

    def _fill_header(self, d: CaseDetail) -> None:
        ui = self.ui
        ui.referenceLabel.setText(d.reference)
        ui.statusBadge.setText(labels.label(d.status))
        ui.statusBadge.setStyleSheet(
            self._badge_css(STATUS_COLOURS.get(d.status, STATUS_COLOURS[CaseStatus.CLOSED]))
        )
        ui.priorityBadge.setText(self.tr("%s priority") % labels.label(d.priority))
        ui.priorityBadge.setStyleSheet(
            self._badge_css(PRIORITY_COLOURS.get(d.priority, PRIORITY_COLOURS[Priority.NORMAL]))
        )
        routes = sorted({p.route for p in d.proceedings})
        ui.routesLabel.setText(labels.labels(routes, " · "))
        ui.titleLabel.setText(d.title)
        subtitle = " · ".join(x for x in (d.brand, d.product_line) if x)
        ui.subtitleLabel.setText(subtitle)
        ui.subtitleLabel.setVisible(bool(subtitle))
        dash = "—"
        ui.counselValue.setText(d.responsible_counsel or dash)
        ui.openedValue.setText(labels.day(d.opened_on))
        ui.jurisdictionsValue.setText(", ".join(d.jurisdictions) or dash)
        ui.closedValue.setText(labels.day(d.closed_on, dash))
        ui.tagsValue.setText(", ".join(d.tags) or dash)
        summary = d.summary
        if len(summary) > SUMMARY_LIMIT:
            ui.summaryLabel.setToolTip(labels.rich(summary))
            summary = summary[:SUMMARY_LIMIT].rstrip() + "…"
        else:
            ui.summaryLabel.setToolTip("")
        ui.summaryLabel.setText(summary)
        ui.summaryLabel.setVisible(bool(summary))

    def _fill_tabs(
        self, d: CaseDetail, keep_scroll: bool, money_totals: tuple[MoneyTotals, ...] = ()
    ) -> None:
        today = clock.today()
        html = {
            "proceedings": detail_html.proceedings(d),
            "parties": detail_html.parties(d, self._theme),
            "evidence": detail_html.evidence(d),
            "rights": detail_html.rights(d, today),
            "money": detail_html.money(d, money_totals),
            "notes": detail_html.notes(d),
        }
        counts = {
            "proceedings": len(d.proceedings),
            "parties": len(d.parties),
            "evidence": len(d.evidence),
            "rights": len(d.rights),
            "money": len(d.money),
            "notes": len(d.notes),
        }
        open_deadlines = sum(1 for x in d.deadlines if x.status == DeadlineStatus.OPEN)
        for name, view in self._views.items():
            index = self.tab_index(name)
            bar = view.verticalScrollBar()
            position = bar.value() if keep_scroll else 0
            view.setHtml(f"<body>{html[name]}</body>")
            bar.setValue(position)
            title = self._tab_titles[name]
            if counts[name]:
                title = f"{title} {counts[name]}"  # GitHub-style: all seven tabs fit
            self.ui.tabs.setTabText(index, title)
        self.ui.deadlinesPanel.show_case(d, today)
        # the tab lists done and waived deadlines too: say what the number counts
        title = self._tab_titles["deadlines"]
        if open_deadlines:
            title = self.tr("Deadlines %s open") % open_deadlines
        self.ui.tabs.setTabText(self.tab_index("deadlines"), title)
        repeat = detail_html.has_repeat_infringer(d)
        repeat_tip = self.tr(
            "An infringer in this case appears in other cases, or shares an identifier with a "
            "party there"
        )
        self._flag_tab("parties", repeat, repeat_tip if repeat else "")
        overdue = any(x.status == DeadlineStatus.OPEN and x.due_on < today for x in d.deadlines)
        deadlines_tip = ""
        if d.deadlines:
            done = len(d.deadlines) - open_deadlines
            deadlines_tip = self.tr("%s, %s done or waived") % (
                labels.plural("open_deadlines", open_deadlines),
                done,
            )
        if overdue:
            deadlines_tip = self.tr("A deadline is overdue: %s") % deadlines_tip
        self._flag_tab("deadlines", overdue, deadlines_tip)

    def _fill_criminal(
        self, rules: CaseRules | None, timeline: tuple[TransferTimeline, ...], problem: str = ""
    ) -> None:
        panel = self.ui.thresholdsPanel
        title = self.tr("Criminal")
        if rules is None:
            panel.show_message(
                self.tr("The criminal assessment cannot be made: %s") % problem
                if problem
                else self.tr("The criminal assessment was not read.")
            )
            self.ui.tabs.setTabText(self.tab_index("criminal"), title)
            self._flag_tab("criminal", False, "")
            return
        panel.show_rules(rules, timeline)
        self.ui.tabs.setTabText(self.tab_index("criminal"), title)
        overdue = any(entry.overdue for entry in timeline)
        tip = ""
        if rules.flagged:
            tip = self.tr("Suspicion reached and no transfer to the police recorded")
        elif overdue:
            tip = self.tr("A transfer deadline is overdue")
        self._flag_tab("criminal", rules.flagged or overdue, tip)

    def _flag_tab(self, name: str, on: bool, tooltip: str) -> None:
        """Colour a tab's title when it holds something urgent; `tooltip` says what."""
        index = self.tab_index(name)
        bar = self.ui.tabs.tabBar()
        bar.setTabToolTip(index, tooltip)
        colour = QColor(self._theme.danger) if on else QColor()
        bar.setTabTextColor(index, colour)

    def _link_clicked(self, url: QUrl) -> None:
        link = record_links.parse(url)
        if link is not None:
            self.record_requested.emit(link)
        elif url.scheme() == "case":
            self.case_link_clicked.emit(url.path(QUrl.ComponentFormattingOption.FullyDecoded))
        elif url.scheme() == "search":
            self.search_requested.emit(url.path(QUrl.ComponentFormattingOption.FullyDecoded))
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

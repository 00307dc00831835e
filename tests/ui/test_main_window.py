"""The main window as a user drives it: the list, the detail pane, search, sorting, links."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QGuiApplication, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMenu
from pytestqt.qtbot import QtBot

from casefile import clock
from casefile.services import cases
from casefile.store.archive import Archive
from casefile.ui.main_window import MainWindow
from casefile.ui.models.case_table import COL_DEADLINE, COL_FOUND, COL_REFERENCE, COL_TITLE
from casefile.ui.models.deadline_table import COL_TITLE as COL_DEADLINE_TITLE
from casefile.ui.settings import Settings
from casefile.ui.widgets import detail_html
from tests.ui.keyboard import ime_type
from tests.ui.sample_data import Sample


def _create(archive: Archive, title: str, **fields: object) -> int:
    return cases.create_case(archive, cases.CaseDraft(title=title, **fields)).id


def _column(window: MainWindow, column: int) -> list[str]:
    model = window.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _select(window: MainWindow, reference: str) -> None:
    row = _column(window, COL_REFERENCE).index(reference)
    window.ui.caseTable.selectRow(row)


def test_lists_cases_and_shows_the_selected_one(window: MainWindow, archive: Archive) -> None:
    _create(archive, "Fake X9 scooters on Taobao", brand="Velora", responsible_counsel="Wang Li")
    _create(
        archive,
        "速达车行 假冒电动滑板车",
        brand="Velora",
        product_line="X9 滑板车",
        priority="urgent",
        jurisdictions="CN, SG",
        responsible_counsel="王律师",
        summary="义乌仓库，淘宝店铺",
        tags="marketplace, 仓库",
    )
    _create(archive, "Counterfeit chargers at Rotterdam", jurisdictions="NL")

    window.refresh()

    assert window.model.rowCount() == 3
    titles = _column(window, COL_TITLE)
    assert "速达车行 假冒电动滑板车" in titles
    assert window.ui.countLabel.text() == "3 cases"

    _select(window, "CF-" + _year() + "-0002")
    pane = window.ui.detailPane.ui
    assert pane.titleLabel.text() == "速达车行 假冒电动滑板车"
    assert pane.referenceLabel.text().endswith("-0002")
    assert pane.subtitleLabel.text() == "Velora · X9 滑板车"
    assert pane.statusBadge.text() == "Open"
    assert pane.priorityBadge.text() == "Urgent priority"
    assert pane.counselValue.text() == "王律师"
    assert pane.jurisdictionsValue.text() == "CN, SG"
    assert pane.tagsValue.text() == "marketplace, 仓库"
    assert pane.summaryLabel.text() == "义乌仓库，淘宝店铺"
    # empty tabs say what to do, not just "nothing"
    assert "No evidence yet" in window.ui.detailPane.tab_text("evidence")
    assert "Casefile" in window.windowTitle() and "Test" in window.windowTitle()


def _year() -> str:

    return str(clock.today().year)


def test_detail_shows_proceedings_parties_evidence_money(
    window: MainWindow, sample: Sample
) -> None:
    window.refresh()
    window.cases.select_case(window.model.ids[_column(window, COL_REFERENCE).index(sample.scooter)])
    pane = window.ui.detailPane

    proceedings = pane.tab_text("proceedings")
    assert "义乌市市场监督管理局" in proceedings
    assert "义市监处〔2026〕118号" in proceedings
    assert "CNY 180,000.00" in proceedings and "1,260" in proceedings
    assert "Penalty decision" in proceedings

    parties = pane.tab_text("parties")
    assert "义乌速达贸易有限公司" in parties
    assert "REPEAT INFRINGER" in parties
    assert f"Also in: {sample.repeat}" in parties
    assert "91330782MA2EXAMPLE" in parties

    exhibits = pane.tab_text("evidence")
    assert "Exhibit 1 · Notarised purchase" in exhibits
    assert "上海市东方公证处, certificate (2026)沪东证经字第0412号" in exhibits
    assert "notarial-certificate-0412.txt" in exhibits
    assert "KB" in exhibits and "…" in exhibits  # size and SHA-256 prefix
    assert "Chain of custody" in exhibits and "DF-0412" in exhibits

    rights = pane.tab_text("rights")
    assert "Trademark CN 30012345 · VELORA" in rights and "T2019-88776" in rights
    assert "renew now" in rights  # recordal expires within 6 months

    deadlines = pane.tab_text("deadlines")
    assert "overdue 3 days" in deadlines
    assert "Done" in deadlines

    money = pane.tab_text("money")
    assert "CNY 63,800.00" in money  # costs in CNY
    assert "CNY 9,000.00" in money  # recoveries
    assert "EUR 3,500.00" in money  # a second currency keeps its own total

    assert "下周跟进公安立案情况。" in pane.tab_text("notes")
    tab_titles = [pane.ui.tabs.tabText(i) for i in range(pane.ui.tabs.count())]
    assert "Evidence 2" in tab_titles and "Parties 2" in tab_titles


def test_overdue_deadline_is_marked_in_the_list(window: MainWindow, sample: Sample) -> None:
    window.refresh()
    row = _column(window, COL_REFERENCE).index(sample.customs_eu)
    index = window.model.index(row, COL_DEADLINE)
    assert index.data().startswith("⚠ ")
    assert index.data(Qt.ItemDataRole.ForegroundRole) == QColor("#c62828")
    assert index.data(Qt.ItemDataRole.FontRole).bold()
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Overdue by 1 day"


def test_also_in_link_opens_the_other_case(window: MainWindow, sample: Sample) -> None:
    window.ui.searchEdit.setText("滑板车")  # the repeat case is filtered out…
    window.cases.reload()
    window.cases.select_case(window.model.ids[0])
    assert window.ui.detailPane.detail.reference == sample.scooter

    window.ui.detailPane.case_link_clicked.emit(sample.repeat)  # …following the link finds it

    assert window.ui.detailPane.detail.reference == sample.repeat
    assert window.ui.searchEdit.text() == ""


def test_search_narrows_the_list(qtbot: QtBot, window: MainWindow, sample: Sample) -> None:
    window.refresh()
    assert window.model.rowCount() == 5

    ime_type(window.ui.searchEdit, "滑板")
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Return)
    assert _column(window, COL_REFERENCE) == [sample.scooter]
    assert window.ui.countLabel.text() == "1 case matches"

    window.ui.searchEdit.clear()
    qtbot.keyClicks(window.ui.searchEdit, "tan wei")  # counsel, case-insensitive
    # the search runs as you type, after a short pause
    qtbot.waitUntil(lambda: _column(window, COL_REFERENCE) == [sample.robot])

    window.ui.searchEdit.clear()
    window.ui.statusFilter.setCurrentIndex(window.ui.statusFilter.findData("closed"))
    qtbot.waitUntil(lambda: _column(window, COL_REFERENCE) == [sample.closed])

    qtbot.keyClicks(window.ui.searchEdit, "nothing like this")
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Return)
    assert window.model.rowCount() == 0
    assert "No case matches this search" in window.ui.detailPane.visible_text()


def _click_header(qtbot: QtBot, window: MainWindow, column: int) -> None:
    header = window.ui.caseTable.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def test_clicking_a_header_sorts_in_sql(qtbot: QtBot, window: MainWindow, sample: Sample) -> None:
    window.refresh()
    references = _column(window, COL_REFERENCE)
    assert references == sorted(references, reverse=True)  # newest first by default

    _click_header(qtbot, window, COL_TITLE)
    assert window.model.sort_key == "title"
    titles = _column(window, COL_TITLE)
    assert titles == sorted(titles)

    _click_header(qtbot, window, COL_TITLE)
    assert window.model.descending
    assert _column(window, COL_TITLE) == sorted(titles, reverse=True)

    _click_header(qtbot, window, COL_DEADLINE)  # computed per case, still sorted in SQL
    deadlines = [d for d in _column(window, COL_DEADLINE) if d]
    assert [d.lstrip("⚠ ") for d in deadlines] == sorted(d.lstrip("⚠ ") for d in deadlines)
    assert _column(window, COL_DEADLINE)[-1] == ""  # cases without a deadline come last


def test_selection_survives_a_refresh(window: MainWindow, sample: Sample) -> None:
    window.refresh()
    _select(window, sample.robot)
    window.refresh()
    assert window.ui.detailPane.detail.reference == sample.robot
    assert window.model.id_at(window.ui.caseTable.currentIndex().row()) == (
        window.ui.detailPane.detail.id
    )


def test_empty_archive_says_what_to_do(window: MainWindow) -> None:
    assert window.model.rowCount() == 0
    assert "no cases yet" in window.ui.detailPane.visible_text()
    assert "New Case" in window.ui.detailPane.visible_text()


def test_about_box_shows_the_version(window: MainWindow) -> None:
    from casefile import __version__

    box = window.about()
    assert __version__ in box.text()
    box.close()


def test_settings_remember_layout_and_archive(
    qtbot: QtBot, window: MainWindow, settings: Settings, archive: Archive
) -> None:
    window.ui.splitter.setSizes([700, 700])
    window.ui.statusFilter.setCurrentIndex(window.ui.statusFilter.findData("open"))
    window.close()

    stored = Settings(QSettings(settings.backend.fileName(), QSettings.Format.IniFormat))
    assert stored.last_archive == archive.path  # File › Open Archive… starts beside it
    assert stored.status_filter == "open"
    assert stored.splitter_state is not None

    again = MainWindow(stored)
    qtbot.addWidget(again)
    assert again.ui.statusFilter.currentData() == "open"


HOSTILE_TITLE = "<b>Bold</b> & Co"


def test_user_text_in_the_header_shows_as_typed(window: MainWindow, archive: Archive) -> None:
    _create(
        archive,
        HOSTILE_TITLE,
        brand="<i>Velora</i>",
        summary="First line, <b>not bold</b>\nSecond line",
    )
    window.refresh()
    window.cases.select_case(window.model.ids[0])
    pane = window.ui.detailPane.ui

    title = pane.titleLabel
    title.setSelection(0, len(HOSTILE_TITLE))  # rich text would display "Bold & Co"
    assert title.selectedText() == HOSTILE_TITLE
    summary = pane.summaryLabel
    height = summary.heightForWidth(4000)  # wide enough that nothing wraps
    assert round(height / summary.fontMetrics().lineSpacing()) == 2  # the line break is kept
    for label in window.ui.detailPane.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()

    tooltip = window.model.index(0, COL_TITLE).data(Qt.ItemDataRole.ToolTipRole)
    document = QTextDocument()
    document.setHtml(tooltip)
    assert document.toPlainText() == f"<i>Velora</i>\n{HOSTILE_TITLE}"


def test_a_path_in_the_about_box_is_not_markup(window: MainWindow) -> None:
    box = window.about()
    document = QTextDocument()
    document.setHtml(box.informativeText())
    assert str(window.archive.path) in document.toPlainText()
    box.close()


# --- search, repeat infringers, the list and the detail tabs on the demo archive --------------


def test_search_finds_parties_and_identifiers_written_otherwise(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    ime_type(demo_window.ui.searchEdit, "沃驰")
    qtbot.keyClick(demo_window.ui.searchEdit, Qt.Key.Key_Return)
    # best match first: the titles (0030, 0035), then the party of the Yiwu raid (0008, 0024)
    assert _column(demo_window, COL_REFERENCE) == [
        "CF-2026-0030",
        "CF-2026-0035",
        "CF-2026-0008",
        "CF-2026-0024",
    ]
    found = _column(demo_window, COL_FOUND)
    assert (
        found[0]
        == "Case title: Taobao shop «沃驰»滑板车专营店 — takedown and counter-notice 淘宝投…"
    )
    assert found[1] == "Case title: … 1688批发店(与义乌«沃驰»同一电话)"  # the match near the start
    party = "Party name: 义乌市«沃驰»电动车配件商行 Yiwu Wochi E-Vehicle Parts Tradi…"
    assert found[2] == found[3] == party
    assert demo_window.ui.countLabel.text() == "4 cases match"
    wochi = sorted(_column(demo_window, COL_REFERENCE))

    demo_window.ui.searchEdit.clear()
    qtbot.keyClicks(demo_window.ui.searchEdit, "139 5792 8841")  # stored "+86 139…", "0086-…"
    qtbot.keyClick(demo_window.ui.searchEdit, Qt.Key.Key_Return)
    assert sorted(_column(demo_window, COL_REFERENCE)) == wochi
    assert "Party identifier: 0086-«13957928841»" in _column(demo_window, COL_FOUND)

    demo_window.ui.searchEdit.setText("wochi_scooter")  # a seller ID, _ taken literally
    demo_window.cases.reload()
    assert sorted(_column(demo_window, COL_REFERENCE)) == wochi[:3]
    assert set(_column(demo_window, COL_FOUND)) == {"Party identifier: «wochi_scooter»"}


def test_a_party_sharing_a_phone_with_a_repeat_infringer_is_flagged(
    demo_window: MainWindow,
) -> None:
    """CF-2026-0035: a 1688 store entered as a new party, with the phone of 义乌沃驰."""
    demo_window.show_reference("CF-2026-0035")
    pane = demo_window.ui.detailPane
    assert pane.detail.reference == "CF-2026-0035"

    parties = " ".join(pane.tab_text("parties").split())
    assert "LIKELY REPEAT INFRINGER" in parties
    assert (
        "Shares phone 0086-13957928841 with 义乌市沃驰电动车配件商行 Yiwu Wochi E-Vehicle Parts "
        "Trading Firm in CF-2026-0008, CF-2026-0024, CF-2026-0030 "
        "(recorded there as +86 139 5792 8841)"
    ) in parties
    tabs = pane.ui.tabs.tabBar()
    index = pane.tab_index("parties")
    assert tabs.tabTextColor(index) == QColor(detail_html.Theme().danger)
    assert "shares an identifier" in tabs.tabToolTip(index)

    pane.case_link_clicked.emit("CF-2026-0008")  # the link opens the earlier case…
    assert pane.detail.reference == "CF-2026-0008"
    parties = " ".join(pane.tab_text("parties").split())
    assert "Also in: CF-2026-0024, CF-2026-0030" in parties  # …the same party record
    assert "Shares phone +86 139 5792 8841 with 义乌市沃驰贸易有限公司" in parties  # …and back


def test_deadlines_tab_says_what_it_counts(demo_window: MainWindow) -> None:
    demo_window.show_reference("CF-2026-0024")
    pane = demo_window.ui.detailPane
    listed = pane.detail.deadlines
    still_open = [d for d in listed if d.status == "open"]
    assert len(listed) > len(still_open) > 0
    index = pane.tab_index("deadlines")
    assert pane.ui.tabs.tabText(index) == f"Deadlines {len(still_open)} open"
    done = len(listed) - len(still_open)
    assert f"{len(still_open)} open deadlines, {done} done or waived" in (
        pane.ui.tabs.tabBar().tabToolTip(index)
    )


def test_deadline_rules_are_named_in_words_with_the_id_as_tooltip(
    demo_window: MainWindow,
) -> None:
    demo_window.show_reference("CF-2026-0024")
    panel = demo_window.ui.detailPane.ui.deadlinesPanel
    shown = " ".join(panel.text().split())
    title = "Apply for detention and post a bond after customs notifies suspected goods"
    assert title in shown  # the rule book's title
    assert "Customs decides whether detained goods infringe" in shown
    assert "cn.customs" not in shown  # no internal ids
    model = panel.model
    [row] = [r for r in range(model.rowCount()) if model.deadline_at(r).title == title]
    tooltip = model.index(row, COL_DEADLINE_TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert "cn.customs.apply_detention · " in tooltip
    assert "Art 16" in tooltip  # and where the rule comes from


def test_money_tab_fits_without_a_sideways_scroll_bar(demo_window: MainWindow) -> None:
    demo_window.show_reference("CF-2026-0024")
    pane = demo_window.ui.detailPane
    pane.set_current_tab(pane.tab_index("money"))
    view = pane.ui.moneyView
    for width in range(1180, 1240, 7):  # widths where a 4-column table overflowed by 1 px
        demo_window.resize(width, 691)
        QApplication.processEvents()
        assert view.isVisible()
        assert not view.horizontalScrollBar().isVisible()
        assert view.document().idealWidth() <= view.viewport().width() + 1  # nothing cut off


def test_right_click_on_a_case_copies_its_reference(demo_window: MainWindow) -> None:
    table = demo_window.ui.caseTable
    row = _column(demo_window, COL_REFERENCE).index("CF-2026-0030")
    table.scrollTo(demo_window.model.index(row, COL_REFERENCE))
    position = table.visualRect(demo_window.model.index(row, COL_TITLE)).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, position, table.viewport().mapToGlobal(position)
    )
    QApplication.sendEvent(table.viewport(), event)
    menu = demo_window.findChild(QMenu, "caseMenu")
    assert menu is not None and menu.isVisible()
    entries = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert entries[:2] == ["Copy Reference", "Copy Reference and Title"]
    assert "&Edit Case…" in entries and "C&lose Case…" in entries
    next(a for a in menu.actions() if a.text() == "Copy Reference").trigger()
    menu.close()
    assert QGuiApplication.clipboard().text() == "CF-2026-0030"
    assert "CF-2026-0030" in demo_window.ui.statusBar.currentMessage()


def test_a_new_search_shows_its_results_from_the_top(
    qtbot: QtBot, window: MainWindow, archive: Archive
) -> None:
    for n in range(60):
        _create(archive, f"Listing {n:02d}" + (" scooter" if n % 10 == 0 else ""))
    window.refresh()
    table = window.ui.caseTable
    bottom = window.model.rowCount() - 1
    _select_row(window, bottom)  # the oldest case, far down the list
    assert table.verticalScrollBar().value() > 0

    qtbot.keyClicks(window.ui.searchEdit, "Listing 3")  # not among the results
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Return)
    assert window.model.rowCount() == 10
    assert table.verticalScrollBar().value() == 0
    assert table.currentIndex().row() == 0
    assert window.ui.detailPane.detail.id == window.model.id_at(0)

    window.ui.searchEdit.clear()  # all cases again: the selected one stays selected, in view
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Return)
    selected = window.ui.detailPane.detail.id
    row = window.model.row_of(selected)
    assert table.currentIndex().row() == row
    assert table.viewport().rect().contains(table.visualRect(window.model.index(row, 0)))


def _select_row(window: MainWindow, row: int) -> None:
    window.ui.caseTable.selectRow(row)
    window.ui.caseTable.scrollTo(window.model.index(row, 0))


def test_list_them_searches_every_case_for_the_identifier(
    window: MainWindow, sample: Sample
) -> None:
    window.ui.statusFilter.setCurrentIndex(window.ui.statusFilter.findData("closed"))
    window.cases.reload()
    window.ui.detailPane.search_requested.emit("138 0000 1234")  # the seller's phone
    assert window.ui.searchEdit.text() == "138 0000 1234"
    assert window.cases.status_filter() is None  # every status
    assert sorted(_column(window, COL_REFERENCE)) == sorted([sample.scooter, sample.repeat])


def test_every_view_and_case_tab_is_reached_from_the_keyboard(
    qtbot: QtBot, window: MainWindow, sample: Sample
) -> None:
    """Ctrl+1 to Ctrl+6 bring each view forward; Alt+1 to Alt+9 a tab of the case shown, from
    whichever view has the focus."""
    from casefile.ui.window.navigation import VIEWS

    window.refresh()  # the sample's cases, the first one shown
    window.activateWindow()
    for number, name in enumerate(VIEWS, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.navigation.current() == name
        assert window.ui.viewStack.currentIndex() == number - 1
    pane = window.ui.detailPane
    assert pane.detail is not None
    for number, name in ((3, "evidence"), (9, "history"), (1, "proceedings")):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.AltModifier)
        assert window.navigation.current() == "cases"
        assert pane.current_tab() == pane.tab_index(name)


def test_a_window_still_building_its_pages_answers_its_menus(
    qtbot: QtBot, settings: Settings, archive: Archive
) -> None:
    """As `casefile` starts it (the pages built after the first paint): until then the actions
    on an archive or a case are disabled, Find builds the pages and goes to the search field,
    and an archive opened meanwhile is shown once they are there."""
    window = MainWindow(settings, deferred=True)
    qtbot.addWidget(window)
    assert window.ui.viewStack.count() == 0
    for action in (window.ui.actionNewCase, window.ui.actionEditCase, window.ui.actionRefresh):
        assert not action.isEnabled()
    window.ui.actionFind.trigger()
    assert window.ui.viewStack.currentWidget() is window.ui.casesPage
    assert window.navigation.current() == "cases"

    later = MainWindow(settings, deferred=True)
    qtbot.addWidget(later)
    _create(archive, "Fake chargers")
    with qtbot.waitSignal(later.pages_built):
        later.set_archive(archive)
    qtbot.waitUntil(lambda: later.cases.model.rowCount() == 1)
    assert later.ui.actionNewCase.isEnabled()

"""The main window as a user drives it: the list, the detail pane, search, sorting, links."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QColor, QTextDocument
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from casefile.services import cases
from casefile.store.archive import Archive
from casefile.ui.main_window import MainWindow
from casefile.ui.models.case_table import COL_DEADLINE, COL_REFERENCE, COL_TITLE
from casefile.ui.settings import Settings
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
    from datetime import date

    return str(date.today().year)


def test_detail_shows_proceedings_parties_evidence_money(
    window: MainWindow, sample: Sample
) -> None:
    window.refresh()
    window.select_case(window.model.ids[_column(window, COL_REFERENCE).index(sample.scooter)])
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
    assert "notarial-certificate-0412.pdf" in exhibits
    assert "KB" in exhibits and "…" in exhibits  # size and SHA-256 prefix
    assert "Chain of custody" in exhibits and "DF-0412" in exhibits

    rights = pane.tab_text("rights")
    assert "Trademark CN 30012345 · VELORA" in rights and "T2019-88776" in rights
    assert "renew now" in rights  # recordal expires within 6 months

    deadlines = pane.tab_text("deadlines")
    assert "Overdue by 3 days" in deadlines
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
    window.reload()
    window.select_case(window.model.ids[0])
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
    window.select_case(window.model.ids[0])
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
